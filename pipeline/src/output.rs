//! What the `pipeline` command prints: a [`Report`] as text for people (with colour on
//! a terminal) or as JSON for tools, a fatal error either way, and the exit code.
//!
//! The JSON shape is stable and documented in the README ("Machine-readable output"):
//! one object per command, `"version": 1`; fields are only ever added.

use crate::diag::{Diagnostic, Severity};
use crate::engine::Mode;
use crate::report::{Counts, Report};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::time::Duration;

/// The version of the JSON shape: bumped only if a field changes meaning or goes.
pub const JSON_VERSION: u32 = 1;

/// How much to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Problems only (`-q`).
    Quiet,
    /// The default.
    Normal,
    /// Everything, with every problem in full (`-v`).
    Verbose,
}

/// `--color`: as cargo's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set (to anything but the empty string).
    Auto,
    /// Always, even into a pipe or a file.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that `is_terminal` or not, with the `NO_COLOR`
    /// environment variable's value `no_color`.
    pub fn enabled(self, is_terminal: bool, no_color: Option<&str>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(str::is_empty),
        }
    }
}

/// What a command prints, by stream.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Printed {
    /// For standard output.
    pub stdout: String,
    /// For standard error.
    pub stderr: String,
}

/// How to print text: colour per stream, and how much.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Colour what goes to standard output.
    pub color_out: bool,
    /// Colour what goes to standard error.
    pub color_err: bool,
    /// How much to say.
    pub verbosity: Verbosity,
}

/// The exit code of `run`, `check` and `status`: 0 when every annotation file is fresh
/// (or a valid hand edit) and nothing else is wrong, 1 otherwise.
pub fn exit_code(report: &Report) -> u8 {
    u8::from(!report.is_clean())
}

/// `1 document`, `2 documents`.
pub fn count(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// What the files of a stage (or of all stages) are, for `check` and `status`: each
/// file in exactly one bucket, in this order, so that the buckets add up to the files.
pub fn buckets(c: &Counts) -> [(usize, &'static str); 7] {
    [
        (c.cached, "fresh"),
        (c.kept - c.unresolved, "hand-edited"),
        (c.stale, "stale"),
        (c.missing, "missing"),
        (c.invalid, "invalid"),
        (c.conflict, "in conflict"),
        (c.blocked, "blocked"),
    ]
}

/// The counts of every stage added up.
pub fn total(report: &Report) -> Counts {
    let mut all = Counts::default();
    for (_, c) in &report.stages {
        all.add(c);
    }
    all
}

/// A report as text, for `run`, `check` or `status`; `elapsed` ends the summary of
/// `run` and `check` (`Finished 5 documents in 0.4s`).
pub fn text(mode: Mode, report: &Report, style: Style, elapsed: Option<Duration>) -> Printed {
    match mode {
        Mode::Status => status_text(report, style),
        Mode::Run | Mode::Check => run_text(mode, report, style, elapsed),
    }
}

fn run_text(mode: Mode, report: &Report, style: Style, elapsed: Option<Duration>) -> Printed {
    let mut p = Printed::default();
    if style.verbosity > Verbosity::Quiet {
        for note in &report.notes {
            let _ = writeln!(p.stderr, "{}: {note}", paint("note", NOTE, style.color_err));
        }
    }
    for problem in &report.problems {
        let _ = writeln!(p.stderr, "{}", diagnostic(problem, style.color_err));
    }
    if style.verbosity == Verbosity::Quiet {
        if !report.is_clean() {
            let _ = writeln!(p.stdout, "{}: {}", mode_name(mode), count(report.problems.len(), "problem"));
        }
        return p;
    }
    let width = report.stages.iter().map(|(name, _)| name.len() + 1).max().unwrap_or(0);
    for (name, c) in &report.stages {
        let mut parts = match mode {
            Mode::Run => vec![format!("{} ran", c.ran), format!("{} cached", c.cached), format!("{} kept from hand edits", c.kept)],
            Mode::Check | Mode::Status => vec![format!("{} fresh", c.cached), format!("{} stale", c.stale), format!("{} hand-edited", c.kept)],
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
        let _ = writeln!(p.stdout, "{:<width$} {}", format!("{name}:"), parts.join(", "));
    }
    let problems = count(report.problems.len(), "problem");
    match mode {
        Mode::Check if report.is_clean() => {
            let _ = writeln!(p.stdout, "check: {}, all annotations fresh and valid", count(report.docs, "document"));
        }
        Mode::Check => {
            let _ = writeln!(p.stdout, "check: {problems}");
        }
        _ if !report.is_clean() => {
            let _ = writeln!(p.stdout, "run: {problems}, listed above");
        }
        _ => {}
    }
    if let Some(elapsed) = elapsed {
        let _ = writeln!(p.stdout, "{} {} in {}", paint("Finished", GOOD, style.color_out), count(report.docs, "document"), seconds(elapsed));
    }
    p
}

/// `2.3s`, `0.04s`, `75s`.
pub fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 0.1 {
        format!("{s:.2}s")
    } else if s < 60.0 {
        format!("{s:.1}s")
    } else {
        format!("{s:.0}s")
    }
}

fn status_text(report: &Report, style: Style) -> Printed {
    let mut p = Printed::default();
    let color = style.color_out;
    if style.verbosity > Verbosity::Quiet {
        for note in &report.notes {
            let _ = writeln!(p.stdout, "{}: {note}", paint("note", NOTE, color));
        }
    }
    for problem in &report.problems {
        let full = diagnostic(problem, color);
        if style.verbosity == Verbosity::Verbose {
            let _ = writeln!(p.stdout, "{full}");
        } else {
            // the first line of each: `path: kind: message`
            let _ = writeln!(p.stdout, "{}", full.lines().next().unwrap_or_default());
        }
    }
    if style.verbosity > Verbosity::Quiet {
        for file in &report.edited {
            let _ = writeln!(p.stdout, "{}: {}", file.path, paint("hand-edited", NOTE, color));
            match &file.changes {
                Ok(changes) if changes.is_empty() => {
                    let _ = writeln!(p.stdout, "  (no change to the items: only formatting or comments)");
                }
                Ok(changes) => changes.iter().for_each(|c| {
                    let _ = writeln!(p.stdout, "  {c}");
                }),
                Err(why) => {
                    let _ = writeln!(p.stdout, "  (changes cannot be listed: {why})");
                }
            }
        }
    }
    let all = total(report);
    let parts: Vec<String> = buckets(&all).iter().filter(|(n, what)| *n > 0 || *what == "fresh").map(|(n, what)| format!("{n} {what}")).collect();
    let mut summary = parts.join(", ");
    if !report.is_clean() {
        let _ = write!(summary, "; {} listed above", count(report.problems.len(), "problem"));
    }
    let files = count(report.files, "annotation file");
    let _ = writeln!(p.stdout, "status: {}, {files}: {summary}", count(report.docs, "document"));
    p
}

/// The command's name: `run`, `check`, `status`.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Run => "run",
        Mode::Check => "check",
        Mode::Status => "status",
    }
}

const ERROR: &str = "1;31";
const WARNING: &str = "1;33";
const NOTE: &str = "1;36";
const GOOD: &str = "1;32";
const GUTTER: &str = "1;34";

/// `text` in the ANSI style `code` when `on`.
pub fn paint(text: &str, code: &str, on: bool) -> String {
    if on {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// A diagnostic as [`Diagnostic`]'s `Display` prints it, coloured when `color` (the
/// kind red for an error, yellow for a warning, cyan for a note; the gutter blue, the
/// caret in the kind's colour).
pub fn diagnostic(d: &Diagnostic, color: bool) -> String {
    let plain = d.to_string();
    if !color {
        return plain;
    }
    let code = match d.severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Note => NOTE,
    };
    let mut out = String::new();
    for (i, line) in plain.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if i == 0 {
            // `path[:l:c]: kind: message`: the kind (and `warning`/`note`) coloured
            let head = d.path.len() + d.at.map_or(0, |(l, c)| format!(":{l}:{c}").len());
            let (loc, rest) = line.split_at(head.min(line.len()));
            let rest = rest.strip_prefix(": ").unwrap_or(rest);
            let (label, message) = rest.split_once(": ").unwrap_or((rest, ""));
            let _ = write!(out, "{}: {}: {message}", paint(loc, "1", true), paint(label, code, true));
        } else if let Some(help) = line.strip_prefix("  = help: ") {
            let _ = write!(out, "  {} {help}", paint("= help:", "1", true));
        } else if let Some((gutter, rest)) = line.split_once(" |") {
            let caret = rest.trim_start().starts_with('^');
            let rest = if caret { rest.replace('^', &paint("^", code, true)) } else { rest.to_string() };
            let _ = write!(out, "{}{rest}", paint(&format!("{gutter} |"), GUTTER, true));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// A diagnostic as JSON: `severity`, `kind`, `path`, `line`, `column`, `start`, `end`
/// (bytes in the file), `message`, `help`, and `rendered` (the text a person sees).
pub fn diagnostic_json(d: &Diagnostic) -> Value {
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    };
    json!({
        "severity": severity,
        "kind": d.kind.label(),
        "path": d.path,
        "line": d.at.map(|(l, _)| l),
        "column": d.at.map(|(_, c)| c),
        "start": d.span.map(|(s, _)| s),
        "end": d.span.map(|(_, e)| e),
        "message": d.message,
        "help": d.help,
        "rendered": d.to_string(),
    })
}

/// A report as one JSON object (see the README for the shape).
pub fn json(mode: Mode, report: &Report, elapsed: Option<Duration>) -> String {
    let stages: Vec<Value> = report
        .stages
        .iter()
        .map(|(name, c)| {
            let mut v = counts_json(c);
            v["name"] = json!(name);
            v
        })
        .collect();
    let all = total(report);
    let files: serde_json::Map<String, Value> = buckets(&all).iter().map(|(n, what)| (what.replace([' ', '-'], "_"), json!(n))).collect();
    let edited: Vec<Value> = report
        .edited
        .iter()
        .map(|f| match &f.changes {
            Ok(changes) => json!({"path": f.path, "changes": changes}),
            Err(why) => json!({"path": f.path, "changes": null, "why_not_listed": why}),
        })
        .collect();
    let value = json!({
        "version": JSON_VERSION,
        "command": mode_name(mode),
        "ok": report.is_clean(),
        "documents": report.docs,
        "files": report.files,
        "by_state": files,
        "stages": stages,
        "problems": report.problems.iter().map(diagnostic_json).collect::<Vec<_>>(),
        "notes": report.notes,
        "edited": edited,
        "elapsed_seconds": elapsed.map(|d| (d.as_secs_f64() * 1000.0).round() / 1000.0),
    });
    serde_json::to_string_pretty(&value).expect("JSON values serialize") + "\n"
}

fn counts_json(c: &Counts) -> Value {
    json!({
        "ran": c.ran, "unchanged": c.unchanged, "cached": c.cached, "kept": c.kept, "carried": c.carried,
        "stale": c.stale, "missing": c.missing, "invalid": c.invalid, "conflict": c.conflict, "blocked": c.blocked,
    })
}

/// A command that could not start (or could not be parsed), as JSON: `ok` false and the
/// `error` as a diagnostic.
pub fn fatal_json(command: &str, error: &Diagnostic) -> String {
    let value = json!({"version": JSON_VERSION, "command": command, "ok": false, "error": diagnostic_json(error)});
    serde_json::to_string_pretty(&value).expect("JSON values serialize") + "\n"
}

/// Who the documents say said a claim: `john-legend in 002_x; kanye-west in 001_y`.
pub fn who_says(speakers: &std::collections::BTreeMap<String, Vec<String>>) -> String {
    speakers.iter().map(|(s, docs)| format!("{s} in {}", docs.join(", "))).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Kind;

    #[test]
    fn colour_follows_the_flag_the_terminal_and_no_color() {
        assert!(ColorChoice::Auto.enabled(true, None));
        assert!(ColorChoice::Auto.enabled(true, Some("")));
        assert!(!ColorChoice::Auto.enabled(true, Some("1")));
        assert!(!ColorChoice::Auto.enabled(false, None));
        assert!(ColorChoice::Always.enabled(false, Some("1")));
        assert!(!ColorChoice::Never.enabled(true, None));
    }

    #[test]
    fn a_coloured_diagnostic_reads_the_same_once_the_colour_is_stripped() {
        let src = "a: 1\n    span: 1..5\n";
        let d = Diagnostic::new(Kind::Invalid, "annotations/x/quotes.yaml", "span 1..5 does not match: its text").at(src, 2, 11, 4).help("fix it");
        let coloured = diagnostic(&d, true);
        assert!(coloured.contains("\x1b[1;31minvalid\x1b[0m"), "{coloured:?}");
        assert_eq!(strip(&coloured), d.to_string());
        assert_eq!(diagnostic(&d, false), d.to_string());
        let note = Diagnostic::new(Kind::Invalid, "f.yaml", "3 more").severity(Severity::Note);
        assert_eq!(strip(&diagnostic(&note, true)), note.to_string());
    }

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn one_is_singular() {
        assert_eq!(count(1, "document"), "1 document");
        assert_eq!(count(0, "document"), "0 documents");
        assert_eq!(count(16, "annotation file"), "16 annotation files");
    }

    #[test]
    fn elapsed_time_is_short() {
        assert_eq!(seconds(Duration::from_millis(2300)), "2.3s");
        assert_eq!(seconds(Duration::from_millis(42)), "0.04s");
        assert_eq!(seconds(Duration::from_secs(75)), "75s");
    }
}
