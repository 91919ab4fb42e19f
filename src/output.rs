//! Claim listings for the command line: JSON lines for pipelines, CSV for spreadsheets, a table for
//! people.

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::{Claim, format_number};

/// The listing formats of `tally extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Table,
}

/// A claim with the document it was found in.
#[derive(Serialize)]
struct Row<'a> {
    doc: &'a str,
    #[serde(flatten)]
    claim: &'a Claim,
}

/// Column names of the CSV listing, in order.
pub const CSV_COLUMNS: [&str; 13] = [
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
    "attribution",
    "sentence",
];

/// Writes claims grouped by document (documents and claims already in order).
pub enum ClaimWriter<W: Write> {
    Jsonl(W),
    Csv(Box<csv::Writer<W>>),
    Table(W),
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

fn num(v: Option<f64>) -> String {
    v.map(format_number).unwrap_or_default()
}

impl<W: Write> ClaimWriter<W> {
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

    pub fn write(&mut self, doc: &str, claim: &Claim) -> io::Result<()> {
        match self {
            Self::Jsonl(out) => {
                serde_json::to_writer(&mut *out, &Row { doc, claim })?;
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
                opt(&claim.attribution),
                &claim.sentence,
            ])?),
            Self::Table(out) => writeln!(
                out,
                "{:<28} {:>6}  {:<26} {:<9} {:>16}  {:<13} {}",
                truncate(doc, 28),
                claim.start,
                truncate(&claim.text, 26),
                claim.kind.as_str(),
                truncate(&value_text(claim), 16),
                claim.qualifier.as_str(),
                claim.subject.as_deref().unwrap_or("")
            ),
        }
    }

    pub fn finish(self) -> io::Result<()> {
        match self {
            Self::Jsonl(mut out) | Self::Table(mut out) => out.flush(),
            Self::Csv(mut csv) => csv.flush(),
        }
    }
}

/// The value as a person reads it: "2000", "40–50 percent", "2024-07-17", "12 EUR".
pub fn value_text(claim: &Claim) -> String {
    let value = match (claim.value, claim.value_max, &claim.date) {
        (_, _, Some(date)) => date.clone(),
        (Some(lo), Some(hi), _) => format!("{}–{}", format_number(lo), format_number(hi)),
        (Some(v), None, _) => format_number(v),
        _ => String::new(),
    };
    match &claim.unit {
        Some(unit) if !value.is_empty() => format!("{value} {unit}"),
        _ => value,
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
