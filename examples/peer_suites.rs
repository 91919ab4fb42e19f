//! Runs other projects' gold cases for English number recognition (in `../shared/peer-suites`)
//! through Tally's claim engine and prints the pass rate of each suite.
//!
//! `cargo run --release --example peer_suites [-- --verbose]`
//!
//! A case passes when Tally reports a claim whose span covers the expected surface text and whose
//! value equals the expected value. These suites score what Tally was not built to do too (bare
//! numbers inside identifiers, times, temperatures, relative dates), so the rates are a map of
//! coverage, not a target.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measuring tool: failing loudly is its error handling

use std::path::{Path, PathBuf};

use serde_json::Value;
use tally::extract::{Claim, extract};

#[derive(Default)]
struct Score {
    passed: usize,
    total: usize,
    failures: Vec<String>,
}

impl Score {
    fn record(&mut self, ok: bool, what: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.passed += 1;
        } else {
            self.failures.push(what());
        }
    }

    fn rate(&self) -> f64 {
        if self.total == 0 { 0.0 } else { 100.0 * self.passed as f64 / self.total as f64 }
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Is there a claim covering `surface` (found in `text`) whose value is `value`?
fn found(text: &str, claims: &[Claim], surface: &str, value: Option<f64>) -> bool {
    let Some(at) = text.find(surface) else {
        return false;
    };
    let (s, e) = (at, at + surface.len());
    // A range matches on either end or its midpoint (suites differ on how to normalize one).
    let matches = |c: &Claim, v: f64| match (c.value(), c.value_max()) {
        (Some(lo), Some(hi)) => close(lo, v) || close(hi, v) || close((lo + hi) / 2.0, v),
        (Some(cv), None) => close(cv, v),
        _ => false,
    };
    claims.iter().any(|c| c.start() < e && c.end() > s && value.is_none_or(|v| matches(c, v)))
}

fn load(path: &Path) -> Option<Value> {
    let raw = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(raw.trim_start_matches('\u{feff}')).ok()
}

/// quantulum3: sentences with every quantity listed by surface and value.
fn quantulum(root: &Path) -> Score {
    let mut score = Score::default();
    let Some(Value::Array(cases)) = load(&root.join("quantulum3/quantities.json")) else {
        return score;
    };
    for case in cases {
        let text = case["req"].as_str().unwrap_or_default();
        let claims = extract(text);
        for q in case["res"].as_array().into_iter().flatten() {
            let surface = q["surface"].as_str().unwrap_or_default();
            let value = q["value"].as_f64();
            score.record(found(text, &claims, surface, value), || format!("{text:?}: {surface:?} = {value:?}"));
        }
    }
    score
}

/// Duckling: each text alone must be one claim spanning it, with the value (numerals, ordinals,
/// durations, money).
fn duckling(root: &Path, file: &str) -> Score {
    let mut score = Score::default();
    let Some(suite) = load(&root.join("duckling").join(file)) else {
        return score;
    };
    for example in suite["examples"].as_array().into_iter().flatten() {
        if example["latent"].as_bool() == Some(true) {
            continue;
        }
        let args = &example["value"]["args"];
        // NumeralValue n, OrdinalData n, DurationData n Grain, simple Unit n …: the first number.
        let value = args.as_array().and_then(|a| a.iter().find_map(Value::as_f64));
        for text in example["texts"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            let claims = extract(text);
            let whole = claims.iter().any(|c| {
                c.start() == 0
                    && c.end() == text.trim_end().len()
                    && value.is_none_or(|v| c.value().is_some_and(|cv| close(cv, v)))
            });
            score.record(whole, || {
                format!(
                    "{text:?} = {value:?}, got {:?}",
                    claims.iter().map(|c| (&c.text, c.value())).collect::<Vec<_>>()
                )
            });
        }
    }
    score
}

/// Recognizers-Text model specs: every expected mention found with its value; empty results must
/// stay empty.
fn recognizers(root: &Path, file: &str) -> Score {
    let mut score = Score::default();
    let Some(Value::Array(cases)) = load(&root.join("recognizers-text").join(file)) else {
        return score;
    };
    for case in cases {
        let text = case["Input"].as_str().unwrap_or_default();
        let claims = extract(text);
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        if results.is_empty() {
            score.record(claims.is_empty(), || {
                format!("{text:?}: expected nothing, got {:?}", claims.iter().map(|c| &c.text).collect::<Vec<_>>())
            });
        }
        for r in results {
            let surface = r["Text"].as_str().unwrap_or_default();
            let value = r["Resolution"]["value"].as_str().and_then(|v| v.trim_end_matches('%').parse::<f64>().ok());
            score.record(found(&text.to_lowercase(), &claims, &surface.to_lowercase(), value), || {
                format!("{text:?}: {surface:?} = {value:?}")
            });
        }
    }
    score
}

/// QuanTemp (real fact-checked numerical claims; evaluation only, CC BY-NC, never shipped): how
/// many claims get at least one highlight, and how many digit runs fall inside a highlight.
fn quantemp(root: &Path) -> Option<(Score, Score)> {
    let path = root.join("../datasets/quantemp/quantemp_test_gold_sample.jsonl");
    let text = std::fs::read_to_string(path).ok()?;
    let (mut any, mut digits) = (Score::default(), Score::default());
    for line in text.lines() {
        let Ok(row) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let claim = row["claim"].as_str().unwrap_or_default();
        let claims = extract(claim);
        any.record(!claims.is_empty(), || claim.to_owned());
        let b = claim.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                let covered = claims.iter().any(|c| c.start() <= start && c.end() >= i);
                digits.record(covered, || format!("{claim:?}: {:?}", &claim[start..i]));
            } else {
                i += 1;
            }
        }
    }
    Some((any, digits))
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites");
    if !root.is_dir() {
        eprintln!("peer suites not found at {} (they live outside the repository, in ../shared)", root.display());
        std::process::exit(1);
    }
    let suites = [
        ("quantulum3 quantities", quantulum(&root)),
        ("duckling Numeral", duckling(&root, "Numeral.json")),
        ("duckling Ordinal", duckling(&root, "Ordinal.json")),
        ("duckling Duration", duckling(&root, "Duration.json")),
        ("duckling AmountOfMoney", duckling(&root, "AmountOfMoney.json")),
        ("recognizers Number", recognizers(&root, "Number/NumberModel.json")),
        ("recognizers Percent", recognizers(&root, "Number/PercentModel.json")),
        ("recognizers Currency", recognizers(&root, "NumberWithUnit/CurrencyModel.json")),
    ];
    let (mut passed, mut total) = (0, 0);
    for (name, score) in &suites {
        println!("{name:<26} {:>4}/{:<4} {:5.1}%", score.passed, score.total, score.rate());
        if verbose {
            for f in score.failures.iter().take(40) {
                println!("    {f}");
            }
        }
        passed += score.passed;
        total += score.total;
    }
    println!("{:<26} {passed:>4}/{total:<4} {:5.1}%", "all", 100.0 * passed as f64 / total.max(1) as f64);
    if let Some((any, digits)) = quantemp(&root) {
        println!();
        println!("QuanTemp claims with a highlight {:>4}/{:<4} {:5.1}%", any.passed, any.total, any.rate());
        println!("QuanTemp digit runs highlighted  {:>4}/{:<4} {:5.1}%", digits.passed, digits.total, digits.rate());
        if verbose {
            for f in any.failures.iter().chain(&digits.failures).take(60) {
                println!("    {f}");
            }
        }
    }
}
