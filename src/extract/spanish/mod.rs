//! The Spanish grammar: the same claims as the English one (`Found`, then context), read the way
//! Spanish-language news writes numbers: "2.000" and "7,6", "3.000 millones", "veinticuatro",
//! "51 por ciento", "28 de julio de 2024", "entre 40 y 50", "al menos", "según Foro Penal".
//!
//! Like the English scanner it walks the text once; only digits and the words that can start a
//! number (`lexicon::is_trigger`) reach the grammar.

mod context;
mod digits;
pub(crate) mod glossary;
pub(crate) mod lexicon;
mod numerals;
mod scanner;
mod tail;
mod text;
mod words;

pub use context::SentenceCache;

use super::{Claim, Kind, filter};

/// The claims of a Spanish `text`, one at a time, in order, working out sentences into
/// `sentences`.
pub fn claims_with(text: &str, mut sentences: SentenceCache) -> impl Iterator<Item = Claim> + '_ {
    let text = super::within_offsets(text);
    scanner::Scanner::new(text)
        .filter(move |found| !(found.kind == Kind::Date && page_furniture(text, found.start, found.end)))
        .map(move |found| context::complete(text, found, &mut sentences))
}

/// Is the date at `[start, end)` the page's own ("Publicado el 3 de marzo de 2024", "Actualizado:
/// 3 mar 2024 10:04", a date alone under the headline)?
fn page_furniture(text: &str, start: usize, end: usize) -> bool {
    filter::furniture_line(text, start, end, furniture_word, "Por ")
}

/// The page's own date, if the text carries one as page furniture: ISO, possibly partial.
pub fn publication_date(text: &str) -> Option<String> {
    filter::stamp_lines(text).find_map(|line| {
        scanner::Scanner::new(line)
            .find(|f| f.kind == Kind::Date && page_furniture(line, f.start, f.end))
            .and_then(|f| f.date.map(String::from))
    })
}

/// Words of a Spanish date stamp.
fn furniture_word(w: &str) -> bool {
    lexicon::weekday(w)
        || matches!(
            w,
            "publicado"
                | "publicada"
                | "publicación"
                | "actualizado"
                | "actualizada"
                | "actualización"
                | "última"
                | "ultima"
                | "modificado"
                | "fecha"
                | "el"
                | "a"
                | "las"
                | "hora"
                | "horas"
                | "h"
                | "hs"
                | "por"
                | "edición"
                | "impresa"
                | "am"
                | "pm"
                | "a.m."
                | "p.m."
                | "m."
                | "a."
                | "p."
                | "gmt"
                | "utc"
                | "hora:"
                | "local"
                | "actualizado:"
                | "publicado:"
        )
}
