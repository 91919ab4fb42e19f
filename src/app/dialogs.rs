//! File dialogs (native through rfd, or scripted in tests) and the app's own modal dialogs:
//! save-before-leaving, errors, notices, typing a path, locating a moved corpus.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc;

use eframe::egui;

use super::commands::Command;
use super::files::Next;
use crate::platform::{self, DialogKind};

/// Where file-dialog answers come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMode {
    /// The operating system's dialogs.
    Native,
    /// Answers queued with `TallyApp::script_dialog` (tests); none queued means "cancelled".
    Scripted,
}

/// Why a path is being asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    OpenCorpus,
    OpenProject,
    SaveAs,
    ExportCsv,
    LocateCorpus,
}

impl Purpose {
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenCorpus => "Open corpus folder",
            Purpose::OpenProject => "Open project",
            Purpose::SaveAs => "Save project as",
            Purpose::ExportCsv => "Export verdicts as CSV",
            Purpose::LocateCorpus => "Locate the corpus folder",
        }
    }

    fn kind(self) -> DialogKind {
        match self {
            Purpose::OpenCorpus | Purpose::LocateCorpus => DialogKind::PickFolder,
            Purpose::OpenProject => DialogKind::PickFile,
            Purpose::SaveAs | Purpose::ExportCsv => DialogKind::SaveFile,
        }
    }
}

pub struct Dialogs {
    mode: DialogMode,
    scripted: VecDeque<Option<PathBuf>>,
    pending: Option<(Purpose, mpsc::Receiver<Option<PathBuf>>)>,
    /// The last purpose asked, so "Type a path…" can ask the same question.
    pub last_purpose: Option<Purpose>,
}

impl Dialogs {
    pub fn new(mode: DialogMode) -> Self {
        Self { mode, scripted: VecDeque::new(), pending: None, last_purpose: None }
    }

    pub fn script(&mut self, answer: Option<PathBuf>) {
        self.scripted.push_back(answer);
    }

    pub fn pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Starts a dialog. Returns `false` when no dialog can be shown here (the caller then asks
    /// for a typed path) or one is already open.
    pub fn request(&mut self, purpose: Purpose, file_name: &str, directory: Option<PathBuf>) -> bool {
        if self.pending.is_some() {
            return true;
        }
        self.last_purpose = Some(purpose);
        let (tx, rx) = mpsc::channel();
        match self.mode {
            DialogMode::Scripted => {
                tx.send(self.scripted.pop_front().flatten()).ok();
                self.pending = Some((purpose, rx));
                true
            }
            DialogMode::Native if !platform::native_dialogs_available() => false,
            DialogMode::Native => {
                let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
                dialog = match purpose {
                    Purpose::OpenProject | Purpose::SaveAs => dialog.add_filter("Tally project", &["ron"]),
                    Purpose::ExportCsv => dialog.add_filter("CSV", &["csv"]),
                    Purpose::OpenCorpus | Purpose::LocateCorpus => dialog,
                };
                if !file_name.is_empty() {
                    dialog = dialog.set_file_name(file_name);
                }
                if let Some(dir) = directory.filter(|d| d.is_dir()) {
                    dialog = dialog.set_directory(dir);
                }
                self.pending = Some((purpose, platform::run_file_dialog(dialog, purpose.kind())));
                true
            }
        }
    }

    /// The answer of the open dialog, once it has one (`None` path: cancelled or unavailable).
    pub fn poll(&mut self) -> Option<(Purpose, Option<PathBuf>)> {
        let (purpose, rx) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        let purpose = *purpose;
        self.pending = None;
        Some((purpose, answer))
    }
}

// -------------------------------------------------------------------------------------------------
// Modals

#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// Unsaved changes: save, discard or stay, then do `next`.
    ConfirmDiscard {
        name: String,
        next: Next,
    },
    Error {
        title: String,
        message: String,
    },
    Notice {
        title: String,
        message: String,
    },
    PathEntry {
        purpose: Purpose,
        text: String,
    },
    LocateCorpus {
        expected: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum ModalAnswer {
    SaveThen(Next),
    DiscardThen(Next),
    Dismiss,
    Path(Purpose, PathBuf),
    Locate,
}

impl Modal {
    pub fn title(&self) -> String {
        match self {
            Modal::ConfirmDiscard { .. } => "Unsaved changes".into(),
            Modal::Error { title, .. } | Modal::Notice { title, .. } => title.clone(),
            Modal::PathEntry { purpose, .. } => purpose.title().into(),
            Modal::LocateCorpus { .. } => "Corpus folder not found".into(),
        }
    }
}

/// Draws the modal; returns it if it stays open.
pub fn modal_ui(ctx: &egui::Context, mut modal: Modal, commands: &mut Vec<Command>) -> Option<Modal> {
    let mut answer = None;
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    egui::Modal::new(egui::Id::unique("tally-modal")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(modal.title());
        ui.add_space(6.0);
        match &mut modal {
            Modal::ConfirmDiscard { name, next } => {
                ui.label(format!("Save the changes to {name} before {}?", next.describe()));
                ui.label("Your verdicts and notes are lost if you don't save them.");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        answer = Some(ModalAnswer::SaveThen(next.clone()));
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(ModalAnswer::DiscardThen(next.clone()));
                    }
                    if ui.button("Cancel").clicked() || escape {
                        answer = Some(ModalAnswer::Dismiss);
                    }
                });
            }
            Modal::Error { message, .. } | Modal::Notice { message, .. } => {
                ui.label(message.as_str());
                ui.add_space(8.0);
                if ui.button("OK").clicked() || escape || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    answer = Some(ModalAnswer::Dismiss);
                }
            }
            Modal::PathEntry { purpose, text } => {
                ui.label("No file dialog is available here. Type the full path:");
                let label = ui.label("Path");
                let edit = ui
                    .add(egui::TextEdit::singleline(text).desired_width(480.0).hint_text("/home/me/review.ron"))
                    .labelled_by(label.id);
                if !edit.has_focus() && text.is_empty() {
                    edit.request_focus();
                }
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if (ui.button("OK").clicked() || entered) && !text.trim().is_empty() {
                        answer = Some(ModalAnswer::Path(*purpose, PathBuf::from(text.trim())));
                    }
                    if ui.button("Cancel").clicked() || escape {
                        answer = Some(ModalAnswer::Dismiss);
                    }
                });
            }
            Modal::LocateCorpus { expected } => {
                ui.label(format!("The project's corpus was expected at {expected}, but that folder is not there."));
                ui.label("Verdicts and notes are kept. Show Tally where the articles are now:");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Locate…").clicked() {
                        answer = Some(ModalAnswer::Locate);
                    }
                    if ui.button("Continue without").clicked() || escape {
                        answer = Some(ModalAnswer::Dismiss);
                    }
                });
            }
        }
    });
    match answer {
        Some(answer) => {
            commands.push(Command::Modal(answer));
            None
        }
        None => Some(modal),
    }
}
