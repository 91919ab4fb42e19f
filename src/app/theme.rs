//! Colours and text styles: one colour per verdict, used by highlights, legend, table and bar.

use eframe::egui::{self, Color32};

use crate::project::Verdict;

/// Highlight background of a claim with this verdict.
pub fn verdict_fill(verdict: Verdict, dark: bool) -> Color32 {
    match (verdict, dark) {
        (Verdict::Unreviewed, true) => Color32::from_rgb(92, 78, 24),
        (Verdict::Unreviewed, false) => Color32::from_rgb(255, 236, 153),
        (Verdict::Corroborated, true) => Color32::from_rgb(28, 96, 52),
        (Verdict::Corroborated, false) => Color32::from_rgb(178, 234, 190),
        (Verdict::Conflicting, true) => Color32::from_rgb(120, 36, 36),
        (Verdict::Conflicting, false) => Color32::from_rgb(250, 180, 175),
        (Verdict::Unsourced, true) => Color32::from_rgb(60, 66, 110),
        (Verdict::Unsourced, false) => Color32::from_rgb(200, 205, 240),
    }
}

/// Outline of the selected claim.
pub fn selection_stroke(dark: bool) -> egui::Stroke {
    egui::Stroke::new(2.0, if dark { Color32::from_rgb(255, 210, 80) } else { Color32::from_rgb(200, 90, 0) })
}

/// A small coloured square and the verdict name.
pub fn verdict_chip(ui: &mut egui::Ui, verdict: Verdict) {
    let dark = ui.visuals().dark_mode;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, verdict_fill(verdict, dark));
}

/// Sizes for reading long articles.
pub fn apply(ctx: &egui::Context) {
    ctx.global_style_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
    });
}
