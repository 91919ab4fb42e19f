//! Long work off the UI thread: reading and extracting a corpus, opening a project, writing a
//! save. A job that finishes within a moment is waited for (no flicker, deterministic tests); a
//! longer one shows progress while the window stays responsive.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::corpus::{self, Skipped};
use crate::progress::Progress;
use crate::project::{OpenReport, Project, ProjectError};
use crate::review::{PendingSave, WrittenSave};

/// How long to wait for a job before showing progress instead.
pub const QUICK: Duration = Duration::from_millis(250);

/// What a finished job produced.
pub enum Loaded {
    Corpus {
        path: PathBuf,
        result: Result<(Project, Vec<Skipped>), String>,
        /// The recovery copy of an unsaved review of this corpus, if one was left.
        recovered: Option<Project>,
    },
    Project {
        path: PathBuf,
        result: Result<(Project, OpenReport), ProjectError>,
        /// Unsaved work left by a desk that did not close (its recovery copy), read here too.
        recovered: Option<Project>,
    },
    /// The worker stopped without an answer (it panicked): a bug, reported as such.
    Lost { label: String },
}

pub struct Job {
    pub label: String,
    pub started: Instant,
    /// Files read and claims found so far; cancelling it stops the worker at its next step.
    pub progress: Arc<Progress>,
    rx: mpsc::Receiver<Loaded>,
}

impl Job {
    fn spawn(label: String, progress: Arc<Progress>, work: impl FnOnce() -> Loaded + Send + 'static) -> Self {
        let (tx, rx) = mpsc::channel();
        // If no thread can be had, `tx` is dropped with the closure and `wait` reports the job lost.
        std::thread::Builder::new()
            .name("tally-open".into())
            .spawn(move || {
                tx.send(work()).ok();
                // What reading and parsing left behind goes back to the system now.
                crate::allocator::give_back();
            })
            .ok();
        Self { label, started: Instant::now(), progress, rx }
    }

    /// Reads a corpus folder and finds every claim, on every core, counting as it goes.
    pub fn open_corpus(path: PathBuf, data_dir: Option<PathBuf>) -> Self {
        let label = format!("Reading {} and finding every claim…", path.display());
        let progress = Arc::new(Progress::default());
        let counted = Arc::clone(&progress);
        Self::spawn(label, progress, move || {
            let result = corpus::load_with(&path, &counted).map_err(|e| e.to_string()).and_then(|c| {
                let project = Project::from_corpus_with(&c, &counted).ok_or_else(|| "stopped".to_owned())?;
                // Files read with repairs are listed with the skipped ones, for the reviewer to know.
                let mut notes = c.skipped;
                notes.extend(c.documents.iter().filter_map(|d| {
                    d.repaired.as_ref().map(|r| Skipped { path: d.path.clone(), reason: format!("read, but {r}") })
                }));
                Ok((project, notes))
            });
            let recovered = match (&result, data_dir) {
                (Ok((project, _)), Some(data_dir)) => crate::recovery::read_unsaved(&data_dir, project),
                _ => None,
            };
            Loaded::Corpus { path, result, recovered }
        })
    }

    /// Opens a project file and re-reads its corpus, and any recovery copy of unsaved work on it.
    pub fn open_project(path: PathBuf) -> Self {
        let label = format!("Opening {}…", path.display());
        Self::spawn(label, Arc::new(Progress::default()), move || {
            let result = Project::open(&path);
            // An unreadable copy is left where it is, not deleted.
            let recovered = (result.is_ok() && crate::recovery::pending(&path))
                .then(|| Project::open(&crate::recovery::path_for(&path)).ok().map(|(p, _)| p))
                .flatten();
            Loaded::Project { path, result, recovered }
        })
    }

    /// The result, waiting up to `wait` for it.
    pub fn wait(&self, wait: Duration) -> Option<Loaded> {
        match self.rx.recv_timeout(wait) {
            Ok(loaded) => Some(loaded),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => Some(Loaded::Lost { label: self.label.clone() }),
        }
    }
}

/// A project file being written on another thread.
pub struct SaveJob {
    pub path: PathBuf,
    rx: mpsc::Receiver<WrittenSave>,
}

/// Where a save stands.
pub enum SaveState {
    Writing,
    Written(WrittenSave),
    /// The writer stopped without an answer (no thread could be had, or it panicked). The
    /// review is untouched: only a copy was being written.
    Lost,
}

impl SaveJob {
    /// Starts writing `save` (a copy of the project) on its own thread.
    pub fn spawn(save: PendingSave) -> Self {
        let path = save.path().to_owned();
        let (tx, rx) = mpsc::channel();
        // If no thread can be had, `tx` is dropped with the closure and `wait` reports the save lost.
        std::thread::Builder::new()
            .name("tally-save".into())
            .spawn(move || {
                tx.send(save.write()).ok();
                crate::allocator::give_back();
            })
            .ok();
        Self { path, rx }
    }

    /// Where the save stands, waiting up to `wait` for it to be written.
    pub fn wait(&self, wait: Duration) -> SaveState {
        match self.rx.recv_timeout(wait) {
            Ok(written) => SaveState::Written(written),
            Err(mpsc::RecvTimeoutError::Timeout) => SaveState::Writing,
            Err(mpsc::RecvTimeoutError::Disconnected) => SaveState::Lost,
        }
    }
}

/// The opening dialog: what is being read, a bar of files read and claims found, and a button
/// (or Escape) to stop. Returns whether stopping was asked for.
pub fn progress_ui(ctx: &egui::Context, job: &Job) -> bool {
    let now = job.progress.snapshot();
    let mut stop = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    egui::Modal::new(egui::Id::unique("tally-job")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!("{} ({:.0} s)", job.label, job.started.elapsed().as_secs_f32()));
        });
        if now.files_total > 0 {
            let counts = format!(
                "{} of {} files read · {} claims found",
                crate::extract::format_number(now.files_read as f64),
                crate::extract::format_number(now.files_total as f64),
                crate::extract::format_number(now.claims_found as f64)
            );
            ui.add(egui::ProgressBar::new(now.fraction()).text(counts));
        }
        if ui.button("Stop").on_hover_text("Stop opening (Esc); the review open now stays as it is").clicked() {
            stop = true;
        }
    });
    stop
}
