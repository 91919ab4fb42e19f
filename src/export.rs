//! The verdict summary as CSV: one row per claim, safe to open in a spreadsheet.

use std::io::Write;
use std::path::Path;

use crate::extract::format_number;
use crate::metadata::FieldName;
use crate::project::Project;

/// Column names, in order.
pub const COLUMNS: [&str; 22] = [
    "document",
    "outlet",
    "title",
    "url",
    "published",
    "claim_id",
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
    "verdict",
    "note",
    "reviewed_at",
];

/// Makes a text cell inert in spreadsheets: a leading `=`, `+`, `-`, `@` (or tab/CR) would start a
/// formula, so it gets a leading apostrophe. Numeric columns are written as numbers, untouched.
pub fn neutralize(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// Writes the summary of every claim, in document and position order.
pub fn write_csv(project: &Project, out: impl Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for doc in &project.documents {
        for c in &doc.claims {
            let claim = &c.claim;
            let num = |v: Option<f64>| v.map(format_number).unwrap_or_default();
            let meta = |name| neutralize(doc.metadata.value(name).unwrap_or(""));
            w.write_record([
                neutralize(&doc.path),
                meta(FieldName::Outlet),
                meta(FieldName::Title),
                meta(FieldName::Url),
                meta(FieldName::Published),
                c.id.to_string(),
                neutralize(&claim.text),
                claim.kind.as_str().to_owned(),
                num(claim.value),
                num(claim.value_max),
                neutralize(claim.unit.as_deref().unwrap_or("")),
                claim.date.clone().unwrap_or_default(),
                claim.qualifier.as_str().to_owned(),
                neutralize(claim.subject.as_deref().unwrap_or("")),
                neutralize(claim.scope.as_deref().unwrap_or("")),
                neutralize(claim.subject_head.as_deref().unwrap_or("")),
                neutralize(claim.attribution.as_deref().unwrap_or("")),
                neutralize(claim.source.as_deref().unwrap_or("")),
                neutralize(&claim.sentence),
                c.verdict.as_str().to_owned(),
                neutralize(&c.note),
                c.reviewed_at.clone().unwrap_or_default(),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Writes the summary to `path` atomically.
pub fn export_csv(project: &Project, path: &Path) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    write_csv(project, &mut bytes).map_err(std::io::Error::other)?;
    crate::atomic::write(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized() {
        assert_eq!(neutralize("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize("+1"), "'+1");
        assert_eq!(neutralize("-5 people"), "'-5 people");
        assert_eq!(neutralize("@cmd"), "'@cmd");
        assert_eq!(neutralize("24 died"), "24 died");
    }
}
