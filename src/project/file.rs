//! A project as a file: RON text out (pretty, one claim a line, untouched claims brief) and in
//! (versions checked, documents parsed on every core, damage reported with its place), written
//! atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{
    ClaimId, Evidence, FORMAT_VERSION, MAX_CLAIM_ID, OpenReport, OtherReview, Pin, Project, ProjectDocument,
    ProjectError, SAMPLE_ROOT, Verdict, is_inside_path, split,
};
use crate::extract::{self, Claim};
use crate::metadata::Metadata;
use crate::paths::stored_root;

impl Project {
    /// The project as RON text, with the corpus root written relative to `project_path`'s folder.
    /// One claim a line; a claim the reviewer has not touched is written brief (its position,
    /// text and kind: the rest is found again in the unchanged article on open), so an archive's
    /// project stays small and quick to read.
    pub fn to_ron(&self, project_path: &Path) -> Result<String, ProjectError> {
        let root = if self.is_sample() { SAMPLE_ROOT.to_owned() } else { stored_root(&self.root, project_path) };
        let absolute = (!self.is_sample())
            .then(|| std::path::absolute(&self.root).ok())
            .flatten()
            .map(|p| p.to_string_lossy().replace('\\', "/"));
        self.ron_with_root(&root, absolute)
    }

    /// The project as RON text with its corpus folder written as it was read (a merge writes
    /// three files' result where none of them lives, so it cannot place the corpus anew).
    pub fn to_ron_as_stored(&self) -> Result<String, ProjectError> {
        self.ron_with_root(&self.corpus_root, self.corpus_root_absolute.clone())
    }

    fn ron_with_root(&self, root: &str, absolute: Option<String>) -> Result<String, ProjectError> {
        /// What is written: `Project`'s saved fields, borrowed (no copy of the documents).
        #[derive(Serialize)]
        struct Stored<'a> {
            format_version: u32,
            corpus_root: &'a str,
            corpus_root_absolute: Option<String>,
            documents: Vec<StoredDocument<'a>>,
        }
        #[derive(Serialize)]
        struct StoredDocument<'a> {
            path: &'a str,
            hash: &'a str,
            metadata: &'a Metadata,
            claims: Vec<StoredClaim<'a>>,
        }
        #[derive(Serialize)]
        struct StoredClaim<'a> {
            id: ClaimId,
            claim: StoredFinding<'a>,
            #[serde(skip_serializing_if = "Verdict::is_unreviewed")]
            verdict: Verdict,
            #[serde(skip_serializing_if = "str::is_empty")]
            note: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            reviewed_at: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            pin: Option<Pin>,
            #[serde(skip_serializing_if = "Option::is_none")]
            quantity: Option<u32>,
            #[serde(skip_serializing_if = "Option::is_none")]
            suggestion: Option<Verdict>,
            #[serde(skip_serializing_if = "Option::is_none")]
            reviewer: Option<&'a str>,
            #[serde(skip_serializing_if = "<[Evidence]>::is_empty")]
            evidence: &'a [Evidence],
            #[serde(skip_serializing_if = "Option::is_none")]
            disagreement: Option<&'a OtherReview>,
        }
        #[derive(Serialize)]
        #[serde(untagged)]
        enum StoredFinding<'a> {
            Full(&'a Claim),
            Brief { start: usize, end: usize, text: &'a str, kind: extract::Kind },
        }
        let documents = self
            .documents
            .iter()
            .map(|d| StoredDocument {
                path: &d.path,
                hash: &d.hash,
                metadata: &d.metadata,
                claims: d
                    .claims
                    .iter()
                    .map(|c| StoredClaim {
                        id: c.id,
                        claim: if c.is_untouched() && !c.stale {
                            StoredFinding::Brief {
                                start: c.claim.start(),
                                end: c.claim.end(),
                                text: &c.claim.text,
                                kind: c.claim.kind,
                            }
                        } else {
                            StoredFinding::Full(&c.claim)
                        },
                        verdict: c.verdict,
                        note: c.note(),
                        reviewed_at: c.reviewed_at(),
                        pin: c.pin,
                        quantity: c.quantity,
                        suggestion: c.suggestion,
                        reviewer: c.reviewer(),
                        evidence: c.evidence(),
                        disagreement: c.disagreement(),
                    })
                    .collect(),
            })
            .collect();
        let stored =
            Stored { format_version: FORMAT_VERSION, corpus_root: root, corpus_root_absolute: absolute, documents };
        // Project, documents, a document, its claims: pretty; each claim on one line (a verdict
        // changed is a line changed in a diff).
        let config = ron::ser::PrettyConfig::new().struct_names(false).indentor("  ").depth_limit(4);
        let mut text =
            ron::ser::to_string_pretty(&stored, config).map_err(|e| ProjectError::Serialize(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }

    /// Saves atomically: a failure at any point leaves the previous file as it was.
    pub fn save(&mut self, path: &Path) -> Result<(), ProjectError> {
        self.write(path)?;
        self.saved_to(path);
        Ok(())
    }

    /// Writes the project to `path` atomically, changing nothing in it (a copy can be written
    /// on another thread while the reviewer goes on).
    pub fn write(&self, path: &Path) -> Result<(), ProjectError> {
        let text = self.to_ron(path)?;
        crate::atomic::write(path, text.as_bytes()).map_err(|error| ProjectError::Io { path: path.to_owned(), error })
    }

    /// Remembers that the project now lives at `path` (its corpus folder is stored relative to it).
    pub fn saved_to(&mut self, path: &Path) {
        if !self.is_sample() {
            self.corpus_root = stored_root(&self.root, path);
        }
    }

    /// Opens a project file and re-reads its corpus.
    pub fn open(path: &Path) -> Result<(Self, OpenReport), ProjectError> {
        let mut project = Self::read(path)?;
        let root = if project.is_sample() {
            PathBuf::new()
        } else {
            let stored = Path::new(&project.corpus_root);
            let relative = if stored.is_absolute() {
                stored.to_owned()
            } else {
                path.parent().unwrap_or(Path::new(".")).join(stored)
            };
            // The project may have been copied elsewhere while the corpus stayed put.
            match project.corpus_root_absolute.as_deref().map(PathBuf::from) {
                Some(absolute) if !relative.is_dir() && absolute.is_dir() => absolute,
                _ => relative,
            }
        };
        let report = project.attach_corpus(&root);
        Ok((project, report))
    }

    /// Reads a project file without its corpus (what merging and comparing reviews need).
    pub fn read(path: &Path) -> Result<Self, ProjectError> {
        let bytes = std::fs::read(path).map_err(|error| ProjectError::Io { path: path.to_owned(), error })?;
        // A byte-order mark (Windows Notepad writes one) is not part of the project; a project
        // saved again as UTF-16 ("Unicode" in Notepad), with or without a mark, is read as such.
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let utf16 = match encoding_rs::Encoding::for_bom(bytes) {
            Some((encoding, bom_len)) if encoding != encoding_rs::UTF_8 => {
                let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
                (!had_errors).then(|| text.into_owned())
            }
            _ if bytes.contains(&0) => crate::corpus::utf16_without_bom(bytes).map(|(text, _)| text),
            _ => None,
        };
        if let Some(text) = utf16 {
            return Self::parse(&text, path);
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            let message = "it is not UTF-8 text (a project file is text Tally wrote)".to_owned();
            return Err(ProjectError::Corrupt { path: path.to_owned(), line: 0, column: 0, message });
        };
        Self::parse(text, path)
    }

    /// Parses project RON, telling a newer format apart from a damaged file.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ProjectError> {
        #[derive(Deserialize)]
        struct VersionProbe {
            format_version: u32,
        }
        // A large project's documents are parsed on every core; a file that cannot be split so
        // (or has an error) is parsed whole, which also says where it is damaged.
        let split = split::documents(text);
        // The version first (from the outline when split: reading it from the whole text would
        // take as long as parsing it): a newer file is refused, not misread.
        let probe = ron::from_str::<VersionProbe>(split.as_ref().map_or(text, |s| s.outline.as_str()));
        if let Ok(probe) = &probe
            && probe.format_version > FORMAT_VERSION
        {
            return Err(ProjectError::NewerVersion { path: path.to_owned(), found: probe.format_version });
        }
        let apart = split.and_then(|split| {
            let mut project: Project = ron::from_str(&split.outline).ok()?;
            let documents = crate::parallel::map(&split.documents, |d| {
                ron::from_str::<ProjectDocument>(d).ok().map(ProjectDocument::with_claims_fitted)
            });
            project.documents = documents.into_iter().collect::<Option<Vec<_>>>()?;
            Some(project)
        });
        let parsed_apart = apart.is_some();
        let mut project = match apart {
            Some(project) => project,
            None => ron::from_str::<Project>(text).map_err(|e| ProjectError::Corrupt {
                path: path.to_owned(),
                line: e.span.start.line,
                column: e.span.start.col,
                message: parse_message(&e.code),
            })?,
        };
        project.validate().map_err(|message| ProjectError::Corrupt {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message,
        })?;
        project.documents.sort_by(|a, b| a.path.cmp(&b.path));
        for doc in &mut project.documents {
            doc.claims.sort_by_key(|c| c.claim.start());
        }
        if !parsed_apart {
            project.documents = project.documents.into_iter().map(ProjectDocument::with_claims_fitted).collect();
        }
        Ok(project)
    }

    /// Checks what the type system cannot: unique ids, sane spans.
    fn validate(&self) -> Result<(), String> {
        let mut ids = std::collections::HashSet::new();
        for doc in &self.documents {
            if !is_inside_path(&doc.path) {
                return Err(format!(
                    "document path {:?} is not an article inside the corpus folder (a relative path to a .txt, .md or .html file, without \"..\")",
                    doc.path
                ));
            }
            for c in &doc.claims {
                if c.id > MAX_CLAIM_ID {
                    return Err(format!(
                        "claim id {} (in {}) is too large (ids go up to {MAX_CLAIM_ID})",
                        c.id, doc.path
                    ));
                }
                if !ids.insert(c.id) {
                    return Err(format!("claim id {} (in {}) appears twice", c.id, doc.path));
                }
                if c.claim.start() > c.claim.end() {
                    return Err(format!("claim {} (in {}) has an inverted span", c.id, doc.path));
                }
            }
        }
        Ok(())
    }
}

/// The parser's complaint in a reader's words (its advice to programmers left out).
fn parse_message(error: &ron::Error) -> String {
    match error {
        ron::Error::ExceededRecursionLimit => "it is nested too deeply to be a Tally project".to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_parser_s_advice_to_programmers_is_not_shown() {
        let raw = ron::Error::ExceededRecursionLimit.to_string();
        assert!(raw.contains("recursion_limit"), "ron's own words: {raw}");
        let shown = super::parse_message(&ron::Error::ExceededRecursionLimit);
        assert_eq!(shown, "it is nested too deeply to be a Tally project");
        assert_eq!(super::parse_message(&ron::Error::ExpectedString), ron::Error::ExpectedString.to_string());
    }
}
