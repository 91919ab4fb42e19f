//! Which claims a listing shows, and in what order: the filters and sort of the desk's claims
//! table, kept here so the command line and tests can ask the same questions.

mod index;
mod listing;

use std::cmp::Ordering;

use crate::compare::Comparison;
use crate::extract::Kind;
use crate::project::{ClaimRef, ReviewedClaim, Verdict};

use index::Hint;
pub use index::SearchIndex;
pub use listing::{Listing, narrow, narrows, rows};

/// What to show. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Only claims with this verdict.
    pub verdict: Option<Verdict>,
    /// Only claims of this kind.
    pub kind: Option<Kind>,
    /// Only claims of this document (index into the project's documents).
    pub doc: Option<usize>,
    /// Only claims whose text, subject, note or sentence contains this (any case).
    pub search: String,
    /// Only claims that still need the reviewer: unreviewed or conflicting.
    pub needs_attention: bool,
    /// Only claims whose suggested verdict is this.
    pub suggestion: Option<Verdict>,
    /// Only claims in a quantity (`Some(true)`) or standing alone (`Some(false)`).
    pub in_quantity: Option<bool>,
}

/// The last sentence searched and whether it held the needle: a sentence's claims sit side by
/// side and share its text, so it is searched once, not once per claim.
pub(super) type SentenceMemo<'a> = Option<(&'a str, bool)>;

impl Filter {
    /// Does any filter but the search leave claims out?
    pub(super) fn narrows_besides_search(&self) -> bool {
        self.verdict.is_some()
            || self.kind.is_some()
            || self.doc.is_some()
            || self.needs_attention
            || self.suggestion.is_some()
            || self.in_quantity.is_some()
    }

    /// Does the claim at `r` pass every filter but the search? (Apart, and called only when one
    /// of them is set: a search alone then reads no more of a claim than it must, which is most
    /// of its cost on an archive.)
    #[inline(never)]
    fn passes_besides_search(&self, r: ClaimRef, c: &ReviewedClaim, comparison: &Comparison) -> bool {
        !(self.verdict.is_some_and(|v| v != c.verdict)
            || self.kind.is_some_and(|k| k != c.claim.kind)
            || self.doc.is_some_and(|d| d != r.doc)
            || (self.needs_attention && !needs_attention(c))
            || self.suggestion.is_some_and(|v| comparison.claim(r).map(|x| x.suggestion.verdict) != Some(v))
            || self.in_quantity.is_some_and(|q| comparison.claim(r).is_some_and(|x| x.quantity().is_some()) != q))
    }

    /// Does the claim at `r` pass? `needle` is the search, lowercased and trimmed; `hint` what a
    /// [`SearchIndex`] says of it.
    pub(super) fn matches<'a>(
        &self,
        r: ClaimRef,
        c: &'a ReviewedClaim,
        (needle, hint): (&str, Hint),
        comparison: &Comparison,
        memo: &mut SentenceMemo<'a>,
    ) -> bool {
        if self.narrows_besides_search() && !self.passes_besides_search(r, c, comparison) {
            return false;
        }
        if needle.is_empty() || contains_folded(c.note(), needle) {
            return true;
        }
        match hint {
            Hint::Absent => return false,
            Hint::Present => return true,
            Hint::Maybe => {}
        }
        if [c.claim.text.as_str(), c.claim.subject.as_deref().unwrap_or("")].iter().any(|h| contains_folded(h, needle))
        {
            return true;
        }
        let sentence: &str = &c.claim.sentence;
        // The claims of one sentence share its text (one allocation): the same pointer is the
        // same sentence, found without comparing its bytes.
        if let Some((last, hit)) = *memo
            && std::ptr::eq(last, sentence)
        {
            return hit;
        }
        let hit = contains_folded(sentence, needle);
        *memo = Some((sentence, hit));
        hit
    }
}

/// Does `haystack` contain `needle` (already lowercased), in any case? An ASCII needle is
/// compared byte by byte with ASCII case folding, allocating nothing (every key typed in the
/// search box runs this over every claim); any other needle through Unicode lowercasing.
pub(super) fn contains_folded(haystack: &str, needle: &str) -> bool {
    if !needle.is_ascii() {
        return haystack.to_lowercase().contains(needle);
    }
    let (hay, pin) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = pin.first() else {
        return true;
    };
    // Candidates start where the needle's first letter is, in either case (a vectorized scan).
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first.to_ascii_lowercase(), first.to_ascii_uppercase(), &hay[from..]) {
        let at = from + i;
        if hay.get(at..at + pin.len()).is_some_and(|w| w.eq_ignore_ascii_case(pin)) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Does this listing read verdicts or notes (so judging a claim can change it)?
pub fn reads_judgements(filter: &Filter, sort: Sort) -> bool {
    filter.verdict.is_some()
        || filter.needs_attention
        || !filter.search.trim().is_empty()
        || matches!(sort.column, Column::Verdict | Column::Note)
}

/// Does this claim still need the reviewer (no verdict yet, sources disagree, or two reviewers
/// do)?
pub fn needs_attention(c: &ReviewedClaim) -> bool {
    matches!(c.verdict, Verdict::Unreviewed | Verdict::Conflicting) || c.disagreement().is_some()
}

/// A column of the claims listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The document (in reading order: by path, then position).
    Document,
    /// The claim's text.
    Text,
    /// The normalized value (claims without one last).
    Value,
    /// At least, nearly, exact…
    Qualifier,
    /// What is counted.
    Subject,
    /// The quantity it reports (its number; claims alone last).
    Quantity,
    /// The comparison's suggested verdict.
    Suggestion,
    /// The reviewer's verdict.
    Verdict,
    /// The reviewer's note.
    Note,
}

impl Column {
    /// Every column, in the order shown.
    pub const ALL: [Column; 9] = [
        Column::Document,
        Column::Text,
        Column::Value,
        Column::Qualifier,
        Column::Subject,
        Column::Quantity,
        Column::Suggestion,
        Column::Verdict,
        Column::Note,
    ];

    /// The column's heading.
    pub fn title(self) -> &'static str {
        match self {
            Column::Document => "Document",
            Column::Text => "Text",
            Column::Value => "Value",
            Column::Qualifier => "Qualifier",
            Column::Subject => "Subject",
            Column::Quantity => "Quantity",
            Column::Suggestion => "Suggested",
            Column::Verdict => "Verdict",
            Column::Note => "Note",
        }
    }

    /// Orders two claims by this column (ties are left to the caller's stable sort).
    pub(super) fn compare(
        self,
        (ra, a): (ClaimRef, &ReviewedClaim),
        (rb, b): (ClaimRef, &ReviewedClaim),
        comparison: &Comparison,
    ) -> Ordering {
        let text = |s: &str| s.to_lowercase();
        let quantity = |r: ClaimRef| comparison.claim(r).and_then(|c| c.quantity()).unwrap_or(usize::MAX);
        let suggestion = |r: ClaimRef| comparison.claim(r).map_or(0, |c| verdict_rank(c.suggestion.verdict));
        match self {
            Column::Quantity => quantity(ra).cmp(&quantity(rb)),
            Column::Suggestion => suggestion(ra).cmp(&suggestion(rb)),
            Column::Document => ra.cmp(&rb),
            Column::Text => text(&a.claim.text).cmp(&text(&b.claim.text)),
            Column::Value => match (sort_value(a), sort_value(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            Column::Qualifier => a.claim.qualifier.phrase().cmp(b.claim.qualifier.phrase()),
            Column::Subject => {
                let (x, y) = (a.claim.subject.as_deref(), b.claim.subject.as_deref());
                // Claims without a subject go last, whatever the direction.
                y.is_none().cmp(&x.is_none()).reverse().then_with(|| text(x.unwrap_or("")).cmp(&text(y.unwrap_or(""))))
            }
            Column::Verdict => verdict_rank(a.verdict).cmp(&verdict_rank(b.verdict)),
            Column::Note => text(a.note()).cmp(&text(b.note())),
        }
    }
}

/// A number to sort by: the value, or for a date its ISO text read as digits (2024-07-17 → 20240717).
fn sort_value(c: &ReviewedClaim) -> Option<f64> {
    c.claim.value().or_else(|| {
        let date = c.claim.date()?;
        let digits: String = date.chars().filter(char::is_ascii_digit).collect();
        digits.parse().ok()
    })
}

fn verdict_rank(v: Verdict) -> usize {
    Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0)
}

/// How to order the listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// By which column.
    pub column: Column,
    /// Largest (or last) first.
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self { column: Column::Document, descending: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::project::Project;
    use crate::review::{Action, Review};

    fn review() -> Review {
        let docs = [
            Document::new("a.txt", "At least 24 people died. Nearly 300 were hurt.".to_owned(), None),
            Document::new(
                "b.txt",
                "Officials counted 20 deaths and 1,200 injured — café owners say 7.".to_owned(),
                None,
            ),
        ];
        let corpus = crate::corpus::Corpus { root: Default::default(), documents: docs.to_vec(), skipped: Vec::new() };
        Review::new(Project::from_corpus(&corpus), None)
    }

    fn texts(review: &Review, rows: &[ClaimRef]) -> Vec<String> {
        rows.iter().filter_map(|r| review.claim(*r)).map(|c| c.claim.text.to_string()).collect()
    }

    #[test]
    fn sorts_by_value_both_ways_and_keeps_reading_order_for_ties() {
        let r = review();
        let by_value = Sort { column: Column::Value, descending: false };
        assert_eq!(
            texts(&r, &rows(r.project(), &Comparison::default(), &Filter::default(), by_value)),
            ["7", "20", "24", "300", "1,200"]
        );
        let down = Sort { descending: true, ..by_value };
        assert_eq!(
            texts(&r, &rows(r.project(), &Comparison::default(), &Filter::default(), down)),
            ["1,200", "300", "24", "20", "7"]
        );
        // Every claim of b.txt is "exact": ties keep their reading order.
        let by_qualifier = Sort { column: Column::Qualifier, descending: false };
        assert_eq!(
            texts(&r, &rows(r.project(), &Comparison::default(), &Filter::default(), by_qualifier)),
            ["24", "20", "1,200", "7", "300"]
        );
    }

    #[test]
    fn needs_attention_keeps_unreviewed_and_conflicting() {
        let mut r = review();
        let first = ClaimRef { doc: 0, claim: 0 };
        let second = ClaimRef { doc: 0, claim: 1 };
        r.apply(Action::SetVerdict { claim: first, verdict: Verdict::Corroborated }, "t");
        r.apply(Action::SetVerdict { claim: second, verdict: Verdict::Conflicting }, "t");
        let filter = Filter { needs_attention: true, ..Filter::default() };
        assert_eq!(
            texts(&r, &rows(r.project(), &Comparison::default(), &filter, Sort::default())),
            ["300", "20", "1,200", "7"]
        );
        // A claim two reviewers judged differently needs attention whatever its verdict.
        let other = crate::project::OtherReview { verdict: Verdict::Unsourced, ..Default::default() };
        r.apply(Action::SetDisagreement { claim: first, other: Some(Box::new(other)) }, "t");
        assert_eq!(
            texts(&r, &rows(r.project(), &Comparison::default(), &filter, Sort::default())),
            ["24", "300", "20", "1,200", "7"]
        );
        let search = Filter { search: " CAFÉ ".into(), ..Filter::default() };
        assert_eq!(
            texts(&r, &rows(r.project(), &Comparison::default(), &search, Sort::default())),
            ["20", "1,200", "7"]
        );
    }

    #[test]
    fn filters_and_sorts_on_quantities_and_suggestions() {
        let r = review();
        let comparison = Comparison::of_project(r.project());
        // "24 people died" and "20 deaths" are one quantity, and differ.
        let grouped = Filter { in_quantity: Some(true), ..Filter::default() };
        assert_eq!(texts(&r, &rows(r.project(), &comparison, &grouped, Sort::default())), ["24", "20"]);
        let conflicting = Filter { suggestion: Some(Verdict::Conflicting), ..Filter::default() };
        assert_eq!(texts(&r, &rows(r.project(), &comparison, &conflicting, Sort::default())), ["24", "20"]);
        let by_quantity = Sort { column: Column::Quantity, descending: false };
        let all = texts(&r, &rows(r.project(), &comparison, &Filter::default(), by_quantity));
        assert_eq!(&all[..2], ["24", "20"], "claims in quantities first: {all:?}");
    }

    #[test]
    fn search_ignores_case_in_any_script_and_finds_the_sentence_of_every_claim() {
        assert!(contains_folded("Officials COUNTED 20", "counted"));
        assert!(contains_folded("Café owners — ÉTÉ 🎉", "été"));
        assert!(!contains_folded("Café owners", "cafe"));
        assert!(!contains_folded("cou", "counted"));
        let r = review();
        let comparison = Comparison::default();
        // "owners" is only in b.txt's sentence, which all four of its claims share.
        let filter = Filter { search: "  OWNERS ".into(), ..Filter::default() };
        let found = texts(&r, &rows(r.project(), &comparison, &filter, Sort::default()));
        assert_eq!(found, ["20", "1,200", "7"]);
    }

    #[test]
    fn a_listing_made_a_slice_at_a_time_is_the_listing_made_at_once() {
        let r = review();
        let comparison = Comparison::default();
        let sorted = Sort { column: Column::Value, descending: true };
        for (filter, sort) in [
            (Filter { search: "e".into(), ..Filter::default() }, Sort::default()),
            (Filter { search: "café".into(), ..Filter::default() }, sorted),
            (Filter { search: "e".into(), kind: Some(Kind::Count), ..Filter::default() }, Sort::default()),
            (Filter::default(), Sort::default()),
            (Filter { doc: Some(1), ..Filter::default() }, sorted),
        ] {
            let at_once = rows(r.project(), &comparison, &filter, sort);
            let index = SearchIndex::of(r.project());
            let mut listing = Listing::new(r.project(), &filter, sort);
            assert!(listing.is_for(&filter, sort));
            let mut slices = 0;
            // A budget of one claim: one document a slice.
            while !listing.advance(r.project(), &comparison, Some(&index), 1) {
                slices += 1;
                assert!(listing.progress() < 1.0);
            }
            assert!(listing.done() && listing.progress() == 1.0);
            if filter == Filter::default() || filter.doc.is_some() {
                assert_eq!(slices, 0, "{filter:?}");
            } else {
                assert_eq!(slices, r.project().documents.len() - 1, "{filter:?}");
            }
            assert_eq!(listing.finish(r.project(), &comparison), at_once, "{filter:?}");
        }
    }

    #[test]
    fn an_indexed_search_lists_what_reading_every_claim_lists() {
        let mut r = Review::new(Project::sample(), None);
        let first = r.project().claim_refs().next().unwrap();
        let note = "Check with the Zürich desk: 7x".to_owned();
        assert!(r.apply(Action::SetNote { claim: first, note }, "2026-11-30T12:00:00Z"));
        let (project, comparison) = (r.project(), Comparison::default());
        let index = SearchIndex::of(project);
        // Every piece of one to four bytes of some sentences, subjects and texts, in both cases,
        // and searches the index cannot read.
        let mut searches: Vec<String> =
            ["7x", "zürich", "ZÜRICH", "%", "$", ",", "—", "xyzzy", "Desk: 7"].into_iter().map(str::to_owned).collect();
        for c in project.claim_refs().step_by(7).filter_map(|r| project.claim(r)) {
            let fields = [
                c.claim.sentence.to_string(),
                c.claim.subject.as_deref().unwrap_or_default().to_owned(),
                c.claim.text.to_string(),
            ];
            for field in fields {
                let chars: Vec<char> = field.chars().collect();
                for len in 1..=4 {
                    for piece in chars.windows(len).step_by(5) {
                        let piece: String = piece.iter().collect();
                        searches.push(piece.to_uppercase());
                        searches.push(piece);
                    }
                }
            }
        }
        assert!(searches.len() > 500);
        let mut found_any = 0;
        for search in searches {
            let filter = Filter { search, ..Filter::default() };
            let plain = rows(project, &comparison, &filter, Sort::default());
            let mut listing = Listing::new(project, &filter, Sort::default());
            listing.advance(project, &comparison, Some(&index), usize::MAX);
            assert_eq!(listing.finish(project, &comparison), plain, "{:?}", filter.search);
            let everything = project.claim_refs().collect::<Vec<_>>();
            assert_eq!(narrow(project, &comparison, Some(&index), &filter, &everything), plain, "{:?}", filter.search);
            found_any += usize::from(!plain.is_empty());
        }
        assert!(found_any > 1000, "{found_any}");
    }

    #[test]
    fn a_search_that_grows_narrows_the_last_listing_to_the_same_rows() {
        let r = review();
        let comparison = Comparison::default();
        let wide = Filter { search: "de".into(), ..Filter::default() };
        let narrow_filter = Filter { search: "deaths".into(), ..Filter::default() };
        assert!(narrows(&wide, &narrow_filter));
        assert!(!narrows(&narrow_filter, &wide));
        assert!(!narrows(&wide, &Filter { kind: Some(Kind::Count), ..narrow_filter.clone() }));
        let last = rows(r.project(), &comparison, &wide, Sort::default());
        assert_eq!(
            narrow(r.project(), &comparison, None, &narrow_filter, &last),
            rows(r.project(), &comparison, &narrow_filter, Sort::default())
        );
        // The quick listing of everything is the general one.
        let everything = rows(r.project(), &comparison, &Filter::default(), Sort::default());
        let general =
            rows(r.project(), &comparison, &Filter { search: " ".into(), ..Filter::default() }, Sort::default());
        assert_eq!(everything, general);
        assert_eq!(everything.len(), r.project().claim_count());
    }

    #[test]
    fn only_listings_that_read_verdicts_or_notes_follow_each_verdict() {
        assert!(!reads_judgements(&Filter::default(), Sort::default()));
        assert!(!reads_judgements(&Filter { kind: Some(Kind::Count), ..Filter::default() }, Sort::default()));
        assert!(reads_judgements(&Filter { needs_attention: true, ..Filter::default() }, Sort::default()));
        assert!(reads_judgements(&Filter { search: "x".into(), ..Filter::default() }, Sort::default()));
        assert!(reads_judgements(&Filter::default(), Sort { column: Column::Verdict, descending: true }));
    }
}
