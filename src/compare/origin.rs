//! Independent origins: articles that retell one story (a wire copy, a rewrite, the same outlet)
//! count once when a figure is corroborated. Shared wording is found with sampled word shingles
//! (containment, so a local article that embeds a wire story is caught), and rewrites, which change
//! every word, by the figures they share in the same order.

use rustc_hash::FxHashMap as HashMap;

use super::Doc;
use super::union_find::UnionFind;
use crate::extract::Kind;

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// One shingle in this many is kept (chosen by hash, so two copies keep the same ones).
const SHINGLE_SAMPLE: u64 = 4;
/// Share of the shorter article's shingles found in the other that makes a retelling.
const MIN_CONTAINMENT: f64 = 0.5;
/// Figures two articles must share, in the same order, to be one origin (independent reports of
/// one story share the headline figures: a rewrite shares nearly all).
const MIN_SHARED_FIGURES: usize = 4;
/// …and the share of the shorter list of figures they must make up.
const MIN_SHARED_FIGURE_SHARE: f64 = 0.6;
/// Shingles and figures found in more articles than this are boilerplate, not evidence.
const MAX_POSTINGS: usize = 64;

/// Which origin each document belongs to, and why it was joined to another.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Origins {
    /// Origin number (1-based, in document order) of each document.
    pub of_doc: Vec<usize>,
    /// For a document joined to another: why, in words.
    pub reasons: Vec<Option<String>>,
}

/// The sampled shingle hashes of a text, sorted and distinct. Words are read byte by byte
/// (ASCII letters and digits lowercased; every non-ASCII byte part of a word, compared as
/// written): this reads every word of the corpus, so it allocates nothing per word.
fn shingles(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 6);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut in_word = false;
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3);
            in_word = true;
        } else if in_word {
            words.push(h);
            h = 0xcbf2_9ce4_8422_2325;
            in_word = false;
        }
    }
    if in_word {
        words.push(h);
    }
    let mut out: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|w| w.iter().fold(0u64, |acc, x| (acc.rotate_left(17) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15)))
        .filter(|h| h % SHINGLE_SAMPLE == 0)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The figures of an article in order of first mention: (kind, value) of every count, amount or
/// measure of at least 10 (small numbers and dates are shared by chance).
fn figures(doc: &Doc<'_>) -> Vec<(Kind, u64)> {
    let mut seen = rustc_hash::FxHashSet::default();
    doc.claims
        .iter()
        .filter(|c| !matches!(c.kind, Kind::Date | Kind::Ordinal))
        .filter_map(|c| c.value().filter(|v| v.abs() >= 10.0).map(|v| (c.kind, v.to_bits())))
        .filter(|f| seen.insert(*f))
        .collect()
}

/// Length of the longest common subsequence (lists are short: an article's figures).
fn common_in_order<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { row[j + 1].max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A sorted index of (key, document): the documents holding a key are one run of it.
struct Index<K> {
    entries: Vec<(K, u32)>,
}

impl<K: Ord + Copy> Index<K> {
    fn new(lists: &[Vec<K>]) -> Self {
        let mut entries: Vec<(K, u32)> = lists
            .iter()
            .enumerate()
            .flat_map(|(d, list)| list.iter().map(move |k| (*k, u32::try_from(d).unwrap_or(u32::MAX))))
            .collect();
        entries.sort_unstable();
        Self { entries }
    }

    /// The documents holding `key` (sorted), or none when more than `MAX_POSTINGS` do.
    fn documents(&self, key: K) -> &[(K, u32)] {
        let from = self.entries.partition_point(|(k, _)| *k < key);
        let to = from + self.entries[from..].partition_point(|(k, _)| *k == key);
        let run = &self.entries[from..to];
        if run.len() > MAX_POSTINGS { &[] } else { run }
    }

    /// For document `d`, how many of `probe` (its keys) each other document also holds, by
    /// document (every document of the corpus probes: counted in a sorted list, not a map).
    fn hits(&self, d: usize, probe: &[K]) -> Vec<(u32, usize)> {
        let mut others: Vec<u32> = probe
            .iter()
            .flat_map(|key| self.documents(*key))
            .map(|(_, other)| *other)
            .filter(|other| *other as usize != d)
            .collect();
        others.sort_unstable();
        others.chunk_by(|a, b| a == b).map(|run| (run[0], run.len())).collect()
    }
}

/// Shingles of a document used to find candidates: its smallest hashes (a bottom-k sketch, so two
/// copies probe with the same ones).
const PROBE_SHINGLES: usize = 16;

/// Groups documents into origins. Candidates come from an index of shingles and figures, probed
/// per document: no pair of documents is compared unless they share rare keys.
pub fn find(docs: &[Doc<'_>]) -> Origins {
    let mut sets = UnionFind::new(docs.len());
    let mut reasons: Vec<Option<String>> = vec![None; docs.len()];
    let mut join = |sets: &mut UnionFind, a: usize, b: usize, why: String| {
        if sets.union(a, b) {
            reasons[b].get_or_insert(format!("{why} {}", docs[a].name));
        }
    };
    // Identical texts and one outlet's articles first: no counting needed.
    let mut first_with: HashMap<&str, usize> = HashMap::default();
    let mut first_of_outlet: HashMap<String, usize> = HashMap::default();
    for (d, doc) in docs.iter().enumerate() {
        if let Some(&a) = first_with.get(doc.hash) {
            join(&mut sets, a, d, "same text as".to_owned());
        } else {
            first_with.insert(doc.hash, d);
        }
        if let Some(outlet) = doc.outlet.map(|o| o.trim().to_lowercase()).filter(|o| !o.is_empty()) {
            match first_of_outlet.get(&outlet) {
                Some(&a) => join(&mut sets, a, d, "same outlet as".to_owned()),
                None => {
                    first_of_outlet.insert(outlet, d);
                }
            }
        }
    }
    // Among distinct texts only: copies would make every posting list long.
    let distinct: Vec<usize> =
        first_with.values().copied().collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let wording: Vec<Vec<u64>> = crate::parallel::map(&distinct, |&d| shingles(docs[d].text));
    let index = Index::new(&wording);
    // Each document finds its own retellings (on every core); the joins are then made in order.
    let positions: Vec<usize> = (0..distinct.len()).collect();
    let by_wording = crate::parallel::map(&positions, |&i| {
        let own = &wording[i];
        let probe = &own[..own.len().min(PROBE_SHINGLES)];
        index
            .hits(i, probe)
            .into_iter()
            .filter(|&(j, hits)| j as usize > i && (hits as f64) >= MIN_CONTAINMENT * probe.len() as f64)
            .filter_map(|(j, _)| {
                let j = j as usize;
                let smaller = own.len().min(wording[j].len()).max(1);
                let containment = super::shared_sorted(own, &wording[j]) as f64 / smaller as f64;
                (containment >= MIN_CONTAINMENT)
                    .then(|| (j, format!("shares {:.0}% of its wording with", containment * 100.0)))
            })
            .collect::<Vec<_>>()
    });
    let figure_lists: Vec<Vec<(Kind, u64)>> = crate::parallel::map(&distinct, |&d| figures(&docs[d]));
    let index = Index::new(&figure_lists);
    let by_figures = crate::parallel::map(&positions, |&i| {
        let own = &figure_lists[i];
        index
            .hits(i, own)
            .into_iter()
            .filter_map(|(j, shared)| {
                let j = j as usize;
                let other = &figure_lists[j];
                let smaller = own.len().min(other.len()).max(1);
                if j <= i || shared < MIN_SHARED_FIGURES || (shared as f64) < MIN_SHARED_FIGURE_SHARE * smaller as f64 {
                    return None;
                }
                let in_order = common_in_order(own, other);
                (in_order >= MIN_SHARED_FIGURES)
                    .then(|| (j, format!("reports {in_order} of the same figures in the same order as")))
            })
            .collect::<Vec<_>>()
    });
    for (i, joins) in by_wording.into_iter().chain(by_figures).enumerate() {
        let i = i % distinct.len().max(1);
        for (j, why) in joins {
            join(&mut sets, distinct[i], distinct[j], why);
        }
    }
    // Number origins in document order.
    let mut number: HashMap<usize, usize> = HashMap::default();
    let of_doc = (0..docs.len())
        .map(|d| {
            let root = sets.find(d);
            let next = number.len() + 1;
            *number.entry(root).or_insert(next)
        })
        .collect();
    Origins { of_doc, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Claim, extract};

    fn doc<'a>(name: &str, text: &'a str, claims: &'a [Claim], hash: &'a str) -> Doc<'a> {
        Doc { name: name.to_owned(), text, hash, outlet: None, published: None, claims: claims.iter().collect() }
    }

    #[test]
    fn a_rewrite_with_the_same_figures_is_one_origin() {
        let a = "The council freed 140 detainees over 48 hours. It said 315 remain held, and 60 were minors. \
                 Another 25 people were charged.";
        let b = "Authorities released 140 prisoners in a 48-hour window, the council said; 315 are still in \
                 custody and 60 of them are under 18.";
        let c = "Floods left 140 homes damaged and 12 roads closed near the river.";
        let (ca, cb, cc) = (extract(a), extract(b), extract(c));
        let docs = [doc("a", a, &ca, "1"), doc("b", b, &cb, "2"), doc("c", c, &cc, "3")];
        let origins = find(&docs);
        assert_eq!(origins.of_doc, [1, 1, 2]);
        assert!(origins.reasons[1].as_deref().is_some_and(|r| r.contains("same order as a")), "{origins:?}");
        assert_eq!(origins.reasons[2], None);
    }

    #[test]
    fn an_embedded_wire_story_is_one_origin_and_copies_too() {
        let wire = "Rescue teams searched through the night for survivors of the landslide that buried part of \
                    the mountain village, officials said on Sunday, as rain continued to fall across the region.";
        let local = format!("Our town sent two volunteer crews. {wire} The mayor asked residents to donate blankets.");
        let other =
            "The finance minister presented a budget that cuts fuel subsidies and raises pensions for retirees.";
        let docs = [
            doc("wire", wire, &[], "1"),
            doc("local", &local, &[], "2"),
            doc("other", other, &[], "3"),
            doc("copy", wire, &[], "1"),
        ];
        let origins = find(&docs);
        assert_eq!(origins.of_doc, [1, 1, 2, 1]);
        assert!(origins.reasons[1].as_deref().is_some_and(|r| r.contains("wording with wire")), "{origins:?}");
        assert_eq!(origins.reasons[3].as_deref(), Some("same text as wire"));
    }

    #[test]
    fn longest_common_subsequence() {
        assert_eq!(common_in_order(&[1, 2, 3, 4], &[1, 3, 4, 2]), 3);
        assert_eq!(common_in_order::<u8>(&[], &[1]), 0);
    }
}
