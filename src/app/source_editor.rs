//! The document's source, editable: headline, outlet, address, date, byline, language. Each edit
//! is an `Action` (typing a field is one undo step), saved with the project; a guessed field says
//! so until the reviewer confirms or corrects it.

use eframe::egui;

use super::events::Event;
use super::view_state::ViewState;
use crate::language::Language;
use crate::metadata::{FieldName, Origin};
use crate::review::Review;

/// The id of a field's text box (tests find the boxes by their labels).
fn field_id(field: FieldName) -> egui::Id {
    egui::Id::unique(("source-field", field.key()))
}

fn label(field: FieldName) -> &'static str {
    match field {
        FieldName::Title => "Headline",
        FieldName::Outlet => "Outlet",
        FieldName::Url => "Address",
        FieldName::Published => "Published",
        FieldName::Author => "Author",
        FieldName::Language => "Language",
    }
}

/// Where a field's value came from, in a word.
fn origin_label(origin: Option<Origin>) -> &'static str {
    match origin {
        Some(Origin::Guess) => "guessed",
        Some(Origin::FrontMatter) => "front matter",
        Some(Origin::Html) => "web page",
        Some(Origin::SourcesCsv) => "sources.csv",
        Some(Origin::Reviewer) => "you",
        None => "",
    }
}

/// The language as a choice: choosing another reads the document's claims again in it.
fn language_ui(
    ui: &mut egui::Ui,
    document: &crate::project::ProjectDocument,
    doc: usize,
    events: &mut Vec<Event>,
) -> egui::Response {
    let current = document.language();
    egui::ComboBox::from_id_salt("source-language")
        .selected_text(current.name())
        .show_ui(ui, |ui| {
            for language in Language::ALL {
                if ui.selectable_label(language == current, language.name()).clicked() && language != current {
                    events.push(Event::SetLanguage(doc, language));
                }
            }
        })
        .response
        .on_hover_text(
            "The grammar its numbers are read with. Another choice reads its claims again; claims you \
         judged or annotated stay as they are.",
        )
}

/// Draws the editor for the document on screen, folded until opened.
pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState, events: &mut Vec<Event>) {
    let doc = view.current_doc;
    let Some(document) = review.project().documents.get(doc) else {
        return;
    };
    egui::CollapsingHeader::new("Edit source").id_salt("source-editor").show(ui, |ui| {
        let drafts = view.source_drafts.get_or_insert_with(|| (doc, Default::default()));
        if drafts.0 != doc {
            *drafts = (doc, Default::default());
        }
        egui::Grid::new("source-fields").num_columns(3).show(ui, |ui| {
            for (k, field) in FieldName::ALL.into_iter().enumerate() {
                let known = document.metadata.get(field);
                let focused = ui.memory(|m| m.has_focus(field_id(field)));
                let Some(draft) = drafts.1.get_mut(k) else {
                    continue;
                };
                if !focused {
                    *draft = known.map(|f| f.value.clone()).unwrap_or_default();
                }
                let name = ui.label(label(field));
                if field == FieldName::Language {
                    language_ui(ui, document, doc, events).labelled_by(name.id);
                    ui.label(egui::RichText::new(origin_label(known.map(|f| f.origin))).weak());
                    ui.end_row();
                    continue;
                }
                let response = ui
                    .add(
                        egui::TextEdit::singleline(draft).id(field_id(field)).desired_width(320.0).hint_text("unknown"),
                    )
                    .labelled_by(name.id);
                if response.changed() {
                    events.push(Event::SetSource(doc, field, draft.clone()));
                }
                if response.lost_focus() {
                    events.push(Event::EndNoteEdit);
                }
                ui.label(egui::RichText::new(origin_label(known.map(|f| f.origin))).weak());
                ui.end_row();
            }
        });
    });
}
