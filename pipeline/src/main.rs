//! The `pipeline` command: parses arguments, calls the engine, prints, sets the exit code.

#![allow(clippy::result_large_err)]

use clap::{Args, CommandFactory, Parser, Subcommand};
use pipeline::engine::{self, Mode, Options, Shard};
use pipeline::output::{self, Verbosity};
use pipeline::{export, import, root, trace};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// mimalloc rather than the system's allocator: the stages allocate many small vectors
/// and strings, and on two threads mimalloc runs the quotes stage 14% faster, speakers and
/// segment 9% (BENCHMARKS.md). The output is the same bytes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mimalloc.h` (the crate leaves the options'
/// numbers out of its constants; this one is 15 in mimalloc 2 and 3 alike).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Has mimalloc give freed memory back to the system at once rather than 10 ms later,
/// for the corpus stages (the engine calls it before them, `Options::before_corpus`): a
/// run at 100,000 documents frees and makes again hundreds of megabytes of claims, and
/// with the delay its peak was 2.02 GiB, over issue 14's line of 2, against 1.75 GiB at
/// once (and 1.84 GiB with the system's allocator). Not for the per-document stages,
/// whose small allocations it slows by a tenth.
fn give_memory_back_at_once() {
    // SAFETY: mimalloc sets an option without a lock. The engine calls this from the main
    // thread while its worker threads wait for work: the pool hands them the next task
    // through its own synchronisation, after this write. The value is one the option
    // documents (0: at once).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

/// Writes to standard output; a closed pipe (`pipeline status | head`) ends the program
/// quietly with success, as ripgrep does, instead of a panic.
macro_rules! out {
    ($($arg:tt)*) => { emit(&mut std::io::stdout().lock(), format_args!($($arg)*), false) };
}

/// Writes to standard error, as [`out!`] does to standard output.
macro_rules! err {
    ($($arg:tt)*) => { emit(&mut std::io::stderr().lock(), format_args!($($arg)*), false) };
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

/// Who said what in the news, down to the byte.
///
/// Reads a folder of news articles (`seeds/*.txt`) and writes, for each one, its
/// paragraphs, the people and organisations who speak in it, and every quote and
/// reported statement with who said it; then links the same claim across articles.
/// Every annotation points at the exact bytes of its source, and the YAML files in
/// `annotations/` can be corrected by hand: the tool keeps and carries your edits.
/// Run it from anywhere inside the project (the folder holding `seeds/` and
/// `annotations/`, or a `pipeline.toml`).
#[derive(Parser)]
#[command(name = "pipeline", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    global: Global,
}

/// Options every command takes.
#[derive(Args)]
struct Global {
    /// Colour our diagnostics: `auto` (on a terminal, unless NO_COLOR is set), `always`
    /// or `never`.
    #[arg(long, value_enum, global = true, default_value = "auto", value_name = "WHEN")]
    color: Color,
    /// Print only problems.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: every problem in full, the folders used.
    #[arg(short, long, global = true)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Bring the annotations up to date with the articles: annotate new and changed
    /// ones, keep your hand edits.
    Run {
        #[command(flatten)]
        paths: Paths,
        /// Remove the annotation folders whose seed is gone (never a hand-edited one),
        /// and run even when most annotated documents' seeds are missing.
        #[arg(long)]
        prune: bool,
    },
    /// What is out of date, what you changed by hand, what is in conflict. Writes
    /// nothing; exits 1 unless everything is fresh.
    Status(Paths),
    /// Show where an annotation comes from (a quote, speaker, claim or paragraph id),
    /// down to the lines and bytes of the articles.
    Trace {
        /// The id: `q-...`, `c-...`, `p-...`, or a speaker's slug (listed in every
        /// document it is in, with its claims).
        id: String,
        /// Only this document (a seed's name without .txt).
        #[arg(long)]
        doc: Option<String>,
        /// `text` for people, `json` for tools.
        #[arg(long, visible_alias = "message-format", value_enum, default_value = "text")]
        format: Format,
        /// The folder of .txt seeds [default: the project's seeds/].
        #[arg(long)]
        seeds: Option<PathBuf>,
        /// The folder of annotations [default: the project's annotations/].
        #[arg(long)]
        annotations: Option<PathBuf>,
    },
    /// The CI gate: write nothing; exit 1 listing what is stale, invalid or in conflict.
    Check {
        #[command(flatten)]
        paths: Paths,
        /// Re-validate every span of every file, not only the hand-edited ones.
        #[arg(long)]
        deep: bool,
    },
    /// Export the annotations: every attribution as rows for pandas, R and spreadsheets
    /// (`jsonl`, `csv`), as W3C Web Annotations (`w3c`), or as brat standoff files for
    /// correcting in brat or INCEpTION (`brat`).
    Export {
        /// `jsonl` (one JSON object a line), `csv`, `w3c` (JSON-LD) or `brat` (a folder).
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output; for `brat`, the folder to
        /// write (required).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only this document (a seed's name without .txt).
        #[arg(long)]
        doc: Option<String>,
        /// The folder of .txt seeds [default: the project's seeds/].
        #[arg(long)]
        seeds: Option<PathBuf>,
        /// The folder of annotations [default: the project's annotations/].
        #[arg(long)]
        annotations: Option<PathBuf>,
    },
    /// Bring annotations corrected in another tool back as hand edits of the YAML
    /// (validated like any hand edit; all or nothing).
    Import {
        /// The format: `brat` (a folder of `.ann` files written by `export --format brat`).
        #[arg(value_enum)]
        format: ImportFormat,
        /// The folder of `.ann` and `.txt` files.
        dir: PathBuf,
        /// The folder of .txt seeds [default: the project's seeds/].
        #[arg(long)]
        seeds: Option<PathBuf>,
        /// The folder of annotations [default: the project's annotations/].
        #[arg(long)]
        annotations: Option<PathBuf>,
    },
    /// Print a shell completion script (`pipeline completions bash > ...`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// What changed in the annotations between two git revisions or folders (default:
    /// HEAD and the working tree): quotes, speakers, claims. Exits 1 when something did.
    Diff(pipeline::diff::Args),
    /// Measure the machine by the hand edits: precision, recall and speaker accuracy of
    /// the machine output each edited file started from, against the person's version.
    Eval(pipeline::eval::Args),
    /// Write a static HTML report of the corpus (opens from the file system): the
    /// disagreements on who said what, each document with its quotes highlighted by
    /// speaker, each claim side by side across documents, a page per person.
    Report(pipeline::site::Args),
}

#[derive(Args)]
struct Paths {
    /// The folder of .txt seeds [default: the project's seeds/].
    #[arg(long)]
    seeds: Option<PathBuf>,
    /// The folder of annotations [default: the project's annotations/].
    #[arg(long)]
    annotations: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Only the documents of shard I of N (a stable partition by name), and not
    /// `claims`: for a CI matrix that shares the work.
    #[arg(long, value_name = "I/N")]
    shard: Option<Shard>,
    /// `text` for people, `json` for tools (one object; its shape is in the README).
    #[arg(long, visible_alias = "message-format", value_enum, default_value = "text")]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Jsonl,
    Csv,
    W3c,
    Brat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ImportFormat {
    Brat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return cli::parse_error(e),
    };
    let style = cli::style(&cli.global);
    let (mode, paths, deep, prune) = match cli.command {
        Command::Run { paths, prune } => (Mode::Run, paths, false, prune),
        Command::Check { paths, deep } => (Mode::Check, paths, deep, false),
        Command::Status(p) => (Mode::Status, p, false, false),
        Command::Diff(args) => return diff(&args),
        Command::Eval(args) => return eval(&args),
        Command::Report(args) => return report(&args, &style),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "pipeline", &mut out);
            out!("{}", String::from_utf8_lossy(&out));
            return ExitCode::SUCCESS;
        }
        Command::Export { format, out, doc, seeds, annotations } => {
            let (seeds, annotations) = root::folders(seeds, annotations);
            let format = match format {
                ExportFormat::Jsonl => export::Format::Jsonl,
                ExportFormat::Csv => export::Format::Csv,
                ExportFormat::W3c => export::Format::W3c,
                ExportFormat::Brat => export::Format::Brat,
            };
            return match export::export(&seeds, &annotations, doc.as_deref(), format, out.as_deref()) {
                Ok(text) => {
                    out!("{}", text.unwrap_or_default());
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    errln!("{}", output::diagnostic(&d, style.color_err));
                    ExitCode::FAILURE
                }
            };
        }
        Command::Import { format: ImportFormat::Brat, dir, seeds, annotations } => {
            let (seeds, annotations) = root::folders(seeds, annotations);
            return match import::brat(&seeds, &annotations, &dir) {
                Ok(summary) => {
                    out!("{summary}");
                    ExitCode::SUCCESS
                }
                Err(found) => {
                    for d in &found {
                        errln!("{}", output::diagnostic(d, style.color_err));
                    }
                    errln!("import: nothing was written ({} {})", found.len(), if found.len() == 1 { "problem" } else { "problems" });
                    ExitCode::FAILURE
                }
            };
        }
        Command::Trace { id, doc, format, seeds, annotations } => {
            let (seeds, annotations) = root::folders(seeds, annotations);
            let json = format == Format::Json;
            let format = if json { trace::Format::Json } else { trace::Format::Text };
            return match trace::trace(&seeds, &annotations, &id, doc.as_deref(), format) {
                Ok(out) => {
                    out!("{out}");
                    ExitCode::SUCCESS
                }
                Err(d) if json => {
                    out!("{}", output::fatal_json("trace", &d));
                    ExitCode::FAILURE
                }
                Err(d) => {
                    errln!("{}", output::diagnostic(&d, style.color_err));
                    ExitCode::FAILURE
                }
            };
        }
    };
    let json = paths.format == Format::Json;
    let (seeds, annotations) = root::folders(paths.seeds, paths.annotations);
    if style.verbosity == Verbosity::Verbose && !json {
        errln!("note: seeds {}, annotations {}", pipeline::paths::display(&seeds), pipeline::paths::display(&annotations));
    }
    let options = Options {
        seeds,
        annotations,
        jobs: paths.jobs.map(usize::from),
        progress: style.verbosity > Verbosity::Quiet,
        deep,
        shard: paths.shard,
        prune,
        started: None,
        before_corpus: Some(give_memory_back_at_once),
    };
    let started = Instant::now();
    match engine::execute(mode, &options) {
        Ok(report) => {
            let elapsed = (mode != Mode::Status).then(|| started.elapsed());
            if json {
                out!("{}", output::json(mode, &report, elapsed));
            } else {
                let printed = output::text(mode, &report, style, elapsed);
                err!("{}", printed.stderr);
                out!("{}", printed.stdout);
            }
            ExitCode::from(output::exit_code(&report))
        }
        Err(fatal) if json => {
            out!("{}", output::fatal_json(output::mode_name(mode), &fatal));
            ExitCode::from(2)
        }
        Err(fatal) => {
            errln!("{}", output::diagnostic(&fatal, style.color_err));
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

/// `pipeline report`: exit 0 when the site was written, 1 when the annotations cannot
/// make one, 2 when the command could not start (a bad --out).
fn report(args: &pipeline::site::Args, style: &output::Style) -> ExitCode {
    match pipeline::site::run(args) {
        Ok(summary) => {
            if style.verbosity > Verbosity::Quiet {
                out!("{summary}\n");
            }
            ExitCode::SUCCESS
        }
        Err(d) => {
            errln!("{}", output::diagnostic(&d, style.color_err));
            ExitCode::from(if d.kind == pipeline::diag::Kind::Usage { 2 } else { 1 })
        }
    }
}

/// The glue between the arguments and the library's output.
mod cli {
    use super::{emit, Color, Global};
    use pipeline::diag::{Diagnostic, Kind};
    use pipeline::output::{self, ColorChoice, Style, Verbosity};
    use std::io::IsTerminal;
    use std::process::ExitCode;

    pub fn style(global: &Global) -> Style {
        let choice = match global.color {
            Color::Auto => ColorChoice::Auto,
            Color::Always => ColorChoice::Always,
            Color::Never => ColorChoice::Never,
        };
        let no_color = std::env::var("NO_COLOR").ok();
        let verbosity = match (global.quiet, global.verbose) {
            (true, _) => Verbosity::Quiet,
            (_, true) => Verbosity::Verbose,
            _ => Verbosity::Normal,
        };
        Style {
            color_out: choice.enabled(std::io::stdout().is_terminal(), no_color.as_deref()),
            color_err: choice.enabled(std::io::stderr().is_terminal(), no_color.as_deref()),
            verbosity,
        }
    }

    /// Arguments clap refuses: as JSON when the command line asks for JSON, else as
    /// clap prints them (help and version too); exit 2.
    pub fn parse_error(e: clap::Error) -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let wants_json = args.iter().enumerate().any(|(i, a)| {
            a == "--format=json" || a == "--message-format=json" || ((a == "--format" || a == "--message-format") && args.get(i + 1).is_some_and(|v| v == "json"))
        });
        let printed = matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand);
        if !wants_json || printed {
            e.exit();
        }
        let command = args.iter().find(|a| !a.starts_with('-')).map_or("pipeline", String::as_str);
        let message = e.kind().to_string();
        let rendered = e.render().to_string();
        let detail = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
        let d = Diagnostic::new(Kind::Usage, "pipeline", if detail.is_empty() { message } else { detail }).help("see `pipeline --help`");
        out!("{}", output::fatal_json(command, &d));
        ExitCode::from(2)
    }
}
