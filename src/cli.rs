//! The headless subcommands (`tally extract`, `check`, `new`, `export`, `merge`, `agree`), written
//! against plain writers so tests can run them in-process and check their output and exit status.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::corpus::{self, Corpus, Document};
use crate::extract;
use crate::output::{self, ClaimWriter, Format};
use crate::project::Project;

/// Exit status when nothing could be done (no document read, no project written).
pub const EXIT_FAILURE: i32 = 1;

/// Loads a corpus, reporting each skipped file on `err`; `None` (reported) if it cannot be opened.
fn load_reporting(path: &Path, err: &mut dyn Write) -> Option<Corpus> {
    match corpus::load(path) {
        Ok(corpus) => {
            for skipped in &corpus.skipped {
                report_skipped(err, &corpus.root, skipped);
            }
            for doc in &corpus.documents {
                if let Some(note) = &doc.repaired {
                    report_repaired(err, &corpus.root, &doc.path, note);
                }
            }
            Some(corpus)
        }
        Err(e) => {
            writeln!(err, "tally: {e}").ok();
            None
        }
    }
}

/// Every readable document of the given folders or files, by path (a file named twice once);
/// `None`, reported, when there is none.
fn read_documents(paths: &[PathBuf], err: &mut dyn Write) -> Option<Vec<Document>> {
    let mut documents: Vec<Document> = Vec::new();
    for path in paths {
        if let Some(corpus) = load_reporting(path, err) {
            documents.extend(corpus.documents);
        }
    }
    if documents.is_empty() {
        writeln!(err, "tally: no document could be read (a corpus is a folder of .txt or .md files)").ok();
        return None;
    }
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    documents.dedup_by(|a, b| a.path == b.path && a.hash() == b.hash());
    Some(documents)
}

/// `tally extract PATH... --format F`: lists every claim of every readable document.
///
/// Unreadable files are reported on `err` and skipped; the status is non-zero only when no
/// document at all could be read.
pub fn extract(paths: &[PathBuf], format: Format, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    /// Documents read and extracted at once (spread over the cores), then written and dropped:
    /// memory stays the same whatever the size of the corpus.
    const BATCH: usize = 256;
    /// A document larger than this is listed claim by claim as found, on this thread.
    const STREAM_DOCUMENT_BYTES: usize = 1 << 20;
    let mut listings = Vec::new();
    for path in paths {
        match corpus::list(path) {
            Ok(listing) => {
                for skipped in &listing.skipped {
                    report_skipped(err, &listing.root, skipped);
                }
                listings.push(listing);
            }
            Err(e) => {
                writeln!(err, "tally: {e}").ok();
            }
        }
    }
    // Every file of every PATH, in path order (a file named twice is read twice and listed once).
    let mut files: Vec<(&corpus::Listing, &(String, PathBuf))> =
        listings.iter().flat_map(|l| l.files.iter().map(move |f| (l, f))).collect();
    files.sort_by(|a, b| a.1.0.cmp(&b.1.0));
    let mut written = 0usize;
    // The document listed last: a file named twice comes twice in a row (hashed only then).
    let mut last: Option<corpus::Document> = None;
    let result = (|| {
        let mut writer = ClaimWriter::new(format, &mut *out, false)?;
        for batch in files.chunks(BATCH) {
            // Read, extract and render on every core; write in order here. A very large document
            // (a data dump saved as text) is listed claim by claim as found instead, so its
            // claims and rows are never all in memory at once.
            let done = crate::parallel::map(batch, |(listing, file)| {
                listing.read(file).map(|doc| {
                    let rows = (doc.text.len() <= STREAM_DOCUMENT_BYTES).then(|| {
                        // Claims share the text of their sentences (one copy of the document,
                        // not one of each sentence).
                        let shared: std::sync::Arc<str> = doc.text.as_str().into();
                        let claims = extract::extract_shared(&shared, doc.language());
                        let rows = output::render_rows(format, &doc.path, &doc.metadata, &claims, |_| None);
                        (rows, claims.len())
                    });
                    (doc, rows)
                })
            });
            for (read, (listing, _)) in done.into_iter().zip(batch) {
                let (doc, rows) = match read {
                    Ok(found) => found,
                    Err(skipped) => {
                        report_skipped(err, &listing.root, &skipped);
                        continue;
                    }
                };
                if last.as_ref().is_some_and(|l| l.path == doc.path && l.hash() == doc.hash()) {
                    continue;
                }
                if let Some(note) = &doc.repaired {
                    report_repaired(err, &listing.root, &doc.path, note);
                }
                written += 1;
                let listed = match rows {
                    Some((rows, count)) => {
                        writer.write_rendered(&rows?)?;
                        count
                    }
                    None => {
                        let mut count = 0;
                        for claim in extract::claims_in(&doc.text, doc.language()) {
                            writer.write(&doc.path, &doc.metadata, &claim, None)?;
                            count += 1;
                        }
                        count
                    }
                };
                if extract::capped(listed) {
                    let path = listing.root.join(crate::paths::stored_to_path(&doc.path));
                    writeln!(err, "{}", capped_warning(&path)).ok();
                }
                last = Some(doc);
            }
        }
        writer.finish()
    })();
    if written == 0 && result.is_ok() {
        writeln!(err, "tally: no document could be read (a corpus is a folder of .txt or .md files)").ok();
        return EXIT_FAILURE;
    }
    listing_status(result, err)
}

/// Reports a file that was not read, under the corpus folder `root`.
fn report_skipped(err: &mut dyn Write, root: &Path, skipped: &corpus::Skipped) {
    let path = root.join(crate::paths::stored_to_path(&skipped.path));
    writeln!(err, "tally: skipped {}: {}", path.display(), skipped.reason).ok();
}

/// Reports a document read with repairs ("2 bytes were not UTF-8 …").
fn report_repaired(err: &mut dyn Write, root: &Path, doc_path: &str, note: &str) {
    let path = root.join(crate::paths::stored_to_path(doc_path));
    writeln!(err, "tally: warning: {}: {note}", path.display()).ok();
}

/// Warns of each document of `project` whose claims stopped at the cap.
fn warn_capped(project: &Project, err: &mut dyn Write) {
    for doc in project.documents.iter().filter(|d| d.claims_capped()) {
        writeln!(err, "{}", capped_warning(&project.root.join(crate::paths::stored_to_path(&doc.path)))).ok();
    }
}

/// What is said of a document whose claims stopped at [`extract::MAX_CLAIMS_PER_DOCUMENT`].
fn capped_warning(path: &Path) -> String {
    format!(
        "tally: warning: {}: only its first {} figures are listed (a table or data dump?): the rest was not read for claims",
        path.display(),
        extract::grouped(extract::MAX_CLAIMS_PER_DOCUMENT as f64)
    )
}

/// The exit status of a listing, reporting a failed write once.
fn listing_status(result: std::io::Result<()>, err: &mut dyn Write) -> i32 {
    match result {
        Ok(()) => 0,
        // A closed pipe (`tally extract … | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            writeln!(err, "tally: cannot write the listing: {e}").ok();
            EXIT_FAILURE
        }
    }
}

/// `tally check CORPUS... --format F`: every claim as `extract` lists it, plus its quantity,
/// origin, suggested verdict with the reason, and the arithmetic it closes.
pub fn check(paths: &[PathBuf], format: Format, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some(documents) = read_documents(paths, err) else {
        return EXIT_FAILURE;
    };
    let project = Project::from_corpus(&Corpus { root: PathBuf::new(), documents, skipped: Vec::new() });
    warn_capped(&project, err);
    let comparison = crate::compare::Comparison::of_project_with(&project, crate::compare::Detail::Findings);
    let result = (|| {
        let mut writer = ClaimWriter::new(format, &mut *out, true)?;
        // Rendered on every core, a batch of documents at a time; written in order here.
        let documents: Vec<(usize, &crate::project::ProjectDocument)> = project.documents.iter().enumerate().collect();
        for batch in documents.chunks(256) {
            let rendered = crate::parallel::map(batch, |&(d, doc)| {
                let claims = doc.claims.iter().map(|reviewed| &reviewed.claim);
                crate::output::render_rows(format, &doc.path, &doc.metadata, claims, |c| {
                    checked(&project, &comparison, crate::project::ClaimRef { doc: d, claim: c })
                })
            });
            for rows in rendered {
                writer.write_rendered(&rows?)?;
            }
        }
        writer.finish()
    })();
    // Freeing an archive's claims takes a tenth of a second: another thread does it, which the
    // program's exit cuts short (without a thread to be had, this one does).
    std::thread::Builder::new().spawn(move || drop((project, comparison))).ok();
    listing_status(result, err)
}

/// What `tally check` lists about one claim.
fn checked<'a>(
    project: &Project,
    comparison: &'a crate::compare::Comparison,
    at: crate::project::ClaimRef,
) -> Option<crate::output::Checked<'a>> {
    let found = comparison.claim(at)?;
    let quantity = comparison.quantity_of(at);
    let start_of = |r: &crate::project::ClaimRef| project.claim(*r).map_or(0, |c| c.claim.start());
    Some(crate::output::Checked {
        group: quantity.map(|q| q.id),
        quantity: quantity.map(|q| q.label.as_str()),
        origin: comparison.origins.get(at.doc).copied().unwrap_or(0),
        suggestion: found.suggestion.verdict.as_str(),
        reason: &found.suggestion.reason,
        consistency: comparison
            .consistency(at)
            .map(|r| crate::output::Consistency {
                relation: r.kind,
                parts: r.parts.iter().map(start_of).collect(),
                expected: r.expected,
                holds: r.holds,
            })
            .collect(),
    })
}

/// `tally new CORPUS -o PROJECT.ron`: a project with every claim found, none reviewed, written
/// atomically. An existing project is never replaced unless `force` is set.
pub fn new_project(corpus_path: &Path, output: &Path, force: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let root = if corpus_path.is_file() { corpus_path.parent().unwrap_or(Path::new(".")) } else { corpus_path };
    if let Some(why) = refuse_output(output, &[corpus_path], root, force) {
        writeln!(err, "tally: {}: {why}; nothing was written", output.display()).ok();
        return EXIT_FAILURE;
    }
    let Some(corpus) = load_reporting(corpus_path, err) else {
        return EXIT_FAILURE;
    };
    if corpus.documents.is_empty() {
        writeln!(err, "tally: no document could be read in {}", corpus_path.display()).ok();
        return EXIT_FAILURE;
    }
    let mut project = Project::from_corpus(&corpus);
    warn_capped(&project, err);
    crate::compare::Comparison::of_project_with(&project, crate::compare::Detail::Findings).record_in(&mut project);
    if let Err(e) = project.save(output) {
        writeln!(err, "tally: {e}").ok();
        return EXIT_FAILURE;
    }
    writeln!(out, "{}: {} documents, {} claims", output.display(), project.documents.len(), project.claim_count()).ok();
    0
}

/// `tally export PROJECT.ron --csv OUT.csv [--excel]`: the verdict summary, written atomically.
pub fn export(
    project_path: &Path,
    csv_path: &Path,
    flavour: crate::export::Flavour,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let Some(project) = open_for_export(project_path, csv_path, force, err) else {
        return EXIT_FAILURE;
    };
    if let Err(e) = crate::export::export_csv(&project, csv_path, flavour) {
        writeln!(err, "tally: {}: {e}", csv_path.display()).ok();
        return EXIT_FAILURE;
    }
    writeln!(out, "{}: {} claims", csv_path.display(), project.claim_count()).ok();
    0
}

/// Opens a project to export it, saying on `err` what its corpus lacks or changed (the saved
/// claims are exported either way); `None` (said) if it cannot be opened.
/// Opens the project an export reads (reporting as `open_reporting`), unless writing `output`
/// would replace the project, a corpus file or (without `force`) an existing file: then `None`,
/// with the reason on `err`.
fn open_for_export(project_path: &Path, output: &Path, force: bool, err: &mut dyn Write) -> Option<Project> {
    let project = open_reporting(project_path, err)?;
    if let Some(why) = refuse_output(output, &[project_path], &project.root, force) {
        writeln!(err, "tally: {}: {why}; nothing was written", output.display()).ok();
        return None;
    }
    Some(project)
}

fn open_reporting(project_path: &Path, err: &mut dyn Write) -> Option<Project> {
    match Project::open(project_path) {
        Ok((project, report)) => {
            if report.corpus_missing {
                writeln!(
                    err,
                    "tally: warning: the corpus folder {} is missing; exporting the saved claims (those not yet \
                     reviewed with their text and kind only)",
                    project.root.display()
                )
                .ok();
            }
            for path in report.missing.iter().map(|p| crate::paths::shown(p)) {
                writeln!(err, "tally: warning: {path} is missing or unreadable; its saved claims are exported").ok();
            }
            for path in report.changed.iter().map(|p| crate::paths::shown(p)) {
                writeln!(err, "tally: warning: {path} changed since the project was saved; claims were carried over")
                    .ok();
            }
            if report.stale_claims > 0 {
                writeln!(
                    err,
                    "tally: warning: {} reviewed claims are no longer in their articles' text (exported as they were)",
                    report.stale_claims
                )
                .ok();
            }
            Some(project)
        }
        Err(e) => {
            writeln!(err, "tally: {e}").ok();
            None
        }
    }
}

/// `tally export PROJECT --claimreview OUT.jsonld`: every reviewed claim as a schema.org
/// ClaimReview. Fields with no value (no organization, no page address) are left out and said so.
pub fn export_claimreview(
    project_path: &Path,
    output: &Path,
    publisher: &crate::claimreview::Publisher,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let Some(project) = open_for_export(project_path, output, force, err) else {
        return EXIT_FAILURE;
    };
    if publisher.organization.is_none() {
        writeln!(err, "tally: warning: no --organization: the reviews name no author").ok();
    }
    if publisher.url.is_none() {
        writeln!(err, "tally: warning: no --url: the reviews carry no address (search engines require one)").ok();
    }
    let text = crate::claimreview::to_jsonld(&project, publisher);
    if let Err(e) = crate::atomic::write(output, text.as_bytes()) {
        writeln!(err, "tally: {}: {e}", output.display()).ok();
        return EXIT_FAILURE;
    }
    let reviewed = project
        .documents
        .iter()
        .flat_map(|d| &d.claims)
        .filter(|c| c.verdict != crate::project::Verdict::Unreviewed)
        .count();
    writeln!(out, "{}: {reviewed} claim reviews", output.display()).ok();
    0
}

/// Why a command must not write `output`, if it must not: it is one of the command's own
/// `inputs`, an article of the corpus at `corpus_root`, not a regular file, or an existing file
/// and `force` is not set.
fn refuse_output(output: &Path, inputs: &[&Path], corpus_root: &Path, force: bool) -> Option<String> {
    let Ok(meta) = std::fs::metadata(output) else {
        return None; // nothing there yet (an unwritable place is the writer's error to report)
    };
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if inputs.iter().any(|input| same(output, input)) {
        return Some("that is this command's own input".into());
    }
    if !meta.is_file() {
        return Some("not a regular file".into());
    }
    let inside_corpus = match (output.canonicalize(), corpus_root.canonicalize()) {
        (Ok(file), Ok(root)) => file.starts_with(root),
        _ => false,
    };
    if inside_corpus && corpus::is_article(output) {
        return Some("that is an article of the corpus".into());
    }
    (!force).then(|| "already exists; pass --force to replace it".into())
}

/// Exit status of `merge` when the reviews disagree on some claim (git's merge-driver protocol:
/// non-zero leaves the file marked as conflicted for a person to look at).
pub const EXIT_DISAGREEMENTS: i32 = 1;
/// Exit status of `merge` when a file cannot be read as a project: nothing is written.
pub const EXIT_UNREADABLE: i32 = 2;

/// Reads a project file without its corpus (merging and comparing need only what it says).
fn read_project(path: &Path) -> Result<Project, String> {
    Project::read(path).map_err(|e| e.to_string())
}

/// `tally merge BASE OURS THEIRS [-o OUT]`: the three-way merge of two reviews, as a git merge
/// driver (`tally merge %O %A %B -o %A`). Writes the merged project (to OURS unless told
/// otherwise) and exits 0, or 1 when some claims were judged differently (kept in the project as
/// disagreements); 2, writing nothing, when a file is not a project.
pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (base_project, our_project, their_project) =
        match (read_project(base), read_project(ours), read_project(theirs)) {
            (Ok(b), Ok(o), Ok(t)) => (b, o, t),
            (b, o, t) => {
                for e in [b.err(), o.err(), t.err()].into_iter().flatten() {
                    writeln!(err, "tally: {e}").ok();
                }
                writeln!(err, "tally: nothing was merged").ok();
                return EXIT_UNREADABLE;
            }
        };
    let (merged, report) = crate::merge::merge(&base_project, &our_project, &their_project);
    let output = output.unwrap_or(ours);
    let written = merged
        .to_ron_as_stored()
        .map_err(|e| e.to_string())
        .and_then(|text| crate::atomic::write(output, text.as_bytes()).map_err(|e| e.to_string()));
    if let Err(e) = written {
        writeln!(err, "tally: {}: {e}; nothing was written", output.display()).ok();
        return EXIT_UNREADABLE;
    }
    writeln!(
        out,
        "{}: merged ({} changes taken from the other review, {} documents and {} claims added, {} disagreements)",
        output.display(),
        report.taken,
        report.documents_added,
        report.claims_added,
        report.disagreements
    )
    .ok();
    if report.disagreements > 0 {
        writeln!(
            err,
            "tally: {} claims were judged differently; open the project to resolve them",
            report.disagreements
        )
        .ok();
        return EXIT_DISAGREEMENTS;
    }
    0
}

/// How `tally agree` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreeFormat {
    /// Aligned text for a person.
    Table,
    /// One row per disagreement, after a summary row.
    Csv,
    /// One JSON object.
    Json,
}

/// `tally agree A.ron B.ron C.ron…`: how far three or more reviews agree (Fleiss' κ over the claims
/// all of them judged) and where they differ.
pub fn agree_many(paths: &[PathBuf], format: AgreeFormat, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut projects = Vec::new();
    for path in paths {
        match read_project(path) {
            Ok(p) => projects.push(p),
            Err(e) => {
                writeln!(err, "tally: {e}").ok();
                return EXIT_FAILURE;
            }
        }
    }
    let refs: Vec<&Project> = projects.iter().collect();
    let result = crate::agreement::compare_many(&refs);
    let fmt = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format!("{v:.3}"));
    let verdicts = |v: &[crate::project::Verdict]| v.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(" / ");
    let written = match format {
        AgreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &result).map_err(std::io::Error::other).and_then(|()| writeln!(out))
        }
        AgreeFormat::Table => (|| {
            writeln!(out, "reviews    {}", result.reviews)?;
            writeln!(out, "compared   {} claims judged in every review", result.compared)?;
            writeln!(out, "unanimous  {}", fmt(result.unanimous))?;
            writeln!(out, "kappa      {} (Fleiss)", fmt(result.kappa))?;
            writeln!(out, "{} disagreements", result.disagreements.len())?;
            for (doc, start, text, v) in &result.disagreements {
                writeln!(out, "  {doc:?} @{start} {text:?}: {}", verdicts(v))?;
            }
            Ok(())
        })(),
        AgreeFormat::Csv => (|| {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(["document", "start", "claim", "verdicts"])?;
            for (doc, start, text, v) in &result.disagreements {
                let start = start.to_string();
                let joined = verdicts(v);
                w.write_record([doc.as_str(), &start, text, &joined].map(crate::export::neutralize))?;
            }
            w.flush()?;
            Ok::<(), Box<dyn std::error::Error>>(())
        })()
        .map_err(|e| std::io::Error::other(e.to_string())),
    };
    if let Err(e) = written {
        writeln!(err, "tally: {e}").ok();
        return EXIT_FAILURE;
    }
    0
}

/// `tally agree A.ron B.ron`: how far two reviews agree (share of equal verdicts, Cohen's κ) and
/// where they differ.
pub fn agree(a: &Path, b: &Path, format: AgreeFormat, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (pa, pb) = match (read_project(a), read_project(b)) {
        (Ok(pa), Ok(pb)) => (pa, pb),
        (ra, rb) => {
            for e in [ra.err(), rb.err()].into_iter().flatten() {
                writeln!(err, "tally: {e}").ok();
            }
            return EXIT_FAILURE;
        }
    };
    let result = crate::agreement::compare(&pa, &pb);
    let fmt = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format!("{v:.3}"));
    let written = match format {
        AgreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &result).map_err(std::io::Error::other).and_then(|()| writeln!(out))
        }
        AgreeFormat::Table => (|| {
            writeln!(out, "compared   {} claims judged in both reviews", result.compared)?;
            writeln!(out, "agreement  {}", fmt(result.agreement))?;
            writeln!(out, "kappa      {}", fmt(result.kappa))?;
            for (verdict, k) in &result.kappa_by_verdict {
                writeln!(out, "  {:<13}{}", verdict.as_str(), fmt(*k))?;
            }
            writeln!(out, "{} disagreements", result.disagreements.len())?;
            for d in &result.disagreements {
                writeln!(
                    out,
                    "  {:?} @{} {:?}: {} / {}",
                    d.document,
                    d.start,
                    d.claim,
                    d.a_verdict.as_str(),
                    d.b_verdict.as_str()
                )?;
            }
            Ok(())
        })(),
        AgreeFormat::Csv => (|| {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(["document", "start", "claim", "a_verdict", "a_note", "b_verdict", "b_note"])?;
            for d in &result.disagreements {
                let start = d.start.to_string();
                let cells =
                    [&d.document, &start, &d.claim, d.a_verdict.as_str(), &d.a_note, d.b_verdict.as_str(), &d.b_note];
                w.write_record(cells.map(crate::export::neutralize))?;
            }
            w.flush()?;
            Ok::<(), Box<dyn std::error::Error>>(())
        })()
        .map_err(|e| std::io::Error::other(e.to_string())),
    };
    if let Err(e) = written {
        writeln!(err, "tally: {e}").ok();
        return EXIT_FAILURE;
    }
    0
}
