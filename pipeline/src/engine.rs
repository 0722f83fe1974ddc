//! The engine: brings an annotations folder up to date for a seeds folder (`run`), or
//! says what is not (`check`).
//!
//! Per document, in parallel: `segment` → `speakers` → `quotes`; then `claims` over all
//! documents. Each stage's cache key is its fingerprint, the seed's hash and the content
//! hash of every upstream file it reads, all recorded in the file's header. A stage runs
//! only when one of them differs. Downstream keys use the upstream *content*, so when a
//! stage runs again and writes the same items, nothing downstream runs (early cutoff).
//!
//! A file whose body no longer hashes to its recorded `output` was edited by a person: it
//! is validated and fed downstream, and never overwritten.

use crate::corpus::{self, Entry};
use crate::diag::{Diagnostic, Kind};
use crate::features;
use crate::file::{self, hash, Hash, Header, Stored};
use crate::paths;
use crate::schema;
use crate::stage::Stage;
use crate::validate::{self, Checker, ClaimDoc};
use crate::yaml;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use stages::contract::{Claims, Quotes, Segments, Speakers};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Whether to bring files up to date or only to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Run what is stale and write it.
    Run,
    /// Write nothing; report what is stale, invalid or in conflict.
    Check,
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
    /// Process only one shard of the documents, and not `claims` (see [`Shard`]).
    pub shard: Option<Shard>,
    /// `check` only: list, for every hand-edited file, what the person changed
    /// relative to the machine output (for `pipeline status`).
    pub list_edits: bool,
}

/// A file a person edited, and what they changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditedFile {
    /// The file, as the tool prints paths.
    pub path: String,
    /// The changes relative to the machine output, one line each; `Err` says why they
    /// cannot be listed.
    pub changes: Result<Vec<String>, String>,
}

/// One of `count` stable parts of the corpus, so that a CI matrix of `count` jobs can
/// share the per-document stages; `claims` then runs once over everything committed.
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

/// What happened to one stage's files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// The stage ran (and its file was written).
    pub ran: usize,
    /// Of those, how many wrote the same items as before.
    pub unchanged: usize,
    /// Up to date: nothing to do.
    pub cached: usize,
    /// Hand-edited and up to date: kept as the person left it.
    pub kept: usize,
    /// Of those kept, how many had their edits carried onto new machine output.
    pub carried: usize,
    /// Hand-edited, but its seed or inputs changed since and the edits could not be
    /// carried over, or edits left unresolved: kept, reported.
    pub conflict: usize,
    /// Out of date (check only).
    pub stale: usize,
    /// Not there (check only).
    pub missing: usize,
    /// Broken: invalid edits, unreadable files, stage bugs.
    pub invalid: usize,
    /// Not run because something upstream is broken.
    pub blocked: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.ran += other.ran;
        self.unchanged += other.unchanged;
        self.cached += other.cached;
        self.kept += other.kept;
        self.carried += other.carried;
        self.conflict += other.conflict;
        self.stale += other.stale;
        self.missing += other.missing;
        self.invalid += other.invalid;
        self.blocked += other.blocked;
    }
}

/// The outcome of a run or a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Per stage, in graph order.
    pub counts: [Counts; 4],
    /// Every problem found, in a stable order.
    pub problems: Vec<Diagnostic>,
    /// Things worth saying that are not problems.
    pub notes: Vec<String>,
    /// How many documents the corpus has.
    pub docs: usize,
    /// The files people edited, with their changes when `list_edits` was asked for.
    pub edited: Vec<EditedFile>,
}

impl Report {
    /// Whether the annotations are all right (nothing to report).
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Runs or checks the pipeline. `Err` only when the work cannot start at all (no seeds
/// folder, annotations folder locked and unreachable); every other problem is in the
/// report.
pub fn execute(mode: Mode, options: &Options) -> Result<Report, Diagnostic> {
    let mut corpus = corpus::list(&options.seeds)?;
    let all_names: Vec<String> = corpus.docs.iter().map(|d| d.name.clone()).collect();
    if let Some(shard) = options.shard {
        corpus.docs.retain(|d| shard.holds(&d.name));
    }
    let _lock = match mode {
        Mode::Run => Some(crate::lock::acquire(&options.annotations)?),
        Mode::Check => None,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Diagnostic::new(Kind::Io, "pipeline", format!("cannot start worker threads: {e}")))?;
    let mut report = Report { docs: corpus.docs.len(), notes: corpus.notes.clone(), ..Report::default() };
    let ctx = Ctx { mode, options, seeds_shown: paths::display(&options.seeds) };
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

    let mut claim_inputs = Vec::new();
    let mut broken_docs = 0;
    for result in results {
        for (i, counts) in result.counts.iter().enumerate() {
            report.counts[i].add(counts);
        }
        report.problems.extend(result.problems);
        report.notes.extend(result.notes);
        report.edited.extend(result.edited);
        match result.claim_input {
            Some(input) => claim_inputs.push(input),
            None if result.readable => broken_docs += 1,
            None => {}
        }
    }
    if let Some(shard) = options.shard {
        report.notes.push(format!(
            "shard {}/{}: {} of {} documents; claims not run (run without --shard once every shard is in)",
            shard.index,
            shard.count,
            corpus.docs.len(),
            all_names.len()
        ));
    } else {
        let mut claims_counts = Counts::default();
        let tally = Tally { counts: &mut claims_counts, problems: &mut report.problems, notes: &mut report.notes, edited: &mut report.edited };
        pool.install(|| ctx.claims(&claim_inputs, broken_docs, tally));
        report.counts[Stage::Claims.index()] = claims_counts;
    }

    let names: HashSet<&str> = all_names.iter().map(String::as_str).collect();
    ctx.orphans(&names, &mut report);
    match mode {
        Mode::Run => {
            if let Err(d) = schema::write(&options.annotations) {
                report.problems.push(d);
            }
        }
        Mode::Check => report.problems.extend(schema::check(&options.annotations)),
    }
    Ok(report)
}

struct Ctx<'a> {
    mode: Mode,
    options: &'a Options,
    seeds_shown: String,
}

/// What one document contributes to the report and to `claims`.
struct DocResult {
    counts: [Counts; 3],
    problems: Vec<Diagnostic>,
    notes: Vec<String>,
    edited: Vec<EditedFile>,
    /// `None` when the document cannot take part in `claims`.
    claim_input: Option<ClaimInput>,
    /// Whether the seed could be read at all.
    readable: bool,
}

/// A document as `claims` depends on it.
#[derive(Clone, Debug)]
struct ClaimInput {
    entry: Entry,
    seed: Hash,
    segments: Hash,
    quotes: Hash,
    /// The key of its cached features (see [`crate::features`]).
    features: Hash,
}

/// Where a stage's file is and what it should have been made from.
struct Target<'a> {
    stage: Stage,
    path: PathBuf,
    shown: String,
    source: String,
    schema: String,
    seed: Option<&'a Hash>,
    inputs: Vec<(String, Hash)>,
}

/// A stage's items as downstream stages read them: already parsed, or on disk.
enum Content<T> {
    Parsed(T),
    Disk(Stored),
}

/// A stage's file that downstream stages may read.
struct Done<T> {
    hash: Hash,
    content: Content<T>,
    shown: String,
}

impl<T: DeserializeOwned> Done<T> {
    fn value(&mut self) -> Result<&T, Diagnostic> {
        if let Content::Disk(stored) = &self.content {
            self.content = Content::Parsed(stored.parse(&self.shown)?);
        }
        match &self.content {
            Content::Parsed(value) => Ok(value),
            Content::Disk(_) => unreachable!("parsed just above"),
        }
    }
}

/// The problems and counts of one stage for one document (or for `claims`).
struct Tally<'a> {
    counts: &'a mut Counts,
    problems: &'a mut Vec<Diagnostic>,
    notes: &'a mut Vec<String>,
    edited: &'a mut Vec<EditedFile>,
}

/// What a stage does, as the engine drives it: `compute` runs it; `validate` checks its
/// items against the seed; `carry`, for stages that support it, carries a person's edits
/// onto new output.
struct Work<'a, T, C, V> {
    compute: C,
    validate: V,
    carry: Option<Carry<'a, T>>,
}

/// Applies a person's edits (base → ours) to new machine output (theirs): the new items
/// and notes on what was decided.
type Carry<'a, T> = &'a dyn Fn(&T, &T, &T) -> (T, Vec<String>);

/// Upstream was broken, so this stage could not run.
struct Blocked;

impl Ctx<'_> {
    fn document(&self, entry: &Entry) -> DocResult {
        let mut counts = [Counts::default(); 3];
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let mut edited = Vec::new();
        let (text, seed) = match corpus::read(entry) {
            Ok(read) => read,
            Err(d) => {
                problems.push(d);
                return DocResult { counts, problems, notes, edited, claim_input: None, readable: false };
            }
        };
        let dir = self.options.annotations.join(&entry.name);
        let source = paths::display(&entry.path);
        let target = |stage: Stage, inputs: Vec<(String, Hash)>| {
            let path = dir.join(stage.file_name());
            Target {
                stage,
                shown: paths::display(&path),
                path,
                source: source.clone(),
                schema: format!("../{}/{}", schema::DIR, schema::file_name(stage)),
                seed: Some(&seed),
                inputs,
            }
        };
        let [seg_counts, spk_counts, quo_counts] = &mut counts;

        let seg_target = target(Stage::Segment, Vec::new());
        let mut segments = self.step(
            &seg_target,
            Tally { counts: seg_counts, problems: &mut problems, notes: &mut notes, edited: &mut edited },
            Work {
                compute: || Ok(stages::segment::segment(&text)),
                validate: |value: &Segments, c: &mut Checker| validate::segments(c, &text, value),
                carry: None,
            },
        );

        let mut speakers = match segments.as_mut() {
            None => {
                spk_counts.blocked += 1;
                None
            }
            Some(seg) => {
                let spk_target = target(Stage::Speakers, vec![(Stage::Segment.output().into(), seg.hash.clone())]);
                self.step(
                    &spk_target,
                    Tally { counts: spk_counts, problems: &mut problems, notes: &mut notes, edited: &mut edited },
                    Work {
                        compute: || seg.value().map(|s| stages::speakers::speakers(&text, s)).map_err(|_| Blocked),
                        validate: |value: &Speakers, c: &mut Checker| validate::speakers(c, &text, value),
                        carry: None,
                    },
                )
            }
        };

        let mut quotes = match (segments.as_mut(), speakers.as_mut()) {
            (Some(seg), Some(spk)) => {
                let quo_target = target(
                    Stage::Quotes,
                    vec![(Stage::Segment.output().into(), seg.hash.clone()), (Stage::Speakers.output().into(), spk.hash.clone())],
                );
                let speakers_cell = std::cell::RefCell::new(spk);
                let carry = |base: &Quotes, ours: &Quotes, theirs: &Quotes| {
                    let mut spk = speakers_cell.borrow_mut();
                    let ids: HashSet<&str> = match spk.value() {
                        Ok(spks) => spks.speakers.iter().map(|s| s.id.as_str()).collect(),
                        Err(_) => HashSet::new(),
                    };
                    let carried = crate::merge::carry(base, ours, theirs, &text, &ids);
                    (carried.quotes, carried.notes)
                };
                self.step(
                    &quo_target,
                    Tally { counts: quo_counts, problems: &mut problems, notes: &mut notes, edited: &mut edited },
                    Work {
                        compute: || {
                            let segs = seg.value().map_err(|_| Blocked)?;
                            let mut spk = speakers_cell.borrow_mut();
                            let spks = spk.value().map_err(|_| Blocked)?;
                            Ok(stages::quotes::quotes(&text, segs, spks))
                        },
                        validate: |value: &Quotes, c: &mut Checker| {
                            let mut spk = speakers_cell.borrow_mut();
                            match spk.value() {
                                Ok(spks) => validate::quotes(c, &text, value, spks),
                                Err(_) => validate::quotes(c, &text, value, &Speakers::default()),
                            }
                        },
                        carry: Some(&carry),
                    },
                )
            }
            _ => {
                quo_counts.blocked += 1;
                None
            }
        };

        let claim_input = match (segments.as_mut(), quotes.as_mut()) {
            (Some(seg), Some(quo)) => {
                let key = features::key(&entry.name, &seed, &seg.hash, &quo.hash);
                if self.mode == Mode::Run {
                    self.cache_features(entry, &text, &key, seg, quo, &mut problems);
                }
                Some(ClaimInput { entry: entry.clone(), seed: seed.clone(), segments: seg.hash.clone(), quotes: quo.hash.clone(), features: key })
            }
            _ => None,
        };
        DocResult { counts, problems, notes, edited, claim_input, readable: true }
    }

    /// Brings one stage's file up to date (or, in check mode, reports on it). Returns the
    /// file as downstream stages should read it, or `None` when they cannot.
    ///
    /// `carry`, for stages that support it, applies a person's edits (base → ours) to new
    /// machine output (theirs) when the seed or inputs under an edited file change.
    fn step<T: Items>(
        &self,
        target: &Target,
        tally: Tally,
        work: Work<T, impl FnOnce() -> Result<T, Blocked>, impl Fn(&T, &mut Checker)>,
    ) -> Option<Done<T>> {
        let Work { compute, validate, carry } = work;
        let Tally { counts, problems, notes, edited } = tally;
        let shown = target.shown.clone();
        let stored = match file::read(&target.path, &shown) {
            Ok(stored) => stored,
            Err(d) => {
                counts.invalid += 1;
                problems.push(d);
                return None;
            }
        };
        let mut previous_output = None;
        if let Some(stored) = stored {
            let body_hash = stored.body_hash();
            let stale = staleness(&stored.header, target);
            if body_hash != stored.header.output {
                let work = Work { compute, validate, carry };
                return self.edited(target, (stored, body_hash, stale), Tally { counts, problems, notes, edited }, work);
            }
            match (stale, self.mode) {
                (None, Mode::Check) if self.options.deep => {
                    match parse_checked::<T>(&stored, &shown, &validate) {
                        Ok((_, conflicts)) => {
                            counts.cached += 1;
                            problems.extend(conflicts);
                        }
                        Err(found) => {
                            counts.invalid += 1;
                            problems.extend(found);
                        }
                    }
                    return Some(Done { hash: body_hash, content: Content::Disk(stored), shown });
                }
                (None, _) => {
                    counts.cached += 1;
                    return Some(Done { hash: body_hash, content: Content::Disk(stored), shown });
                }
                (Some(reason), Mode::Check) => {
                    counts.stale += 1;
                    problems.push(Diagnostic::new(Kind::Stale, &shown, reason).help("run `pipeline run`"));
                    return Some(Done { hash: body_hash, content: Content::Disk(stored), shown });
                }
                (Some(_), Mode::Run) => previous_output = Some(stored.header.output),
            }
        } else if self.mode == Mode::Check {
            counts.missing += 1;
            problems.push(Diagnostic::new(Kind::Missing, &shown, "missing").help("run `pipeline run`"));
            return None;
        }

        let Ok(value) = compute() else {
            counts.blocked += 1;
            return None;
        };
        let (body, output) = match render(&value, &shown) {
            Ok(rendered) => rendered,
            Err(d) => {
                counts.invalid += 1;
                problems.push(d);
                return None;
            }
        };
        let text = self.header(target, &output) + &body;
        let (blocking, _) = split_conflicts(checked(&shown, &text, Kind::Bug, &value, &validate));
        if !blocking.is_empty() {
            counts.invalid += 1;
            problems.extend(blocking);
            return None;
        }
        if let Err(d) = write(&target.path, &shown, &text) {
            counts.invalid += 1;
            problems.push(d);
            return None;
        }
        counts.ran += 1;
        if previous_output.as_deref() == Some(output.as_str()) {
            counts.unchanged += 1;
        }
        Some(Done { hash: output, content: Content::Parsed(value), shown })
    }

    /// A file a person edited: validated, fed downstream, never overwritten. When its
    /// key changed since, the edits are carried onto the new machine output where the
    /// stage supports it (and the machine output the edit started from is on record),
    /// and reported as a conflict otherwise.
    fn edited<T: Items>(
        &self,
        target: &Target,
        (stored, body_hash, stale): (Stored, Hash, Option<String>),
        tally: Tally,
        work: Work<T, impl FnOnce() -> Result<T, Blocked>, impl Fn(&T, &mut Checker)>,
    ) -> Option<Done<T>> {
        let Work { compute, validate, carry } = work;
        let Tally { counts, problems, notes, edited } = tally;
        let shown = target.shown.clone();
        let mut value: T = match stored.parse(&shown) {
            Ok(value) => value,
            Err(d) => {
                counts.invalid += 1;
                problems.push(d);
                return None;
            }
        };
        value.prepare();
        // Checked against the current seed: right when nothing changed; when the seed
        // changed, the spans are the old seed's and are carried, not judged.
        let (blocking, conflicts) = split_conflicts(checked(&shown, &stored.text, Kind::Invalid, &value, &validate));
        let base_path = machine_path(&target.path);
        let base = file::read(&base_path, "")
            .ok()
            .flatten()
            .filter(|b| b.header.output == stored.header.output && b.body_hash() == b.header.output);
        // While the inputs are those the edit started from, the machine output can be
        // made again: it is recorded (by `run`) as what later runs carry the edits
        // from, and what `pipeline status` lists them against.
        let mut compute = Some(compute);
        let remade = match (&base, &stale) {
            (None, None) if self.mode == Mode::Run || self.options.list_edits => compute
                .take()
                .and_then(|c| c().ok())
                .and_then(|machine| render(&machine, &shown).ok())
                .filter(|(_, output)| *output == stored.header.output)
                .map(|(body, _)| body),
            _ => None,
        };
        let changes = match (&base, &remade) {
            _ if !self.options.list_edits => Ok(Vec::new()),
            (Some(base), _) => crate::edits::list(base.body(), stored.body()),
            (None, Some(body)) => crate::edits::list(body, stored.body()),
            (None, None) => Err("the machine output this edit started from is not on record, and its seed or inputs have changed since".to_string()),
        };
        edited.push(EditedFile { path: shown.clone(), changes });
        let Some(reason) = stale else {
            if !blocking.is_empty() {
                counts.invalid += 1;
                problems.extend(blocking);
                return None;
            }
            counts.kept += 1;
            if !conflicts.is_empty() {
                counts.conflict += 1;
                problems.extend(conflicts);
            }
            if let (Mode::Run, Some(body)) = (self.mode, remade) {
                let text = stored.text[..stored.body_start].to_string() + &body;
                if let Err(d) = write(&base_path, &paths::display(&base_path), &text) {
                    problems.push(d);
                }
            }
            return Some(Done { hash: body_hash, content: Content::Parsed(value), shown });
        };
        let can_carry = carry.is_some() && base.is_some();
        if self.mode == Mode::Check || !can_carry {
            let (kind, message, help) = if can_carry {
                (Kind::Stale, format!("{reason} (hand-edited: `pipeline run` carries the edits onto the new output)"), "run `pipeline run`")
            } else {
                (
                    Kind::Conflict,
                    format!("hand-edited, but {reason} since the edit; the edit is kept and the stage was not run"),
                    "this file's edits cannot be carried over automatically: move the file aside, run `pipeline run`, and carry your edits over by hand; or restore what changed",
                )
            };
            if kind == Kind::Stale {
                counts.stale += 1;
            } else {
                counts.conflict += 1;
            }
            problems.push(Diagnostic::new(kind, &shown, message).help(help));
            // downstream may read the person's items only where they still fit the seed
            if !blocking.is_empty() {
                return None;
            }
            return Some(Done { hash: body_hash, content: Content::Parsed(value), shown });
        }
        let (Some(carry), Some(base)) = (carry, base) else { unreachable!("can_carry") };
        let base_value: T = match base.parse(&paths::display(&base_path)) {
            Ok(v) => v,
            Err(d) => {
                counts.invalid += 1;
                problems.push(d);
                return None;
            }
        };
        let Some(Ok(theirs)) = compute.take().map(|c| c()) else {
            counts.blocked += 1;
            return None;
        };
        let (merged, carried_notes) = carry(&base_value, &value, &theirs);
        let rendered = render(&theirs, &shown).and_then(|(machine_body, output)| Ok((machine_body, output, render(&merged, &shown)?.0)));
        let (machine_body, output, merged_body) = match rendered {
            Ok(r) => r,
            Err(d) => {
                counts.invalid += 1;
                problems.push(d);
                return None;
            }
        };
        let header = self.header(target, &output);
        let text = header.clone() + &merged_body;
        let (blocking, conflicts) = split_conflicts(checked(&shown, &text, Kind::Bug, &merged, &validate));
        if !blocking.is_empty() {
            counts.invalid += 1;
            problems.extend(blocking);
            return None;
        }
        for (path, bytes) in [(&target.path, &text), (&base_path, &(header + &machine_body))] {
            if let Err(d) = write(path, &paths::display(path), bytes) {
                counts.invalid += 1;
                problems.push(d);
                return None;
            }
        }
        counts.ran += 1;
        counts.kept += 1;
        counts.carried += 1;
        notes.extend(carried_notes.into_iter().map(|n| format!("{shown}: {n}")));
        if !conflicts.is_empty() {
            counts.conflict += 1;
            problems.extend(conflicts);
        }
        Some(Done { hash: file::hash(merged_body.as_bytes()), content: Content::Parsed(merged), shown })
    }

    /// The provenance header for a stage's file whose machine output hashes to `output`.
    fn header(&self, target: &Target, output: &str) -> String {
        Header {
            stage: target.stage.name().to_string(),
            source: target.source.clone(),
            seed: target.seed.cloned(),
            inputs: target.inputs.clone(),
            fingerprint: target.stage.fingerprint().to_string(),
            output: output.to_string(),
        }
        .render(&target.schema)
    }

    /// Makes the document's `claims` features again when its cached ones are not for its
    /// current seed, segments and quotes. Done here, per document and in parallel, while
    /// the document's items are at hand.
    fn cache_features(&self, entry: &Entry, text: &str, key: &str, seg: &mut Done<Segments>, quo: &mut Done<Quotes>, problems: &mut Vec<Diagnostic>) {
        let path = features::path(&self.options.annotations, &entry.name);
        if features::is_fresh(&path, key) {
            return;
        }
        let (Ok(segments), Ok(quotes)) = (seg.value(), quo.value()) else { return };
        let feats = stages::claims::features(&stages::DocInput { name: &entry.name, text, segments, quotes });
        if let Err(e) = features::write(&path, key, &feats) {
            problems.push(Diagnostic::new(Kind::Io, paths::display(&path), format!("cannot be written: {e}")));
        }
    }

    /// The corpus-wide `claims` stage.
    fn claims(&self, inputs: &[ClaimInput], broken_docs: usize, tally: Tally) {
        let Tally { counts, problems, notes, edited } = tally;
        let path = self.options.annotations.join(Stage::Claims.file_name());
        let shown = paths::display(&path);
        if broken_docs > 0 && self.mode == Mode::Run {
            counts.blocked += 1;
            problems.push(
                Diagnostic::new(Kind::Invalid, &shown, format!("not brought up to date: the annotations of {broken_docs} document(s) have problems"))
                    .help("fix the problems listed above and run again"),
            );
            return;
        }
        let mut corpus = blake3::Hasher::new();
        for input in inputs {
            for part in [&input.entry.name, &input.seed, &input.segments, &input.quotes] {
                corpus.update(part.as_bytes());
                corpus.update(b"\0");
            }
            corpus.update(b"\n");
        }
        let target = Target {
            stage: Stage::Claims,
            path,
            shown,
            source: self.seeds_shown.clone(),
            schema: format!("{}/{}", schema::DIR, schema::file_name(Stage::Claims)),
            seed: None,
            inputs: vec![("documents".into(), corpus.finalize().to_hex().to_string())],
        };
        let feature_problems: std::sync::Mutex<Vec<Diagnostic>> = std::sync::Mutex::new(Vec::new());
        let loaded: OnceLock<Result<Vec<LoadedDoc>, Vec<Diagnostic>>> = OnceLock::new();
        let load = || loaded.get_or_init(|| load_docs(&self.options.annotations, inputs));
        self.step(
            &target,
            Tally { counts, problems, notes, edited },
            Work {
                compute: || {
                    let feats = load_features(&self.options.annotations, inputs).map_err(|found| {
                        feature_problems.lock().expect("not poisoned").extend(found);
                        Blocked
                    })?;
                    let view: Vec<(&str, &stages::claims::DocFeatures)> = feats.iter().map(|(n, f)| (n.as_str(), f)).collect();
                    Ok(stages::claims::link(&view))
                },
                validate: |value: &Claims, c: &mut Checker| {
                    if c.is_machine_output() {
                        // the stage's own output: every member's span against its seed
                        match member_texts(value, inputs) {
                            Ok(texts) => {
                                let by_name: HashMap<&str, ClaimDoc> =
                                    texts.iter().map(|(n, t)| (n.as_str(), ClaimDoc { text: t, quote_ids: None })).collect();
                                validate::claims(c, value, &by_name);
                            }
                            Err(found) => feature_problems.lock().expect("not poisoned").extend(found),
                        }
                    } else if let Ok(docs) = load() {
                        // a person's file: spans, and quote ids against each quotes.yaml
                        let by_name: HashMap<&str, ClaimDoc> = docs
                            .iter()
                            .map(|d| {
                                let ids = d.quotes.quotes.iter().map(|q| q.id.as_str()).collect();
                                (d.name.as_str(), ClaimDoc { text: &d.text, quote_ids: Some(ids) })
                            })
                            .collect();
                        validate::claims(c, value, &by_name);
                    }
                    // when the documents cannot be loaded, that is reported once, below
                },
                carry: None,
            },
        );
        if let Some(Err(found)) = loaded.get() {
            problems.extend(found.iter().cloned());
        }
        problems.extend(feature_problems.into_inner().expect("not poisoned"));
    }

    /// Annotation folders whose seed is gone: removed by `run` when the tool wrote all of
    /// their files, kept and reported when a person edited one.
    fn orphans(&self, names: &HashSet<&str>, report: &mut Report) {
        let Ok(entries) = fs::read_dir(&self.options.annotations) else { return };
        let mut orphans: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter(|e| e.file_name().to_str().is_some_and(|n| !n.starts_with('.') && !names.contains(n)))
            .map(|e| e.path())
            .collect();
        orphans.sort();
        for dir in orphans {
            let shown = paths::display(&dir);
            let files: Vec<PathBuf> = Stage::ALL[..3].iter().map(|s| dir.join(s.file_name())).filter(|p| p.exists()).collect();
            let edited = files.iter().any(|p| match file::read(p, "") {
                Ok(Some(stored)) => stored.body_hash() != stored.header.output,
                _ => true,
            });
            if self.mode == Mode::Check || edited {
                let why = if edited { "its seed is gone, and a person edited its annotations" } else { "its seed is gone" };
                let help = if edited {
                    "restore the seed, or delete the folder once its edits are no longer wanted"
                } else {
                    "run `pipeline run` to remove it, or restore the seed"
                };
                report.problems.push(Diagnostic::new(Kind::Orphan, format!("{shown}/"), why).help(help));
                continue;
            }
            for f in &files {
                if let Err(e) = fs::remove_file(f) {
                    report.problems.push(Diagnostic::new(Kind::Io, paths::display(f), format!("cannot be removed: {e}")));
                }
            }
            let _ = fs::remove_dir(&dir);
            report.notes.push(format!("removed {shown}/: its seed is gone"));
        }
    }
}

/// The items of a stage's file, as the engine handles them.
pub trait Items: Serialize + DeserializeOwned {
    /// Completes what a person may leave out when editing (ids of added quotes).
    fn prepare(&mut self) {}
}

impl Items for Segments {}
impl Items for Speakers {}
impl Items for Claims {}
impl Items for Quotes {
    fn prepare(&mut self) {
        crate::merge::fill_missing_ids(self);
    }
}

/// The problems `validate` finds in `value`, located in `source` (the file's text).
fn checked<T>(shown: &str, source: &str, kind: Kind, value: &T, validate: impl Fn(&T, &mut Checker)) -> Vec<Diagnostic> {
    let mut checker = Checker::new(shown, source, kind);
    validate(value, &mut checker);
    checker.finish()
}

/// Separates what blocks a file (broken spans, ids...) from unresolved hand edits, which
/// are reported but do not stop the file from being used.
fn split_conflicts(found: Vec<Diagnostic>) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    found.into_iter().partition(|d| d.kind != Kind::Conflict)
}

/// A person's file, parsed and validated: its items and its unresolved hand edits, or
/// every problem found in it.
fn parse_checked<T: Items>(stored: &Stored, shown: &str, validate: impl Fn(&T, &mut Checker)) -> Result<(T, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut value: T = stored.parse(shown).map_err(|d| vec![d])?;
    value.prepare();
    let (blocking, conflicts) = split_conflicts(checked(shown, &stored.text, Kind::Invalid, &value, validate));
    if blocking.is_empty() {
        Ok((value, conflicts))
    } else {
        Err(blocking)
    }
}

/// The body as the tool writes it, and its hash.
fn render<T: Serialize>(value: &T, shown: &str) -> Result<(String, Hash), Diagnostic> {
    let body = yaml::to_string(value)
        .map_err(|e| Diagnostic::new(Kind::Bug, shown, format!("the stage's output cannot be written as YAML: {e}")))?;
    let output = hash(body.as_bytes());
    Ok((body, output))
}

fn write(path: &Path, shown: &str, text: &str) -> Result<(), Diagnostic> {
    file::write_atomic(path, text.as_bytes()).map_err(|e| Diagnostic::new(Kind::Io, shown, format!("cannot be written: {e}")))
}

/// Where the machine output a hand edit started from is kept: `.machine/<file>` beside
/// the file.
pub fn machine_path(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    dir.join(".machine").join(path.file_name().unwrap_or_default())
}

/// Why a file's header does not match what it should have been made from, or `None`.
fn staleness(header: &Header, target: &Target) -> Option<String> {
    let mut reasons = Vec::new();
    if header.stage != target.stage.name() {
        reasons.push(format!("it was written by stage `{}`", header.stage));
    }
    if header.seed.as_ref() != target.seed {
        reasons.push("seed changed".to_string());
    }
    let recorded: HashMap<&str, &str> = header.inputs.iter().map(|(n, h)| (n.as_str(), h.as_str())).collect();
    for (name, h) in &target.inputs {
        if recorded.get(name.as_str()) != Some(&h.as_str()) {
            reasons.push(format!("{name} changed"));
        }
    }
    if header.inputs.len() != target.inputs.len() && reasons.is_empty() {
        reasons.push("its inputs changed".to_string());
    }
    if header.fingerprint != target.stage.fingerprint() {
        reasons.push("stage code changed".to_string());
    }
    (!reasons.is_empty()).then(|| reasons.join(", "))
}

/// A document as `claims` reads it.
struct LoadedDoc {
    name: String,
    text: String,
    segments: Segments,
    quotes: Quotes,
}

/// Every document's `claims` features, from the cache, made again (from the document's
/// seed and YAML) where the cache does not hold them.
fn load_features(annotations: &Path, inputs: &[ClaimInput]) -> Result<Vec<(String, stages::claims::DocFeatures)>, Vec<Diagnostic>> {
    let loaded: Vec<Result<(String, stages::claims::DocFeatures), Vec<Diagnostic>>> = inputs
        .par_iter()
        .map(|input| {
            let path = features::path(annotations, &input.entry.name);
            if let Some(feats) = features::read(&path, &input.features) {
                return Ok((input.entry.name.clone(), feats));
            }
            let doc = load_docs(annotations, std::slice::from_ref(input))?.pop().expect("one document in, one out");
            let feats = stages::claims::features(&stages::DocInput { name: &doc.name, text: &doc.text, segments: &doc.segments, quotes: &doc.quotes });
            features::write(&path, &input.features, &feats).map_err(|e| vec![Diagnostic::new(Kind::Io, paths::display(&path), format!("cannot be written: {e}"))])?;
            Ok((doc.name, feats))
        })
        .collect();
    gather(loaded)
}

/// The seed texts of the documents that `claims` names, to check its members against.
fn member_texts(claims: &Claims, inputs: &[ClaimInput]) -> Result<Vec<(String, String)>, Vec<Diagnostic>> {
    let named: HashSet<&str> = claims.claims.iter().flat_map(|c| c.members.iter().map(|m| m.doc.as_str())).collect();
    let read: Vec<Result<(String, String), Vec<Diagnostic>>> = inputs
        .par_iter()
        .filter(|i| named.contains(i.entry.name.as_str()))
        .map(|i| corpus::read(&i.entry).map(|(text, _)| (i.entry.name.clone(), text)).map_err(|d| vec![d]))
        .collect();
    gather(read)
}

/// All the values, or all the problems.
fn gather<T>(results: Vec<Result<T, Vec<Diagnostic>>>) -> Result<Vec<T>, Vec<Diagnostic>> {
    let mut values = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(v) => values.push(v),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(values)
    } else {
        Err(problems)
    }
}

fn load_docs(annotations: &Path, inputs: &[ClaimInput]) -> Result<Vec<LoadedDoc>, Vec<Diagnostic>> {
    let loaded: Vec<Result<LoadedDoc, Vec<Diagnostic>>> = inputs
        .par_iter()
        .map(|input| {
            let (text, _) = corpus::read(&input.entry)?;
            let dir = annotations.join(&input.entry.name);
            let parse = |stage: Stage| -> Result<Stored, Diagnostic> {
                let path = dir.join(stage.file_name());
                let shown = paths::display(&path);
                file::read(&path, &shown)?.ok_or_else(|| Diagnostic::new(Kind::Missing, shown, "missing"))
            };
            let seg_file = parse(Stage::Segment)?;
            let quo_file = parse(Stage::Quotes)?;
            let dir_shown = |stage: Stage| paths::display(&dir.join(stage.file_name()));
            let mut quotes: Quotes = quo_file.parse(&dir_shown(Stage::Quotes))?;
            quotes.prepare();
            Ok(LoadedDoc { name: input.entry.name.clone(), segments: seg_file.parse(&dir_shown(Stage::Segment))?, quotes, text })
        })
        .map(|r: Result<LoadedDoc, Diagnostic>| r.map_err(|d| vec![d]))
        .collect();
    gather(loaded)
}

/// Progress on standard error: a bar on a terminal, a line every tenth otherwise, and
/// nothing for small corpora.
struct Progress {
    total: usize,
    done: AtomicUsize,
    terminal: bool,
    enabled: bool,
}

impl Progress {
    fn new(wanted: bool, total: usize) -> Progress {
        let terminal = std::io::stderr().is_terminal();
        let enabled = wanted && total >= if terminal { 200 } else { 1000 };
        Progress { total, done: AtomicUsize::new(0), terminal, enabled }
    }

    fn tick(&self) {
        if !self.enabled {
            return;
        }
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let step = (self.total / if self.terminal { 100 } else { 10 }).max(1);
        if !done.is_multiple_of(step) && done != self.total {
            return;
        }
        if self.terminal {
            let filled = done * 30 / self.total;
            eprint!("\r[{}{}] {done}/{} documents", "#".repeat(filled), " ".repeat(30 - filled), self.total);
        } else {
            eprintln!("{done}/{} documents", self.total);
        }
    }

    fn finish(&self) {
        if self.enabled && self.terminal {
            eprintln!();
        }
    }
}
