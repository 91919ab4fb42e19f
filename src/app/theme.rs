//! Colours, marks and text sizes: one colour and one mark per verdict (so verdicts are told apart
//! without colour), the selection outline, and text no smaller than 11 points at zoom 1.

use eframe::egui::{self, Color32, FontId, TextStyle};

use super::prefs::Prefs;
use crate::project::Verdict;

/// The smallest text size the desk uses at zoom 1, in points.
pub const MIN_TEXT_PT: f32 = 11.0;

/// Highlight background of a claim with this verdict.
pub fn verdict_fill(verdict: Verdict, dark: bool) -> Color32 {
    match (verdict, dark) {
        (Verdict::Unreviewed, true) => Color32::from_rgb(104, 88, 22),
        (Verdict::Unreviewed, false) => Color32::from_rgb(250, 210, 90),
        (Verdict::Corroborated, true) => Color32::from_rgb(28, 100, 54),
        (Verdict::Corroborated, false) => Color32::from_rgb(170, 230, 184),
        (Verdict::Conflicting, true) => Color32::from_rgb(128, 36, 36),
        (Verdict::Conflicting, false) => Color32::from_rgb(250, 176, 170),
        (Verdict::Unsourced, true) => Color32::from_rgb(62, 70, 124),
        (Verdict::Unsourced, false) => Color32::from_rgb(196, 202, 242),
    }
}

/// The text colour on a highlight: near-white on dark fills, near-black on light ones.
pub fn claim_text_color(dark: bool) -> Color32 {
    if dark { Color32::from_gray(240) } else { Color32::from_gray(16) }
}

/// The mark drawn after a judged claim, so a verdict never depends on colour alone: "=" other
/// sources agree, "≠" they disagree, "?" none backs it. (Glyphs of the bundled font, so they show
/// on every machine.)
pub fn verdict_mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Unreviewed => "",
        Verdict::Corroborated => "=",
        Verdict::Conflicting => "≠",
        Verdict::Unsourced => "?",
    }
}

/// A suggested verdict: a hollow square in the verdict's colour with its mark, so a suggestion
/// never looks like a reviewer's verdict (those are filled).
pub fn suggestion_chip(ui: &mut egui::Ui, verdict: Verdict) -> egui::Response {
    let dark = ui.visuals().dark_mode;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    let stroke = egui::Stroke::new(1.5, verdict_fill(verdict, !dark));
    ui.painter().rect_stroke(rect.shrink(1.0), 2.0, stroke, egui::StrokeKind::Inside);
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        verdict_mark(verdict),
        FontId::proportional(MIN_TEXT_PT),
        ui.visuals().text_color(),
    );
    response.on_hover_text(format!("Suggested: {} (not a verdict until accepted)", verdict.label()))
}

/// Outline of the selected claim.
pub fn selection_stroke(dark: bool) -> egui::Stroke {
    egui::Stroke::new(2.5, if dark { Color32::from_rgb(255, 210, 80) } else { Color32::from_rgb(200, 70, 0) })
}

/// A small coloured square with the verdict's mark.
pub fn verdict_chip(ui: &mut egui::Ui, verdict: Verdict) {
    let dark = ui.visuals().dark_mode;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, verdict_fill(verdict, dark));
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        verdict_mark(verdict),
        FontId::proportional(MIN_TEXT_PT),
        claim_text_color(dark),
    );
}

/// Applies the theme, zoom and text sizes from the preferences.
pub fn apply(ctx: &egui::Context, prefs: &Prefs) {
    ctx.set_theme(prefs.theme.preference());
    ctx.set_zoom_factor(prefs.zoom_clamped());
    // Zoom keys are commands of our own (listed in the menus and F1), not egui's built-in ones.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        for (text_style, font) in &mut style.text_styles {
            let size = match text_style {
                TextStyle::Small => MIN_TEXT_PT,
                TextStyle::Body | TextStyle::Button | TextStyle::Monospace => 13.5,
                TextStyle::Heading => 19.0,
                TextStyle::Name(_) => font.size,
            };
            font.size = size.max(MIN_TEXT_PT);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance.
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f32 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn highlighted_text_is_readable_and_highlights_stand_out_on_both_themes() {
        for dark in [true, false] {
            let page = if dark { egui::Visuals::dark() } else { egui::Visuals::light() }.panel_fill;
            for verdict in Verdict::ALL {
                let fill = verdict_fill(verdict, dark);
                let text = contrast(claim_text_color(dark), fill);
                assert!(text >= 4.5, "{verdict:?} dark={dark}: text contrast {text:.2} below WCAG AA");
                let edge = contrast(fill, page);
                assert!(edge >= 1.3, "{verdict:?} dark={dark}: highlight barely differs from the page ({edge:.2})");
            }
        }
    }

    #[test]
    fn judged_verdicts_have_distinct_marks() {
        let marks: Vec<&str> = Verdict::ALL.iter().map(|v| verdict_mark(*v)).collect();
        let mut unique = marks.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), marks.len(), "{marks:?}");
    }

    #[test]
    fn no_text_smaller_than_the_minimum_at_zoom_one() {
        let ctx = egui::Context::default();
        apply(&ctx, &Prefs::default());
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let style = ctx.style_of(theme);
            for (text_style, font) in &style.text_styles {
                assert!(font.size >= MIN_TEXT_PT, "{text_style:?} is {} pt", font.size);
            }
        }
    }
}
