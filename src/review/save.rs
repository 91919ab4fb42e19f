//! Saving a review: the project as it stands is written anywhere, on any thread (the desk writes
//! it on another and goes on answering); changes made meanwhile are kept and leave it dirty.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Review;
use crate::project::{Project, ProjectError};

impl Review {
    /// Saves to `path` (atomically) and remembers it as the project's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), ProjectError> {
        let save = self.begin_save(path);
        let written = save.write();
        self.finish_save(written)
    }

    /// A save of the project as it stands, to be written anywhere (the desk writes it on another
    /// thread and goes on answering). Changes made meanwhile are kept and leave the review dirty.
    pub fn begin_save(&mut self, path: &Path) -> PendingSave {
        // The note being typed ends here: what is typed next is a new step, unsaved.
        self.note_edit_open = false;
        self.saving_at = Some(self.undo.len());
        PendingSave { path: path.to_owned(), project: self.shared_project(), at: self.undo.len() }
    }

    /// Takes a finished save in: the project's file is `path` from now, and it is clean unless it
    /// changed since the save began. A failed save changes nothing.
    pub fn finish_save(&mut self, written: WrittenSave) -> Result<(), ProjectError> {
        written.result?;
        self.project_mut().saved_to(&written.path);
        self.path = Some(written.path);
        // (Undone below the saved state and changed since: no state in the history is the file.)
        self.saved_at = self.saving_at.take().filter(|&at| at == written.at);
        self.revision += 1;
        Ok(())
    }
}

/// A project to be written, as it stood when the save began.
pub struct PendingSave {
    path: PathBuf,
    project: Arc<Project>,
    /// The length of the undo history then (the state the file will hold).
    at: usize,
}

impl PendingSave {
    /// Where it is being written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the file (atomically); any thread may do it.
    pub fn write(self) -> WrittenSave {
        let result = self.project.write(&self.path);
        WrittenSave { path: self.path, at: self.at, result }
    }
}

/// A save that was written, or failed: hand it to [`Review::finish_save`].
pub struct WrittenSave {
    path: PathBuf,
    at: usize,
    result: Result<(), ProjectError>,
}
