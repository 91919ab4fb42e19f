//! How far a long job has got (files read, claims found), shared between the thread doing it and
//! the window showing it, and the reviewer's request to stop it.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Counters a worker raises and anyone may read; a flag anyone may raise to stop the worker.
#[derive(Debug, Default)]
pub struct Progress {
    files_total: AtomicUsize,
    files_read: AtomicUsize,
    documents_extracted: AtomicUsize,
    claims_found: AtomicUsize,
    cancelled: AtomicBool,
}

/// What a [`Progress`] says at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// Articles found in the folder (0 until the folder has been listed).
    pub files_total: usize,
    /// Of those, read (or skipped as unreadable).
    pub files_read: usize,
    /// Documents whose claims have been found.
    pub documents_extracted: usize,
    /// Claims found so far.
    pub claims_found: usize,
}

impl Snapshot {
    /// The share of the work done, 0 to 1: reading counts for a third, finding claims the rest.
    pub fn fraction(&self) -> f32 {
        if self.files_total == 0 {
            return 0.0;
        }
        let total = self.files_total as f32;
        (self.files_read as f32 / total / 3.0 + self.documents_extracted as f32 / total * 2.0 / 3.0).min(1.0)
    }
}

impl Progress {
    /// Asks the worker to stop at its next step.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Has stopping been asked for?
    pub fn cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// The counters now.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            files_total: self.files_total.load(Ordering::Relaxed),
            files_read: self.files_read.load(Ordering::Relaxed),
            documents_extracted: self.documents_extracted.load(Ordering::Relaxed),
            claims_found: self.claims_found.load(Ordering::Relaxed),
        }
    }

    pub(crate) fn files_listed(&self, total: usize) {
        self.files_total.store(total, Ordering::Relaxed);
    }

    pub(crate) fn file_read(&self) {
        self.files_read.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn document_extracted(&self, claims: usize) {
        self.documents_extracted.fetch_add(1, Ordering::Relaxed);
        self.claims_found.fetch_add(claims, Ordering::Relaxed);
    }
}
