//! The documents list: each article with its claim count and review progress.

use eframe::egui;

use super::view_state::ViewState;
use crate::project::DocStatus;
use crate::review::Review;

pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState) {
    ui.heading("Documents");
    let project = &review.project;
    let total = project.claim_count();
    let reviewed: usize = project.documents.iter().map(|d| d.reviewed()).sum();
    ui.label(format!("{} documents · {reviewed}/{total} claims reviewed", project.documents.len()));
    ui.add(egui::ProgressBar::new(if total == 0 { 0.0 } else { reviewed as f32 / total as f32 }).desired_height(6.0));
    ui.separator();
    egui::ScrollArea::vertical().id_salt("documents-scroll").show(ui, |ui| {
        for (i, doc) in project.documents.iter().enumerate() {
            let reviewed = doc.reviewed();
            let claims = doc.claims.len();
            let flag = match doc.status {
                DocStatus::Unchanged => "",
                DocStatus::Changed => " (changed)",
                DocStatus::Missing => " (missing)",
            };
            let selected = view.current_doc == i;
            let label = format!("{}{flag}", doc.path);
            let response = ui.selectable_label(selected, label);
            if response.clicked() && !selected {
                view.current_doc = i;
                view.selected = None;
            }
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(if claims == 0 { 0.0 } else { reviewed as f32 / claims as f32 })
                        .desired_width(90.0)
                        .desired_height(6.0),
                );
                ui.small(format!("{reviewed}/{claims} reviewed"));
            });
            ui.add_space(4.0);
        }
    });
}
