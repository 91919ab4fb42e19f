//! The one place the desk acts: every `Event` a panel, key or menu produced this frame is carried
//! out here. Changes to the project become `Action`s on the `Review`; the rest moves the view.

use eframe::egui;

use super::TallyApp;
use super::commands::{self, Command};
use super::events::Event;
use super::modals::{Modal, Next};
use super::status_bar::Message;
use super::theme;
use crate::clock;
use crate::project::{ClaimRef, Verdict};
use crate::review::{Action, Touched};

impl TallyApp {
    /// Carries out one event.
    pub(super) fn handle(&mut self, ctx: &egui::Context, event: Event) {
        match event {
            Event::Command(command) => self.execute(ctx, command),
            Event::Select(r) => {
                if !self.pick_for_reattach(r) {
                    self.select(r);
                }
            }
            Event::Reattach(from, to) => self.reattach(from, to),
            Event::ShowDocument(doc) => self.view.show_document(doc),
            Event::SetNote(claim, note) => {
                self.review.apply(Action::SetNote { claim, note }, &clock::now_utc());
            }
            Event::EndNoteEdit => self.review.end_note_edit(),
            Event::SetSource(doc, field, value) => {
                self.review.apply(Action::SetSource { doc, field, value }, &clock::now_utc());
            }
            Event::SetEvidence(claim, evidence) => {
                self.review.apply(Action::SetEvidence { claim, evidence }, &clock::now_utc());
            }
            Event::Resolve(claim, verdict) => {
                self.review.apply(Action::Resolve { claim, verdict }, &clock::now_utc());
            }
            Event::SetLanguage(doc, language) => {
                // The document's claims are read again: keep the selection on the same claim if
                // it stayed, else on none.
                let selected = self.view.selected.and_then(|r| self.review.claim(r)).map(|c| c.id);
                if self.review.apply(Action::SetLanguage { doc, language }, &clock::now_utc()) {
                    self.view.selected = selected.and_then(|id| self.review.locate(id));
                }
            }
            Event::OpenRecent(path) => self.ask_to_save_then(Next::Open(path)),
            Event::Place(claim, pin) => {
                self.review.apply(Action::Place { claim, pin }, &clock::now_utc());
            }
        }
    }

    /// Carries out a command.
    pub fn execute(&mut self, ctx: &egui::Context, command: Command) {
        let writes_file = matches!(
            command,
            Command::Save | Command::SaveAs | Command::ExportCsv | Command::ExportExcel | Command::ExportClaimReview
        );
        if writes_file && self.review.project().documents.is_empty() {
            self.message = Some(Message::Info("Nothing to save: open a corpus folder or a project first.".into()));
            return;
        }
        match command {
            Command::OpenCorpus => self.ask_to_save_then(Next::ChooseCorpus),
            Command::OpenProject => self.ask_to_save_then(Next::ChooseProject),
            Command::OpenSample => self.ask_to_save_then(Next::Sample),
            Command::TypePath => self.type_path_instead(),
            Command::LocateCorpus => self.locate_corpus(),
            Command::Save => self.save(),
            Command::SaveAs => self.choose_save_path(),
            Command::ExportCsv => self.choose_export_path(crate::export::Flavour::Plain),
            Command::ExportExcel => self.choose_export_path(crate::export::Flavour::Excel),
            Command::ExportClaimReview => self.ask_path(super::file_dialogs::Purpose::ExportClaimReview),
            Command::EditIdentity => {
                self.modal = Some(super::modals::Modal::Identity {
                    reviewer: self.prefs.reviewer.clone().unwrap_or_default(),
                    organization: self.prefs.organization.clone().unwrap_or_default(),
                });
            }
            Command::Quit => {
                if self.review.is_dirty() {
                    self.ask_to_save_then(Next::Quit);
                } else {
                    self.allow_close = true;
                    self.quit_requested = true;
                }
            }
            Command::Undo | Command::Redo => {
                let touched = if command == Command::Undo { self.review.undo() } else { self.review.redo() };
                match touched {
                    Some(Touched::Claim(r)) => {
                        self.select(r);
                        self.view.note_draft = None;
                    }
                    Some(Touched::Document(doc)) => self.view.show_document(doc),
                    None => {}
                }
            }
            Command::NextClaim => self.select_opt(self.view.step_claim(&self.review, true)),
            Command::PreviousClaim => self.select_opt(self.view.step_claim(&self.review, false)),
            Command::CompareWithReview => self.ask_path(super::file_dialogs::Purpose::CompareReview),
            Command::NextDisagreement => {
                let project = self.review.project();
                let after = |r: &ClaimRef| self.view.selected.is_none_or(|s| *r > s);
                let holds = |r: &ClaimRef| project.claim(*r).is_some_and(|c| c.disagreement().is_some());
                let next = project
                    .claim_refs()
                    .filter(after)
                    .chain(project.claim_refs().take_while(|r| !after(r)))
                    .find(holds);
                match next {
                    Some(r) => self.select(r),
                    None => self.message = Some(Message::Info("No claim holds a disagreement.".into())),
                }
            }
            Command::NextUnreviewed => match self.view.next_unreviewed(&self.review) {
                Some(r) => self.select(r),
                None => self.message = Some(Message::Info("Every claim has a verdict.".into())),
            },
            Command::SetVerdict(verdict) => self.set_verdict(verdict),
            Command::FocusNote => {
                if self.view.selected.is_some() {
                    self.view.focus_note = true;
                }
            }
            Command::CopyClaimWithSource => match self.view.selected.and_then(|r| self.review.project().citation(r)) {
                Some(citation) => {
                    ctx.copy_text(citation);
                    self.message = Some(Message::Info("Copied the claim with its source.".into()));
                }
                None => self.message = Some(Message::Info("Select a claim first (J, or click a highlight).".into())),
            },
            Command::ToggleAutoAdvance => self.prefs.auto_advance = !self.prefs.auto_advance,
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                let step = match command {
                    Command::ZoomIn => 0.1,
                    Command::ZoomOut => -0.1,
                    _ => 0.0,
                };
                // Steps of a tenth, as browsers do; egui applies the factor from the next frame.
                let zoom = if step == 0.0 { 1.0 } else { ((self.prefs.zoom_clamped() + step) * 10.0).round() / 10.0 };
                self.prefs.zoom = zoom;
                ctx.set_zoom_factor(self.prefs.zoom_clamped());
            }
            Command::SetTheme(choice) => {
                self.prefs.theme = choice;
                theme::apply(ctx, &self.prefs);
            }
            Command::ShowShortcuts => {
                let message = commands::shortcuts_text(ctx);
                self.modal = Some(Modal::Notice { title: "Keyboard shortcuts".into(), message });
            }
            Command::AcceptSuggestion => {
                let comparison = self.view.comparison(&self.review);
                match self.view.selected.and_then(|r| comparison.claim(r)) {
                    Some(found) => self.set_verdict(found.suggestion.verdict),
                    None => {
                        self.message = Some(Message::Info("Select a claim first (J, or click a highlight).".into()))
                    }
                }
            }
            Command::AcceptQuantitySuggestions | Command::AcceptAllSuggestions => self.accept_suggestions(command),
            Command::SetQuantityVerdict(verdict) => self.set_quantity_verdict(verdict),
            Command::SetQuantityNote => self.set_quantity_note(),
            Command::MoveOutOfQuantity => self.move_out_of_quantity(),
            Command::ShowQuantities => self.view.show_quantities = !self.view.show_quantities,
            Command::ReattachClaim => self.start_reattach(),
            Command::DiscardClaim => self.discard_selected(),
        }
    }

    /// The claims of the selected claim's quantity, or a message saying why there are none.
    fn selected_quantity(&mut self) -> Option<Vec<ClaimRef>> {
        let comparison = self.view.comparison(&self.review);
        let Some(sel) = self.view.selected else {
            self.message = Some(Message::Info("Select a claim first (J, or click a highlight).".into()));
            return None;
        };
        let Some(quantity) = comparison.quantity_of(sel) else {
            self.message = Some(Message::Info("This claim is not part of a quantity reported elsewhere.".into()));
            return None;
        };
        Some(quantity.members.clone())
    }

    /// Accepts the suggestions of the selected quantity's (or the corpus's) unreviewed claims, in
    /// one undo step. A reviewer's verdict is never replaced.
    fn accept_suggestions(&mut self, command: Command) {
        let claims: Vec<ClaimRef> = if command == Command::AcceptAllSuggestions {
            self.review.project().claim_refs().collect()
        } else {
            let Some(members) = self.selected_quantity() else {
                return;
            };
            members
        };
        let comparison = self.view.comparison(&self.review);
        let actions: Vec<Action> = claims
            .into_iter()
            .filter(|r| self.review.claim(*r).is_some_and(|c| c.verdict == Verdict::Unreviewed && !c.stale))
            .filter_map(|r| comparison.claim(r).map(|c| Action::SetVerdict { claim: r, verdict: c.suggestion.verdict }))
            .collect();
        let count = actions.len();
        if self.review.apply(Action::Batch(actions), &clock::now_utc()) {
            self.message = Some(Message::Info(format!("Accepted {count} suggestions (one undo step).")));
        } else {
            self.message = Some(Message::Info("No unreviewed claim left to accept a suggestion for.".into()));
        }
    }

    /// One verdict for every claim of the selected quantity, in one undo step.
    fn set_quantity_verdict(&mut self, verdict: Verdict) {
        let Some(members) = self.selected_quantity() else {
            return;
        };
        let actions = members.into_iter().map(|claim| Action::SetVerdict { claim, verdict }).collect();
        self.review.apply(Action::Batch(actions), &clock::now_utc());
    }

    /// The selected claim's note on every claim of its quantity, in one undo step.
    fn set_quantity_note(&mut self) {
        let Some(note) = self.view.selected.and_then(|r| self.review.claim(r)).map(|c| c.note().to_owned()) else {
            return;
        };
        let Some(members) = self.selected_quantity() else {
            return;
        };
        self.review.end_note_edit();
        let actions = members.into_iter().map(|claim| Action::SetNote { claim, note: note.clone() }).collect();
        self.review.apply(Action::Batch(actions), &clock::now_utc());
    }

    /// Takes the selected claim out of its quantity, or puts a claim taken out back.
    fn move_out_of_quantity(&mut self) {
        let Some(sel) = self.view.selected else {
            self.message = Some(Message::Info("Select a claim first (J, or click a highlight).".into()));
            return;
        };
        let pinned_alone = self.review.claim(sel).and_then(|c| c.pin) == Some(crate::project::Pin::Alone);
        let in_quantity = self.view.comparison(&self.review).quantity_of(sel).is_some();
        let pin = if pinned_alone { None } else { Some(crate::project::Pin::Alone) };
        if !pinned_alone && !in_quantity && self.review.claim(sel).is_some_and(|c| c.pin.is_none()) {
            self.message = Some(Message::Info("This claim is not part of a quantity.".into()));
            return;
        }
        self.review.apply(Action::Place { claim: sel, pin }, &clock::now_utc());
    }

    /// The one way a claim gets selected: the document, the table and the inspector all follow.
    pub(super) fn select(&mut self, r: ClaimRef) {
        self.view.select(r);
    }

    fn select_opt(&mut self, r: Option<ClaimRef>) {
        if let Some(r) = r {
            self.select(r);
        }
    }

    /// Judges the selected claim; with auto-advance on, then moves to the next unreviewed one.
    fn set_verdict(&mut self, verdict: Verdict) {
        let Some(claim) = self.view.selected else {
            self.message = Some(Message::Info("Select a claim first (J, or click a highlight).".into()));
            return;
        };
        self.review.apply(Action::SetVerdict { claim, verdict }, &clock::now_utc());
        if self.prefs.auto_advance && verdict != Verdict::Unreviewed {
            match self.view.next_unreviewed(&self.review) {
                Some(next) => self.select(next),
                None => self.message = Some(Message::Info("Every claim has a verdict.".into())),
            }
        }
    }
}
