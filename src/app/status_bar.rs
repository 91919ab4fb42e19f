//! The status bar: counts per verdict, the unsaved marker, the last message.

use eframe::egui;

use super::TallyApp;
use super::commands::Command;
use super::theme;
use crate::project::Verdict;

pub fn ui(ui: &mut egui::Ui, app: &TallyApp, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let counts = app.review.project.verdict_counts();
        for (verdict, count) in Verdict::ALL.iter().zip(counts) {
            theme::verdict_chip(ui, *verdict);
            ui.label(format!("{} {count}", verdict.label()));
        }
        ui.separator();
        if app.review.is_dirty() {
            ui.label(egui::RichText::new("Unsaved changes").strong().color(ui.visuals().warn_fg_color));
        } else {
            ui.label("Saved");
        }
        if let Some(message) = &app.message {
            ui.separator();
            ui.label(message.as_str());
            if message.contains("no file chosen") && ui.small_button("Type a path…").clicked() {
                commands.push(Command::TypePath);
            }
        }
    });
}
