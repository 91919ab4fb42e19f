//! The built-in sample corpus: seven short invented articles about one story (a dam failure in
//! the fictional town of Vessbury), five in English and two in Spanish, with figures that agree
//! and figures that conflict, within and across the languages. Embedded
//! in the binary so `tally` with no argument shows something real from anywhere.

use crate::corpus::Document;

const FILES: [(&str, &str); 7] = [
    ("01-vessbury-herald.txt", include_str!("../assets/sample-corpus/01-vessbury-herald.txt")),
    ("02-tarn-valley-news.txt", include_str!("../assets/sample-corpus/02-tarn-valley-news.txt")),
    ("03-evening-dispatch.txt", include_str!("../assets/sample-corpus/03-evening-dispatch.txt")),
    ("04-regional-wire.txt", include_str!("../assets/sample-corpus/04-regional-wire.txt")),
    ("05-council-statement.txt", include_str!("../assets/sample-corpus/05-council-statement.txt")),
    ("06-diario-del-valle.txt", include_str!("../assets/sample-corpus/06-diario-del-valle.txt")),
    ("07-agencia-sur.txt", include_str!("../assets/sample-corpus/07-agencia-sur.txt")),
];

/// The sample articles as documents, sorted by path (each file's front matter names its source).
pub fn documents() -> Vec<Document> {
    FILES
        .iter()
        .map(|(path, file)| {
            let (front, body) = crate::metadata::front_matter(file).unwrap_or_default();
            let mut doc = Document::new(*path, file[body..].to_owned(), None);
            let guessed = std::mem::take(&mut doc.metadata);
            doc.metadata = front;
            doc.metadata.fill_from(guessed);
            doc
        })
        .collect()
}
