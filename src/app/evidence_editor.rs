//! The evidence behind a verdict, editable in the inspector: each item's address, the words that
//! bear on the figure, when it was read, and a note. Every edit is an `Action` (typing into a field
//! is one undo step), saved with the project and carried by merges.

use eframe::egui;

use super::events::Event;
use crate::project::{ClaimRef, Evidence};

/// The fields of an item, in the order shown, with their labels and hints.
const FIELDS: [(&str, &str); 4] = [
    ("Address", "https://…"),
    ("Quote", "the words that support or contradict the figure"),
    ("Accessed", "YYYY-MM-DD"),
    ("Note", "what it shows"),
];

fn slot(item: &mut Evidence, k: usize) -> &mut Option<String> {
    match k {
        0 => &mut item.url,
        1 => &mut item.quote,
        2 => &mut item.accessed,
        _ => &mut item.note,
    }
}

/// Draws the claim's evidence and pushes an event for every change.
pub fn ui(ui: &mut egui::Ui, sel: ClaimRef, saved: &[Evidence], events: &mut Vec<Event>) {
    ui.add_space(4.0);
    ui.label(egui::RichText::new(format!("Evidence ({})", saved.len())).weak());
    let mut items = saved.to_vec();
    let mut changed = false;
    // Adding or removing an item is an undo step of its own, not part of the typing around it.
    let mut structural = false;
    let mut removed = None;
    for (i, item) in items.iter_mut().enumerate() {
        egui::Grid::new(("evidence", i)).num_columns(2).show(ui, |ui| {
            for (k, (label, hint)) in FIELDS.iter().enumerate() {
                let name = ui.label(*label);
                let value = slot(item, k);
                let mut text = value.clone().unwrap_or_default();
                let edit = egui::TextEdit::singleline(&mut text)
                    .id(egui::Id::unique(("evidence-field", i, k)))
                    .hint_text(*hint)
                    .desired_width(f32::INFINITY);
                let response = ui.add(edit).labelled_by(name.id);
                if response.changed() {
                    *value = (!text.trim().is_empty()).then_some(text);
                    changed = true;
                }
                if response.lost_focus() {
                    events.push(Event::EndNoteEdit);
                }
                ui.end_row();
            }
        });
        if ui.small_button(format!("Remove evidence {}", i + 1)).clicked() {
            removed = Some(i);
        }
        ui.separator();
    }
    if let Some(i) = removed {
        items.remove(i);
        changed = true;
        structural = true;
    }
    if ui.button("Add evidence").on_hover_text("A source for or against this figure, read today").clicked() {
        let now = crate::clock::now_utc();
        let today = now.get(..10).unwrap_or(&now).to_owned();
        items.push(Evidence { accessed: Some(today), ..Default::default() });
        changed = true;
        structural = true;
    }
    if structural {
        events.push(Event::EndNoteEdit);
    }
    if changed {
        events.push(Event::SetEvidence(sel, items));
    }
    if structural {
        events.push(Event::EndNoteEdit);
    }
}
