//! Unsaved work kept between saves: while a review has unsaved changes a recovery copy is written
//! beside its project file (or, for a review never saved to a file, in the app's data folder,
//! named for its corpus); a save or a clean quit removes it, and when the desk did not close
//! cleanly the copy is offered back on the next open of that project or corpus.

use std::path::{Path, PathBuf};

use crate::project::{ClaimId, Project, ProjectError};

/// The recovery copy of the project saved at `project_file` (hidden, beside it; not a `.ron`, so
/// no one opens it by mistake).
pub fn path_for(project_file: &Path) -> PathBuf {
    let name = project_file.file_name().map_or_else(|| "review".into(), |n| n.to_string_lossy().into_owned());
    project_file.with_file_name(format!(".{name}.tally-recovery"))
}

/// Writes the recovery copy of `project` (atomically, like a save).
pub fn write(project: &Project, project_file: &Path) -> Result<(), ProjectError> {
    write_to(project, &path_for(project_file))
}

/// The recovery copy of a review never saved to a file: in the app's data folder `data_dir`,
/// named for the corpus it reviews (the built-in sample has its own), so that opening the same
/// corpus again finds it.
pub fn path_for_unsaved(data_dir: &Path, project: &Project) -> PathBuf {
    let name = if project.is_sample() {
        "sample".to_owned()
    } else {
        let root = std::path::absolute(&project.root).unwrap_or_else(|_| project.root.clone());
        let hash = crate::corpus::content_hash(&root.to_string_lossy());
        hash.trim_start_matches("fnv1a64:").to_owned()
    };
    data_dir.join("recovery").join(format!("{name}.tally-recovery"))
}

/// Writes a recovery copy to `copy` (atomically, like a save), making its folder if need be.
pub fn write_to(project: &Project, copy: &Path) -> Result<(), ProjectError> {
    if let Some(folder) = copy.parent() {
        std::fs::create_dir_all(folder).map_err(|error| ProjectError::Io { path: folder.to_owned(), error })?;
    }
    project.write(copy)
}

/// The recovery copy left of an unsaved review of `project`'s corpus, if there is a readable one
/// (an unreadable one is left where it is).
pub fn read_unsaved(data_dir: &Path, project: &Project) -> Option<Project> {
    let copy = path_for_unsaved(data_dir, project);
    if !copy.is_file() {
        return None;
    }
    Project::open(&copy).ok().map(|(recovered, _)| recovered)
}

/// Removes the recovery copy (the review was saved, or its changes deliberately dropped).
pub fn remove(project_file: &Path) {
    std::fs::remove_file(path_for(project_file)).ok();
}

/// Removes an unsaved review's recovery copy (it was saved to a file, or dropped).
pub fn remove_unsaved(data_dir: &Path, project: &Project) {
    std::fs::remove_file(path_for_unsaved(data_dir, project)).ok();
}

/// Is there a recovery copy newer than the project file (work the desk did not save)?
pub fn pending(project_file: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(&path_for(project_file)), modified(project_file)) {
        (Some(copy), Some(saved)) => copy >= saved,
        (Some(_), None) => true,
        _ => false,
    }
}

/// How a recovered review differs from the saved one, in what a reviewer changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Difference {
    /// Claims whose verdict differs.
    pub verdicts: usize,
    /// Claims whose note differs.
    pub notes: usize,
    /// Claims moved among quantities differently.
    pub moves: usize,
}

impl Difference {
    /// Nothing a reviewer did is different.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// "3 verdicts, 1 note".
    pub fn describe(&self) -> String {
        let part = |n: usize, one: &str, many: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            n => Some(format!("{n} {many}")),
        };
        [
            part(self.verdicts, "verdict", "verdicts"),
            part(self.notes, "note", "notes"),
            part(self.moves, "move", "moves"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// What the reviewer changed between `saved` and `recovered`, claim by claim (by id).
pub fn difference(saved: &Project, recovered: &Project) -> Difference {
    let by_id: std::collections::HashMap<ClaimId, &crate::project::ReviewedClaim> =
        saved.documents.iter().flat_map(|d| &d.claims).map(|c| (c.id, c)).collect();
    let mut d = Difference::default();
    for c in recovered.documents.iter().flat_map(|d| &d.claims) {
        let old = by_id.get(&c.id);
        d.verdicts +=
            usize::from(old.map_or(c.verdict != crate::project::Verdict::Unreviewed, |o| o.verdict != c.verdict));
        d.notes += usize::from(old.map_or(!c.note().is_empty(), |o| o.note() != c.note()));
        d.moves += usize::from(old.map_or(c.pin.is_some(), |o| o.pin != c.pin));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Verdict;

    #[test]
    fn a_copy_newer_than_its_project_is_pending_and_its_changes_are_counted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("review.ron");
        let saved = Project::sample();
        std::fs::write(&file, "saved").expect("write");
        assert!(!pending(&file));
        let mut changed = saved.clone();
        changed.documents[0].claims[0].verdict = Verdict::Conflicting;
        changed.documents[0].claims[1].edit(|w| w.note = "AP says 20 — café".into());
        changed.documents[0].claims[1].verdict = Verdict::Unsourced;
        write(&changed, &file).expect("write the copy");
        assert!(pending(&file));
        let d = difference(&saved, &changed);
        assert_eq!(d, Difference { verdicts: 2, notes: 1, moves: 0 });
        assert_eq!(d.describe(), "2 verdicts, 1 note");
        assert!(difference(&saved, &saved).is_empty());
        remove(&file);
        assert!(!pending(&file) && !path_for(&file).exists());
    }

    #[test]
    fn an_unsaved_review_s_copy_lives_in_the_data_folder_named_for_its_corpus() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data — é");
        let corpus = dir.path().join("articles");
        std::fs::create_dir(&corpus).expect("mkdir");
        std::fs::write(corpus.join("a.txt"), "At least 24 people died — é.").expect("write");
        let project = Project::from_corpus(&crate::corpus::load(&corpus).expect("corpus"));
        let other = Project::sample();
        assert_ne!(path_for_unsaved(&data, &project), path_for_unsaved(&data, &other));
        assert!(path_for_unsaved(&data, &project).starts_with(&data));
        assert!(read_unsaved(&data, &project).is_none());

        let mut changed = project.clone();
        changed.documents[0].claims[0].verdict = Verdict::Conflicting;
        write_to(&changed, &path_for_unsaved(&data, &changed)).expect("the folder is made");
        let recovered = read_unsaved(&data, &project).expect("found again by its corpus");
        assert_eq!(recovered.documents[0].claims[0].verdict, Verdict::Conflicting);
        assert_eq!(recovered.documents[0].text, project.documents[0].text, "its corpus is found from the data folder");
        assert!(read_unsaved(&data, &other).is_none(), "another corpus has no copy");
        remove_unsaved(&data, &project);
        assert!(read_unsaved(&data, &project).is_none());
    }
}
