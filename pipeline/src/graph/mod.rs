//! The stage graph, declared once ([`Graph::standard`]), and what a stage is to the
//! engine.
//!
//! A stage is a pure function from the `stages` crates wrapped in a small adapter (one
//! module here per stage) that says what the engine needs to know: its name, its file,
//! which upstream files it reads, its fingerprint, how to compute its items, how to
//! validate them against the seed, and how to carry a person's edits onto new output.
//! There are two scopes:
//!
//! - [`DocumentStage`]: one file per document (`<doc>/<file>.yaml`), run per document and
//!   in parallel, reading that document's seed and upstream files.
//! - [`CorpusStage`]: one output for the whole corpus, kept as a folder of shards
//!   (`<file>/<key>.yaml`, see `shards.rs`). It is split in two so that a changed
//!   document costs only its own share: a per-document [`part`] (cached by the engine
//!   under `.cache/`, keyed by the document's content) and a [`link`] over every
//!   document's part.
//!
//! The engine drives every stage through one generic step (`step.rs`); adding a stage is
//! one adapter module and one line in [`Graph::standard`].
//!
//! [`part`]: CorpusStage::part
//! [`link`]: CorpusStage::link

pub(crate) mod claims;
mod quotes;
mod segment;
mod speakers;

use crate::diag::{Diagnostic, Kind};
use crate::file::{Hash, Stored};
use crate::validate::Checker;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::any::Any;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

/// The names of the standard stages' files (without `.yaml`), as stages read them
/// upstream and as `trace` finds them.
pub mod files {
    /// `segments.yaml`, written by `segment`.
    pub const SEGMENTS: &str = "segments";
    /// `speakers.yaml`, written by `speakers`.
    pub const SPEAKERS: &str = "speakers";
    /// `quotes.yaml`, written by `quotes`.
    pub const QUOTES: &str = "quotes";
    /// `claims/`, the shards written by `claims`.
    pub const CLAIMS: &str = "claims";
}

/// What the engine knows of a stage besides its code.
#[derive(Clone, Copy, Debug)]
pub struct Info {
    /// The stage's name, as in headers and summaries: `segment`.
    pub name: &'static str,
    /// Its file's name without `.yaml`, which is also the name downstream stages read it
    /// by: `segments`.
    pub file: &'static str,
    /// The files of upstream stages it reads, by their `file` names. For a corpus
    /// stage, the per-document files each document's part is made from.
    pub reads: &'static [&'static str],
    /// The fingerprint of its code and configuration (see `build/fingerprint.rs`).
    pub fingerprint: &'static str,
}

/// The items of a stage's file, as the engine handles them.
pub trait Items: Serialize + DeserializeOwned + JsonSchema + Send + Sync + 'static {
    /// Completes what a person may leave out when editing (ids of added quotes).
    fn prepare(&mut self) {}
}

/// A stage could not run because an input it needs is broken; the broken input is
/// reported where it is.
#[derive(Clone, Copy, Debug)]
pub struct Blocked;

pub use crate::carry::Carried;

/// A stage with one file per document.
pub trait DocumentStage: Send + Sync + 'static {
    /// What its file holds.
    type Items: Items;
    /// Its name, file, inputs and fingerprint.
    fn info(&self) -> Info;
    /// Runs the stage on one document.
    fn compute(&self, doc: &Doc) -> Result<Self::Items, Blocked>;
    /// Checks `items` against the document (spans, ids, references).
    fn validate(&self, doc: &Doc, items: &Self::Items, c: &mut Checker);
    /// Applies a person's edits (`base` → `ours`) to new machine output (`theirs`);
    /// `None` when the stage cannot carry edits (the edit is then a conflict).
    fn carry(&self, doc: &Doc, base: &Self::Items, ours: &Self::Items, theirs: &Self::Items) -> Option<Carried<Self::Items>> {
        let _ = (doc, base, ours, theirs);
        None
    }
}

/// A stage with one output for the whole corpus, kept in shards.
pub trait CorpusStage: Send + Sync + 'static {
    /// What its output holds.
    type Items: Items + Clone + PartialEq;
    /// What one document contributes, cached per document between runs.
    type Part: crate::parts::Part + Send + Sync + 'static;
    /// Its name, file, the per-document files it reads, and fingerprint.
    fn info(&self) -> Info;
    /// One document's part, from its seed and the files in `info().reads`. It must not
    /// depend on any other document.
    fn part(&self, doc: &Doc) -> Result<Self::Part, Blocked>;
    /// The items, from every document's part (sorted by document name).
    fn link(&self, parts: &[(&str, &Self::Part)]) -> Self::Items;
    /// The items linked from every document's part (`parts`, sorted by document name,
    /// each read whenever the stage asks), to be made a group of shards at a time
    /// ([`Linked::take`]), so that a large corpus's output need not be in memory at
    /// once. `None` when a part could not be had (`parts` keeps why). By default every
    /// part is read, and [`link`](Self::link) makes all the items at once.
    fn link_parts<'a>(&'a self, parts: &'a Parts<'a, Self::Part>) -> Option<Box<dyn Linked<Self::Items> + 'a>> {
        // (every part is asked for, so that every problem is reported, not the first)
        let all: Vec<Option<Self::Part>> = (0..parts.len()).into_par_iter().map(|d| parts.get(d)).collect();
        let all: Vec<Self::Part> = all.into_iter().collect::<Option<_>>()?;
        let view: Vec<(&str, &Self::Part)> = all.iter().enumerate().map(|(d, p)| (parts.name(d), p)).collect();
        Some(Box::new(AtOnce(self.split(self.link(&view)))))
    }
    /// The items split into shards by a stable key of each item (the shard's file name),
    /// each keeping the items' order. Empty items have no shard.
    fn split(&self, items: Self::Items) -> BTreeMap<String, Self::Items>;
    /// Shards' items as one, in the order given.
    fn join(&self, shards: Vec<Self::Items>) -> Self::Items;
    /// Checks `items` (one shard's) against the corpus.
    fn validate(&self, docs: &Docs, items: &Self::Items, c: &mut Checker);
    /// Applies a person's edits (`base` → `ours`) to new machine output (`theirs`);
    /// `None` when the stage cannot carry edits.
    fn carry(&self, docs: &Docs, base: &Self::Items, ours: &Self::Items, theirs: &Self::Items) -> Option<Carried<Self::Items>> {
        let _ = (docs, base, ours, theirs);
        None
    }
}

/// A corpus stage's output, linked, made a group of shards at a time.
pub trait Linked<T>: Send {
    /// Every shard the output fills, with its size (what a shard costs to hold: for
    /// `claims`, its claims' members), to group them by.
    fn sizes(&self) -> BTreeMap<String, usize>;
    /// The items of the shards `keys`, by shard; each shard is asked for once. `None`
    /// when a part could not be had (the [`Parts`] keep why).
    fn take(&mut self, keys: &BTreeSet<String>) -> Option<BTreeMap<String, T>>;
    /// What each shard's items are made from, for the shards the stage can tell: a hash
    /// that is the same in two runs only when the shard's items are. A shard whose hash
    /// is the one recorded when it was written is not made again. None by default.
    fn made_from(&self) -> BTreeMap<String, String> {
        BTreeMap::new()
    }
    /// What the stage remembers for its next run, which the engine keeps in its cache and
    /// hands back ([`Parts::memo`]); written once the output is. None by default.
    fn memo(&self) -> Option<Vec<u8>> {
        None
    }
}

/// [`Linked`] for output made at once: the shards, handed out.
struct AtOnce<T>(BTreeMap<String, T>);

impl<T: Items> Linked<T> for AtOnce<T> {
    fn sizes(&self) -> BTreeMap<String, usize> {
        self.0.keys().map(|k| (k.clone(), 1)).collect()
    }
    fn take(&mut self, keys: &BTreeSet<String>) -> Option<BTreeMap<String, T>> {
        Some(keys.iter().filter_map(|k| Some((k.clone(), self.0.remove(k)?))).collect())
    }
}

/// Every document's part for a corpus stage, sorted by document name, each read from
/// the engine's cache (or made again from the document) whenever the stage asks: a
/// stage can hold what it needs of the parts rather than the parts themselves.
pub struct Parts<'a, P> {
    names: Vec<&'a str>,
    /// Each document's part's cache key, when the engine gives them.
    stamps: Vec<&'a str>,
    memo: Option<Vec<u8>>,
    load: Box<dyn Fn(usize) -> Result<P, Vec<Diagnostic>> + Sync + 'a>,
    problems: std::sync::Mutex<Vec<Diagnostic>>,
}

impl<'a, P> Parts<'a, P> {
    /// The documents `names` (sorted), document `d`'s part as `load(d)` gives it.
    pub fn new(names: Vec<&'a str>, load: impl Fn(usize) -> Result<P, Vec<Diagnostic>> + Sync + 'a) -> Self {
        Parts { names, stamps: Vec::new(), memo: None, load: Box::new(load), problems: Default::default() }
    }
    /// The same, with each document's stamp: what its part is made from (the cache key of
    /// the stage's code and the document's inputs), one for each name.
    pub fn stamped(mut self, stamps: Vec<&'a str>) -> Self {
        debug_assert_eq!(stamps.len(), self.names.len());
        self.stamps = stamps;
        self
    }
    /// The same, with what the stage remembered at the end of its last run
    /// ([`Linked::memo`]).
    pub fn remembering(mut self, memo: Option<Vec<u8>>) -> Self {
        self.memo = memo;
        self
    }
    /// Document `d`'s stamp, when the engine gave them.
    pub fn stamp(&self, d: usize) -> Option<&'a str> {
        self.stamps.get(d).copied()
    }
    /// What the stage remembered at the end of its last run, when the cache has it.
    pub fn memo(&self) -> Option<&[u8]> {
        self.memo.as_deref()
    }
    /// How many documents.
    pub fn len(&self) -> usize {
        self.names.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    /// Document `d`'s name.
    pub fn name(&self, d: usize) -> &'a str {
        self.names[d]
    }
    /// Document `d`'s part; `None` when it cannot be had, the problems kept for
    /// [`Parts::problems`].
    pub fn get(&self, d: usize) -> Option<P> {
        match (self.load)(d) {
            Ok(p) => Some(p),
            Err(found) => {
                self.problems.lock().unwrap_or_else(|e| e.into_inner()).extend(found);
                None
            }
        }
    }
    /// What kept parts from being had, each problem once.
    pub fn problems(self) -> Vec<Diagnostic> {
        let mut found = self.problems.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut seen = std::collections::HashSet::new();
        found.retain(|d| seen.insert(d.to_string()));
        found
    }
}

/// One document as a stage sees it: its name, its seed, and the files it may read.
pub struct Doc<'a> {
    /// The document's name: the seed's file name without `.txt`.
    pub name: &'a str,
    /// The seed text.
    pub text: &'a str,
    pub(crate) inputs: &'a Inputs,
}

impl Doc<'_> {
    /// The items of the upstream file `file` (`segments`), parsed on first use.
    /// `Blocked` when it is broken, or not one of the stage's inputs.
    pub fn input<T: Items>(&self, file: &str) -> Result<&T, Blocked> {
        self.inputs.get(file).ok_or(Blocked)?.value::<T>()
    }
}

/// The upstream files of one document that downstream stages may read, by file name.
#[derive(Default)]
pub struct Inputs {
    files: BTreeMap<&'static str, Done>,
}

impl Inputs {
    pub(crate) fn get(&self, file: &str) -> Option<&Done> {
        self.files.get(file)
    }

    pub(crate) fn insert(&mut self, file: &'static str, done: Done) {
        self.files.insert(file, done);
    }

    /// The content hashes of `files`, in that order; `None` when one is not there.
    pub(crate) fn hashes(&self, files: &[&'static str]) -> Option<Vec<(String, Hash)>> {
        files.iter().map(|f| self.files.get(f).map(|d| (f.to_string(), d.hash.clone()))).collect()
    }
}

/// A stage's file that downstream stages may read: its content hash, and its items,
/// parsed from disk only when a downstream stage asks for them.
pub struct Done {
    /// The hash of its items as written: what downstream cache keys record.
    pub hash: Hash,
    value: OnceLock<Option<AnyItems>>,
    stored: Option<(Stored, String, ParseFn)>,
}

/// Items of any stage, as downstream stages share them.
type AnyItems = Arc<dyn Any + Send + Sync>;

/// Parses a stored file into its stage's items (made for each stage's items type).
type ParseFn = fn(&Stored, &str) -> Option<AnyItems>;

/// Reads the seed texts of the named documents.
pub(crate) type ReadTexts<'a> = dyn Fn(&[&str]) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> + Sync + 'a;

/// Reads a document's file (`doc`, `file`) from disk: its content, and its path as the
/// tool prints it.
pub(crate) type ReadFile<'a> = dyn Fn(&str, &str) -> Result<(Stored, String), Diagnostic> + Sync + 'a;

impl Done {
    /// Items at hand.
    pub(crate) fn parsed<T: Items>(hash: Hash, items: T) -> Done {
        let value = OnceLock::new();
        let _ = value.set(Some(Arc::new(items) as AnyItems));
        Done { hash, value, stored: None }
    }

    /// Items on disk, in the file `shown`.
    pub(crate) fn on_disk<T: Items>(hash: Hash, stored: Stored, shown: String) -> Done {
        fn parse<T: Items>(stored: &Stored, shown: &str) -> Option<AnyItems> {
            let mut items: T = stored.parse(shown).ok()?;
            items.prepare();
            Some(Arc::new(items))
        }
        Done { hash, value: OnceLock::new(), stored: Some((stored, shown, parse::<T>)) }
    }

    fn value<T: 'static>(&self) -> Result<&T, Blocked> {
        let value = self.value.get_or_init(|| self.stored.as_ref().and_then(|(stored, shown, parse)| parse(stored, shown)));
        value.as_deref().and_then(|v| v.downcast_ref::<T>()).ok_or(Blocked)
    }
}

/// The documents of the corpus as a corpus stage's validation and carrying see them:
/// each one's seed and files, read from disk on demand. Problems met while reading are
/// collected and reported once.
pub struct Docs<'a> {
    pub(crate) reader: &'a ReadTexts<'a>,
    pub(crate) loader: &'a ReadFile<'a>,
    pub(crate) problems: std::sync::Mutex<Vec<Diagnostic>>,
    pub(crate) names: &'a [String],
    /// The seed texts read so far: the shards of a corpus stage are validated one by
    /// one, and many name the same documents.
    pub(crate) texts: std::sync::Mutex<BTreeMap<String, Arc<str>>>,
}

impl Docs<'_> {
    /// The names of the corpus's documents, sorted.
    pub fn names(&self) -> &[String] {
        self.names
    }

    /// The seed texts of `names` (read in parallel); `None` when one cannot be read (the
    /// problem is reported).
    pub fn texts(&self, names: &[&str]) -> Option<BTreeMap<String, Arc<str>>> {
        let missing: Vec<&str> = {
            let known = self.texts.lock().expect("not poisoned");
            names.iter().copied().filter(|n| !known.contains_key(*n)).collect()
        };
        // read outside the lock: shards are validated in parallel
        if !missing.is_empty() {
            match (self.reader)(&missing) {
                Ok(read) => {
                    let mut known = self.texts.lock().expect("not poisoned");
                    known.extend(read.into_iter().map(|(name, text)| (name, Arc::from(text))));
                }
                Err(found) => {
                    self.problems.lock().expect("not poisoned").extend(found);
                    return None;
                }
            }
        }
        let known = self.texts.lock().expect("not poisoned");
        Some(names.iter().filter_map(|n| known.get_key_value(*n)).map(|(n, t)| (n.clone(), Arc::clone(t))).collect())
    }

    /// The items of document `doc`'s file `file`; `None` when it cannot be read (the
    /// problem is reported).
    pub fn input<T: Items>(&self, doc: &str, file: &str) -> Option<T> {
        let found = (self.loader)(doc, file).and_then(|(stored, shown)| stored.parse::<T>(&shown));
        match found {
            Ok(mut items) => {
                items.prepare();
                Some(items)
            }
            Err(d) => {
                self.problems.lock().expect("not poisoned").push(d);
                None
            }
        }
    }

    pub(crate) fn report(&self, d: Diagnostic) {
        self.problems.lock().expect("not poisoned").push(d);
    }
}

/// A stage in the graph, with its items' type erased so stages of different types sit in
/// one list. Implemented for every [`DocumentStage`] and [`CorpusStage`] in `step.rs`.
pub enum Node {
    /// One file per document.
    Document(Box<dyn crate::step::DocNode>),
    /// One output for the corpus.
    Corpus(Box<dyn crate::step::CorpusNode>),
}

impl Node {
    /// The stage's name, file, inputs and fingerprint.
    pub fn info(&self) -> Info {
        match self {
            Node::Document(n) => n.info(),
            Node::Corpus(n) => n.info(),
        }
    }

    /// The JSON Schema of its file.
    pub fn schema(&self) -> schemars::Schema {
        match self {
            Node::Document(n) => n.schema(),
            Node::Corpus(n) => n.schema(),
        }
    }

    /// Whether it has one file per document.
    pub fn per_document(&self) -> bool {
        matches!(self, Node::Document(_))
    }
}

/// The stages, in an order where every stage comes after the stages it reads.
pub struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    /// The pipeline's graph: the one place that lists the stages.
    pub fn standard() -> Graph {
        Graph::new()
            .document(segment::Segment)
            .document(speakers::Speakers)
            .document(quotes::Quotes)
            .corpus(claims::Claims)
    }

    /// A graph with no stage.
    pub fn new() -> Graph {
        Graph { nodes: Vec::new() }
    }

    /// Adds a per-document stage after the others.
    ///
    /// # Panics
    ///
    /// When a stage of that name or file is already there, or a file it reads is not
    /// written by a per-document stage before it: a graph is declared in code, so that
    /// is a programming error.
    pub fn document<S: DocumentStage>(mut self, stage: S) -> Graph {
        self.check(stage.info());
        self.nodes.push(Node::Document(Box::new(stage)));
        self
    }

    /// Adds a corpus stage after the others (see [`Graph::document`] for the panics).
    pub fn corpus<S: CorpusStage>(mut self, stage: S) -> Graph {
        self.check(stage.info());
        self.nodes.push(Node::Corpus(Box::new(stage)));
        self
    }

    fn check(&self, info: Info) {
        for node in &self.nodes {
            let other = node.info();
            assert!(other.name != info.name && other.file != info.file, "stage {} is declared twice", info.name);
        }
        for read in info.reads {
            assert!(
                self.nodes.iter().any(|n| n.per_document() && n.info().file == *read),
                "stage {} reads {read}, which no per-document stage before it writes",
                info.name
            );
        }
    }

    /// Every stage, in graph order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The stage that writes `file`.
    pub fn by_file(&self, file: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.info().file == file)
    }

    /// The per-document stages' files, in graph order.
    pub fn document_files(&self) -> Vec<&'static str> {
        self.nodes.iter().filter(|n| n.per_document()).map(|n| n.info().file).collect()
    }
}

impl Default for Graph {
    fn default() -> Graph {
        Graph::standard()
    }
}

/// The fingerprint baked in for the stage crate `krate`.
pub fn fingerprint(krate: &str) -> &'static str {
    baked::ALL
        .iter()
        .find(|(name, _)| *name == krate)
        .map(|(_, hex)| *hex)
        .unwrap_or_else(|| panic!("no crate stages/{krate}: every stage is a crate under stages/"))
}

/// The fingerprint of the engine's own sources (`pipeline/src`), baked in at build time:
/// what a run records of untouched files is trusted only by the engine that recorded it.
pub fn engine_fingerprint() -> &'static str {
    baked::ENGINE
}

mod baked {
    include!(concat!(env!("OUT_DIR"), "/fingerprints.rs"));
}

/// A diagnostic for items a stage returned that cannot be printed.
pub(crate) fn unprintable(shown: &str, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::new(Kind::Bug, shown, format!("the stage's output cannot be written as YAML: {e}"))
}
