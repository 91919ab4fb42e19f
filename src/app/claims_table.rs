//! The claims table over the whole corpus: filter by verdict, kind, document, suggestion,
//! quantity, text and "needs attention"; sort by any column (click a heading, again to reverse); only the visible rows are
//! built, so it stays fast at hundreds of thousands of claims.

use eframe::egui;

use super::events::Event;
use super::theme;
use super::view_state::ViewState;
use crate::extract::Kind;
use crate::project::Verdict;
use crate::query::{Column, Filter, Sort};
use crate::review::Review;

const ROW_HEIGHT: f32 = 22.0;

/// From this width the filters wrap onto rows; below it they scroll on one line.
const WRAP_FILTERS_WIDTH: f32 = 700.0;

/// Each column's share of the table's width, in `Column::ALL` order.
const SHARES: [f32; 9] = [0.13, 0.1, 0.11, 0.09, 0.16, 0.12, 0.09, 0.09, 0.11];

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

fn filters_ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, shown: usize) {
    let searching = view.listing_progress();
    let total = review.project().claim_count();
    let filter = &mut view.filter;
    let docs = &review.project().documents;
    let doc_name = |d: usize| docs.get(d).map_or_else(|| "?".to_owned(), crate::project::ProjectDocument::display_name);
    let mut filters = |ui: &mut egui::Ui| {
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
        filter_combo(
            ui,
            "Suggested",
            &mut filter.suggestion,
            [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced]
                .into_iter()
                .map(|v| (v, v.label().into())),
            |v| v.label().into(),
        );
        filter_combo(
            ui,
            "Quantity",
            &mut filter.in_quantity,
            [(true, "In a quantity".to_owned()), (false, "Alone".to_owned())].into_iter(),
            |q| if q { "In a quantity".into() } else { "Alone".into() },
        );
        ui.checkbox(&mut filter.needs_attention, "Needs attention")
            .on_hover_text("Only claims without a verdict, marked conflicting, or judged differently by two reviewers");
        let search = ui.label("Search");
        ui.add(egui::TextEdit::singleline(&mut filter.search).desired_width(160.0).hint_text("text, subject, note"))
            .labelled_by(search.id);
        if ui.small_button("Clear filters").clicked() {
            *filter = Filter::default();
        }
        // The count stays above the rows: below a filling scroll area it would grow the panel.
        match searching {
            Some(read) => ui.label(format!("Searching… {:.0}%", read * 100.0)),
            None => ui.label(format!("{shown} of {total} claims")),
        };
    };
    // Wide enough: wrapped rows. Narrow (a small window): one line that scrolls sideways, so the
    // filters never take the table's (and the article's) height.
    if ui.available_width() >= WRAP_FILTERS_WIDTH {
        ui.horizontal_wrapped(|ui| filters(ui));
    } else {
        egui::ScrollArea::horizontal().id_salt("claims-filters").show(ui, |ui| ui.horizontal(|ui| filters(ui)));
    }
}

fn cell(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) {
    ui.allocate_ui_with_layout(egui::vec2(width, ROW_HEIGHT), egui::Layout::left_to_right(egui::Align::Center), |ui| {
        ui.set_width(width);
        ui.add(egui::Label::new(text).truncate());
    });
}

/// A small triangle at the right of a heading: up for ascending, down for descending.
fn sort_arrow(ui: &egui::Ui, heading: egui::Rect, descending: bool) {
    let c = egui::pos2(heading.right() + 8.0, heading.center().y);
    let (tip, base) = if descending { (4.0, -4.0) } else { (-4.0, 4.0) };
    let points = vec![egui::pos2(c.x, c.y + tip), egui::pos2(c.x - 4.0, c.y + base), egui::pos2(c.x + 4.0, c.y + base)];
    ui.painter().add(egui::Shape::convex_polygon(points, ui.visuals().strong_text_color(), egui::Stroke::NONE));
}

/// The headings: each a button that sorts by its column (again: the other way).
fn header_ui(ui: &mut egui::Ui, sort: &mut Sort, widths: &[f32]) {
    ui.horizontal(|ui| {
        for (column, width) in Column::ALL.into_iter().zip(widths) {
            let sorted = sort.column == column;
            let text = egui::RichText::new(column.title()).strong();
            let hint = match (sorted, sort.descending) {
                (false, _) => format!("Sort by {}", column.title().to_lowercase()),
                (true, false) => "Sorted, smallest or first first: click to reverse".to_owned(),
                (true, true) => "Sorted, largest or last first: click to reverse".to_owned(),
            };
            let layout = egui::Layout::left_to_right(egui::Align::Center);
            let response = ui
                .allocate_ui_with_layout(egui::vec2(*width, ROW_HEIGHT), layout, |ui| {
                    ui.set_width(*width);
                    let label = egui::Label::new(text).sense(egui::Sense::click()).selectable(false).truncate();
                    // Room for the arrow at the right of the cell.
                    let label = ui
                        .scope(|ui| {
                            ui.set_max_width((*width - 16.0).max(20.0));
                            ui.add(label)
                        })
                        .inner;
                    if sorted {
                        sort_arrow(ui, label.rect, sort.descending);
                    }
                    label
                })
                .inner
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .on_hover_text(hint);
            if response.clicked() {
                *sort = Sort { column, descending: sorted && !sort.descending };
            }
        }
    });
}

/// Draws the table.
pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, events: &mut Vec<Event>) {
    // This frame's listing (one slice of a long one), made again only if the filters or the sort
    // are changed below.
    let listed = view.rows(review);
    let (filter, sort) = (view.filter.clone(), view.sort);
    filters_ui(ui, review, view, listed.len());
    let gaps = ui.spacing().item_spacing.x * (SHARES.len() as f32 + 1.0);
    let usable = (ui.available_width() - gaps).max(300.0);
    let widths: Vec<f32> = SHARES.iter().map(|share| share * usable).collect();
    header_ui(ui, &mut view.sort, &widths);
    let rows = if view.filter == filter && view.sort == sort { listed } else { view.rows(review) };
    let comparison = view.comparison(review);
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
            let (Some(c), Some(doc)) = (review.claim(*r), review.project().documents.get(r.doc)) else {
                continue;
            };
            let row = ui.horizontal(|ui| {
                // The source's name; the file and the date on hover.
                let date = doc.metadata.value(crate::metadata::FieldName::Published).unwrap_or("");
                let hover = format!("{}\n{} {date}", doc.display_name(), doc.path);
                let name = ui.scope(|ui| cell(ui, widths[0], doc.display_name())).response;
                name.on_hover_text(hover);
                let text = match (c.stale, doc.status) {
                    (true, crate::project::DocStatus::Missing) => format!("{} (document missing)", c.claim.text),
                    (true, _) => format!("{} (text changed)", c.claim.text),
                    (false, _) => c.claim.text.to_string(),
                };
                cell(ui, widths[1], text);
                cell(ui, widths[2], c.claim.value_text());
                cell(ui, widths[3], c.claim.qualifier.phrase());
                cell(ui, widths[4], c.claim.subject.as_deref().unwrap_or(""));
                let compared = comparison.claim(*r);
                let quantity =
                    comparison.quantity_of(*r).map_or_else(String::new, |q| format!("{} · {}", q.id, q.label));
                cell(ui, widths[5], quantity);
                ui.horizontal(|ui| {
                    ui.set_width(widths[6]);
                    if let Some(found) = compared {
                        theme::suggestion_chip(ui, found.suggestion.verdict);
                        ui.add(egui::Label::new(found.suggestion.verdict.as_str()).truncate()).on_hover_ui(|ui| {
                            ui.label(comparison.why_suggested(review.project(), *r));
                        });
                    }
                });
                ui.horizontal(|ui| {
                    ui.set_width(widths[7]);
                    theme::verdict_chip(ui, c.verdict);
                    match c.disagreement() {
                        // Two reviewers' verdicts, both shown until resolved.
                        Some(other) => ui.label(format!("{} ≠ {}", c.verdict.as_str(), other.verdict.as_str())),
                        None => ui.label(c.verdict.as_str()),
                    };
                });
                cell(ui, widths[8], c.note());
            });
            let rect = row.response.rect;
            let response =
                ui.interact(rect, ui.make_persistent_id(("claim-row", r.doc, r.claim)), egui::Sense::click());
            if view.selected == Some(*r) {
                ui.painter().rect_stroke(rect, 2.0, theme::selection_stroke(dark), egui::StrokeKind::Inside);
            } else if response.hovered() {
                ui.painter().rect_filled(rect, 2.0, ui.visuals().widgets.hovered.weak_bg_fill.gamma_multiply(0.3));
            }
            if response.clicked() {
                events.push(Event::Select(*r));
            }
        }
    });
}
