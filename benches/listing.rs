//! `tally extract` end to end, as a user runs it (the built binary, JSON lines to a null sink),
//! against `wc -w` over the same files: CPU time (user + system) of each, from the operating
//! system's account of its finished children, and their ratio; and the claim engine alone on the
//! same texts already in memory (one thread). Two corpora: the synthetic archive (10,000 articles,
//! a claim every 130 bytes) and 20 MB of news (the seed articles copied into files of their own,
//! a claim every 340 bytes; the built-in sample where the seed corpus is absent, with a notice).
//!
//! `cargo bench --bench listing`; under `taskset -c 0` for one core (the children inherit it).
//! Unix only: elsewhere it says so and stops.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measuring tool: failing loudly is its error handling

#[path = "support/archive.rs"]
mod archive;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const RUNS: usize = 7;

/// The program's allocator (`main.rs`), so the engine's figure is the program's.
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tally::allocator::Allocator = tally::allocator::Allocator;

fn main() {
    if !cfg!(unix) {
        println!("listing bench: child CPU time is read through getrusage, on Unix only");
        return;
    }
    tally::allocator::tune(tally::allocator::Run::Command);
    let dir = tempfile::tempdir().unwrap();
    let archive_dir = dir.path().join("archive");
    std::fs::create_dir(&archive_dir).unwrap();
    for (name, text) in archive::articles(10_000, 1) {
        std::fs::write(archive_dir.join(name), text).unwrap();
    }
    let news_dir = dir.path().join("news");
    write_news(&news_dir, 20_000_000);
    println!("{} cores available to the children", std::thread::available_parallelism().map_or(1, usize::from));
    for (what, corpus) in [("archive", &archive_dir), ("news", &news_dir)] {
        measure(what, corpus);
    }
}

/// The seed articles (else the built-in sample's) copied into files of their own in `dir` until
/// they pass `bytes`.
fn write_news(dir: &Path, bytes: usize) {
    std::fs::create_dir(dir).unwrap();
    let seed = std::env::var_os("TALLY_SEED_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/venezuela-2024"),
        PathBuf::from,
    );
    let articles: Vec<String> = match tally::corpus::load(&seed) {
        Ok(corpus) if !corpus.documents.is_empty() => corpus.documents.into_iter().map(|d| d.text).collect(),
        _ => {
            eprintln!("notice: seed corpus not found at {}; the news corpus is the built-in sample", seed.display());
            tally::sample::documents().into_iter().map(|d| d.text).collect()
        }
    };
    let mut written = 0;
    for copy in 0.. {
        for (k, text) in articles.iter().enumerate() {
            std::fs::write(dir.join(format!("n{copy:05}-{k}.txt")), text).unwrap();
            written += text.len();
        }
        if written >= bytes {
            break;
        }
    }
}

fn measure(what: &str, corpus: &Path) {
    let files = files_of(corpus);
    let bytes: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();
    let tally = env!("CARGO_BIN_EXE_tally");
    let (mut listing, mut counting) = (Vec::new(), Vec::new());
    // Alternated, so a busy moment of a shared machine falls on both.
    for _ in 0..RUNS {
        listing.push(child_cpu_secs(Command::new(tally).arg("extract").arg(corpus)));
        counting.push(child_cpu_secs(Command::new("wc").arg("-w").args(&files)));
    }
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let engine: Vec<f64> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            let claims: usize =
                texts.iter().map(|t| tally::extract::extract_in(t, tally::language::Language::English).len()).sum();
            std::hint::black_box(claims);
            started.elapsed().as_secs_f64()
        })
        .collect();
    let (listing, counting, engine) = (median(listing), median(counting), median(engine));
    println!("{what}: {} files, {:.1} MB", files.len(), bytes as f64 / 1e6);
    println!("  tally extract (JSON lines)   median CPU {listing:.3} s   {:.1}x wc -w", listing / counting);
    println!("  claim engine alone, 1 thread median     {engine:.3} s   {:.1}x wc -w", engine / counting);
    println!("  wc -w                        median CPU {counting:.3} s");
}

/// Every file of `dir`, sorted (as `tally extract` lists them).
fn files_of(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

/// Runs `command` to the end, its output discarded, and gives the CPU time (user + system) it took.
fn child_cpu_secs(command: &mut Command) -> f64 {
    let before = children_cpu_secs();
    let status = command.stdout(Stdio::null()).status().unwrap();
    assert!(status.success(), "{command:?} failed");
    children_cpu_secs() - before
}

/// The CPU time of every finished child of this process so far.
#[cfg(unix)]
#[allow(unsafe_code)]
fn children_cpu_secs() -> f64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a whole rusage into the pointer it is given, which points to one.
    let usage = unsafe {
        assert_eq!(libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()), 0);
        usage.assume_init()
    };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(usage.ru_utime) + secs(usage.ru_stime)
}

#[cfg(not(unix))]
fn children_cpu_secs() -> f64 {
    0.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
