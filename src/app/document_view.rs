//! The article with every claim highlighted in its verdict's colour. One laid-out galley per
//! document, rebuilt only when the document, width, verdicts or selection change; a click is
//! mapped back to a claim through the galley's cursor.

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{self, Align, Color32, FontId, Galley, Sense, TextFormat, text::LayoutJob};

use super::theme;
use super::view_state::ViewState;
use crate::project::{DocStatus, Verdict};
use crate::review::{ClaimRef, Review};

/// A highlighted claim in the galley, in char offsets (what the galley's cursors count).
struct Span {
    claim: usize,
    chars: Range<usize>,
}

#[derive(Clone, PartialEq)]
struct Key {
    doc: usize,
    width_px: i32,
    revision: u64,
    selected: Option<ClaimRef>,
    dark: bool,
}

pub struct CachedGalley {
    key: Key,
    galley: Arc<Galley>,
    spans: Vec<Span>,
    /// Where the galley was last painted (screen coordinates).
    pub origin: egui::Pos2,
}

impl CachedGalley {
    /// Zero-width rectangles (galley coordinates) at a span's first and last character edges.
    fn edges(&self, span: &Span) -> (egui::Rect, egui::Rect) {
        let at = |i: usize| self.galley.pos_from_cursor(egui::text::CCursor::new(i));
        (at(span.chars.start), at(span.chars.end))
    }

    /// Screen rectangle of a claim's first character row, if it is highlighted here.
    pub fn claim_rect(&self, claim: usize) -> Option<egui::Rect> {
        let span = self.spans.iter().find(|s| s.claim == claim)?;
        let (start, end) = self.edges(span);
        let rect = if (end.min.y - start.min.y).abs() < 1.0 {
            start.union(end)
        } else {
            start.union(start.translate(egui::vec2(8.0, 0.0)))
        };
        Some(rect.translate(self.origin.to_vec2()))
    }

    /// The claim under a point (galley coordinates), checking the pointer is really on it.
    fn claim_at(&self, pos: egui::Vec2) -> Option<usize> {
        let cursor = self.galley.cursor_from_pos(pos);
        let index = cursor.index.0;
        let span =
            self.spans.iter().find(|s| s.chars.contains(&index) || (s.chars.end == index && index > s.chars.start))?;
        let (first, last) = self.edges(span);
        let inside_rows = pos.y >= first.min.y - 1.0 && pos.y <= last.max.y + 1.0;
        let same_row = (last.min.y - first.min.y).abs() < 1.0;
        let inside_x = !same_row || (pos.x >= first.min.x - 1.0 && pos.x <= last.max.x + 1.0);
        (inside_rows && inside_x).then_some(span.claim)
    }
}

fn build(ui: &egui::Ui, review: &Review, key: Key) -> Option<CachedGalley> {
    let doc = review.project.documents.get(key.doc)?;
    let text = &doc.text;
    let font = FontId::proportional(15.0);
    let color = ui.visuals().text_color();
    let plain = TextFormat { font_id: font.clone(), color, ..Default::default() };
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping { max_width: key.width_px as f32, ..Default::default() },
        ..Default::default()
    };
    let mut spans = Vec::new();
    let (mut byte, mut chars) = (0usize, 0usize);
    for (i, c) in doc.claims.iter().enumerate() {
        let (s, e) = (c.claim.start, c.claim.end);
        if c.stale || s < byte || text.get(s..e).is_none() {
            continue;
        }
        let before = &text[byte..s];
        job.append(before, 0.0, plain.clone());
        chars += before.chars().count();
        let selected = key.selected == Some(ClaimRef { doc: key.doc, claim: i });
        let mut format = TextFormat {
            font_id: font.clone(),
            color,
            background: theme::verdict_fill(c.verdict, key.dark),
            ..Default::default()
        };
        if selected {
            format.underline = theme::selection_stroke(key.dark);
            format.color = if key.dark { Color32::WHITE } else { Color32::BLACK };
        } else if c.verdict == Verdict::Unreviewed {
            format.underline = egui::Stroke::new(1.0, theme::verdict_fill(Verdict::Unreviewed, !key.dark));
        }
        let claim_text = &text[s..e];
        job.append(claim_text, 0.0, format);
        let n = claim_text.chars().count();
        spans.push(Span { claim: i, chars: chars..chars + n });
        chars += n;
        byte = e;
    }
    job.append(&text[byte..], 0.0, plain);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    Some(CachedGalley { key, galley, spans, origin: egui::Pos2::ZERO })
}

fn legend_ui(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        for verdict in Verdict::ALL {
            theme::verdict_chip(ui, verdict);
            ui.small(verdict.as_str());
        }
        ui.small("· selected claim is underlined · J/K move, 1/2/3 judge, 0 clears");
    });
}

pub fn ui(ui: &mut egui::Ui, review: &Review, view: &mut ViewState) {
    let Some(doc) = review.project.documents.get(view.current_doc) else {
        ui.label("This corpus has no documents.");
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(&doc.path);
        ui.label(format!("{} claims", doc.claims.len()));
    });
    match doc.status {
        DocStatus::Unchanged => {}
        DocStatus::Changed => {
            ui.colored_label(ui.visuals().warn_fg_color, "This document changed since the project was saved. Verdicts were kept; claims whose text is gone are listed as “text changed”.");
        }
        DocStatus::Missing => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                "This document could not be read. Its claims and verdicts are kept in the project.",
            );
            return;
        }
    }
    legend_ui(ui);
    ui.separator();
    egui::ScrollArea::vertical().id_salt("document-scroll").auto_shrink([false, false]).show(ui, |ui| {
        let key = Key {
            doc: view.current_doc,
            width_px: ui.available_width().max(100.0) as i32,
            revision: review.revision(),
            selected: view.selected,
            dark: ui.visuals().dark_mode,
        };
        if view.galley.as_ref().is_none_or(|g| g.key != key) {
            view.galley = build(ui, review, key);
        }
        let Some(cached) = view.galley.as_mut() else {
            return;
        };
        let (rect, response) = ui.allocate_exact_size(cached.galley.size(), Sense::click());
        cached.origin = rect.min;
        ui.painter().galley(rect.min, cached.galley.clone(), ui.visuals().text_color());
        let hovered = response.hover_pos().and_then(|p| cached.claim_at(p - rect.min));
        if hovered.is_some() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        if response.clicked()
            && let Some(claim) = response.interact_pointer_pos().and_then(|p| cached.claim_at(p - rect.min))
        {
            view.selected = Some(ClaimRef { doc: view.current_doc, claim });
        }
        if view.scroll_to_selected
            && let Some(sel) = view.selected.filter(|s| s.doc == view.current_doc)
        {
            if let Some(r) = cached.claim_rect(sel.claim) {
                ui.scroll_to_rect(r.expand(24.0), Some(Align::Center));
            }
            view.scroll_to_selected = false;
        }
    });
}
