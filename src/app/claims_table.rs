//! The claims table over the whole corpus: filter by verdict, kind, document and text; only the
//! visible rows are built, so it stays fast at hundreds of thousands of claims.

use eframe::egui;

use super::commands::Command;
use super::theme;
use super::view_state::ViewState;
use crate::extract::Kind;
use crate::output::value_text;
use crate::project::Verdict;
use crate::review::Review;

const ROW_HEIGHT: f32 = 20.0;
/// Column names and their share of the table's width.
const COLUMNS: [(&str, f32); 6] =
    [("Document", 0.17), ("Text", 0.13), ("Value", 0.14), ("Subject", 0.22), ("Verdict", 0.12), ("Note", 0.22)];

/// A labelled drop-down that sets an optional filter value ("All" clears it).
fn filter_combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    name: &str,
    value: &mut Option<T>,
    options: impl Iterator<Item = (T, String)>,
    text_of: impl Fn(T) -> String,
) {
    let label = ui.label(name);
    egui::ComboBox::from_id_salt(("filter", name))
        .selected_text(value.map_or_else(|| "All".to_owned(), text_of))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "All");
            for (option, text) in options {
                ui.selectable_value(value, Some(option), text);
            }
        })
        .response
        .labelled_by(label.id);
}

fn filters_ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState) {
    let filter = &mut view.filter;
    let docs = &review.project.documents;
    let doc_name = |d: usize| docs.get(d).map_or_else(|| "?".to_owned(), |d| d.path.clone());
    ui.horizontal_wrapped(|ui| {
        filter_combo(
            ui,
            "Verdict",
            &mut filter.verdict,
            Verdict::ALL.into_iter().map(|v| (v, v.label().into())),
            |v| v.label().into(),
        );
        filter_combo(ui, "Kind", &mut filter.kind, Kind::ALL.into_iter().map(|k| (k, k.as_str().into())), |k| {
            k.as_str().into()
        });
        filter_combo(ui, "Document", &mut filter.doc, (0..docs.len()).map(|d| (d, doc_name(d))), doc_name);
        let search = ui.label("Search");
        ui.add(egui::TextEdit::singleline(&mut filter.search).desired_width(180.0).hint_text("text, subject, note"))
            .labelled_by(search.id);
        if ui.small_button("Clear filters").clicked() {
            *filter = Default::default();
        }
    });
}

fn cell(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) {
    ui.allocate_ui_with_layout(egui::vec2(width, ROW_HEIGHT), egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_width(width);
        ui.add(egui::Label::new(text).truncate());
    });
}

pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, commands: &mut Vec<Command>) {
    filters_ui(ui, review, view);
    let total = review.project.claim_count();
    let rows = view.rows(review);
    ui.label(format!("{} of {total} claims", rows.len()));
    let gaps = ui.spacing().item_spacing.x * (COLUMNS.len() as f32 + 1.0);
    let usable = (ui.available_width() - gaps).max(300.0);
    let widths: Vec<f32> = COLUMNS.iter().map(|(_, share)| share * usable).collect();
    ui.horizontal(|ui| {
        for ((name, _), width) in COLUMNS.iter().zip(&widths) {
            cell(ui, *width, egui::RichText::new(*name).strong());
        }
    });
    let mut area = egui::ScrollArea::vertical().id_salt("claims-table").auto_shrink([false, false]);
    let spacing = ui.spacing().item_spacing.y;
    if std::mem::take(&mut view.scroll_table)
        && let Some(i) = view.selected.and_then(|s| rows.iter().position(|r| *r == s))
    {
        area = area.vertical_scroll_offset(((i as f32) - 2.0).max(0.0) * (ROW_HEIGHT + spacing));
    }
    let dark = ui.visuals().dark_mode;
    area.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        for r in &rows[range] {
            let Some(c) = review.claim(*r) else {
                continue;
            };
            let doc = &review.project.documents[r.doc].path;
            let selected = view.selected == Some(*r);
            let row = ui.horizontal(|ui| {
                cell(ui, widths[0], doc.as_str());
                let text = if c.stale { format!("{} (text changed)", c.claim.text) } else { c.claim.text.clone() };
                cell(ui, widths[1], text);
                cell(ui, widths[2], value_text(&c.claim));
                cell(ui, widths[3], c.claim.subject.as_deref().unwrap_or(""));
                ui.horizontal(|ui| {
                    ui.set_width(widths[4]);
                    theme::verdict_chip(ui, c.verdict);
                    ui.label(c.verdict.as_str());
                });
                cell(ui, widths[5], c.note.as_str());
            });
            let rect = row.response.rect;
            let response =
                ui.interact(rect, ui.make_persistent_id(("claim-row", r.doc, r.claim)), egui::Sense::click());
            if selected {
                ui.painter().rect_stroke(rect, 2.0, theme::selection_stroke(dark), egui::StrokeKind::Inside);
            } else if response.hovered() {
                ui.painter().rect_filled(rect, 2.0, ui.visuals().widgets.hovered.weak_bg_fill.gamma_multiply(0.3));
            }
            if response.clicked() {
                commands.push(Command::Select(*r));
            }
        }
    });
}
