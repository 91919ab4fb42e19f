//! The claim inspector: what was extracted, the verdict buttons, the note, and the same figure
//! in other documents.

use eframe::egui;

use super::commands::Command;
use super::theme;
use super::view_state::ViewState;
use crate::output::value_text;
use crate::project::Verdict;
use crate::review::{ClaimRef, Review};

/// The id of the note field, so Enter can focus it and tests can find it.
pub fn note_id() -> egui::Id {
    egui::Id::unique("claim-note")
}

fn field(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.label(egui::RichText::new(name).weak());
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, commands: &mut Vec<Command>) {
    ui.heading("Claim");
    let Some(sel) = view.selected else {
        ui.label("Click a highlighted number, or press J for the first claim.");
        return;
    };
    let Some(rc) = review.claim(sel) else {
        view.selected = None;
        return;
    };
    let doc = &review.project.documents[sel.doc];
    let c = &rc.claim;
    ui.label(egui::RichText::new(format!("“{}”", c.text)).size(20.0).strong());
    ui.label(egui::RichText::new(format!("{} · claim {}", doc.path, rc.id)).weak());
    if rc.stale {
        ui.colored_label(ui.visuals().warn_fg_color, "Text changed: this claim is no longer in the document as saved.");
    }
    ui.add_space(4.0);
    egui::Grid::new("claim-fields").num_columns(2).striped(false).show(ui, |ui| {
        field(ui, "Kind", c.kind.as_str());
        field(ui, "Value", &value_text(c));
        field(ui, "Qualifier", c.qualifier.phrase());
        field(ui, "Subject", c.subject.as_deref().unwrap_or("—"));
        field(ui, "Attribution", c.attribution.as_deref().unwrap_or("—"));
        field(ui, "Reviewed", rc.reviewed_at.as_deref().unwrap_or("—"));
    });
    ui.add_space(4.0);
    ui.label(egui::RichText::new("Sentence").weak());
    ui.add(egui::Label::new(egui::RichText::new(&c.sentence).italics()).wrap());
    ui.separator();

    ui.label(egui::RichText::new("Verdict").weak());
    ui.horizontal_wrapped(|ui| {
        for (verdict, label) in [
            (Verdict::Corroborated, "Corroborated"),
            (Verdict::Conflicting, "Conflicting"),
            (Verdict::Unsourced, "Unsourced"),
            (Verdict::Unreviewed, "Clear"),
        ] {
            let command = Command::SetVerdict(verdict);
            let current = rc.verdict == verdict && verdict != Verdict::Unreviewed;
            let mut button = egui::Button::selectable(current, label);
            if current {
                let dark = ui.visuals().dark_mode;
                button = button.fill(theme::verdict_fill(verdict, dark)).stroke(theme::selection_stroke(dark));
            }
            let hint = format!("Key: {}", command.shortcut_text(ui.ctx()));
            if ui.add(button).on_hover_text(hint).clicked() {
                commands.push(command);
            }
        }
    });

    ui.add_space(4.0);
    let note_label = ui.label(egui::RichText::new("Note (Enter to edit, Esc to leave)").weak());
    let focused = ui.memory(|m| m.has_focus(note_id()));
    let draft_is_current = view.note_draft.as_ref().is_some_and(|(r, _)| *r == sel);
    if !focused || !draft_is_current {
        view.note_draft = Some((sel, rc.note.clone()));
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
            commands.push(Command::SetNote(sel, draft.clone()));
        }
        if response.lost_focus() {
            commands.push(Command::EndNoteEdit);
        }
    }
    ui.separator();
    related_ui(ui, review, view, sel, commands);
}

fn related_ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, sel: ClaimRef, commands: &mut Vec<Command>) {
    ui.label(egui::RichText::new("The same figure elsewhere").weak());
    let related = view.related(review);
    if related.is_empty() {
        ui.label("No similar claim in other documents.");
        return;
    }
    let this = review.claim(sel).and_then(|c| c.claim.value);
    // A figure repeated across a huge corpus would list thousands; the first ones make the point.
    const SHOWN: usize = 200;
    if related.len() > SHOWN {
        ui.small(format!("{} claims; the first {SHOWN}:", related.len()));
    }
    egui::ScrollArea::vertical().id_salt("related-scroll").max_height(260.0).show(ui, |ui| {
        for r in related.iter().copied().take(SHOWN) {
            let Some(other) = review.claim(r) else {
                continue;
            };
            let doc = &review.project.documents[r.doc].path;
            let differs = match (this, other.claim.value) {
                (Some(a), Some(b)) if (a - b).abs() > f64::EPSILON => " ≠",
                _ => "",
            };
            ui.horizontal(|ui| {
                theme::verdict_chip(ui, other.verdict);
                let qualifier = match other.claim.qualifier {
                    crate::extract::Qualifier::Exact => String::new(),
                    q => format!("{} ", q.as_str().replace('_', " ")),
                };
                let subject = other.claim.subject.as_deref().unwrap_or("");
                let text = format!("{qualifier}{}{differs} — {subject}", value_text(&other.claim));
                if ui.link(text).on_hover_text(format!("{doc}: {}", other.claim.sentence)).clicked() {
                    commands.push(Command::Select(r));
                }
            });
            ui.small(egui::RichText::new(doc).weak());
        }
    });
}
