//! The article with every claim highlighted in its verdict's colour and mark. The document is laid
//! out in chunks of a few kilobytes, kept until the document, width or theme change (a verdict
//! re-lays out only its chunk), and only the chunks in sight are drawn; a click is mapped back to
//! a claim through its chunk's cursor. A long document keeps only the chunks near the view laid
//! out (a laid-out megabyte of text takes some 170 MB); the others keep their height and are laid
//! out again when scrolled to.

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{self, Align, FontId, Galley, Sense, TextFormat, text::LayoutJob};

use super::commands::Command;
use super::events::Event;
use super::theme;
use super::view_state::ViewState;
use crate::project::{ClaimRef, DocStatus, Verdict};
use crate::review::Review;

/// A highlighted claim in its chunk's galley, in char offsets (what the galley's cursors count).
struct Span {
    claim: usize,
    chars: Range<usize>,
}

/// A chunk's text (bytes into the document) is this long at least, ended at a line break: a long
/// document is laid out, drawn and described to screen readers chunk by chunk, only the chunks in
/// sight each frame, and a verdict re-lays out only its own chunk.
const CHUNK_BYTES: usize = 4_096;

/// A document of more chunks than this (about 64 KB) keeps only the chunks near the view laid out.
const ALWAYS_LAID_OUT_CHUNKS: usize = 16;

/// How far from the view (in view heights, above and below) a long document's chunks stay laid
/// out: scrolling a little never lays one out again.
const KEEP_LAID_OUT_SCREENS: f32 = 2.0;

#[derive(Clone, PartialEq)]
struct Key {
    doc: usize,
    width_px: i32,
    revision: u64,
    dark: bool,
}

/// Part of the document, laid out.
struct Chunk {
    /// The bytes of the document it shows.
    bytes: Range<usize>,
    /// The verdicts of its claims when laid out: unchanged, the galley is kept.
    marks: Vec<Verdict>,
    /// Its text laid out (`None` while a long document's chunk is far from the view).
    galley: Option<Arc<Galley>>,
    spans: Vec<Span>,
    /// Its top, from the document's top.
    top: f32,
    /// Its size when laid out (kept while the galley is not).
    size: egui::Vec2,
}

struct CachedDocument {
    key: Key,
    chunks: Vec<Chunk>,
    /// The chunk each claim is drawn in (by claim index; `u32::MAX` for none).
    chunk_of_claim: Vec<u32>,
    /// Where the document's top was last drawn (screen coordinates).
    origin: egui::Pos2,
    size: egui::Vec2,
}

/// The document view's own state: the laid-out article, and which document it last showed.
#[derive(Default)]
pub struct DocumentView {
    cached: Option<CachedDocument>,
    /// The document shown last frame: a newly shown one starts at its top.
    shown_doc: Option<usize>,
    /// The central panel's rect, last frame (screen coordinates).
    panel_rect: Option<egui::Rect>,
}

impl Chunk {
    /// Zero-width rectangles (chunk coordinates) at a span's first and last character edges.
    fn edges(galley: &Galley, span: &Span) -> (egui::Rect, egui::Rect) {
        let at = |i: usize| galley.pos_from_cursor(egui::text::CCursor::new(i));
        (at(span.chars.start), at(span.chars.end))
    }

    /// Rectangles (chunk coordinates) covering a claim: one per row it spans (first and last);
    /// none while the chunk is not laid out.
    fn claim_rects(&self, claim: usize) -> Vec<egui::Rect> {
        let (Some(galley), Some(span)) = (&self.galley, self.spans.iter().find(|s| s.claim == claim)) else {
            return Vec::new();
        };
        let (start, end) = Self::edges(galley, span);
        if (end.min.y - start.min.y).abs() < 1.0 {
            return vec![start.union(end)];
        }
        let right = galley.rect.max.x;
        let first = egui::Rect::from_min_max(start.min, egui::pos2(right, start.max.y));
        let last = egui::Rect::from_min_max(egui::pos2(0.0, end.min.y), end.max);
        vec![first, last]
    }

    /// The claim under a point (chunk coordinates), checking the pointer is really on it.
    fn claim_at(&self, pos: egui::Vec2) -> Option<usize> {
        let galley = self.galley.as_ref()?;
        let cursor = galley.cursor_from_pos(pos);
        let index = cursor.index.0;
        let span =
            self.spans.iter().find(|s| s.chars.contains(&index) || (s.chars.end == index && index > s.chars.start))?;
        let (first, last) = Self::edges(galley, span);
        let inside_rows = pos.y >= first.min.y - 1.0 && pos.y <= last.max.y + 1.0;
        let same_row = (last.min.y - first.min.y).abs() < 1.0;
        let inside_x = !same_row || (pos.x >= first.min.x - 1.0 && pos.x <= last.max.x + 1.0);
        (inside_rows && inside_x).then_some(span.claim)
    }
}

impl CachedDocument {
    /// A claim's rectangles in document coordinates (from the document's top-left); none while
    /// its chunk is not laid out.
    fn claim_rects(&self, claim: usize) -> Vec<egui::Rect> {
        self.chunk_of(claim)
            .and_then(|k| self.chunks.get(k))
            .map(|c| c.claim_rects(claim).into_iter().map(|r| r.translate(egui::vec2(0.0, c.top))).collect())
            .unwrap_or_default()
    }

    /// The chunk a claim is drawn in.
    fn chunk_of(&self, claim: usize) -> Option<usize> {
        self.chunk_of_claim.get(claim).filter(|&&k| k != u32::MAX).map(|&k| k as usize)
    }

    /// Lays chunk `k` out again if it is not.
    fn lay_out(&mut self, k: usize, ui: &egui::Ui, review: &Review) {
        let Some(chunk) = self.chunks.get_mut(k).filter(|c| c.galley.is_none()) else {
            return;
        };
        if let Some((galley, spans)) = layout_chunk(ui, review, &self.key, chunk.bytes.clone()) {
            chunk.galley = Some(galley);
            chunk.spans = spans;
        }
    }

    /// Lets go of a long document's chunks far from `near` (document coordinates).
    fn forget_far_from(&mut self, near: egui::Rangef) {
        if self.chunks.len() <= ALWAYS_LAID_OUT_CHUNKS {
            return;
        }
        for chunk in &mut self.chunks {
            if chunk.top + chunk.size.y < near.min || chunk.top > near.max {
                chunk.galley = None;
            }
        }
    }
}

/// Where the document is cut into chunks: at line breaks, every `CHUNK_BYTES` or so, never
/// inside a claim (`spans`: the claims' byte spans, sorted, not overlapping).
fn chunk_bounds(text: &str, spans: &[(usize, usize)]) -> Vec<Range<usize>> {
    let inside_claim = |at: usize| {
        let before = spans.partition_point(|&(s, _)| s < at);
        before > 0 && spans[before - 1].1 > at
    };
    let mut bounds = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let from = (start + CHUNK_BYTES).min(text.len());
        let cut = memchr::memchr_iter(b'\n', &text.as_bytes()[from..])
            .map(|i| from + i + 1)
            .find(|&at| !inside_claim(at))
            .unwrap_or(text.len());
        bounds.push(start..cut);
        start = cut;
    }
    bounds
}

/// Lays out one chunk: its text with each claim highlighted in its verdict's colour and mark.
fn layout_chunk(ui: &egui::Ui, review: &Review, key: &Key, bytes: Range<usize>) -> Option<(Arc<Galley>, Vec<Span>)> {
    let doc = review.project().documents.get(key.doc)?;
    let text = &doc.text;
    let font = FontId::proportional(15.0);
    let mark_font = FontId::proportional(theme::MIN_TEXT_PT);
    let color = ui.visuals().text_color();
    let plain = TextFormat { font_id: font.clone(), color, ..Default::default() };
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping { max_width: key.width_px as f32, ..Default::default() },
        ..Default::default()
    };
    let mut spans = Vec::new();
    let (mut byte, mut chars) = (bytes.start, 0usize);
    for (i, c) in doc.claims.iter().enumerate() {
        let (s, e) = (c.claim.start(), c.claim.end());
        if c.stale || s < byte || e > bytes.end || text.get(s..e).is_none() {
            continue;
        }
        let before = &text[byte..s];
        job.append(before, 0.0, plain.clone());
        chars += before.chars().count();
        let format = TextFormat {
            font_id: font.clone(),
            color: theme::claim_text_color(key.dark),
            background: theme::verdict_fill(c.verdict, key.dark),
            ..Default::default()
        };
        let claim_text = &text[s..e];
        job.append(claim_text, 0.0, format);
        let n = claim_text.chars().count();
        spans.push(Span { claim: i, chars: chars..chars + n });
        chars += n;
        let mark = theme::verdict_mark(c.verdict);
        if !mark.is_empty() {
            let format = TextFormat {
                font_id: mark_font.clone(),
                color: ui.visuals().strong_text_color(),
                valign: Align::TOP,
                ..Default::default()
            };
            job.append(mark, 1.0, format);
            chars += mark.chars().count();
        }
        byte = e;
    }
    // A chunk ends with the line break that cut it: the next chunk starts on a new line.
    let rest = text.get(byte..bytes.end)?;
    job.append(rest.strip_suffix('\n').unwrap_or(rest), 0.0, plain);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    Some((galley, spans))
}

/// The verdicts of the claims starting in `bytes` (what a chunk's colours depend on), given the
/// document's live claims sorted by start.
fn marks(live: &[&crate::project::ReviewedClaim], bytes: &Range<usize>) -> Vec<Verdict> {
    let first = live.partition_point(|c| c.claim.start() < bytes.start);
    live[first..].iter().take_while(|c| c.claim.start() < bytes.end).map(|c| c.verdict).collect()
}

/// The document laid out for `key`, reusing the chunks of `old` whose text and verdicts are as
/// they were (a verdict changes one chunk).
fn build(ui: &egui::Ui, review: &Review, key: Key, old: Option<CachedDocument>) -> Option<CachedDocument> {
    let doc = review.project().documents.get(key.doc)?;
    let reusable = old.filter(|o| o.key.doc == key.doc && o.key.width_px == key.width_px && o.key.dark == key.dark);
    // A rebuild (a verdict) lays out only the chunks that changed, which are in sight: keep them.
    let rebuilding = reusable.is_some();
    let mut old_chunks: Vec<Chunk> = reusable.map(|o| o.chunks).unwrap_or_default();
    let mut chunks = Vec::new();
    let mut top = 0.0;
    let mut width: f32 = 0.0;
    let mut live: Vec<&crate::project::ReviewedClaim> = doc.claims.iter().filter(|c| !c.stale).collect();
    live.sort_by_key(|c| c.claim.start());
    let spans: Vec<(usize, usize)> = live.iter().map(|c| (c.claim.start(), c.claim.end())).collect();
    for bytes in chunk_bounds(&doc.text, &spans) {
        let marks = marks(&live, &bytes);
        let kept = old_chunks.iter().position(|c| c.bytes == bytes && c.marks == marks);
        let (galley, spans, size) = match kept {
            Some(i) => {
                let c = old_chunks.swap_remove(i);
                (c.galley, c.spans, c.size)
            }
            None => {
                let (galley, spans) = layout_chunk(ui, review, &key, bytes.clone())?;
                let size = galley.size();
                // A long document's chunks are measured here, one at a time, and laid out
                // again when in sight: holding them all would take some 170 MB a megabyte.
                (Some(galley).filter(|_| rebuilding || chunks.len() < ALWAYS_LAID_OUT_CHUNKS), spans, size)
            }
        };
        width = width.max(size.x);
        chunks.push(Chunk { bytes, marks, galley, spans, top, size });
        top += size.y;
    }
    let mut chunk_of_claim = vec![u32::MAX; doc.claims.len()];
    for (k, chunk) in chunks.iter().enumerate() {
        for span in &chunk.spans {
            if let Some(at) = chunk_of_claim.get_mut(span.claim) {
                *at = u32::try_from(k).unwrap_or(u32::MAX);
            }
        }
    }
    Some(CachedDocument { key, chunks, chunk_of_claim, origin: egui::Pos2::ZERO, size: egui::vec2(width, top) })
}

/// The file, the date and the address under the heading; a guessed field says so.
fn source_line_ui(ui: &mut egui::Ui, doc: &crate::project::ProjectDocument) {
    use crate::metadata::{FieldName, Origin};
    let mut parts = vec![doc.path.clone()];
    for name in [FieldName::Published, FieldName::Author, FieldName::Url] {
        if let Some(field) = doc.metadata.get(name) {
            let value = if name == FieldName::Published {
                crate::metadata::reader_published(&field.value)
            } else {
                field.value.clone()
            };
            let guess = if field.origin == Origin::Guess { " (guessed)" } else { "" };
            parts.push(format!("{value}{guess}"));
        }
    }
    let language = doc.language();
    let how = match doc.metadata.get(FieldName::Language).map(|f| f.origin) {
        None => " (default)",
        Some(Origin::Guess) => " (detected)",
        Some(_) => "",
    };
    parts.push(format!("{}{how}", language.name()));
    ui.label(egui::RichText::new(parts.join(" · ")).weak());
}

/// What the highlights mean, and the keys that judge them (from the command table).
fn legend_ui(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        for verdict in Verdict::ALL {
            theme::verdict_chip(ui, verdict);
            ui.small(verdict.label());
        }
        let keys = |c: Command| c.shortcut_text(ui.ctx());
        ui.small(format!(
            "· selected claim is outlined · {}/{} move, {}/{}/{} judge, {} clears",
            keys(Command::NextClaim),
            keys(Command::PreviousClaim),
            keys(Command::SetVerdict(Verdict::Corroborated)),
            keys(Command::SetVerdict(Verdict::Conflicting)),
            keys(Command::SetVerdict(Verdict::Unsourced)),
            keys(Command::SetVerdict(Verdict::Unreviewed)),
        ));
    });
}

impl DocumentView {
    /// Where a claim of `doc` was last drawn (screen coordinates, its first row).
    pub fn claim_rect(&self, doc: usize, claim: usize) -> Option<egui::Rect> {
        let cached = self.cached.as_ref().filter(|c| c.key.doc == doc)?;
        cached.claim_rects(claim).first().map(|r| r.translate(cached.origin.to_vec2()))
    }

    /// How many of the document's chunks are laid out now, of how many.
    pub fn laid_out_chunks(&self) -> (usize, usize) {
        self.cached
            .as_ref()
            .map_or((0, 0), |c| (c.chunks.iter().filter(|k| k.galley.is_some()).count(), c.chunks.len()))
    }

    /// Where the article's text was last drawn, and the central panel it sits in.
    pub fn article_rects(&self) -> Option<(egui::Rect, egui::Rect)> {
        let cached = self.cached.as_ref()?;
        let article = egui::Rect::from_min_size(cached.origin, cached.size);
        Some((article, self.panel_rect?))
    }

    /// Draws the document on screen (heading, notices, legend, highlighted text).
    pub fn ui(&mut self, ui: &mut egui::Ui, review: &Review, view: &mut ViewState, events: &mut Vec<Event>) {
        self.panel_rect = Some(ui.max_rect());
        let Some(doc) = review.project().documents.get(view.current_doc) else {
            self.cached = None;
            if !review.project().documents.is_empty() || !super::welcome::shown(review) {
                ui.label("This corpus has no documents.");
            }
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.heading(doc.display_name());
            ui.label(format!("{} claims", doc.claims.len()));
        });
        source_line_ui(ui, doc);
        super::source_editor::ui(ui, review, view, events);
        if doc.mostly_numbers() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "This document is mostly numbers (a table or a data dump?). Each figure is listed as a claim, but its \
                 \"sentence\", subject and source are read from the figures around it and mean little here.",
            );
            if doc.claims_capped() {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "Only its first {} figures are listed: the rest of it was not read for claims.",
                        crate::extract::grouped(crate::extract::MAX_CLAIMS_PER_DOCUMENT as f64)
                    ),
                );
            }
        }
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
        // A newly shown document opens at its top, unless a claim in it is being selected.
        let switched = self.shown_doc != Some(view.current_doc);
        self.shown_doc = Some(view.current_doc);
        let mut area = egui::ScrollArea::vertical().id_salt("document-scroll").auto_shrink([false, false]);
        if switched && !view.scroll_to_selected {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| self.text_ui(ui, review, view, events));
    }

    fn text_ui(&mut self, ui: &mut egui::Ui, review: &Review, view: &mut ViewState, events: &mut Vec<Event>) {
        let key = Key {
            doc: view.current_doc,
            width_px: ui.available_width().max(100.0) as i32,
            revision: review.revision(),
            dark: ui.visuals().dark_mode,
        };
        if self.cached.as_ref().is_none_or(|g| g.key != key) {
            self.cached = build(ui, review, key, self.cached.take());
        }
        let Some(cached) = self.cached.as_mut() else {
            return;
        };
        // The whole document's height is taken; only the chunks in sight are drawn.
        let (rect, _) = ui.allocate_exact_size(cached.size, Sense::hover());
        cached.origin = rect.min;
        let visible = ui.clip_rect();
        let selected = view.selected.filter(|s| s.doc == view.current_doc);
        let dark = ui.visuals().dark_mode;
        if view.scroll_to_selected
            && let Some(k) = selected.and_then(|sel| cached.chunk_of(sel.claim))
        {
            cached.lay_out(k, ui, review);
        }
        for k in 0..cached.chunks.len() {
            let chunk = &cached.chunks[k];
            let chunk_rect = egui::Rect::from_min_size(rect.min + egui::vec2(0.0, chunk.top), chunk.size);
            if !chunk_rect.intersects(visible) {
                continue;
            }
            cached.lay_out(k, ui, review);
            let chunk = &cached.chunks[k];
            let Some(galley) = &chunk.galley else {
                continue;
            };
            // Click and drag: a click selects a claim, a drag selects text to copy (Ctrl+C), as
            // in any reader (across chunks too: egui selects across labels).
            let response = ui.interact(chunk_rect, ui.scope_id().with(("chunk", k)), Sense::click_and_drag());
            egui::text_selection::LabelSelectionState::label_text_selection(
                ui,
                &response,
                chunk_rect.min,
                galley.clone(),
                ui.visuals().text_color(),
                egui::Stroke::NONE,
            );
            if let Some(sel) = selected {
                for r in chunk.claim_rects(sel.claim) {
                    let r = r.translate(chunk_rect.min.to_vec2()).expand(2.0);
                    ui.painter().rect_stroke(r, 3.0, theme::selection_stroke(dark), egui::StrokeKind::Outside);
                }
            }
            let hovered = response.hover_pos().and_then(|p| chunk.claim_at(p - chunk_rect.min));
            if hovered.is_some() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            } else if response.hovered() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
            }
            if response.clicked()
                && let Some(claim) = response.interact_pointer_pos().and_then(|p| chunk.claim_at(p - chunk_rect.min))
            {
                events.push(Event::Select(ClaimRef { doc: view.current_doc, claim }));
            }
        }
        if view.scroll_to_selected {
            if let Some(r) = selected.and_then(|sel| cached.claim_rects(sel.claim).first().copied()) {
                // A claim already in sight (one just clicked) stays where it is.
                let r = r.translate(rect.min.to_vec2()).expand(24.0);
                if !ui.clip_rect().contains_rect(r) {
                    ui.scroll_to_rect(r, Some(Align::Center));
                }
            }
            view.scroll_to_selected = false;
        }
        let margin = visible.height() * KEEP_LAID_OUT_SCREENS;
        cached.forget_far_from(egui::Rangef::new(
            visible.min.y - rect.min.y - margin,
            visible.max.y - rect.min.y + margin,
        ));
    }
}
