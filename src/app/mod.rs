//! The review desk: an eframe app that draws a `Review` and turns clicks and keys into events.
//!
//! State lives in three places: the `Review` (the project and its history: the only thing
//! saved, changed only through `Review`), `ViewState` (selection, filters, caches: derived or
//! disposable) and `Prefs` (kept between runs by eframe). Panels only read state and return
//! `Event`s, which `dispatch` carries out in one place.

mod autosave;
mod claims_table;
mod commands;
mod compare_view;
mod dispatch;
mod document_list;
mod document_view;
mod events;
mod evidence_editor;
mod file_dialogs;
mod files;
mod inspector;
mod jobs;
mod lost_claims;
mod menu;
mod modals;
mod prefs;
mod quantities;
mod source_editor;
mod status_bar;
mod theme;
mod view_state;
mod welcome;

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui;

pub use commands::{COMMANDS, Command};
pub use events::Event;
pub use file_dialogs::DialogMode;
use file_dialogs::Dialogs;
pub use files::Startup;
use modals::Modal;
pub use prefs::{Prefs, ThemeChoice};
pub use status_bar::Message;
pub use view_state::ViewState;

use crate::project::Project;
use crate::review::Review;

/// Unsaved changes are copied for recovery at most this long after the first of them.
/// The app's data folder's name (preferences, recovery copies of reviews never saved): kept
/// from before the app id became reverse-DNS, so no one's preferences move.
const DATA_FOLDER: &str = "tally";

const AUTOSAVE_AFTER: std::time::Duration = std::time::Duration::from_secs(10);

/// The smallest window the desk is laid out for.
pub const MIN_WINDOW_SIZE: [f32; 2] = [800.0, 600.0];

/// The app.
pub struct TallyApp {
    review: Review,
    view: ViewState,
    prefs: Prefs,
    doc_view: document_view::DocumentView,
    dialogs: Dialogs,
    /// The dialog on top of everything, if any (confirm, error, path entry, locate corpus).
    modal: Option<Modal>,
    /// Shown in the status bar until the next message.
    message: Option<Message>,
    /// Set once the user confirmed leaving with unsaved changes.
    allow_close: bool,
    /// Close the window at the end of this frame.
    quit_requested: bool,
    /// A corpus or project being opened in the background.
    job: Option<jobs::Job>,
    /// How long to wait for a job before showing progress instead.
    quick_wait: std::time::Duration,
    /// What to do once the pending save succeeds ("Save" in the unsaved-changes dialog).
    after_save: Option<modals::Next>,
    /// A save being written on another thread.
    saving: Option<jobs::SaveJob>,
    /// A recovery copy read on open, waiting for the reviewer's answer.
    recovered: Option<Project>,
    /// When the recovery copy of the unsaved changes is due.
    autosave_due: Option<std::time::Instant>,
    /// How long after the first unsaved change the recovery copy is written.
    autosave_after: std::time::Duration,
    /// The review's revision when its recovery copy was last written.
    autosaved_revision: Option<u64>,
    /// The app's data folder, where a review never saved keeps its recovery copy (`None`: none,
    /// as in tests that do not set one).
    data_dir: Option<PathBuf>,
    /// Had the window focus last frame (losing it writes the recovery copy)?
    was_focused: bool,
    title: String,
    /// The reviewer named on the command line (`--reviewer`, `TALLY_REVIEWER`), over the
    /// preference for this run.
    reviewer_override: Option<String>,
}

impl TallyApp {
    /// Names the reviewer for this run (over the preference); `None` leaves the preference.
    pub fn set_reviewer_override(&mut self, name: Option<String>) {
        self.reviewer_override = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        self.review.set_reviewer(self.reviewer_name().as_deref());
    }

    /// Who is reviewing: the command line's name, else the preference's.
    pub fn reviewer_name(&self) -> Option<String> {
        self.reviewer_override.clone().or_else(|| self.prefs.reviewer.clone())
    }

    /// Creates the app; `startup` says what to open first.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup, dialog_mode: DialogMode) -> Self {
        let prefs: Prefs = cc.storage.and_then(|s| eframe::get_value(s, prefs::STORAGE_KEY)).unwrap_or_default();
        theme::apply(&cc.egui_ctx, &prefs);
        let mut app = Self {
            review: Review::new(Project::empty(), None),
            view: ViewState::default(),
            prefs,
            doc_view: document_view::DocumentView::default(),
            dialogs: Dialogs::new(dialog_mode),
            modal: None,
            message: None,
            allow_close: false,
            quit_requested: false,
            after_save: None,
            saving: None,
            recovered: None,
            autosave_due: None,
            autosave_after: AUTOSAVE_AFTER,
            autosaved_revision: None,
            // Only the real desk (which has storage) writes to the user's data folder.
            data_dir: cc.storage.is_some().then(|| eframe::storage_dir(DATA_FOLDER)).flatten(),
            was_focused: true,
            job: None,
            quick_wait: jobs::QUICK,
            title: String::new(),
            reviewer_override: None,
        };
        app.start(startup);
        app
    }

    /// The open review (read-only: changes go through events).
    pub fn review(&self) -> &Review {
        &self.review
    }

    /// The selection, filters and sort.
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The preferences as they stand.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The status bar's message.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The claims table's rows, as shown.
    pub fn table_rows(&mut self) -> Vec<crate::project::ClaimRef> {
        self.view.rows(&self.review).to_vec()
    }

    /// The corpus compared, as the desk shows it (quantities, origins, suggestions).
    pub fn comparison(&mut self) -> std::sync::Arc<crate::compare::Comparison> {
        self.view.comparison(&self.review)
    }

    /// Where a claim of the document on screen was last drawn (screen coordinates).
    pub fn claim_rect(&self, claim: usize) -> Option<egui::Rect> {
        self.doc_view.claim_rect(self.view.current_doc, claim)
    }

    /// How many chunks of the document on screen are laid out, of how many (a long document
    /// keeps only those near the view).
    pub fn laid_out_chunks(&self) -> (usize, usize) {
        self.doc_view.laid_out_chunks()
    }

    /// Where the article's text was last drawn, and the central panel around it.
    pub fn article_rects(&self) -> Option<(egui::Rect, egui::Rect)> {
        self.doc_view.article_rects()
    }

    /// Selects a claim and shows it, as a click on it would (scripted runs and benchmarks).
    pub fn select_claim(&mut self, claim: crate::project::ClaimRef) {
        self.view.select(claim);
    }

    /// Queues the path the next file dialog will answer (tests and scripted runs).
    pub fn script_dialog(&mut self, answer: Option<PathBuf>) {
        self.dialogs.script(answer);
    }

    /// Sets how long after the first unsaved change its recovery copy is written (tests use zero).
    pub fn set_autosave_after(&mut self, after: std::time::Duration) {
        self.autosave_after = after;
    }

    /// Sets the data folder where a review never saved keeps its recovery copy (tests use a
    /// temporary one; the desk uses the system's folder for app data).
    pub fn set_data_dir(&mut self, data_dir: Option<PathBuf>) {
        self.data_dir = data_dir;
    }

    /// Sets how long opening waits before showing progress (tests use zero to see the progress).
    pub fn set_quick_wait(&mut self, wait: std::time::Duration) {
        self.quick_wait = wait;
    }

    /// What is being opened in the background, if anything.
    pub fn busy_with(&self) -> Option<&str> {
        self.job.as_ref().map(|j| j.label.as_str())
    }

    /// The open modal's title, if any (for tests and the status bar).
    pub fn modal_title(&self) -> Option<String> {
        self.modal.as_ref().map(Modal::title)
    }

    /// The window title as last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let marker = if self.review.is_dirty() { " •" } else { "" };
        let title = format!("{}{marker} — Tally", self.review.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if self.saving.is_some() {
            // Closing now would lose the save being written: close once it is done.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.after_save = Some(modals::Next::Quit);
        } else if self.review.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ask_to_save_then(modals::Next::Quit);
        }
    }

    /// While files are dragged over the window, say what dropping them does.
    fn drop_hint_ui(&self, ctx: &egui::Context) {
        if ctx.input(|i| i.raw.hovered_files.is_empty()) {
            return;
        }
        let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop-hint")));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(180));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop a corpus folder or a .ron project to open it",
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_owned()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.open_path(path);
        }
    }

    /// The panels, laid out so the article stays readable down to the minimum window size: side
    /// panels take at most a share of the width, the table a share of the height.
    fn panels_ui(&mut self, ui: &mut egui::Ui, events: &mut Vec<Event>) {
        let size = ui.available_size();
        let counts = self.view.verdict_counts(&self.review);
        let disagreements = self.view.disagreements(&self.review);
        egui::Panel::top("menu").show(ui, |ui| menu::ui(ui, self, events));
        egui::Panel::bottom("status")
            .show(ui, |ui| status_bar::ui(ui, &self.review, counts, disagreements, self.message.as_ref(), events));
        egui::Panel::left("documents")
            .resizable(true)
            .default_size(230.0)
            .size_range(140.0..=(size.x * 0.22).max(140.0))
            .show(ui, |ui| document_list::ui(ui, &self.review, &self.view, counts, events));
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(340.0)
            .size_range(200.0..=(size.x * 0.3).max(200.0))
            .show(ui, |ui| inspector::ui(ui, &self.review, &mut self.view, events));
        egui::Panel::bottom("claims")
            .resizable(true)
            .default_size(240.0)
            .size_range(120.0..=(size.y * 0.3).max(120.0))
            .show(ui, |ui| claims_table::ui(ui, &self.review, &mut self.view, events));
        if self.view.show_quantities {
            let comparison = self.view.comparison(&self.review);
            quantities::ui(ui.ctx(), &mut self.view.show_quantities, &self.review, &comparison, events);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if welcome::shown(&self.review) {
                welcome::ui(ui, &self.review, events);
            }
            self.doc_view.ui(ui, &self.review, &mut self.view, events);
        });
    }
}

impl eframe::App for TallyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.drop_hint_ui(&ctx);
        self.handle_dropped_files(&ctx);
        self.poll_dialogs();
        self.poll_job();
        self.poll_save(std::time::Duration::ZERO);
        let busy = self.job.is_some();
        let mut events: Vec<Event> = if self.modal.is_none() && !busy {
            commands::from_keyboard(&ctx).into_iter().map(Event::Command).collect()
        } else {
            Vec::new()
        };
        self.panels_ui(ui, &mut events);
        if self.view.comparing() {
            // Look again soon for the comparison being computed.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if self.view.listing_progress().is_some() {
            // The next slice of a listing being made.
            ctx.request_repaint();
        }

        if let Some(job) = &self.job {
            // The review is about to be replaced: show progress and take no input meanwhile.
            let stop = jobs::progress_ui(&ctx, job);
            events.clear();
            if stop {
                self.cancel_job();
            }
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(modal) = self.modal.as_mut()
            && let Some(answer) = modals::modal_ui(&ctx, modal)
        {
            self.modal = None;
            self.answer_modal(answer);
        }
        self.cancel_reattach_on_escape(&ctx);
        for event in events {
            self.handle(&ctx, event);
        }
        self.autosave(&ctx);
        if std::mem::take(&mut self.quit_requested) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.update_title(&ctx);
        if self.dialogs.pending() || self.saving.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, prefs::STORAGE_KEY, &self.prefs);
    }
}

/// The window's icon: the 256 px rendering of `assets/icon/tally.svg` (see `scripts/icons`).
fn window_icon() -> Arc<egui::IconData> {
    let png = include_bytes!("../../assets/icon/png/tally-256.png");
    // The PNG is part of the build, not user data; an unreadable one leaves the default icon.
    Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}

/// Runs the desktop app until its window closes; `reviewer` (from the command line) is recorded
/// with verdicts over the name in the preferences.
pub fn run(startup: Startup, reviewer: Option<String>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        // Preferences stay where they always were, whatever the app id.
        persistence_path: eframe::storage_dir(DATA_FOLDER).map(|folder| folder.join("app.ron")),
        viewport: egui::ViewportBuilder::default()
            .with_title("Tally")
            .with_app_id(crate::APP_ID)
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size(MIN_WINDOW_SIZE)
            .with_drag_and_drop(true)
            .with_icon(window_icon()),
        ..Default::default()
    };
    eframe::run_native(
        "Tally",
        options,
        Box::new(move |cc| {
            let mut app = TallyApp::new(cc, startup, DialogMode::Native);
            app.set_reviewer_override(reviewer);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("the window could not be opened: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_the_rendered_svg() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // Transparent corners (the tile is rounded) and an opaque middle: a real picture.
        assert_eq!(icon.rgba[3], 0);
        let middle = (128 * 256 + 128) * 4;
        assert_eq!(icon.rgba[middle + 3], 255);
    }
}
