//! Claim listings for the command line: JSON lines for pipelines, CSV for spreadsheets, a table for
//! people.

mod jsonl;

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::{Claim, format_number};
use crate::metadata::Metadata;

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

/// A claim with the document it was found in: what a JSON line holds ([`jsonl`] writes it by
/// hand; the tests hold the two together).
#[cfg(test)]
#[derive(Serialize)]
struct Row<'a> {
    doc: &'a str,
    doc_title: Option<&'a str>,
    doc_outlet: Option<&'a str>,
    doc_url: Option<&'a str>,
    doc_published: Option<&'a str>,
    #[serde(flatten)]
    claim: &'a Claim,
    #[serde(flatten)]
    checked: Option<&'a Checked<'a>>,
}

/// What `tally check` adds to a claim: its quantity, origin, suggestion and arithmetic.
#[derive(Clone, Debug, Serialize)]
pub struct Checked<'a> {
    /// The quantity's id, shared by the claims of one quantity; `None` when the claim stands alone.
    pub group: Option<usize>,
    /// The quantity's short label.
    pub quantity: Option<&'a str>,
    /// The document's origin id, shared by articles that retell one story.
    pub origin: usize,
    /// The suggested verdict (`corroborated`, `conflicting`, `unsourced`).
    pub suggestion: &'static str,
    /// Why.
    pub reason: &'a str,
    /// Arithmetic relations whose result is this claim.
    pub consistency: Vec<Consistency>,
}

/// One arithmetic relation, as `tally check` lists it.
#[derive(Clone, Debug, Serialize)]
pub struct Consistency {
    /// `sum`, `difference`, `share` or `rate`.
    pub relation: crate::compare::RelationKind,
    /// Start offsets of the part claims, in the same document.
    pub parts: Vec<usize>,
    /// What the parts give.
    pub expected: f64,
    /// Does this claim say that?
    pub holds: bool,
}

/// Column names `tally check` adds to the CSV listing.
pub const CHECK_COLUMNS: [&str; 6] = ["group", "quantity", "origin", "suggestion", "reason", "consistency"];

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
    /// Writing CSV (each record quoted by the `csv` crate, then written).
    Csv(W),
    /// Writing a table.
    Table(W),
}

fn opt(v: &Option<compact_str::CompactString>) -> &str {
    v.as_deref().unwrap_or("")
}

/// A number cell: finite, or empty (an infinity or NaN is no figure a spreadsheet should read).
pub(crate) fn num(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite()).map(format_number).unwrap_or_default()
}

impl<W: Write> ClaimWriter<W> {
    /// Starts a listing (writes the header, if the format has one); `checked` adds the columns
    /// of `tally check`.
    pub fn new(format: Format, mut out: W, checked: bool) -> io::Result<Self> {
        Ok(match format {
            Format::Jsonl => Self::Jsonl(out),
            Format::Csv => {
                let extra: &[&str] = if checked { &CHECK_COLUMNS } else { &[] };
                out.write_all(&csv_record(CSV_COLUMNS.iter().chain(extra))?)?;
                Self::Csv(out)
            }
            Format::Table => {
                let extra = if checked {
                    format!("{:>5} {:>6} {:<12} ", "GROUP", "ORIGIN", "SUGGESTION")
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "{:<28} {:>6}  {:<26} {:<9} {:>16}  {:<13} {extra}SUBJECT",
                    "DOC", "AT", "TEXT", "KIND", "VALUE", "QUALIFIER"
                )?;
                Self::Table(out)
            }
        })
    }

    /// Writes one claim of document `doc` (whose source is `source`), with what `tally check`
    /// found about it, if given.
    pub fn write(
        &mut self,
        doc: &str,
        source: &Metadata,
        claim: &Claim,
        checked: Option<&Checked<'_>>,
    ) -> io::Result<()> {
        match self {
            Self::Jsonl(out) => {
                let mut row = Vec::with_capacity(1024);
                jsonl::JsonRows::new(doc, source)?.write(&mut row, claim, checked)?;
                out.write_all(&row)
            }
            Self::Csv(csv) => {
                use crate::export::neutralize as cell;
                let mut record: Vec<String> = vec![
                    cell(doc),
                    claim.start().to_string(),
                    claim.end().to_string(),
                    cell(&claim.text),
                    claim.kind.as_str().to_owned(),
                    num(claim.value()),
                    num(claim.value_max()),
                    cell(opt(&claim.unit)),
                    claim.date().unwrap_or("").to_owned(), // ISO: digits and dashes only
                    claim.qualifier.as_str().to_owned(),
                    cell(opt(&claim.subject)),
                    cell(claim.scope().unwrap_or("")),
                    cell(opt(&claim.subject_head)),
                    cell(claim.attribution().unwrap_or("")),
                    cell(claim.source().unwrap_or("")),
                    cell(&claim.sentence),
                ];
                if let Some(c) = checked {
                    record.extend([
                        c.group.map(|g| g.to_string()).unwrap_or_default(),
                        cell(c.quantity.unwrap_or_default()),
                        c.origin.to_string(),
                        c.suggestion.to_owned(),
                        cell(c.reason),
                        serde_json::to_string(&c.consistency).map_err(io::Error::other)?,
                    ]);
                }
                csv.write_all(&csv_record(&record)?)
            }
            Self::Table(out) => {
                let extra = checked.map_or(String::new(), |c| {
                    format!(
                        "{:>5} {:>6} {:<12} ",
                        c.group.map(|g| g.to_string()).unwrap_or_else(|| "-".to_owned()),
                        c.origin,
                        c.suggestion
                    )
                });
                writeln!(
                    out,
                    "{:<28} {:>6}  {:<26} {:<9} {:>16}  {:<13} {extra}{}",
                    crate::extract::shorten(&one_line(&crate::paths::shown(doc)), 28),
                    claim.start(),
                    crate::extract::shorten(&one_line(&claim.text), 26),
                    claim.kind.as_str(),
                    crate::extract::shorten(&claim.value_text(), 16),
                    claim.qualifier.as_str(),
                    one_line(claim.subject.as_deref().unwrap_or(""))
                )
            }
        }
    }

    /// Appends rows rendered apart by [`render_rows`] in this listing's format.
    pub fn write_rendered(&mut self, rows: &[u8]) -> io::Result<()> {
        match self {
            Self::Jsonl(out) | Self::Table(out) | Self::Csv(out) => out.write_all(rows),
        }
    }

    /// Flushes what is buffered.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Self::Jsonl(mut out) | Self::Table(mut out) | Self::Csv(mut out) => out.flush(),
        }
    }
}

/// One CSV record, quoted as spreadsheets expect.
fn csv_record<I: IntoIterator<Item = T>, T: AsRef<[u8]>>(fields: I) -> io::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(fields)?;
    csv.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

/// One document's rows of an `extract` listing (with what `check` adds to a claim, `checked` by its
/// position in the document, if anything), rendered on whatever thread (no header), to be appended in order with
/// [`ClaimWriter::write_rendered`]: rendering is most of a listing's work.
pub fn render_rows<'a, I>(
    format: Format,
    doc: &str,
    source: &Metadata,
    claims: I,
    checked: impl Fn(usize) -> Option<Checked<'a>>,
) -> io::Result<Vec<u8>>
where
    I: IntoIterator<Item = &'a Claim>,
    I::IntoIter: Clone,
{
    let claims = claims.into_iter().enumerate();
    let mut rows = match format {
        Format::Jsonl => {
            let mut json = jsonl::JsonRows::new(doc, source)?;
            // Room for every row at once: grown a row at a time, the buffer was copied over and
            // over.
            let mut rows = Vec::with_capacity(claims.clone().map(|(_, claim)| json.row_bytes(claim)).sum());
            for (k, claim) in claims {
                json.write(&mut rows, claim, checked(k).as_ref())?;
            }
            return Ok(rows);
        }
        Format::Csv => ClaimWriter::Csv(Vec::new()),
        Format::Table => ClaimWriter::Table(Vec::new()),
    };
    for (k, claim) in claims {
        rows.write(doc, source, claim, checked(k).as_ref())?;
    }
    match rows {
        ClaimWriter::Jsonl(bytes) | ClaimWriter::Table(bytes) | ClaimWriter::Csv(bytes) => Ok(bytes),
    }
}

/// The text on one line: a line break or tab in a file name cannot break a table row.
fn one_line(s: &str) -> String {
    s.replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t")
}
