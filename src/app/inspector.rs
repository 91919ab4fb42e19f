//! The claim inspector: what was extracted, the verdict buttons, Compare (the claim's quantity
//! across the corpus), and the note.

use eframe::egui;

use super::commands::Command;
use super::compare_view;
use super::events::Event;
use super::theme;
use super::view_state::ViewState;
use crate::project::{ClaimRef, Verdict};
use crate::review::Review;

/// The id of the note field, so Enter can focus it and tests can find it.
pub fn note_id() -> egui::Id {
    egui::Id::unique("claim-note")
}

fn field(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.label(egui::RichText::new(name).weak());
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

/// Draws the inspector for the selected claim.
pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, events: &mut Vec<Event>) {
    ui.heading("Claim");
    let Some(sel) = view.selected else {
        ui.label("Click a highlighted number, or press J for the first claim.");
        return;
    };
    let Some(rc) = review.claim(sel) else {
        view.selected = None;
        return;
    };
    let Some(doc) = review.project().documents.get(sel.doc) else {
        return;
    };
    let c = &rc.claim;
    ui.label(egui::RichText::new(format!("“{}”", c.text)).size(20.0).strong());
    ui.label(egui::RichText::new(format!("{} · claim {}", doc.display_name_dated(), rc.id)).weak())
        .on_hover_text(doc.path.as_str());
    let copy = Command::CopyClaimWithSource;
    if ui.small_button(copy.label()).on_hover_text(copy.tooltip(ui.ctx())).clicked() {
        events.push(Event::Command(copy));
    }
    if rc.stale {
        ui.colored_label(ui.visuals().warn_fg_color, "Text changed: this claim is no longer in the document as saved.");
        if review.can_settle(sel) {
            lost_claim_ui(ui, review, view, sel, events);
        }
    }
    ui.add_space(4.0);
    egui::ScrollArea::vertical().id_salt("inspector-scroll").auto_shrink([false, false]).show(ui, |ui| {
        claim_ui(ui, review, view, sel, events);
    });
}

/// What to do with a claim the changed text lost: the likeliest figures of the new text to
/// re-attach it to, a pick by click, or discarding it.
fn lost_claim_ui(ui: &mut egui::Ui, review: &Review, view: &ViewState, sel: ClaimRef, events: &mut Vec<Event>) {
    let waiting = view.reattaching.is_some() && view.reattaching == review.claim(sel).map(|c| c.id);
    if waiting {
        ui.label(egui::RichText::new("Click the figure in the text this claim now refers to (Esc cancels).").strong());
    }
    let candidates = review.reattach_candidates(sel);
    if !candidates.is_empty() {
        ui.label(egui::RichText::new("Re-attach to a figure of the new text:").weak());
        for to in candidates {
            let Some(c) = review.claim(to) else {
                continue;
            };
            let sentence = crate::extract::shorten(&c.claim.sentence, 70);
            if ui.button(format!("“{}” — {sentence}", c.claim.text)).clicked() {
                events.push(Event::Reattach(sel, to));
            }
        }
    }
    ui.horizontal(|ui| {
        for command in [Command::ReattachClaim, Command::DiscardClaim] {
            if ui.button(command.label()).on_hover_text(command.tooltip(ui.ctx())).clicked() {
                events.push(Event::Command(command));
            }
        }
    });
}

fn claim_ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, sel: ClaimRef, events: &mut Vec<Event>) {
    let Some(rc) = review.claim(sel) else {
        return;
    };
    let c = &rc.claim;
    egui::Grid::new("claim-fields").num_columns(2).striped(false).show(ui, |ui| {
        field(ui, "Value", &format!("{} ({}, {})", c.value_text(), c.kind.as_str(), c.qualifier.phrase()));
        field(ui, "Subject", c.subject.as_deref().unwrap_or("—"));
        field(ui, "Source", c.source().unwrap_or("—"));
        field(ui, "Attribution", c.attribution().unwrap_or("—"));
        let reviewed = match (rc.reviewed_at(), rc.reviewer()) {
            (Some(at), Some(who)) => format!("{at} by {who}"),
            (Some(at), None) => at.to_owned(),
            (None, _) => "—".to_owned(),
        };
        field(ui, "Reviewed", &reviewed);
    });
    if let Some(other) = rc.disagreement() {
        disagreement_ui(ui, rc, other, sel, events);
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new("Sentence").weak());
    ui.add(egui::Label::new(egui::RichText::new(&*c.sentence).italics()).wrap());
    ui.separator();

    ui.label(egui::RichText::new("Verdict").weak());
    ui.horizontal_wrapped(|ui| {
        for verdict in [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced, Verdict::Unreviewed] {
            let command = Command::SetVerdict(verdict);
            let current = rc.verdict == verdict && verdict != Verdict::Unreviewed;
            let mark = theme::verdict_mark(verdict);
            let text = if mark.is_empty() { command.label().to_owned() } else { format!("{mark} {}", command.label()) };
            let mut button = egui::Button::selectable(current, text);
            if current {
                let dark = ui.visuals().dark_mode;
                button = button.fill(theme::verdict_fill(verdict, dark)).stroke(theme::selection_stroke(dark));
            }
            if ui.add(button).on_hover_text(command.tooltip(ui.ctx())).clicked() {
                events.push(Event::Command(command));
            }
        }
    });

    ui.separator();
    let comparison = view.comparison(review);
    if view.comparing() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.small("Comparing the corpus…");
        });
    }
    compare_view::ui(ui, review, &comparison, sel, events);
    compare_view::move_into_ui(ui, review, &comparison, sel, events);
    ui.separator();
    note_ui(ui, view, sel, rc.note(), events);
    super::evidence_editor::ui(ui, sel, rc.evidence(), events);
}

/// Another reviewer's different verdict (left by a merge), and the choice that resolves it.
fn disagreement_ui(
    ui: &mut egui::Ui,
    rc: &crate::project::ReviewedClaim,
    other: &crate::project::OtherReview,
    sel: ClaimRef,
    events: &mut Vec<Event>,
) {
    ui.add_space(4.0);
    let who = other.reviewer.as_deref().unwrap_or("another reviewer");
    ui.colored_label(ui.visuals().warn_fg_color, format!("Disagreement: {who} judged it {}.", other.verdict.label()));
    if !other.note.is_empty() {
        ui.label(egui::RichText::new(format!("{who}: {}", other.note)).italics());
    }
    ui.horizontal_wrapped(|ui| {
        let mine = rc.reviewer().unwrap_or("this review");
        if ui.button(format!("Keep {} ({mine})", rc.verdict.label())).clicked() {
            events.push(Event::Resolve(sel, rc.verdict));
        }
        if ui.button(format!("Take {} ({who})", other.verdict.label())).clicked() {
            events.push(Event::Resolve(sel, other.verdict));
        }
    });
}

/// The note: the reviewer's reasoning, typed as one undo step until the field is left.
fn note_ui(ui: &mut egui::Ui, view: &mut ViewState, sel: ClaimRef, saved: &str, events: &mut Vec<Event>) {
    ui.add_space(4.0);
    let note_label = ui.label(
        egui::RichText::new(format!("Note ({} to edit, Esc to leave)", Command::FocusNote.shortcut_text(ui.ctx())))
            .weak(),
    );
    let focused = ui.memory(|m| m.has_focus(note_id()));
    let draft_is_current = view.note_draft.as_ref().is_some_and(|(r, _)| *r == sel);
    if !focused || !draft_is_current {
        view.note_draft = Some((sel, saved.to_owned()));
    }
    if let Some((_, draft)) = view.note_draft.as_mut() {
        let response = ui
            .add(
                egui::TextEdit::multiline(draft)
                    .id(note_id())
                    .desired_rows(3)
                    .desired_width(f32::INFINITY)
                    .hint_text("Sources checked, reasoning…"),
            )
            .labelled_by(note_label.id);
        if std::mem::take(&mut view.focus_note) {
            response.request_focus();
        }
        if response.changed() {
            events.push(Event::SetNote(sel, draft.clone()));
        }
        if response.lost_focus() {
            events.push(Event::EndNoteEdit);
        }
    }
}
