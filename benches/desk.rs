//! The desk's CPU time per frame with a newsroom's archive open (10,000 synthetic articles, about
//! 260,000 claims): the real app driven headlessly through egui_kittest, each frame timed from
//! input to tessellated shapes (what a GPU would be handed), for every interaction the issue on
//! scale names. Prints the median and worst frame of each; `cargo bench --bench desk`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measuring tool: failing loudly is its error handling

#[path = "support/archive.rs"]
mod archive;

use std::time::{Duration, Instant};

use eframe::egui::{self, Event, Key, Modifiers, MouseWheelUnit, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use tally::app::{DialogMode, Startup, TallyApp};

/// Frames timed per interaction.
const FRAMES: usize = 40;

type Desk = Harness<'static, TallyApp>;

/// Runs one frame with these input events and returns its CPU time, tessellation included.
fn frame(h: &mut Desk, events: Vec<Event>) -> Duration {
    h.input_mut().events.extend(events);
    let started = thread_cpu_time();
    h.step();
    let shapes = h.output().shapes.clone();
    let ppp = h.output().pixels_per_point;
    std::hint::black_box(h.ctx.tessellate(shapes, ppp));
    thread_cpu_time().saturating_sub(started)
}

/// The CPU time this thread has used (a frame's work is all on the UI thread): on a shared
/// machine a wall clock also counts the time other programs held the core.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)] // one libc call, see below
fn thread_cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        secs: i64,
        nanos: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, at: *mut Timespec) -> i32;
    }
    /// `CLOCK_THREAD_CPUTIME_ID` in `<time.h>`.
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut at = Timespec { secs: 0, nanos: 0 };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) to `at`.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut at) };
    Duration::new(at.secs.max(0) as u64, at.nanos.clamp(0, 999_999_999) as u32)
}

/// Elsewhere, the wall clock since the first call.
#[cfg(not(target_os = "linux"))]
fn thread_cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn key(key: Key, modifiers: Modifiers) -> Vec<Event> {
    let event = |pressed| Event::Key { key, physical_key: None, pressed, repeat: false, modifiers };
    vec![Event::ModifiersChanged(modifiers), event(true), event(false), Event::ModifiersChanged(Modifiers::NONE)]
}

fn wheel(at: Pos2, down_pt: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(at),
        Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -down_pt),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        },
    ]
}

/// Times `FRAMES` frames, each fed by `input`, and prints the median and the worst. The frames
/// that finish a listing made a slice a frame (a search) are timed too: each is a frame the
/// reviewer waits on.
fn measure(h: &mut Desk, what: &str, mut input: impl FnMut(&mut Desk, usize) -> Vec<Event>) {
    let mut times: Vec<Duration> = Vec::new();
    let mut sliced = 0;
    for i in 0..FRAMES {
        let events = input(h, i);
        times.push(frame(h, events));
        while h.state().view().listing_progress().is_some() {
            times.push(frame(h, Vec::new()));
            sliced += 1;
        }
        // Let any animation or follow-up frame settle, untimed, as a real window would.
        h.run_steps(2);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let n = times.len();
    let slices =
        if sliced > 0 { format!("   ({n} frames, {sliced} of them finishing a listing)") } else { String::new() };
    println!("{what:<40} median {:>7.2} ms   worst {:>7.2} ms{slices}", ms(times[n / 2]), ms(times[n - 1]));
}

/// The program's allocator (`main.rs`), so these figures are the program's.
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tally::allocator::Allocator = tally::allocator::Allocator;

fn main() {
    tally::allocator::tune(tally::allocator::Run::Desk);
    let count: usize = std::env::var("TALLY_ARCHIVE_ARTICLES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let mut long = String::new();
    for (name, text) in archive::articles(count, 1) {
        if long.len() < 1_000_000 {
            long.push_str(&text);
        }
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    // One very long document (a 1 MB transcript or report) among them, read last.
    std::fs::write(dir.path().join("zz-long-report.txt"), &long).unwrap();
    let count = count + 1;
    let started = Instant::now();
    let path = dir.path().to_owned();
    let mut h: Desk = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| TallyApp::new(cc, Startup::Path(path), DialogMode::Scripted));
    while h.state().review().project().documents.len() != count {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
        assert!(started.elapsed() < Duration::from_secs(300), "the archive never opened");
    }
    let claims = h.state().review().project().claim_count();
    println!("{count} articles, {claims} claims open after {:.2} s", started.elapsed().as_secs_f64());
    // Select the first claim and let the comparison finish before timing anything.
    frame(&mut h, key(Key::J, Modifiers::NONE));
    while h.state().view().comparing() {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(3);
    let (article, _) = h.state().article_rects().unwrap();
    let in_document = article.center();

    measure(&mut h, "idle redraw", |_, _| Vec::new());
    measure(&mut h, "scroll the document", |_, _| wheel(in_document, 60.0));
    measure(&mut h, "J, next claim (mostly same document)", |_, _| key(Key::J, Modifiers::NONE));
    measure(&mut h, "J, next claim into the next document", |h, _| {
        // Select the document's last claim untimed, then time the step over the boundary.
        let doc = h.state().view().current_doc;
        let last = h.state().review().project().documents[doc].claims.len() - 1;
        h.state_mut().select_claim(tally::project::ClaimRef { doc, claim: last });
        h.run_steps(2);
        key(Key::J, Modifiers::NONE)
    });
    measure(&mut h, "verdict key (1, corroborated)", |_, _| key(Key::Num1, Modifiers::NONE));
    measure(&mut h, "undo (Ctrl+Z)", |_, _| key(Key::Z, Modifiers::COMMAND));
    let table = h.get_by_label("Search").rect().center() + egui::vec2(0.0, 90.0);
    measure(&mut h, "scroll the claims table", |_, _| wheel(table, 60.0));
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").focus();
    h.run_steps(2);
    measure(&mut h, "type in the search box", |_, i| {
        // Type a word, clear it, type again: every key re-filters the whole archive.
        let text = if i % 8 == 7 { None } else { Some("flood".chars().nth(i % 8 % 5).unwrap().to_string()) };
        match text {
            Some(t) => vec![Event::Text(t)],
            None => key(Key::A, Modifiers::COMMAND).into_iter().chain(key(Key::Backspace, Modifiers::NONE)).collect(),
        }
    });
    h.key_press(Key::Escape);
    h.run_steps(3);
    measure(&mut h, "open and close the Quantities window (Q)", |_, _| key(Key::Q, Modifiers::NONE));

    // The 1 MB document: select its first claim (untimed), then step and judge inside it.
    let long_doc = h.state().review().project().documents.len() - 1;
    h.state_mut().select_claim(tally::project::ClaimRef { doc: long_doc, claim: 0 });
    h.run_steps(3);
    measure(&mut h, "1 MB document: J, next claim", |_, _| key(Key::J, Modifiers::NONE));
    measure(&mut h, "1 MB document: verdict key", |_, _| key(Key::Num2, Modifiers::NONE));
    let (article, _) = h.state().article_rects().unwrap();
    let in_long = egui::pos2(article.center().x, 500.0);
    measure(&mut h, "1 MB document: scroll", |_, _| wheel(in_long, 120.0));
    println!(
        "{:<40} {:.0} MB peak, {:.0} MB now (corpus text {:.0} MB)",
        "memory (resident)",
        rss_mb("VmHWM:"),
        rss_mb("VmRSS:"),
        text_mb(h.state())
    );
}

/// The process's resident memory (`VmHWM:` at its peak, `VmRSS:` now), from the kernel (Linux;
/// 0 elsewhere).
fn rss_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn text_mb(app: &TallyApp) -> f64 {
    app.review().project().documents.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6
}
