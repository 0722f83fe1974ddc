//! Diagnostics: every problem the tool finds, for people first.
//!
//! A diagnostic names the file (and line and column where it has them), says what is
//! wrong, and says what to do. They are collected, never first-only: a run reports every
//! problem it met. The first line of each is `path[:line[:col]]: kind: message`, one line
//! a problem, so a CI log can be grepped; where a source line is known, a rustc-style
//! excerpt with a caret follows, indented.

use std::fmt;

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
    fn label(self) -> &'static str {
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
    /// The file, as the tool prints paths (relative).
    pub path: String,
    /// 1-based line and column, when known.
    pub at: Option<(usize, usize)>,
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
        Diagnostic { kind, path: path.into(), at: None, message: message.into(), excerpt: None, help: None }
    }

    /// Adds what to do.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Points at `line` and `col` (1-based) of `source`, underlining `width` characters.
    pub fn at(mut self, source: &str, line: usize, col: usize, width: usize) -> Diagnostic {
        self.at = Some((line, col));
        if let Some(text) = source.lines().nth(line.saturating_sub(1)) {
            self.excerpt = Some((text.to_string(), width.max(1)));
        }
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some((line, col)) = self.at {
            write!(f, ":{line}:{col}")?;
        }
        write!(f, ": {}: {}", self.kind.label(), self.message)?;
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

/// Finds where `value` stands as the value of `key` in YAML `source`, counting the
/// `nth` (0-based) such place: `(line, column)`, 1-based, of the value.
///
/// Hand-edited files may quote values or reflow them, so this looks for lines that hold
/// `key:` followed by the value in any quoting; it is how a problem found in parsed data
/// is pointed back at the line a person wrote.
pub fn locate(source: &str, key: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    let mut seen = 0;
    for (i, line) in source.lines().enumerate() {
        let Some(k) = find_key(line, key) else { continue };
        let after = &line[k + key.len() + 1..];
        let Some(v) = after.find(value) else { continue };
        let between = after[..v].trim_matches(|c: char| c == ' ' || c == '"' || c == '\'');
        if !between.is_empty() {
            continue;
        }
        if seen == nth {
            let col = line[..k + key.len() + 1 + v].chars().count() + 1;
            return Some((i + 1, col));
        }
        seen += 1;
    }
    None
}

fn find_key(line: &str, key: &str) -> Option<usize> {
    let pattern = format!("{key}:");
    let at = line.find(&pattern)?;
    let before = line[..at].trim_start_matches([' ', '-', '{']);
    (before.is_empty() || before.ends_with(", ") || before.ends_with(',')).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_a_value_under_its_key_in_any_quoting() {
        let src = "quotes:\n  - id: q-a\n    span: 1..5\n  - id: q-b\n    span: \"7..9\"\n";
        assert_eq!(locate(src, "span", "7..9", 0), Some((5, 12)));
        assert_eq!(locate(src, "id", "q-a", 0), Some((2, 9)));
        assert_eq!(locate(src, "id", "q-a", 1), None);
    }

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
}
