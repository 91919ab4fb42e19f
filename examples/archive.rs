//! Writes the synthetic archive the scale benchmarks use into a folder, for trying the desk or
//! `tally check` at a newsroom's size: `cargo run --release --no-default-features --example
//! archive -- OUT_DIR [ARTICLES] [SEED]` (10,000 articles and seed 1 unless told).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a tool for developers: failing loudly is its error handling

#[path = "../benches/support/archive.rs"]
mod archive;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: archive OUT_DIR [ARTICLES] [SEED]");
        std::process::exit(2);
    };
    let count: usize = args.next().map_or(10_000, |a| a.parse().expect("ARTICLES is a number"));
    let seed: u64 = args.next().map_or(1, |a| a.parse().expect("SEED is a number"));
    let out = std::path::PathBuf::from(out);
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    let mut bytes = 0usize;
    for (name, text) in archive::articles(count, seed) {
        bytes += text.len();
        std::fs::write(out.join(name), text).expect("write an article");
    }
    println!("{count} articles, {:.1} MB in {}", bytes as f64 / 1e6, out.display());
}
