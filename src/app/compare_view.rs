//! Compare: the selected claim's quantity side by side. One row per report (outlet or file,
//! date, the figure as written, its origin, suggestion and verdict) with its interval drawn on a
//! shared number line (days, for dates), differing reports marked; then why the claim is here,
//! the arithmetic it closes, and the commands that act on the whole quantity.

use eframe::egui;

use super::commands::Command;
use super::events::Event;
use super::theme;
use crate::compare::{Comparison, Interval};
use crate::extract::Kind;
use crate::metadata::FieldName;
use crate::project::{ClaimRef, Pin, Verdict};
use crate::review::Review;

/// Height of one report's number line.
const LINE_HEIGHT: f32 = 12.0;

/// How much of a report's sentence its row shows.
const SENTENCE_CHARS: usize = 110;

/// The number line's range: every finite end and point of the reports, padded (dates by days,
/// not by a share of their day count).
fn axis(intervals: &[Interval], dated: bool) -> (f64, f64) {
    let values = intervals.iter().flat_map(|i| [i.lo, i.hi, i.point]).filter(|v| v.is_finite());
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let pad = if dated { ((hi - lo) * 0.15).max(15.0) } else { ((hi - lo) * 0.15).max(hi.abs() * 0.05).max(1.0) };
    // Counts and amounts start at zero: no line below it.
    let floor = if lo >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
    ((lo - pad).max(floor), hi + pad)
}

/// Draws one interval on the shared line: a bar from end to end (an arrow where it runs on), a
/// dot at the stated figure.
fn number_line(ui: &mut egui::Ui, interval: &Interval, (lo, hi): (f64, f64), color: egui::Color32) {
    let width = ui.available_width().max(60.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, LINE_HEIGHT), egui::Sense::hover());
    let x = |v: f64| {
        let t = if v.is_infinite() { if v > 0.0 { 1.0 } else { 0.0 } } else { ((v - lo) / (hi - lo)).clamp(0.0, 1.0) };
        rect.left() + t as f32 * rect.width()
    };
    let y = rect.center().y;
    let painter = ui.painter();
    painter.line_segment(
        [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    let (a, b) = (x(interval.lo), x(interval.hi).max(x(interval.lo) + 2.0));
    painter.line_segment([egui::pos2(a, y), egui::pos2(b, y)], egui::Stroke::new(4.0, color));
    if interval.hi.is_infinite() {
        let tip = egui::pos2(rect.right(), y);
        painter.add(egui::Shape::convex_polygon(
            vec![tip, egui::pos2(tip.x - 6.0, y - 4.0), egui::pos2(tip.x - 6.0, y + 4.0)],
            color,
            egui::Stroke::NONE,
        ));
    }
    painter.circle_filled(egui::pos2(x(interval.point), y), 3.5, ui.visuals().strong_text_color());
}

/// Draws the Compare section for the selected claim.
pub fn ui(ui: &mut egui::Ui, review: &Review, comparison: &Comparison, sel: ClaimRef, events: &mut Vec<Event>) {
    let Some(found) = comparison.claim(sel) else {
        return;
    };
    ui.label(egui::RichText::new("Compare").weak());
    ui.horizontal_wrapped(|ui| {
        theme::suggestion_chip(ui, found.suggestion.verdict);
        ui.label(egui::RichText::new(format!("Suggested: {}", found.suggestion.verdict.label())).strong());
        if found.suggestion.superseded {
            ui.label(egui::RichText::new("superseded").small().strong().color(ui.visuals().warn_fg_color));
        }
        let accept = Command::AcceptSuggestion;
        if ui.small_button(accept.label()).on_hover_text(accept.tooltip(ui.ctx())).clicked() {
            events.push(Event::Command(accept));
        }
    });
    let reason = comparison.why_suggested(review.project(), sel);
    ui.add(egui::Label::new(egui::RichText::new(reason).small()).wrap());
    for check in comparison.consistency(sel) {
        let (says, color) = if check.holds {
            ("Adds up", ui.visuals().text_color())
        } else {
            ("Does not add up", ui.visuals().warn_fg_color)
        };
        ui.label(egui::RichText::new(format!("{says}: {}", check.shown)).color(color))
            .on_hover_text("Figures of this article that should add up to this one");
    }
    if let Some(reason) = comparison.origin_reasons.get(sel.doc).and_then(Option::as_deref) {
        ui.small(format!("Same origin as another article: this one {reason}."));
    }
    let Some(quantity) = comparison.quantity_of(sel) else {
        ui.label("No other report of this quantity.");
        pinned_note(ui, review, sel, events);
        return;
    };
    let origins: std::collections::BTreeSet<usize> =
        quantity.members.iter().filter_map(|r| comparison.origins.get(r.doc)).copied().collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("Quantity {} · {}", quantity.id, quantity.label)).strong());
        ui.label(format!("{} reports from {} origins", quantity.members.len(), origins.len()));
        if quantity.conflicting {
            ui.label(egui::RichText::new("conflicting").strong().color(ui.visuals().warn_fg_color));
        }
    });
    reports_ui(ui, review, comparison, quantity, sel, events);
    if let Some((with, _, by_reviewer)) = found.joined() {
        let other = review.claim(with).map_or_else(String::new, |c| c.claim.text.to_string());
        let why = match comparison.why_joined(review.project(), sel) {
            _ if by_reviewer => "moved here by the reviewer".to_owned(),
            Some(judgement) => format!("{} (score {:.2})", judgement.reasons().join("; "), judgement.score),
            None => String::new(),
        };
        ui.add(egui::Label::new(egui::RichText::new(format!("Why with “{other}”: {why}")).small().weak()).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::AcceptQuantitySuggestions,
            Command::SetQuantityVerdict(Verdict::Corroborated),
            Command::SetQuantityVerdict(Verdict::Conflicting),
            Command::SetQuantityVerdict(Verdict::Unsourced),
            Command::SetQuantityNote,
            Command::MoveOutOfQuantity,
        ] {
            if ui.small_button(command.label()).on_hover_text(command.tooltip(ui.ctx())).clicked() {
                events.push(Event::Command(command));
            }
        }
    });
}

/// At most this many reports of one quantity are drawn.
const MAX_REPORTS: usize = 30;

/// One row per report of the quantity, on a shared number line.
fn reports_ui(
    ui: &mut egui::Ui,
    review: &Review,
    comparison: &Comparison,
    quantity: &crate::compare::Quantity,
    sel: ClaimRef,
    events: &mut Vec<Event>,
) {
    let intervals: Vec<Interval> =
        quantity.members.iter().filter_map(|r| comparison.interval(review.project(), *r)).collect();
    // The shared line's ends, as dates for a date quantity (a timeline), else as numbers.
    let dated = quantity.members.first().and_then(|r| review.claim(*r)).is_some_and(|c| c.claim.kind == Kind::Date);
    let range = axis(&intervals, dated);
    let this = comparison.interval(review.project(), sel);
    let end_text = |v: f64| {
        if dated { crate::compare::day_text(v.round() as i32) } else { crate::extract::format_number(v.round()) }
    };
    ui.horizontal(|ui| {
        ui.small(end_text(range.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| ui.small(end_text(range.1)));
    });
    let dark = ui.visuals().dark_mode;
    // A quantity of an archive may hold hundreds of reports: show the selected one and its
    // neighbours in reading order, and say how many more there are.
    let at = quantity.members.iter().position(|r| *r == sel).unwrap_or(0);
    let first = at.saturating_sub(MAX_REPORTS / 2).min(quantity.members.len().saturating_sub(MAX_REPORTS));
    let shown = &quantity.members[first..(first + MAX_REPORTS).min(quantity.members.len())];
    for r in shown {
        let (Some(claim), Some(doc), Some(found)) =
            (review.claim(*r), review.project().documents.get(r.doc), comparison.claim(*r))
        else {
            continue;
        };
        let interval = comparison.interval(review.project(), *r);
        let differs = match (this, interval) {
            (Some(a), Some(b)) => !a.agrees(&b),
            _ => false,
        };
        let outlet = doc.metadata.value(FieldName::Outlet).map_or_else(|| doc.path.clone(), str::to_owned);
        let date = doc.metadata.value(FieldName::Published).unwrap_or("");
        let origin = comparison.origins.get(r.doc).copied().unwrap_or(0);
        let frame = egui::Frame::new().inner_margin(2.0).corner_radius(3.0).stroke(if *r == sel {
            theme::selection_stroke(dark)
        } else {
            egui::Stroke::NONE
        });
        frame.show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                theme::verdict_chip(ui, claim.verdict);
                theme::suggestion_chip(ui, found.suggestion.verdict);
                let figure = crate::compare::stated(&claim.claim);
                let mut text = egui::RichText::new(figure).strong();
                if differs {
                    text = text.color(ui.visuals().warn_fg_color);
                }
                // The reason is written when the pointer is on the link (in words on demand).
                let link = ui.link(text).on_hover_ui(|ui| {
                    ui.label(format!("{}\n{}", claim.claim.sentence, comparison.why_suggested(review.project(), *r)));
                });
                if link.clicked() {
                    events.push(Event::Select(*r));
                }
                if differs {
                    ui.label(egui::RichText::new("differs").small().strong().color(ui.visuals().warn_fg_color));
                }
                ui.small(format!("{outlet} {date} · origin {origin}"));
                if let Some(source) = claim.claim.source() {
                    ui.small(format!("· says {source}"));
                }
            });
            // The sentence, shortened; whole on hover.
            let sentence = &claim.claim.sentence;
            let short = crate::extract::shorten(sentence, SENTENCE_CHARS + 1);
            ui.add(egui::Label::new(egui::RichText::new(short).small().italics().weak()).wrap())
                .on_hover_text(&**sentence);
            if let Some(interval) = interval {
                let color = theme::verdict_fill(found.suggestion.verdict, dark);
                number_line(ui, &interval, range, color);
            }
        });
    }
    let hidden = quantity.members.len() - shown.len();
    if hidden > 0 {
        ui.small(format!(
            "{hidden} more reports of this quantity are not shown here: sort the claims table by Quantity to see them all."
        ));
    }
}

/// For a claim the reviewer took out of a quantity: say so, and offer to put it back.
fn pinned_note(ui: &mut egui::Ui, review: &Review, sel: ClaimRef, events: &mut Vec<Event>) {
    if review.claim(sel).and_then(|c| c.pin) == Some(Pin::Alone) {
        ui.horizontal_wrapped(|ui| {
            ui.small("You took it out of its quantity.");
            if ui.small_button("Put it back").clicked() {
                events.push(Event::Place(sel, None));
            }
        });
    }
}

/// A drop-down to move the selected claim into another quantity.
pub fn move_into_ui(
    ui: &mut egui::Ui,
    review: &Review,
    comparison: &Comparison,
    sel: ClaimRef,
    events: &mut Vec<Event>,
) {
    let current = comparison.claim(sel).and_then(|c| c.quantity());
    let Some(kind) = review.claim(sel).map(|c| c.claim.kind) else {
        return;
    };
    let candidates: Vec<&crate::compare::Quantity> = comparison
        .quantities
        .iter()
        .filter(|q| Some(q.id - 1) != current)
        .filter(|q| q.members.first().and_then(|r| review.claim(*r)).is_some_and(|c| c.claim.kind == kind))
        .collect();
    if candidates.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label("Move into");
        egui::ComboBox::from_id_salt("move-into-quantity")
            .selected_text("another quantity…")
            .show_ui(ui, |ui| {
                for q in candidates {
                    let values: Vec<String> = q
                        .members
                        .iter()
                        .filter_map(|r| review.claim(*r))
                        .map(|c| c.claim.text.to_string())
                        .take(4)
                        .collect();
                    let text = format!("{} · {} ({})", q.id, q.label, values.join(", "));
                    if ui.selectable_label(false, text).clicked()
                        && let Some(target) = q.members.first().and_then(|r| review.claim(*r))
                    {
                        events.push(Event::Place(sel, Some(Pin::With(target.id))));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}
