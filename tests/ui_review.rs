//! The review desk driven like a person would, headlessly (egui_kittest, no GPU): click
//! highlights and buttons, press keys, type notes, save, reopen, export, recover from errors.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

use std::path::Path;

mod common;

use eframe::egui::{self, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use tally::app::{DialogMode, Startup, TallyApp};
use tally::project::{ClaimRef, Verdict};

fn desk_sized(startup: Startup, size: egui::Vec2) -> Harness<'static, TallyApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(12)
        .build_eframe(move |cc| TallyApp::new(cc, startup, DialogMode::Scripted));
    // A corpus opened at start may take longer than a moment on a slow machine: let it finish.
    let started = std::time::Instant::now();
    harness.step();
    while harness.state().busy_with().is_some() && started.elapsed() < std::time::Duration::from_secs(120) {
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    harness
}

fn desk(startup: Startup) -> Harness<'static, TallyApp> {
    desk_sized(startup, egui::vec2(1400.0, 900.0))
}

/// Clicks the inspector's button for a verdict (its label starts with the verdict's mark).
fn click_verdict_button(harness: &mut Harness<'static, TallyApp>, label: &str) {
    let rect = harness.get_by_role_and_label(egui::accesskit::Role::Button, label).rect();
    click_at(harness, rect.center());
}

/// Clicks a document in the documents list.
fn click_document(harness: &mut Harness<'static, TallyApp>, name: &str) {
    let rect = harness.get_by_role_and_label(egui::accesskit::Role::Button, name).rect();
    click_at(harness, rect.center());
}

/// Replaces what the path field holds with `text`.
fn type_path(harness: &mut Harness<'static, TallyApp>, text: &str) {
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").type_text(text);
    harness.run();
}

/// Turns "Advance after a verdict" off through the Review menu.
fn auto_advance_off(h: &mut Harness<'static, TallyApp>) {
    click_label(h, "Review");
    click_label(h, "Advance after a verdict");
    assert!(!h.state().prefs().auto_advance);
}

fn click_at(harness: &mut Harness<'static, TallyApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    harness.drag_at(pos);
    harness.drop_at(pos);
    harness.run();
}

fn press(harness: &mut Harness<'static, TallyApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn press_with(harness: &mut Harness<'static, TallyApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Clicks the middle of the widget with this label, as a mouse would.
fn click_label(harness: &mut Harness<'static, TallyApp>, label: &str) {
    let rect = harness.get_by_label(label).rect();
    click_at(harness, rect.center());
}

/// Clicks the menu entry whose label starts with `label` (menu labels end with the shortcut).
fn click_label_starting(harness: &mut Harness<'static, TallyApp>, label: &str) {
    let rect = harness.get_all_by_label_contains(label).next().unwrap_or_else(|| panic!("no {label:?}")).rect();
    click_at(harness, rect.center());
}

/// Clicks the highlight of a claim of the document on screen.
fn click_highlight(harness: &mut Harness<'static, TallyApp>, claim: usize) {
    let rect = harness.state().claim_rect(claim).expect("the claim is highlighted on screen");
    click_at(harness, rect.center());
}

fn verdict(harness: &Harness<'static, TallyApp>, r: ClaimRef) -> Verdict {
    harness.state().review().claim(r).expect("claim exists").verdict
}

fn note(harness: &Harness<'static, TallyApp>, r: ClaimRef) -> String {
    harness.state().review().claim(r).expect("claim exists").note().to_owned()
}

const FIRST: ClaimRef = ClaimRef { doc: 0, claim: 0 };
const SECOND: ClaimRef = ClaimRef { doc: 0, claim: 1 };

/// Opens the sample, judges one claim by clicking and one by keyboard, writes a note.
fn review_two_claims(h: &mut Harness<'static, TallyApp>) {
    click_highlight(h, 0);
    assert_eq!(h.state().view().selected, Some(FIRST), "clicking a highlight selects its claim");
    click_verdict_button(h, "= Corroborated");
    assert_eq!(verdict(h, FIRST), Verdict::Corroborated);
    assert_eq!(h.state().view().selected, Some(SECOND), "a verdict moves on to the next unreviewed claim");
    press(h, Key::Num2);
    assert_eq!(verdict(h, SECOND), Verdict::Conflicting);
    press(h, Key::K);
    assert_eq!(h.state().view().selected, Some(SECOND));
    press(h, Key::Enter);
    h.event(egui::Event::Text("Council says 12".into()));
    h.run();
    press(h, Key::Escape);
    assert_eq!(note(h, SECOND), "Council says 12");
}

#[test]
fn review_with_mouse_and_keyboard_then_undo_and_redo() {
    let mut h = desk(Startup::Sample);
    assert!(h.state().review().project().is_sample());
    assert!(h.state().review().project().claim_count() > 30);
    review_two_claims(&mut h);
    assert!(h.state().review().is_dirty());
    assert!(h.state().title().contains('•'), "unsaved marker in the title: {}", h.state().title());
    // Typing a note is one undo step; then the verdict; then redo both.
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(note(&h, SECOND), "");
    assert_eq!(verdict(&h, SECOND), Verdict::Conflicting);
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&h, SECOND), Verdict::Unreviewed);
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(verdict(&h, SECOND), Verdict::Conflicting);
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(note(&h, SECOND), "Council says 12");
    // Keys typed into the note do not judge claims.
    press(&mut h, Key::Enter);
    h.event(egui::Event::Text("1".into()));
    h.key_press(Key::Num1);
    h.run();
    press(&mut h, Key::Escape);
    assert_eq!(verdict(&h, SECOND), Verdict::Conflicting);
    assert_eq!(note(&h, SECOND), "Council says 121");
}

#[test]
fn save_reopen_and_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("vessbury.ron");
    let csv_path = dir.path().join("verdicts.csv");
    let mut h = desk(Startup::Sample);
    review_two_claims(&mut h);
    // Ctrl+S on a never-saved review asks where (the scripted dialog answers).
    h.state_mut().script_dialog(Some(project.clone()));
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(project.is_file(), "saved");
    assert!(!h.state().review().is_dirty());
    assert!(!h.state().title().contains('•'));
    let saved = std::fs::read_to_string(&project).expect("read");
    assert!(saved.contains("suggestion: Some(conflicting)"), "the file carries the comparison's suggestions");
    // Export through the File menu.
    h.state_mut().script_dialog(Some(csv_path.clone()));
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Export CSV…");
    let mut reader = csv::Reader::from_path(&csv_path).expect("csv written");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), h.state().review().project().claim_count());
    let verdicts: Vec<&str> = rows.iter().map(|r| &r[19]).collect();
    assert_eq!(&verdicts[..2], ["corroborated", "conflicting"]);
    assert_eq!(&rows[1][20], "Council says 12");
    assert!(!rows[0][21].is_empty(), "reviewed_at set");
    assert_eq!(&rows[0][1], "Vessbury Herald", "the outlet of each claim's article");

    // A fresh app opens the file with everything in place.
    let reopened = desk(Startup::Path(project.clone()));
    let review = &reopened.state().review();
    assert_eq!(review.path(), Some(project.as_path()));
    assert_eq!(verdict(&reopened, FIRST), Verdict::Corroborated);
    assert_eq!(verdict(&reopened, SECOND), Verdict::Conflicting);
    assert_eq!(note(&reopened, SECOND), "Council says 12");
    assert!(reopened.state().modal_title().is_none(), "no warning for an unchanged corpus");
}

#[test]
fn corrupt_project_shows_the_error_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "(\n  format_version: 1,\n  corpus_root: \"x\",\n  documents: [ oops ]\n)\n").expect("write");
    let mut h = desk(Startup::Sample);
    review_two_claims(&mut h);
    h.state_mut().script_dialog(Some(bad.clone()));
    press_with(&mut h, Modifiers::COMMAND, Key::O);
    // Unsaved work: asked first. Choose not to save, then the dialog answers with the bad file.
    assert_eq!(h.state().modal_title().as_deref(), Some("Unsaved changes"));
    click_label(&mut h, "Don't save");
    assert_eq!(h.state().modal_title().as_deref(), Some("Cannot open the project"));
    // The message says where the file is broken (the bad token is on line 4).
    assert!(h.query_by_label_contains("line 4").is_some(), "the error names the line");
    click_label(&mut h, "OK");
    assert!(h.state().review().project().is_sample(), "the open review is untouched");
    assert_eq!(verdict(&h, FIRST), Verdict::Corroborated);
    assert_eq!(
        std::fs::read_to_string(&bad).expect("read"),
        "(\n  format_version: 1,\n  corpus_root: \"x\",\n  documents: [ oops ]\n)\n"
    );
}

#[test]
fn unsaved_changes_can_be_kept_by_cancelling() {
    let mut h = desk(Startup::Sample);
    review_two_claims(&mut h);
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    assert_eq!(h.state().modal_title().as_deref(), Some("Unsaved changes"));
    click_label(&mut h, "Cancel");
    assert!(h.state().modal_title().is_none());
    assert_eq!(verdict(&h, FIRST), Verdict::Corroborated);
}

#[test]
fn claims_table_filters_and_jumps_to_a_claim() {
    let mut h = desk(Startup::Sample);
    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").rect();
    click_at(&mut h, search.center());
    h.event(egui::Event::Text("€60".into()));
    h.run();
    assert_eq!(h.state().view().filter.search, "€60");
    let rows = h.state_mut().table_rows();
    let texts: Vec<String> =
        rows.iter().filter_map(|r| h.state().review().claim(*r)).map(|c| c.claim.text.to_string()).collect();
    // Two articles give €60 million; the search also matches the €45m claim whose sentence cites it.
    assert_eq!(texts, ["€60 million", "€45m", "€60 million"]);
    // The count above the table is the listing's.
    let total = h.state().review().project().claim_count();
    assert!(h.query_by_label(&format!("3 of {total} claims")).is_some(), "the count follows the search");
    let cell = h.get_all_by_label("€60 million").next().expect("a row").rect();
    click_at(&mut h, cell.center());
    let selected = h.state().view().selected.expect("row click selects");
    let claim = h.state().review().claim(selected).expect("claim");
    assert_eq!(claim.claim.text, "€60 million");
    assert_eq!(h.state().view().current_doc, selected.doc, "the document view follows");
}

/// The claim with this text in document `doc`.
fn claim_at(h: &Harness<'static, TallyApp>, doc: usize, text: &str) -> ClaimRef {
    let claims = &h.state().review().project().documents[doc].claims;
    let i = claims.iter().position(|c| c.claim.text == text).unwrap_or_else(|| panic!("{text} in document {doc}"));
    ClaimRef { doc, claim: i }
}

#[test]
fn compare_shows_the_seed_death_toll_side_by_side() {
    let Some(seed) = common::seed_corpus() else { return };
    let mut h = desk(Startup::Path(seed));
    let toll = claim_at(&h, 0, "24");
    click_highlight(&mut h, toll.claim);
    assert_eq!(h.state().view().selected, Some(toll));
    assert!(h.query_by_label_contains("4 reports from 3 origins").is_some(), "four reports, two of one origin");
    for figure in ["at least 24", "at least 20"] {
        assert_eq!(h.query_all_by_label(figure).count(), 1, "{figure}");
    }
    assert_eq!(h.query_all_by_label("at least 28").count(), 2, "28 from two retellings");
    assert!(h.query_all_by_label("differs").count() >= 3, "the other tolls differ, in words");
    assert!(h.query_by_label("Suggested: Conflicting").is_some());
    // A report is a link to its claim.
    let link = h.get_all_by_label("at least 20").next().expect("a report").rect();
    click_at(&mut h, link.center());
    let selected = h.state().view().selected.expect("selected");
    assert_eq!(h.state().review().claim(selected).map(|c| c.claim.text.as_str()), Some("20"));
}

#[test]
fn a_suggestion_is_accepted_by_key_and_a_quantity_verdict_undoes_in_one_step() {
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    click_highlight(&mut h, 0);
    let comparison = h.state_mut().comparison();
    let suggested = comparison.claim(FIRST).expect("compared").suggestion.verdict;
    assert_ne!(suggested, Verdict::Unreviewed);
    assert!(h.query_by_label(&format!("Suggested: {}", suggested.label())).is_some(), "the suggestion is shown");
    assert!(h.query_by_label_contains("this says at least 14").is_some(), "with its reason, written for this claim");
    assert_eq!(verdict(&h, FIRST), Verdict::Unreviewed, "a suggestion is not a verdict");
    press(&mut h, Key::A);
    assert_eq!(verdict(&h, FIRST), suggested, "A accepts it");

    let members = comparison.quantity_of(FIRST).expect("the toll is a quantity").members.clone();
    assert!(members.len() >= 4);
    // Why a report joined the quantity, in words made for the claim on screen.
    h.state_mut().select_claim(members[1]);
    h.run();
    assert!(h.query_by_label_contains("Why with").is_some_and(|_| h.query_by_label_contains("same head").is_some()));
    h.state_mut().select_claim(FIRST);
    h.run();
    press_with(&mut h, Modifiers::SHIFT, Key::Num1);
    assert!(members.iter().all(|r| verdict(&h, *r) == Verdict::Corroborated), "the whole quantity");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&h, FIRST), suggested, "one undo restores every claim");
    assert!(members.iter().skip(1).all(|r| verdict(&h, *r) == Verdict::Unreviewed));

    // One note for the whole quantity, also one undo step.
    press(&mut h, Key::Enter);
    h.event(egui::Event::Text("Fire service count".into()));
    h.run();
    press(&mut h, Key::Escape);
    assert_eq!(note(&h, FIRST), "Fire service count", "typed into the note");
    press_with(&mut h, Modifiers::SHIFT, Key::N);
    assert!(members.iter().all(|r| note(&h, *r) == "Fire service count"), "every report has the note");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(members.iter().skip(1).all(|r| note(&h, *r).is_empty()));
    assert_eq!(note(&h, FIRST), "Fire service count", "the typed note is its own step");
}

#[test]
fn a_claim_moves_out_of_its_quantity_and_back() {
    let mut h = desk(Startup::Sample);
    click_highlight(&mut h, 0);
    assert!(h.state_mut().comparison().quantity_of(FIRST).is_some());
    press(&mut h, Key::M);
    assert_eq!(h.state().review().claim(FIRST).and_then(|c| c.pin), Some(tally::project::Pin::Alone));
    assert!(h.state_mut().comparison().quantity_of(FIRST).is_none(), "out of the quantity");
    assert!(h.query_by_label("You took it out of its quantity.").is_some());
    click_label(&mut h, "Put it back");
    assert!(h.state_mut().comparison().quantity_of(FIRST).is_some(), "back in");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(h.state_mut().comparison().quantity_of(FIRST).is_none(), "undo takes it out again");
    assert!(h.state().review().is_dirty(), "a move is a change to save");
}

#[test]
fn the_quantities_window_lists_conflicts_first_and_opens_one() {
    let mut h = desk(Startup::Sample);
    press(&mut h, Key::Q);
    assert!(h.state().view().show_quantities);
    let comparison = h.state_mut().comparison();
    let first = comparison.quantities_by_urgency()[0].clone();
    assert!(first.conflicting, "conflicts first");
    let label = format!("{} · {}", first.id, first.label);
    let link = h.get_all_by_label_contains(&label).next().expect("listed").rect();
    click_at(&mut h, link.center());
    assert_eq!(h.state().view().selected, first.members.first().copied(), "opens its first report");
    for heading in ["Quantity", "Suggested"] {
        assert!(h.query_all_by_label(heading).count() >= 1, "the claims table has a {heading} column");
    }
}

#[test]
fn next_unreviewed_skips_judged_claims() {
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    press(&mut h, Key::Num1);
    press(&mut h, Key::J);
    press(&mut h, Key::Num3);
    press(&mut h, Key::K);
    assert_eq!(h.state().view().selected, Some(FIRST));
    press(&mut h, Key::K);
    let documents = &h.state().review().project().documents;
    let last = ClaimRef { doc: documents.len() - 1, claim: documents[documents.len() - 1].claims.len() - 1 };
    assert_eq!(h.state().view().selected, Some(last), "K wraps to the corpus's last claim");
    press(&mut h, Key::J);
    press(&mut h, Key::N);
    assert_eq!(h.state().view().selected, Some(ClaimRef { doc: 0, claim: 2 }));
    press(&mut h, Key::Num0);
    assert_eq!(verdict(&h, ClaimRef { doc: 0, claim: 2 }), Verdict::Unreviewed);
}

#[test]
fn without_a_dialog_a_typed_path_opens_the_corpus() {
    let mut h = desk(Startup::Sample);
    // No dialog answer queued: the dialog "cancels", as rfd does without a desktop portal.
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Open corpus folder…");
    assert!(matches!(h.state().message(), Some(tally::app::Message::NoFileChosen(_))), "{:?}", h.state().message());
    assert!(h.query_by_label_contains("no file chosen").is_some());
    click_label(&mut h, "Type a path…");
    assert_eq!(h.state().modal_title().as_deref(), Some("Open corpus folder"));
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(&dir.path().join("dam-story"));
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").type_text(corpus.to_str().expect("utf-8"));
    h.run();
    click_label(&mut h, "OK");
    assert!(!h.state().review().project().is_sample());
    assert_eq!(h.state().review().project().documents.len(), 7);
    assert!(h.state().title().starts_with("dam-story"), "{}", h.state().title());
}

/// A file dropped on the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_folder_opens_it_as_a_corpus() {
    let mut h = desk(Startup::Sample);
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(&dir.path().join("dropped"));
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(corpus)));
    h.run();
    assert_eq!(h.state().review().project().documents.len(), 7);
    assert!(!h.state().review().project().is_sample());
    assert_eq!(h.state().review().project().claim_count(), tally::project::Project::sample().claim_count());
}

#[test]
fn recent_projects_reopen_from_the_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("recent.ron");
    let mut h = desk(Startup::Sample);
    click_highlight(&mut h, 0);
    press(&mut h, Key::Num3);
    h.state_mut().script_dialog(Some(project.clone()));
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(project.is_file());
    let newest = h.state().prefs().recent.first().and_then(|p| p.file_name().map(std::ffi::OsStr::to_owned));
    assert_eq!(newest.as_deref(), Some(std::ffi::OsStr::new("recent.ron")));
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Open sample corpus");
    assert!(h.state().review().path().is_none());
    click_label(&mut h, "File");
    click_label(&mut h, "Recent projects");
    click_label(&mut h, "recent.ron");
    assert_eq!(h.state().review().path().as_ref().and_then(|p| p.file_name()), project.file_name());
    assert_eq!(verdict(&h, FIRST), Verdict::Unsourced);
}

/// Writes a corpus of `files` under `dir`, opens it, judges its first claim with `key`, saves the
/// project; returns the corpus folder and the project file.
fn save_first_verdict(dir: &Path, files: &[(&str, &str)], key: Key) -> (std::path::PathBuf, std::path::PathBuf) {
    let corpus = dir.join("articles");
    std::fs::create_dir(&corpus).expect("mkdir");
    for (name, text) in files {
        std::fs::write(corpus.join(name), text).expect("write");
    }
    let project = dir.join("review.ron");
    let mut h = desk(Startup::Path(corpus.clone()));
    press(&mut h, Key::J);
    press(&mut h, key);
    h.state_mut().script_dialog(Some(project.clone()));
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(project.is_file());
    (corpus, project)
}

#[test]
fn a_moved_corpus_is_located_through_the_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = [
        ("a.txt", "At least 24 people died and 84 minors were held."),
        ("b.txt", "Officials said 20 deaths were recorded."),
    ];
    let (corpus, project) = save_first_verdict(dir.path(), &files, Key::Num2);
    let moved = dir.path().join("moved");
    std::fs::rename(&corpus, &moved).expect("move");

    let mut h = desk(Startup::Path(project.clone()));
    assert_eq!(h.state().modal_title().as_deref(), Some("Corpus folder not found"));
    assert_eq!(verdict(&h, FIRST), Verdict::Conflicting, "verdicts are there before the corpus is");
    h.state_mut().script_dialog(Some(moved));
    click_label(&mut h, "Locate…");
    assert!(h.state().modal_title().is_none(), "{:?}", h.state().modal_title());
    assert_eq!(
        h.state().review().project().documents[0].text.as_ref(),
        "At least 24 people died and 84 minors were held."
    );
    assert!(h.state().review().is_dirty(), "the new location is a change to save");
}

#[test]
fn continuing_without_the_corpus_then_locating_it_from_the_file_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = [("a.txt", "At least 24 people died and 84 minors were held.")];
    let (corpus, project) = save_first_verdict(dir.path(), &files, Key::Num2);
    let moved = dir.path().join("moved");
    std::fs::rename(&corpus, &moved).expect("move");
    let mut h = desk(Startup::Path(project));
    click_label(&mut h, "Continue without");
    assert!(h.query_all_by_label_contains("(document missing)").count() >= 2, "missing, not “text changed”");
    assert!(h.query_by_label_contains("(text changed)").is_none());
    h.state_mut().script_dialog(Some(moved));
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Locate corpus…");
    assert_eq!(
        h.state().review().project().documents[0].text.as_ref(),
        "At least 24 people died and 84 minors were held."
    );
    assert_eq!(verdict(&h, FIRST), Verdict::Conflicting);
}

#[test]
fn the_excel_export_writes_a_byte_order_mark_and_crlf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("for-excel.csv");
    let mut h = desk(Startup::Sample);
    h.state_mut().script_dialog(Some(path.clone()));
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Export CSV for Excel…");
    let bytes = std::fs::read(&path).expect("written");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "byte-order mark");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    assert!(String::from_utf8_lossy(&bytes).contains("Inès"), "accents intact");
}

#[test]
fn a_changed_article_is_reported_on_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (corpus, project) = save_first_verdict(dir.path(), &[("a.txt", "At least 24 people died.")], Key::Num1);
    std::fs::write(corpus.join("a.txt"), "Update: at least 24 people died, and 3 are missing.").expect("write");
    let mut h = desk(Startup::Path(project));
    assert_eq!(h.state().modal_title().as_deref(), Some("The corpus has changed"));
    click_label(&mut h, "OK");
    let claims = &h.state().review().project().documents[0].claims;
    assert_eq!(claims[0].claim.text, "24");
    assert_eq!(claims[0].verdict, Verdict::Corroborated);
    assert_eq!(claims[1].claim.text, "3");
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut h = desk(Startup::Sample);
    press(&mut h, Key::J);
    press(&mut h, Key::Num1);
    press_with(&mut h, Modifiers::COMMAND, Key::Q);
    assert_eq!(h.state().modal_title().as_deref(), Some("Unsaved changes"));
    click_label(&mut h, "Cancel");
    assert_eq!(verdict(&h, FIRST), Verdict::Corroborated);
    assert!(h.state().review().is_dirty());
}

#[test]
fn a_slow_open_shows_progress_and_takes_no_input_meanwhile() {
    // A corpus big enough (1,200 articles) that reading it takes a few frames.
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = tally::sample::documents();
    for i in 0..1200 {
        let doc = &sample[i % sample.len()];
        std::fs::write(dir.path().join(format!("{i:04}.txt")), doc.text.repeat(4)).expect("write");
    }
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    assert_eq!(h.state().view().selected, Some(FIRST), "a claim of the sample is selected");
    h.state_mut().set_quick_wait(std::time::Duration::ZERO);
    h.state_mut().script_dialog(Some(dir.path().to_owned()));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    h.run_steps(2);
    // Still working: progress is shown and keys are ignored, never a half-replaced review.
    let mut frames = 0;
    while h.state().busy_with().is_some() {
        assert!(h.query_by_label_contains("finding every claim").is_some(), "progress is shown");
        h.key_press(Key::Num1); // would judge the selected claim, were it not ignored
        h.key_press(Key::J);
        h.step();
        if h.state().busy_with().is_some() {
            assert!(h.state().review().project().is_sample(), "the old review stays until the new one is ready");
            assert_eq!(verdict(&h, FIRST), Verdict::Unreviewed, "keys are ignored while opening");
            assert_eq!(h.state().view().selected, Some(FIRST));
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        frames += 1;
        assert!(frames < 3000, "opening never finished");
    }
    assert!(frames > 0, "the open was slow enough to show progress");
    h.run_steps(2);
    assert_eq!(h.state().review().project().documents.len(), 1200);
    assert!(
        h.state().review().project().documents.iter().flat_map(|d| &d.claims).all(|c| c.verdict == Verdict::Unreviewed)
    );
}

#[test]
fn f1_lists_every_shortcut() {
    let mut h = desk(Startup::Sample);
    press(&mut h, Key::F1);
    assert_eq!(h.state().modal_title().as_deref(), Some("Keyboard shortcuts"));
    for expected in [
        "Ctrl+Shift+S\tSave the review to a new file",
        "J / Down\tNext claim",
        "1\tMark corroborated",
        "Ctrl+Shift+Z / Ctrl+Y\tRedo",
        "Ctrl+Minus\tMake everything smaller",
    ] {
        assert!(h.query_by_label_contains(expected).is_some(), "{expected:?} missing from the list");
    }
    click_label(&mut h, "OK");
    assert!(h.state().modal_title().is_none());
}

#[test]
fn the_sample_says_what_it_is_and_how_to_open_your_own() {
    let mut h = desk(Startup::Sample);
    assert!(h.query_by_label_contains("This is the built-in sample").is_some(), "the welcome strip says so");
    assert!(h.query_by_label("Saved").is_none(), "a review never saved is not called saved");
    assert!(h.query_by_label("Not saved yet").is_some());
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(&dir.path().join("my-articles"));
    h.state_mut().script_dialog(Some(corpus));
    click_label(&mut h, "Open a folder of articles…");
    assert!(!h.state().review().project().is_sample());
    assert!(h.query_by_label_contains("This is the built-in sample").is_none(), "gone once one's own corpus is open");
    assert!(h.query_by_label("Open a folder of articles…").is_none());
}

#[test]
fn a_bad_path_on_the_command_line_opens_nothing_behind_the_error() {
    let mut h = desk(Startup::Path("/no/such/articles".into()));
    assert_eq!(h.state().modal_title().as_deref(), Some("Cannot open"));
    click_label(&mut h, "OK");
    let project = h.state().review().project();
    assert!(!project.is_sample() && project.documents.is_empty(), "nobody reviews the sample by mistake");
    assert!(h.query_by_label("No corpus is open.").is_some());
    assert!(h.query_by_label("Open a project…").is_some());
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.state().modal_title().is_none(), "no save dialog for an empty desk");
    assert!(h.query_by_label_contains("Nothing to save").is_some());
}

#[test]
fn the_claims_table_sorts_by_any_column_and_shows_qualifiers() {
    let mut h = desk(Startup::Sample);
    assert!(h.query_by_label("at least").is_some(), "the qualifier column shows “at least 14”");
    click_label(&mut h, "Value");
    assert_eq!(h.state().view().sort, tally::query::Sort { column: tally::query::Column::Value, descending: false });
    let values = |h: &mut Harness<'static, TallyApp>| -> Vec<f64> {
        let rows = h.state_mut().table_rows();
        rows.iter().filter_map(|r| h.state().review().claim(*r).and_then(|c| c.claim.value())).collect()
    };
    let ascending = values(&mut h);
    assert!(ascending.len() > 10);
    assert!(ascending.windows(2).all(|w| w[0] <= w[1]), "{ascending:?}");
    click_label(&mut h, "Value");
    let descending = values(&mut h);
    assert!(descending.windows(2).all(|w| w[0] >= w[1]), "{descending:?}");
    // Needs attention: unreviewed or conflicting only.
    let total = h.state_mut().table_rows().len();
    press(&mut h, Key::J);
    press(&mut h, Key::Num1);
    click_label(&mut h, "Needs attention");
    let rows = h.state_mut().table_rows();
    assert_eq!(rows.len(), total - 1);
    assert!(rows.iter().all(|r| verdict(&h, *r) != Verdict::Corroborated));
}

#[test]
fn a_verdict_moves_to_the_next_unreviewed_claim_unless_turned_off() {
    let mut h = desk(Startup::Sample);
    assert!(h.state().prefs().auto_advance, "on by default");
    press(&mut h, Key::J);
    press(&mut h, Key::Num1);
    press(&mut h, Key::Num2);
    press(&mut h, Key::Num3);
    assert_eq!(
        [FIRST, SECOND, ClaimRef { doc: 0, claim: 2 }].map(|r| verdict(&h, r)),
        [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced],
        "one key per claim"
    );
    assert_eq!(h.state().view().selected, Some(ClaimRef { doc: 0, claim: 3 }));
    auto_advance_off(&mut h);
    press(&mut h, Key::Num1);
    assert_eq!(h.state().view().selected, Some(ClaimRef { doc: 0, claim: 3 }), "stays put when off");
    assert_eq!(verdict(&h, ClaimRef { doc: 0, claim: 3 }), Verdict::Corroborated);
}

#[test]
fn every_key_press_counts_even_within_one_frame() {
    let mut h = desk(Startup::Sample);
    press(&mut h, Key::J);
    for _ in 0..10 {
        h.key_press(Key::J);
    }
    h.run();
    let expected = {
        let project = h.state().review().project();
        project.claim_refs().nth(10).expect("eleven claims")
    };
    assert_eq!(h.state().view().selected, Some(expected), "ten presses, ten steps");
}

/// A corpus of two long articles (more than a screen each).
fn long_corpus(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("long");
    std::fs::create_dir(&corpus).expect("mkdir");
    for name in ["a.txt", "b.txt"] {
        let text: String =
            (1..=80).map(|i| format!("Paragraph {name} — {i} boats were counted by the port.\n\n")).collect();
        std::fs::write(corpus.join(name), text).expect("write");
    }
    corpus
}

#[test]
fn a_newly_shown_document_starts_at_its_top() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = desk(Startup::Path(long_corpus(dir.path())));
    press(&mut h, Key::J);
    press(&mut h, Key::K); // wraps to the last claim of the corpus, at the bottom of b.txt
    h.run();
    assert_eq!(h.state().view().current_doc, 1);
    let (article, panel) = h.state().article_rects().expect("drawn");
    assert!(article.min.y < panel.min.y, "scrolled down to the last claim");
    click_document(&mut h, "a.txt");
    h.run();
    let (article, panel) = h.state().article_rects().expect("drawn");
    assert_eq!(h.state().view().current_doc, 0);
    assert!(article.min.y > panel.min.y, "a.txt opens at its top");
    click_document(&mut h, "b.txt");
    h.run();
    let (article, panel) = h.state().article_rects().expect("drawn");
    assert!(article.min.y > panel.min.y, "b.txt too, not where it was left");
}

#[test]
fn at_the_minimum_window_size_the_article_stays_inside_its_panel() {
    let [w, h_px] = tally::app::MIN_WINDOW_SIZE;
    let mut h = desk_sized(Startup::Sample, egui::vec2(w, h_px));
    press(&mut h, Key::J);
    h.run();
    let (article, panel) = h.state().article_rects().expect("drawn");
    assert!(panel.width() >= 300.0, "the article keeps a readable width: {panel:?}");
    assert!(article.min.x >= panel.min.x - 1.0 && article.max.x <= panel.max.x + 1.0, "{article:?} in {panel:?}");
    assert!(panel.max.x <= w, "the central panel is on screen");
}

#[test]
fn a_typed_path_over_an_existing_file_asks_before_replacing_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let existing = dir.path().join("verdicts.csv");
    std::fs::write(&existing, "keep me").expect("write");
    let mut h = desk(Startup::Sample);
    // No dialog answer queued: the dialog "cancels"; type the path instead.
    press_with(&mut h, Modifiers::COMMAND, Key::E);
    click_label(&mut h, "Type a path…");
    assert_eq!(h.state().modal_title().as_deref(), Some("Export verdicts as CSV"));
    let suggested = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Path").value();
    assert!(suggested.is_some_and(|v| v.ends_with("sample-corpus-verdicts.csv")), "a name is suggested");
    type_path(&mut h, existing.to_str().expect("utf-8"));
    click_label(&mut h, "OK");
    assert_eq!(h.state().modal_title().as_deref(), Some("Replace the file?"));
    click_label(&mut h, "Cancel");
    assert_eq!(std::fs::read_to_string(&existing).expect("read"), "keep me", "nothing written");
    press_with(&mut h, Modifiers::COMMAND, Key::E);
    click_label(&mut h, "Type a path…");
    type_path(&mut h, existing.to_str().expect("utf-8"));
    click_label(&mut h, "OK");
    assert_eq!(h.state().modal_title().as_deref(), Some("Replace the file?"));
    click_label(&mut h, "Replace");
    assert!(std::fs::read_to_string(&existing).expect("read").starts_with("document,outlet,title"), "replaced");
}

#[test]
fn the_view_menu_switches_theme_and_zoom_and_remembers_them() {
    let mut h = desk(Startup::Sample);
    click_label(&mut h, "View");
    click_label(&mut h, "Dark theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    click_label(&mut h, "View");
    click_label(&mut h, "Light theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    assert_eq!(h.state().prefs().theme, tally::app::ThemeChoice::Light);
    click_label(&mut h, "View");
    click_label_starting(&mut h, "Zoom in");
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 1e-3, "{}", h.ctx.zoom_factor());
    assert!((h.state().prefs().zoom - 1.1).abs() < 1e-3);
    press_with(&mut h, Modifiers::COMMAND, Key::Num0);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-3);
    assert_eq!(verdict(&h, FIRST), Verdict::Unreviewed, "Ctrl+0 resets the zoom, not the verdict");
}

#[test]
fn articles_are_named_by_outlet_and_headline_and_a_claim_copies_with_its_source() {
    let mut h = desk(Startup::Sample);
    let herald = "Vessbury Herald — Harlen Dam spillway fails; Vessbury counts its dead";
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Button, herald).is_some(),
        "the documents list names the outlet and headline"
    );
    assert!(h.query_by_label("01-vessbury-herald.txt").is_none(), "not the file name");
    press(&mut h, Key::J);
    assert!(h.query_all_by_label_contains("Vessbury Herald — Harlen Dam").count() >= 2, "the inspector too");
    // One frame with the key in it, so that frame's output (what goes to the clipboard) is kept.
    let chord = Modifiers::COMMAND | Modifiers::SHIFT;
    h.input_mut().events.push(egui::Event::Key {
        key: Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: chord,
    });
    h.step();
    let copied: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    let sentence = h.state().review().claim(FIRST).expect("claim").claim.sentence.clone();
    let expected = format!(
        "“{sentence}” — Vessbury Herald, “Harlen Dam spillway fails; Vessbury counts its dead”, 5 March 2024, https://vessbury-herald.example/news/harlen-dam-spillway-fails"
    );
    assert_eq!(copied, [expected], "the clipboard gets the sentence and its source");
    assert_eq!(h.state().message(), Some(&tally::app::Message::Info("Copied the claim with its source.".into())));
}

#[test]
fn editing_a_headline_shows_everywhere_and_undoes_in_one_step() {
    let mut h = desk(Startup::Sample);
    click_label(&mut h, "Edit source");
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Headline").rect();
    click_at(&mut h, field.center());
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.event(egui::Event::Text("Dam fails, 14 dead".into()));
    h.run();
    press(&mut h, Key::Escape);
    let title = |h: &Harness<'static, TallyApp>| {
        h.state().review().project().documents[0].metadata.value(tally::metadata::FieldName::Title).map(str::to_owned)
    };
    assert_eq!(title(&h).as_deref(), Some("Dam fails, 14 dead"));
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Button, "Vessbury Herald — Dam fails, 14 dead").is_some(),
        "the documents list follows"
    );
    assert!(h.query_by_label("you").is_some(), "the field says who set it");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(title(&h).as_deref(), Some("Harlen Dam spillway fails; Vessbury counts its dead"), "one undo step");
}

#[test]
fn article_text_can_be_selected_while_a_click_still_selects_a_claim() {
    let mut h = desk(Startup::Sample);
    let (article, _) = h.state().article_rects().expect("drawn");
    // Drag across the first lines of the article, as a reader selecting text to copy.
    let from = article.min + egui::vec2(5.0, 5.0);
    let to = article.min + egui::vec2(article.width() * 0.6, 40.0);
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    h.hover_at(to);
    h.run();
    h.drop_at(to);
    h.run();
    let selected_text = h.ctx.plugin::<egui::text_selection::LabelSelectionState>().lock().has_selection();
    assert!(selected_text, "dragging selects text");
    assert_eq!(h.state().view().selected, None, "a drag is not a click on a claim");
    click_highlight(&mut h, 0);
    assert_eq!(h.state().view().selected, Some(FIRST), "a click on a highlight still selects its claim");
}

#[test]
fn a_quantity_with_more_reports_than_fit_shows_the_selected_one_and_counts_the_rest() {
    // Forty articles repeat one death toll: one quantity of forty reports.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let text = format!(
            "At least {} people died in the Kessel flood, officials in Kessel said on Monday, \
             according to the Ferrante Institute and the mayor of Dornbach.",
            24 + i % 2
        );
        std::fs::write(dir.path().join(format!("report-{i:02}.txt")), text).unwrap();
    }
    let mut h = desk(Startup::Path(dir.path().to_owned()));
    assert_eq!(h.state().review().project().documents.len(), 40);
    let toll = claim_at(&h, 0, "24");
    click_highlight(&mut h, toll.claim);
    assert!(h.query_by_label_contains("40 reports from").is_some(), "one quantity of forty reports");
    assert!(
        h.query_by_label_contains("10 more reports of this quantity are not shown here").is_some(),
        "thirty shown, the rest counted"
    );
}

#[test]
fn a_verdict_given_while_the_file_is_written_is_kept_and_left_unsaved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("review.ron");
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    press(&mut h, Key::Num1);
    h.state_mut().script_dialog(Some(project.clone()));
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().review().is_dirty());
    // Save again and judge the same claim in one frame: the save takes the review as it was,
    // the desk takes the key at once (whether the file is written before or after it).
    h.state_mut().set_quick_wait(std::time::Duration::ZERO);
    let key = |key, modifiers, pressed| egui::Event::Key { key, physical_key: None, pressed, repeat: false, modifiers };
    h.input_mut().events.extend([
        egui::Event::ModifiersChanged(Modifiers::COMMAND),
        key(Key::S, Modifiers::COMMAND, true),
        key(Key::S, Modifiers::COMMAND, false),
        egui::Event::ModifiersChanged(Modifiers::NONE),
        key(Key::Num2, Modifiers::NONE, true),
        key(Key::Num2, Modifiers::NONE, false),
    ]);
    h.step();
    for _ in 0..200 {
        if !h.state().message().is_some_and(|m| m.text().starts_with("Saving")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    assert!(h.state().message().is_some_and(|m| m.text().starts_with("Saved")), "{:?}", h.state().message());
    assert_eq!(verdict(&h, FIRST), Verdict::Conflicting, "the key was taken");
    assert!(h.state().review().is_dirty(), "and is not in the file");
    let (saved, _) = tally::project::Project::open(&project).expect("the file opens");
    assert_eq!(saved.documents[0].claims[0].verdict, Verdict::Corroborated);
}

#[test]
fn opening_a_large_corpus_shows_files_read_and_can_be_stopped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = tally::sample::documents();
    for i in 0..3000 {
        let doc = &sample[i % sample.len()];
        std::fs::write(dir.path().join(format!("{i:04}.txt")), doc.text.repeat(6)).expect("write");
    }
    let mut h = desk(Startup::Sample);
    h.state_mut().set_quick_wait(std::time::Duration::ZERO);
    h.state_mut().script_dialog(Some(dir.path().to_owned()));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    h.run_steps(2);
    assert!(h.state().busy_with().is_some(), "still opening");
    // The bar counts files against the folder's total once the folder is listed.
    let mut frames = 0;
    while h.query_by_label_contains("of 3,000 files read").is_none() && h.state().busy_with().is_some() {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
        frames += 1;
        assert!(frames < 2000, "no progress shown");
    }
    if h.state().busy_with().is_none() {
        return; // a machine fast enough to open it all before a frame: nothing left to stop
    }
    click_label(&mut h, "Stop");
    assert!(h.state().busy_with().is_none(), "stopped");
    assert!(h.state().review().project().is_sample(), "the review open before stays");
    assert!(h.state().message().is_some_and(|m| m.text().starts_with("Stopped opening")));
    // Nothing of the stopped job arrives later.
    std::thread::sleep(std::time::Duration::from_millis(300));
    h.run_steps(3);
    assert!(h.state().review().project().is_sample());
}

#[test]
fn a_very_long_document_is_drawn_in_chunks_and_its_last_claim_is_reached_clicked_and_judged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("long");
    std::fs::create_dir(&corpus).expect("mkdir");
    // About 200 KB: dozens of chunks, each line with non-ASCII text before its figure (the test
    // fonts have no emoji; the desk draws a box for a glyph no font has).
    let text: String = (1..=2500)
        .map(|i| {
            format!(
                "Café report — line {i} (naïve «count»): officials said {} boats were counted by the port.\n",
                1000 + i
            )
        })
        .collect();
    std::fs::write(corpus.join("report.txt"), &text).expect("write");
    let mut h = desk(Startup::Path(corpus));
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    press(&mut h, Key::K); // wraps to the corpus's last claim, at the bottom of the report
    h.run();
    let last = h.state().view().selected.expect("selected");
    let claim = h.state().review().claim(last).expect("claim").claim.clone();
    assert_eq!(claim.text, "3500");
    let (article, panel) = h.state().article_rects().expect("drawn");
    assert!(article.height() > 20.0 * panel.height(), "a long article: {article:?}");
    assert!(article.min.y < panel.min.y - 10.0 * panel.height(), "scrolled far down");
    let rect = h.state().claim_rect(last.claim).expect("the claim is placed");
    assert!(panel.contains(rect.center()), "the last claim is in sight: {rect:?} in {panel:?}");
    // A click on it finds it (chunk offsets in chars, past the emoji), and a key judges it.
    press(&mut h, Key::J); // away, to the first claim
    press(&mut h, Key::K); // and back
    h.run();
    click_highlight(&mut h, last.claim);
    assert_eq!(h.state().view().selected, Some(last));
    press(&mut h, Key::Num3);
    assert_eq!(verdict(&h, last), Verdict::Unsourced);
    assert!(h.state().claim_rect(last.claim).is_some(), "still highlighted after its chunk is laid out again");
}

#[test]
fn unsaved_work_left_by_a_crash_is_offered_back_and_restored_or_dropped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("review.ron");
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    h.state_mut().script_dialog(Some(project.clone()));
    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(project.is_file() && !h.state().review().is_dirty());
    // A verdict after the save: its recovery copy is written (at once here), then the desk dies
    // without closing (dropped: no quit, no save).
    h.state_mut().set_autosave_after(std::time::Duration::ZERO);
    press(&mut h, Key::Num2);
    let copy = tally::recovery::path_for(&project);
    for _ in 0..200 {
        if copy.is_file() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    assert!(copy.is_file(), "the recovery copy was written");
    drop(h);

    // Opened again: the work is offered back, with what it holds.
    for (answer, restored) in [("Drop it", false), ("Restore", true)] {
        if !restored {
            // (Dropping it must not delete a copy the next run would need: keep one for Restore.)
            std::fs::copy(&copy, dir.path().join("copy")).expect("keep");
        } else {
            std::fs::copy(dir.path().join("copy"), &copy).expect("put back");
            filetime_now(&copy);
        }
        let mut h = desk(Startup::Path(project.clone()));
        assert_eq!(h.state().modal_title().as_deref(), Some("Restore unsaved work?"));
        assert!(h.query_by_label_contains("1 verdict").is_some(), "says what it holds");
        click_label(&mut h, answer);
        assert_eq!(h.state().modal_title(), None);
        let verdict_now = verdict(&h, FIRST);
        if restored {
            assert_eq!(verdict_now, Verdict::Conflicting, "the verdict is back");
            assert!(h.state().review().is_dirty(), "and not saved until saved");
            press_with(&mut h, Modifiers::COMMAND, Key::S);
            assert!(!copy.exists(), "a save removes the copy");
        } else {
            assert_eq!(verdict_now, Verdict::Unreviewed, "the project as saved");
            assert!(!copy.exists(), "dropped");
        }
    }
}

/// Marks a file as written now (a copy keeps its source's time).
fn filetime_now(path: &Path) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(std::time::SystemTime::now()))
        .expect("touch");
}

#[test]
fn a_document_s_language_is_shown_and_choosing_another_reads_it_again() {
    let mut h = desk(Startup::Sample);
    click_document(
        &mut h,
        "Diario del Valle — Falla el aliviadero de la presa de Harlen: al menos 14 muertos en Vessbury",
    );
    let doc = h.state().view().current_doc;
    assert!(h.query_by_label_contains("Spanish (español) (detected)").is_some(), "the language is shown");
    let texts = |h: &Harness<'static, TallyApp>| -> Vec<String> {
        h.state().review().project().documents[doc].claims.iter().map(|c| c.claim.text.to_string()).collect()
    };
    let spanish = texts(&h);
    assert!(spanish.iter().any(|t| t == "12 millones de euros"), "read in Spanish: {spanish:?}");
    // Judge one claim, then read the document as English through the source editor.
    let judged = ClaimRef { doc, claim: 1 };
    h.state_mut().select_claim(judged);
    h.run();
    press(&mut h, Key::Num1);
    let judged_text = h.state().review().claim(judged).expect("claim").claim.text.clone();
    click_label(&mut h, "Edit source");
    let combo = h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Language").rect();
    click_at(&mut h, combo.center());
    click_label(&mut h, "English");
    let english = texts(&h);
    assert_ne!(english, spanish, "the claims were read again");
    assert!(!english.iter().any(|t| t == "12 millones de euros"), "the English grammar reads no Spanish money");
    let kept = h.state().review().project().documents[doc].claims.iter().find(|c| c.verdict == Verdict::Corroborated);
    assert_eq!(kept.map(|c| c.claim.text.clone()), Some(judged_text), "the judged claim stays");
    assert!(h.query_by_label("you").is_some(), "the field says who set it");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(texts(&h), spanish, "one undo step brings the Spanish reading back");
}

#[test]
fn the_reviewer_s_name_is_recorded_and_a_merge_s_disagreement_is_resolved_in_the_inspector() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v6/review.ron");
    let dir = tempfile::tempdir().expect("temp dir");
    // A copy beside the fixtures' articles, so the test never writes into the repository.
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/articles");
    // (The test harness's font has no "✓", which the fixture's note holds.)
    let text = std::fs::read_to_string(&fixture)
        .expect("read")
        .replace("../v1/articles", &articles.to_string_lossy())
        .replace('✓', "ok");
    let project = dir.path().join("review.ron");
    std::fs::write(&project, text).expect("write");
    let mut h = desk(Startup::Path(project));
    h.state_mut().set_reviewer_override(Some("Chris Lee".into()));
    assert!(h.query_by_label_contains("1 disagreements to resolve").is_some(), "the status bar counts them");
    let judged = h.state().review().locate(5).expect("claim 5");
    h.state_mut().select_claim(judged);
    h.run();
    assert!(h.query_by_label_contains("Disagreement: Ben Okafor judged it").is_some(), "the other side is shown");
    click_label_starting(&mut h, "Take Conflicting");
    let c = h.state().review().claim(judged).expect("claim").clone();
    assert_eq!(c.verdict, Verdict::Conflicting);
    assert!(c.disagreement().is_none(), "resolved");
    assert_eq!(c.reviewer(), Some("Chris Lee"), "the resolver is recorded");
    assert!(h.query_by_label_contains("disagreements to resolve").is_none());
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    let c = h.state().review().claim(judged).expect("claim");
    assert_eq!((c.verdict, c.reviewer()), (Verdict::Corroborated, Some("Ana Ruiz")), "undo brings both sides back");
    assert!(c.disagreement().is_some());
}

#[test]
fn evidence_is_added_typed_removed_and_undone_from_the_inspector() {
    // Tall enough that the inspector shows its evidence without scrolling.
    let mut h = desk_sized(Startup::Sample, egui::vec2(1400.0, 2400.0));
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    click_label(&mut h, "Add evidence");
    let evidence = |h: &Harness<'static, TallyApp>| h.state().review().claim(FIRST).expect("claim").evidence().to_vec();
    assert_eq!(evidence(&h).len(), 1, "an item dated today");
    assert!(evidence(&h)[0].accessed.is_some());
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Address").rect();
    click_at(&mut h, field.center());
    h.event(egui::Event::Text("https://fire.example/report".into()));
    h.run();
    press(&mut h, Key::Escape);
    assert_eq!(evidence(&h)[0].url.as_deref(), Some("https://fire.example/report"));
    assert!(h.state().review().claim(FIRST).expect("claim").reviewed_at().is_some(), "evidence counts as reviewing");
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(evidence(&h)[0].url, None, "typing undoes in one step");
    press_with(&mut h, Modifiers::COMMAND, Key::Y);
    click_label(&mut h, "Remove evidence 1");
    assert!(evidence(&h).is_empty());
}

#[test]
fn claimreview_is_exported_from_the_file_menu_signed_with_the_name_and_organization_set_in_the_edit_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("reviews.jsonld");
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    press(&mut h, Key::Num2);
    click_label(&mut h, "Edit");
    click_label_starting(&mut h, "Your name and organization…");
    for (label, text) in [("Your name", "Chris Lee"), ("Organization", "Desk Check")] {
        let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).rect();
        click_at(&mut h, field.center());
        h.event(egui::Event::Text(text.into()));
        h.run();
    }
    click_label(&mut h, "Save");
    assert_eq!(h.state().prefs().organization.as_deref(), Some("Desk Check"));
    assert_eq!(h.state().review().reviewer(), Some("Chris Lee"));
    press(&mut h, Key::Num1);
    assert_eq!(h.state().review().claim(FIRST).expect("claim").reviewer(), Some("Chris Lee"));
    h.state_mut().script_dialog(Some(path.clone()));
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Export ClaimReview…");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("written")).expect("JSON");
    let reviews = json.as_array().expect("array");
    assert_eq!(reviews.len(), 1, "the one reviewed claim");
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Corroborated");
    assert_eq!(reviews[0]["author"]["name"], "Desk Check");
    assert_eq!(reviews[0]["itemReviewed"]["author"]["name"], "Vessbury Herald");
}

#[test]
fn comparing_with_another_review_shows_each_claim_judged_differently_to_resolve() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Another reviewer's copy of the sample, judging the first claim differently.
    let mut other = tally::project::Project::sample();
    other.documents[0].claims[0].verdict = Verdict::Conflicting;
    other.documents[0].claims[0].edit(|w| w.reviewer = Some("Ben Okafor".into()));
    other.documents[0].claims[1].verdict = Verdict::Unsourced;
    let theirs = dir.path().join("ben.ron");
    other.save(&theirs).expect("save");
    let mut h = desk(Startup::Sample);
    auto_advance_off(&mut h);
    press(&mut h, Key::J);
    press(&mut h, Key::Num1);
    h.state_mut().script_dialog(Some(theirs));
    click_label(&mut h, "File");
    click_label_starting(&mut h, "Compare with another review…");
    let first = h.state().review().claim(FIRST).expect("claim").clone();
    assert_eq!(first.disagreement().map(|o| o.verdict), Some(Verdict::Conflicting));
    assert_eq!(h.state().review().disagreements(), 1, "only claims both judged, differently");
    assert!(h.query_by_label_contains("1 disagreements to resolve").is_some());
    assert!(h.query_by_label("corroborated ≠ conflicting").is_some(), "the table lists both verdicts");
    press(&mut h, Key::J);
    press(&mut h, Key::D);
    assert_eq!(h.state().view().selected, Some(FIRST), "D goes to the next disagreement");
    click_label_starting(&mut h, "Keep Corroborated");
    let first = h.state().review().claim(FIRST).expect("claim");
    assert_eq!((first.verdict, first.disagreement().is_none()), (Verdict::Corroborated, true));
}

#[test]
fn a_document_that_is_mostly_numbers_is_reviewed_with_a_notice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let table: String = (0..200).map(|i| format!("{i},{},{}.5\n", i * 3, i % 7)).collect();
    std::fs::write(dir.path().join("table.txt"), table).expect("write");
    let h = desk(Startup::Path(dir.path().to_owned()));
    assert!(h.query_by_label_contains("This document is mostly numbers").is_some(), "the notice is shown");
    assert!(h.state().review().project().claim_count() > 100, "its figures are still claims");
}

#[test]
fn a_claim_the_changed_text_lost_is_reattached_by_a_click_or_discarded_and_both_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (corpus, project) = save_first_verdict(dir.path(), &[("a.txt", "At least 24 people died — é.")], Key::Num2);
    std::fs::write(corpus.join("a.txt"), "Update — é: at least 26 people died and 3 are missing.").expect("write");
    let mut h = desk(Startup::Path(project));
    click_label(&mut h, "OK");
    let lost = |h: &Harness<'static, TallyApp>| {
        let claims = &h.state().review().project().documents[0].claims;
        claims.iter().position(|c| c.stale).map(|claim| ClaimRef { doc: 0, claim })
    };
    let stale = lost(&h).expect("the reviewed 24 is kept, stale");

    // Listed for the reviewer: picked from the table, the inspector offers the new figures.
    click_label(&mut h, "24 (text changed)");
    assert_eq!(h.state().view().selected, Some(stale));
    assert!(h.query_by_label_contains("“26” —").is_some(), "the new figure is offered");
    assert!(h.query_by_label("Discard lost claim").is_some());

    // R, then a click on the highlight of 26: the verdict moves there.
    press(&mut h, Key::R);
    assert!(h.query_by_label_contains("Click the figure in the text").is_some());
    let twenty_six = claim_at(&h, 0, "26");
    click_highlight(&mut h, twenty_six.claim);
    let moved = claim_at(&h, 0, "26");
    assert_eq!(verdict(&h, moved), Verdict::Conflicting);
    assert_eq!(lost(&h), None);
    assert_eq!(h.state().view().selected, Some(moved));

    // Undo puts the lost claim back; Delete discards it, and undo again restores it.
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    let stale = lost(&h).expect("stale again after undo");
    assert_eq!(verdict(&h, claim_at(&h, 0, "26")), Verdict::Unreviewed);
    click_label(&mut h, "24 (text changed)");
    press(&mut h, Key::Delete);
    assert_eq!(lost(&h), None);
    assert!(h.state().review().project().documents[0].claims.iter().all(|c| c.claim.text != "24"));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(lost(&h), Some(stale));
    assert_eq!(verdict(&h, stale), Verdict::Conflicting);

    // A live claim is neither re-attached nor discarded.
    let three = claim_at(&h, 0, "3");
    click_highlight(&mut h, three.claim);
    press(&mut h, Key::Delete);
    assert!(h.state().review().project().documents[0].claims.iter().any(|c| c.claim.text == "3"));
}
