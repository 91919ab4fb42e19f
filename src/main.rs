// Release builds on Windows are GUI programs (no console window pops up); the subcommands attach to
// the terminal they were started from instead (see `platform`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]
//! The `tally` binary: parse the command line, then run the review desk or a headless subcommand.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use tally::output::Format;

/// Find and review every numeric claim in a corpus of news articles.
#[derive(Parser)]
#[command(name = "tally", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A corpus folder or a .ron project to open (default: the last project, else the sample corpus).
    path: Option<PathBuf>,
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
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let status = match cli.command {
        Some(Command::Extract { paths, format }) => {
            tally::commands::extract(&paths, format.into(), &mut out, &mut err)
        }
        None => {
            eprintln!("the review desk is not built yet: {:?}", cli.path);
            1
        }
    };
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
