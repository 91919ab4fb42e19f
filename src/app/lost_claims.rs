//! Settling claims a changed text lost: re-attach one to a figure of the new text (picked by a
//! click on a highlight or from the inspector's suggestions) or discard it. The changes are
//! `Action::Reattach` and `Action::Discard`; this file only runs the pick.

use eframe::egui;

use super::TallyApp;
use super::status_bar::Message;
use crate::clock;
use crate::project::ClaimRef;
use crate::review::Action;

impl TallyApp {
    /// `R`: waits for the figure the selected lost claim now refers to.
    pub(super) fn start_reattach(&mut self) {
        let Some(sel) = self.lost_selection() else {
            return;
        };
        self.view.reattaching = self.review.claim(sel).map(|c| c.id);
        self.message = Some(Message::Info(
            "Click the figure this claim now refers to, or pick one in the inspector (Esc cancels).".into(),
        ));
    }

    /// `Delete`: removes the selected lost claim with its review (undo brings it back).
    pub(super) fn discard_selected(&mut self) {
        let Some(sel) = self.lost_selection() else {
            return;
        };
        let text = self.review.claim(sel).map(|c| c.claim.text.clone()).unwrap_or_default();
        if self.review.apply(Action::Discard { claim: sel }, &clock::now_utc()) {
            self.view.selected = None;
            self.view.reattaching = None;
            self.message = Some(Message::Info(format!("Discarded “{text}” and its review (Ctrl+Z brings it back).")));
        }
    }

    /// A claim was clicked while a lost claim waits for its figure: re-attach it there. Returns
    /// whether the click was taken (otherwise it selects as usual).
    pub(super) fn pick_for_reattach(&mut self, to: ClaimRef) -> bool {
        let Some(from) = self.view.reattaching.and_then(|id| self.review.locate(id)) else {
            self.view.reattaching = None;
            return false;
        };
        self.reattach(from, to);
        true
    }

    /// Re-attaches lost claim `from` to the figure `to`, or says why not.
    pub(super) fn reattach(&mut self, from: ClaimRef, to: ClaimRef) {
        let id = self.review.claim(from).map(|c| c.id);
        if self.review.apply(Action::Reattach { claim: from, to }, &clock::now_utc()) {
            self.view.reattaching = None;
            if let Some(at) = id.and_then(|id| self.review.locate(id)) {
                self.view.select(at);
            }
            let text = self.view.selected.and_then(|r| self.review.claim(r)).map(|c| c.claim.text.clone());
            self.message = Some(Message::Info(format!(
                "Re-attached to “{}”: the verdict and note moved with it (Ctrl+Z undoes).",
                text.unwrap_or_default()
            )));
        } else {
            self.message = Some(Message::Info(
                "That figure cannot take it: pick an unreviewed figure of the same document (Esc cancels).".into(),
            ));
        }
    }

    /// Esc while waiting for a figure: stop waiting.
    pub(super) fn cancel_reattach_on_escape(&mut self, ctx: &egui::Context) {
        if self.view.reattaching.is_some() && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.view.reattaching = None;
            self.message = Some(Message::Info("Re-attaching cancelled.".into()));
        }
    }

    /// The selected claim if the text lost it, else `None` with a message saying why.
    fn lost_selection(&mut self) -> Option<ClaimRef> {
        let Some(sel) = self.view.selected else {
            self.message = Some(Message::Info("Select a claim first (J, or click a highlight).".into()));
            return None;
        };
        if !self.review.can_settle(sel) {
            self.message = Some(Message::Info(
                "Only a claim the changed text lost (marked “text changed”) can be re-attached or discarded.".into(),
            ));
            return None;
        }
        Some(sel)
    }
}
