//! Opening, saving and exporting from the desk: choosing paths, asking before unsaved work is
//! dropped, and turning every failure into a message that loses nothing.

use std::path::{Path, PathBuf};

use super::TallyApp;
use super::file_dialogs::Purpose;
use super::jobs::{Job, Loaded, SaveJob, SaveState};
use super::modals::{Modal, ModalAnswer, Next};
use super::status_bar::Message;
use crate::corpus;
use crate::project::{OpenReport, Project};
use crate::review::Review;

/// What to open when the app starts.
#[derive(Clone, Debug, PartialEq)]
pub enum Startup {
    /// The most recent project, or else the built-in sample.
    LastProjectOrSample,
    /// The built-in sample corpus.
    Sample,
    /// A corpus folder, a single article, or a `.ron` project. If it cannot be opened the desk
    /// stays empty (with the reason), so no one reviews the sample by mistake.
    Path(PathBuf),
}

/// Did someone already agree to replace the file at this path?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Confirmed {
    /// No: ask if it exists.
    No,
    /// Yes (the system's save dialog asked, or the reviewer answered "Replace").
    Replace,
}

/// Article paths as people read them, comma-separated.
fn shown_list(paths: &[String]) -> String {
    paths.iter().map(|p| crate::paths::shown(p)).collect::<Vec<_>>().join(", ")
}

fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)) { path } else { path.with_extension(ext) }
}

impl TallyApp {
    pub(super) fn start(&mut self, startup: Startup) {
        match startup {
            Startup::Sample => self.open_sample(),
            Startup::Path(path) => self.open_now(path),
            Startup::LastProjectOrSample => {
                self.open_sample();
                if let Some(last) = self.prefs.recent.first().cloned().filter(|p| p.is_file()) {
                    self.open_project(&last);
                    // A failing last project is reported, and the sample stays open behind it.
                }
            }
        }
    }

    /// Opens a dropped or typed path, asking first if that would drop unsaved work.
    pub fn open_path(&mut self, path: PathBuf) {
        self.ask_to_save_then(Next::Open(path));
    }

    pub(super) fn ask_to_save_then(&mut self, next: Next) {
        if let Some(saving) = &self.saving {
            // The review being saved must stay until its file is written.
            self.message =
                Some(Message::Info(format!("Still saving {}; try again in a moment.", saving.path.display())));
            return;
        }
        if self.review.is_dirty() {
            self.modal = Some(Modal::ConfirmDiscard { name: self.review.display_name(), next });
        } else {
            self.proceed(next);
        }
    }

    fn proceed(&mut self, next: Next) {
        match next {
            Next::ChooseCorpus => self.ask_path(Purpose::OpenCorpus),
            Next::ChooseProject => self.ask_path(Purpose::OpenProject),
            Next::Open(path) => self.open_now(path),
            Next::Sample => self.open_sample(),
            Next::Quit => {
                // Saved or deliberately dropped: nothing to recover.
                self.remove_recovery_copy();
                self.allow_close = true;
                self.after_save = None;
                self.quit_requested = true;
            }
        }
    }

    /// The folder dialogs start in: the project's, else the corpus's parent.
    fn start_directory(&self) -> Option<PathBuf> {
        let project = self.review.project();
        match self.review.path() {
            Some(p) => p.parent().map(Path::to_owned),
            None if project.is_sample() || project.documents.is_empty() => None,
            None => project.root.parent().map(Path::to_owned),
        }
    }

    /// What a typed-path field starts with: a full path for a file to write, else nothing.
    fn suggested_path(&self, purpose: Purpose) -> String {
        let name = match purpose {
            Purpose::SaveAs => self.suggested_name("ron"),
            Purpose::ExportCsv | Purpose::ExportExcel => self.suggested_name("csv"),
            Purpose::ExportClaimReview => self.suggested_name("jsonld"),
            Purpose::OpenCorpus | Purpose::OpenProject | Purpose::LocateCorpus | Purpose::CompareReview => {
                return String::new();
            }
        };
        let folder = self.start_directory().or_else(|| std::env::current_dir().ok()).unwrap_or_default();
        folder.join(name).display().to_string()
    }

    /// A file name for the review: "vessbury-review.ron", "venezuela-2024-verdicts.csv".
    fn suggested_name(&self, extension: &str) -> String {
        let base = self.review.display_name().trim_end_matches(".ron").replace(' ', "-").to_lowercase();
        match extension {
            "csv" => format!("{base}-verdicts.csv"),
            "jsonld" => format!("{base}-claimreview.jsonld"),
            _ => format!("{base}.{extension}"),
        }
    }

    pub(super) fn ask_path(&mut self, purpose: Purpose) {
        let file_name = match purpose {
            Purpose::SaveAs => self.suggested_name("ron"),
            Purpose::ExportCsv | Purpose::ExportExcel => self.suggested_name("csv"),
            Purpose::ExportClaimReview => self.suggested_name("jsonld"),
            Purpose::OpenCorpus | Purpose::OpenProject | Purpose::LocateCorpus | Purpose::CompareReview => {
                String::new()
            }
        };
        if !self.dialogs.request(purpose, &file_name, self.start_directory()) {
            self.modal = Some(Modal::PathEntry { purpose, text: self.suggested_path(purpose) });
        }
    }

    /// "Type a path…": the same question as the last dialog, as a text field.
    pub(super) fn type_path_instead(&mut self) {
        let purpose = self.dialogs.last_purpose.unwrap_or(Purpose::OpenProject);
        self.modal = Some(Modal::PathEntry { purpose, text: self.suggested_path(purpose) });
    }

    pub(super) fn poll_dialogs(&mut self) {
        let Some((purpose, answer)) = self.dialogs.poll() else {
            return;
        };
        match answer {
            // The system's save dialog has already asked before replacing this very file.
            Some(path) => self.use_path(purpose, path, Confirmed::Replace),
            None => {
                self.after_save = None;
                self.message = Some(Message::NoFileChosen(purpose));
            }
        }
    }

    fn use_path(&mut self, purpose: Purpose, path: PathBuf, confirmed: Confirmed) {
        let target = match purpose {
            Purpose::SaveAs => with_extension(path.clone(), "ron"),
            Purpose::ExportCsv | Purpose::ExportExcel => with_extension(path.clone(), "csv"),
            Purpose::ExportClaimReview => with_extension(path.clone(), "jsonld"),
            Purpose::OpenCorpus | Purpose::OpenProject | Purpose::LocateCorpus | Purpose::CompareReview => path.clone(),
        };
        // Ask before replacing a file nobody confirmed: a typed path, or one the extension changed.
        let confirmed = confirmed == Confirmed::Replace && target == path;
        if purpose.writes() && !confirmed && target.exists() && self.review.path() != Some(target.as_path()) {
            self.modal = Some(Modal::ConfirmReplace { purpose, path: target });
            return;
        }
        match purpose {
            Purpose::OpenCorpus | Purpose::OpenProject => self.open_now(target),
            Purpose::SaveAs => self.save_to(&target),
            Purpose::ExportCsv => self.export_to(&target, crate::export::Flavour::Plain),
            Purpose::ExportExcel => self.export_to(&target, crate::export::Flavour::Excel),
            Purpose::ExportClaimReview => self.export_claimreview_to(&target),
            Purpose::CompareReview => self.compare_with(&target),
            Purpose::LocateCorpus => {
                let report = self.review.relocate_corpus(&target);
                self.view.claims_changed();
                if report.corpus_missing {
                    self.modal = Some(Modal::LocateCorpus { expected: target.display().to_string() });
                } else {
                    self.report_open(&report);
                }
            }
        }
    }

    pub(super) fn answer_modal(&mut self, answer: ModalAnswer) {
        match answer {
            ModalAnswer::SaveThen(next) => {
                self.after_save = Some(next);
                self.save();
            }
            ModalAnswer::DiscardThen(next) => self.proceed(next),
            ModalAnswer::Dismiss => {}
            ModalAnswer::Path(purpose, path) => self.use_path(purpose, path, Confirmed::No),
            ModalAnswer::Replace(purpose, path) => self.use_path(purpose, path, Confirmed::Replace),
            ModalAnswer::Locate => self.ask_path(Purpose::LocateCorpus),
            ModalAnswer::Identity(reviewer, organization) => {
                let clean = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
                self.prefs.reviewer = clean(&reviewer);
                self.prefs.organization = clean(&organization);
                self.review.set_reviewer(self.reviewer_name().as_deref());
            }
            ModalAnswer::Restore(copy) => self.answer_recovery(true, &copy),
            ModalAnswer::DiscardRecovery(copy) => self.answer_recovery(false, &copy),
        }
    }

    /// Opens a corpus folder, a single article or a project, replacing the current review.
    fn open_now(&mut self, path: PathBuf) {
        let is_project = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        if is_project {
            self.open_project(&path);
        } else if path.is_dir() || corpus::is_article(&path) {
            self.open_corpus(&path);
        } else if !path.exists() {
            self.error("Cannot open", format!("{}: no such file or folder.", path.display()));
        } else {
            self.error(
                "Cannot open",
                format!("{}: Tally opens corpus folders (of .txt and .md articles) and .ron projects.", path.display()),
            );
        }
    }

    fn open_sample(&mut self) {
        self.replace_review(Review::new(Project::sample(), None));
        let recovered = self.data_dir.as_deref().and_then(|d| crate::recovery::read_unsaved(d, self.review.project()));
        self.offer_unsaved_recovery(recovered);
    }

    fn open_corpus(&mut self, path: &Path) {
        self.run_job(Job::open_corpus(path.to_owned(), self.data_dir.clone()));
    }

    pub(super) fn open_project(&mut self, path: &Path) {
        self.run_job(Job::open_project(path.to_owned()));
    }

    /// Starts a job; a quick one is finished at once, a slow one shows progress until done.
    fn run_job(&mut self, job: Job) {
        if self.job.is_some() {
            self.message = Some(Message::Info("Still opening the previous file; try again in a moment.".into()));
            return;
        }
        match job.wait(self.quick_wait) {
            Some(loaded) => self.finish_job(loaded),
            None => self.job = Some(job),
        }
    }

    /// Stops the running job: its worker stops at its next step and its result, if any, is
    /// dropped; the review open now stays.
    pub(super) fn cancel_job(&mut self) {
        if let Some(job) = self.job.take() {
            job.progress.cancel();
            self.message = Some(Message::Info("Stopped opening; the review open before is unchanged.".into()));
        }
    }

    /// Called every frame: finishes the running job once it has its result.
    pub(super) fn poll_job(&mut self) {
        if let Some(loaded) = self.job.as_ref().and_then(|job| job.wait(std::time::Duration::ZERO)) {
            self.job = None;
            self.finish_job(loaded);
        }
    }

    fn finish_job(&mut self, loaded: Loaded) {
        match loaded {
            Loaded::Corpus { path, result, recovered } => match result {
                Err(e) => self.error("Cannot open the corpus", e),
                Ok((project, skipped)) if project.documents.is_empty() => {
                    let skipped = skipped.iter().map(|s| format!("\n• {s}")).collect::<String>();
                    self.error(
                        "Nothing to review",
                        format!("{} holds no readable .txt or .md article.{skipped}", path.display()),
                    );
                }
                Ok((project, skipped)) => {
                    self.message = Some(Message::Info(format!(
                        "Opened {}: {} documents, {} claims.",
                        path.display(),
                        project.documents.len(),
                        project.claim_count()
                    )));
                    self.replace_review(Review::new(project, None));
                    if !skipped.is_empty() {
                        let list = skipped.iter().map(|s| format!("• {s}")).collect::<Vec<_>>().join("\n");
                        self.modal =
                            Some(Modal::Notice { title: "Some files were skipped or repaired".into(), message: list });
                    }
                    // Work left unsaved on this corpus is asked about first (the notice follows).
                    let notice = self.modal.take();
                    self.offer_unsaved_recovery(recovered);
                    if self.modal.is_none() {
                        self.modal = notice;
                    }
                }
            },
            Loaded::Project { path, result, recovered } => match result {
                Ok((project, report)) => {
                    self.replace_review(Review::new(project, Some(path.clone())));
                    self.prefs.remember(path.clone());
                    self.message = Some(Message::Info(format!("Opened {}.", path.display())));
                    let copy = crate::recovery::path_for(&path);
                    if self.offer_recovery(path.display().to_string(), copy, recovered) {
                        // The recovered work first; what changed in the corpus is seen after.
                    } else if report.corpus_missing {
                        self.modal =
                            Some(Modal::LocateCorpus { expected: self.review.project().root.display().to_string() });
                    } else {
                        self.report_open(&report);
                    }
                }
                Err(e) => self.error("Cannot open the project", format!("{e}\n\nNothing was changed.")),
            },
            Loaded::Lost { label } => {
                self.error("Opening failed", format!("{label} stopped unexpectedly. Nothing was changed."));
            }
        }
    }

    fn report_open(&mut self, report: &OpenReport) {
        let mut lines = Vec::new();
        if !report.changed.is_empty() {
            lines
                .push(format!("Changed since the project was saved (verdicts kept): {}.", shown_list(&report.changed)));
        }
        if report.stale_claims > 0 {
            lines.push(format!(
                "{} reviewed claims could not be found in the new text; they are kept, marked “text changed”.",
                report.stale_claims
            ));
        }
        if !report.missing.is_empty() {
            lines.push(format!("Missing or unreadable (verdicts kept): {}.", shown_list(&report.missing)));
        }
        if !lines.is_empty() {
            self.modal = Some(Modal::Notice { title: "The corpus has changed".into(), message: lines.join("\n") });
        }
    }

    pub(super) fn replace_review(&mut self, review: Review) {
        // An offer to restore work left on the review being replaced is no longer about what is
        // open (the sample's, say, when the last project opens after it).
        if matches!(self.modal, Some(Modal::RestoreRecovery { .. })) {
            self.modal = None;
        }
        self.recovered = None;
        self.review = review;
        self.review.set_reviewer(self.reviewer_name().as_deref());
        self.view.reset();
        self.autosave_due = None;
        self.autosaved_revision = None;
        // The review replaced was just dropped.
        crate::allocator::give_back();
    }

    pub(super) fn save(&mut self) {
        match self.review.path().map(Path::to_owned) {
            Some(path) => self.save_to(&path),
            None => self.choose_save_path(),
        }
    }

    /// "Locate corpus…": where the project's articles are now (only for a project of one's own).
    pub(super) fn locate_corpus(&mut self) {
        let project = self.review.project();
        if project.is_sample() || project.documents.is_empty() {
            self.message = Some(Message::Info("The open review has no corpus folder to locate.".into()));
            return;
        }
        self.ask_path(Purpose::LocateCorpus);
    }

    pub(super) fn choose_save_path(&mut self) {
        self.ask_path(Purpose::SaveAs);
    }

    pub(super) fn choose_export_path(&mut self, flavour: crate::export::Flavour) {
        self.ask_path(match flavour {
            crate::export::Flavour::Plain => Purpose::ExportCsv,
            crate::export::Flavour::Excel => Purpose::ExportExcel,
        });
    }

    /// Saves on another thread: the desk goes on answering, and what is changed meanwhile stays
    /// unsaved. A small project is written within a moment and waited for.
    fn save_to(&mut self, path: &Path) {
        if let Some(saving) = &self.saving {
            self.message =
                Some(Message::Info(format!("Still saving {}; try again in a moment.", saving.path.display())));
            return;
        }
        // The file carries each claim's quantity and suggestion for its readers: as shown now
        // (a comparison still being computed is not waited for; the last one is written).
        let comparison = self.view.comparison(&self.review);
        self.review.record_comparison(&comparison);
        let job = SaveJob::spawn(self.review.begin_save(path));
        self.message = Some(Message::Info(format!("Saving {}…", path.display())));
        self.saving = Some(job);
        self.poll_save(self.quick_wait);
    }

    /// Called every frame (and after starting a save): takes a written save in.
    pub(super) fn poll_save(&mut self, wait: std::time::Duration) {
        let Some(job) = &self.saving else {
            return;
        };
        let outcome = match job.wait(wait) {
            SaveState::Writing => return,
            SaveState::Written(written) => self.review.finish_save(written).map_err(|e| e.to_string()),
            SaveState::Lost => Err("The save stopped unexpectedly.".to_owned()),
        };
        let path = job.path.clone();
        self.saving = None;
        match outcome {
            Ok(()) => {
                self.prefs.remember(path.clone());
                if !self.review.is_dirty() {
                    self.remove_recovery_copy();
                }
                self.message = Some(Message::Info(format!("Saved {}.", path.display())));
                if let Some(next) = self.after_save.take() {
                    // Changes made while the file was written are asked about, not dropped.
                    self.ask_to_save_then(next);
                }
            }
            Err(e) => {
                self.after_save = None;
                self.message = None;
                self.error(
                    "Could not save",
                    format!(
                        "{e}\n\nThe review is still open and nothing was lost; the previous file, if any, is unchanged."
                    ),
                );
            }
        }
    }

    fn export_to(&mut self, path: &Path, flavour: crate::export::Flavour) {
        match crate::export::export_csv(self.review.project(), path, flavour) {
            Ok(()) => {
                let count = self.review.project().claim_count();
                self.message = Some(Message::Info(format!("Exported {count} claims to {}.", path.display())));
            }
            Err(e) => self.error("Could not export", format!("{}: {e}", path.display())),
        }
    }

    /// Compares the review with another of the same corpus: each claim both judged differently
    /// gets the other side as a disagreement (one undoable step), to resolve in the inspector.
    fn compare_with(&mut self, path: &Path) {
        let other = match Project::read(path) {
            Ok(other) => other,
            Err(e) => return self.error("Could not compare", e.to_string()),
        };
        let sides = crate::agreement::other_sides(self.review.project(), &other);
        let count = sides.len();
        let first = sides.first().map(|(r, _)| *r);
        let actions = sides
            .into_iter()
            .map(|(claim, other)| crate::review::Action::SetDisagreement { claim, other: Some(Box::new(other)) })
            .collect();
        self.review.apply(crate::review::Action::Batch(actions), &crate::clock::now_utc());
        if let Some(first) = first {
            self.select(first);
        }
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        self.message = Some(Message::Info(if count == 0 {
            format!("No claim judged differently in {name}.")
        } else {
            format!("{count} claims judged differently in {name}: each shows both sides in the inspector to resolve.")
        }));
    }

    /// Writes every reviewed claim as ClaimReview, authored by the organization in the
    /// preferences (left out when none is set).
    fn export_claimreview_to(&mut self, path: &Path) {
        let publisher = crate::claimreview::Publisher { organization: self.prefs.organization.clone(), url: None };
        let text = crate::claimreview::to_jsonld(self.review.project(), &publisher);
        match crate::atomic::write(path, text.as_bytes()) {
            Ok(()) => {
                let count = crate::claimreview::claim_reviews(self.review.project(), &publisher).len();
                self.message = Some(Message::Info(format!("Exported {count} claim reviews to {}.", path.display())));
            }
            Err(e) => self.error("Could not export", format!("{}: {e}", path.display())),
        }
    }

    fn error(&mut self, title: &str, message: String) {
        self.modal = Some(Modal::Error { title: title.into(), message });
    }
}
