//! The engine: brings an annotations folder up to date for a seeds folder (`run`), or
//! says what is not (`check`, `status`).
//!
//! The stages and their order come from the [`Graph`]; nothing here names a stage. Per
//! document, in parallel, every per-document stage takes its step (`step.rs`) in graph
//! order, each reading the files written before it; a corpus stage's per-document part
//! is cached on the way. Then every corpus stage takes its step over all documents.
//! Then orphaned folders ([`crate::orphans`]) and the schemas ([`crate::schema`]).

use crate::corpus::{self, Entry};
use crate::diag::{Diagnostic, Kind};
use crate::file::{self, Hash};
use crate::graph::{Doc, Docs, Graph, Inputs, Node};
use crate::key::{self, DocKey, Target};
use crate::layout::{self, Layout};
use crate::progress::Progress;
use crate::report::{Report, Tally};
use crate::step::{gather, CorpusCtx, PartInput, Policy};
use crate::seen::{self, DocFiles, Record, Seen};
use crate::{orphans, paths, schema};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

/// Whether to bring files up to date or only to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Run what is stale and write it.
    Run,
    /// Write nothing; report what is stale, invalid or in conflict.
    Check,
    /// Write nothing; report as `Check` does, and list what people changed in every
    /// hand-edited file.
    Status,
}

/// Where the corpus and its annotations are, and how many threads to use.
#[derive(Clone, Debug)]
pub struct Options {
    /// The folder of `.txt` seeds.
    pub seeds: PathBuf,
    /// The folder of annotations.
    pub annotations: PathBuf,
    /// Worker threads; `None` for one per core.
    pub jobs: Option<usize>,
    /// Whether to show progress on standard error.
    pub progress: bool,
    /// `check` only: re-validate every span of every file, not only the files a person
    /// edited (the others are trusted because their bytes hash to what the tool wrote
    /// and validated, from the seed it read).
    pub deep: bool,
    /// Process only one shard of the documents, and not the corpus stages (see
    /// [`Shard`]).
    pub shard: Option<Shard>,
    /// `run` only: remove the annotation folders whose seed is gone (unless a person
    /// edited them), and run even when most documents' seeds are missing.
    pub prune: bool,
    /// When the run counts as begun, for what it records of untouched documents' files
    /// ([`crate::seen`]: files that last changed [`seen::SETTLE`] before it). `None` for
    /// the clock's time now; a test gives a later time, so that the files it has just
    /// written count as settled.
    pub started: Option<std::time::SystemTime>,
    /// Called once the per-document stages are done, before the corpus stages run: the
    /// binary has its allocator give freed memory back at once from there, where a run's
    /// peak is (`main.rs`).
    pub before_corpus: Option<fn()>,
}

impl Options {
    /// The defaults for the folders `seeds` and `annotations`: every core, no progress,
    /// no shard, not deep.
    pub fn new(seeds: impl Into<PathBuf>, annotations: impl Into<PathBuf>) -> Options {
        Options { seeds: seeds.into(), annotations: annotations.into(), jobs: None, progress: false, deep: false, shard: None, prune: false, started: None, before_corpus: None }
    }
}

/// One of `count` stable parts of the corpus, so that a CI matrix of `count` jobs can
/// share the per-document stages; the corpus stages then run once over everything
/// committed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// Which part, from 1 to `count`.
    pub index: u32,
    /// How many parts.
    pub count: u32,
}

impl Shard {
    /// Whether the document `name` belongs to this shard. The partition depends only on
    /// the name, so a document stays in its shard as the corpus grows.
    pub fn holds(self, name: &str) -> bool {
        let h = blake3::hash(name.as_bytes());
        let n = u64::from_le_bytes(h.as_bytes()[..8].try_into().expect("8 bytes"));
        n % u64::from(self.count) == u64::from(self.index - 1)
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// Parses `I/N`, with `1 <= I <= N`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("`{s}` is not a shard: write I/N with 1 <= I <= N, e.g. 2/4");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || index > count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// Runs, checks or reports on the pipeline's standard graph. `Err` only when the work
/// cannot start at all (no seeds folder, annotations folder locked and unreachable);
/// every other problem is in the report.
pub fn execute(mode: Mode, options: &Options) -> Result<Report, Diagnostic> {
    execute_graph(&Graph::standard(), mode, options)
}

/// [`execute`] with any graph.
pub fn execute_graph(graph: &Graph, mode: Mode, options: &Options) -> Result<Report, Diagnostic> {
    let mut corpus = corpus::list(&options.seeds)?;
    let all_names: Vec<String> = corpus.docs.iter().map(|d| d.name.clone()).collect();
    if let Some(shard) = options.shard {
        corpus.docs.retain(|d| shard.holds(&d.name));
    }
    refuse_reserved(graph, &corpus.docs)?;
    let layout = Layout::new(&options.annotations).knowing(all_names.iter().filter(|n| !reserved(graph, n)).cloned().collect());
    if mode == Mode::Run && !options.prune {
        refuse_missing_seeds(&layout, &all_names, &options.seeds)?;
    }
    if let (Mode::Run, Some(link)) = (mode, layout.linked()) {
        return Err(linked(&link));
    }
    let _lock = match mode {
        Mode::Run => Some(crate::lock::acquire(&options.annotations)?),
        Mode::Check | Mode::Status => None,
    };
    if mode == Mode::Run {
        layout.remove_leftovers();
    }
    // (only `run` trusts what earlier runs saw; its files must have settled before now)
    let seen = (mode == Mode::Run).then(|| Seen::load(&layout.seen(), graph));
    let settled = options.started.unwrap_or_else(std::time::SystemTime::now).checked_sub(seen::SETTLE);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Diagnostic::new(Kind::Io, "pipeline", format!("cannot start worker threads: {e}")))?;
    let per_doc = graph.nodes().iter().filter(|n| n.per_document()).count();
    let corpus_stages = graph.nodes().len() - per_doc;
    let mut report = Report {
        stages: graph.nodes().iter().map(|n| (n.info().name, Default::default())).collect(),
        docs: corpus.docs.len(),
        files: corpus.docs.len() * per_doc + if options.shard.is_some() { 0 } else { corpus_stages },
        notes: corpus.notes.clone(),
        ..Report::default()
    };
    let ctx = Ctx { graph, policy: Policy { mode, deep: options.deep }, layout: &layout, seen: seen.as_ref(), settled };
    let progress = Progress::new(options.progress, corpus.docs.len());
    let results: Vec<DocResult> = pool.install(|| {
        corpus
            .docs
            .par_iter()
            .map(|entry| {
                let result = ctx.document(entry);
                progress.tick();
                result
            })
            .collect()
    });
    progress.finish();

    // per corpus stage, the documents it links
    let mut linked: Vec<Vec<PartInput>> = (0..graph.nodes().len()).map(|_| Vec::new()).collect();
    let mut broken_docs = 0;
    let mut recorded = Seen::default();
    let mut recorded_anew = false;
    for result in results {
        if let Some((record, anew)) = result.record {
            recorded_anew |= anew;
            report.unread += usize::from(!anew);
            recorded.insert(result.name.clone(), record);
        }
        for (index, tally) in result.tallies.into_iter().enumerate() {
            report.absorb(index, tally);
        }
        report.problems.extend(result.problems);
        for (index, input) in result.parts {
            match input {
                Some(input) => linked[index].push(input),
                None if result.readable => broken_docs += 1,
                None => {}
            }
        }
    }
    if let Some(shard) = options.shard {
        report.notes.push(format!(
            "shard {}/{}: {} of {} documents; corpus stages not run (run without --shard once every shard is in)",
            shard.index,
            shard.count,
            corpus.docs.len(),
            all_names.len()
        ));
    } else {
        if let Some(hook) = options.before_corpus {
            hook();
        }
        for (index, node) in graph.nodes().iter().enumerate() {
            if let Node::Corpus(_) = node {
                let mut tally = Tally::default();
                if let Some((record, anew)) = pool.install(|| ctx.corpus(index, &options.seeds, &corpus.docs, &linked[index], broken_docs, &mut tally)) {
                    recorded_anew |= anew;
                    recorded.insert_stage(node.info().name.to_string(), record);
                }
                report.absorb(index, tally);
            }
        }
    }

    let names: HashSet<&str> = all_names.iter().map(String::as_str).collect();
    if let Some(seen) = seen {
        // (a shard's run keeps what earlier runs saw of the other shards' documents, and
        // of the corpus stages' folders, which it does not run)
        if options.shard.is_some() {
            for node in graph.nodes().iter().filter(|n| !n.per_document()) {
                if let Some(r) = seen.stage(node.info().name) {
                    recorded.insert_stage(node.info().name.to_string(), r.clone());
                }
            }
            let ours: HashSet<&str> = corpus.docs.iter().map(|d| d.name.as_str()).collect();
            for name in &all_names {
                if let Some(r) = seen.get(name).filter(|_| !ours.contains(name.as_str())) {
                    recorded.insert(name.clone(), r.clone());
                }
            }
        }
        // (written only when it changed: a run with nothing to do writes nothing; every
        // record not made anew is one it read, so the same count is the same records)
        if recorded_anew || recorded.len() != seen.len() || recorded.stages() != seen.stages() {
            if let Err(e) = crate::file::write_atomic(&layout.seen(), &recorded.to_bytes(graph)) {
                report.notes.push(format!("could not keep what this run saw of the files in {}: {e} (the next run reads every file)", paths::display(&layout.seen())));
            }
        }
    }
    orphans::sweep(mode == Mode::Run && options.prune, &layout, &names, &graph.document_files(), &mut report);
    match mode {
        Mode::Run => {
            if let Err(d) = schema::write(graph, &layout) {
                report.problems.push(d);
            }
        }
        Mode::Check | Mode::Status => report.problems.extend(schema::check(graph, &layout)),
    }
    Ok(report)
}

/// Whether a stage's file was found fresh and nothing else: no run, no edit, no problem.
fn only_cached(t: &Tally) -> bool {
    t.problems.is_empty() && t.counts == crate::report::Counts { cached: 1, ..Default::default() }
}

/// The tool does not write through a symbolic link under the annotations folder.
fn linked(link: &std::path::Path) -> Diagnostic {
    Diagnostic::new(Kind::Io, paths::display(link), "is a symbolic link: the tool does not write through links, which may lead out of the annotations folder; nothing was written there")
        .help("replace the link with a real folder (or file), or remove it")
}

/// Refuses seeds whose document name would collide with the tool's own names in the
/// annotations folder (`.schema`, `.cache`, a corpus stage's file or folder).
fn refuse_reserved(graph: &Graph, docs: &[Entry]) -> Result<(), Diagnostic> {
    for entry in docs {
        let name = entry.name.as_str();
        if reserved(graph, name) {
            return Err(Diagnostic::new(Kind::Usage, paths::display(&entry.path), format!("the document name `{name}` is reserved: its annotations would collide with the tool's own files"))
                .help("rename the seed (a name that does not start with `.` and is not the name of a corpus stage's output such as claims)"));
        }
    }
    Ok(())
}

/// Whether `name` is the tool's own or a corpus stage's output's: no document's.
fn reserved(graph: &Graph, name: &str) -> bool {
    layout::is_own(name) || graph.nodes().iter().filter(|n| !n.per_document()).map(|n| n.info().file).any(|f| name == f || name == layout::file_name(f))
}

/// Refuses a run that would leave most annotated documents without their seed: almost
/// always a wrong `--seeds` folder, not a corpus that lost most of its documents.
fn refuse_missing_seeds(layout: &Layout, names: &[String], seeds: &std::path::Path) -> Result<(), Diagnostic> {
    let annotated = layout.doc_dirs();
    let known: HashSet<&str> = names.iter().map(String::as_str).collect();
    let gone = annotated.iter().filter(|(name, _)| !known.contains(name.as_str())).count();
    if gone > 0 && (names.is_empty() || gone * 2 > annotated.len()) {
        let what = if names.is_empty() { "holds no .txt seed".to_string() } else { format!("lacks the seeds of {gone} of the {} annotated documents", annotated.len()) };
        return Err(Diagnostic::new(Kind::Usage, paths::display(seeds), format!("{what}; nothing was written"))
            .help(format!("check --seeds (the annotations are in {}); to remove the annotations of documents whose seeds are gone, run again with --prune", paths::display(layout.root()))));
    }
    Ok(())
}

struct Ctx<'a> {
    graph: &'a Graph,
    policy: Policy,
    layout: &'a Layout,
    /// What earlier runs saw of untouched documents (`run` only).
    seen: Option<&'a Seen>,
    /// A document whose files all changed before this is recorded for the next run.
    settled: Option<std::time::SystemTime>,
}

/// What one document contributes to the report and to the corpus stages.
struct DocResult {
    /// One per stage of the graph (the corpus stages' stay empty).
    tallies: Vec<Tally>,
    /// Problems that belong to no stage (an unreadable seed).
    problems: Vec<Diagnostic>,
    /// Per corpus stage (by index in the graph): the document as the stage depends on
    /// it, or `None` when it cannot take part.
    parts: Vec<(usize, Option<PartInput>)>,
    /// Whether the seed could be read at all.
    readable: bool,
    /// The document's name.
    name: String,
    /// What the next run may trust of the document's files, and whether it is new (not
    /// the record this run trusted).
    record: Option<(Record, bool)>,
}

impl Ctx<'_> {
    fn document(&self, entry: &Entry) -> DocResult {
        // What the files' metadata is before any of them is read: the document is fresh
        // when it is what an earlier run recorded (whose files had settled then, so they
        // still have), and it is recorded for the next run only if it is the same after
        // this run read them, so that no file replaced meanwhile is trusted.
        let source = paths::relative(&entry.path, &self.layout.project());
        let before = self.seen.and(self.settled).and_then(|settled| seen::digest(&source, &self.files(entry), Some(settled)));
        if let Some(unchanged) = before.and_then(|before| self.unchanged(entry, before)) {
            return unchanged;
        }
        let nodes = self.graph.nodes();
        let mut tallies: Vec<Tally> = nodes.iter().map(|_| Tally::default()).collect();
        let (text, seed) = match corpus::read(entry) {
            Ok(read) => read,
            Err(d) => {
                // the document's files are counted, as blocked by their seed
                for (node, tally) in nodes.iter().zip(&mut tallies) {
                    if node.per_document() {
                        tally.counts.blocked += 1;
                    }
                }
                return DocResult { tallies, problems: vec![d], parts: Vec::new(), readable: false, name: entry.name.clone(), record: None };
            }
        };
        if self.policy.writes() {
            if let Err(link) = self.layout.prepare_doc(&entry.name) {
                // the corpus stages cannot take this document in: they wait for it
                let parts = nodes.iter().enumerate().filter(|(_, n)| !n.per_document()).map(|(i, _)| (i, None)).collect();
                return DocResult { tallies, problems: vec![linked(&link)], parts, readable: true, name: entry.name.clone(), record: None };
            }
        }
        let mut inputs = Inputs::default();
        for (node, tally) in nodes.iter().zip(&mut tallies) {
            let Node::Document(stage) = node else { continue };
            let info = stage.info();
            let Some(read) = inputs.hashes(info.reads) else {
                tally.counts.blocked += 1;
                continue;
            };
            let path = self.layout.doc_file(&entry.name, info.file);
            let target = Target {
                info,
                shown: paths::display(&path),
                path,
                source: source.clone(),
                schema: layout::schema_ref(info.file, true),
                seed: Some(seed.clone()),
                inputs: read,
            };
            let done = stage.step(self.policy, &target, &Doc { name: &entry.name, text: &text, inputs: &inputs }, tally);
            if let Some(done) = done {
                inputs.insert(info.file, done);
            }
        }
        let mut parts = Vec::new();
        let mut problems = Vec::new();
        for (index, node) in nodes.iter().enumerate() {
            let Node::Corpus(stage) = node else { continue };
            let info = stage.info();
            let input = inputs.hashes(info.reads).map(|read| {
                let key = DocKey { name: entry.name.clone(), seed: seed.clone(), reads: read.into_iter().map(|(_, h)| h).collect() };
                let part_key = key.part_key(info.fingerprint);
                if self.policy.writes() {
                    // made here, in parallel, while the document's items are at hand
                    let path = self.layout.part(info.name, &entry.name);
                    let doc = Doc { name: &entry.name, text: &text, inputs: &inputs };
                    if let Err(d) = stage.cache_part(&doc, &path, &part_key) {
                        problems.push(d);
                    }
                }
                PartInput { entry: entry.clone(), key, part_key }
            });
            parts.push((index, input));
        }
        let record = before.and_then(|before| self.record(entry, &source, before, &seed, &inputs, &tallies, &problems, &parts)).map(|r| (r, true));
        DocResult { tallies, problems, parts, readable: true, name: entry.name.clone(), record }
    }

    /// The files of document `entry` whose metadata its record covers.
    fn files(&self, entry: &Entry) -> DocFiles {
        let files = self
            .graph
            .nodes()
            .iter()
            .map(|node| match node {
                Node::Document(stage) => self.layout.doc_file(&entry.name, stage.info().file),
                Node::Corpus(stage) => self.layout.part(stage.info().name, &entry.name),
            })
            .collect();
        DocFiles { dir: self.layout.doc_dir(&entry.name), seed: entry.path.clone(), files }
    }

    /// The document as an earlier run recorded it, when its files' metadata (`digest`) is
    /// what it was then (`crate::seen`): every stage's file fresh, as read then, and none
    /// read now.
    fn unchanged(&self, entry: &Entry, digest: [u8; 32]) -> Option<DocResult> {
        let record = self.seen?.get(&entry.name).filter(|r| r.digest == digest)?;
        let nodes = self.graph.nodes();
        let mut hashes: BTreeMap<&str, Hash> = BTreeMap::new();
        let mut outputs = record.outputs.iter();
        let mut tallies: Vec<Tally> = nodes.iter().map(|_| Tally::default()).collect();
        for (node, tally) in nodes.iter().zip(&mut tallies) {
            if let Node::Document(stage) = node {
                hashes.insert(stage.info().file, outputs.next()?.to_hex().to_string());
                tally.counts.cached += 1;
            }
        }
        let seed = record.seed.to_hex().to_string();
        let mut parts = Vec::new();
        for (index, node) in nodes.iter().enumerate() {
            let Node::Corpus(stage) = node else { continue };
            let info = stage.info();
            let reads = info.reads.iter().map(|f| hashes.get(f).cloned()).collect::<Option<Vec<Hash>>>()?;
            let key = DocKey { name: entry.name.clone(), seed: seed.clone(), reads };
            let part_key = key.part_key(info.fingerprint);
            parts.push((index, Some(PartInput { entry: entry.clone(), key, part_key })));
        }
        Some(DocResult { tallies, problems: Vec::new(), parts, readable: true, name: entry.name.clone(), record: Some((record.clone(), false)) })
    }

    /// What the next run may trust of a document this run read: only when every stage
    /// found its file fresh, nothing was wrong, no hand edit was ever kept beside it (no
    /// `.machine` folder), every file settled before the run, and the files' metadata is
    /// what it was before the run read them (`before`; `crate::seen`).
    #[allow(clippy::too_many_arguments)]
    fn record(&self, entry: &Entry, source: &str, before: [u8; 32], seed: &Hash, inputs: &Inputs, tallies: &[Tally], problems: &[Diagnostic], parts: &[(usize, Option<PartInput>)]) -> Option<Record> {
        let clean = self.graph.nodes().iter().zip(tallies).all(|(node, t)| if node.per_document() { only_cached(t) } else { t.problems.is_empty() && t.counts == Default::default() });
        if !clean || !problems.is_empty() || parts.iter().any(|(_, p)| p.is_none()) {
            return None;
        }
        if std::fs::symlink_metadata(self.layout.doc_machine_dir(&entry.name)).is_ok() {
            return None;
        }
        let digest = seen::digest(source, &self.files(entry), Some(self.settled?)).filter(|after| *after == before)?;
        let hex = |h: &str| blake3::Hash::from_hex(h).ok();
        let outputs = self.graph.nodes().iter().filter_map(|n| if let Node::Document(stage) = n { Some(stage.info().file) } else { None }).map(|f| inputs.get(f).and_then(|d| hex(&d.hash))).collect::<Option<Vec<_>>>()?;
        Some(Record { digest, seed: hex(seed)?, outputs })
    }

    /// A corpus stage's step, over `inputs` (the documents that can take part; `broken`
    /// more cannot).
    /// Returns what the next run may trust of the stage's folder, and whether that is new
    /// (not the record this run trusted).
    fn corpus(&self, index: usize, seeds: &std::path::Path, all: &[Entry], inputs: &[PartInput], broken: usize, tally: &mut Tally) -> Option<(Record, bool)> {
        let Node::Corpus(stage) = &self.graph.nodes()[index] else { return None };
        let info = stage.info();
        let path = self.layout.shard_dir(info.file);
        let shown = format!("{}/", paths::display(&path));
        if broken > 0 && self.policy.writes() {
            tally.counts.blocked += 1;
            tally.problems.push(
                Diagnostic::new(Kind::Invalid, &shown, format!("not brought up to date: the annotations of {broken} document(s) have problems"))
                    .help("fix the problems listed above and run again"),
            );
            return None;
        }
        let keys: Vec<DocKey> = inputs.iter().map(|i| i.key.clone()).collect();
        let target = Target {
            info,
            path,
            shown,
            source: paths::relative(seeds, &self.layout.project()),
            // the shards sit one folder down, as a document's files do
            schema: layout::schema_ref(info.file, true),
            seed: None,
            inputs: vec![("documents".into(), key::corpus_input(&keys))],
        };
        // (a folder whose documents and files are what an earlier run saw is fresh, its
        // shards not read: `crate::seen`)
        // (and, as for a document, a folder is recorded only if its metadata is the same
        // after the step read it as before)
        let documents = blake3::Hash::from_hex(&target.inputs[0].1).ok();
        let folder = |settled| seen::digest_folder(&target.source, &target.path, &self.layout.corpus_file(info.file), Some(settled));
        let before = self.seen.and(self.settled).and_then(folder);
        if let Some(record) = self.seen.and_then(|s| s.stage(info.name)) {
            if Some(record.seed) == documents && before == Some(record.digest) {
                tally.counts.cached += 1;
                return Some((record.clone(), false));
            }
        }
        let entries: BTreeMap<&str, &Entry> = all.iter().map(|e| (e.name.as_str(), e)).collect();
        let names: Vec<String> = inputs.iter().map(|i| i.entry.name.clone()).collect();
        let reader = |wanted: &[&str]| -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
            let read: Vec<Result<(String, String), Vec<Diagnostic>>> = wanted
                .par_iter()
                .filter_map(|name| entries.get(name))
                .map(|entry| corpus::read(entry).map(|(text, _)| (entry.name.clone(), text)).map_err(|d| vec![d]))
                .collect();
            gather(read).map(|texts| texts.into_iter().collect())
        };
        let loader = |doc: &str, file: &str| -> Result<(file::Stored, String), Diagnostic> {
            let path = self.layout.doc_file(doc, file);
            let shown = paths::display(&path);
            match file::read(&path, &shown)? {
                Some(stored) => Ok((stored, shown)),
                None => Err(Diagnostic::new(Kind::Missing, shown, "no such file (not annotated yet, or deleted)")),
            }
        };
        let docs = Docs { reader: &reader, loader: &loader, problems: Default::default(), names: &names, texts: Default::default() };
        let load_inputs = |entry: &Entry, reads: &[&'static str]| -> Result<Inputs, Diagnostic> {
            let mut inputs = Inputs::default();
            for read in reads {
                let Some(Node::Document(producer)) = self.graph.by_file(read) else { continue };
                let (stored, shown) = loader(&entry.name, read)?;
                let hash: Hash = stored.body_hash();
                inputs.insert(read, producer.load(hash, stored, shown));
            }
            Ok(inputs)
        };
        let ctx = CorpusCtx { inputs, layout: self.layout, load_inputs: &load_inputs, docs: &docs };
        stage.step(self.policy, &target, &ctx, tally);
        let mut found = docs.problems.into_inner().expect("not poisoned");
        // several paths (validation of each shard, linking) may meet the same broken
        // document, from several threads: sorted, so the report does not depend on them
        found.sort_by_cached_key(|d| d.to_string());
        found.dedup_by(|a, b| a.to_string() == b.to_string());
        tally.problems.extend(found);
        let before = before.filter(|_| only_cached(tally))?;
        let digest = folder(self.settled?).filter(|after| *after == before)?;
        Some((Record { digest, seed: documents?, outputs: Vec::new() }, true))
    }
}
