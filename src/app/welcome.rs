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
    let frame = egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).inner_margin(8.0);
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let what = if review.project().documents.is_empty() {
            "No corpus is open."
        } else {
            "This is the built-in sample: seven invented articles, in English and Spanish, to try Tally on."
        };
        ui.label(egui::RichText::new(what).strong());
        ui.horizontal_wrapped(|ui| {
            ui.label("Review your own:");
            for (command, text) in
                [(Command::OpenCorpus, "Open a folder of articles…"), (Command::OpenProject, "Open a project…")]
            {
                if ui.button(text).on_hover_text(command.tooltip(ui.ctx())).clicked() {
                    events.push(Event::Command(command));
                }
            }
            ui.label(egui::RichText::new("or drop a folder (.txt, .md) or a .ron project here.").weak());
        });
    });
    ui.add_space(4.0);
}
