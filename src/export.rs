//! The verdict summary as CSV: one row per claim, safe to open in a spreadsheet.

use std::io::Write;
use std::path::Path;

use crate::metadata::FieldName;
use crate::project::Project;

/// Column names, in order.
pub const COLUMNS: [&str; 26] = [
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
    "reviewer",
    "evidence",
    "other_verdict",
    "other_reviewer",
];

/// Makes a text cell inert in spreadsheets: a cell whose first visible character is `=`, `+`, `-`,
/// `@` or their full-width forms (`＝＋－＠`), even behind spaces, no-break or zero-width spaces, a
/// byte-order mark or line breaks, or that starts with a tab or carriage return, would start a
/// formula in some spreadsheet, so it gets a leading apostrophe (OWASP's rule, extended to the
/// prefixes spreadsheets skip). Numeric columns are written as finite numbers, untouched.
pub fn neutralize(cell: &str) -> String {
    let invisible =
        |c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}');
    let starts_formula = matches!(cell.chars().next(), Some('\t' | '\r'))
        || matches!(
            cell.chars().find(|c| !invisible(*c)),
            Some('=' | '+' | '-' | '@' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}')
        );
    if starts_formula { format!("'{cell}") } else { cell.to_owned() }
}

/// A claim's ISO date ("2024-07-28", "--07-28" for a day without its year) as written by Tally:
/// digits and dashes only, nothing a spreadsheet could run, so left as it is for the programs
/// that read the column; anything else is neutralized like any text.
fn iso_date_cell(date: Option<&str>) -> String {
    let date = date.unwrap_or("");
    if date.bytes().all(|b| b.is_ascii_digit() || b == b'-') { date.to_owned() } else { neutralize(date) }
}

/// Which CSV: plain UTF-8 for pipelines, or the shape Excel on Windows reads right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Flavour {
    /// UTF-8, `\n` line ends.
    #[default]
    Plain,
    /// UTF-8 with a byte-order mark and `\r\n` line ends, so Excel shows á, ’ and “ ” right.
    Excel,
}

/// The byte-order mark Excel needs to read a CSV as UTF-8.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes the summary of every claim, in document and position order.
pub fn write_csv(project: &Project, mut out: impl Write, flavour: Flavour) -> csv::Result<()> {
    let mut builder = csv::WriterBuilder::new();
    if flavour == Flavour::Excel {
        out.write_all(UTF8_BOM)?;
        builder.terminator(csv::Terminator::CRLF);
    }
    let mut w = builder.from_writer(out);
    w.write_record(COLUMNS)?;
    for doc in &project.documents {
        for c in &doc.claims {
            let claim = &c.claim;
            let num = crate::output::num;
            let meta = |name| neutralize(doc.metadata.value(name).unwrap_or(""));
            w.write_record([
                neutralize(&crate::paths::shown(&doc.path)),
                meta(FieldName::Outlet),
                meta(FieldName::Title),
                meta(FieldName::Url),
                meta(FieldName::Published),
                c.id.to_string(),
                neutralize(&claim.text),
                claim.kind.as_str().to_owned(),
                num(claim.value()),
                num(claim.value_max()),
                neutralize(claim.unit.as_deref().unwrap_or("")),
                iso_date_cell(claim.date()),
                claim.qualifier.as_str().to_owned(),
                neutralize(claim.subject.as_deref().unwrap_or("")),
                neutralize(claim.scope().unwrap_or("")),
                neutralize(claim.subject_head.as_deref().unwrap_or("")),
                neutralize(claim.attribution().unwrap_or("")),
                neutralize(claim.source().unwrap_or("")),
                neutralize(&claim.sentence),
                c.verdict.as_str().to_owned(),
                neutralize(c.note()),
                neutralize(c.reviewed_at().unwrap_or("")),
                neutralize(c.reviewer().unwrap_or("")),
                // The evidence's addresses, joined; the project keeps every item whole.
                neutralize(&c.evidence().iter().filter_map(|e| e.url.as_deref()).collect::<Vec<_>>().join(" ")),
                c.disagreement().map_or_else(String::new, |d| d.verdict.as_str().to_owned()),
                neutralize(c.disagreement().and_then(|d| d.reviewer.as_deref()).unwrap_or("")),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Writes the summary to `path` atomically.
pub fn export_csv(project: &Project, path: &Path, flavour: Flavour) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    write_csv(project, &mut bytes, flavour).map_err(std::io::Error::other)?;
    crate::atomic::write(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_excel_flavour_has_a_bom_and_crlf_and_the_plain_one_neither() {
        let project = crate::project::Project::sample();
        let (mut plain, mut excel) = (Vec::new(), Vec::new());
        write_csv(&project, &mut plain, Flavour::Plain).expect("csv");
        write_csv(&project, &mut excel, Flavour::Excel).expect("csv");
        assert!(!plain.starts_with(UTF8_BOM) && !plain.windows(2).any(|w| w == b"\r\n"));
        assert!(excel.starts_with(UTF8_BOM));
        let text = String::from_utf8(excel[UTF8_BOM.len()..].to_vec()).expect("utf-8");
        assert_eq!(text.matches("\r\n").count(), text.matches('\n').count(), "every line ends in CRLF");
        assert!(text.contains("Inès"), "non-ASCII text kept");
    }

    #[test]
    fn formula_cells_are_neutralized() {
        assert_eq!(neutralize("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralize("+1"), "'+1");
        assert_eq!(neutralize("-5 people"), "'-5 people");
        assert_eq!(neutralize("@cmd"), "'@cmd");
        assert_eq!(neutralize("24 died"), "24 died");
        for hidden in
            [" =1+1", "\u{a0}=1", "\u{200b}+1", "\u{feff}@x", "\u{3000}-1", "\n=1", "＝1+1", "＋1", "－1", "＠x", "\t1"]
        {
            assert!(neutralize(hidden).starts_with('\''), "{hidden:?}");
        }
        for plain in ["", "café — 24", " 24 died", "1,200"] {
            assert_eq!(neutralize(plain), plain);
        }
    }
}
