//! Every command the desk understands, with its menu text and keyboard shortcut, and the one
//! place they are carried out. Menus, keys and buttons all produce `Command`s.

use std::path::PathBuf;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use super::TallyApp;
use super::files::Next;
use crate::clock;
use crate::project::Verdict;
use crate::review::{Action, ClaimRef};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    OpenCorpus,
    OpenProject,
    OpenRecent(PathBuf),
    OpenSample,
    Save,
    SaveAs,
    ExportCsv,
    Undo,
    Redo,
    NextClaim,
    PreviousClaim,
    NextUnreviewed,
    SetVerdict(Verdict),
    FocusNote,
    Select(ClaimRef),
    SetNote(ClaimRef, String),
    EndNoteEdit,
    /// Type a path instead of using the system dialog.
    TypePath,
    /// List every keyboard shortcut.
    ShowShortcuts,
    Quit,
    /// Answers from modals.
    Modal(super::dialogs::ModalAnswer),
}

/// Shortcuts in the order they are checked: more modifiers first, since egui matches
/// logically ("Ctrl+S" would also fire on Ctrl+Shift+S).
const SHORTCUTS: &[(Modifiers, Key, Command)] = &[
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S, Command::SaveAs),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z, Command::Redo),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O, Command::OpenCorpus),
    (Modifiers::COMMAND, Key::S, Command::Save),
    (Modifiers::COMMAND, Key::O, Command::OpenProject),
    (Modifiers::COMMAND, Key::E, Command::ExportCsv),
    (Modifiers::COMMAND, Key::Z, Command::Undo),
    (Modifiers::COMMAND, Key::Y, Command::Redo),
    (Modifiers::COMMAND, Key::Q, Command::Quit),
    (Modifiers::NONE, Key::J, Command::NextClaim),
    (Modifiers::NONE, Key::ArrowDown, Command::NextClaim),
    (Modifiers::NONE, Key::K, Command::PreviousClaim),
    (Modifiers::NONE, Key::ArrowUp, Command::PreviousClaim),
    (Modifiers::NONE, Key::N, Command::NextUnreviewed),
    (Modifiers::NONE, Key::Num1, Command::SetVerdict(Verdict::Corroborated)),
    (Modifiers::NONE, Key::Num2, Command::SetVerdict(Verdict::Conflicting)),
    (Modifiers::NONE, Key::Num3, Command::SetVerdict(Verdict::Unsourced)),
    (Modifiers::NONE, Key::Num0, Command::SetVerdict(Verdict::Unreviewed)),
    (Modifiers::NONE, Key::Enter, Command::FocusNote),
    (Modifiers::NONE, Key::F1, Command::ShowShortcuts),
];

impl Command {
    /// What the command does, for the shortcuts list.
    pub fn describe(&self) -> &'static str {
        match self {
            Command::OpenCorpus => "Open a corpus folder",
            Command::OpenProject => "Open a project",
            Command::OpenRecent(_) => "Open a recent project",
            Command::OpenSample => "Open the sample corpus",
            Command::Save => "Save",
            Command::SaveAs => "Save as",
            Command::ExportCsv => "Export the verdicts as CSV",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::NextClaim => "Next claim",
            Command::PreviousClaim => "Previous claim",
            Command::NextUnreviewed => "Next unreviewed claim",
            Command::SetVerdict(Verdict::Corroborated) => "Mark corroborated",
            Command::SetVerdict(Verdict::Conflicting) => "Mark conflicting",
            Command::SetVerdict(Verdict::Unsourced) => "Mark unsourced",
            Command::SetVerdict(Verdict::Unreviewed) => "Clear the verdict",
            Command::FocusNote => "Edit the note (Esc leaves it)",
            Command::Select(_) => "Select a claim",
            Command::SetNote(..) => "Change a note",
            Command::EndNoteEdit => "Leave the note",
            Command::TypePath => "Type a path instead of using a dialog",
            Command::ShowShortcuts => "Show keyboard shortcuts",
            Command::Quit => "Quit",
            Command::Modal(_) => "Answer a dialog",
        }
    }

    /// Every shortcut and what it does, in a readable order, as text.
    pub fn shortcuts_text(ctx: &egui::Context) -> String {
        let mut lines: Vec<String> = Vec::new();
        for (modifiers, key, command) in SHORTCUTS.iter().rev() {
            let keys = ctx.format_shortcut(&KeyboardShortcut::new(*modifiers, *key));
            match lines.iter_mut().find(|l| l.ends_with(command.describe())) {
                // Two keys for one command ("J" and "Down"): list them together.
                Some(line) => *line = format!("{keys} / {line}"),
                None => lines.push(format!("{keys}\t{}", command.describe())),
            }
        }
        lines.reverse();
        lines.join("\n")
    }

    /// The shortcut shown in menus and buttons.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        SHORTCUTS.iter().find(|(_, _, c)| c == self).map(|(m, k, _)| KeyboardShortcut::new(*m, *k))
    }

    pub fn shortcut_text(&self, ctx: &egui::Context) -> String {
        self.shortcut().map(|s| ctx.format_shortcut(&s)).unwrap_or_default()
    }
}

/// Commands typed this frame. Plain-key shortcuts are left to a focused text field.
pub fn from_keyboard(ctx: &egui::Context) -> Vec<Command> {
    let typing = ctx.text_edit_focused();
    let mut out = Vec::new();
    ctx.input_mut(|input| {
        for (modifiers, key, command) in SHORTCUTS {
            if typing && modifiers.is_none() {
                continue;
            }
            if input.consume_shortcut(&KeyboardShortcut::new(*modifiers, *key)) {
                out.push(command.clone());
            }
        }
    });
    out
}

impl TallyApp {
    /// Carries out a command.
    pub fn execute(&mut self, command: Command) {
        match command {
            Command::OpenCorpus => self.ask_to_save_then(Next::ChooseCorpus),
            Command::OpenProject => self.ask_to_save_then(Next::ChooseProject),
            Command::OpenRecent(path) => self.ask_to_save_then(Next::Open(path)),
            Command::OpenSample => self.ask_to_save_then(Next::Sample),
            Command::Save => self.save(),
            Command::SaveAs => self.choose_save_path(),
            Command::ExportCsv => self.choose_export_path(),
            history @ (Command::Undo | Command::Redo) => {
                let touched = if history == Command::Undo { self.review.undo() } else { self.review.redo() };
                if let Some(r) = touched {
                    self.view.select(r);
                    self.view.note_draft = None;
                }
            }
            Command::NextClaim => self.select_opt(self.view.step_claim(&self.review, true)),
            Command::PreviousClaim => self.select_opt(self.view.step_claim(&self.review, false)),
            Command::NextUnreviewed => match self.view.next_unreviewed(&self.review) {
                Some(r) => self.view.select(r),
                None => self.message = Some("Every claim has a verdict.".into()),
            },
            Command::SetVerdict(verdict) => match self.view.selected {
                Some(claim) => {
                    self.review.apply(Action::SetVerdict { claim, verdict }, &clock::now_utc());
                }
                None => self.message = Some("Select a claim first (J or click a highlight).".into()),
            },
            Command::FocusNote => {
                if self.view.selected.is_some() {
                    self.view.focus_note = true;
                }
            }
            Command::Select(r) => self.view.select(r),
            Command::SetNote(claim, note) => {
                self.review.apply(Action::SetNote { claim, note }, &clock::now_utc());
            }
            Command::EndNoteEdit => self.review.end_note_edit(),
            Command::TypePath => self.type_path_instead(),
            Command::ShowShortcuts => self.show_shortcuts(),
            Command::Quit => {
                if self.review.is_dirty() {
                    self.ask_to_save_then(Next::Quit);
                } else {
                    self.allow_close = true;
                    self.quit_requested = true;
                }
            }
            Command::Modal(answer) => self.answer_modal(answer),
        }
    }

    fn select_opt(&mut self, r: Option<ClaimRef>) {
        if let Some(r) = r {
            self.view.select(r);
        }
    }
}
