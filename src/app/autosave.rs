//! Unsaved work kept between saves, in the desk: the recovery copy written while the review has
//! unsaved changes (beside its project file, or in the app's data folder for a review never
//! saved), and offered back when a project, a corpus or the sample is opened after a crash.
//! The copies themselves are `crate::recovery`'s.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::TallyApp;
use super::modals::Modal;
use super::status_bar::Message;
use crate::project::Project;
use crate::review::Review;

impl TallyApp {
    /// Where the open review's recovery copy goes: beside its project file, else (never saved)
    /// in the data folder; `None` for an empty desk or when there is no data folder.
    pub(super) fn recovery_copy(&self) -> Option<PathBuf> {
        match self.review.path() {
            Some(path) => Some(crate::recovery::path_for(path)),
            None if self.review.project().documents.is_empty() => None,
            None => Some(crate::recovery::path_for_unsaved(self.data_dir.as_deref()?, self.review.project())),
        }
    }

    /// The review was saved or its changes dropped on purpose: its recovery copy goes, beside
    /// its project file and (the copy it had before its first save) in the data folder.
    pub(super) fn remove_recovery_copy(&self) {
        if let Some(path) = self.review.path() {
            crate::recovery::remove(path);
        }
        if let Some(data_dir) = &self.data_dir
            && !self.review.project().documents.is_empty()
        {
            crate::recovery::remove_unsaved(data_dir, self.review.project());
        }
    }

    /// After a corpus or the sample was opened: offers back the work left unsaved on it.
    pub(super) fn offer_unsaved_recovery(&mut self, recovered: Option<Project>) {
        let Some(data_dir) = self.data_dir.clone() else {
            return;
        };
        let copy = crate::recovery::path_for_unsaved(&data_dir, self.review.project());
        let what = if self.review.project().is_sample() {
            "The sample corpus".to_owned()
        } else {
            format!("The corpus {}", self.review.project().root.display())
        };
        self.offer_recovery(what, copy, recovered);
    }

    /// If work was left unsaved (`recovered`, read from `copy`) and differs from what was just
    /// opened, asks whether to restore it. Returns whether it asked.
    pub(super) fn offer_recovery(&mut self, what: String, copy: PathBuf, recovered: Option<Project>) -> bool {
        let Some(recovered) = recovered else {
            return false;
        };
        let changes = crate::recovery::difference(self.review.project(), &recovered);
        if changes.is_empty() {
            std::fs::remove_file(&copy).ok();
            return false;
        }
        let written = std::fs::metadata(&copy)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or_else(String::new, |d| crate::clock::format_utc(d.as_secs()).replace('T', " ").replace('Z', " UTC"));
        self.recovered = Some(recovered);
        self.modal = Some(Modal::RestoreRecovery { what, copy, changes: changes.describe(), written });
        true
    }

    /// The reviewer's answer to the offer: restore the copy (`true`) or drop it.
    pub(super) fn answer_recovery(&mut self, restore: bool, copy: &Path) {
        let Some(recovered) = self.recovered.take() else {
            return;
        };
        if !restore {
            std::fs::remove_file(copy).ok();
            return;
        }
        let review = match self.review.path() {
            Some(path) => Review::restored(recovered, path.to_owned()),
            None => Review::restored_unsaved(recovered),
        };
        self.replace_review(review);
        self.message = Some(Message::Info(format!(
            "Restored the unsaved work on {}; save to keep it.",
            self.review.display_name()
        )));
    }

    /// While the review has unsaved changes, writes its recovery copy (on another thread) once
    /// `autosave_after` has passed since the first of them, or when the window loses focus.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(copy) = self.recovery_copy() else {
            return;
        };
        let focused = ctx.input(|i| i.viewport().focused);
        let lost_focus = self.was_focused && focused == Some(false);
        self.was_focused = focused != Some(false);
        if !self.review.is_dirty() || self.saving.is_some() {
            self.autosave_due = None;
            return;
        }
        if self.autosaved_revision == Some(self.review.revision()) {
            return;
        }
        let now = std::time::Instant::now();
        let due = *self.autosave_due.get_or_insert(now + self.autosave_after);
        if now < due && !lost_focus {
            ctx.request_repaint_after(due - now);
            return;
        }
        self.autosave_due = None;
        self.autosaved_revision = Some(self.review.revision());
        let project = self.review.shared_project();
        // A failed copy is not worth interrupting the reviewer for: the next change tries again.
        std::thread::Builder::new()
            .name("tally-recovery".into())
            .spawn(move || {
                crate::recovery::write_to(&project, &copy).ok();
                drop(project);
                crate::allocator::give_back();
            })
            .ok();
    }
}
