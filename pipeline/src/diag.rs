//! Diagnostics: every problem the tool finds, for people first.
//!
//! A diagnostic names the file (and line and column where it has them), says what is
//! wrong, and says what to do. They are collected, never first-only: a run reports every
//! problem it met (up to [`MAX_PER_FILE`] per file, and how many more). The first line
//! of each is `path[:line[:col]]: kind: message`, one line a problem, so a CI log can be
//! grepped; where a source line is known, a rustc-style excerpt with a caret under the
//! offending value follows, indented.
//!
//! Each diagnostic has a [`Severity`]. Every [`Kind`] is an error by default (each one
//! fails `pipeline check`); a warning prints `warning: kind: message` and a note, which
//! only adds context to the error before it, `note: message`.

use std::fmt;

/// How many problems of one file are shown; the rest are counted in a note.
pub const MAX_PER_FILE: usize = 100;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something is wrong: the file cannot be used as it is.
    Error,
    /// Worth a look, but nothing is wrong.
    Warning,
    /// Context for the error before it (where a bracket was opened, how many more
    /// problems there are).
    Note,
}

/// What kind of problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An annotation does not match the current seeds or code.
    Stale,
    /// An annotation file is missing.
    Missing,
    /// A hand-edited annotation breaks the contract (span, text, id, YAML).
    Invalid,
    /// A hand-edited annotation whose seed or inputs changed since the edit.
    Conflict,
    /// A seed the tool cannot read as text.
    BadSeed,
    /// An annotation folder whose seed is gone.
    Orphan,
    /// Reading or writing a file failed.
    Io,
    /// A stage produced output that breaks the contract: a bug in the stage.
    Bug,
    /// The command was asked something it cannot answer as asked.
    Usage,
}

impl Kind {
    /// The severity a problem of this kind has unless said otherwise: every kind is an
    /// error, since each one fails `pipeline check`.
    pub fn severity(self) -> Severity {
        match self {
            Kind::Stale
            | Kind::Missing
            | Kind::Invalid
            | Kind::Conflict
            | Kind::BadSeed
            | Kind::Orphan
            | Kind::Io
            | Kind::Bug
            | Kind::Usage => Severity::Error,
        }
    }

    /// The word that names the kind in a diagnostic's first line (`stale`, `i/o error`).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Stale => "stale",
            Kind::Missing => "missing",
            Kind::Invalid => "invalid",
            Kind::Conflict => "conflict",
            Kind::BadSeed => "bad seed",
            Kind::Orphan => "orphaned",
            Kind::Io => "i/o error",
            Kind::Bug => "stage bug",
            Kind::Usage => "usage",
        }
    }
}

/// One problem, located as precisely as the tool can.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of problem.
    pub kind: Kind,
    /// How serious it is ([`Kind::severity`] unless said otherwise).
    pub severity: Severity,
    /// The file, as the tool prints paths (relative).
    pub path: String,
    /// 1-based line and column (in characters) of the offending value, when known.
    pub at: Option<(usize, usize)>,
    /// The offending bytes in the file, `start..end`, when known.
    pub span: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// The offending source line and the width to underline, when known.
    pub excerpt: Option<(String, usize)>,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem with a whole file.
    pub fn new(kind: Kind, path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind,
            severity: kind.severity(),
            path: path.into(),
            at: None,
            span: None,
            message: message.into(),
            excerpt: None,
            help: None,
        }
    }

    /// The same problem with another severity.
    pub fn severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }

    /// Adds what to do.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Points at `line` and `col` (1-based, in characters) of `source`, underlining
    /// `width` characters.
    pub fn at(mut self, source: &str, line: usize, col: usize, width: usize) -> Diagnostic {
        self.at = Some((line, col));
        let mut line_start = 0;
        for (i, text) in source.split_inclusive('\n').enumerate() {
            if i + 1 == line {
                let text = text.trim_end_matches(['\n', '\r']);
                let byte = |chars: usize| text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b);
                let start = byte(col.saturating_sub(1));
                let end = byte(col.saturating_sub(1) + width).max(start);
                self.span = Some((line_start + start, line_start + end));
                self.excerpt = Some((text.to_string(), width.max(1)));
                break;
            }
            line_start += text.len();
        }
        self
    }

    /// Points at the bytes `start..end` of the file `lines` indexes: its line and column,
    /// and the excerpt with a caret under them (up to the end of the first line).
    pub fn at_span(mut self, lines: &Lines, start: usize, end: usize) -> Diagnostic {
        let (line, col) = lines.position(start);
        let text = lines.line(line);
        let line_end = lines.line_start(line) + text.len();
        let until = end.min(line_end).max(start);
        let width = lines.text.get(start..until).map_or(0, |s| s.chars().count());
        self.at = Some((line, col));
        self.span = Some((start, end.max(start)));
        self.excerpt = Some((text.to_string(), width.max(1)));
        self
    }
}

/// A file's text with where each of its lines starts: turns a byte offset into a line
/// (by binary search) and a column (counting the characters before it on its line), after
/// one pass over the file to build it.
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// Indexes the lines of `text`.
    pub fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// The text indexed.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = self.text.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        (line, col)
    }

    /// Line `line` (1-based), without its line break.
    pub fn line(&self, line: usize) -> &'a str {
        let start = self.line_start(line);
        let end = self.starts.get(line).map_or(self.text.len(), |&next| next - 1);
        let text = &self.text[start..end.max(start)];
        text.strip_suffix('\r').unwrap_or(text)
    }

    fn line_start(&self, line: usize) -> usize {
        self.starts[line.clamp(1, self.starts.len()) - 1]
    }
}

/// Keeps the first [`MAX_PER_FILE`] of one file's problems and counts the others in a
/// note after them.
pub fn capped(mut problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if problems.len() <= MAX_PER_FILE {
        return problems;
    }
    let hidden = problems.split_off(MAX_PER_FILE);
    let kind = if hidden.iter().all(|d| d.kind == Kind::Conflict) { Kind::Conflict } else { problems[0].kind };
    let path = problems[0].path.clone();
    problems.push(more(kind, path, hidden.iter().filter(|d| d.severity != Severity::Note).count()));
    problems
}

/// The note that says `hidden` more problems of the file `path` are not shown.
pub fn more(kind: Kind, path: impl Into<String>, hidden: usize) -> Diagnostic {
    let s = if hidden == 1 { "" } else { "s" };
    Diagnostic::new(kind, path, format!("{hidden} more problem{s} in this file not shown"))
        .severity(Severity::Note)
        .help(format!("the first {MAX_PER_FILE} are listed above; fix them and run again to see the rest"))
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some((line, col)) = self.at {
            write!(f, ":{line}:{col}")?;
        }
        match self.severity {
            Severity::Error => write!(f, ": {}: {}", self.kind.label(), self.message)?,
            Severity::Warning => write!(f, ": warning: {}: {}", self.kind.label(), self.message)?,
            Severity::Note => write!(f, ": note: {}", self.message)?,
        }
        if let (Some((line, col)), Some((text, width))) = (self.at, &self.excerpt) {
            let gutter = line.to_string().len();
            let pad = " ".repeat(gutter);
            let lead: String = text.chars().take(col.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            write!(f, "\n  {pad} |\n  {line} | {text}\n  {pad} | {lead}{}", "^".repeat(*width))?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc_with_a_caret_under_the_value() {
        let src = "a: 1\n    span: 1..5\n";
        let d = Diagnostic::new(Kind::Invalid, "annotations/x/quotes.yaml", "span 1..5 does not match its text")
            .at(src, 2, 11, 4)
            .help("fix the span or the text");
        assert_eq!(
            d.to_string(),
            "annotations/x/quotes.yaml:2:11: invalid: span 1..5 does not match its text\n    |\n  2 |     span: 1..5\n    |           ^^^^\n  = help: fix the span or the text"
        );
    }

    #[test]
    fn a_byte_span_gives_the_line_the_column_in_characters_and_the_caret() {
        let src = "a: 1\ntext: \"I don’t\"\nspan: 12..40\n";
        let lines = Lines::new(src);
        let start = src.find("12..40").unwrap();
        let d = Diagnostic::new(Kind::Invalid, "f.yaml", "wrong").at_span(&lines, start, start + 6);
        assert_eq!((d.at, d.span, d.severity), (Some((3, 7)), Some((start, start + 6)), Severity::Error));
        assert_eq!(d.to_string(), "f.yaml:3:7: invalid: wrong\n    |\n  3 | span: 12..40\n    |       ^^^^^^");
        // columns count characters, not bytes
        assert_eq!(lines.position(src.find("t\"").unwrap()), (2, 14));
        // a value over several lines is underlined to the end of its first
        let d = Diagnostic::new(Kind::Invalid, "f.yaml", "wrong").at_span(&lines, src.find("\"I").unwrap(), src.len());
        assert_eq!(d.excerpt, Some(("text: \"I don’t\"".to_string(), 9)));
        // and an empty one still gets a caret
        assert_eq!(Diagnostic::new(Kind::Invalid, "f", "m").at_span(&lines, 2, 2).excerpt.unwrap().1, 1);
    }

    #[test]
    fn line_and_column_give_the_same_span() {
        let src = "a: 1\n    span: 1..5\n";
        let d = Diagnostic::new(Kind::Invalid, "f", "m").at(src, 2, 11, 4);
        assert_eq!(d.span, Some((15, 19)));
        assert_eq!(&src[15..19], "1..5");
    }

    #[test]
    fn notes_and_warnings_say_so_on_their_first_line() {
        let note = Diagnostic::new(Kind::Invalid, "f.yaml", "3 more problems in this file not shown").severity(Severity::Note);
        assert_eq!(note.to_string(), "f.yaml: note: 3 more problems in this file not shown");
        let warning = Diagnostic::new(Kind::Stale, "f.yaml", "documents changed").severity(Severity::Warning);
        assert_eq!(warning.to_string(), "f.yaml: warning: stale: documents changed");
    }

    #[test]
    fn at_most_a_hundred_problems_of_a_file_are_shown_and_the_rest_counted() {
        let many: Vec<Diagnostic> = (0..250).map(|i| Diagnostic::new(Kind::Invalid, "f.yaml", format!("problem {i}"))).collect();
        let shown = capped(many);
        assert_eq!(shown.len(), MAX_PER_FILE + 1);
        assert_eq!(shown[MAX_PER_FILE].to_string().lines().next().unwrap(), "f.yaml: note: 150 more problems in this file not shown");
        assert_eq!(shown[MAX_PER_FILE].kind, Kind::Invalid);
    }
}
