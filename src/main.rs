// Release builds on Windows are GUI programs (no console window pops up); the subcommands attach to
// the terminal they were started from instead (see `platform`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]
//! The `tally` binary: parse the command line, then run the review desk or a headless subcommand.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use tally::output::Format;

/// mimalloc on Linux (see `tally::allocator`).
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tally::allocator::Allocator = tally::allocator::Allocator;

/// Find and review every numeric claim in a corpus of news articles.
#[derive(Parser)]
#[command(name = "tally", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A corpus folder or a .ron project to open (default: the last project, else the sample corpus).
    path: Option<PathBuf>,
    /// Your name, recorded with your verdicts (default: `TALLY_REVIEWER`, else the one set in the
    /// app's Edit menu).
    #[arg(long)]
    reviewer: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// List every numeric claim in the given corpus folders or files.
    Extract {
        /// Corpus folders (read recursively, .txt and .md) or single files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
        format: FormatArg,
    },
    /// Compare every claim across the corpus: quantities, origins, suggested verdicts, arithmetic.
    Check {
        /// Corpus folders (read recursively) or single files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
        format: FormatArg,
    },
    /// Create a project with every claim of a corpus, unreviewed.
    New {
        /// The corpus folder.
        corpus: PathBuf,
        /// The project file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Merge two reviews of one corpus against their common ancestor (a git merge driver:
    /// `git config merge.tally.driver "tally merge %O %A %B -o %A"`). Exits 1 when some claims
    /// were judged differently (kept in the project as disagreements to resolve).
    Merge {
        /// The common ancestor.
        base: PathBuf,
        /// Our review (written with the result unless --output is given).
        ours: PathBuf,
        /// Their review.
        theirs: PathBuf,
        /// Where to write the merged project (default: OURS).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// How far reviews agree: for two, the share of equal verdicts and Cohen's kappa; for more,
    /// Fleiss' kappa; and the disagreements.
    Agree {
        /// Two or more reviews of one corpus.
        #[arg(required = true, num_args = 2..)]
        reviews: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = AgreeFormatArg::Table)]
        format: AgreeFormatArg,
    },
    /// Export a project's verdicts as CSV, and/or as schema.org ClaimReview (JSON-LD).
    #[command(group = clap::ArgGroup::new("outputs").required(true).multiple(true).args(["csv", "claimreview"]))]
    Export {
        /// The project file.
        project: PathBuf,
        /// The CSV file to write.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// The ClaimReview JSON-LD file to write (one object per reviewed claim).
        #[arg(long)]
        claimreview: Option<PathBuf>,
        /// The fact-checking organization, the reviews' author (ClaimReview).
        #[arg(long)]
        organization: Option<String>,
        /// The address of the page publishing the fact-check, each review's url (ClaimReview).
        #[arg(long)]
        url: Option<String>,
        /// Write it for Excel: a byte-order mark and CRLF line ends (default: plain UTF-8).
        #[arg(long)]
        excel: bool,
        /// Replace the CSV file if it exists (never the project itself or an article).
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum AgreeFormatArg {
    Table,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Jsonl,
    Csv,
    Table,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Table => Format::Table,
        }
    }
}

fn main() -> ExitCode {
    tally::platform::attach_parent_console();
    let cli = Cli::parse();
    tally::allocator::tune(if cli.command.is_some() {
        tally::allocator::Run::Command
    } else {
        tally::allocator::Run::Desk
    });
    // Listings run to hundreds of thousands of lines: buffer them (stdout alone flushes every line).
    let (mut out, mut err) = (std::io::BufWriter::new(std::io::stdout().lock()), std::io::stderr().lock());
    let status = match cli.command {
        Some(Command::Extract { paths, format }) => tally::cli::extract(&paths, format.into(), &mut out, &mut err),
        Some(Command::Check { paths, format }) => tally::cli::check(&paths, format.into(), &mut out, &mut err),
        Some(Command::New { corpus, output, force }) => {
            tally::cli::new_project(&corpus, &output, force, &mut out, &mut err)
        }
        Some(Command::Merge { base, ours, theirs, output }) => {
            tally::cli::merge(&base, &ours, &theirs, output.as_deref(), &mut out, &mut err)
        }
        Some(Command::Agree { reviews, format }) => {
            let format = match format {
                AgreeFormatArg::Table => tally::cli::AgreeFormat::Table,
                AgreeFormatArg::Csv => tally::cli::AgreeFormat::Csv,
                AgreeFormatArg::Json => tally::cli::AgreeFormat::Json,
            };
            match reviews.as_slice() {
                [a, b] => tally::cli::agree(a, b, format, &mut out, &mut err),
                many => tally::cli::agree_many(many, format, &mut out, &mut err),
            }
        }
        Some(Command::Export { project, csv, claimreview, organization, url, excel, force }) => {
            let flavour = if excel { tally::export::Flavour::Excel } else { tally::export::Flavour::Plain };
            let mut status = 0;
            if let Some(csv) = csv {
                status = tally::cli::export(&project, &csv, flavour, force, &mut out, &mut err);
            }
            if let Some(jsonld) = claimreview.filter(|_| status == 0) {
                let publisher = tally::claimreview::Publisher { organization, url };
                status = tally::cli::export_claimreview(&project, &jsonld, &publisher, force, &mut out, &mut err);
            }
            status
        }
        None => {
            drop((out, err));
            desk(cli.path, cli.reviewer.or_else(|| std::env::var("TALLY_REVIEWER").ok()))
        }
    };
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}

/// Runs the review desk until its window closes.
#[cfg(feature = "gui")]
fn desk(path: Option<PathBuf>, reviewer: Option<String>) -> i32 {
    let startup = path.map_or(tally::app::Startup::LastProjectOrSample, tally::app::Startup::Path);
    match tally::app::run(startup, reviewer) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("tally: {e}");
            tally::cli::EXIT_FAILURE
        }
    }
}

/// A headless build has no desk: say so, and what it can do instead.
#[cfg(not(feature = "gui"))]
fn desk(_path: Option<PathBuf>, _reviewer: Option<String>) -> i32 {
    eprintln!(
        "tally: this build has no review desk (built without the `gui` feature); use `tally extract`, `check`, `new`, `export`, `merge` or `agree` (see `tally --help`)"
    );
    tally::cli::EXIT_FAILURE
}
