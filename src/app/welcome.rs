//! The welcome strip, shown over the built-in sample or an empty desk: what is open and how to
//! open one's own articles instead.

use eframe::egui;

use super::commands::Command;
use super::events::Event;
use crate::review::Review;

/// Is there nothing of the reviewer's own open (the sample, or nothing at all)?
pub fn shown(review: &Review) -> bool {
    let project = review.project();
    project.documents.is_empty() || (project.is_sample() && review.path().is_none())
}

/// Draws the strip.
pub fn ui(ui: &mut egui::Ui, review: &Review, events: &mut Vec<Event>) {
    let frame = egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).inner_margin(10.0);
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        if review.project().documents.is_empty() {
            ui.label(egui::RichText::new("No corpus is open.").strong());
        } else {
            ui.label(
                egui::RichText::new(
                    "This is the built-in sample: five invented articles about one story, to try Tally on.",
                )
                .strong(),
            );
        }
        ui.label("To review your own articles, open a folder of .txt or .md files, or a saved review:");
        ui.horizontal_wrapped(|ui| {
            for (command, text) in
                [(Command::OpenCorpus, "Open a folder of articles…"), (Command::OpenProject, "Open a project…")]
            {
                if ui.button(text).on_hover_text(command.tooltip(ui.ctx())).clicked() {
                    events.push(Event::Command(command));
                }
            }
            ui.label(egui::RichText::new("or drop a folder or .ron file on this window.").weak());
        });
    });
    ui.add_space(6.0);
}
