//! The documents list: each article with its claim count and review progress.

use eframe::egui;

use super::events::Event;
use super::view_state::ViewState;
use crate::metadata::FieldName;
use crate::project::DocStatus;
use crate::review::Review;

/// Draws the list; a click shows that document from its top. `counts` are the claims per verdict.
pub fn ui(ui: &mut egui::Ui, review: &Review, view: &ViewState, counts: [usize; 4], events: &mut Vec<Event>) {
    ui.heading("Documents");
    let project = review.project();
    let total: usize = counts.iter().sum();
    let reviewed = total - counts[0];
    ui.label(format!("{} documents · {reviewed}/{total} claims reviewed", project.documents.len()));
    ui.add(egui::ProgressBar::new(if total == 0 { 0.0 } else { reviewed as f32 / total as f32 }).desired_height(6.0));
    ui.separator();
    // One row per document, built only when visible: a corpus may hold thousands.
    let row_height =
        ui.text_style_height(&egui::TextStyle::Body) + ui.text_style_height(&egui::TextStyle::Small) + 10.0;
    egui::ScrollArea::vertical().id_salt("documents-scroll").auto_shrink([false, false]).show_rows(
        ui,
        row_height,
        project.documents.len(),
        |ui, range| {
            for i in range {
                let doc = &project.documents[i];
                let reviewed = doc.reviewed();
                let claims = doc.claims.len();
                let flag = match doc.status {
                    DocStatus::Unchanged => "",
                    DocStatus::Changed => " (changed)",
                    DocStatus::Missing => " (missing)",
                };
                ui.allocate_ui(egui::vec2(ui.available_width(), row_height), |ui| {
                    ui.set_min_height(row_height);
                    ui.vertical(|ui| {
                        let selected = view.current_doc == i;
                        let label = format!("{}{flag}", doc.display_name());
                        let name = egui::Button::selectable(selected, label).truncate();
                        let hover = match doc.metadata.value(FieldName::Published) {
                            Some(date) => format!("{}\n{} · {date}", doc.display_name(), doc.path),
                            None => format!("{}\n{}", doc.display_name(), doc.path),
                        };
                        if ui.add(name).on_hover_text(hover).clicked() && !selected {
                            events.push(Event::ShowDocument(i));
                        }
                        ui.horizontal(|ui| {
                            let done = if claims == 0 { 0.0 } else { reviewed as f32 / claims as f32 };
                            ui.add(egui::ProgressBar::new(done).desired_width(90.0).desired_height(6.0));
                            ui.small(format!("{reviewed}/{claims} reviewed"));
                        });
                    });
                });
            }
        },
    );
}
