//! Table-driven checks of the claim engine, shared by the claim tables.
//!
//! Each case is one line: `sentence => expectations`. Expectations are `none`, or claims separated
//! by ` ; `, each written `` `span text` kind value [qualifier] [unit=U] [date=D] [subject=S…]
//! [head=H] [scope=S…] [source=S…] [attribution=A…] `` where value is a number, `-` for none, or `lo..hi` for a
//! range, and `-` for head/source/attribution means "none". Unlisted fields are not checked. Every
//! case checks the full list, so an extra claim fails as surely as a missing one.

use tally::extract::{Claim, extract};

#[derive(Debug)]
struct Expected {
    text: String,
    kind: String,
    value: Option<f64>,
    value_max: Option<f64>,
    qualifier: String,
    unit: Option<String>,
    date: Option<String>,
    subject: Option<String>,
    head: Option<String>,
    scope: Option<String>,
    source: Option<String>,
    attribution: Option<String>,
}

fn parse_value(v: &str) -> (Option<f64>, Option<f64>) {
    if v == "-" {
        return (None, None);
    }
    if let Some((lo, hi)) = v.split_once("..") {
        return (Some(lo.parse().expect("range low")), Some(hi.parse().expect("range high")));
    }
    (Some(v.parse().unwrap_or_else(|_| panic!("bad value {v}"))), None)
}

fn parse_expected(item: &str) -> Expected {
    let item = item.trim();
    let rest = item.strip_prefix('`').unwrap_or_else(|| panic!("claim must start with a backtick: {item}"));
    let (text, rest) = rest.split_once('`').expect("closing backtick");
    let mut tokens = rest.split_whitespace();
    let kind = tokens.next().expect("kind").to_owned();
    let (value, value_max) = parse_value(tokens.next().expect("value"));
    let mut e = Expected {
        text: text.to_owned(),
        kind,
        value,
        value_max,
        qualifier: "exact".into(),
        unit: None,
        date: None,
        subject: None,
        head: None,
        scope: None,
        source: None,
        attribution: None,
    };
    // Fields may contain spaces ("subject=people were killed"): a key starts a new field.
    let rest: Vec<&str> = tokens.collect();
    let mut i = 0;
    while i < rest.len() {
        let tok = rest[i];
        let mut value_words = Vec::new();
        let (key, first) = tok.split_once('=').map_or((None, tok), |(k, v)| (Some(k), v));
        value_words.push(first);
        while i + 1 < rest.len() && !rest[i + 1].contains('=') && key.is_some() {
            i += 1;
            value_words.push(rest[i]);
        }
        let joined = value_words.join(" ");
        match key {
            None => e.qualifier = joined,
            Some("unit") => e.unit = Some(joined),
            Some("date") => e.date = Some(joined),
            Some("subject") => e.subject = Some(joined),
            Some("head") => e.head = Some(joined),
            Some("scope") => e.scope = Some(joined),
            Some("source") => e.source = Some(joined),
            Some("attribution") => e.attribution = Some(joined),
            Some(k) => panic!("unknown key {k}"),
        }
        i += 1;
    }
    e
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        _ => false,
    }
}

fn mismatch(sentence: &str, e: &Expected, c: &Claim) -> Option<String> {
    let mut problems = Vec::new();
    if c.text != e.text {
        problems.push(format!("text {:?} != {:?}", c.text, e.text));
    }
    if c.kind.as_str() != e.kind {
        problems.push(format!("kind {} != {}", c.kind.as_str(), e.kind));
    }
    if !close(c.value(), e.value) || !close(c.value_max(), e.value_max) {
        problems.push(format!("value {:?}..{:?} != {:?}..{:?}", c.value(), c.value_max(), e.value, e.value_max));
    }
    if c.qualifier.as_str() != e.qualifier {
        problems.push(format!("qualifier {} != {}", c.qualifier.as_str(), e.qualifier));
    }
    if let Some(unit) = &e.unit
        && c.unit.as_deref() != Some(unit.as_str())
    {
        problems.push(format!("unit {:?} != {unit:?}", c.unit));
    }
    if let Some(date) = &e.date
        && c.date() != Some(date.as_str())
    {
        problems.push(format!("date {:?} != {date:?}", c.date()));
    }
    if let Some(subject) = &e.subject
        && c.subject.as_deref() != Some(subject.as_str())
    {
        problems.push(format!("subject {:?} != {subject:?}", c.subject));
    }
    let none_is_dash = |v: Option<&str>| v.map_or("-".to_owned(), str::to_owned);
    if let Some(head) = &e.head
        && none_is_dash(c.subject_head.as_deref()) != *head
    {
        problems.push(format!("head {:?} != {head:?}", c.subject_head));
    }
    if let Some(scope) = &e.scope
        && none_is_dash(c.scope()) != *scope
    {
        problems.push(format!("scope {:?} != {scope:?}", c.scope()));
    }
    if let Some(source) = &e.source
        && none_is_dash(c.source()) != *source
    {
        problems.push(format!("source {:?} != {source:?}", c.source()));
    }
    if let Some(attribution) = &e.attribution
        && none_is_dash(c.attribution()) != *attribution
    {
        problems.push(format!("attribution {:?} != {attribution:?}", c.attribution()));
    }
    (!problems.is_empty()).then(|| format!("{sentence}\n    {}", problems.join("; ")))
}

/// Runs a table of `sentence => expectations` lines and fails with every mismatch at once; the
/// table must hold at least `min_cases` cases.
pub fn check(table: &str, min_cases: usize) {
    check_with(table, min_cases, extract);
}

/// `check` with another reading of the text (another language's grammar).
pub fn check_with(table: &str, min_cases: usize, extract: impl Fn(&str) -> Vec<tally::extract::Claim>) {
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in table.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (sentence, expected) = line.rsplit_once(" => ").unwrap_or_else(|| panic!("no => in {line}"));
        cases += 1;
        let expected: Vec<Expected> =
            if expected.trim() == "none" { Vec::new() } else { expected.split(" ; ").map(parse_expected).collect() };
        let claims = extract(sentence);
        for c in &claims {
            assert_eq!(&sentence[c.start()..c.end()], c.text, "span must be the text");
        }
        if claims.len() != expected.len() {
            let got: Vec<_> = claims.iter().map(|c| format!("`{}` {}", c.text, c.kind.as_str())).collect();
            failures.push(format!(
                "{sentence}\n    expected {} claims, got {}: {}",
                expected.len(),
                claims.len(),
                got.join(" ; ")
            ));
            continue;
        }
        failures.extend(expected.iter().zip(&claims).filter_map(|(e, c)| mismatch(sentence, e, c)));
    }
    assert!(failures.is_empty(), "{} of {cases} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(cases >= min_cases, "the table should hold at least {min_cases} cases, has {cases}");
}
