//! The status bar: counts per verdict, whether the review is saved, and the last message.

use eframe::egui;

use super::commands::Command;
use super::events::Event;
use super::file_dialogs::Purpose;
use super::theme;
use crate::project::Verdict;
use crate::review::Review;

/// What the status bar says until the next message.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Something happened (opened, saved, exported…).
    Info(String),
    /// A file dialog came back empty: maybe none could be shown, so offer to type the path.
    NoFileChosen(Purpose),
}

impl Message {
    /// The message as shown.
    pub fn text(&self) -> String {
        match self {
            Message::Info(text) => text.clone(),
            Message::NoFileChosen(purpose) => {
                format!("{}: no file chosen. If no dialog appeared, type the path instead.", purpose.title())
            }
        }
    }
}

/// Draws the bar; `counts` are the claims per verdict, in `Verdict::ALL` order.
pub fn ui(
    ui: &mut egui::Ui,
    review: &Review,
    counts: [usize; 4],
    disagreements: usize,
    message: Option<&Message>,
    events: &mut Vec<Event>,
) {
    ui.horizontal_wrapped(|ui| {
        for (verdict, count) in Verdict::ALL.iter().zip(counts) {
            theme::verdict_chip(ui, *verdict);
            ui.label(format!("{} {count}", verdict.label()));
        }
        if disagreements > 0 {
            ui.separator();
            ui.label(
                egui::RichText::new(format!("{disagreements} disagreements to resolve"))
                    .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text("Claims two reviewers judged differently (left by a merge): select one to resolve it.");
        }
        ui.separator();
        if review.is_dirty() {
            ui.label(egui::RichText::new("Unsaved changes").strong().color(ui.visuals().warn_fg_color));
        } else if review.path().is_some() {
            ui.label("Saved");
        } else if !review.project().documents.is_empty() {
            ui.label("Not saved yet").on_hover_text(Command::Save.tooltip(ui.ctx()));
        }
        if let Some(message) = message {
            ui.separator();
            ui.label(message.text());
            if matches!(message, Message::NoFileChosen(_)) && ui.small_button(Command::TypePath.label()).clicked() {
                events.push(Event::Command(Command::TypePath));
            }
        }
    });
}
