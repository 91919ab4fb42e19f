//! Extraction throughput on a corpus of at least 10 MB built from the real seed articles (or,
//! where they are absent, from the built-in sample, with a notice: figures then differ); and the
//! English and Spanish grammars side by side on the built-in sample's articles in each language.
//!
//! Run with `cargo bench --bench extract`. The README records the figure measured on the
//! project's 2-core build machine.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measuring tool: failing loudly is its error handling

use std::path::PathBuf;

use divan::counter::BytesCount;

fn main() {
    divan::main();
}

/// The seed articles repeated until the text passes 10 MB (one string, as one large document).
fn seed_text() -> String {
    let dir = std::env::var_os("TALLY_SEED_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/venezuela-2024"),
        PathBuf::from,
    );
    let documents = match tally::corpus::load(&dir) {
        Ok(corpus) if !corpus.documents.is_empty() => corpus.documents,
        _ => {
            eprintln!("notice: seed corpus not found at {}; measuring the built-in sample instead", dir.display());
            tally::sample::documents()
        }
    };
    repeat_past_10mb(&documents.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n\n"))
}

/// `one_pass` repeated (articles apart by a blank line) until the text passes 10 MB.
fn repeat_past_10mb(one_pass: &str) -> String {
    let mut text = String::with_capacity(11 * 1024 * 1024);
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(one_pass);
        text.push_str("\n\n");
    }
    text
}

/// One core, one 10 MB document.
#[divan::bench(sample_count = 10)]
fn extract_10mb_one_core(bencher: divan::Bencher) {
    let text = seed_text();
    bencher.counter(BytesCount::of_str(&text)).bench(|| tally::extract::extract(divan::black_box(&text)));
}

/// The same bytes as 3,000 articles, spread over every core as the app and `tally extract` do.
#[divan::bench(sample_count = 10)]
fn extract_all_documents(bencher: divan::Bencher) {
    let text = seed_text();
    let docs: Vec<tally::corpus::Document> = text
        .split("\n\n")
        .filter(|t| !t.is_empty())
        .enumerate()
        .map(|(i, t)| tally::corpus::Document::new(format!("{i}.txt"), t.to_owned(), None))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| tally::extract::extract_all(divan::black_box(&docs)));
}

/// The built-in sample's articles in one language, repeated until the text passes 10 MB: English
/// and Spanish text of the same story and style, to compare the two grammars' speed.
fn sample_text(language: tally::language::Language) -> String {
    let documents = tally::sample::documents();
    let in_language: Vec<&str> =
        documents.iter().filter(|d| d.language() == language).map(|d| d.text.as_str()).collect();
    repeat_past_10mb(&in_language.join("\n\n"))
}

/// One core: the sample's English articles, 10 MB.
#[divan::bench(sample_count = 10)]
fn sample_english_10mb_one_core(bencher: divan::Bencher) {
    use tally::language::Language;
    let text = sample_text(Language::English);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| tally::extract::extract_in(divan::black_box(&text), Language::English));
}

/// One core: the sample's Spanish articles, 10 MB.
#[divan::bench(sample_count = 10)]
fn sample_spanish_10mb_one_core(bencher: divan::Bencher) {
    use tally::language::Language;
    let text = sample_text(Language::Spanish);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| tally::extract::extract_in(divan::black_box(&text), Language::Spanish));
}
