//! The menu bar. Every entry is a command from the table and shows that command's label and
//! shortcut.

use eframe::egui;

use super::TallyApp;
use super::commands::Command;
use super::events::Event;
use super::prefs::ThemeChoice;
use crate::project::Verdict;

fn item(ui: &mut egui::Ui, command: Command, enabled: bool, events: &mut Vec<Event>) {
    let button = egui::Button::new(command.label()).shortcut_text(command.shortcut_text(ui.ctx()));
    if ui.add_enabled(enabled, button).on_hover_text(command.help()).clicked() {
        events.push(Event::Command(command));
        ui.close();
    }
}

/// A menu entry that is on or off (auto-advance, the theme).
fn toggle(ui: &mut egui::Ui, command: Command, on: bool, events: &mut Vec<Event>) {
    if ui.add(egui::Button::selectable(on, command.label())).on_hover_text(command.help()).clicked() {
        events.push(Event::Command(command));
        ui.close();
    }
}

fn file_menu_ui(ui: &mut egui::Ui, app: &TallyApp, events: &mut Vec<Event>) {
    item(ui, Command::OpenCorpus, true, events);
    item(ui, Command::OpenProject, true, events);
    ui.menu_button("Recent projects", |ui| {
        let recent: Vec<_> = app.prefs.recent.iter().filter(|p| p.is_file()).collect();
        if recent.is_empty() {
            ui.label("None yet");
        }
        for path in recent {
            let name =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
            if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                events.push(Event::OpenRecent(path.clone()));
                ui.close();
            }
        }
    });
    item(ui, Command::OpenSample, true, events);
    let own = !app.review.project().is_sample() && !app.review.project().documents.is_empty();
    item(ui, Command::LocateCorpus, own, events);
    item(ui, Command::TypePath, true, events);
    ui.separator();
    let has_documents = !app.review.project().documents.is_empty();
    item(ui, Command::Save, has_documents, events);
    item(ui, Command::SaveAs, has_documents, events);
    item(ui, Command::ExportCsv, has_documents, events);
    item(ui, Command::ExportExcel, has_documents, events);
    item(ui, Command::ExportClaimReview, has_documents, events);
    item(ui, Command::CompareWithReview, has_documents, events);
    ui.separator();
    item(ui, Command::Quit, true, events);
}

/// Draws the menu bar.
pub fn ui(ui: &mut egui::Ui, app: &TallyApp, events: &mut Vec<Event>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, events));
        ui.menu_button("Edit", |ui| {
            item(ui, Command::Undo, app.review.can_undo(), events);
            item(ui, Command::Redo, app.review.can_redo(), events);
            ui.separator();
            item(ui, Command::EditIdentity, true, events);
        });
        ui.menu_button("Review", |ui| {
            let selected = app.view.selected.is_some();
            item(ui, Command::NextClaim, true, events);
            item(ui, Command::PreviousClaim, true, events);
            item(ui, Command::NextUnreviewed, true, events);
            item(ui, Command::NextDisagreement, true, events);
            ui.separator();
            for verdict in [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced, Verdict::Unreviewed] {
                item(ui, Command::SetVerdict(verdict), selected, events);
            }
            item(ui, Command::FocusNote, selected, events);
            item(ui, Command::CopyClaimWithSource, selected, events);
            ui.separator();
            toggle(ui, Command::ToggleAutoAdvance, app.prefs.auto_advance, events);
        });
        ui.menu_button("Compare", |ui| {
            let selected = app.view.selected.is_some();
            toggle(ui, Command::ShowQuantities, app.view.show_quantities, events);
            item(ui, Command::AcceptSuggestion, selected, events);
            item(ui, Command::AcceptQuantitySuggestions, selected, events);
            item(ui, Command::AcceptAllSuggestions, true, events);
            ui.separator();
            for verdict in [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced, Verdict::Unreviewed] {
                item(ui, Command::SetQuantityVerdict(verdict), selected, events);
            }
            item(ui, Command::SetQuantityNote, selected, events);
            item(ui, Command::MoveOutOfQuantity, selected, events);
        });
        ui.menu_button("View", |ui| {
            item(ui, Command::ZoomIn, true, events);
            item(ui, Command::ZoomOut, true, events);
            item(ui, Command::ZoomReset, true, events);
            ui.separator();
            for choice in [ThemeChoice::System, ThemeChoice::Dark, ThemeChoice::Light] {
                toggle(ui, Command::SetTheme(choice), app.prefs.theme == choice, events);
            }
        });
        ui.menu_button("Help", |ui| {
            item(ui, Command::ShowShortcuts, true, events);
        });
    });
}
