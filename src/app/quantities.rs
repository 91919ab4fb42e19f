//! The Quantities window: every quantity of the corpus with its reports' figures at a glance,
//! conflicts first. A click opens the quantity's first report in Compare.

use eframe::egui;

use super::events::Event;
use super::theme;
use crate::compare::Comparison;
use crate::review::Review;

/// Draws the window while `open` is set (its close button clears it). Only the rows in sight are
/// built: an archive holds tens of thousands of quantities.
pub fn ui(ctx: &egui::Context, open: &mut bool, review: &Review, comparison: &Comparison, events: &mut Vec<Event>) {
    egui::Window::new("Quantities").open(open).default_size([420.0, 360.0]).show(ctx, |ui| {
        if comparison.quantities.is_empty() {
            ui.label("No figure is reported by more than one article yet.");
            return;
        }
        let ordered = comparison.quantities_by_urgency();
        ui.small(format!(
            "{} quantities, {} with conflicting reports. Click one to compare its reports.",
            comparison.quantities.len(),
            ordered.iter().take_while(|q| q.conflicting).count()
        ));
        let row_height = ui.spacing().interact_size.y;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show_rows(
            ui,
            row_height,
            ordered.len(),
            |ui, rows| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                for q in &ordered[rows] {
                    ui.horizontal(|ui| {
                        let verdict = if q.conflicting {
                            crate::project::Verdict::Conflicting
                        } else {
                            crate::project::Verdict::Corroborated
                        };
                        theme::suggestion_chip(ui, verdict);
                        // The first figures say enough; the hover and the Compare view give all.
                        let values: Vec<&str> = q
                            .members
                            .iter()
                            .take(12)
                            .filter_map(|r| review.claim(*r))
                            .map(|c| c.claim.text.as_str())
                            .collect();
                        let text = format!("{} · {}: {}", q.id, q.label, values.join(" · "));
                        let link = ui.link(text).on_hover_text(format!("{} reports", q.members.len()));
                        if link.clicked()
                            && let Some(first) = q.members.first()
                        {
                            events.push(Event::Select(*first));
                        }
                    });
                }
            },
        );
    });
}
