//! The command table: every command a reviewer can give, with its label, its help text and its
//! keyboard shortcuts. Menus, the F1 list, tooltips, the legend and the inspector's buttons all
//! read from here, so they never disagree; `from_keyboard` turns key presses into commands.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use super::prefs::ThemeChoice;
use crate::project::Verdict;

/// A command the reviewer gives by menu, key or button. (What panels report that is not a
/// command, such as a click on a claim or a typed note, is an `Event`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Choose a corpus folder and open it.
    OpenCorpus,
    /// Choose a project file and open it.
    OpenProject,
    /// Open the built-in sample corpus.
    OpenSample,
    /// Type a path instead of using the system's dialog.
    TypePath,
    /// Show Tally where the project's corpus folder is now.
    LocateCorpus,
    /// Save to the project's file (asks where if it has none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the verdicts as CSV.
    ExportCsv,
    /// Export the verdicts as CSV for Excel (byte-order mark, CRLF).
    ExportExcel,
    /// Export the verdicts as schema.org ClaimReview (JSON-LD).
    ExportClaimReview,
    /// Set the reviewer's name and organization.
    EditIdentity,
    /// Load another review of the corpus and show where it differs.
    CompareWithReview,
    /// Select the next claim holding a disagreement.
    NextDisagreement,
    /// Quit (asks first if there are unsaved changes).
    Quit,
    /// Undo the last verdict or note change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Select the next claim, across documents.
    NextClaim,
    /// Select the previous claim.
    PreviousClaim,
    /// Select the next claim without a verdict.
    NextUnreviewed,
    /// Give the selected claim a verdict (`Unreviewed` clears it).
    SetVerdict(Verdict),
    /// Put the keyboard in the note field.
    FocusNote,
    /// Copy the selected claim's sentence with its source, for a note or a draft.
    CopyClaimWithSource,
    /// Turn moving to the next unreviewed claim after each verdict on or off.
    ToggleAutoAdvance,
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to the normal size.
    ZoomReset,
    /// Dark, light, or the system's theme.
    SetTheme(ThemeChoice),
    /// List every keyboard shortcut.
    ShowShortcuts,
    /// Give the selected claim its suggested verdict.
    AcceptSuggestion,
    /// Give every unreviewed claim of the selected claim's quantity its suggested verdict.
    AcceptQuantitySuggestions,
    /// Give every unreviewed claim of the corpus its suggested verdict.
    AcceptAllSuggestions,
    /// Give every claim of the selected claim's quantity this verdict.
    SetQuantityVerdict(Verdict),
    /// Give every claim of the selected claim's quantity the selected claim's note.
    SetQuantityNote,
    /// Take the selected claim out of its quantity (again: put it back where it was found).
    MoveOutOfQuantity,
    /// Show or hide the list of quantities.
    ShowQuantities,
    /// Re-attach the selected claim, which the changed text no longer holds, to a figure of the
    /// new text (the next one clicked).
    ReattachClaim,
    /// Discard the selected claim, which the changed text no longer holds, with its review.
    DiscardClaim,
}

/// What the table knows about one command.
pub struct Spec {
    /// The command.
    pub command: Command,
    /// Its name in menus and on buttons.
    pub label: &'static str,
    /// What it does, in a sentence: tooltips and the shortcuts list.
    pub help: &'static str,
    /// Its keys, the first shown in menus.
    pub keys: &'static [KeyboardShortcut],
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;

/// Every command, in the order of the shortcuts list.
pub const COMMANDS: &[Spec] = &[
    Spec {
        command: Command::OpenCorpus,
        label: "Open corpus folder…",
        help: "Open a folder of articles (.txt, .md)",
        keys: &[key(CMD_SHIFT, Key::O)],
    },
    Spec {
        command: Command::OpenProject,
        label: "Open project…",
        help: "Open a saved review (.ron)",
        keys: &[key(CMD, Key::O)],
    },
    Spec {
        command: Command::OpenSample,
        label: "Open sample corpus",
        help: "Open the built-in sample corpus",
        keys: &[],
    },
    Spec {
        command: Command::TypePath,
        label: "Type a path…",
        help: "Type a path instead of using a dialog",
        keys: &[],
    },
    Spec {
        command: Command::LocateCorpus,
        label: "Locate corpus…",
        help: "Show Tally where the project's articles are now (verdicts are kept)",
        keys: &[],
    },
    Spec { command: Command::Save, label: "Save", help: "Save the review", keys: &[key(CMD, Key::S)] },
    Spec {
        command: Command::SaveAs,
        label: "Save as…",
        help: "Save the review to a new file",
        keys: &[key(CMD_SHIFT, Key::S)],
    },
    Spec {
        command: Command::ExportCsv,
        label: "Export CSV…",
        help: "Export the verdicts as CSV",
        keys: &[key(CMD, Key::E)],
    },
    Spec {
        command: Command::ExportExcel,
        label: "Export CSV for Excel…",
        help: "Export the verdicts as CSV that Excel on Windows opens with every accent right",
        keys: &[],
    },
    Spec {
        command: Command::ExportClaimReview,
        label: "Export ClaimReview…",
        help: "Export every reviewed claim as schema.org ClaimReview (JSON-LD) for publishing",
        keys: &[],
    },
    Spec {
        command: Command::CompareWithReview,
        label: "Compare with another review…",
        help: "Load another review of this corpus: each claim it judged differently shows both verdicts to resolve",
        keys: &[],
    },
    Spec {
        command: Command::NextDisagreement,
        label: "Next disagreement",
        help: "Select the next claim two reviews judged differently",
        keys: &[key(NONE, Key::D)],
    },
    Spec {
        command: Command::EditIdentity,
        label: "Your name and organization…",
        help: "Who is reviewing (recorded with every verdict) and for which organization (signs ClaimReviews)",
        keys: &[],
    },
    Spec {
        command: Command::Quit,
        label: "Quit",
        help: "Quit (asks first if there are unsaved changes)",
        keys: &[key(CMD, Key::Q)],
    },
    Spec {
        command: Command::Undo,
        label: "Undo",
        help: "Undo the last verdict or note change",
        keys: &[key(CMD, Key::Z)],
    },
    Spec {
        command: Command::Redo,
        label: "Redo",
        help: "Redo the last undone change",
        keys: &[key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)],
    },
    Spec {
        command: Command::NextClaim,
        label: "Next claim",
        help: "Next claim (across documents)",
        keys: &[key(NONE, Key::J), key(NONE, Key::ArrowDown)],
    },
    Spec {
        command: Command::PreviousClaim,
        label: "Previous claim",
        help: "Previous claim",
        keys: &[key(NONE, Key::K), key(NONE, Key::ArrowUp)],
    },
    Spec {
        command: Command::NextUnreviewed,
        label: "Next unreviewed",
        help: "Next claim without a verdict",
        keys: &[key(NONE, Key::N)],
    },
    Spec {
        command: Command::SetVerdict(Verdict::Corroborated),
        label: "Corroborated",
        help: "Mark corroborated: other sources agree",
        keys: &[key(NONE, Key::Num1)],
    },
    Spec {
        command: Command::SetVerdict(Verdict::Conflicting),
        label: "Conflicting",
        help: "Mark conflicting: other sources disagree",
        keys: &[key(NONE, Key::Num2)],
    },
    Spec {
        command: Command::SetVerdict(Verdict::Unsourced),
        label: "Unsourced",
        help: "Mark unsourced: no source backs it",
        keys: &[key(NONE, Key::Num3)],
    },
    Spec {
        command: Command::SetVerdict(Verdict::Unreviewed),
        label: "Clear verdict",
        help: "Clear the verdict",
        keys: &[key(NONE, Key::Num0)],
    },
    Spec {
        command: Command::AcceptSuggestion,
        label: "Accept suggestion",
        help: "Give the selected claim its suggested verdict",
        keys: &[key(NONE, Key::A)],
    },
    Spec {
        command: Command::AcceptQuantitySuggestions,
        label: "Accept suggestions for this quantity",
        help: "Give every unreviewed claim of this quantity its suggested verdict (one undo step)",
        keys: &[key(SHIFT, Key::A)],
    },
    Spec {
        command: Command::AcceptAllSuggestions,
        label: "Accept all suggestions",
        help: "Give every unreviewed claim of the corpus its suggested verdict (one undo step)",
        keys: &[],
    },
    Spec {
        command: Command::SetQuantityVerdict(Verdict::Corroborated),
        label: "Quantity corroborated",
        help: "Mark every claim of this quantity corroborated (one undo step)",
        keys: &[key(SHIFT, Key::Num1)],
    },
    Spec {
        command: Command::SetQuantityVerdict(Verdict::Conflicting),
        label: "Quantity conflicting",
        help: "Mark every claim of this quantity conflicting (one undo step)",
        keys: &[key(SHIFT, Key::Num2)],
    },
    Spec {
        command: Command::SetQuantityVerdict(Verdict::Unsourced),
        label: "Quantity unsourced",
        help: "Mark every claim of this quantity unsourced (one undo step)",
        keys: &[key(SHIFT, Key::Num3)],
    },
    Spec {
        command: Command::SetQuantityVerdict(Verdict::Unreviewed),
        label: "Clear the quantity's verdicts",
        help: "Clear the verdict of every claim of this quantity (one undo step)",
        keys: &[key(SHIFT, Key::Num0)],
    },
    Spec {
        command: Command::SetQuantityNote,
        label: "Note for the whole quantity",
        help: "Give every claim of this quantity the selected claim's note (one undo step)",
        keys: &[key(SHIFT, Key::N)],
    },
    Spec {
        command: Command::MoveOutOfQuantity,
        label: "Move out of quantity",
        help: "Take the selected claim out of its quantity (again: put it back)",
        keys: &[key(NONE, Key::M)],
    },
    Spec {
        command: Command::ShowQuantities,
        label: "Quantities",
        help: "Show or hide every quantity of the corpus, conflicts first",
        keys: &[key(NONE, Key::Q)],
    },
    Spec {
        command: Command::FocusNote,
        label: "Edit note",
        help: "Edit the note (Esc leaves it)",
        keys: &[key(NONE, Key::Enter)],
    },
    Spec {
        command: Command::CopyClaimWithSource,
        label: "Copy with source",
        help: "Copy the claim's sentence with its outlet, headline, date and address",
        keys: &[key(CMD_SHIFT, Key::C)],
    },
    Spec {
        command: Command::ReattachClaim,
        label: "Re-attach to a figure…",
        help: "The text changed and lost this claim: click the figure it now refers to (Esc cancels)",
        keys: &[key(NONE, Key::R)],
    },
    Spec {
        command: Command::DiscardClaim,
        label: "Discard lost claim",
        help: "The text changed and lost this claim: remove it and its review (undo brings it back)",
        keys: &[key(NONE, Key::Delete)],
    },
    Spec {
        command: Command::ToggleAutoAdvance,
        label: "Advance after a verdict",
        help: "After a verdict, move to the next unreviewed claim",
        keys: &[],
    },
    Spec {
        command: Command::ZoomIn,
        label: "Zoom in",
        help: "Make everything larger",
        keys: &[key(CMD, Key::Plus), key(CMD, Key::Equals)],
    },
    Spec {
        command: Command::ZoomOut,
        label: "Zoom out",
        help: "Make everything smaller",
        keys: &[key(CMD, Key::Minus)],
    },
    Spec {
        command: Command::ZoomReset,
        label: "Actual size",
        help: "Back to the normal size",
        keys: &[key(CMD, Key::Num0)],
    },
    Spec {
        command: Command::SetTheme(ThemeChoice::System),
        label: "System theme",
        help: "Follow the system's light or dark theme",
        keys: &[],
    },
    Spec {
        command: Command::SetTheme(ThemeChoice::Dark),
        label: "Dark theme",
        help: "Light text on a dark background",
        keys: &[],
    },
    Spec {
        command: Command::SetTheme(ThemeChoice::Light),
        label: "Light theme",
        help: "Dark text on a light background",
        keys: &[],
    },
    Spec {
        command: Command::ShowShortcuts,
        label: "Keyboard shortcuts",
        help: "List every keyboard shortcut",
        keys: &[key(NONE, Key::F1)],
    },
];

impl Command {
    /// This command's entry in the table.
    pub fn spec(self) -> &'static Spec {
        // Every command has an entry (a unit test checks); the first entry stands in otherwise.
        COMMANDS.iter().find(|s| s.command == self).unwrap_or(&COMMANDS[0])
    }

    /// Its name in menus and on buttons.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// What it does, in a sentence.
    pub fn help(self) -> &'static str {
        self.spec().help
    }

    /// Its first shortcut as this platform writes it ("Ctrl+S", "⌘S"), or "".
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.spec().keys.first().map(|k| ctx.format_shortcut(k)).unwrap_or_default()
    }

    /// The help text with the shortcut, for tooltips: "Mark corroborated… (1)".
    pub fn tooltip(self, ctx: &egui::Context) -> String {
        match self.shortcut_text(ctx) {
            keys if keys.is_empty() => self.help().to_owned(),
            keys => format!("{} ({keys})", self.help()),
        }
    }
}

/// Every shortcut and what it does, one command a line, as text (the F1 list).
pub fn shortcuts_text(ctx: &egui::Context) -> String {
    COMMANDS
        .iter()
        .filter(|s| !s.keys.is_empty())
        .map(|s| {
            let keys: Vec<String> = s.keys.iter().map(|k| ctx.format_shortcut(k)).collect();
            format!("{}\t{}", keys.join(" / "), s.help)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Commands typed this frame, one per key press (ten quick J presses are ten steps, even within
/// one frame). Plain-key shortcuts are left to a focused text field.
pub fn from_keyboard(ctx: &egui::Context) -> Vec<Command> {
    let typing = ctx.text_edit_focused();
    // egui matches modifiers logically ("Ctrl+S" also fires on Ctrl+Shift+S): try the shortcuts
    // with more modifiers first.
    let mut shortcuts: Vec<(KeyboardShortcut, Command)> =
        COMMANDS.iter().flat_map(|s| s.keys.iter().map(|k| (*k, s.command))).collect();
    shortcuts.sort_by_key(|(k, _)| std::cmp::Reverse(modifier_count(k.modifiers)));
    let mut out = Vec::new();
    ctx.input_mut(|input| {
        for (shortcut, command) in shortcuts {
            if typing && shortcut.modifiers.is_none() {
                continue;
            }
            let presses = input.count_and_consume_key(shortcut.modifiers, shortcut.logical_key);
            out.extend(std::iter::repeat_n(command, presses));
        }
    });
    out
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.shift) + u8::from(m.command || m.ctrl || m.mac_cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_is_unique() {
        let mut seen = std::collections::HashSet::new();
        for spec in COMMANDS {
            for k in spec.keys {
                assert!(seen.insert((k.modifiers, k.logical_key)), "{:?} is bound twice", spec.label);
            }
        }
    }

    #[test]
    fn every_command_variant_is_in_the_table() {
        // Listed by hand, with a match that stops compiling when a variant is added.
        let all = [
            Command::OpenCorpus,
            Command::OpenProject,
            Command::OpenSample,
            Command::TypePath,
            Command::LocateCorpus,
            Command::Save,
            Command::SaveAs,
            Command::ExportCsv,
            Command::ExportExcel,
            Command::ExportClaimReview,
            Command::EditIdentity,
            Command::CompareWithReview,
            Command::NextDisagreement,
            Command::Quit,
            Command::Undo,
            Command::Redo,
            Command::NextClaim,
            Command::PreviousClaim,
            Command::NextUnreviewed,
            Command::SetVerdict(Verdict::Corroborated),
            Command::FocusNote,
            Command::CopyClaimWithSource,
            Command::ToggleAutoAdvance,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::ZoomReset,
            Command::SetTheme(ThemeChoice::Dark),
            Command::ShowShortcuts,
            Command::AcceptSuggestion,
            Command::AcceptQuantitySuggestions,
            Command::AcceptAllSuggestions,
            Command::SetQuantityVerdict(Verdict::Conflicting),
            Command::SetQuantityNote,
            Command::MoveOutOfQuantity,
            Command::ShowQuantities,
            Command::ReattachClaim,
            Command::DiscardClaim,
        ];
        for command in all {
            match command {
                Command::OpenCorpus
                | Command::OpenProject
                | Command::OpenSample
                | Command::TypePath
                | Command::LocateCorpus
                | Command::Save
                | Command::SaveAs
                | Command::ExportCsv
                | Command::ExportExcel
                | Command::ExportClaimReview
                | Command::EditIdentity
                | Command::CompareWithReview
                | Command::NextDisagreement
                | Command::Quit
                | Command::Undo
                | Command::Redo
                | Command::NextClaim
                | Command::PreviousClaim
                | Command::NextUnreviewed
                | Command::SetVerdict(_)
                | Command::FocusNote
                | Command::CopyClaimWithSource
                | Command::ToggleAutoAdvance
                | Command::ZoomIn
                | Command::ZoomOut
                | Command::ZoomReset
                | Command::SetTheme(_)
                | Command::ShowShortcuts
                | Command::AcceptSuggestion
                | Command::AcceptQuantitySuggestions
                | Command::AcceptAllSuggestions
                | Command::SetQuantityVerdict(_)
                | Command::SetQuantityNote
                | Command::MoveOutOfQuantity
                | Command::ShowQuantities
                | Command::ReattachClaim
                | Command::DiscardClaim => {}
            }
            assert!(COMMANDS.iter().any(|s| s.command == command), "{command:?} has no entry in the table");
        }
    }

    #[test]
    fn every_command_has_its_own_entry() {
        for spec in COMMANDS {
            assert_eq!(spec.command.spec().label, spec.label);
        }
        assert_eq!(Command::SetVerdict(Verdict::Unsourced).label(), "Unsourced");
        assert_eq!(Command::Save.label(), "Save");
    }
}
