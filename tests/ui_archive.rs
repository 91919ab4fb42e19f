//! The desk on a corpus larger than one frame's work: a search over it is made a slice a frame,
//! says so while it runs, and ends with the listing a search made at once would give.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

#[path = "common/desk.rs"]
mod desk;

use eframe::egui;
use egui_kittest::kittest::Queryable as _;
use tally::query::{self, Filter, Sort};

/// 24 articles of 1,500 sentences of two figures each (72,000 claims: a listing of them takes
/// several frames); every sixth names Zarn.
fn write_archive(dir: &std::path::Path) {
    for a in 0..24 {
        let place = if a % 6 == 0 { "Zarn" } else { "Kessel" };
        let text: String =
            (0..1_500).map(|i| format!("In {place}, {} houses burned on day {i}.\n", i % 90 + 10)).collect();
        std::fs::write(dir.join(format!("article-{a:02}.txt")), text).unwrap();
    }
}

#[test]
fn a_search_over_a_large_corpus_is_made_a_slice_a_frame_and_lists_what_a_search_at_once_would() {
    let dir = tempfile::tempdir().unwrap();
    write_archive(dir.path());
    let mut h = desk::opened_on(dir.path(), egui::vec2(1400.0, 900.0), 3);
    h.run_steps(2);
    let total = h.state().review().project().claim_count();
    assert!(total > 50_000, "{total} claims");

    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").rect();
    h.hover_at(search.center());
    h.drag_at(search.center());
    h.drop_at(search.center());
    h.run_steps(2);
    h.event(egui::Event::Text("zarn".into()));
    h.step();
    assert_eq!(h.state().view().filter.search, "zarn");
    // Not every claim read in the frame of the key: the table says it is searching.
    assert!(h.state().view().listing_progress().is_some_and(|p| p < 1.0));
    h.step();
    assert!(h.query_by_label_contains("Searching…").is_some(), "the count gives way to the search's progress");
    let mut frames = 0;
    while h.state().view().listing_progress().is_some() {
        h.step();
        frames += 1;
        assert!(frames < 20, "the search ends");
    }
    h.step();
    let shown = h.state_mut().table_rows();
    let at_once = query::rows(
        h.state().review().project(),
        &tally::compare::Comparison::default(),
        &Filter { search: "zarn".into(), ..Filter::default() },
        Sort::default(),
    );
    assert_eq!(shown, at_once);
    // Every figure of the four Zarn articles (documents in path order: article-00, -06, …).
    let zarn_claims: usize = h.state().review().project().documents.iter().step_by(6).map(|d| d.claims.len()).sum();
    assert!(zarn_claims >= 4 * 1_500 * 2);
    assert_eq!(shown.len(), zarn_claims);
    assert!(shown.iter().all(|r| r.doc % 6 == 0));
    assert!(h.query_by_label_contains(&format!("{} of {total} claims", shown.len())).is_some());
}
