//! One story told in English and in Spanish: the comparison meets the two languages' wordings
//! of one quantity ("muertos" and "deaths", "detenidos" and "arrested") and keeps apart what
//! differs, as it does within one language. Every article here is our own.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

mod common;

use common::compare::{at, compare_in};
use tally::language::Language::{English, Spanish};

const SAME: bool = true;
const APART: bool = false;

/// (English sentence, its figure, Spanish sentence, its figure, one quantity?)
const PAIRS: &[(&str, &str, &str, &str, bool)] = &[
    ("At least 24 people died in the protests.", "24", "Al menos 24 personas murieron en las protestas.", "24", SAME),
    ("The death toll rose to 31.", "31", "Los muertos ya son 30, según la ONG.", "30", SAME),
    ("Police arrested 2,000 people.", "2,000", "Más de 2.000 personas fueron detenidas.", "2.000", SAME),
    ("Some 150 protesters were detained.", "150", "Detuvieron a 140 manifestantes.", "140", SAME),
    ("About 300 were injured.", "300", "Hubo 310 heridos.", "310", SAME),
    ("The army freed 41 hostages.", "41", "Fueron liberados 41 rehenes.", "41", SAME),
    ("At least 12 people are missing.", "12", "Hay 12 desaparecidos.", "12", SAME),
    ("Maduro won 51 percent of the vote.", "51 percent", "Maduro obtuvo el 51,2 % de los votos.", "51,2 %", SAME),
    (
        "Damage reached €45 million.",
        "€45 million",
        "Los daños suman 40 millones de euros.",
        "40 millones de euros",
        SAME,
    ),
    // Apart: different quantities, kinds or currencies, whatever the language.
    ("At least 24 people died.", "24", "Al menos 24 personas fueron detenidas.", "24", APART),
    (
        "Damage reached $45 million.",
        "$45 million",
        "Los daños suman 45 millones de euros.",
        "45 millones de euros",
        APART,
    ),
    ("Turnout was 59 percent.", "59 percent", "Votaron 59 personas en la mesa.", "59", APART),
    ("Some 2,000 were injured.", "2,000", "Unos 2.000 murieron.", "2.000", APART),
];

#[test]
fn wordings_in_two_languages_meet() {
    let mut wrong = Vec::new();
    for (en, x, es, y, same) in PAIRS {
        let (claims, comparison) = compare_in(&[("en.txt", en, None, English), ("es.txt", es, None, Spanish)]);
        let (p, q) = (at(&claims, 0, x), at(&claims, 1, y));
        let (qp, qq) = (comparison.claim(p).and_then(|c| c.quantity()), comparison.claim(q).and_then(|c| c.quantity()));
        let grouped = qp.is_some() && qp == qq;
        if grouped != *same {
            let why = comparison.claim(q).and_then(|c| c.joined()).map(|j| j.1.reasons().join("; "));
            wrong.push(format!("{en:?} / {es:?}: expected {same}, got {grouped} ({why:?})"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), PAIRS.len(), wrong.join("\n"));
}

/// A small mixed corpus: two English and two Spanish reports of one invented story.
const STORY: [(&str, &str, Option<&str>, tally::language::Language); 4] = [
    (
        "a-herald.txt",
        "Floods hit Vessbury. At least 14 people died and 230 residents were evacuated, officials said. \
         The council put the damage at €12 million.",
        Some("2025-03-04"),
        English,
    ),
    (
        "b-wire.txt",
        "Rescuers in Vessbury said 16 people had died. About 250 residents were evacuated overnight.",
        Some("2025-03-05"),
        English,
    ),
    (
        "c-diario.txt",
        "Las inundaciones en Vessbury dejaron al menos 14 muertos y 230 evacuados, informó el ayuntamiento. \
         Los daños suman 12 millones de euros.",
        Some("2025-03-04"),
        Spanish,
    ),
    (
        "d-agencia.txt",
        "Según los rescatistas, fallecieron 16 personas en Vessbury. Unas 250 personas fueron evacuadas.",
        Some("2025-03-05"),
        Spanish,
    ),
];

#[test]
fn a_story_told_in_two_languages_forms_cross_language_quantities() {
    let (claims, comparison) = compare_in(&STORY);
    let quantity = |doc, number| comparison.claim(at(&claims, doc, number)).and_then(|c| c.quantity());
    // Deaths: 14 and 16 in each language, one quantity.
    let deaths = quantity(0, "14").expect("the English death toll is in a quantity");
    for (doc, number) in [(1, "16"), (2, "14"), (3, "16")] {
        assert_eq!(quantity(doc, number), Some(deaths), "deaths in article {doc}");
    }
    // Evacuations: another quantity, also across the languages.
    let evacuated = quantity(0, "230").expect("evacuations grouped");
    assert_ne!(evacuated, deaths);
    for (doc, number) in [(1, "250"), (2, "230"), (3, "250")] {
        assert_eq!(quantity(doc, number), Some(evacuated), "evacuations in article {doc}");
    }
    // The damage, in euros in both languages.
    assert_eq!(quantity(0, "€12 million"), quantity(2, "12 millones de euros"));
    assert!(quantity(0, "€12 million").is_some());
}

#[test]
fn spanish_claims_carry_the_english_heads() {
    let (claims, _) = compare_in(&STORY);
    let heads: Vec<_> = claims[2].iter().map(|c| (c.text.as_str(), c.subject_head.as_deref())).collect();
    assert_eq!(heads, [("14", Some("death")), ("230", Some("displacement")), ("12 millones de euros", Some("damage"))]);
    assert_eq!(claims[2][0].source(), Some("ayuntamiento"));
}
