//! The menu bar. Every entry is a `Command` and shows that command's shortcut.

use eframe::egui;

use super::TallyApp;
use super::commands::Command;
use crate::project::Verdict;

fn item(ui: &mut egui::Ui, label: &str, command: Command, enabled: bool, commands: &mut Vec<Command>) {
    let shortcut = command.shortcut_text(ui.ctx());
    if ui.add_enabled(enabled, egui::Button::new(label).shortcut_text(shortcut)).clicked() {
        commands.push(command);
        ui.close();
    }
}

pub fn ui(ui: &mut egui::Ui, app: &TallyApp, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(ui, "Open corpus folder…", Command::OpenCorpus, true, commands);
            item(ui, "Open project…", Command::OpenProject, true, commands);
            ui.menu_button("Recent projects", |ui| {
                let recent: Vec<_> = app.prefs.recent.iter().filter(|p| p.is_file()).collect();
                if recent.is_empty() {
                    ui.label("None yet");
                }
                for path in recent {
                    let name = path
                        .file_name()
                        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                    if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                        commands.push(Command::OpenRecent(path.clone()));
                        ui.close();
                    }
                }
            });
            item(ui, "Open sample corpus", Command::OpenSample, true, commands);
            item(ui, "Type a path…", Command::TypePath, true, commands);
            ui.separator();
            item(ui, "Save", Command::Save, true, commands);
            item(ui, "Save as…", Command::SaveAs, true, commands);
            item(ui, "Export CSV…", Command::ExportCsv, true, commands);
            ui.separator();
            item(ui, "Quit", Command::Quit, true, commands);
        });
        ui.menu_button("Edit", |ui| {
            item(ui, "Undo", Command::Undo, app.review.can_undo(), commands);
            item(ui, "Redo", Command::Redo, app.review.can_redo(), commands);
        });
        ui.menu_button("Review", |ui| {
            let selected = app.view.selected.is_some();
            item(ui, "Next claim", Command::NextClaim, true, commands);
            item(ui, "Previous claim", Command::PreviousClaim, true, commands);
            item(ui, "Next unreviewed", Command::NextUnreviewed, true, commands);
            ui.separator();
            item(ui, "Mark corroborated", Command::SetVerdict(Verdict::Corroborated), selected, commands);
            item(ui, "Mark conflicting", Command::SetVerdict(Verdict::Conflicting), selected, commands);
            item(ui, "Mark unsourced", Command::SetVerdict(Verdict::Unsourced), selected, commands);
            item(ui, "Clear verdict", Command::SetVerdict(Verdict::Unreviewed), selected, commands);
            item(ui, "Edit note", Command::FocusNote, selected, commands);
        });
        ui.menu_button("Help", |ui| {
            item(ui, "Keyboard shortcuts", Command::ShowShortcuts, true, commands);
        });
    });
}
