//! The desk's own dialogs, drawn over everything: save before leaving, replace a file, errors and
//! notices, typing a path, locating a moved corpus. A modal is drawn and returns its answer; the
//! app decides what the answer does.

use std::path::PathBuf;

use eframe::egui;

use super::file_dialogs::Purpose;

/// What happens once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Next {
    /// Ask for a corpus folder.
    ChooseCorpus,
    /// Ask for a project file.
    ChooseProject,
    /// Open this path.
    Open(PathBuf),
    /// Open the built-in sample.
    Sample,
    /// Close the window.
    Quit,
}

impl Next {
    /// "before {this}?"
    pub fn describe(&self) -> String {
        match self {
            Next::ChooseCorpus | Next::ChooseProject | Next::Sample => "opening something else".into(),
            Next::Open(p) => format!("opening {}", p.display()),
            Next::Quit => "quitting".into(),
        }
    }
}

/// A dialog on top of the desk.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// Unsaved changes: save, discard or stay, then do `next`.
    ConfirmDiscard {
        /// The review's name.
        name: String,
        /// What to do after.
        next: Next,
    },
    /// The chosen file exists: replace it or not.
    ConfirmReplace {
        /// What the file is for.
        purpose: Purpose,
        /// The file.
        path: PathBuf,
    },
    /// Something failed; nothing was lost.
    Error {
        /// What failed.
        title: String,
        /// Why, and what was kept.
        message: String,
    },
    /// Something worth knowing.
    Notice {
        /// The subject.
        title: String,
        /// The text.
        message: String,
    },
    /// No file dialog: type the path.
    PathEntry {
        /// What the path is for.
        purpose: Purpose,
        /// What is typed so far (a suggestion to start with).
        text: String,
    },
    /// Who is reviewing, and for which organization (recorded with verdicts; the author of
    /// exported ClaimReviews).
    Identity {
        /// The reviewer's name as typed.
        reviewer: String,
        /// The organization as typed.
        organization: String,
    },
    /// The project's corpus folder is gone.
    LocateCorpus {
        /// Where it was expected.
        expected: String,
    },
    /// Work on this project was not saved last time: restore it or drop it.
    RestoreRecovery {
        /// Whose work: "review.ron", "The corpus …", "The sample corpus".
        what: String,
        /// The recovery copy.
        copy: PathBuf,
        /// What differs ("3 verdicts, 1 note").
        changes: String,
        /// When the copy was written (UTC).
        written: String,
    },
}

/// How a modal was answered.
#[derive(Clone, Debug, PartialEq)]
pub enum ModalAnswer {
    /// Save, then go on.
    SaveThen(Next),
    /// Drop the changes and go on.
    DiscardThen(Next),
    /// Close the modal, doing nothing.
    Dismiss,
    /// A typed path.
    Path(Purpose, PathBuf),
    /// Replace the existing file.
    Replace(Purpose, PathBuf),
    /// Show a dialog to find the moved corpus.
    Locate,
    /// Take the recovered work in.
    Restore(PathBuf),
    /// Drop the recovered work.
    DiscardRecovery(PathBuf),
    /// The reviewer's name and organization, as entered.
    Identity(String, String),
}

impl Modal {
    /// The modal's heading (also how tests find it).
    pub fn title(&self) -> String {
        match self {
            Modal::ConfirmDiscard { .. } => "Unsaved changes".into(),
            Modal::ConfirmReplace { .. } => "Replace the file?".into(),
            Modal::Error { title, .. } | Modal::Notice { title, .. } => title.clone(),
            Modal::PathEntry { purpose, .. } => purpose.title().into(),
            Modal::LocateCorpus { .. } => "Corpus folder not found".into(),
            Modal::Identity { .. } => "Your name and organization".into(),
            Modal::RestoreRecovery { .. } => "Restore unsaved work?".into(),
        }
    }
}

/// Draws the modal; returns its answer once it has one.
pub fn modal_ui(ctx: &egui::Context, modal: &mut Modal) -> Option<ModalAnswer> {
    let mut answer = None;
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let title = modal.title();
    egui::Modal::new(egui::Id::unique("tally-modal")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(title);
        ui.add_space(6.0);
        answer = match modal {
            Modal::ConfirmDiscard { name, next } => confirm_discard_ui(ui, name, next, escape),
            Modal::ConfirmReplace { purpose, path } => {
                ui.label(format!("{} already exists.", path.display()));
                ui.label("Replacing it overwrites what it holds now.");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Replace").clicked() {
                        return Some(ModalAnswer::Replace(*purpose, path.clone()));
                    }
                    (ui.button("Cancel").clicked() || escape).then_some(ModalAnswer::Dismiss)
                })
                .inner
            }
            Modal::Error { message, .. } | Modal::Notice { message, .. } => {
                ui.label(message.as_str());
                ui.add_space(8.0);
                let ok = ui.button("OK").clicked() || escape || ui.input(|i| i.key_pressed(egui::Key::Enter));
                ok.then_some(ModalAnswer::Dismiss)
            }
            Modal::PathEntry { purpose, text } => path_entry_ui(ui, *purpose, text, escape),
            Modal::Identity { reviewer, organization } => identity_ui(ui, reviewer, organization, escape),
            Modal::RestoreRecovery { what, copy, changes, written } => {
                ui.label(format!(
                    "{what} has work that was not saved: {changes}, as it stood at {written}. Tally closed before it was saved."
                ));
                ui.label("Restore it to go on where you were (then save), or drop it to keep the project as saved.");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        return Some(ModalAnswer::Restore(copy.clone()));
                    }
                    ui.button("Drop it").clicked().then(|| ModalAnswer::DiscardRecovery(copy.clone()))
                })
                .inner
            }
            Modal::LocateCorpus { expected } => {
                ui.label(format!("The project's corpus was expected at {expected}, but that folder is not there."));
                ui.label("Verdicts and notes are kept. Show Tally where the articles are now:");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Locate…").clicked() {
                        return Some(ModalAnswer::Locate);
                    }
                    (ui.button("Continue without").clicked() || escape).then_some(ModalAnswer::Dismiss)
                })
                .inner
            }
        };
    });
    answer
}

fn confirm_discard_ui(ui: &mut egui::Ui, name: &str, next: &Next, escape: bool) -> Option<ModalAnswer> {
    ui.label(format!("Save the changes to {name} before {}?", next.describe()));
    ui.label("Your verdicts and notes are lost if you don't save them.");
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Save").clicked() {
            return Some(ModalAnswer::SaveThen(next.clone()));
        }
        if ui.button("Don't save").clicked() {
            return Some(ModalAnswer::DiscardThen(next.clone()));
        }
        (ui.button("Cancel").clicked() || escape).then_some(ModalAnswer::Dismiss)
    })
    .inner
}

fn identity_ui(
    ui: &mut egui::Ui,
    reviewer: &mut String,
    organization: &mut String,
    escape: bool,
) -> Option<ModalAnswer> {
    ui.label("Your name is recorded with every verdict, note and piece of evidence you give; the organization signs exported ClaimReviews.");
    egui::Grid::new("identity").num_columns(2).show(ui, |ui| {
        let label = ui.label("Your name");
        ui.add(egui::TextEdit::singleline(reviewer).desired_width(320.0).hint_text("e.g. Ana Ruiz"))
            .labelled_by(label.id);
        ui.end_row();
        let label = ui.label("Organization");
        ui.add(egui::TextEdit::singleline(organization).desired_width(320.0).hint_text("e.g. Desk Check"))
            .labelled_by(label.id);
        ui.end_row();
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Save").clicked() {
            return Some(ModalAnswer::Identity(reviewer.clone(), organization.clone()));
        }
        (ui.button("Cancel").clicked() || escape).then_some(ModalAnswer::Dismiss)
    })
    .inner
}

fn path_entry_ui(ui: &mut egui::Ui, purpose: Purpose, text: &mut String, escape: bool) -> Option<ModalAnswer> {
    ui.label("No file dialog is available here. Type the full path:");
    let label = ui.label("Path");
    let edit = ui
        .add(egui::TextEdit::singleline(text).desired_width(480.0).hint_text(purpose.example()))
        .labelled_by(label.id);
    if !edit.has_focus() && !edit.lost_focus() && ui.memory(|m| m.focused().is_none()) {
        edit.request_focus();
    }
    let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        if (ui.button("OK").clicked() || entered) && !text.trim().is_empty() {
            return Some(ModalAnswer::Path(purpose, PathBuf::from(text.trim())));
        }
        (ui.button("Cancel").clicked() || escape).then_some(ModalAnswer::Dismiss)
    })
    .inner
}
