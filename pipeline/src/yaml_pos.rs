//! A position-aware YAML reader: a document as a tree whose every node carries its byte
//! span in the file, so that a problem found in parsed items (or by serde) is pointed at
//! the exact value a person wrote.
//!
//! Items are read by serde (`yaml_serde`) as always; this tree is only built when there
//! is a problem to locate, so a file without one costs nothing more. It is built from
//! `saphyr-parser`'s events, each of which carries a start and an end marker. Markers
//! count characters; they are turned into byte offsets here, in one pass.
//!
//! A node is found by its path in the document, as serde and the checks name it:
//! `quotes[3].speaker` is `[Key("quotes"), Index(3), Key("speaker")]`.

use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Nesting deeper than this is refused (serde refuses it too).
pub const MAX_DEPTH: usize = 128;

/// The index of a node in its [`Tree`].
pub type NodeId = usize;

/// One step of a path: a mapping key, or an index into a sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    /// The value of this key in a mapping.
    Key(&'a str),
    /// The element at this index (0-based) of a sequence.
    Index(usize),
}

/// A path as serde prints it: `quotes[3].speaker`; `.` for the document itself.
pub fn show(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => {
                let _ = write!(out, "[{i}]");
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// A path in the form [`show`] prints (and serde's errors start with), parsed back; `None`
/// when `text` is not one. Keys are what serde names fields by: letters, digits, `_`, `-`.
pub fn parse_path(text: &str) -> Option<Vec<Seg<'_>>> {
    if text == "." {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    let mut rest = text;
    let is_key = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']')?;
            out.push(Seg::Index(after[..close].parse().ok()?));
            rest = &after[close + 1..];
        } else {
            let body = if out.is_empty() { rest } else { rest.strip_prefix('.')? };
            let end = body.find(|c: char| !is_key(c)).unwrap_or(body.len());
            if end == 0 {
                return None;
            }
            out.push(Seg::Key(&body[..end]));
            rest = &body[end..];
        }
    }
    Some(out)
}

/// A node and where it stands in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Byte offset of its first byte in the file (its tag or anchor, when it has one).
    pub start: usize,
    /// Byte offset just past its last byte. A block collection ends with its last
    /// element; an empty scalar (`speaker:` with nothing after) is empty.
    pub end: usize,
    /// What it holds.
    pub value: Value,
}

/// What a node holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A scalar.
    Scalar(Scalar),
    /// A sequence: its elements.
    Seq(Vec<NodeId>),
    /// A mapping: its keys and values, in the order written (duplicates included).
    Map(Vec<(NodeId, NodeId)>),
    /// An alias (`*name`): the node it stands for.
    Alias(NodeId),
}

/// A scalar as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Scalar {
    /// Its value, quotes and escapes resolved, lines folded.
    pub text: String,
    /// Whether it was written plain (not quoted, not a block scalar): only a plain scalar
    /// can be read as anything but a string (`null`, `0.9`, `true`).
    pub plain: bool,
    /// Its tag, written as in a file (`!!str`, `!body`), when it has one.
    pub tag: Option<String>,
}

/// Why a text could not be read as YAML, and where (a byte offset in the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong.
    pub message: String,
    /// Where, as a byte offset in the file.
    pub at: usize,
}

/// A YAML document as a tree of located nodes.
#[derive(Clone, Debug, Default)]
pub struct Tree {
    nodes: Vec<Node>,
    root: Option<NodeId>,
    collection_tags: HashMap<NodeId, String>,
}

impl Tree {
    /// Reads the first document of `text`, which stands at byte `base` of its file: the
    /// offsets in the tree are the file's.
    pub fn parse(text: &str, base: usize) -> Result<Tree, SyntaxError> {
        Builder::new(text, base).run()
    }

    /// The document's top node; `None` for an empty document.
    pub fn root(&self) -> Option<NodeId> {
        self.root
    }

    /// The node `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The tag of a sequence or mapping, when it has one.
    pub fn collection_tag(&self, id: NodeId) -> Option<&str> {
        self.collection_tags.get(&id).map(String::as_str)
    }

    /// The scalar text of node `id`, when it is a scalar.
    pub fn scalar(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].value {
            Value::Scalar(s) => Some(&s.text),
            _ => None,
        }
    }

    /// In the mapping `map`, the index of the first entry whose key is `key`.
    pub fn entry(&self, map: NodeId, key: &str) -> Option<usize> {
        match &self.nodes[map].value {
            Value::Map(entries) => entries.iter().position(|&(k, _)| self.scalar(k) == Some(key)),
            _ => None,
        }
    }

    /// The child of `id` one step down `seg`: a mapping's value under a key (its first
    /// occurrence), or a sequence's element.
    pub fn child(&self, id: NodeId, seg: Seg) -> Option<NodeId> {
        match (&self.nodes[id].value, seg) {
            (Value::Map(entries), Seg::Key(key)) => self.entry(id, key).map(|i| entries[i].1),
            (Value::Seq(items), Seg::Index(i)) => items.get(i).copied(),
            _ => None,
        }
    }

    /// The node at `path`, or the deepest node on the way to it, with how many steps of
    /// the path were followed. An alias is not followed: a path through one ends at it,
    /// where the person wrote it.
    pub fn find(&self, path: &[Seg]) -> Option<(NodeId, usize)> {
        let mut at = self.root?;
        for (depth, &seg) in path.iter().enumerate() {
            match self.child(at, seg) {
                Some(next) => at = next,
                None => return Some((at, depth)),
            }
        }
        Some((at, path.len()))
    }

    /// Every key that appears a second time in its mapping: `(first key, repeated key)`,
    /// in the order written.
    pub fn duplicate_keys(&self) -> Vec<(NodeId, NodeId)> {
        let mut out = Vec::new();
        let mut seen: HashMap<&str, NodeId> = HashMap::new();
        for node in &self.nodes {
            let Value::Map(entries) = &node.value else { continue };
            seen.clear();
            for &(k, _) in entries {
                if let Some(text) = self.scalar(k) {
                    if let Some(&first) = seen.get(text) {
                        out.push((first, k));
                    } else {
                        seen.insert(text, k);
                    }
                }
            }
        }
        out.sort_by_key(|&(_, k)| self.nodes[k].start);
        out
    }
}

/// A tag as it can be written again: `!!str`, `!body`, or verbatim `!<...>`.
fn written_tag(handle: &str, suffix: &str) -> String {
    match handle {
        "tag:yaml.org,2002:" => format!("!!{suffix}"),
        "!" | "!!" => format!("{handle}{suffix}"),
        _ => format!("!<{handle}{suffix}>"),
    }
}

/// Turns the parser's character offsets into byte offsets, walking from the last one
/// asked for: events come in document order, so a whole document costs one pass.
struct Offsets<'a> {
    text: &'a str,
    ascii: bool,
    chars: usize,
    bytes: usize,
}

impl Offsets<'_> {
    fn byte(&mut self, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(self.text.len());
        }
        while self.chars < char_index && self.bytes < self.text.len() {
            let c = self.text[self.bytes..].chars().next().expect("not at the end");
            self.bytes += c.len_utf8();
            self.chars += 1;
        }
        while self.chars > char_index {
            let c = self.text[..self.bytes].chars().next_back().expect("not at the start");
            self.bytes -= c.len_utf8();
            self.chars -= 1;
        }
        self.bytes
    }
}

enum Frame {
    Seq { id: NodeId, items: Vec<NodeId> },
    Map { id: NodeId, entries: Vec<(NodeId, NodeId)>, key: Option<NodeId> },
}

struct Builder<'a> {
    text: &'a str,
    base: usize,
    offsets: Offsets<'a>,
    tree: Tree,
    stack: Vec<Frame>,
    anchors: HashMap<usize, NodeId>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, base: usize) -> Builder<'a> {
        Builder {
            text,
            base,
            offsets: Offsets { text, ascii: text.is_ascii(), chars: 0, bytes: 0 },
            tree: Tree::default(),
            stack: Vec::new(),
            anchors: HashMap::new(),
        }
    }

    fn run(mut self) -> Result<Tree, SyntaxError> {
        let mut parser = Parser::new_from_str(self.text);
        let mut documents = 0;
        while let Some(next) = parser.next_event() {
            let (event, span) = next.map_err(|e| {
                let at = self.offsets.byte(e.marker().index()) + self.base;
                SyntaxError { message: e.info().to_string(), at }
            })?;
            let start = self.offsets.byte(span.start.index()) + self.base;
            let end = self.offsets.byte(span.end.index()) + self.base;
            match event {
                Event::DocumentStart(_) => {
                    documents += 1;
                    if documents > 1 {
                        break;
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    let tag = tag.map(|t| written_tag(&t.handle, &t.suffix));
                    let plain = style == ScalarStyle::Plain;
                    let id = self.push(Node { start, end, value: Value::Scalar(Scalar { text: text.into_owned(), plain, tag }) });
                    self.anchor(anchor, id);
                    self.attach(id);
                }
                Event::Alias(anchor) => {
                    let Some(&target) = self.anchors.get(&anchor) else {
                        return Err(SyntaxError { message: "an alias names an anchor that is not defined before it".into(), at: start });
                    };
                    let id = self.push(Node { start, end, value: Value::Alias(target) });
                    self.attach(id);
                }
                Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                    let is_seq = matches!(event, Event::SequenceStart(..));
                    if self.stack.len() >= MAX_DEPTH {
                        return Err(SyntaxError { message: format!("nesting is deeper than {MAX_DEPTH} levels"), at: start });
                    }
                    let value = if is_seq { Value::Seq(Vec::new()) } else { Value::Map(Vec::new()) };
                    let id = self.push(Node { start, end: start, value });
                    if let Some(t) = tag {
                        self.tree.collection_tags.insert(id, written_tag(&t.handle, &t.suffix));
                    }
                    self.anchor(anchor, id);
                    self.stack.push(if is_seq { Frame::Seq { id, items: Vec::new() } } else { Frame::Map { id, entries: Vec::new(), key: None } });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let frame = self.stack.pop().expect("the parser closes only what it opened");
                    let (id, value, last) = match frame {
                        Frame::Seq { id, items } => {
                            let last = items.last().copied();
                            (id, Value::Seq(items), last)
                        }
                        Frame::Map { id, entries, .. } => {
                            let last = entries.last().map(|&(_, v)| v);
                            (id, Value::Map(entries), last)
                        }
                    };
                    // A flow collection ends with its bracket; a block one with its last
                    // element (its end event stands where the next token starts).
                    let closes_flow = end > start && matches!(self.text.as_bytes().get(start - self.base), Some(b']' | b'}'));
                    let node_end = if closes_flow { end } else { last.map_or(self.tree.nodes[id].start, |l| self.tree.nodes[l].end) };
                    let node = &mut self.tree.nodes[id];
                    node.value = value;
                    node.end = node_end.max(node.start);
                    self.attach(id);
                }
                Event::DocumentEnd | Event::StreamEnd | Event::StreamStart | Event::Nothing => {}
            }
        }
        Ok(self.tree)
    }

    fn push(&mut self, node: Node) -> NodeId {
        self.tree.nodes.push(node);
        self.tree.nodes.len() - 1
    }

    fn anchor(&mut self, anchor: usize, id: NodeId) {
        if anchor > 0 {
            self.anchors.insert(anchor, id);
        }
    }

    fn attach(&mut self, id: NodeId) {
        match self.stack.last_mut() {
            None => {
                if self.tree.root.is_none() {
                    self.tree.root = Some(id);
                }
            }
            Some(Frame::Seq { items, .. }) => items.push(id),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(id),
                Some(k) => entries.push((k, id)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'t>(tree: &'t Tree, text: &'t str, path: &[Seg]) -> &'t str {
        let (id, depth) = tree.find(path).unwrap();
        assert_eq!(depth, path.len(), "{}", show(path));
        let n = tree.node(id);
        &text[n.start..n.end]
    }

    #[test]
    fn every_node_carries_its_byte_span() {
        let text = "quotes:\n  - id: q-a\n    text: \"I don’t\"\n    speaker: \"\"\n    cue: {span: 3..4, text: x}\n  - id: q-b\n    span: 1..5\n";
        let tree = Tree::parse(text, 0).unwrap();
        use Seg::{Index as I, Key as K};
        assert_eq!(at(&tree, text, &[K("quotes"), I(0), K("text")]), "\"I don’t\"");
        assert_eq!(at(&tree, text, &[K("quotes"), I(0), K("speaker")]), "\"\"");
        assert_eq!(at(&tree, text, &[K("quotes"), I(0), K("cue")]), "{span: 3..4, text: x}");
        assert_eq!(at(&tree, text, &[K("quotes"), I(0), K("cue"), K("text")]), "x");
        // after a multi-byte character, offsets are still bytes
        assert_eq!(at(&tree, text, &[K("quotes"), I(1), K("span")]), "1..5");
        assert_eq!(at(&tree, text, &[K("quotes"), I(1)]), "id: q-b\n    span: 1..5");
        // a path that goes further than the document ends at the deepest node on the way
        let (id, depth) = tree.find(&[K("quotes"), I(1), K("speaker")]).unwrap();
        assert_eq!((tree.node(id).start, depth), (text.find("id: q-b").unwrap(), 2));
    }

    #[test]
    fn offsets_are_the_files_when_the_document_starts_inside_it() {
        let file = "stage: x\nquotes:\n  - span: 1..2\n";
        let base = file.find("quotes").unwrap();
        let tree = Tree::parse(&file[base..], base).unwrap();
        assert_eq!(at(&tree, file, &[Seg::Key("quotes"), Seg::Index(0), Seg::Key("span")]), "1..2");
    }

    #[test]
    fn duplicate_keys_are_found_in_every_mapping() {
        let text = "a: 1\nb:\n  - x: 1\n    x: 2\na: 3\n";
        let tree = Tree::parse(text, 0).unwrap();
        let found: Vec<usize> = tree.duplicate_keys().iter().map(|&(_, k)| tree.node(k).start).collect();
        assert_eq!(found, vec![text.find("x: 2").unwrap(), text.find("a: 3").unwrap()]);
    }

    #[test]
    fn paths_print_and_parse_as_serde_writes_them() {
        let path = [Seg::Key("quotes"), Seg::Index(3), Seg::Key("cue"), Seg::Key("span")];
        assert_eq!(show(&path), "quotes[3].cue.span");
        assert_eq!(parse_path("quotes[3].cue.span").unwrap(), path);
        assert_eq!(parse_path(".").unwrap(), vec![]);
        assert_eq!(parse_path("invalid type"), None);
        assert_eq!(parse_path("a[x]"), None);
    }

    #[test]
    fn a_syntax_error_is_located_in_bytes() {
        let text = "a: ’\nb: [c\nd: e\n";
        let err = Tree::parse(text, 10).unwrap_err();
        assert!(err.at > 10 + text.find("b:").unwrap(), "{err:?}");
    }

    #[test]
    fn nesting_too_deep_is_refused() {
        let text = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(Tree::parse(&text, 0).unwrap_err().message.contains("deeper"));
    }
}
