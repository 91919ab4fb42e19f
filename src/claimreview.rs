//! Publishing verdicts as schema.org `ClaimReview` (JSON-LD), the markup search engines and
//! fact-check aggregators read: one object per reviewed claim, with the sentence reviewed, where
//! it appeared, who reviewed it, and the verdict as a rating. A field Tally does not know is left
//! out, never invented.

use serde_json::{Map, Value, json};

use crate::metadata::FieldName;
use crate::project::{Project, Verdict};

/// The rating scale: 1 (conflicting) to 3 (corroborated), unsourced between.
pub const WORST_RATING: u8 = 1;
/// The best rating.
pub const BEST_RATING: u8 = 3;

/// A verdict's place on the scale, and its words.
fn rating(verdict: Verdict) -> Option<(u8, &'static str)> {
    match verdict {
        Verdict::Corroborated => Some((3, "Corroborated")),
        Verdict::Unsourced => Some((2, "Unsourced")),
        Verdict::Conflicting => Some((1, "Conflicting")),
        Verdict::Unreviewed => None,
    }
}

/// Who publishes the reviews and where.
#[derive(Clone, Debug, Default)]
pub struct Publisher {
    /// The fact-checking organization (`author` of every review).
    pub organization: Option<String>,
    /// The address of the page that publishes the fact-check (`url` of every review).
    pub url: Option<String>,
}

/// Every reviewed claim of `project` as a `ClaimReview` object.
pub fn claim_reviews(project: &Project, publisher: &Publisher) -> Vec<Value> {
    let mut out = Vec::new();
    for doc in &project.documents {
        for c in &doc.claims {
            let Some((value, words)) = rating(c.verdict) else {
                continue;
            };
            let mut review = Map::new();
            review.insert("@context".into(), json!("https://schema.org"));
            review.insert("@type".into(), json!("ClaimReview"));
            let sentence = if c.claim.sentence.is_empty() { c.claim.text.as_str() } else { &c.claim.sentence };
            review.insert("claimReviewed".into(), json!(sentence));
            let mut item = Map::new();
            item.insert("@type".into(), json!("Claim"));
            if let Some(url) = doc.metadata.value(FieldName::Url) {
                item.insert("appearance".into(), json!({ "@type": "CreativeWork", "url": url }));
            }
            if let Some(outlet) = doc.metadata.value(FieldName::Outlet) {
                item.insert("author".into(), json!({ "@type": "Organization", "name": outlet }));
            }
            if let Some(published) = doc.metadata.value(FieldName::Published) {
                item.insert("datePublished".into(), json!(published.get(..10).unwrap_or(published)));
            }
            review.insert("itemReviewed".into(), Value::Object(item));
            if let Some(org) = &publisher.organization {
                review.insert("author".into(), json!({ "@type": "Organization", "name": org }));
            }
            if let Some(at) = &c.reviewed_at() {
                review.insert("datePublished".into(), json!(at.get(..10).unwrap_or(at)));
            }
            review.insert(
                "reviewRating".into(),
                json!({
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": BEST_RATING,
                    "worstRating": WORST_RATING,
                    "alternateName": words,
                }),
            );
            if let Some(url) = &publisher.url {
                review.insert("url".into(), json!(url));
            }
            out.push(Value::Object(review));
        }
    }
    out
}

/// The reviews as one JSON-LD document (an array of objects), pretty-printed.
pub fn to_jsonld(project: &Project, publisher: &Publisher) -> String {
    let mut text = serde_json::to_string_pretty(&Value::Array(claim_reviews(project, publisher)))
        .unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}
