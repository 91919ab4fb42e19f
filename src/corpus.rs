//! Reading a corpus: a folder of `.txt`/`.md` articles, decoded to UTF-8, with a reason for every
//! file that could not be used.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::metadata::Metadata;
use crate::progress::Progress;

/// Bytes in a mebibyte: sizes are told in MiB, as the README gives them.
const MIB: u64 = 1024 * 1024;

/// Files larger than this (64 MiB) are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 64 * MIB;

/// One article, decoded.
#[derive(Clone, Debug)]
pub struct Document {
    /// Path relative to the corpus root, `/`-separated.
    pub path: String,
    /// The text: UTF-8, a leading byte-order mark removed, line endings kept.
    pub text: String,
    /// Hash of `text` (see [`Document::hash`]), worked out when first asked for: listing claims
    /// never needs it, and it is a serial pass over every byte.
    hash: std::sync::OnceLock<String>,
    /// How the file was decoded, when it was not plain UTF-8 ("Windows-1252").
    pub encoding: Option<&'static str>,
    /// Who published it, when, under what headline (front matter, `sources.csv`, guesses).
    pub metadata: Metadata,
    /// What was repaired while reading it ("2 bytes were not UTF-8 …"), for the reviewer to know.
    pub repaired: Option<String>,
}

impl Document {
    /// The language its claims are read in (front matter, the page, else detected from the text).
    pub fn language(&self) -> crate::language::Language {
        crate::language::Language::of(&self.metadata)
    }

    /// Builds a document from its text (the hash is computed here); its metadata is guessed from
    /// the text until something better is known.
    pub fn new(path: impl Into<String>, text: String, encoding: Option<&'static str>) -> Self {
        let metadata = crate::metadata::guess(&text);
        Self { path: path.into(), text, hash: std::sync::OnceLock::new(), encoding, metadata, repaired: None }
    }

    /// Hash of its text ([`content_hash`]), to notice when a document changed under a saved
    /// review.
    pub fn hash(&self) -> &str {
        self.hash.get_or_init(|| content_hash(&self.text))
    }
}

/// Documents are equal by what they hold (the hash follows from the text, worked out or not).
impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        (&self.path, &self.text, self.encoding, &self.metadata, &self.repaired)
            == (&other.path, &other.text, other.encoding, &other.metadata, &other.repaired)
    }
}

/// A file read as an article: its text (after any front matter), how it was decoded, and the
/// metadata its front matter gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The text the claims are found in and the desk shows.
    pub text: String,
    /// How the file was decoded, when it was not plain UTF-8.
    pub encoding: Option<&'static str>,
    /// What the front-matter block said (empty without one).
    pub front_matter: Metadata,
    /// What was repaired while decoding it, if anything.
    pub repaired: Option<String>,
}

/// A file that was skipped, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// The file, relative to the corpus root.
    pub path: String,
    /// Why it was skipped, in words.
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// The documents of a corpus, sorted by path, and the files that could not be read.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// The folder (or file) that was read.
    pub root: PathBuf,
    /// The readable documents, sorted by path (see each one's `repaired`).
    pub documents: Vec<Document>,
    /// The files that could not be read.
    pub skipped: Vec<Skipped>,
}

/// Why a corpus could not be opened at all.
#[derive(Debug)]
pub enum CorpusError {
    /// Nothing at that path.
    NotFound(PathBuf),
    /// The path exists but cannot be read.
    Unreadable(PathBuf, std::io::Error),
    /// The reviewer stopped the reading.
    Cancelled,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::NotFound(p) => write!(f, "{}: no such file or folder", p.display()),
            CorpusError::Unreadable(p, e) => write!(f, "{}: cannot be read ({e})", p.display()),
            CorpusError::Cancelled => write!(f, "stopped before every article was read"),
        }
    }
}

impl std::error::Error for CorpusError {}

/// Is this a file name a corpus reads (`.txt`, `.md`, and saved web pages `.html`, `.htm`)?
pub fn is_article(path: &Path) -> bool {
    // (`sources.csv` is the corpus's own list of sources, read separately.)
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["txt", "md", "html", "htm"].iter().any(|ext| e.eq_ignore_ascii_case(ext)))
}

/// Is this a saved web page?
fn is_web_page(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Loads a folder (read recursively) or a single file as a corpus.
pub fn load(path: &Path) -> Result<Corpus, CorpusError> {
    load_with(path, &Progress::default())
}

/// [`load`], counting files read into `progress` and stopping when it is cancelled. Files are
/// read on every core.
pub fn load_with(path: &Path, progress: &Progress) -> Result<Corpus, CorpusError> {
    let listing = list(path)?;
    progress.files_listed(listing.files.len());
    let read = crate::parallel::map(&listing.files, |file| {
        if progress.cancelled() {
            return None;
        }
        let doc = listing.read(file);
        progress.file_read();
        Some(doc)
    });
    if progress.cancelled() {
        return Err(CorpusError::Cancelled);
    }
    let mut corpus = Corpus { root: listing.root, documents: Vec::new(), skipped: listing.skipped };
    for doc in read.into_iter().flatten() {
        match doc {
            Ok(doc) => corpus.documents.push(doc),
            Err(skipped) => corpus.skipped.push(skipped),
        }
    }
    corpus.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(corpus)
}

/// The articles of a corpus folder (or of one file), found but not read yet: so a caller can read
/// them a few at a time (`tally extract` streams an archive of any size in constant memory).
#[derive(Debug, Default)]
pub struct Listing {
    /// The folder the articles' paths are relative to.
    pub root: PathBuf,
    /// Each article: its path relative to `root` (`/`-separated) and where it is, sorted by path.
    pub files: Vec<(String, PathBuf)>,
    /// What was found but cannot be an article (and a damaged `sources.csv`), with the reason.
    pub skipped: Vec<Skipped>,
    /// The `sources.csv` rows, by article path.
    sources: HashMap<String, Metadata>,
}

/// Lists a folder (recursively) or a single file as a corpus, reading no article yet.
pub fn list(path: &Path) -> Result<Listing, CorpusError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => CorpusError::NotFound(path.to_owned()),
        _ => CorpusError::Unreadable(path.to_owned(), e),
    })?;
    if meta.is_file() {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let root = path.parent().map(Path::to_owned).unwrap_or_default();
        return Ok(Listing { root, files: vec![(name, path.to_owned())], ..Listing::default() });
    }
    let mut listing = Listing { root: path.to_owned(), ..Listing::default() };
    walk(path, path, &mut listing.files, &mut listing.skipped)
        .map_err(|e| CorpusError::Unreadable(path.to_owned(), e))?;
    listing.files.sort();
    // A `sources.csv` beside the articles names their outlets, headlines and dates.
    match crate::metadata::sources_csv(path) {
        Ok(by_file) => listing.sources = by_file,
        Err(reason) => listing.skipped.push(Skipped { path: "sources.csv".into(), reason }),
    }
    Ok(listing)
}

impl Listing {
    /// Reads one of the listed files as a document (with its `sources.csv` row), or says why it
    /// was skipped. Any thread may read any file.
    pub fn read(&self, (rel, full): &(String, PathBuf)) -> Result<Document, Skipped> {
        let mut doc = read_as_document(full, rel.clone())?;
        if let Some(listed) = self.sources.get(&doc.path) {
            let current = std::mem::take(&mut doc.metadata);
            doc.metadata = merge_sources(current, listed.clone());
        }
        Ok(doc)
    }
}

/// Collects `(relative path, full path)` of every article under `dir`, skipping hidden entries.
fn walk(
    root: &Path,
    dir: &Path,
    files: &mut Vec<(String, PathBuf)>,
    skipped: &mut Vec<Skipped>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let full = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = relative(root, &full);
        // Symlinked folders are not followed, so a link loop cannot hang the walk.
        let Ok(kind) = entry.file_type() else {
            skipped.push(Skipped { path: rel, reason: "cannot be inspected".into() });
            continue;
        };
        if kind.is_dir() {
            // A saved web page's assets ("page_files/") are not articles; say nothing about them.
            if name.to_string_lossy().ends_with("_files") {
                continue;
            }
            if let Err(e) = walk(root, &full, files, skipped) {
                skipped.push(Skipped { path: rel, reason: format!("folder cannot be read ({e})") });
            }
        } else if is_article(&full) {
            files.push((rel, full));
        } else if !name.eq_ignore_ascii_case("sources.csv") {
            // Nothing is silently ignored: a PDF or an image in the folder is listed as skipped.
            skipped
                .push(Skipped { path: rel, reason: "not an article (Tally reads .txt, .md and .html files)".into() });
        }
    }
    Ok(())
}

fn relative(root: &Path, full: &Path) -> String {
    let rel = full.strip_prefix(root).unwrap_or(full);
    rel.components().map(|c| crate::paths::stored_component(c.as_os_str())).collect::<Vec<_>>().join("/")
}

/// Front matter (or a web page's tags) first, then the `sources.csv` row, then guesses: each field
/// from the first that knows it.
fn merge_sources(current: Metadata, listed: Metadata) -> Metadata {
    let origin_is = |f: &Option<crate::metadata::Field>, o| f.as_ref().is_some_and(|f| f.origin == o);
    let mut front = Metadata::default();
    let mut guessed = Metadata::default();
    for name in crate::metadata::FieldName::ALL {
        let field = current.get(name).cloned();
        // Front matter and a page's own tags come first; guesses last.
        let own =
            origin_is(&field, crate::metadata::Origin::FrontMatter) || origin_is(&field, crate::metadata::Origin::Html);
        let into = if own { &mut front } else { &mut guessed };
        if let Some(f) = field {
            into.set(name, &f.value, f.origin);
        }
    }
    front.fill_from(listed);
    front.fill_from(guessed);
    front
}

/// One file as a corpus document (named `rel`), or why it was skipped.
fn read_as_document(full: &Path, rel: String) -> Result<Document, Skipped> {
    match read_document(full) {
        Ok(article) => {
            let mut doc = Document::new(rel, article.text, article.encoding);
            let guessed = std::mem::take(&mut doc.metadata);
            doc.metadata = article.front_matter;
            doc.metadata.fill_from(guessed);
            doc.repaired = article.repaired;
            Ok(doc)
        }
        Err(reason) => Err(Skipped { path: rel, reason }),
    }
}

/// Reads and decodes one file as an article (front matter taken off the text), or says why it
/// cannot be used.
pub fn read_document(path: &Path) -> Result<Article, String> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "too large ({:.1} MiB; the limit is {} MiB)",
            meta.len() as f64 / MIB as f64,
            MAX_FILE_BYTES / MIB
        ));
    }
    // Read through a bound: a file that grows after the size check cannot take more memory.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_FILE_BYTES + 1), &mut bytes)
        .map_err(|e| format!("cannot be read ({e})"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("too large (over {} MiB)", MAX_FILE_BYTES / MIB));
    }
    // Most articles are plain UTF-8: taken as read rather than copied.
    let (text, encoding, repaired) = match String::from_utf8(bytes) {
        Ok(text) if !text.starts_with('\u{FEFF}') && memchr::memchr(0, text.as_bytes()).is_none() => (text, None, None),
        Ok(text) => decode_read(&text.into_bytes())?,
        Err(e) => decode_read(&e.into_bytes())?,
    };
    if is_web_page(path) {
        let page = crate::html::read(&text);
        if page.text.trim().is_empty() {
            return Err("a web page with no article text found in it".into());
        }
        return Ok(Article { text: page.text, encoding, front_matter: page.metadata, repaired });
    }
    Ok(match crate::metadata::front_matter(&text) {
        Some((front_matter, body)) => Article { text: text[body..].to_owned(), encoding, front_matter, repaired },
        None => Article { text, encoding, front_matter: Metadata::default(), repaired },
    })
}

/// `path` opened for reading, with what it is, if it is a regular file: a named pipe or a device
/// would block the reading forever, or never end.
///
/// On Unix the file is opened without waiting (opening a named pipe otherwise waits for a writer)
/// and asked what it is through the open file: one look-up of the path, not two (a tenth of the
/// system's time reading an archive of small files went to the second).
#[cfg(unix)]
fn open_regular(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), String> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| format!("cannot be read ({e})"))?;
    let meta = file.metadata().map_err(|e| format!("cannot be read ({e})"))?;
    if !meta.is_file() {
        return Err(NOT_REGULAR.into());
    }
    Ok((file, meta))
}

/// `path` opened for reading, with what it is, if it is a regular file (asked before opening it).
#[cfg(not(unix))]
fn open_regular(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot be read ({e})"))?;
    if !meta.is_file() {
        return Err(NOT_REGULAR.into());
    }
    let file = std::fs::File::open(path).map_err(|e| format!("cannot be read ({e})"))?;
    Ok((file, meta))
}

/// Why a pipe, socket or device in a corpus is skipped.
const NOT_REGULAR: &str = "not a regular file (a pipe, socket or device)";

/// [`decode`], with a note on the bytes it replaced, if it did.
fn decode_read(bytes: &[u8]) -> Result<(String, Option<&'static str>, Option<String>), String> {
    let (text, encoding) = decode(bytes)?;
    let repaired = (encoding == Some(UTF8_REPAIRED)).then(|| repair_note(bytes));
    Ok((text, encoding, repaired))
}

/// How [`decode`] names UTF-8 text whose few invalid bytes it replaced.
pub const UTF8_REPAIRED: &str = "UTF-8, invalid bytes replaced";

/// "2 bytes were not UTF-8 (the first at byte 1,042) and were replaced with �".
fn repair_note(bytes: &[u8]) -> String {
    let (mut bad, mut first, mut at) = (0usize, None, 0usize);
    let mut rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    at += bytes.len() - rest.len();
    while let Err(e) = std::str::from_utf8(rest) {
        let skip = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
        first.get_or_insert(at + e.valid_up_to());
        bad += skip;
        at += e.valid_up_to() + skip;
        rest = &rest[e.valid_up_to() + skip..];
    }
    format!(
        "{bad} {} not UTF-8 (the first at byte {}) and {} replaced with �",
        if bad == 1 { "byte was" } else { "bytes were" },
        crate::extract::format_number(first.unwrap_or(0) as f64),
        if bad == 1 { "was" } else { "were" }
    )
}

/// Decodes article bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by where its
/// NUL bytes fall), or Windows-1252 when the bytes are not UTF-8 yet read as clean Windows-1252
/// text. Binary data is refused.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<&'static str>), String> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("not valid {} text", encoding.name()));
        }
        // (Found by fuzzing: UTF-16 can spell NUL characters too, and text holds none.)
        if text.contains('\0') {
            return Err("binary file (contains NUL characters)".into());
        }
        return Ok((text.into_owned(), Some(encoding.name())));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.contains(&0) {
        if let Some((text, encoding)) = utf16_without_bom(body) {
            return Ok((text, Some(encoding.name())));
        }
        return Err("binary file (contains NUL bytes)".into());
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok((text.to_owned(), None)),
        // UTF-8 with a stray byte (a bad copy, a truncated character): read as UTF-8, the bad
        // bytes replaced; Windows-1252 would turn every ’ and € of it into mojibake.
        Err(_) if has_utf8_sequence(body) => Ok((String::from_utf8_lossy(body).into_owned(), Some(UTF8_REPAIRED))),
        Err(utf8_error) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(body);
            // Windows-1252 maps every byte; only accept it when the result reads as text.
            let controls = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')).count();
            if controls == 0 {
                Ok((text.into_owned(), Some("windows-1252")))
            } else {
                Err(format!(
                    "not UTF-8 text (invalid byte at offset {}) and not Windows-1252 either",
                    utf8_error.valid_up_to()
                ))
            }
        }
    }
}

/// Text saved as UTF-16 without a byte-order mark, and which byte order: its NUL bytes (the high
/// byte of every ASCII letter, digit and space) fall almost all at odd offsets (little-endian) or
/// at even ones (big-endian), and the whole decodes as text. Binary data has NULs at both. (A few
/// on the other side are characters such as U+2000 or a surrogate ending in 00.)
pub(crate) fn utf16_without_bom(bytes: &[u8]) -> Option<(String, &'static encoding_rs::Encoding)> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let nul_at_even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let nul_at_odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let encoding = if nul_at_odd > 0 && nul_at_even * 10 <= nul_at_odd {
        encoding_rs::UTF_16LE
    } else if nul_at_even > 0 && nul_at_odd * 10 <= nul_at_even {
        encoding_rs::UTF_16BE
    } else {
        return None;
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let readable = !had_errors && !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'));
    readable.then(|| (text.into_owned(), encoding))
}

/// Does the text hold a valid UTF-8 sequence of two or more bytes (a sign it is UTF-8)?
fn has_utf8_sequence(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &lead)| {
        let len = match lead {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return false,
        };
        bytes.get(i..i + len).is_some_and(|seq| std::str::from_utf8(seq).is_ok())
    })
}

/// A stable 64-bit FNV-1a hash of the text, hex-encoded. It detects edits, not tampering.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in text.as_bytes() {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_without_a_byte_order_mark_is_told_by_where_its_nul_bytes_fall() {
        let text = "Al menos 24 muertos — é, 😀, שלום 12\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le), Ok((text.to_owned(), Some("UTF-16LE"))));
        assert_eq!(decode(&be), Ok((text.to_owned(), Some("UTF-16BE"))));
        // NULs at both offsets, an odd length, or control characters: binary, refused.
        assert!(decode(b"\x00\x01\x02\x00ab").is_err());
        assert!(decode(&le[..le.len() - 1]).is_err());
        let controls: Vec<u8> = "a\u{1}b\u{2}".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(decode(&controls).is_err());
    }

    #[test]
    fn decodes_utf8_bom_and_cp1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFCaf\xC3\xA9 12").map(|d| d.0), Ok("Café 12".to_owned()));
        let (text, enc) = decode(b"Caf\xe9 \x9312\x94").expect("cp1252 reads");
        assert_eq!(text, "Café “12”");
        assert_eq!(enc, Some("windows-1252"));
        assert!(decode(b"\x00\x01\x02PNG").is_err());
        assert!(decode(b"abc\x81\x8d").is_err(), "undefined cp1252 bytes are not text");
        // UTF-8 with one stray byte stays UTF-8 (’ and € kept), the byte replaced and reported.
        let stray = b"It cost \xE2\x82\xAC45 million \xE2\x80\x94 \x93nearly\x94 \xFF twice.";
        let (text, enc) = decode(stray).expect("reads");
        assert_eq!(enc, Some(UTF8_REPAIRED));
        assert!(text.starts_with("It cost €45 million — ") && text.contains('\u{FFFD}'), "{text}");
        assert_eq!(repair_note(stray), "3 bytes were not UTF-8 (the first at byte 26) and were replaced with �");
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "été 5".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes), Ok(("été 5".to_owned(), Some("UTF-16LE"))));
    }
}
