//! The built-in sample corpus: five short invented articles about one story (a dam failure in
//! the fictional town of Vessbury), with figures that agree and figures that conflict. Embedded
//! in the binary so `tally` with no argument shows something real from anywhere.

use crate::corpus::Document;

const FILES: [(&str, &str); 5] = [
    ("01-vessbury-herald.txt", include_str!("../assets/sample-corpus/01-vessbury-herald.txt")),
    ("02-tarn-valley-news.txt", include_str!("../assets/sample-corpus/02-tarn-valley-news.txt")),
    ("03-evening-dispatch.txt", include_str!("../assets/sample-corpus/03-evening-dispatch.txt")),
    ("04-regional-wire.txt", include_str!("../assets/sample-corpus/04-regional-wire.txt")),
    ("05-council-statement.txt", include_str!("../assets/sample-corpus/05-council-statement.txt")),
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
