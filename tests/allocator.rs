//! The desk's allocator hands memory back once a job is done: what a worker thread freed before
//! it ended is no longer resident after `allocator::give_back`.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is its error handling

#[global_allocator]
static ALLOCATOR: tally::allocator::Allocator = tally::allocator::Allocator;

/// This process's resident anonymous memory, in MB.
fn resident_anon_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find_map(|l| l.strip_prefix("RssAnon:")).expect("RssAnon in /proc/self/status");
    line.trim().trim_end_matches("kB").trim().parse::<f64>().unwrap() / 1024.0
}

#[test]
fn memory_a_finished_worker_freed_is_given_back() {
    tally::allocator::tune(tally::allocator::Run::Desk);
    let before_mb = resident_anon_mb();
    // A job's intermediate results: many small allocations and some large ones, all written to
    // (so resident), freed just before the thread ends, as the comparison's worker does.
    std::thread::spawn(move || {
        let small: Vec<Vec<u8>> = (0..1_000_000).map(|i| vec![i as u8; 120]).collect();
        let large: Vec<Vec<u8>> = (0..64).map(|i| vec![i as u8; 2 << 20]).collect();
        std::hint::black_box((&small, &large));
        let held_mb = resident_anon_mb();
        assert!(held_mb > before_mb + 200.0, "the job should hold its memory: {before_mb:.0} → {held_mb:.0} MB");
    })
    .join()
    .unwrap();
    tally::allocator::give_back();
    let after_mb = resident_anon_mb();
    assert!(after_mb < before_mb + 40.0, "resident {before_mb:.0} MB before the job, {after_mb:.0} MB after it");
}
