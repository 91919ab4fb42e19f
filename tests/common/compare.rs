//! Articles of our own, extracted and compared as the desk would.

use tally::compare::{Comparison, Doc};
use tally::extract::{Claim, extract_in};
use tally::language::Language;
use tally::project::ClaimRef;

/// Articles (name, text, publication date, language), compared; returns each article's claims
/// and the comparison.
pub fn compare_in(articles: &[(&str, &str, Option<&str>, Language)]) -> (Vec<Vec<Claim>>, Comparison) {
    let claims: Vec<Vec<Claim>> = articles.iter().map(|(_, text, _, language)| extract_in(text, *language)).collect();
    let hashes: Vec<String> = (0..articles.len()).map(|i| format!("h{i}")).collect();
    let docs: Vec<Doc<'_>> = articles
        .iter()
        .zip(&claims)
        .zip(&hashes)
        .map(|(((name, text, published, _), claims), hash)| Doc {
            name: (*name).to_owned(),
            text,
            hash,
            outlet: None,
            published: *published,
            claims: claims.iter().collect(),
        })
        .collect();
    let refs: Vec<ClaimRef> =
        claims.iter().enumerate().flat_map(|(d, c)| (0..c.len()).map(move |i| ClaimRef { doc: d, claim: i })).collect();
    let comparison = Comparison::of_docs(&docs, &refs, &vec![None; refs.len()]);
    (claims, comparison)
}

/// Where `number` (a claim's exact text) is in article `doc`.
pub fn at(claims: &[Vec<Claim>], doc: usize, number: &str) -> ClaimRef {
    let i = claims[doc]
        .iter()
        .position(|c| c.text == number)
        .unwrap_or_else(|| panic!("{number:?} not in {:?}", claims[doc]));
    ClaimRef { doc, claim: i }
}
