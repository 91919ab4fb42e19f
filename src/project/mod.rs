//! The review project: which corpus, its documents (path + content hash), every claim with its
//! verdict and note. Saved as a versioned, deterministic, pretty RON file, atomically.

mod claim;
mod file;
mod positions;
mod reanchor;
mod split;
mod team;

pub use claim::{ClaimId, ClaimRef, Pin, ReviewedClaim, Verdict, Written};
pub use positions::ClaimPositions;
pub use reanchor::reread_claims;
pub use team::{Evidence, OtherReview};

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::corpus::{self, Corpus, Document};
use crate::extract;
use crate::metadata::Metadata;
use crate::progress::Progress;
use crate::sample;

/// The project file format this build writes, and the newest it can read.
///
/// - 1: documents, claims, verdicts, notes.
/// - 2: claims gain `subject_head` and `source`. A version 1 file loads as it is; once its corpus
///   is read, each claim whose text is still in place gets the fields a fresh extraction finds.
/// - 3: documents gain `metadata` (outlet, title, url, published, author, language, each with its
///   origin), claims gain `scope`. Older files get metadata from their corpus (front matter,
///   `sources.csv`, guesses) on open, and each claim still in place its `scope`.
/// - 4: claims gain `pin` (the reviewer's move among quantities), and `quantity` and `suggestion`
///   as the comparison gave them when written.
/// - 5: one claim a line; an unset verdict, note, date or move is not written, and a claim the
///   reviewer has not touched is written brief (`start`, `end`, `text`, `kind`): on open its other
///   fields are found again by extracting the article. Every older file still opens.
/// - 6: claims gain `reviewer` (who gave the verdict), `evidence` (url, quote, accessed, note)
///   and `disagreement` (another reviewer's side, left by a merge). Older files have none.
pub const FORMAT_VERSION: u32 = 6;

/// Is a project's document path one a corpus could have written: relative, `/`-separated, with no
/// `..`, `.` or empty parts, naming an article? (A project file from elsewhere must not make Tally
/// read `/etc/passwd` or `../../secret.txt` into a review.)
fn is_inside_path(path: &str) -> bool {
    let drive = path.as_bytes().get(1) == Some(&b':'); // "C:…" on Windows
    let parts_ok = !path.is_empty()
        && !path.starts_with(['/', '\\'])
        && !drive
        && path.split(['/', '\\']).all(|part| !part.is_empty() && part != "." && part != "..");
    parts_ok && corpus::is_article(Path::new(path))
}

/// Reads the article at `path` under `root`, unless a link takes it outside the corpus folder.
fn read_inside(root: &Path, path: &str) -> Result<corpus::Article, String> {
    let full = root.join(crate::paths::stored_to_path(path));
    match (full.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(root)) if !file.starts_with(&root) => Err("links outside the corpus folder".into()),
        _ => corpus::read_document(&full),
    }
}

/// The largest claim id a project may hold: far more than any review, with room for every claim
/// found later to get a new one without wrapping around to an id in use.
const MAX_CLAIM_ID: ClaimId = ClaimId::MAX / 2;

/// Documents whose brief claims are filled in at once when a project opens.
const BRIEF_FILL_DOCUMENTS: usize = 256;

/// `corpus_root` of a project made from the built-in sample corpus.
pub const SAMPLE_ROOT: &str = "builtin:sample";

/// How a document compares with what the project recorded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DocStatus {
    #[default]
    /// As saved.
    Unchanged,
    /// The file's content differs from the saved hash; verdicts were carried over.
    Changed,
    /// The file could not be found or read.
    Missing,
}

/// One document of the project and its claims, ordered by position.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectDocument {
    /// The file, relative to the corpus root, `/`-separated.
    pub path: String,
    /// The content hash when last read, to notice edits.
    pub hash: String,
    /// Who published it, when, under what headline.
    #[serde(default)]
    pub metadata: Metadata,
    /// The claims, ordered by position (stale ones last).
    pub claims: Vec<ReviewedClaim>,
    #[serde(skip)]
    /// The text the claims' offsets point into; shared with the claims' sentences (each is a
    /// stretch of it).
    pub text: std::sync::Arc<str>,
    #[serde(skip)]
    /// How the file compares with what was saved.
    pub status: DocStatus,
}

impl ProjectDocument {
    /// The document with its claims in a list of their exact length. A list read from a file grew
    /// by doubling (the file does not say how long it is): the spare room of an archive's lists
    /// held 13 MB, and giving it back takes a copy (the allocator keeps a block shrunk by less
    /// than half).
    fn with_claims_fitted(mut self) -> Self {
        if self.claims.capacity() > self.claims.len() {
            let mut fitted = Vec::with_capacity(self.claims.len());
            fitted.append(&mut self.claims);
            self.claims = fitted;
        }
        self
    }

    /// The language its claims are read in (as its source says; English when it says nothing).
    pub fn language(&self) -> crate::language::Language {
        crate::language::Language::of(&self.metadata)
    }

    /// How the document is named to a person: "Outlet — Headline", or its file name.
    pub fn display_name(&self) -> String {
        self.metadata.display_name(&crate::paths::shown(&self.path))
    }

    /// The name with the date, where known: "Outlet — Headline · 5 March 2024".
    pub fn display_name_dated(&self) -> String {
        match self.metadata.published_for_reader() {
            Some(date) => format!("{} · {date}", self.display_name()),
            None => self.display_name(),
        }
    }

    /// Is it mostly numbers (a table, a data dump saved as text) rather than prose? Its figures
    /// are still claims, but sentences, subjects and sources mean little there: the desk says so.
    /// (News runs about one claim per 300 bytes; a table one per 5–20.)
    pub fn mostly_numbers(&self) -> bool {
        const MIN_CLAIMS: usize = 50;
        const MAX_BYTES_PER_CLAIM: usize = 25;
        self.claims_capped()
            || self.claims.len() >= MIN_CLAIMS && self.text.len() < self.claims.len() * MAX_BYTES_PER_CLAIM
    }

    /// Did reading it stop at [`crate::extract::MAX_CLAIMS_PER_DOCUMENT`] claims?
    pub fn claims_capped(&self) -> bool {
        crate::extract::capped(self.claims.len())
    }

    /// How many of its claims have a verdict.
    pub fn reviewed(&self) -> usize {
        self.claims.iter().filter(|c| c.verdict != Verdict::Unreviewed).count()
    }
}

/// Everything that is saved.
#[derive(Clone, Debug, Deserialize)]
// A misspelt field anywhere in a project (a hand edit, a bad merge) is an error with its place,
// not a value silently lost: every saved struct denies unknown fields.
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The file format's version as read (`FORMAT_VERSION` once written by this build).
    pub format_version: u32,
    /// The corpus folder as stored: relative to the project file where possible, `/`-separated.
    pub corpus_root: String,
    /// The corpus folder's absolute path when last saved, tried when the relative one fails (a
    /// project copied to another folder, next to the same corpus).
    #[serde(default)]
    pub corpus_root_absolute: Option<String>,
    /// The documents, sorted by path.
    pub documents: Vec<ProjectDocument>,
    /// The corpus folder as found on this machine.
    #[serde(skip)]
    pub root: PathBuf,
}

/// What opening a project found that the reviewer should know.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OpenReport {
    /// The corpus folder is not where the project says; ask the reviewer where it went.
    pub corpus_missing: bool,
    /// Documents whose text changed since the save (verdicts kept).
    pub changed: Vec<String>,
    /// Documents that could not be read.
    pub missing: Vec<String>,
    /// Claims whose text could not be found again in a changed document.
    pub stale_claims: usize,
}

/// Why a project could not be opened or saved.
#[derive(Debug)]
pub enum ProjectError {
    /// Reading or writing the file failed.
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        error: std::io::Error,
    },
    /// The file is not a valid project.
    Corrupt {
        /// The file.
        path: PathBuf,
        /// The line of the problem (1-based; 0 when the file parses but says something impossible).
        line: usize,
        /// Where in that line (1-based).
        column: usize,
        /// What is wrong there.
        message: String,
    },
    /// The file was written by a newer Tally.
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// Its format version.
        found: u32,
    },
    /// The corpus could not be read.
    Corpus(corpus::CorpusError),
    /// The project could not be turned into RON.
    Serialize(String),
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ProjectError::Corrupt { path, line: 0, message, .. } => {
                // A semantic error: the message names the document and claim.
                write!(f, "{} is not a valid Tally project: {message}", path.display())
            }
            ProjectError::Corrupt { path, line, column, message } => {
                write!(f, "{} is not a valid Tally project (line {line}, column {column}): {message}", path.display())
            }
            ProjectError::NewerVersion { path, found } => write!(
                f,
                "{} was saved by a newer Tally (format version {found}; this one reads up to {FORMAT_VERSION}). Update Tally to open it.",
                path.display()
            ),
            ProjectError::Corpus(e) => write!(f, "{e}"),
            ProjectError::Serialize(e) => write!(f, "cannot write the project: {e}"),
        }
    }
}

impl std::error::Error for ProjectError {}

impl Project {
    /// A fresh project over a corpus: every claim found, none reviewed.
    pub fn from_corpus(corpus: &Corpus) -> Self {
        let root = corpus.root.to_string_lossy().replace('\\', "/");
        Self::from_documents(&corpus.documents, corpus.root.clone(), root, &Progress::default())
            .unwrap_or_else(Self::empty)
    }

    /// [`Project::from_corpus`], counting documents and claims into `progress`; `None` when it
    /// was cancelled.
    pub fn from_corpus_with(corpus: &Corpus, progress: &Progress) -> Option<Self> {
        let root = corpus.root.to_string_lossy().replace('\\', "/");
        Self::from_documents(&corpus.documents, corpus.root.clone(), root, progress)
    }

    /// A fresh project over the built-in sample corpus.
    pub fn sample() -> Self {
        Self::from_documents(&sample::documents(), PathBuf::new(), SAMPLE_ROOT.to_owned(), &Progress::default())
            .unwrap_or_else(Self::empty)
    }

    fn from_documents(documents: &[Document], root: PathBuf, corpus_root: String, progress: &Progress) -> Option<Self> {
        // Each document found and copied on every core; ids are numbered after, in reading order.
        let documents = crate::parallel::map(documents, |d| {
            if progress.cancelled() {
                return None;
            }
            // The claims' sentences are stretches of the document's text, shared with it.
            let text: std::sync::Arc<str> = std::sync::Arc::from(d.text.as_str());
            let claims = extract::extract_shared(&text, d.language());
            progress.document_extracted(claims.len());
            Some(ProjectDocument {
                path: d.path.clone(),
                hash: d.hash().to_owned(),
                metadata: d.metadata.clone(),
                claims: claims.into_iter().map(|claim| ReviewedClaim::fresh(0, claim)).collect(),
                text,
                status: DocStatus::Unchanged,
            })
        });
        let mut documents: Vec<ProjectDocument> = documents.into_iter().collect::<Option<_>>()?;
        if progress.cancelled() {
            return None;
        }
        for (id, claim) in documents.iter_mut().flat_map(|d| &mut d.claims).enumerate() {
            claim.id = ClaimId::try_from(id + 1).unwrap_or(ClaimId::MAX);
        }
        Some(Self { format_version: FORMAT_VERSION, corpus_root, corpus_root_absolute: None, documents, root })
    }

    /// A project with no corpus and no documents: what the desk shows when nothing could be opened.
    pub fn empty() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            corpus_root: String::new(),
            corpus_root_absolute: None,
            documents: Vec::new(),
            root: PathBuf::new(),
        }
    }

    /// Every claim in reading order: documents in order, then position.
    pub fn claim_refs(&self) -> impl Iterator<Item = ClaimRef> + '_ {
        self.documents
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| (0..doc.claims.len()).map(move |c| ClaimRef { doc: d, claim: c }))
    }

    /// The claim after (or before) `r` in reading order across documents, wrapping around the
    /// corpus; `None` only when the corpus holds no claim. Constant time but for empty documents.
    pub fn claim_beside(&self, r: ClaimRef, forward: bool) -> Option<ClaimRef> {
        let n = self.documents.len();
        if forward && r.claim + 1 < self.documents.get(r.doc).map_or(0, |d| d.claims.len()) {
            return Some(ClaimRef { doc: r.doc, claim: r.claim + 1 });
        }
        if !forward && r.claim > 0 && r.claim <= self.documents.get(r.doc).map_or(0, |d| d.claims.len()) {
            return Some(ClaimRef { doc: r.doc, claim: r.claim - 1 });
        }
        // The next (or previous) document with claims, wrapping: its first (or last) claim.
        (1..=n).find_map(|k| {
            let doc = if forward { (r.doc + k) % n } else { (r.doc + n - k % n) % n };
            let count = self.documents[doc].claims.len();
            (count > 0).then(|| ClaimRef { doc, claim: if forward { 0 } else { count - 1 } })
        })
    }

    /// The claim at `r`, if there is one.
    pub fn claim(&self, r: ClaimRef) -> Option<&ReviewedClaim> {
        self.documents.get(r.doc)?.claims.get(r.claim)
    }

    /// A claim quoted with its source, ready to paste into a note or a draft:
    /// `“At least 14 people died…” — Vessbury Herald, “Harlen Dam…”, 5 March 2024, https://…`.
    pub fn citation(&self, r: ClaimRef) -> Option<String> {
        let doc = self.documents.get(r.doc)?;
        let claim = doc.claims.get(r.claim)?;
        let source = doc.metadata.citation();
        let source = if source.is_empty() { doc.path.clone() } else { source };
        Some(format!("“{}” — {source}", claim.claim.sentence))
    }

    /// A project over articles given as `(path, text)`, for tests: a corpus read from nowhere.
    #[cfg(test)]
    pub(crate) fn of_texts(texts: &[(&str, &str)]) -> Self {
        let documents =
            texts.iter().map(|(path, text)| crate::corpus::Document::new(*path, (*text).into(), None)).collect();
        Self::from_corpus(&crate::corpus::Corpus { root: "news".into(), documents, skipped: Vec::new() })
    }

    /// Where every claim sits, by id.
    pub fn claim_positions(&self) -> ClaimPositions {
        ClaimPositions::of(self)
    }

    /// Is this a project over the built-in sample corpus?
    pub fn is_sample(&self) -> bool {
        self.corpus_root == SAMPLE_ROOT
    }

    /// How many claims the project holds.
    pub fn claim_count(&self) -> usize {
        self.documents.iter().map(|d| d.claims.len()).sum()
    }

    /// How many claims carry each verdict, in `Verdict::ALL` order.
    pub fn verdict_counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for c in self.documents.iter().flat_map(|d| &d.claims) {
            counts[Verdict::ALL.iter().position(|v| *v == c.verdict).unwrap_or(0)] += 1;
        }
        counts
    }

    /// An id no claim of the project has yet.
    pub fn next_id(&self) -> ClaimId {
        self.documents.iter().flat_map(|d| &d.claims).map(|c| c.id).max().unwrap_or(0).saturating_add(1)
    }

    /// (Re)reads every document from `root` (or the built-in sample), checks hashes and carries
    /// verdicts over to changed documents. Nothing is lost: claims that cannot be placed are kept
    /// as stale.
    pub fn attach_corpus(&mut self, root: &Path) -> OpenReport {
        let mut report = OpenReport::default();
        let sample = self.is_sample().then(sample::documents);
        if sample.is_none() && !root.is_dir() {
            report.corpus_missing = true;
        }
        self.root = root.to_owned();
        let mut next_id = self.next_id();
        // Projects older than format 3 keep no metadata: take it from the corpus as it is read.
        let listed = if self.format_version < 3 && sample.is_none() && !report.corpus_missing {
            crate::metadata::sources_csv(root).unwrap_or_default()
        } else {
            Default::default()
        };
        // Every article read and hashed on every core, then compared with what was saved.
        let read = crate::parallel::map(&self.documents, |doc| {
            let article = match &sample {
                Some(docs) => docs
                    .iter()
                    .find(|d| d.path == doc.path)
                    .map(|d| corpus::Article {
                        text: d.text.clone(),
                        encoding: None,
                        front_matter: d.metadata.clone(),
                        repaired: None,
                    })
                    .ok_or_else(|| "not in the sample".to_owned()),
                None if report.corpus_missing => Err("corpus folder missing".to_owned()),
                None => read_inside(root, &doc.path),
            };
            article.map(|a| {
                let hash = corpus::content_hash(&a.text);
                // Shared with the claims' sentences, which are stretches of it.
                let text: std::sync::Arc<str> = std::sync::Arc::from(a.text);
                (text, a.front_matter, hash)
            })
        });
        for (doc, article) in self.documents.iter_mut().zip(read) {
            if self.format_version < 3
                && let Ok((text, front_matter, _)) = &article
                && doc.metadata.is_empty()
            {
                let mut metadata = front_matter.clone();
                metadata.fill_from(listed.get(&doc.path).cloned().unwrap_or_default());
                metadata.fill_from(crate::metadata::guess(text));
                doc.metadata = metadata;
            }
            let Ok((text, _, hash)) = article else {
                doc.status = DocStatus::Missing;
                doc.text = std::sync::Arc::from("");
                for c in &mut doc.claims {
                    c.stale = true;
                }
                report.missing.push(doc.path.clone());
                continue;
            };
            if hash == doc.hash
                && doc.claims.iter().all(|c| text.get(c.claim.start()..c.claim.end()) == Some(c.claim.text.as_str()))
            {
                doc.status = DocStatus::Unchanged;
                if self.format_version < 3 {
                    reanchor::fill_context_from(doc, &extract::extract_shared(&text, doc.language()));
                }
                doc.text = text;
                for c in &mut doc.claims {
                    c.stale = false;
                }
                continue;
            }
            doc.status = DocStatus::Changed;
            report.changed.push(doc.path.clone());
            reanchor::reconcile(doc, &text, &mut next_id);
            doc.text = text;
            doc.hash = hash;
        }
        // Claims saved brief get their fields back from their article (extracted on every core),
        // a few hundred documents at a time: the claims found again for a whole archive at once
        // took as much memory as the project's own.
        for batch in self.documents.chunks_mut(BRIEF_FILL_DOCUMENTS) {
            let fresh = crate::parallel::map(batch, |d| {
                (d.status != DocStatus::Missing && d.claims.iter().any(ReviewedClaim::is_brief))
                    .then(|| extract::extract_shared(&d.text, d.language()))
            });
            for (doc, fresh) in batch.iter_mut().zip(fresh) {
                if let Some(fresh) = fresh {
                    reanchor::fill_brief(doc, fresh, &mut next_id);
                }
            }
        }
        // (Counted once brief claims no longer found are gone: only reviewed claims are kept stale.)
        report.stale_claims = self
            .documents
            .iter()
            .filter(|d| d.status == DocStatus::Changed)
            .map(|d| d.claims.iter().filter(|c| c.stale).count())
            .sum();
        report
    }
}
