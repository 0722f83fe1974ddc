//! The step: one generic procedure that brings one stage's file up to date (or reports
//! on it), whatever the stage.
//!
//! Read the file's header; if its body no longer hashes to the recorded output, a person
//! edited it (see `handedit.rs`). Otherwise compare the recorded key with the target's:
//! equal means cached; different means run the stage, validate its items against the
//! seed (a failure is a stage bug, reported instead of written), print, write atomically.
//! In `check` and `status` nothing is written and what would be done is reported.

use crate::diag::{Diagnostic, Kind};
use crate::engine::Mode;
use crate::file::{self, hash, Hash, Stored};
use crate::graph::{Blocked, Carried, CorpusStage, Doc, DocumentStage, Docs, Done, Info, Inputs, Items, Linked, Parts};
use crate::key::{DocKey, Target};
use crate::report::Tally;
use crate::validate::Checker;
use crate::{corpus, parts, paths, yaml};
use std::collections::BTreeSet;
use std::path::Path;

/// What the step may do.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Run, check or status.
    pub mode: Mode,
    /// `check` only: re-validate files that are fresh, not only edited ones.
    pub deep: bool,
}

impl Policy {
    /// Whether the step writes files.
    pub fn writes(self) -> bool {
        self.mode == Mode::Run
    }
}

/// What a stage does, as the step drives it.
pub trait Work<T> {
    /// Runs the stage.
    fn compute(&self) -> Result<T, Blocked>;
    /// Checks items against the seed (or the corpus).
    fn validate(&self, items: &T, c: &mut Checker);
    /// Carries a person's edits (`base` → `ours`) onto new output (`theirs`).
    fn carry(&self, base: &T, ours: &T, theirs: &T) -> Option<Carried<T>>;
}

/// Brings one stage's file up to date (or reports on it). Returns the file as
/// downstream stages should read it, or `None` when they cannot.
pub fn step<T: Items>(policy: Policy, target: &Target, tally: &mut Tally, work: &dyn Work<T>) -> Option<Done> {
    let shown = target.shown.clone();
    let stored = match file::read(&target.path, &shown) {
        Ok(stored) => stored,
        Err(d) => return tally.invalid(d),
    };
    let mut previous_output = None;
    if let Some(stored) = stored {
        let body_hash = stored.body_hash();
        let stale = target.staleness(&stored.header);
        if body_hash != stored.header.output {
            return crate::handedit::edited(policy, target, (stored, body_hash, stale), tally, work);
        }
        match stale {
            None => {
                if policy.mode == Mode::Check && policy.deep {
                    match parse_checked::<T>(&stored, &shown, work) {
                        Ok((_, conflicts)) => {
                            tally.counts.cached += 1;
                            tally.problems.extend(conflicts);
                        }
                        Err(found) => {
                            tally.counts.invalid += 1;
                            tally.problems.extend(found);
                        }
                    }
                } else {
                    tally.counts.cached += 1;
                }
                return Some(Done::on_disk::<T>(body_hash, stored, shown));
            }
            Some(reason) if !policy.writes() => {
                tally.counts.stale += 1;
                tally.problems.push(Diagnostic::new(Kind::Stale, &shown, reason).help("run `pipeline run`"));
                return Some(Done::on_disk::<T>(body_hash, stored, shown));
            }
            Some(_) => previous_output = Some(stored.header.output),
        }
    } else if !policy.writes() {
        tally.counts.missing += 1;
        tally.problems.push(Diagnostic::new(Kind::Missing, &shown, "no such file (not annotated yet, or deleted)").help("run `pipeline run`"));
        return None;
    }

    let items = match guarded(work, target) {
        Ok(Ok(items)) => items,
        Ok(Err(Blocked)) => {
            tally.counts.blocked += 1;
            return None;
        }
        Err(bug) => return tally.invalid(bug),
    };
    let (text, output) = match render_file(target, &items, &shown) {
        Ok(rendered) => rendered,
        Err(d) => return tally.invalid(d),
    };
    let (blocking, _) = split_conflicts(checked(&shown, &text, Kind::Bug, &items, work));
    if !blocking.is_empty() {
        return tally.invalid_all(blocking);
    }
    if let Err(d) = write(&target.path, &text) {
        return tally.invalid(d);
    }
    tally.counts.ran += 1;
    if previous_output.as_deref() == Some(output.as_str()) {
        tally.counts.unchanged += 1;
    }
    Some(Done::parsed(output, items))
}

/// Runs the stage; a panic in it (a bug, such as arithmetic that overflows) becomes a
/// diagnostic naming the stage and the file, so the other documents are still done.
pub(crate) fn guarded<T>(work: &dyn Work<T>, target: &Target) -> Result<Result<T, Blocked>, Diagnostic> {
    catching(target, || work.compute())
}

/// Runs `f`, a stage's work on `target`; a panic in it becomes a diagnostic as in
/// [`guarded`].
pub(crate) fn catching<R>(target: &Target, f: impl FnOnce() -> R) -> Result<R, Diagnostic> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        Diagnostic::new(Kind::Bug, &target.shown, format!("stage `{}` panicked: {what}; nothing was written", target.info.name))
            .help("this is a bug in the stage: please report it with the seed; the file was left as it was")
    })
}

/// The problems `validate` finds in `items`, located in `source` (the file's text).
pub(crate) fn checked<T>(shown: &str, source: &str, kind: Kind, items: &T, work: &dyn Work<T>) -> Vec<Diagnostic> {
    let mut checker = Checker::new(shown, source, kind);
    work.validate(items, &mut checker);
    checker.finish()
}

/// Separates what blocks a file (broken spans, ids...) from unresolved hand edits, which
/// are reported but do not stop the file from being used.
pub(crate) fn split_conflicts(found: Vec<Diagnostic>) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    found.into_iter().partition(|d| d.kind != Kind::Conflict)
}

/// A file, parsed and validated: its items and its unresolved hand edits, or every
/// problem found in it.
pub(crate) fn parse_checked<T: Items>(stored: &Stored, shown: &str, work: &dyn Work<T>) -> Result<(T, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut items: T = stored.parse_all(shown)?;
    items.prepare();
    let (blocking, conflicts) = split_conflicts(checked(shown, &stored.text, Kind::Invalid, &items, work));
    if blocking.is_empty() {
        Ok((items, conflicts))
    } else {
        Err(blocking)
    }
}

/// The body as the tool writes it, and its hash.
pub(crate) fn render<T: Items>(items: &T, shown: &str) -> Result<(String, Hash), Diagnostic> {
    let body = yaml::to_string(items).map_err(|e| crate::graph::unprintable(shown, e))?;
    let output = hash(body.as_bytes());
    Ok((body, output))
}

/// The whole file as the tool writes it (header, then body), and the body's hash.
/// The body is printed once, straight after the header, whose `output` (its last line)
/// is filled in when the body's hash is known: a corpus stage's body can run to
/// hundreds of megabytes, and is then held once rather than twice.
pub(crate) fn render_file<T: Items>(target: &Target, items: &T, shown: &str) -> Result<(String, Hash), Diagnostic> {
    let unknown = "0".repeat(hash(b"").len());
    let mut text = target.header(&unknown);
    let body_start = text.len();
    // the header ends with `output: <hash>\n`
    let slot = body_start - 1 - unknown.len()..body_start - 1;
    debug_assert_eq!(&text[slot.clone()], unknown);
    yaml::print_into(&mut text, items).map_err(|e| crate::graph::unprintable(shown, e))?;
    let output = hash(&text.as_bytes()[body_start..]);
    text.replace_range(slot, &output);
    Ok((text, output))
}

/// Writes a file atomically; the problem names it.
pub(crate) fn write(path: &Path, text: &str) -> Result<(), Diagnostic> {
    file::write_atomic(path, text.as_bytes()).map_err(|e| Diagnostic::new(Kind::Io, paths::display(path), format!("cannot be written: {e}")))
}

/// A per-document stage, its items' type erased (see [`crate::graph::Node`]).
pub trait DocNode: Send + Sync {
    /// The stage's name, file, inputs and fingerprint.
    fn info(&self) -> Info;
    /// The JSON Schema of its file.
    fn schema(&self) -> schemars::Schema;
    /// Brings the stage's file for `doc` up to date.
    fn step(&self, policy: Policy, target: &Target, doc: &Doc, tally: &mut Tally) -> Option<Done>;
    /// The file as downstream stages read it, from disk.
    fn load(&self, hash: Hash, stored: Stored, shown: String) -> Done;
}

impl<S: DocumentStage> DocNode for S {
    fn info(&self) -> Info {
        DocumentStage::info(self)
    }

    fn schema(&self) -> schemars::Schema {
        crate::schema::body::<S::Items>()
    }

    fn step(&self, policy: Policy, target: &Target, doc: &Doc, tally: &mut Tally) -> Option<Done> {
        struct OnDoc<'a, S> {
            stage: &'a S,
            doc: &'a Doc<'a>,
        }
        impl<S: DocumentStage> Work<S::Items> for OnDoc<'_, S> {
            fn compute(&self) -> Result<S::Items, Blocked> {
                self.stage.compute(self.doc)
            }
            fn validate(&self, items: &S::Items, c: &mut Checker) {
                self.stage.validate(self.doc, items, c);
            }
            fn carry(&self, base: &S::Items, ours: &S::Items, theirs: &S::Items) -> Option<Carried<S::Items>> {
                self.stage.carry(self.doc, base, ours, theirs)
            }
        }
        step::<S::Items>(policy, target, tally, &OnDoc { stage: self, doc })
    }

    fn load(&self, hash: Hash, stored: Stored, shown: String) -> Done {
        Done::on_disk::<S::Items>(hash, stored, shown)
    }
}

/// One document as a corpus stage depends on it, and where its part is cached.
pub struct PartInput {
    /// The document.
    pub entry: corpus::Entry,
    /// What its part is made from.
    pub key: DocKey,
    /// The key of its cached part.
    pub part_key: Hash,
}

/// Reads a document's upstream files from disk, as downstream stages read them.
pub type LoadInputs<'a> = dyn Fn(&corpus::Entry, &[&'static str]) -> Result<Inputs, Diagnostic> + Sync + 'a;


/// What a corpus stage's step reads besides its own file.
pub struct CorpusCtx<'a> {
    /// Every document the stage links, sorted by name.
    pub inputs: &'a [PartInput],
    /// The annotations folder.
    pub layout: &'a crate::layout::Layout,
    /// A document's upstream files, from disk (for a part the cache does not hold).
    pub load_inputs: &'a LoadInputs<'a>,
    /// The documents, for validation and carrying.
    pub docs: &'a Docs<'a>,
}

/// A corpus stage, its items' type erased (see [`crate::graph::Node`]).
pub trait CorpusNode: Send + Sync {
    /// The stage's name, file, inputs and fingerprint.
    fn info(&self) -> Info;
    /// The JSON Schema of its file.
    fn schema(&self) -> schemars::Schema;
    /// Makes and caches `doc`'s part under `key` unless the cache holds it already.
    fn cache_part(&self, doc: &Doc, path: &Path, key: &str) -> Result<(), Diagnostic>;
    /// Brings the stage's folder of shards up to date (`target`'s path is the folder).
    fn step(&self, policy: Policy, target: &Target, ctx: &CorpusCtx, tally: &mut Tally);
}

impl<S: CorpusStage> CorpusNode for S {
    fn info(&self) -> Info {
        CorpusStage::info(self)
    }

    fn schema(&self) -> schemars::Schema {
        crate::schema::body::<S::Items>()
    }

    fn cache_part(&self, doc: &Doc, path: &Path, key: &str) -> Result<(), Diagnostic> {
        if parts::is_fresh(path, key) {
            return Ok(());
        }
        // a broken input is reported on its own file
        let Ok(part) = self.part(doc) else { return Ok(()) };
        parts::write(path, key, &part).map_err(|e| Diagnostic::new(Kind::Io, paths::display(path), format!("cannot be written: {e}")))
    }

    fn step(&self, policy: Policy, target: &Target, ctx: &CorpusCtx, tally: &mut Tally) {
        struct OnCorpus<'a, S> {
            stage: &'a S,
            ctx: &'a CorpusCtx<'a>,
        }
        impl<S: CorpusStage> OnCorpus<'_, S> {
            /// Every document's part, read from the cache whenever the stage asks, made
            /// again (and cached) where the cache does not hold it.
            fn parts(&self) -> Parts<'_, S::Part> {
                let info = self.stage.info();
                let names = self.ctx.inputs.iter().map(|i| i.entry.name.as_str()).collect();
                let stamps = self.ctx.inputs.iter().map(|i| i.part_key.as_str()).collect();
                let memo = parts::read::<parts::Memo>(&self.ctx.layout.memo(info.name), info.fingerprint).map(|m| m.0);
                Parts::new(names, move |d| {
                    let input = &self.ctx.inputs[d];
                    let name = &input.entry.name;
                    let path = self.ctx.layout.part(info.name, name);
                    if let Some(part) = parts::read::<S::Part>(&path, &input.part_key) {
                        return Ok(part);
                    }
                    let (text, _) = corpus::read(&input.entry).map_err(|d| vec![d])?;
                    let inputs = (self.ctx.load_inputs)(&input.entry, info.reads).map_err(|d| vec![d])?;
                    let doc = Doc { name, text: &text, inputs: &inputs };
                    let part = self.stage.part(&doc).map_err(|_| {
                        vec![Diagnostic::new(Kind::Invalid, name.as_str(), format!("{} cannot read this document's annotations", info.name))]
                    })?;
                    parts::write(&path, &input.part_key, &part)
                        .map_err(|e| vec![Diagnostic::new(Kind::Io, paths::display(&path), format!("cannot be written: {e}"))])?;
                    Ok(part)
                })
                .stamped(stamps)
                .remembering(memo)
            }

            /// Reports why parts could not be had.
            fn blocked(&self, parts: Parts<'_, S::Part>) -> Blocked {
                let found = parts.problems();
                if found.is_empty() {
                    // (every part was had, but the stage found them other than before: a
                    // part changed while it was read twice, or what it remembered of its
                    // last run was not its own, or a bug; the memo goes, so that the next
                    // run does without it)
                    let name = self.stage.info().name;
                    let _ = std::fs::remove_file(self.ctx.layout.memo(name));
                    self.ctx.docs.report(
                        Diagnostic::new(Kind::Bug, name, format!("stage `{name}` found a document's part, or what it remembered of its last run, changed while it linked; nothing was written"))
                            .help("run `pipeline run` again (the memo in `annotations/.cache` was removed); if this repeats, delete `annotations/.cache` and report it"),
                    );
                }
                for d in found {
                    self.ctx.docs.report(d);
                }
                Blocked
            }
        }
        impl<S: CorpusStage> Work<S::Items> for OnCorpus<'_, S> {
            fn compute(&self) -> Result<S::Items, Blocked> {
                let parts = self.parts();
                let shards = self.stage.link_parts(&parts).and_then(|mut linked| {
                    let keys: BTreeSet<String> = linked.sizes().into_keys().collect();
                    linked.take(&keys)
                });
                match shards {
                    Some(shards) => Ok(self.stage.join(shards.into_values().collect())),
                    None => Err(self.blocked(parts)),
                }
            }
            fn validate(&self, items: &S::Items, c: &mut Checker) {
                self.stage.validate(self.ctx.docs, items, c);
            }
            fn carry(&self, base: &S::Items, ours: &S::Items, theirs: &S::Items) -> Option<Carried<S::Items>> {
                self.stage.carry(self.ctx.docs, base, ours, theirs)
            }
        }
        impl<S: CorpusStage> crate::shards::ShardWork<S::Items> for OnCorpus<'_, S> {
            fn split(&self, items: S::Items) -> std::collections::BTreeMap<String, S::Items> {
                self.stage.split(items)
            }
            fn join(&self, shards: Vec<S::Items>) -> S::Items {
                self.stage.join(shards)
            }
            fn with_linked(&self, write: &mut dyn FnMut(&mut dyn Linked<S::Items>) -> bool) -> Result<(), Blocked> {
                let parts = self.parts();
                let done = match self.stage.link_parts(&parts) {
                    Some(mut linked) => write(&mut *linked),
                    None => false,
                };
                if done {
                    Ok(())
                } else {
                    Err(self.blocked(parts))
                }
            }
        }
        crate::shards::step::<S::Items>(policy, ctx.layout, target, tally, &OnCorpus { stage: self, ctx })
    }
}

/// All the values, or all the problems.
pub(crate) fn gather<T>(results: Vec<Result<T, Vec<Diagnostic>>>) -> Result<Vec<T>, Vec<Diagnostic>> {
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
