//! The comparison engine, case by case, on sentences of our own: which pairs of figures from two
//! articles are one quantity (with the scope traps that keep them apart), the interval each
//! wording allows, which reports agree, updates that supersede instead of conflicting, and the
//! arithmetic inside one article.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

mod common;

use common::compare::at;
use tally::compare::{Comparison, Interval};
use tally::extract::{Claim, extract};
use tally::language::Language;
use tally::project::{ClaimRef, Verdict};

/// English articles (name, text, publication date), compared.
fn compare(articles: &[(&str, &str, Option<&str>)]) -> (Vec<Vec<Claim>>, Comparison) {
    let articles: Vec<_> = articles.iter().map(|(n, t, p)| (*n, *t, *p, Language::English)).collect();
    common::compare::compare_in(&articles)
}

const SAME: bool = true;
const APART: bool = false;

/// (article A, figure in A, article B, figure in B, one quantity?)
const PAIRS: &[(&str, &str, &str, &str, bool)] = &[
    // Wordings of one quantity meet through the lexicon.
    ("At least 24 people died in the floods.", "24", "The floods killed 24 people.", "24", SAME),
    ("At least 24 individuals have died.", "24", "At least 20 deaths were recorded.", "20", SAME),
    ("Officials counted 31 fatalities.", "31", "Some 30 people were killed.", "30", SAME),
    ("The death toll stands at 57.", "57", "Rescuers said 60 people had died.", "60", SAME),
    ("Over 2,000 have been detained.", "2,000", "Around 2,000 people were arrested.", "2,000", SAME),
    ("Police jailed 140 protesters.", "140", "Some 150 protesters were detained.", "150", SAME),
    ("About 300 were injured.", "300", "Hospitals treated 310 wounded people.", "310", SAME),
    ("Nearly 5,000 residents were evacuated.", "5,000", "The storm displaced 4,800 residents.", "4,800", SAME),
    ("The army freed 41 hostages.", "41", "41 hostages were released on Sunday.", "41", SAME),
    ("At least 12 people are missing.", "12", "Twelve people disappeared in the mudslide.", "Twelve", SAME),
    ("Damage reached €45 million.", "€45 million", "Losses are put at €40 million.", "€40 million", SAME),
    ("Turnout was 61 percent.", "61 percent", "Turnout reached 58 percent.", "58 percent", SAME),
    ("The vote was held on July 28.", "July 28", "Results of the July 28 vote were disputed.", "July 28", SAME),
    (
        "The election of July 2023 was marred by fraud.",
        "July 2023",
        "The July 28 election was disputed.",
        "July 28",
        SAME,
    ),
    ("Three journalists had been detained.", "Three", "Three journalists were arrested.", "Three", SAME),
    ("In Montréal, 14 cafés closed — a record.", "14", "Fourteen cafés closed in Montréal.", "Fourteen", SAME),
    ("Since the election, 24 people have died.", "24", "Since the election, 26 deaths were reported.", "26", SAME),
    ("Maduro won 51 percent of the vote.", "51 percent", "Maduro took 52 percent of the vote.", "52 percent", SAME),
    ("السلطات: 24 people died in the blast 🙏", "24", "The blast killed 25 people.", "25", SAME),
    (
        "The economy grew 3.2 percent last year.",
        "3.2 percent",
        "Growth slowed to 3.1 percent last year.",
        "3.1 percent",
        SAME,
    ),
    (
        "The jobless rate was 6.9 percent in March.",
        "6.9 percent",
        "Unemployment stood at 7 percent in March.",
        "7 percent",
        SAME,
    ),
    (
        "The government unveiled a $40 billion aid package.",
        "$40 billion",
        "The aid plan is worth $45 billion.",
        "$45 billion",
        SAME,
    ),
    // Different things.
    ("At least 24 people died.", "24", "At least 24 people were injured.", "24", APART),
    ("Police detained 300 people.", "300", "Police released 300 people.", "300", APART),
    ("There are 301 political prisoners.", "301", "Authorities released 300 prisoners.", "300", APART),
    ("The fund paid $40 million.", "$40 million", "The fund paid €40 million.", "€40 million", APART),
    ("The strike lasted 72 hours.", "72 hours", "72 people were detained in the strike.", "72", APART),
    ("Turnout was 61 percent.", "61 percent", "61 people turned out to vote.", "61", APART),
    (
        "The economy grew 3.2 percent last year.",
        "3.2 percent",
        "Unemployment stood at 3.2 percent.",
        "3.2 percent",
        APART,
    ),
    ("The election was held on July 28.", "July 28", "The protest was held on July 28.", "July 28", APART),
    ("Some 40 homes were destroyed.", "40", "Some 40 schools were destroyed.", "40", APART),
    // Scope traps: group, place, period, owner.
    ("Three regional leaders had been detained.", "Three", "Around 2,000 people were arrested.", "2,000", APART),
    ("Three regional leaders had been detained.", "Three", "Three journalists had been detained.", "Three", APART),
    ("Officials said 14 people died in the capital.", "14", "Officials said 14 people died nationwide.", "14", APART),
    ("Since the election, 20 were detained.", "20", "This week 20 were detained.", "20", APART),
    ("The group includes four men.", "four", "Of the prisoners, 274 are men.", "274", APART),
    ("Among the prisoners, 27 are women.", "27", "The embassy sheltered 27 women.", "27", APART),
    ("Maduro won 51 percent of the vote.", "51 percent", "González won 46 percent of the vote.", "46 percent", APART),
    ("In 2023, 114 arrests were made.", "114", "In 2024, 110 arrests were made.", "110", APART),
    ("Just this week there were 11 people detained.", "11", "Over 2,000 have been detained.", "2,000", APART),
    ("Deaths in the province reached 120.", "120", "Deaths across the country reached 125.", "125", APART),
    ("Last year 900 people were displaced.", "900", "This year 950 people were displaced.", "950", APART),
    // Values too far apart to be one figure.
    ("At least 24 people died.", "24", "At least 240 people died.", "240", APART),
    ("Police arrested 103 people.", "103", "Police arrested 2,000 people.", "2,000", APART),
    ("Some 103 prisoners were freed.", "103", "A further 225 prisoners were freed.", "225", APART),
];

#[test]
fn pairs_are_grouped_or_kept_apart() {
    let mut wrong = Vec::new();
    for (a, x, b, y, same) in PAIRS {
        let (claims, comparison) = compare(&[("a.txt", a, None), ("b.txt", b, None)]);
        let (p, q) = (at(&claims, 0, x), at(&claims, 1, y));
        let (qp, qq) = (comparison.claim(p).and_then(|c| c.quantity()), comparison.claim(q).and_then(|c| c.quantity()));
        let grouped = qp.is_some() && qp == qq;
        if grouped != *same {
            let why = comparison.claim(q).and_then(|c| c.joined()).map(|j| j.1.reasons().join("; "));
            wrong.push(format!("{a:?} / {b:?}: expected {}, got {} ({why:?})", same, grouped));
        }
    }
    assert!(PAIRS.len() >= 40);
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), PAIRS.len(), wrong.join("\n"));
}

/// (wording, interval it allows)
const INTERVALS: &[(&str, &str)] = &[
    ("at least 24 died", "[24, ∞)"),
    ("no fewer than 24 died", "[24, ∞)"),
    ("more than 2,000 were held", "(2,000, ∞)"),
    ("over 2,000 were held", "(2,000, ∞)"),
    ("about 2,000 were held", "[1,800, 2,200]"),
    ("around 500 were held", "[450, 550]"),
    ("some 300 fled", "[270, 330]"),
    ("nearly 200 were hurt", "[180, 200)"),
    ("almost 50 were hurt", "[45, 50)"),
    ("up to 50 people", "[0, 50]"),
    ("fewer than 10 people", "[0, 10)"),
    ("between 40 and 50 people", "[40, 50]"),
    ("2,000 people", "[1,950, 2,050]"),
    ("19,136 people", "[19,136, 19,136]"),
    ("24 people", "[24, 24]"),
    ("3.2 percent", "[3.15, 3.25]"),
];

#[test]
fn wordings_become_intervals() {
    for (text, expected) in INTERVALS {
        let claims = extract(text);
        let interval = claims.first().and_then(Interval::of).unwrap_or_else(|| panic!("no interval in {text:?}"));
        assert_eq!(interval.describe(), *expected, "{text}");
    }
}

/// (report A, report B, do they agree?)
const AGREEMENT: &[(&str, &str, bool)] = &[
    ("over 2,000 were held", "around 2,000 were held", true),
    ("at least 20 died", "at least 28 died", false),
    ("at least 20 died", "20 died", true),
    ("nearly 200 were hurt", "190 were hurt", true),
    ("nearly 200 were hurt", "250 were hurt", false),
    ("between 40 and 50 people", "45 people", true),
    ("between 40 and 50 people", "55 people", false),
    ("more than 300 people", "301 people", true),
    ("about 1,000 people", "1,040 people", true),
    ("about 1,000 people", "1,200 people", false),
    ("2,000 people", "2,040 people", true),
    ("24 people", "25 people", false),
];

#[test]
fn reports_agree_when_intervals_overlap_and_points_are_within_rounding() {
    for (a, b, agree) in AGREEMENT {
        let (x, y) = (extract(a), extract(b));
        let (Some(x), Some(y)) = (x.first().and_then(Interval::of), y.first().and_then(Interval::of)) else {
            panic!("intervals for {a:?} / {b:?}")
        };
        assert_eq!(x.agrees(&y), *agree, "{a} / {b}");
        assert_eq!(y.agrees(&x), *agree, "symmetric: {b} / {a}");
    }
}

#[test]
fn a_later_figure_supersedes_instead_of_conflicting() {
    // By the articles' dates.
    let (claims, comparison) = compare(&[
        ("monday.txt", "Officials said at least 20 people died in the quake.", Some("2025-03-03")),
        ("tuesday.txt", "Officials said at least 41 people died in the quake.", Some("2025-03-04")),
    ]);
    let (early, late) = (at(&claims, 0, "20"), at(&claims, 1, "41"));
    assert!(comparison.claim(early).unwrap().quantity().is_some());
    let s = &comparison.claim(early).unwrap().suggestion;
    assert!(s.superseded && s.verdict != Verdict::Conflicting, "{s:?}");
    assert!(s.reason.contains("superseded by at least 41 (tuesday.txt)"), "{}", s.reason);
    let s = &comparison.claim(late).unwrap().suggestion;
    assert!(!s.superseded && s.verdict != Verdict::Conflicting, "{s:?}");
    assert!(s.reason.contains("earlier figures: at least 20 (monday.txt)"), "{}", s.reason);

    // By the words of an update, undated.
    let (claims, comparison) = compare(&[
        ("wire.txt", "The death toll rose to 41 on Friday, officials said.", None),
        ("paper.txt", "At least 37 people died, officials said.", None),
    ]);
    let s = &comparison.claim(at(&claims, 1, "37")).unwrap().suggestion;
    assert!(s.superseded && s.verdict == Verdict::Unsourced, "{s:?}");

    // Same dates and no update words: a conflict.
    let (claims, comparison) = compare(&[
        ("a.txt", "At least 20 people died in the quake.", Some("2025-03-03")),
        ("b.txt", "At least 41 people died in the quake.", Some("2025-03-03")),
    ]);
    assert_eq!(comparison.claim(at(&claims, 0, "20")).unwrap().suggestion.verdict, Verdict::Conflicting);

    // "Up from": the old figure inside the same sentence is superseded, not a claim to corroborate.
    let (claims, comparison) = compare(&[("a.txt", "The toll rose to 41, up from 37 on Monday.", None)]);
    let s = &comparison.claim(at(&claims, 0, "37")).unwrap().suggestion;
    assert!(s.superseded, "{s:?}");
}

#[test]
fn suggestions_count_origins_not_articles() {
    let wire = "Rescue teams searched through the night for survivors of the landslide that buried part of the \
                village, officials said, adding that at least 18 people died.";
    let copy = format!("From our wires: {wire}");
    let (claims, comparison) = compare(&[("wire.txt", wire, None), ("copy.txt", &copy, None)]);
    let s = &comparison.claim(at(&claims, 0, "18")).unwrap().suggestion;
    assert_eq!(s.verdict, Verdict::Unsourced, "a copy is the same origin: {s:?}");
    assert!(s.reason.contains("only articles of the same origin"), "{}", s.reason);

    let other = "Villagers told reporters at least 18 people died when the hillside gave way after days of rain.";
    let (claims, comparison) =
        compare(&[("wire.txt", wire, None), ("copy.txt", &copy, None), ("local.txt", other, None)]);
    let s = &comparison.claim(at(&claims, 0, "18")).unwrap().suggestion;
    assert_eq!(s.verdict, Verdict::Corroborated, "{s:?}");
    assert!(s.reason.starts_with("1 other origin agrees: at least 18 (local.txt)"), "{}", s.reason);
}

#[test]
fn two_outlets_citing_one_source_are_one_origin() {
    let (claims, comparison) = compare(&[
        ("herald.txt", "At least 31 people died in the quake, the health ministry said on Monday.", None),
        ("courier.txt", "The quake killed at least 31 people, according to the Health Ministry.", None),
    ]);
    let s = &comparison.claim(at(&claims, 0, "31")).unwrap().suggestion;
    assert_eq!(s.verdict, Verdict::Unsourced, "one source, however many outlets repeat it: {s:?}");
    // A vague source ("officials") is not one origin: two outlets are two.
    let (claims, comparison) = compare(&[
        ("herald.txt", "At least 31 people died in the quake, officials said on Monday.", None),
        ("courier.txt", "The quake killed at least 31 people, officials said.", None),
    ]);
    assert_eq!(comparison.claim(at(&claims, 0, "31")).unwrap().suggestion.verdict, Verdict::Corroborated);
}

/// One flood told by three outlets over two days: the toll rises, a wire conflicts, a place is a
/// part, and a share is corroborated.
#[test]
fn a_story_told_three_ways() {
    let coastal = "Floods kill at least 35 in Marrow province\nAt least 35 people have died and 12 are missing \
                   after floods swept through Marrow province on Sunday, the regional disaster agency said on \
                   Tuesday.\nMore than 8,000 residents were evacuated from riverside villages, and about 1,200 \
                   homes were destroyed. The agency said 60 percent of the rice harvest in the province was lost. \
                   The floods struck on March 30.\nOf the 35 dead, 20 were in Kessel and 15 in nearby Ardo.";
    let ledger = "Marrow flood toll rises to 41\nThe death toll from the Marrow floods rose to 41 on Wednesday, up \
                  from 35, according to the regional disaster agency. Nine people remain missing.\nAround 8,500 \
                  people have been evacuated. Officials estimate that 1,200 homes were destroyed.\nThe floods \
                  began on March 30 after heavy rain. In Kessel alone, 22 people died.\nFarm groups say about \
                  60 percent of the province's rice crop was destroyed.";
    let wire = "Dozens dead as floods hit Marrow\nFloods killed at least 30 people in Marrow province, police said \
                on Tuesday, with 15 others missing.\nSome 7,000 people fled their homes. The floods hit on March 31, \
                residents said.";
    let (claims, comparison) = compare(&[
        ("coastal.txt", coastal, Some("2025-04-02")),
        ("ledger.txt", ledger, Some("2025-04-03")),
        ("wire.txt", wire, Some("2025-04-02")),
    ]);
    let q = |doc: usize, text: &str| comparison.claim(at(&claims, doc, text)).and_then(|c| c.quantity());
    let suggestion =
        |doc: usize, text: &str| comparison.claim(at(&claims, doc, text)).map(|c| c.suggestion.clone()).unwrap();
    // Three outlets that share a few headline figures are still three origins.
    assert_eq!(comparison.origins, [1, 2, 3]);
    // The toll: 35, "rose to 41" (its head read before the number), 30 — one quantity; Kessel's 22 apart.
    let toll = q(0, "35");
    assert!(toll.is_some());
    let ledger_41: Vec<_> = (0..claims[1].len()).filter(|&i| claims[1][i].text == "41").collect();
    assert!(ledger_41.iter().all(|&i| comparison.claim(ClaimRef { doc: 1, claim: i }).unwrap().quantity() == toll));
    assert_eq!(q(2, "30"), toll);
    assert_ne!(q(1, "22"), toll, "in Kessel alone is a part of the toll");
    // The wire's 30 differs from the same day's 35, and the next day's 41 supersedes it.
    let s = suggestion(2, "30");
    assert_eq!(s.verdict, Verdict::Conflicting, "{s:?}");
    assert!(s.superseded && s.reason.contains("superseded by 41 (ledger.txt)"), "{}", s.reason);
    // The rice harvest and the crop are one share, corroborated; the date of the flood conflicts.
    assert_eq!(q(0, "60 percent"), q(1, "60 percent"));
    assert_eq!(suggestion(0, "60 percent").verdict, Verdict::Corroborated);
    assert_eq!(suggestion(2, "March 31").verdict, Verdict::Conflicting);
    // The breakdown of the 35 dead adds up.
    let dead = claims[0].iter().rposition(|c| c.text == "35").unwrap();
    let checks: Vec<_> = comparison.consistency(ClaimRef { doc: 0, claim: dead }).collect();
    assert_eq!(checks.iter().map(|c| c.shown.as_str()).collect::<Vec<_>>(), ["20 + 15 = 35"]);
}

/// An election told by the board's announcement, the opposition and a wire: shares belong to their
/// candidates, a claimed share conflicts, turnouts conflict, and "since 2000" dates nothing.
#[test]
fn an_election_told_three_ways() {
    let board = "Ortega wins re-election with 58 percent\nThe electoral board said President Luis Ortega won 58 \
                 percent of the vote in Sunday's election, against 39 percent for challenger Ana Prieto. Turnout was \
                 61 percent, it said. The vote was held on November 9.";
    let opposition = "Opposition rejects Ortega victory\nChallenger Ana Prieto said she had won 47 percent of the \
                      vote, while the board gave Ortega 58 percent. Independent monitors put turnout at 52 percent. \
                      The November 9 vote was the country's fifth presidential election since 2000.";
    let wire = "Ortega declared winner\nLuis Ortega won about 57.9 percent of the ballots, the board announced, with \
                Prieto on 39.2 percent. Turnout stood at 61 percent.";
    let (claims, comparison) =
        compare(&[("board.txt", board, None), ("opposition.txt", opposition, None), ("wire.txt", wire, None)]);
    let q = |doc: usize, text: &str| comparison.claim(at(&claims, doc, text)).and_then(|c| c.quantity());
    let verdict = |doc: usize, text: &str| comparison.claim(at(&claims, doc, text)).unwrap().suggestion.verdict;
    let ortega = q(2, "57.9 percent");
    assert!(ortega.is_some());
    assert!(
        (0..claims[0].len()).filter(|&i| claims[0][i].text == "58 percent").all(|i| comparison
            .claim(ClaimRef { doc: 0, claim: i })
            .unwrap()
            .quantity()
            == ortega)
    );
    assert_eq!(verdict(2, "57.9 percent"), Verdict::Corroborated, "58 is 57.9 rounded");
    // Prieto's share: the board's 39 and the wire's 39.2 agree; her own 47 conflicts; not Ortega's.
    assert_eq!(q(0, "39 percent"), q(2, "39.2 percent"));
    assert_ne!(q(0, "39 percent"), ortega);
    assert_eq!(q(1, "47 percent"), q(0, "39 percent"));
    assert_eq!(verdict(1, "47 percent"), Verdict::Conflicting);
    // Turnout 52 (monitors) against 61 (board, wire).
    assert_eq!(q(1, "52 percent"), q(0, "61 percent"));
    assert_eq!(verdict(1, "52 percent"), Verdict::Conflicting);
    // The election date is corroborated; "since 2000" is not a date of it.
    assert_eq!(verdict(0, "November 9"), Verdict::Corroborated);
    assert_eq!(q(1, "2000"), None);
}

/// (article, the relations it states, shown)
const ARITHMETIC: &[(&str, &[&str])] = &[
    ("The registry counts 301 political prisoners: 152 are soldiers and 149 civilians.", &["152 + 149 = 301"]),
    ("Of the 301 prisoners, 27 are women and 274 are men.", &["27 + 274 = 301"]),
    ("Police held 60 people, of whom 25 adults and 30 minors.", &["25 + 30 = 55 ≠ 60"]),
    ("The crash killed 152 military and 149 civilians; 301 in all.", &["152 + 149 = 301"]),
    ("The council has 40 seats: 12 went to the left, 15 to the centre and 13 to the right.", &["12 + 15 + 13 = 40"]),
    ("There are 114 cases, minus 12 people unrelated to the campaign. So 102 are tied to it.", &["114 − 12 = 102"]),
    ("Inspectors closed 36 of the 120 schools, or 30 percent.", &["36 ÷ 120 × 100 = 30"]),
    ("Inspectors closed 36 of the 120 schools, or 40 percent.", &["36 ÷ 120 × 100 = 30 ≠ 40"]),
    ("The party won three-quarters of the 80 seats, 62 in all.", &["three-quarters × 80 = 60 ≠ 62"]),
    ("The party won half of the 80 seats, 40 in all.", &["half × 80 = 40"]),
    (
        "The plan costs $600 million over five years. That is $120 million a year for schools.",
        &["600,000,000 ÷ 5 = 120,000,000"],
    ),
    (
        "The plan costs $600 million over five years. That is $150 million a year for schools.",
        &["600,000,000 ÷ 5 = 120,000,000 ≠ 150,000,000"],
    ),
    ("On 3 and 4 May, 7 people came.", &[]),
    ("Café owners — 25 in Zürich and 35 in Genève — said 60 had closed. 🙂", &["25 + 35 = 60"]),
];

#[test]
fn arithmetic_inside_one_article() {
    for (text, expected) in ARITHMETIC {
        let (_, comparison) = compare(&[("a.txt", text, None)]);
        let claims = extract(text);
        let shown: Vec<String> = (0..claims.len())
            .flat_map(|i| comparison.consistency(ClaimRef { doc: 0, claim: i }))
            .map(|c| c.shown.clone())
            .collect();
        assert_eq!(shown, *expected, "{text}");
    }
}

/// Made-up place and people names for the archive test: `n` gives each story its own.
fn story_name(n: usize, part: usize) -> String {
    const SYLLABLES: [&str; 8] = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "zo"];
    let mut name = String::from(["B", "D", "G", "H", "P", "T"][part % 6]);
    let mut k = n * 7 + part;
    for _ in 0..3 {
        name.push_str(SYLLABLES[k % 8]);
        k /= 8;
    }
    name.push_str(["ville", "berg", "ton", "ez", "ov", "ana"][part % 6]);
    name
}

#[test]
fn in_an_archive_of_many_stories_each_story_s_reports_still_meet() {
    // Forty stories of two articles each. Story k's articles report 1000+20k and 1100+20k deaths
    // (one quantity, conflicting); between a story's two figures lie the figures of the next
    // stories, so by value alone a figure's nearest neighbours are other stories' reports.
    let stories = 40;
    let mut texts = Vec::new();
    for k in 0..stories {
        let names: Vec<String> = (0..6).map(|p| story_name(k, p)).collect();
        for figure in [1_000 + 20 * k, 1_100 + 20 * k] {
            texts.push(format!(
                "Rescuers in {} said on Monday that {figure} people died when the dam above {} gave way. \
                 Officials from {} and {} met the mayor of {}, {}.",
                names[0], names[1], names[2], names[3], names[4], names[5]
            ));
        }
    }
    let articles: Vec<(String, &str, Option<&str>)> =
        texts.iter().enumerate().map(|(i, t)| (format!("{i}.txt"), t.as_str(), None)).collect();
    let borrowed: Vec<(&str, &str, Option<&str>)> = articles.iter().map(|(n, t, p)| (n.as_str(), *t, *p)).collect();
    let (claims, comparison) = compare(&borrowed);
    for k in 0..stories {
        let (a, b) = (2 * k, 2 * k + 1);
        let qa = comparison.claim(at(&claims, a, &(1_000 + 20 * k).to_string())).unwrap().quantity();
        let qb = comparison.claim(at(&claims, b, &(1_100 + 20 * k).to_string())).unwrap().quantity();
        assert!(qa.is_some() && qa == qb, "story {k}: its two reports are one quantity ({qa:?}, {qb:?})");
        let members = &comparison.quantities[qa.unwrap()].members;
        assert!(members.iter().all(|m| m.doc == a || m.doc == b), "story {k}'s quantity holds only its reports");
    }
}

#[test]
fn a_link_explained_later_says_what_it_said_when_compared() {
    use tally::compare::{Comparison, Detail};
    let project = tally::project::Project::sample();
    let explained = Comparison::of_project_with(&project, Detail::LinkReasons);
    let findings = Comparison::of_project_with(&project, Detail::Findings);
    let mut links = 0;
    for r in project.claim_refs() {
        let Some((_, said, _)) = explained.claim(r).and_then(|c| c.joined()) else {
            assert!(findings.why_joined(&project, r).is_none(), "{r:?} joined nothing");
            continue;
        };
        let (_, bare, _) = findings.claim(r).and_then(|c| c.joined()).expect("the same link");
        assert!(bare.reasons().is_empty(), "findings write no words");
        let later = findings.why_joined(&project, r).expect("explained");
        assert_eq!((later.score, later.reasons(), later.veto()), (said.score, said.reasons(), said.veto()), "{r:?}");
        assert!(!later.reasons().is_empty());
        links += 1;
    }
    assert!(links >= 5, "{links} links");
}

/// Every claim's suggestion written on demand, against the one written when compared.
/// Returns how many claims are in quantities, and the largest quantity's size.
fn suggestions_on_demand_match(project: &tally::project::Project) -> (usize, usize) {
    use tally::compare::{Comparison, Detail};
    let full = Comparison::of_project_with(project, Detail::Findings);
    let bare = Comparison::of_project_with(project, Detail::Verdicts);
    let mut in_quantities = 0;
    for r in project.claim_refs() {
        let (said, now) = (full.claim(r).expect("compared"), bare.claim(r).expect("compared"));
        assert_eq!(
            (now.suggestion.verdict, now.suggestion.superseded),
            (said.suggestion.verdict, said.suggestion.superseded),
            "{r:?}"
        );
        assert!(now.suggestion.reason.is_empty(), "no words written");
        assert!(!said.suggestion.reason.is_empty());
        assert_eq!(bare.why_suggested(project, r), &*said.suggestion.reason, "{r:?}");
        assert_eq!(bare.why_suggested(project, r), &*said.suggestion.reason, "{r:?}, asked again");
        in_quantities += usize::from(said.quantity().is_some());
    }
    (in_quantities, full.quantities.iter().map(|q| q.members.len()).max().unwrap_or(0))
}

#[test]
fn a_suggestion_s_reason_written_later_is_the_one_written_when_compared() {
    assert!(suggestions_on_demand_match(&tally::project::Project::sample()).0 >= 20);
    // A quantity too large for reasons written claim by claim (160 articles, tolls that differ,
    // some retold, some updated), beside figures no other article reports.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..160 {
        let toll = [24, 24, 20, 28, 31][i % 5];
        let update = if i % 7 == 0 { format!(", up from {}", toll - 3) } else { String::new() };
        let text = format!(
            "At least {toll} people died in the Kessel flood{update}, officials in Kessel said. \
             The café on Rue {i} — owned by {} families — closed.",
            i % 4 + 2
        );
        std::fs::write(dir.path().join(format!("report-{i:02}.txt")), text).unwrap();
    }
    let corpus = tally::corpus::load(dir.path()).unwrap();
    let project = tally::project::Project::from_corpus(&corpus);
    let (in_quantities, largest) = suggestions_on_demand_match(&project);
    assert!(in_quantities >= 80 && largest > 64, "{in_quantities} in quantities, the largest {largest}");
}
