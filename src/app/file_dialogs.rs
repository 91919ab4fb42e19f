//! File dialogs: the system's own (through rfd, never blocking the UI thread), or answers queued
//! by tests. Where no dialog can be shown, the caller asks for a typed path instead.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc;

/// Where file-dialog answers come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMode {
    /// The operating system's dialogs.
    Native,
    /// Answers queued with `TallyApp::script_dialog` (tests); none queued means "cancelled".
    Scripted,
}

/// Why a path is being asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A corpus folder to open.
    OpenCorpus,
    /// A project file to open.
    OpenProject,
    /// Where to save the project.
    SaveAs,
    /// Where to write the CSV.
    ExportCsv,
    /// Where to write the CSV for Excel.
    ExportExcel,
    /// Where to write the ClaimReview JSON-LD.
    ExportClaimReview,
    /// Another review of the same corpus, to compare with.
    CompareReview,
    /// Where a moved corpus is now.
    LocateCorpus,
}

impl Purpose {
    /// The dialog's title.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenCorpus => "Open corpus folder",
            Purpose::OpenProject => "Open project",
            Purpose::SaveAs => "Save project as",
            Purpose::ExportCsv => "Export verdicts as CSV",
            Purpose::ExportExcel => "Export verdicts for Excel",
            Purpose::ExportClaimReview => "Export ClaimReview (JSON-LD)",
            Purpose::CompareReview => "Compare with another review",
            Purpose::LocateCorpus => "Locate the corpus folder",
        }
    }

    /// An example of what to type, shown in an empty path field.
    pub fn example(self) -> &'static str {
        match (self, cfg!(windows)) {
            (Purpose::OpenCorpus | Purpose::LocateCorpus, false) => "/home/me/articles",
            (Purpose::OpenCorpus | Purpose::LocateCorpus, true) => r"C:\Users\me\articles",
            (Purpose::OpenProject | Purpose::SaveAs | Purpose::CompareReview, false) => "/home/me/review.ron",
            (Purpose::OpenProject | Purpose::SaveAs | Purpose::CompareReview, true) => r"C:\Users\me\review.ron",
            (Purpose::ExportCsv | Purpose::ExportExcel, false) => "/home/me/review-verdicts.csv",
            (Purpose::ExportCsv | Purpose::ExportExcel, true) => r"C:\Users\me\review-verdicts.csv",
            (Purpose::ExportClaimReview, false) => "/home/me/review-claimreview.jsonld",
            (Purpose::ExportClaimReview, true) => r"C:\Users\me\review-claimreview.jsonld",
        }
    }

    /// Does the answer name a file that may be replaced?
    pub fn writes(self) -> bool {
        matches!(self, Purpose::SaveAs | Purpose::ExportCsv | Purpose::ExportExcel | Purpose::ExportClaimReview)
    }

    fn kind(self) -> DialogKind {
        match self {
            Purpose::OpenCorpus | Purpose::LocateCorpus => DialogKind::PickFolder,
            Purpose::OpenProject | Purpose::CompareReview => DialogKind::PickFile,
            Purpose::SaveAs | Purpose::ExportCsv | Purpose::ExportExcel | Purpose::ExportClaimReview => {
                DialogKind::SaveFile
            }
        }
    }
}

/// What a file dialog is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DialogKind {
    PickFolder,
    PickFile,
    SaveFile,
}

/// The file dialog in progress, if any, and where answers come from.
pub struct Dialogs {
    mode: DialogMode,
    scripted: VecDeque<Option<PathBuf>>,
    pending: Option<(Purpose, mpsc::Receiver<Option<PathBuf>>)>,
    /// The last purpose asked, so "Type a path…" can ask the same question.
    pub last_purpose: Option<Purpose>,
}

impl Dialogs {
    /// No dialog open yet.
    pub fn new(mode: DialogMode) -> Self {
        Self { mode, scripted: VecDeque::new(), pending: None, last_purpose: None }
    }

    /// Queues the answer of the next scripted dialog.
    pub fn script(&mut self, answer: Option<PathBuf>) {
        self.scripted.push_back(answer);
    }

    /// Is a dialog waiting for its answer?
    pub fn pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Starts a dialog. Returns `false` when no dialog can be shown here (the caller then asks
    /// for a typed path); `true` if one was started or is already open.
    pub fn request(&mut self, purpose: Purpose, file_name: &str, directory: Option<PathBuf>) -> bool {
        if self.pending.is_some() {
            return true;
        }
        self.last_purpose = Some(purpose);
        let (tx, rx) = mpsc::channel();
        match self.mode {
            DialogMode::Scripted => {
                tx.send(self.scripted.pop_front().flatten()).ok();
                self.pending = Some((purpose, rx));
                true
            }
            DialogMode::Native if !native_dialogs_available() => false,
            DialogMode::Native => {
                let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
                dialog = match purpose {
                    Purpose::OpenProject | Purpose::SaveAs | Purpose::CompareReview => {
                        dialog.add_filter("Tally project", &["ron"])
                    }
                    Purpose::ExportCsv | Purpose::ExportExcel => dialog.add_filter("CSV", &["csv"]),
                    Purpose::ExportClaimReview => dialog.add_filter("JSON-LD", &["jsonld", "json"]),
                    Purpose::OpenCorpus | Purpose::LocateCorpus => dialog,
                };
                if !file_name.is_empty() {
                    dialog = dialog.set_file_name(file_name);
                }
                if let Some(dir) = directory.filter(|d| d.is_dir()) {
                    dialog = dialog.set_directory(dir);
                }
                self.pending = Some((purpose, run_file_dialog(dialog, purpose.kind())));
                true
            }
        }
    }

    /// The answer of the open dialog, once it has one (`None` path: cancelled or unavailable).
    pub fn poll(&mut self) -> Option<(Purpose, Option<PathBuf>)> {
        let (purpose, rx) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        let purpose = *purpose;
        self.pending = None;
        Some((purpose, answer))
    }
}

/// Can a native file dialog be shown here? On Linux rfd needs the desktop portal (over the
/// session bus) or zenity; without either it returns "cancelled" at once, so the app offers a
/// path field instead.
fn native_dialogs_available() -> bool {
    if cfg!(target_os = "linux") || cfg!(target_os = "freebsd") {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
        let zenity = std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("zenity").is_file()));
        bus || zenity
    } else {
        true
    }
}

/// Shows a native dialog and delivers its answer on the returned channel. The UI never waits
/// on it: on Linux and Windows it runs on a worker thread; macOS requires dialogs on the main
/// thread, where rfd runs it as a modal sheet.
fn run_file_dialog(dialog: rfd::FileDialog, kind: DialogKind) -> mpsc::Receiver<Option<PathBuf>> {
    let (tx, rx) = mpsc::channel();
    let show = move || {
        let answer = match kind {
            DialogKind::PickFolder => dialog.pick_folder(),
            DialogKind::PickFile => dialog.pick_file(),
            DialogKind::SaveFile => dialog.save_file(),
        };
        tx.send(answer).ok();
    };
    if cfg!(target_os = "macos") {
        show();
    } else {
        // No thread, no dialog: `tx` is dropped, the receiver reports a cancel, and the app offers a
        // path field.
        std::thread::Builder::new().name("file-dialog".into()).spawn(show).ok();
    }
    rx
}
