//! A real process killed mid-review loses no more than the autosave interval: the desk runs in
//! a child process (this test binary started again, driving the app headlessly through
//! kittest), judges claims of a corpus never saved to a project, waits for its recovery copy,
//! and is killed (`SIGKILL` on Unix, `TerminateProcess` on Windows: no chance to clean up). A
//! fresh desk opening the same corpus offers the work back, and restoring it brings every verdict.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use tally::app::{DialogMode, Startup, TallyApp};
use tally::project::{ClaimRef, Verdict};

/// Set in the child: "corpus folder|data folder".
const CHILD: &str = "TALLY_CRASH_TEST_CHILD";
const TEST_NAME: &str = "a_desk_killed_mid_review_offers_its_work_back_on_the_next_open";

fn desk(data_dir: &Path, corpus: &Path) -> Harness<'static, TallyApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(12)
        .build_eframe(move |cc| TallyApp::new(cc, Startup::Sample, DialogMode::Scripted));
    h.run();
    h.state_mut().set_data_dir(Some(data_dir.to_owned()));
    h.state_mut().open_path(corpus.to_owned());
    let started = Instant::now();
    h.step();
    while h.state().busy_with().is_some() && started.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run();
    h
}

/// The child: judges three claims, waits for the recovery copy, says so, then idles until killed.
fn child(corpus: &Path, data_dir: &Path) {
    let mut h = desk(data_dir, corpus);
    h.state_mut().set_autosave_after(Duration::from_millis(200));
    for key in [Key::J, Key::Num2, Key::Num1, Key::Num3] {
        h.key_press(key);
        h.run();
    }
    let copy = tally::recovery::path_for_unsaved(data_dir, h.state().review().project());
    let started = Instant::now();
    while !copy.is_file() && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    let judged = h.state().review().project().verdict_counts();
    println!("READY {judged:?}");
    loop {
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
}

#[test]
fn a_desk_killed_mid_review_offers_its_work_back_on_the_next_open() {
    if let Ok(spec) = std::env::var(CHILD) {
        let (corpus, data_dir) = spec.split_once('|').expect("corpus|data");
        child(Path::new(corpus), Path::new(data_dir));
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("articles — é");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::write(corpus.join("a.txt"), "At least 24 people died, 84 minors were held and 3 towns flooded — é.")
        .expect("write");
    std::fs::write(corpus.join("b.txt"), "Officials said 20 deaths were recorded on Monday.").expect("write");
    let data_dir: PathBuf = dir.path().join("data");

    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD, format!("{}|{}", corpus.display(), data_dir.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start the desk");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // (The test harness may print the test's name on the same line first.)
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find_map(|l| l.find("READY").map(|at| l[at..].to_owned()));
        tx.send(ready).ok();
    });
    // (A child that never gets there is killed all the same, and the test fails.)
    let ready = rx.recv_timeout(Duration::from_secs(300)).ok().flatten();
    child.kill().expect("kill -9");
    child.wait().expect("reaped");
    let ready = ready.expect("the child judged claims and wrote its recovery copy");
    // [unreviewed, corroborated, conflicting, unsourced]: one claim each of 2, 1 and 3.
    assert!(ready.ends_with(", 1, 1, 1]"), "{ready}");

    let mut h = desk(&data_dir, &corpus);
    assert_eq!(h.state().modal_title().as_deref(), Some("Restore unsaved work?"));
    assert!(h.query_by_label_contains("3 verdicts").is_some(), "says what it holds");
    let rect = h.get_by_label("Restore").rect();
    h.hover_at(rect.center());
    h.run();
    h.drag_at(rect.center());
    h.drop_at(rect.center());
    h.run();
    let review = h.state().review();
    assert_eq!(review.project().verdict_counts()[1..], [1, 1, 1], "every verdict is back");
    assert!(review.is_dirty() && review.path().is_none(), "restored, and not yet saved anywhere");
    let first = review.claim(ClaimRef { doc: 0, claim: 0 }).expect("claim");
    assert_eq!((first.claim.text.as_str(), first.verdict), ("24", Verdict::Conflicting));
}
