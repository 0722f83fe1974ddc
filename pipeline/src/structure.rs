//! Every structural problem of an annotation file that serde refuses, each pointed at the
//! value it is about: syntax errors, duplicate keys, unknown and missing fields, values
//! of the wrong type, spans that do not parse.
//!
//! serde stops at the first problem of a document. So that one broken item does not hide
//! the others, the file is read again as a [`Tree`] of located nodes and checked piece by
//! piece, still by serde and the contract's types (they stay the only definition of what
//! is valid): the elements of each list in small documents that hold only them and the
//! keys leading down to them. serde reads a list in order, so when it refuses one, the
//! elements before it are fine. A refused element is checked field by field: its own
//! fields first (its lists left empty), dropping each field serde names and asking
//! again, then the elements of its lists the same way. serde names the path of each
//! problem (`quotes[3].span`), which the tree turns into the bytes of the file.
//!
//! Only a file serde refuses is read this way. Each element is asked about once in a
//! small document with its neighbours, a refused one a bounded number of times more, so
//! the cost stays linear in the size of the file (a test holds a megabyte with thousands
//! of problems takes under a second in a release build; a test keeps it in bounds).

use crate::diag::{self, Diagnostic, Kind, Lines, Severity};
use crate::yaml_pos::{self, NodeId, Scalar, Seg, Tree, Value, MAX_DEPTH};
use serde::de::{DeserializeOwned, IgnoredAny};
use std::fmt::Write as _;
use std::marker::PhantomData;

const HELP_VALUE: &str = "correct the value by hand, or delete the file to have `pipeline run` write it anew";
const HELP_SYNTAX: &str = "fix the YAML by hand, or delete the file to have `pipeline run` write it anew";

/// How many times the fields of one element are asked about (one problem each).
const MAX_TRIES: usize = 32;

/// Nodes one small document may hold once aliases are expanded.
const MAX_RENDERED: usize = 1_000_000;

/// Every problem of the body of `text` (from byte `body_start`) read as `T`, which serde
/// refused with `error`; in file order, at most [`diag::MAX_PER_FILE`] and a note
/// counting the rest.
pub fn problems<T: DeserializeOwned>(shown: &str, text: &str, body_start: usize, error: &serde_yaml::Error) -> Vec<Diagnostic> {
    let body = &text[body_start..];
    let lines = Lines::new(text);
    let body_line = lines.position(body_start).0 - 1;
    // what the reader of the items sees as broken YAML: one problem, where it stopped
    if let Err(e) = serde_yaml::from_str::<IgnoredAny>(body) {
        return syntax(shown, text, body_line, &e);
    }
    let whole = || vec![whole(shown, text, body_line, error)];
    let Ok(tree) = Tree::parse(body, body_start) else { return whole() };
    let mut found: Vec<Problem> = tree
        .duplicate_keys()
        .into_iter()
        .map(|(first, again)| Problem {
            node: again,
            message: format!(
                "duplicate key `{}` (the first is on line {})",
                tree.scalar(again).unwrap_or_default(),
                lines.position(tree.node(first).start).0
            ),
            help: "keep one of them",
        })
        .collect();
    let mut pass = Pass::<T> { tree: &tree, found: Vec::new(), _items: PhantomData };
    if let Some(root) = tree.root().filter(|&r| matches!(tree.node(r).value, Value::Map(_))) {
        pass.target(&mut Vec::new(), root, None);
    }
    found.extend(pass.found);
    if found.is_empty() {
        return whole();
    }
    found.sort_by(|a, b| tree.node(a.node).start.cmp(&tree.node(b.node).start).then_with(|| a.message.cmp(&b.message)));
    found.dedup_by(|a, b| a.node == b.node && a.message == b.message);
    let located = found.into_iter().map(|p| {
        let node = tree.node(p.node);
        Diagnostic::new(Kind::Invalid, shown, p.message).help(p.help).at_span(&lines, node.start, node.end)
    });
    diag::capped(located.collect())
}

/// A problem the pass found, at a node.
struct Problem {
    node: NodeId,
    message: String,
    help: &'static str,
}

/// serde's error without its location (` at line 3 column 5`).
fn strip_location(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) if message[at + 9..].split(" column ").all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) => {
            &message[..at]
        }
        _ => message,
    }
}

/// The whole file's error, as serde gave it: where the pass finds nothing more precise.
fn whole(shown: &str, text: &str, body_line: usize, error: &serde_yaml::Error) -> Diagnostic {
    let message = error.to_string();
    let d = Diagnostic::new(Kind::Invalid, shown, format!("does not parse: {}", strip_location(&message))).help(HELP_SYNTAX);
    match error.location() {
        Some(loc) => d.at(text, loc.line() + body_line, loc.column(), 1),
        None => d,
    }
}

/// A syntax error: where the YAML reader stopped, and where what it was reading started
/// (`while parsing a flow sequence at line 3 column 11`), as a note.
fn syntax(shown: &str, text: &str, body_line: usize, error: &serde_yaml::Error) -> Vec<Diagnostic> {
    let message = error.to_string();
    let (what, context) = match message.split_once(", while ") {
        Some((what, context)) => (what, Some(format!("while {context}"))),
        None => (message.as_str(), None),
    };
    let mut d = Diagnostic::new(Kind::Invalid, shown, format!("does not parse: {}", strip_location(what))).help(HELP_SYNTAX);
    if let Some(loc) = error.location() {
        d = d.at(text, loc.line() + body_line, loc.column(), 1);
    }
    let mut out = vec![d];
    let note = context.and_then(|c| {
        let (doing, at) = c.rsplit_once(" at line ")?;
        let (line, col) = at.split_once(" column ")?;
        let (line, col): (usize, usize) = (line.parse().ok()?, col.trim().parse().ok()?);
        let doing = doing.replacen(" a ", " the ", 1);
        Some(Diagnostic::new(Kind::Invalid, shown, format!("{doing} that starts here")).severity(Severity::Note).at(text, line + body_line, col, 1))
    });
    out.extend(note);
    out
}

/// One step down from the document: a mapping and the entry taken, or a sequence and
/// the elements taken, `first..first + count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Step {
    node: NodeId,
    first: usize,
    count: usize,
}

/// The way down from the document to the elements a small document is made for.
type Chain = Vec<Step>;

/// How many elements of a list one small document holds at most. After a refused
/// element the next document holds one, and each one taken doubles the next.
const MAX_TAKEN: usize = 256;

/// What serde said about a small document, turned back into the tree.
struct Failure {
    /// The node it is about: the deepest node of its path that the tree has.
    node: NodeId,
    /// When the node is the value of a mapping entry: the mapping and the entry.
    entry: Option<(NodeId, usize)>,
    /// Whether the path reaches the elements the document was made for (or lies inside
    /// one), rather than stopping at one of the mappings leading down to them.
    within: bool,
    /// The element it is about, when the last step down is a list: its index there.
    element: Option<usize>,
    /// Its path, with the file's indices.
    path: String,
    /// serde's message without path and location.
    message: String,
}

struct Pass<'t, T> {
    tree: &'t Tree,
    found: Vec<Problem>,
    _items: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> Pass<'_, T> {
    /// Checks `target`, reached by `chain`, which serde refused (with `refused`, unless
    /// it is the document itself): its own fields, then each element of its lists.
    fn target(&mut self, chain: &mut Chain, target: NodeId, refused: Option<Failure>) {
        let before = self.found.len();
        self.fields(chain);
        for (steps, seq) in self.lists(target) {
            let Value::Seq(items) = &self.tree.node(seq).value else { continue };
            let len = chain.len();
            chain.extend_from_slice(&steps);
            // elements are asked about several at a time, fewer after each refused one:
            // serde reads them in order, so the elements before the one it names are fine
            let (mut i, mut taken) = (0, 1);
            while i < items.len() {
                let count = taken.min(items.len() - i);
                chain.push(Step { node: seq, first: i, count });
                let failure = self.ask(chain, false, &[]);
                chain.pop();
                match failure.filter(|f| f.within).and_then(|f| Some((f.element?, f))) {
                    Some((k, f)) if (i..i + count).contains(&k) => {
                        chain.push(Step { node: seq, first: k, count: 1 });
                        self.target(chain, items[k], Some(f));
                        chain.pop();
                        (i, taken) = (k + 1, 1);
                    }
                    // taken, or refused for the mappings above them only (the fields
                    // left out of them): serde said so after reading the elements
                    _ => (i, taken) = (i + count, (taken * 2).min(MAX_TAKEN)),
                }
            }
            chain.truncate(len);
        }
        // never lose a problem serde found, even where the pieces say nothing
        if self.found.len() == before {
            if let Some(f) = refused.filter(|f| f.within) {
                self.record(&f, HELP_VALUE);
            }
        }
    }

    /// The problems of the own fields of the element at the end of `chain`: its lists
    /// left empty, each field serde names dropped before asking again.
    fn fields(&mut self, chain: &Chain) {
        let mut dropped: Vec<(NodeId, usize)> = Vec::new();
        for _ in 0..MAX_TRIES {
            let Some(f) = self.ask(chain, true, &dropped) else { return };
            if !f.within {
                return;
            }
            if let Some(field) = quoted_name(&f.message, "unknown field `") {
                let entry = self.tree.entry(f.node, field);
                match entry {
                    Some(i) if !dropped.contains(&(f.node, i)) => {
                        let Value::Map(entries) = &self.tree.node(f.node).value else { return };
                        self.found.push(Problem { node: entries[i].0, message: labelled(&f.path, &f.message), help: "correct the key, or remove it" });
                        dropped.push((f.node, i));
                        continue;
                    }
                    _ => {
                        self.record(&f, "correct the key, or remove it");
                        return;
                    }
                }
            }
            if let Some(field) = quoted_name(&f.message, "missing field `") {
                // a field dropped above is missing because of that, not to report
                let ours = self.tree.entry(f.node, field).is_some_and(|i| dropped.contains(&(f.node, i)));
                if !ours {
                    self.record(&f, "add it");
                }
                return;
            }
            if f.message.starts_with("duplicate field `") {
                return; // reported from the tree, at the second occurrence
            }
            let emptied = matches!(&self.tree.node(f.node).value, Value::Seq(items) if !items.is_empty());
            if !(emptied && f.message.starts_with("invalid length 0")) {
                self.record(&f, HELP_VALUE);
            }
            match f.entry {
                Some(entry) if !dropped.contains(&entry) => dropped.push(entry),
                _ => return,
            }
        }
    }

    fn record(&mut self, f: &Failure, help: &'static str) {
        self.found.push(Problem { node: f.node, message: labelled(&f.path, &f.message), help });
    }

    /// The lists inside `target` that are reached through mappings only (`target` itself
    /// when it is a list), with the steps down to each.
    fn lists(&self, target: NodeId) -> Vec<(Chain, NodeId)> {
        let mut out = Vec::new();
        let mut todo = vec![(Vec::new(), target)];
        while let Some((steps, id)) = todo.pop() {
            match &self.tree.node(id).value {
                Value::Seq(_) => out.push((steps, id)),
                Value::Map(entries) => {
                    for (i, &(k, v)) in entries.iter().enumerate().rev() {
                        if self.first_of_key(id, i, k) {
                            let mut deeper = steps.clone();
                            deeper.push(Step { node: id, first: i, count: 1 });
                            todo.push((deeper, v));
                        }
                    }
                }
                Value::Scalar(_) | Value::Alias(_) => {}
            }
        }
        out
    }

    fn first_of_key(&self, map: NodeId, i: usize, key: NodeId) -> bool {
        self.tree.scalar(key).is_none_or(|k| self.tree.entry(map, k) == Some(i))
    }

    /// Reads the small document for the elements at the end of `chain` as `T`: `None` when serde takes it (or the
    /// document cannot be made), else what serde said, turned back into the tree.
    fn ask(&self, chain: &Chain, shallow: bool, dropped: &[(NodeId, usize)]) -> Option<Failure> {
        let mut render = Render { tree: self.tree, chain, shallow, dropped, budget: MAX_RENDERED, out: String::new() };
        let root = self.tree.root()?;
        render.body(root, 0, 0)?;
        let doc = render.out;
        let error = serde_yaml::from_str::<T>(&doc).err()?;
        let text = error.to_string();
        let text = strip_location(&text);
        let (path, message) = match text.split_once(": ") {
            Some((path, message)) if !path.contains(' ') && yaml_pos::parse_path(path).is_some() => (path, message),
            _ => (".", text),
        };
        if path == "." && serde_yaml::from_str::<IgnoredAny>(&doc).is_err() {
            debug_assert!(false, "a document made for checking does not parse:\n{doc}\n{text}");
            return None;
        }
        let segs = yaml_pos::parse_path(path)?;
        Some(self.locate(chain, &segs, message))
    }

    /// Follows serde's path in the small document back to the tree: the steps of
    /// `chain` (where the small document holds only the entry or elements taken), then
    /// inside the element.
    fn locate(&self, chain: &Chain, segs: &[Seg], message: &str) -> Failure {
        let tree = self.tree;
        let mut at = tree.root().expect("a document was made");
        let mut real: Vec<Seg> = Vec::new();
        let (mut entry, mut element) = (None, None);
        let mut level = 0;
        for &seg in segs {
            if let Some(step) = chain.get(level) {
                let next = match (&tree.node(step.node).value, seg) {
                    (Value::Map(entries), Seg::Key(k)) if tree.scalar(entries[step.first].0) == Some(k) => {
                        entry = Some((step.node, step.first));
                        real.push(seg);
                        entries[step.first].1
                    }
                    (Value::Seq(items), Seg::Index(j)) if j < step.count => {
                        entry = None;
                        element = Some(step.first + j);
                        real.push(Seg::Index(step.first + j));
                        items[step.first + j]
                    }
                    _ => break,
                };
                at = next;
                level += 1;
                continue;
            }
            if matches!(tree.node(at).value, Value::Alias(_)) {
                break;
            }
            let Some(next) = tree.child(at, seg) else { break };
            entry = match seg {
                Seg::Key(k) => tree.entry(at, k).map(|i| (at, i)),
                Seg::Index(_) => None,
            };
            real.push(seg);
            at = next;
        }
        let within = level == chain.len();
        let element = element.filter(|_| within && chain.last().is_some_and(|s| matches!(tree.node(s.node).value, Value::Seq(_))));
        Failure { node: at, entry, within, element, path: yaml_pos::show(&real), message: message.to_string() }
    }
}

/// `quotes[3]: message`, or the message alone for the document itself.
fn labelled(path: &str, message: &str) -> String {
    if path == "." {
        message.to_string()
    } else {
        format!("{path}: {message}")
    }
}

/// The name in backticks after `prefix` at the start of `message`.
fn quoted_name<'m>(message: &'m str, prefix: &str) -> Option<&'m str> {
    let rest = message.strip_prefix(prefix)?;
    rest.split_once('`').map(|(name, _)| name)
}

/// Writes the small document for some elements of a list, in block style: the mappings
/// and lists leading down to them with only the entry or elements taken, then the
/// elements themselves, whole or (`shallow`) with their lists left empty.
struct Render<'a> {
    tree: &'a Tree,
    chain: &'a Chain,
    shallow: bool,
    dropped: &'a [(NodeId, usize)],
    budget: usize,
    out: String,
}

impl Render<'_> {
    /// The entries of mapping `id` (or the elements of sequence `id`), one a line at
    /// `indent`. `level` is how far down `chain` `id` stands (`chain.len()` once inside
    /// the element).
    fn body(&mut self, id: NodeId, indent: usize, level: usize) -> Option<()> {
        let tree = self.tree;
        let next = (level + 1).min(self.chain.len());
        match &tree.node(id).value {
            Value::Map(entries) => {
                let taken: Vec<usize> = match self.chain.get(level) {
                    Some(step) => vec![step.first],
                    None => self.entries(id).collect(),
                };
                if taken.is_empty() {
                    self.pad(indent);
                    self.out.push_str("{}\n");
                }
                for i in taken {
                    let (k, v) = entries[i];
                    self.pad(indent);
                    self.key(k);
                    self.out.push(':');
                    self.after(v, indent + 2, next)?;
                }
            }
            Value::Seq(items) => {
                let taken = match self.chain.get(level) {
                    Some(step) => step.first..step.first + step.count,
                    None => 0..items.len(),
                };
                for i in taken {
                    self.pad(indent);
                    self.out.push('-');
                    self.after(items[i], indent + 2, next)?;
                }
            }
            Value::Scalar(_) | Value::Alias(_) => return None,
        }
        Some(())
    }

    /// The entries of mapping `id` that go into the document: the first of each key,
    /// not dropped.
    fn entries(&self, id: NodeId) -> impl Iterator<Item = usize> + '_ {
        let entries = match &self.tree.node(id).value {
            Value::Map(entries) => entries.as_slice(),
            _ => &[],
        };
        entries.iter().enumerate().filter_map(move |(i, &(k, _))| {
            let first = self.tree.scalar(k).is_none_or(|key| self.tree.entry(id, key) == Some(i));
            (first && !self.dropped.contains(&(id, i))).then_some(i)
        })
    }

    /// What follows `key:` or `-` for node `id`: a scalar on the same line, or a
    /// collection on the lines below at `indent`.
    fn after(&mut self, id: NodeId, indent: usize, level: usize) -> Option<()> {
        self.budget = self.budget.checked_sub(1)?;
        if indent > 4 * MAX_DEPTH + 8 {
            return None;
        }
        let tree = self.tree;
        let inside = level == self.chain.len();
        let node = tree.node(id);
        match &node.value {
            Value::Alias(to) if inside => return self.after(*to, indent, level),
            Value::Alias(_) => return None,
            Value::Scalar(s) => {
                if !(s.plain && s.text.is_empty() && s.tag.is_none()) {
                    self.out.push(' ');
                    self.scalar(s);
                }
                self.out.push('\n');
                return Some(());
            }
            Value::Seq(_) | Value::Map(_) => {}
        }
        if let Some(tag) = tree.collection_tag(id) {
            self.out.push(' ');
            self.out.push_str(tag);
        }
        let empty = match &node.value {
            Value::Seq(items) => items.is_empty() || (inside && self.shallow),
            _ => inside && self.entries(id).next().is_none(),
        };
        if empty {
            self.out.push_str(if matches!(node.value, Value::Seq(_)) { " []\n" } else { " {}\n" });
            return Some(());
        }
        self.out.push('\n');
        self.body(id, indent, level)
    }

    fn key(&mut self, id: NodeId) {
        match &self.tree.node(id).value {
            Value::Scalar(s) => self.scalar(s),
            // a key that is a collection names no field: serde says so
            _ => self.out.push_str("\"?\""),
        }
    }

    /// A scalar, read back as it was: plain when it was plain (only a plain scalar can
    /// be `null`, a number or a boolean), double-quoted otherwise.
    fn scalar(&mut self, s: &Scalar) {
        if let Some(tag) = &s.tag {
            self.out.push_str(tag);
            self.out.push(' ');
        }
        if s.plain && plain_as_is(&s.text) {
            self.out.push_str(&s.text);
            return;
        }
        self.out.push('"');
        for c in s.text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\u{2028}' => self.out.push_str("\\L"),
                '\u{2029}' => self.out.push_str("\\P"),
                '\u{85}' => self.out.push_str("\\N"),
                '\u{feff}' => self.out.push_str("\\uFEFF"),
                c if c.is_control() => {
                    let _ = write!(self.out, "\\u{:04X}", c as u32);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    fn pad(&mut self, indent: usize) {
        self.out.extend(std::iter::repeat_n(' ', indent));
    }
}

/// Whether a plain scalar's text (lines folded) can be written plain on one line again.
/// One that cannot holds a line break or stray blanks, so is a string either way.
fn plain_as_is(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with([' ', '\t'])
        && !text.ends_with([' ', '\t', ':'])
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::{Quotes, Segments};

    fn found<T: DeserializeOwned + std::fmt::Debug>(body: &str) -> Vec<String> {
        let error = serde_yaml::from_str::<T>(body).expect_err("the body is broken");
        problems::<T>("f.yaml", body, 0, &error).iter().map(|d| d.to_string().lines().next().unwrap().to_string()).collect()
    }

    #[test]
    fn a_broken_item_does_not_hide_the_next() {
        let body = "quotes:\n  - span: 1..2\n    text: a\n    spaker: x\n  - span: 3..4\n    text: b\n  - span: 5-6\n    text: c\n";
        assert_eq!(
            found::<Quotes>(body),
            vec![
                "f.yaml:4:5: invalid: quotes[0]: unknown field `spaker`, expected one of `id`, `kind`, `span`, `text`, `speaker`, `cue`, `quoted`, `parts`, `rule`, `confidence`",
                "f.yaml:7:11: invalid: quotes[2].span: `5-6` is not a span: write it as start..end, e.g. 12..40",
            ]
        );
    }

    #[test]
    fn every_broken_field_of_an_item_is_reported() {
        let body = "quotes:\n  - span: 1-2\n    text: [a]\n    confidence: high\n    cue: {span: 1..2, txt: x}\n";
        assert_eq!(
            found::<Quotes>(body),
            vec![
                "f.yaml:2:11: invalid: quotes[0].span: `1-2` is not a span: write it as start..end, e.g. 12..40",
                "f.yaml:3:11: invalid: quotes[0].text: invalid type: sequence, expected a string",
                "f.yaml:4:17: invalid: quotes[0].confidence: invalid type: string \"high\", expected f64",
                // the cue misses its text (a misspelt key is both unknown and missing)
                "f.yaml:5:10: invalid: quotes[0].cue: missing field `text`",
                "f.yaml:5:23: invalid: quotes[0].cue: unknown field `txt`, expected `span` or `text`",
            ]
        );
    }

    #[test]
    fn problems_inside_nested_lists_are_each_reported() {
        let body = "paragraphs:\n  - id: p-a\n    span: 0..10\n    kind: body\n    rule: r\n    sentences:\n      - 0..5\n      - 5-10\n      - x\n";
        assert_eq!(
            found::<Segments>(body),
            vec![
                "f.yaml:8:9: invalid: paragraphs[0].sentences[1]: `5-10` is not a span: write it as start..end, e.g. 12..40",
                "f.yaml:9:9: invalid: paragraphs[0].sentences[2]: `x` is not a span: write it as start..end, e.g. 12..40",
            ]
        );
    }

    #[test]
    fn a_missing_field_points_at_its_item() {
        let body = "quotes:\n  - span: 1..2\n  - span: 1..2\n    text: x\n";
        assert_eq!(found::<Quotes>(body), vec!["f.yaml:2:5: invalid: quotes[0]: missing field `text`"]);
    }

    #[test]
    fn duplicate_keys_are_reported_at_the_second_and_the_rest_still_checked() {
        let body = "quotes:\n  - span: 1..2\n    text: x\n    span: 3..4\n  - span: x\n    text: y\n";
        assert_eq!(
            found::<Quotes>(body),
            vec![
                "f.yaml:4:5: invalid: duplicate key `span` (the first is on line 2)",
                "f.yaml:5:11: invalid: quotes[1].span: `x` is not a span: write it as start..end, e.g. 12..40",
            ]
        );
    }

    #[test]
    fn a_syntax_error_is_one_problem_with_a_note_where_the_broken_part_starts() {
        let body = "quotes:\n  - span: 1..2\n    text: [x\n    speaker: y\n";
        let shown = found::<Quotes>(body);
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("f.yaml:4:") && shown[0].contains("invalid: does not parse: did not find expected ',' or ']'"), "{shown:?}");
        assert_eq!(shown[1], "f.yaml:3:11: note: while parsing the flow sequence that starts here");
    }

    #[test]
    fn the_document_itself_and_values_written_in_any_style_are_checked() {
        let body = "quotes:\n  - span: '1..2'\n    text: |\n      a: b # c\n    speaker: null\n    kind: \"sometimes\"\nextra: 1\n";
        assert_eq!(
            found::<Quotes>(body),
            vec![
                "f.yaml:6:11: invalid: quotes[0].kind: unknown variant `sometimes`, expected one of `direct`, `mixed`, `indirect`",
                "f.yaml:7:1: invalid: unknown field `extra`, expected one of `quotes`, `not_quotes`, `unresolved`",
            ]
        );
    }

    #[test]
    fn offsets_are_in_the_file_after_its_header() {
        let text = "stage: quotes\nhashes: {}\nquotes:\n  - span: 1..2\n    text: x\n    txt: x\n";
        let start = text.find("quotes:").unwrap();
        let error = serde_yaml::from_str::<Quotes>(&text[start..]).unwrap_err();
        let d = &problems::<Quotes>("f.yaml", text, start, &error)[0];
        assert_eq!(d.at, Some((6, 5)));
        assert_eq!(d.span, Some((text.find("txt").unwrap(), text.find("txt").unwrap() + 3)));
    }
}
