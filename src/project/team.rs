//! What a team's reviews add to a claim: who judged it, the evidence behind the verdict, and,
//! after a merge of two reviews that judged it differently, the other reviewer's side.

use serde::{Deserialize, Serialize};

use super::Verdict;

/// One piece of evidence for or against a figure: where it is, the words that bear on it, when it
/// was read, and a note. Every part is optional; an item with none is dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The address of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The words that support or contradict the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// When the source was read (ISO date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<String>,
    /// A free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Evidence {
    /// Does it say nothing at all?
    pub fn is_empty(&self) -> bool {
        [&self.url, &self.quote, &self.accessed, &self.note].iter().all(|f| f.as_deref().is_none_or(str::is_empty))
    }
}

/// The other side of a disagreement left by a merge: a second reviewer's verdict on the claim,
/// kept next to the first until someone resolves it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherReview {
    /// Who gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// Their verdict.
    pub verdict: Verdict,
    /// Their note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When they gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_at: Option<String>,
    /// Their evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}
