//! A claim under review: where it sits, the reviewer's verdict and what else they wrote about it
//! (kept apart, as most claims have none), and the form a project file holds it in.

use serde::{Deserialize, Serialize};

use super::{Evidence, OtherReview};
use crate::extract::Claim;

/// A claim's id: unique within a project and stable across saves, edits and re-reads.
pub type ClaimId = u32;

/// Where a claim sits now: document index, then claim index within the document. Positions can
/// change when the corpus is re-read; ids (`ClaimId`) never do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimRef {
    /// Index into `Project::documents`.
    pub doc: usize,
    /// Index into that document's `claims`.
    pub claim: usize,
}

/// The reviewer's judgement of a claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    #[default]
    /// No verdict yet.
    Unreviewed,
    /// Other sources agree.
    Corroborated,
    /// Other sources disagree.
    Conflicting,
    /// No source backs it.
    Unsourced,
}

impl Verdict {
    /// Is it "unreviewed" (for `skip_serializing_if`)?
    pub fn is_unreviewed(&self) -> bool {
        *self == Verdict::Unreviewed
    }

    /// Every verdict, in the order shown.
    pub const ALL: [Verdict; 4] =
        [Verdict::Unreviewed, Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced];

    /// The verdict's name in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Unreviewed => "unreviewed",
            Verdict::Corroborated => "corroborated",
            Verdict::Conflicting => "conflicting",
            Verdict::Unsourced => "unsourced",
        }
    }

    /// The verdict's name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Unreviewed => "Unreviewed",
            Verdict::Corroborated => "Corroborated",
            Verdict::Conflicting => "Conflicting",
            Verdict::Unsourced => "Unsourced",
        }
    }
}

/// A claim with the reviewer's verdict and note.
///
/// What a reviewer writes besides the verdict (note, time, name, evidence, a disagreement) is
/// kept in a box that most claims never have: an archive's 280,000 claims held 27 MB of empty
/// fields. Read it through the accessors; change it through [`ReviewedClaim::edit`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "StoredReviewedClaim")]
pub struct ReviewedClaim {
    /// Unique within the project, stable across saves.
    pub id: ClaimId,
    /// What extraction found.
    pub claim: Claim,
    /// The reviewer's judgement.
    pub verdict: Verdict,
    /// Where the reviewer put the claim among the quantities (`None`: where the comparison
    /// found it). Format 4.
    pub pin: Option<Pin>,
    /// The quantity the comparison put it in when the file was written (1-based), for readers of
    /// the file; recomputed on open. Format 4.
    pub quantity: Option<u32>,
    /// The verdict the comparison suggested when the file was written; recomputed on open.
    /// Format 4.
    pub suggestion: Option<Verdict>,
    /// The span no longer matches the document (it changed or is missing); kept for its verdict.
    pub stale: bool,
    /// The rest of the review; `None` while every part of it is empty.
    written: Option<Box<Written>>,
}

/// What a reviewer wrote about a claim besides the verdict.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Written {
    /// The reviewer's note.
    pub note: String,
    /// When the verdict or note was last set (UTC, ISO 8601).
    pub reviewed_at: Option<String>,
    /// Who gave the verdict or wrote the note. Format 6.
    pub reviewer: Option<String>,
    /// The evidence behind the verdict. Format 6.
    pub evidence: Vec<Evidence>,
    /// Another reviewer's different verdict, left by a merge until resolved. Format 6.
    pub disagreement: Option<Box<OtherReview>>,
}

impl Written {
    fn is_empty(&self) -> bool {
        self.note.is_empty()
            && self.reviewed_at.is_none()
            && self.reviewer.is_none()
            && self.evidence.is_empty()
            && self.disagreement.is_none()
    }
}

/// A claim as a project file holds it (every format: later fields default when absent).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredReviewedClaim {
    id: ClaimId,
    claim: Claim,
    #[serde(default)]
    verdict: Verdict,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reviewed_at: Option<String>,
    #[serde(default)]
    pin: Option<Pin>,
    #[serde(default)]
    quantity: Option<u32>,
    #[serde(default)]
    suggestion: Option<Verdict>,
    #[serde(default)]
    reviewer: Option<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    #[serde(default)]
    disagreement: Option<Box<OtherReview>>,
}

impl From<StoredReviewedClaim> for ReviewedClaim {
    fn from(s: StoredReviewedClaim) -> Self {
        let written = Written {
            note: s.note,
            reviewed_at: s.reviewed_at,
            reviewer: s.reviewer,
            evidence: s.evidence,
            disagreement: s.disagreement,
        };
        ReviewedClaim {
            id: s.id,
            claim: s.claim,
            verdict: s.verdict,
            pin: s.pin,
            quantity: s.quantity,
            suggestion: s.suggestion,
            stale: false,
            written: (!written.is_empty()).then(|| Box::new(written)),
        }
    }
}

impl ReviewedClaim {
    /// Has the reviewer left it as found (no verdict, note or move)? Such a claim is saved brief.
    pub fn is_untouched(&self) -> bool {
        self.verdict == Verdict::Unreviewed && self.pin.is_none() && self.written.is_none()
    }

    /// Was it read from a project file's brief form (position, text and kind only), its other
    /// fields still to be found again in the article?
    pub fn is_brief(&self) -> bool {
        self.claim.sentence.is_empty()
    }

    /// A claim just found: unreviewed, where the comparison puts it.
    pub fn fresh(id: ClaimId, claim: Claim) -> Self {
        Self {
            id,
            claim,
            verdict: Verdict::Unreviewed,
            pin: None,
            quantity: None,
            suggestion: None,
            stale: false,
            written: None,
        }
    }

    /// The reviewer's note ("" when none).
    pub fn note(&self) -> &str {
        self.written.as_ref().map_or("", |w| &w.note)
    }

    /// When the verdict or note was last set (UTC, ISO 8601).
    pub fn reviewed_at(&self) -> Option<&str> {
        self.written.as_ref()?.reviewed_at.as_deref()
    }

    /// Who gave the verdict or wrote the note.
    pub fn reviewer(&self) -> Option<&str> {
        self.written.as_ref()?.reviewer.as_deref()
    }

    /// The evidence behind the verdict.
    pub fn evidence(&self) -> &[Evidence] {
        self.written.as_ref().map_or(&[], |w| &w.evidence)
    }

    /// Another reviewer's different verdict, left by a merge until resolved.
    pub fn disagreement(&self) -> Option<&OtherReview> {
        self.written.as_ref()?.disagreement.as_deref()
    }

    /// What the reviewer wrote besides the verdict, if anything.
    pub fn written(&self) -> Option<&Written> {
        self.written.as_deref()
    }

    /// Changes what the reviewer wrote; the box goes when all of it is empty again (so equal
    /// reviews compare equal however they were reached).
    pub fn edit<R>(&mut self, change: impl FnOnce(&mut Written) -> R) -> R {
        let mut written = self.written.take().map_or_else(Written::default, |w| *w);
        let result = change(&mut written);
        self.written = (!written.is_empty()).then(|| Box::new(written));
        result
    }
}

/// Where a reviewer moved a claim among the quantities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pin {
    /// Out of any quantity: it stands alone.
    Alone,
    /// Into the quantity of the claim with this id.
    With(ClaimId),
}
