//! The Quantities window: every quantity of the corpus with its reports' figures at a glance,
//! conflicts first. A click opens the quantity's first report in Compare.

use eframe::egui;

use super::events::Event;
use super::theme;
use crate::compare::Comparison;
use crate::review::Review;

/// Draws the window while `open` is set (its close button clears it).
pub fn ui(ctx: &egui::Context, open: &mut bool, review: &Review, comparison: &Comparison, events: &mut Vec<Event>) {
    egui::Window::new("Quantities").open(open).default_size([420.0, 360.0]).vscroll(true).show(ctx, |ui| {
        if comparison.quantities.is_empty() {
            ui.label("No figure is reported by more than one article yet.");
            return;
        }
        ui.small(format!(
            "{} quantities, {} with conflicting reports. Click one to compare its reports.",
            comparison.quantities.len(),
            comparison.quantities.iter().filter(|q| q.conflicting).count()
        ));
        for q in comparison.quantities_by_urgency() {
            ui.horizontal_wrapped(|ui| {
                let verdict = if q.conflicting {
                    crate::project::Verdict::Conflicting
                } else {
                    crate::project::Verdict::Corroborated
                };
                theme::suggestion_chip(ui, verdict);
                let values: Vec<String> =
                    q.members.iter().filter_map(|r| review.claim(*r)).map(|c| c.claim.text.clone()).collect();
                let text = format!("{} · {}: {}", q.id, q.label, values.join(" · "));
                let link = ui.link(text).on_hover_text(format!("{} reports", q.members.len()));
                if link.clicked()
                    && let Some(first) = q.members.first()
                {
                    events.push(Event::Select(*first));
                }
            });
        }
    });
}
