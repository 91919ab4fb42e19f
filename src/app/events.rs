//! What panels report to the app: a command, or something only a pointer or a text field can
//! say (which claim was clicked, what was typed). Panels push events; `dispatch` carries them out.

use std::path::PathBuf;

use super::commands::Command;
use crate::project::ClaimRef;

/// What the panels report: a command, or something only a pointer or a text field can say.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A command from the table (menu, key or button).
    Command(Command),
    /// Select this claim and show it (a click on a highlight, a table row, a report in Compare).
    Select(ClaimRef),
    /// Show this document from its top (a click in the documents list).
    ShowDocument(usize),
    /// The note of a claim as typed so far.
    SetNote(ClaimRef, String),
    /// A field of a document's source as typed so far.
    SetSource(usize, crate::metadata::FieldName, String),
    /// A claim's evidence as edited so far.
    SetEvidence(ClaimRef, Vec<crate::project::Evidence>),
    /// Settle a disagreement a merge left on a claim with this verdict.
    Resolve(ClaimRef, crate::project::Verdict),
    /// Read a document in another language.
    SetLanguage(usize, crate::language::Language),
    /// The note (or a source field) lost the keyboard: the next keystroke starts a new undo step.
    EndNoteEdit,
    /// Open a project from the recent list.
    OpenRecent(PathBuf),
    /// Give a claim the text lost (the first) the place of a figure of the new text (the second).
    Reattach(ClaimRef, ClaimRef),
    /// Move a claim among quantities (`None`: back where the comparison found it).
    Place(ClaimRef, Option<crate::project::Pin>),
}
