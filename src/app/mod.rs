//! The review desk: an eframe app that draws a `Review` and turns clicks and keys into commands.
//!
//! State lives in three places: the `Review` (the project and its history: the only thing
//! saved), `ViewState` (selection, filters, caches: derived or disposable) and `Prefs` (recent
//! projects, kept between runs by eframe). Panels only read state and return `Command`s, which
//! `execute` applies in one place.

mod claims_table;
mod commands;
mod dialogs;
mod document_list;
mod document_view;
mod files;
mod inspector;
mod jobs;
mod menu;
mod status_bar;
mod theme;
mod view_state;

use std::path::PathBuf;

use eframe::egui;
use serde::{Deserialize, Serialize};

pub use commands::Command;
pub use dialogs::DialogMode;
use dialogs::{Dialogs, Modal};
pub use files::Startup;
use view_state::ViewState;

use crate::project::Project;
use crate::review::Review;

/// How many projects "Recent projects" remembers.
const MAX_RECENT: usize = 10;

/// Preferences kept between runs (eframe storage), never the project itself.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub recent: Vec<PathBuf>,
}

impl Prefs {
    fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

const PREFS_KEY: &str = "tally-prefs";

/// The app.
pub struct TallyApp {
    pub review: Review,
    pub view: ViewState,
    pub prefs: Prefs,
    dialogs: Dialogs,
    /// The dialog on top of everything, if any (confirm, error, path entry, locate corpus).
    modal: Option<Modal>,
    /// Shown in the status bar until the next message.
    pub message: Option<String>,
    /// Set once the user confirmed leaving with unsaved changes.
    allow_close: bool,
    /// Close the window at the end of this frame.
    quit_requested: bool,
    /// A corpus or project being opened in the background.
    job: Option<jobs::Job>,
    /// How long to wait for a job before showing progress instead.
    quick_wait: std::time::Duration,
    /// What to do once the pending save succeeds ("Save" in the unsaved-changes dialog).
    after_save: Option<files::Next>,
    title: String,
    /// The shortcuts list, formatted for this platform's modifier names.
    shortcuts: String,
}

impl TallyApp {
    /// Creates the app; `startup` says what to open first.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup, dialog_mode: DialogMode) -> Self {
        let prefs: Prefs = cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)).unwrap_or_default();
        theme::apply(&cc.egui_ctx);
        let mut app = Self {
            review: Review::new(Project::sample(), None),
            view: ViewState::default(),
            prefs,
            dialogs: Dialogs::new(dialog_mode),
            modal: None,
            message: None,
            allow_close: false,
            quit_requested: false,
            after_save: None,
            job: None,
            quick_wait: jobs::QUICK,
            title: String::new(),
            shortcuts: Command::shortcuts_text(&cc.egui_ctx),
        };
        app.start(startup);
        app
    }

    /// Queues the path the next file dialog will answer (tests and scripted runs).
    pub fn script_dialog(&mut self, answer: Option<PathBuf>) {
        self.dialogs.script(answer);
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

    fn update_title(&mut self, ctx: &egui::Context) {
        let marker = if self.review.is_dirty() { " •" } else { "" };
        let title = format!("{}{marker} — Tally", self.review.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn show_shortcuts(&mut self) {
        let text = self.shortcuts.clone();
        self.modal = Some(dialogs::Modal::Notice { title: "Keyboard shortcuts".into(), message: text });
    }

    /// The window title as last set.
    pub fn title(&self) -> &str {
        &self.title
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.review.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ask_to_save_then(files::Next::Quit);
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
}

impl eframe::App for TallyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.drop_hint_ui(&ctx);
        self.handle_dropped_files(&ctx);
        self.poll_dialogs();
        self.poll_job();
        let busy = self.job.is_some();
        let mut commands = if self.modal.is_none() && !busy { commands::from_keyboard(&ctx) } else { Vec::new() };

        egui::Panel::top("menu").show(ui, |ui| menu::ui(ui, self, &mut commands));
        egui::Panel::bottom("status").show(ui, |ui| status_bar::ui(ui, self, &mut commands));
        egui::Panel::left("documents")
            .resizable(true)
            .default_size(230.0)
            .show(ui, |ui| document_list::ui(ui, &self.review, &mut self.view));
        egui::Panel::right("inspector").resizable(true).default_size(340.0).show(ui, |ui| {
            inspector::ui(ui, &self.review, &mut self.view, &mut commands);
        });
        egui::Panel::bottom("claims").resizable(true).default_size(240.0).show(ui, |ui| {
            claims_table::ui(ui, &self.review, &mut self.view, &mut commands);
        });
        egui::CentralPanel::default().show(ui, |ui| document_view::ui(ui, &self.review, &mut self.view));

        if let Some(job) = &self.job {
            // The review is about to be replaced: show progress and take no commands meanwhile.
            egui::Modal::new(egui::Id::unique("tally-job")).show(&ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(format!("{} ({:.0} s)", job.label, job.started.elapsed().as_secs_f32()));
                });
            });
            commands.clear();
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(modal) = self.modal.take() {
            self.modal = dialogs::modal_ui(&ctx, modal, &mut commands);
        }
        for command in commands {
            self.execute(command);
        }
        if std::mem::take(&mut self.quit_requested) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.update_title(&ctx);
        if self.dialogs.pending() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}

/// Runs the desktop app until its window closes.
pub fn run(startup: Startup) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Tally")
            .with_app_id("tally")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Tally",
        options,
        Box::new(move |cc| Ok(Box::new(TallyApp::new(cc, startup, DialogMode::Native)))),
    )
    .map_err(|e| format!("the window could not be opened: {e}"))
}
