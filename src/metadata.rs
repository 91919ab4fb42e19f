//! A document as a source: who published it, when, under what headline, at what address. Found
//! in a front-matter block, a `sources.csv` beside the articles, or guessed from the text (a
//! headline-looking first line, a dateline, a "Published" stamp, an "Original Source" footer);
//! each field remembers where it came from, and the first source that knows wins.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Where a field's value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The `---` block at the top of the file.
    FrontMatter,
    /// A saved web page's own tags (`og:`, `<title>`, JSON-LD).
    Html,
    /// The corpus folder's `sources.csv`.
    SourcesCsv,
    /// Read off the text: shown as a guess.
    Guess,
    /// Set by the reviewer.
    Reviewer,
}

/// One field's value and where it came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The value as written ("Reuters", "2024-07-30").
    pub value: String,
    /// Where it came from.
    pub origin: Origin,
}

/// Everything known about a document's source; each field may be unknown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The headline.
    pub title: Option<Field>,
    /// Who published it ("Reuters", "El Pitazo").
    pub outlet: Option<Field>,
    /// Its address.
    pub url: Option<Field>,
    /// When: ISO date, or date and time.
    pub published: Option<Field>,
    /// The byline.
    pub author: Option<Field>,
    /// Its language (ISO 639-1: "en", "es").
    pub language: Option<Field>,
}

/// The fields, for code that goes through them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldName {
    /// The headline.
    Title,
    /// The publisher.
    Outlet,
    /// The address.
    Url,
    /// The date.
    Published,
    /// The byline.
    Author,
    /// The language.
    Language,
}

impl FieldName {
    /// Every field, in the order shown.
    pub const ALL: [FieldName; 6] = [
        FieldName::Title,
        FieldName::Outlet,
        FieldName::Url,
        FieldName::Published,
        FieldName::Author,
        FieldName::Language,
    ];

    /// Its name in files and front matter.
    pub fn key(self) -> &'static str {
        match self {
            FieldName::Title => "title",
            FieldName::Outlet => "outlet",
            FieldName::Url => "url",
            FieldName::Published => "published",
            FieldName::Author => "author",
            FieldName::Language => "language",
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        FieldName::ALL.into_iter().find(|f| f.key() == key)
    }
}

impl Metadata {
    /// The field's slot.
    pub fn get(&self, name: FieldName) -> Option<&Field> {
        match name {
            FieldName::Title => self.title.as_ref(),
            FieldName::Outlet => self.outlet.as_ref(),
            FieldName::Url => self.url.as_ref(),
            FieldName::Published => self.published.as_ref(),
            FieldName::Author => self.author.as_ref(),
            FieldName::Language => self.language.as_ref(),
        }
    }

    fn slot(&mut self, name: FieldName) -> &mut Option<Field> {
        match name {
            FieldName::Title => &mut self.title,
            FieldName::Outlet => &mut self.outlet,
            FieldName::Url => &mut self.url,
            FieldName::Published => &mut self.published,
            FieldName::Author => &mut self.author,
            FieldName::Language => &mut self.language,
        }
    }

    /// Sets a field (an empty value clears it).
    pub fn set(&mut self, name: FieldName, value: &str, origin: Origin) {
        let value = value.trim();
        *self.slot(name) = (!value.is_empty()).then(|| Field { value: value.to_owned(), origin });
    }

    /// The value of a field, if known.
    pub fn value(&self, name: FieldName) -> Option<&str> {
        self.get(name).map(|f| f.value.as_str())
    }

    /// Fills what this does not know from `other` (this one wins where both know).
    pub fn fill_from(&mut self, other: Metadata) {
        for name in FieldName::ALL {
            if self.get(name).is_none() {
                *self.slot(name) = other.get(name).cloned();
            }
        }
    }

    /// Does it know anything at all?
    pub fn is_empty(&self) -> bool {
        FieldName::ALL.iter().all(|n| self.get(*n).is_none())
    }

    /// How a document is named to a person: "Outlet — Headline", either alone, or `path` when
    /// both are unknown.
    pub fn display_name(&self, path: &str) -> String {
        match (self.value(FieldName::Outlet), self.value(FieldName::Title)) {
            (Some(outlet), Some(title)) => format!("{outlet} — {title}"),
            (Some(one), None) | (None, Some(one)) => one.to_owned(),
            (None, None) => path.to_owned(),
        }
    }

    /// The publication date as a reader writes it ("17 July 2024"); a time after an ISO day is dropped.
    pub fn published_for_reader(&self) -> Option<String> {
        self.value(FieldName::Published).map(reader_published)
    }

    /// The source as a citation: `Outlet, "Headline", 17 July 2024, https://…` (what is known).
    pub fn citation(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(outlet) = self.value(FieldName::Outlet) {
            parts.push(outlet.to_owned());
        }
        if let Some(title) = self.value(FieldName::Title) {
            parts.push(format!("“{title}”"));
        }
        if let Some(date) = self.published_for_reader() {
            parts.push(date);
        }
        if let Some(url) = self.value(FieldName::Url) {
            parts.push(url.to_owned());
        }
        parts.join(", ")
    }
}

/// A stored publication date as a reader writes it: `2024-07-17T09:30Z` → "17 July 2024".
pub fn reader_published(date: &str) -> String {
    let day = date.get(..10).filter(|d| d.as_bytes().get(4) == Some(&b'-')).unwrap_or(date);
    crate::extract::reader_date(day)
}

/// A front-matter block at the very top (`---`, then `key: value` lines, then `---`): its
/// metadata and the byte offset where the article's text starts.
pub fn front_matter(text: &str) -> Option<(Metadata, usize)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut metadata = Metadata::default();
    let mut offset = first.len();
    for line in lines {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            return Some((metadata, offset));
        }
        let (key, value) = trimmed.split_once(':')?;
        let value = value.trim().trim_matches(['"', '\'']);
        if let Some(name) = FieldName::from_key(&key.trim().to_ascii_lowercase()) {
            metadata.set(name, value, Origin::FrontMatter);
        }
        if offset > 4096 {
            return None;
        }
    }
    None
}

/// `sources.csv` in a corpus folder (`file,title,outlet,url,published,author`): metadata by file.
pub fn sources_csv(folder: &Path) -> Result<HashMap<String, Metadata>, String> {
    let path = folder.join("sources.csv");
    if !path.is_file() {
        return Ok(HashMap::new());
    }
    let mut reader = csv::Reader::from_path(&path).map_err(|e| format!("sources.csv: {e}"))?;
    let headers = reader.headers().map_err(|e| format!("sources.csv: {e}"))?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let file = column("file").ok_or("sources.csv: no `file` column")?;
    let mut out = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("sources.csv: {e}"))?;
        let Some(name) = record.get(file).map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let mut metadata = Metadata::default();
        for field in FieldName::ALL {
            if let Some(value) = column(field.key()).and_then(|c| record.get(c)) {
                metadata.set(field, value, Origin::SourcesCsv);
            }
        }
        out.insert(name.replace('\\', "/"), metadata);
    }
    Ok(out)
}

/// Agencies a dateline names in brackets: "CARACAS, July 30 (Reuters) -".
const AGENCIES: [&str; 8] = ["Reuters", "AP", "AFP", "EFE", "Bloomberg", "dpa", "ANSA", "Xinhua"];

/// Guesses from the text alone: the headline (a short first line without a full stop), an agency
/// in the dateline, the page's date stamp, an "Original Source:" footer.
pub fn guess(text: &str) -> Metadata {
    let mut metadata = Metadata::default();
    // Page furniture that can stand first on a saved page, never a headline.
    let furniture = |l: &str| {
        let l = l.to_ascii_lowercase();
        ["useful information", "advertisement", "skip to", "menu", "share", "sign in", "subscribe", "cookie"]
            .iter()
            .any(|f| l.starts_with(f))
    };
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty() && !furniture(l));
    if let Some(first) = lines.next()
        && (8..=160).contains(&first.chars().count())
        && !first.ends_with(['.', ':', ';', ','])
        && first.chars().next().is_some_and(char::is_uppercase)
    {
        metadata.set(FieldName::Title, first, Origin::Guess);
    }
    // A dateline in the first lines: "CARACAS, July 30 (Reuters) -".
    for line in text.lines().take(6) {
        // Found from the brackets (rare in a line), each looked for once, not by searching the
        // line for each agency. The first agency of the list wins where a line names two.
        let named = |at: usize| {
            AGENCIES.iter().position(|a| line[at + 1..].strip_prefix(a).is_some_and(|r| r.starts_with(')')))
        };
        if let Some(agency) = memchr::memchr_iter(b'(', line.as_bytes()).filter_map(named).min().map(|k| AGENCIES[k]) {
            metadata.set(FieldName::Outlet, agency, Origin::Guess);
            break;
        }
    }
    crate::language::guess_into(&mut metadata, text);
    let language = crate::language::Language::of(&metadata);
    if let Some(date) = crate::extract::publication_date_in(text, language) {
        metadata.set(FieldName::Published, &date, Origin::Guess);
    }
    const FOOTER: &str = "original source:";
    for line in last_lines(text).take(8) {
        let trimmed = line.trim();
        let footer = trimmed.get(..FOOTER.len()).filter(|p| p.eq_ignore_ascii_case(FOOTER));
        if let Some(rest) = footer.and_then(|_| trimmed.get(FOOTER.len()..)) {
            let start = line.len() - rest.len();
            let url = line[start..].trim();
            metadata.set(FieldName::Url, url, Origin::Guess);
            let host = url.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
            if let Some(host) = host.split('/').next().filter(|h| h.contains('.') && metadata.outlet.is_none()) {
                metadata.set(FieldName::Outlet, host, Origin::Guess);
            }
        }
    }
    metadata
}

/// The lines of `text` from the last, as `text.lines().rev()` gives them, found with memchr's
/// vectorized search (an article's last lines are long paragraphs, read for every document).
fn last_lines(text: &str) -> impl Iterator<Item = &str> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut end = body.len();
    let mut starts = memchr::memrchr_iter(b'\n', body.as_bytes()).map(|at| at + 1).chain(std::iter::once(0));
    std::iter::from_fn(move || {
        // An empty text has no lines (one that is only a line break has one, empty).
        let start = starts.next().filter(|_| !text.is_empty())?;
        let line = &body[start..end];
        // A line that a line break ends loses a carriage return before it, as `lines` does.
        let broken = end < text.len();
        end = start.saturating_sub(1);
        Some(if broken { line.strip_suffix('\r').unwrap_or(line) } else { line })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_pages_footer_gives_its_address_and_outlet() {
        for text in [
            "Dam fails\n\nAt least 14 died.\n\nOriginal source: https://www.tarnvalley.example/news/dam\n",
            "Dam fails\r\n\r\nAt least 14 died.\r\nORIGINAL SOURCE:   https://www.tarnvalley.example/news/dam  \r\n",
        ] {
            let meta = guess(text);
            assert_eq!(meta.value(FieldName::Url), Some("https://www.tarnvalley.example/news/dam"), "{text:?}");
            assert_eq!(meta.value(FieldName::Outlet), Some("tarnvalley.example"), "{text:?}");
        }
        // Only the last eight lines are read for it.
        let early = format!("Original source: https://a.example/x\n{}", "Another paragraph.\n".repeat(8));
        assert_eq!(guess(&early).value(FieldName::Url), None);
    }

    #[test]
    fn last_lines_are_the_lines_from_the_end() {
        for text in ["", "\n", "\n\n", "a", "a\n", "a\r\n", "a\r", "a\nb", "a\r\nb\r\n", "\na\n\nb\n", "é\n😀\r\n—"]
        {
            let expected: Vec<&str> = text.lines().rev().collect();
            assert_eq!(last_lines(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn front_matter_is_read_and_its_end_found() {
        let text = "---\ntitle: Dam fails — “worst in decades”\noutlet: Tarn Valley News\nurl: https://example.org/a\npublished: 2024-03-04\nunknown: ignored\n---\nAt least 14 died.";
        let (meta, body) = front_matter(text).expect("front matter");
        assert_eq!(&text[body..], "At least 14 died.");
        assert_eq!(meta.value(FieldName::Title), Some("Dam fails — “worst in decades”"));
        assert_eq!(meta.value(FieldName::Outlet), Some("Tarn Valley News"));
        assert_eq!(meta.outlet.as_ref().map(|f| f.origin), Some(Origin::FrontMatter));
        assert_eq!(meta.display_name("a.md"), "Tarn Valley News — Dam fails — “worst in decades”");
        assert!(front_matter("No block here.\n---\n").is_none());
        assert!(front_matter("---\nnot a key value line\n---\n").is_none());
    }

    #[test]
    fn guesses_from_the_text() {
        let text = "Storm closes Port Alder harbour\nPORT ALDER, June 2 (Reuters) - At least 9 died.\n\nOriginal Source: www.harbour-gazette.example/storm";
        let meta = guess(text);
        assert_eq!(meta.value(FieldName::Title), Some("Storm closes Port Alder harbour"));
        assert_eq!(meta.value(FieldName::Url), Some("www.harbour-gazette.example/storm"));
        // The agency in the dateline is the outlet; the footer's site only where none is named.
        assert_eq!(meta.value(FieldName::Outlet), Some("Reuters"));
        assert_eq!(
            guess(
                "Storm closes Port Alder harbour
Text.
Original Source: www.gazette.example/a"
            )
            .value(FieldName::Outlet),
            Some("gazette.example")
        );
        assert!(meta.title.as_ref().is_some_and(|f| f.origin == Origin::Guess));
        assert_eq!(guess("At least 9 died when the storm hit.").title, None, "a sentence is no headline");
        assert_eq!(
            guess("Useful information\nThe real headline\nText.").value(FieldName::Title),
            Some("The real headline")
        );
    }

    #[test]
    fn the_first_source_that_knows_wins() {
        let mut meta = front_matter("---\ntitle: From the file\n---\n").expect("block").0;
        let mut csv = Metadata::default();
        csv.set(FieldName::Title, "From the CSV", Origin::SourcesCsv);
        csv.set(FieldName::Outlet, "Wire", Origin::SourcesCsv);
        meta.fill_from(csv);
        meta.fill_from(guess("A headline of a guess\nText."));
        assert_eq!(meta.value(FieldName::Title), Some("From the file"));
        assert_eq!(meta.outlet.as_ref().map(|f| (f.value.as_str(), f.origin)), Some(("Wire", Origin::SourcesCsv)));
        assert_eq!(meta.citation(), "Wire, “From the file”");
    }
}
