//! Property tests: on any input, extraction never panics, and every span is a well-formed,
//! ordered, non-overlapping slice of the text on char boundaries.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

use proptest::prelude::*;
use tally::extract::extract;

fn check(text: &str) {
    let claims = extract(text);
    let mut last_end = 0;
    for c in &claims {
        assert!(c.start() < c.end(), "empty span {c:?}");
        assert!(c.start() >= last_end, "overlap or disorder at {}", c.start());
        assert!(text.is_char_boundary(c.start()) && text.is_char_boundary(c.end()), "span off char boundary");
        assert_eq!(&text[c.start()..c.end()], c.text);
        assert!(c.value().is_none_or(f64::is_finite) && c.value_max().is_none_or(f64::is_finite));
        assert!(c.sentence.contains(c.text.as_str()), "sentence {:?} lacks {:?}", c.sentence, c.text);
        last_end = c.end();
    }
}

/// Words and symbols that steer the grammar into its rarer paths.
const VOCABULARY: &[&str] = &[
    "0",
    "1",
    "7",
    "12",
    "24",
    "2,000",
    "1.5",
    "2024",
    "1998",
    "3/4",
    "9/11",
    "10:30",
    "555-1234",
    "€",
    "$",
    "£",
    "US$",
    "%",
    "-",
    "–",
    "—",
    "/",
    ":",
    ".",
    ",",
    "(",
    ")",
    "#",
    "@",
    "www.",
    ".com",
    "one",
    "Twenty",
    "twenty-one",
    "hundred",
    "thousand",
    "million",
    "bn",
    "m",
    "k",
    "half",
    "third",
    "thirds",
    "a",
    "dozen",
    "times",
    "in",
    "out",
    "of",
    "between",
    "and",
    "to",
    "percent",
    "per",
    "cent",
    "July",
    "May",
    "Q3",
    "st",
    "th",
    "s",
    "x",
    "hour",
    "days",
    "years",
    "old",
    "square",
    "km",
    "at",
    "least",
    "nearly",
    "more",
    "than",
    "said",
    "according",
    "é",
    "😀",
    "\u{a0}",
    "\u{202f}",
    " ",
    " ",
    " ",
    "\n",
    "Mr.",
    "U.S.",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCABULARY), 0..40).prop_map(|words| {
        let mut s = String::new();
        for (i, w) in words.iter().enumerate() {
            // Glue some tokens together so "12bn", "2024-03" and "$1.5" appear.
            if i % 3 != 0 {
                s.push(' ');
            }
            s.push_str(w);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn number_shaped_strings(text in "[0-9a-zA-Z ,.$€£%/:'’\\-–—éü😀\u{a0}\n]{0,120}") {
        check(&text);
    }

    #[test]
    fn token_soup(text in sentence()) {
        check(&text);
    }
}

#[test]
fn pathological_inputs() {
    check(&"9".repeat(100_000));
    check(&"1,".repeat(50_000));
    check(&"a ".repeat(50_000));
    check(&"twenty-".repeat(20_000));
    check(&"between 1 and ".repeat(10_000));
    check(&"é1".repeat(30_000));
    check("");
    check("$");
    check("€");
    check("1");
    check("Q4");
}

#[test]
fn number_words_repeated_past_any_range_do_not_overflow() {
    for unit in [
        "one hundred ",
        "hundred thousand million billion trillion ",
        "a thousand thousand ",
        "9,999,999,999,999,999 billion ",
    ] {
        let text = format!("Officials said {} people died.", unit.repeat(60));
        let claims = tally::extract::extract(&text);
        for c in &claims {
            assert!(c.value().is_none_or(f64::is_finite), "{unit}: {:?}", c.value());
            assert!(text.is_char_boundary(c.start()) && text.is_char_boundary(c.end()));
        }
    }
}

#[test]
fn a_number_dense_run_on_text_shares_its_sentences_instead_of_a_copy_per_claim() {
    // A table saved as text: no sentence ends, a claim every three bytes.
    let text = "$1 5% ".repeat(20_000);
    let claims = tally::extract::extract(&text);
    assert!(claims.len() >= 30_000, "{}", claims.len());
    let mut distinct: Vec<*const u8> = claims.iter().map(|c| c.sentence.as_ptr()).collect();
    distinct.dedup();
    // Pieces of 200 bytes (a line of a table), each shared by the claims in it; near the top of
    // the text, the piece runs from the text's start (the 600 bytes of reach, then a piece).
    assert!(distinct.len() <= text.len() / 200 + 2, "{} sentences for {} bytes", distinct.len(), text.len());
    for c in &claims {
        assert!(c.sentence.len() <= 810 && c.sentence.contains(c.text.as_str()), "{}", c.sentence.len());
    }
}
