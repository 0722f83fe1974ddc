//! The `pipeline` command: parses arguments, calls the engine, prints, sets the exit code.

#![allow(clippy::result_large_err)]

use clap::{Args, Parser, Subcommand};
use pipeline::engine::{self, Mode, Options, Shard};
use pipeline::report::Report;
use pipeline::trace;
use std::path::PathBuf;
use std::io::Write;
use std::process::ExitCode;

/// Writes to standard output; a closed pipe (`pipeline status | head`) ends the program
/// quietly with success, as ripgrep does, instead of a panic.
macro_rules! out {
    ($($arg:tt)*) => { emit(&mut std::io::stdout().lock(), format_args!($($arg)*), false) };
}

/// [`out!`] with a new line.
macro_rules! outln {
    ($($arg:tt)*) => { emit(&mut std::io::stdout().lock(), format_args!($($arg)*), true) };
}

/// Writes a line to standard error, as [`out!`] does to standard output.
macro_rules! errln {
    ($($arg:tt)*) => { emit(&mut std::io::stderr().lock(), format_args!($($arg)*), true) };
}

fn emit(to: &mut impl Write, args: std::fmt::Arguments, newline: bool) {
    let written = to.write_fmt(args).and_then(|()| if newline { to.write_all(b"\n") } else { Ok(()) });
    if let Err(e) = written {
        // nobody is reading any more: stop, as a pipeline's consumer expects
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        std::process::exit(2);
    }
}

/// Provenance-tracking annotation of news: who said what, down to the byte.
#[derive(Parser)]
#[command(name = "pipeline", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Bring the annotations up to date for the seeds.
    Run {
        #[command(flatten)]
        paths: Paths,
        /// Remove the annotation folders whose seed is gone (never a hand-edited one),
        /// and run even when most annotated documents' seeds are missing.
        #[arg(long)]
        prune: bool,
    },
    /// Per document and stage: stale (and why), hand-edited (and what changed), in
    /// conflict. Writes nothing; exits 0.
    Status(Paths),
    /// Print the chain from an annotation (quote, speaker, claim or paragraph id) down
    /// to the bytes of the seeds.
    Trace {
        /// The id: `q-...`, `c-...`, `p-...`, or a speaker's slug.
        id: String,
        /// The document, when the id is in several.
        #[arg(long)]
        doc: Option<String>,
        /// `text` for people, `json` for tools.
        #[arg(long, value_enum, default_value = "text")]
        format: TraceFormat,
        /// The folder of .txt seeds.
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        /// The folder of annotations.
        #[arg(long, default_value = "annotations")]
        annotations: PathBuf,
    },
    /// Write nothing; exit 1 listing what is stale, invalid or in conflict.
    Check {
        #[command(flatten)]
        paths: Paths,
        /// Re-validate every span of every file, not only the hand-edited ones.
        #[arg(long)]
        deep: bool,
    },
    /// What changed in the annotations between two git revisions or folders (default:
    /// HEAD and the working tree): quotes, speakers, claims. Exits 1 when something did.
    Diff(pipeline::diff::Args),
    /// Measure the machine by the hand edits: precision, recall and speaker accuracy of
    /// the machine output each edited file started from, against the person's version.
    Eval(pipeline::eval::Args),
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum TraceFormat {
    Text,
    Json,
}

#[derive(Args)]
struct Paths {
    /// The folder of .txt seeds.
    #[arg(long, default_value = "seeds")]
    seeds: PathBuf,
    /// The folder of annotations.
    #[arg(long, default_value = "annotations")]
    annotations: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Only the documents of shard I of N (a stable partition by name), and not
    /// `claims`: for a CI matrix that shares the work.
    #[arg(long, value_name = "I/N")]
    shard: Option<Shard>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (mode, paths, deep, prune) = match cli.command {
        Command::Run { paths, prune } => (Mode::Run, paths, false, prune),
        Command::Check { paths, deep } => (Mode::Check, paths, deep, false),
        Command::Status(p) => (Mode::Status, p, false, false),
        Command::Diff(args) => return diff(&args),
        Command::Eval(args) => return eval(&args),
        Command::Trace { id, doc, format, seeds, annotations } => {
            let format = match format {
                TraceFormat::Text => trace::Format::Text,
                TraceFormat::Json => trace::Format::Json,
            };
            return match trace::trace(&seeds, &annotations, &id, doc.as_deref(), format) {
                Ok(out) => {
                    out!("{out}");
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    errln!("{d}");
                    ExitCode::FAILURE
                }
            };
        }
    };
    let options = Options {
        seeds: paths.seeds,
        annotations: paths.annotations,
        jobs: paths.jobs.map(usize::from),
        progress: true,
        deep,
        shard: paths.shard,
        prune,
    };
    match engine::execute(mode, &options) {
        Ok(report) if mode == Mode::Status => {
            print_status(&report);
            ExitCode::SUCCESS
        }
        Ok(report) => {
            print_report(mode, &report);
            if report.is_clean() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(fatal) => {
            errln!("{fatal}");
            ExitCode::from(2)
        }
    }
}

/// `pipeline diff`: exit 0 when nothing changed, 1 when something did, 2 on an error.
fn diff(args: &pipeline::diff::Args) -> ExitCode {
    use std::io::IsTerminal;
    match pipeline::diff::run(args, std::io::stdout().is_terminal()) {
        Ok(diff) => {
            out!("{}", diff.text);
            ExitCode::from(u8::from(diff.changed))
        }
        Err(d) => {
            errln!("{d}");
            ExitCode::from(2)
        }
    }
}

/// `pipeline eval`.
fn eval(args: &pipeline::eval::Args) -> ExitCode {
    match pipeline::eval::run(args) {
        Ok(text) => {
            out!("{text}");
            ExitCode::SUCCESS
        }
        Err(d) => {
            errln!("{d}");
            ExitCode::from(2)
        }
    }
}

fn print_report(mode: Mode, report: &Report) {
    for note in &report.notes {
        errln!("note: {note}");
    }
    for problem in &report.problems {
        errln!("{problem}");
    }
    let width = report.stages.iter().map(|(name, _)| name.len() + 1).max().unwrap_or(0);
    for (name, c) in &report.stages {
        let mut parts = match mode {
            Mode::Run => vec![
                format!("{} ran", c.ran),
                format!("{} cached", c.cached),
                format!("{} kept from hand edits", c.kept),
            ],
            Mode::Check | Mode::Status => vec![
                format!("{} fresh", c.cached),
                format!("{} stale", c.stale),
                format!("{} hand-edited", c.kept),
            ],
        };
        if c.unchanged > 0 {
            parts[0].push_str(&format!(" ({} with unchanged output)", c.unchanged));
        }
        if c.carried > 0 {
            parts[2].push_str(&format!(" ({} carried onto new output)", c.carried));
        }
        for (n, what) in [(c.missing, "missing"), (c.conflict, "in conflict"), (c.invalid, "invalid"), (c.blocked, "blocked")] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        outln!("{:<width$} {}", format!("{name}:"), parts.join(", "));
    }
    if mode == Mode::Check {
        if report.is_clean() {
            outln!("check: {} documents, all annotations fresh and valid", report.docs);
        } else {
            outln!("check: {} problem(s)", report.problems.len());
        }
    } else if !report.is_clean() {
        outln!("run: {} problem(s), listed above", report.problems.len());
    }
}

fn print_status(report: &Report) {
    for note in &report.notes {
        outln!("note: {note}");
    }
    for problem in &report.problems {
        // the first line of each: `path: kind: message`
        outln!("{}", problem.to_string().lines().next().unwrap_or_default());
    }
    for file in &report.edited {
        outln!("{}: hand-edited", file.path);
        match &file.changes {
            Ok(changes) if changes.is_empty() => outln!("  (no change to the items: only formatting or comments)"),
            Ok(changes) => changes.iter().for_each(|c| outln!("  {c}")),
            Err(why) => outln!("  (changes cannot be listed: {why})"),
        }
    }
    let fresh: usize = report.stages.iter().map(|(_, c)| c.cached).sum();
    outln!(
        "status: {} documents, {} annotation files: {fresh} fresh, {} hand-edited, {} other problem(s)",
        report.docs,
        report.files,
        report.edited.len(),
        report.problems.len()
    );
}
