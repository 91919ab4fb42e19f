//! Opening the desk on a corpus folder in a test and waiting until it is read and compared
//! (the ui tests that need a corpus of their own; `mod desk;` by path, as it needs the gui).

use eframe::egui;
use egui_kittest::Harness;
use tally::app::{DialogMode, Startup, TallyApp};

/// The desk at `size`, opened on the folder `dir`, once the corpus is read and compared.
pub fn opened_on(dir: &std::path::Path, size: egui::Vec2, max_steps: u64) -> Harness<'static, TallyApp> {
    let path = dir.to_path_buf();
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(max_steps)
        .build_eframe(move |cc| TallyApp::new(cc, Startup::Path(path), DialogMode::Scripted));
    let started = std::time::Instant::now();
    h.step();
    while (h.state().busy_with().is_some() || h.state().view().comparing())
        && started.elapsed() < std::time::Duration::from_secs(300)
    {
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h
}
