//! Claim listings for the command line: JSON lines for pipelines, CSV for spreadsheets, a table for
//! people.

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::{Claim, format_number};
use crate::metadata::{FieldName, Metadata};

/// The listing formats of `tally extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// An aligned table for people.
    Table,
}

/// A claim with the document it was found in.
#[derive(Serialize)]
struct Row<'a> {
    doc: &'a str,
    doc_title: Option<&'a str>,
    doc_outlet: Option<&'a str>,
    doc_url: Option<&'a str>,
    doc_published: Option<&'a str>,
    #[serde(flatten)]
    claim: &'a Claim,
}

/// Column names of the CSV listing, in order.
pub const CSV_COLUMNS: [&str; 16] = [
    "doc",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "value_max",
    "unit",
    "date",
    "qualifier",
    "subject",
    "scope",
    "subject_head",
    "attribution",
    "source",
    "sentence",
];

/// Writes claims grouped by document (documents and claims already in order).
pub enum ClaimWriter<W: Write> {
    /// Writing JSON lines.
    Jsonl(W),
    /// Writing CSV.
    Csv(Box<csv::Writer<W>>),
    /// Writing a table.
    Table(W),
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

fn num(v: Option<f64>) -> String {
    v.map(format_number).unwrap_or_default()
}

impl<W: Write> ClaimWriter<W> {
    /// Starts a listing (writes the header, if the format has one).
    pub fn new(format: Format, mut out: W) -> io::Result<Self> {
        Ok(match format {
            Format::Jsonl => Self::Jsonl(out),
            Format::Csv => {
                let mut csv = csv::Writer::from_writer(out);
                csv.write_record(CSV_COLUMNS)?;
                Self::Csv(Box::new(csv))
            }
            Format::Table => {
                writeln!(
                    out,
                    "{:<28} {:>6}  {:<26} {:<9} {:>16}  {:<13} SUBJECT",
                    "DOC", "AT", "TEXT", "KIND", "VALUE", "QUALIFIER"
                )?;
                Self::Table(out)
            }
        })
    }

    /// Writes one claim of document `doc` (whose source is `source`).
    pub fn write(&mut self, doc: &str, source: &Metadata, claim: &Claim) -> io::Result<()> {
        match self {
            Self::Jsonl(out) => {
                let row = Row {
                    doc,
                    doc_title: source.value(FieldName::Title),
                    doc_outlet: source.value(FieldName::Outlet),
                    doc_url: source.value(FieldName::Url),
                    doc_published: source.value(FieldName::Published),
                    claim,
                };
                serde_json::to_writer(&mut *out, &row)?;
                out.write_all(b"\n")
            }
            Self::Csv(csv) => Ok(csv.write_record([
                doc,
                &claim.start.to_string(),
                &claim.end.to_string(),
                &claim.text,
                claim.kind.as_str(),
                &num(claim.value),
                &num(claim.value_max),
                opt(&claim.unit),
                opt(&claim.date),
                claim.qualifier.as_str(),
                opt(&claim.subject),
                opt(&claim.scope),
                opt(&claim.subject_head),
                opt(&claim.attribution),
                opt(&claim.source),
                &claim.sentence,
            ])?),
            Self::Table(out) => writeln!(
                out,
                "{:<28} {:>6}  {:<26} {:<9} {:>16}  {:<13} {}",
                truncate(doc, 28),
                claim.start,
                truncate(&claim.text, 26),
                claim.kind.as_str(),
                truncate(&claim.value_text(), 16),
                claim.qualifier.as_str(),
                claim.subject.as_deref().unwrap_or("")
            ),
        }
    }

    /// Flushes what is buffered.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Self::Jsonl(mut out) | Self::Table(mut out) => out.flush(),
            Self::Csv(mut csv) => csv.flush(),
        }
    }
}

/// Shortens to `width` chars with an ellipsis.
fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(width - 1).collect();
    out.push('…');
    out
}
