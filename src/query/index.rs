//! A compact index of what a search reads in each claim (its text, subject and sentence): which
//! letters and letter pairs each holds, in 48 bytes, so a search over an archive passes over the
//! claims that cannot hold what is typed without reading their text.

use crate::project::{ClaimRef, Project};

/// The letters and letter pairs a claim's text, subject and sentence hold (ASCII, folded to
/// lowercase): bits 0–63 for single bytes (a–z and 0–9 each their own bit, so a search for one
/// letter or digit is answered exactly), bits 64–383 for pairs of bytes (hashed: a sentence of
/// news sets about a quarter of them, so most claims fail a two-letter search without a read).
type Mask = [u64; 6];

/// Bits for single bytes; the rest are for pairs.
const SINGLE_BITS: usize = 64;

/// Bits for pairs of bytes.
const PAIR_BITS: usize = 320;

/// Every claim's mask, per document, for the project as it was when made (the desk keeps it with
/// the comparison, made on the same worker from the same copy of the project).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    documents: Vec<DocumentMasks>,
}

/// One document's masks. A claim's text and subject are mostly words of its sentence, so the
/// claims of a sentence mostly share one mask: each is kept once and claims point at it (an
/// archive's 277,650 claims need 8 MB here, where a mask each took 13 MB).
#[derive(Clone, Debug, Default)]
struct DocumentMasks {
    /// The distinct masks, in claim order.
    masks: Vec<Mask>,
    /// Each claim's mask: an index into `masks`.
    of_claim: Vec<u32>,
}

/// A search as the index reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Needle {
    mask: Mask,
    /// One letter or digit: its bit says whether the claim holds it.
    exact: bool,
}

/// What the index says of one claim and one search (notes aside: they are not indexed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Its text, subject and sentence do not hold the search.
    Absent,
    /// They do.
    Present,
    /// They may: read them.
    Maybe,
}

impl SearchIndex {
    /// The index of every claim of `project` (on every core).
    pub fn of(project: &Project) -> Self {
        let documents = crate::parallel::map(&project.documents, |doc| {
            let mut masks = DocumentMasks { masks: Vec::new(), of_claim: Vec::with_capacity(doc.claims.len()) };
            let mut last_sentence: Option<(&str, Mask)> = None;
            for c in &doc.claims {
                let sentence: &str = &c.claim.sentence;
                // The claims of one sentence share it: its mask is made once.
                let sentence_mask = match last_sentence {
                    Some((last, mask)) if std::ptr::eq(last, sentence) => mask,
                    _ => {
                        let mask = mask_of(sentence);
                        last_sentence = Some((sentence, mask));
                        mask
                    }
                };
                let mut mask = union(mask_of(&c.claim.text), sentence_mask);
                if let Some(subject) = &c.claim.subject {
                    mask = union(mask, mask_of(subject));
                }
                if masks.masks.last() != Some(&mask) {
                    masks.masks.push(mask);
                }
                // At most one mask a claim, and a document holds at most 250,000 claims.
                masks.of_claim.push(u32::try_from(masks.masks.len() - 1).unwrap_or(u32::MAX));
            }
            masks.masks.shrink_to_fit();
            masks
        });
        Self { documents }
    }

    /// What the index says of the claim at `r` and `needle` (`Maybe` for a claim it does not know).
    pub fn hint(&self, r: ClaimRef, needle: &Needle) -> Hint {
        let mask = self.documents.get(r.doc).and_then(|d| d.masks.get(*d.of_claim.get(r.claim)? as usize));
        let Some(mask) = mask else {
            return Hint::Maybe;
        };
        if mask.iter().zip(&needle.mask).any(|(have, want)| have & want != *want) {
            Hint::Absent
        } else if needle.exact {
            Hint::Present
        } else {
            Hint::Maybe
        }
    }
}

impl Needle {
    /// `search` (lowercased and trimmed) for the index; `None` when the index cannot help (an
    /// empty search, or one beyond ASCII, which is matched through Unicode lowercasing).
    pub fn new(search: &str) -> Option<Self> {
        if search.is_empty() || !search.is_ascii() {
            return None;
        }
        let bytes = search.as_bytes();
        Some(Self { mask: mask_of(search), exact: bytes.len() == 1 && bytes[0].is_ascii_alphanumeric() })
    }
}

/// The letters and pairs of `text`, folded to lowercase.
fn mask_of(text: &str) -> Mask {
    let mut mask = [0u64; 6];
    let mut set = |bit: usize| mask[bit / 64] |= 1 << (bit % 64);
    let mut last: Option<u8> = None;
    for b in text.bytes().map(|b| b.to_ascii_lowercase()) {
        set(single_bit(b));
        if let Some(a) = last {
            set(pair_bit(a, b));
        }
        last = Some(b);
    }
    mask
}

fn union(mut a: Mask, b: Mask) -> Mask {
    for (x, y) in a.iter_mut().zip(b) {
        *x |= y;
    }
    a
}

/// A byte's own bit: a–z and 0–9 each have one; other bytes share the remaining 28.
fn single_bit(b: u8) -> usize {
    match b {
        b'a'..=b'z' => usize::from(b - b'a'),
        b'0'..=b'9' => 26 + usize::from(b - b'0'),
        _ => 36 + usize::from(b) % (SINGLE_BITS - 36),
    }
}

/// A pair's bit (a multiplicative hash of the two bytes).
fn pair_bit(a: u8, b: u8) -> usize {
    let pair = (u32::from(a) << 8) | u32::from(b);
    SINGLE_BITS + (pair.wrapping_mul(0x9E37_79B1) >> 16) as usize % PAIR_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mask_holds_every_letter_and_pair_of_its_text_in_any_case() {
        let mask = mask_of("Café FLOODS — 24 🎉");
        for needle in ["f", "c", "2", "4", "fl", "floods", "caf", "24", "ds"] {
            let n = Needle::new(needle).unwrap();
            assert!(n.mask.iter().zip(&mask).all(|(want, have)| have & want == *want), "{needle}");
        }
        let absent = Needle::new("x").unwrap();
        assert!(absent.mask.iter().zip(&mask).any(|(want, have)| have & want != *want));
    }

    #[test]
    fn only_ascii_searches_use_the_index_and_one_letter_is_exact() {
        assert_eq!(Needle::new(""), None);
        assert_eq!(Needle::new("été"), None);
        assert!(Needle::new("f").unwrap().exact);
        assert!(Needle::new("7").unwrap().exact);
        assert!(!Needle::new("%").unwrap().exact);
        assert!(!Needle::new("fl").unwrap().exact);
    }

    #[test]
    fn claims_of_one_sentence_share_a_mask_and_answer_alike() {
        let project = Project::of_texts(&[(
            "a.txt",
            "At least 24 died and 3 were hurt in Lyon — é. Officials counted 1,200 arrests 😀 in 2 days.",
        )]);
        let index = SearchIndex::of(&project);
        let doc = &index.documents[0];
        assert_eq!(doc.of_claim.len(), project.documents[0].claims.len());
        assert!(doc.masks.len() < doc.of_claim.len(), "{} masks for {} claims", doc.masks.len(), doc.of_claim.len());
        let (Some(lyon), Some(j)) = (Needle::new("lyon"), Needle::new("j")) else { panic!("ASCII searches") };
        for (c, claim) in project.documents[0].claims.iter().enumerate() {
            let r = ClaimRef { doc: 0, claim: c };
            let in_first = claim.claim.sentence.contains("Lyon");
            assert_eq!(index.hint(r, &lyon) == Hint::Absent, !in_first, "{}", claim.claim.text);
            assert_eq!(index.hint(r, &j), Hint::Absent, "no j anywhere");
        }
        assert_eq!(index.hint(ClaimRef { doc: 0, claim: 99 }, &lyon), Hint::Maybe, "a claim it does not know");
    }
}
