//! A corpus stage's output, kept as a folder of shards: `claims/3f.yaml`, ... Each shard
//! holds the items whose stable key (see [`CorpusStage::split`]) names it, under the
//! usual provenance header; `.index.yaml` beside them records what they were all made
//! from (the corpus's `documents` hash and the stage's fingerprint) and each shard's
//! output hash.
//!
//! Why shards: one corpus-wide file grows with the corpus (half a gigabyte at 100,000
//! documents), every change rewrites all of it, and nobody can open it. Here a run
//! rewrites only the shards whose bytes change, and a person edits one shard as any
//! other file. The index, not each shard's header, holds the corpus's `documents` hash,
//! because that hash changes with every document: in each shard it would make every
//! shard change on every run.
//!
//! The step follows the one for a single file (`step.rs`, `handedit.rs`): the folder is
//! fresh when the index matches the target's key and every shard is the one the index
//! lists; a shard whose body no longer hashes to its header's `output` was edited by a
//! person, is validated and kept, and when the stage runs again its edits are carried
//! onto the new output across the whole corpus's items (the stage's `carry` sees every
//! shard joined), then split again. The folder counts as one file in the report.
//!
//! [`CorpusStage::split`]: crate::graph::CorpusStage::split

use crate::diag::{Diagnostic, Kind};
use crate::file::{self, Hash, Header, Stored};
use crate::graph::{Blocked, Items};
use crate::key::Target;
use crate::layout::{self, Layout};
use crate::report::{EditedFile, Tally};
use crate::step::{checked, guarded, render, split_conflicts, write, Policy, Work};
use crate::{engine::Mode, paths};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// What a sharded stage does besides [`Work`].
pub trait ShardWork<T>: Work<T> + Sync {
    /// The items split into shards by key.
    fn split(&self, items: T) -> BTreeMap<String, T>;
    /// Shards' items as one.
    fn join(&self, shards: Vec<T>) -> T;
    /// Links, and hands the output to `write` to be made a group of shards at a time;
    /// `write` says whether the parts it asked for could all be had. `Blocked` (with the
    /// problems reported) when they could not.
    fn with_linked(&self, write: &mut dyn FnMut(&mut dyn crate::graph::Linked<T>) -> bool) -> Result<(), Blocked>;
}

/// `.index.yaml`: what the shards were made from.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Index {
    stage: String,
    source: String,
    /// The `documents` input: one hash over every document the stage read.
    documents: Hash,
    /// The stage's fingerprint.
    fingerprint: Hash,
    /// Each shard's key and its machine output's hash.
    shards: BTreeMap<String, Hash>,
    /// What each shard's items were made from ([`Linked::made_from`]), for the shards the
    /// stage could tell: a run that finds the same for a shard written by the same code
    /// keeps the shard as it is, without making its items again.
    ///
    /// [`Linked::made_from`]: crate::graph::Linked::made_from
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    made_from: BTreeMap<String, String>,
}

const INDEX_NOTE: &str = "# Written by `pipeline run`: what the shards in this folder were made from. Do not edit;\n# delete it to have the claims linked again.\n";

impl Index {
    fn read(path: &std::path::Path) -> Option<Index> {
        // a missing or broken index only means the shards are linked again
        serde_yaml::from_str(&std::fs::read_to_string(path).ok()?).ok()
    }

    fn render(&self) -> Result<String, Diagnostic> {
        let body = crate::yaml::to_string(self).map_err(|e| Diagnostic::new(Kind::Bug, ".index.yaml", format!("cannot be printed: {e}")))?;
        Ok(format!("{INDEX_NOTE}{body}"))
    }

    /// Whether it lists the shard `key` with that header `output`.
    fn holds(&self, key: &str, output: &Hash) -> bool {
        self.shards.get(key) == Some(output)
    }

    /// Whether `present` (each shard's key and header `output`) are the shards it lists.
    fn lists<'a>(&self, present: impl ExactSizeIterator<Item = (&'a String, &'a Hash)>) -> bool {
        let mut present = present;
        present.len() == self.shards.len() && present.all(|(key, output)| self.holds(key, output))
    }

    /// Whether shard `key`, as `old` holds it on disk, is the one written from `made_from`
    /// by the code and the source of `target`, header and all: then it holds the items
    /// again.
    fn still_holds(&self, key: &str, made_from: &str, old: Option<&Shard>, target: &Target) -> bool {
        self.fingerprint == target.info.fingerprint
            && self.source == target.source
            && self.made_from.get(key).is_some_and(|m| m == made_from)
            && old.is_some_and(|s| {
                !s.is_edited() && self.holds(key, &s.header.output) && s.head == shard_target(target, s.path.clone(), s.shown.clone()).header(&s.header.output)
            })
    }

    /// The header it stands for, to compare with the target's key.
    fn header(&self) -> Header {
        Header {
            stage: self.stage.clone(),
            source: self.source.clone(),
            seed: None,
            inputs: vec![("documents".to_string(), self.documents.clone())],
            fingerprint: self.fingerprint.clone(),
            output: String::new(),
        }
    }
}

/// One shard on disk. Only a hand-edited shard's text is kept: at 100,000 documents the
/// shards hold 1.8 GB, and a run that has to read them all (to find the edited ones)
/// would otherwise hold them all while it links and writes the new ones. The others are
/// read again where a rare path needs them ([`Shard::load`]).
struct Shard {
    path: PathBuf,
    shown: String,
    header: Header,
    /// The text before the body: it holds the body's hash (`output`), so a new text that
    /// starts with it has the same body when this one is not edited.
    head: String,
    /// Its text, when it is hand-edited (its body no longer hashes to its header's
    /// `output`).
    edited: Option<Stored>,
}

impl Shard {
    fn read(path: PathBuf) -> Result<Shard, Diagnostic> {
        let shown = paths::display(&path);
        let stored = read_present(&path, &shown)?;
        let edited = stored.body_hash() != stored.header.output;
        let head = stored.text[..stored.body_start].to_string();
        Ok(Shard { path, shown, header: stored.header.clone(), head, edited: edited.then_some(stored) })
    }

    fn is_edited(&self) -> bool {
        self.edited.is_some()
    }

    /// The text of a shard nobody edited (an edited one keeps its own), read again: still
    /// not edited, or the run stops (a person saved it while the run read the folder).
    fn load(&self) -> Result<Stored, Diagnostic> {
        debug_assert!(!self.is_edited(), "an edited shard keeps its text");
        let stored = read_present(&self.path, &self.shown)?;
        if stored.header != self.header || stored.body_hash() != stored.header.output {
            return Err(Diagnostic::new(Kind::Io, &self.shown, "changed while `pipeline` was reading the folder").help("run the command again"));
        }
        Ok(stored)
    }

    /// Whether `text` is the bytes this shard holds: the same header, so the same body
    /// hash, and a body that hashes to it (`machine` says the new text is the machine's
    /// output, whose body hashes to its header's `output`).
    fn holds_text(&self, text: &str, machine: bool) -> bool {
        match &self.edited {
            Some(stored) => stored.text == text,
            None => machine && text.starts_with(&self.head),
        }
    }
}

/// Brings a corpus stage's folder of shards up to date (or reports on it). `target`'s
/// path is the folder; its `schema` is the one the shards' first line points at.
pub fn step<T: Items + Clone + PartialEq>(policy: Policy, layout: &Layout, target: &Target, tally: &mut Tally, work: &dyn ShardWork<T>) {
    let file = target.info.file;
    let shown = target.shown.clone();
    let index = Index::read(&layout.shard_index(file));
    let read: Vec<Result<(String, Shard), Diagnostic>> = layout
        .shards(file)
        .into_par_iter()
        .map(|(key, path)| Ok((key, Shard::read(path)?)))
        .collect();
    let mut shards = BTreeMap::new();
    let mut unreadable = Vec::new();
    for r in read {
        match r {
            Ok((key, shard)) => {
                shards.insert(key, shard);
            }
            Err(d) => unreadable.push(d),
        }
    }
    if !unreadable.is_empty() {
        tally.invalid_all::<()>(unreadable);
        return;
    }
    let legacy_path = layout.corpus_file(file);
    let legacy = match file::read(&legacy_path, &paths::display(&legacy_path)) {
        Ok(l) => l,
        Err(d) => {
            tally.invalid::<()>(d);
            return;
        }
    };
    if let Some(old) = &legacy {
        if old.body_hash() != old.header.output {
            tally.counts.conflict += 1;
            tally.problems.push(
                Diagnostic::new(Kind::Conflict, paths::display(&legacy_path), format!("hand-edited, and kept in the layout of an earlier version: the stage now keeps its output in {shown}, and was not run"))
                    .help(format!("move the file aside, run `pipeline run`, and make the same edits in the shards under {shown}; or delete the file to drop the edits")),
            );
            return;
        }
    }

    let reason = match &index {
        None if shards.is_empty() => None,
        None => Some("its index is missing".to_string()),
        Some(index) => {
            let other = target.staleness(&index.header());
            let listed = index.lists(shards.iter().map(|(key, s)| (key, &s.header.output)));
            let shards_changed = (!listed).then(|| "its shards are not the ones last written (one was removed, added or replaced)".to_string());
            match (other, shards_changed) {
                (None, None) => None,
                (a, b) => Some(a.into_iter().chain(b).collect::<Vec<_>>().join(", ")),
            }
        }
    };
    let missing = index.is_none() && shards.is_empty();
    let edited: Vec<&String> = shards.iter().filter(|(_, s)| s.is_edited()).map(|(k, _)| k).collect();

    if edited.is_empty() {
        if missing || reason.is_some() || legacy.is_some() {
            if !policy.writes() {
                if missing && legacy.is_none() {
                    tally.counts.missing += 1;
                    tally.problems.push(Diagnostic::new(Kind::Missing, &shown, "no such folder (not linked yet, or deleted)").help("run `pipeline run`"));
                } else {
                    let why = reason.unwrap_or_else(|| "it is kept in the layout of an earlier version".to_string());
                    tally.counts.stale += 1;
                    tally.problems.push(Diagnostic::new(Kind::Stale, &shown, why).help("run `pipeline run`"));
                }
                return;
            }
            linked(layout, work, target, tally, &shards, index.as_ref());
            return;
        }
        if policy.mode == Mode::Check && policy.deep {
            let found: Vec<Diagnostic> = shards
                .values()
                .flat_map(|s| match s.load().map_err(|d| vec![d]).and_then(|stored| crate::step::parse_checked::<T>(&stored, &s.shown, work)) {
                    Ok((_, conflicts)) => conflicts,
                    Err(found) => found,
                })
                .collect();
            let (blocking, conflicts) = split_conflicts(found);
            if blocking.is_empty() {
                tally.counts.cached += 1;
            } else {
                tally.counts.invalid += 1;
            }
            tally.problems.extend(blocking.into_iter().chain(conflicts));
        } else {
            tally.counts.cached += 1;
        }
        return;
    }

    // A person edited some shards.
    let mut blocking = Vec::new();
    let mut conflicts = Vec::new();
    let mut ours_parsed = BTreeMap::new();
    for key in &edited {
        let (s, stored) = (&shards[*key], edited_text(&shards[*key]));
        match stored.parse_all::<T>(&s.shown) {
            Ok(mut items) => {
                items.prepare();
                let (b, c) = split_conflicts(checked(&s.shown, &stored.text, Kind::Invalid, &items, work));
                blocking.extend(b);
                conflicts.extend(c);
                ours_parsed.insert((*key).clone(), items);
            }
            Err(found) => blocking.extend(found),
        }
    }
    if ours_parsed.len() < edited.len() {
        tally.invalid_all::<()>(blocking);
        return;
    }
    // the machine output each edit started from, where it is on record
    let mut bases: BTreeMap<String, Stored> = BTreeMap::new();
    for key in &edited {
        let s = &shards[*key];
        let base = file::read(&layout::machine(&s.path), "").ok().flatten().filter(|b| b.header.output == s.header.output && b.body_hash() == b.header.output);
        if let Some(base) = base {
            bases.insert((*key).clone(), base);
        }
    }
    let listing = policy.mode == Mode::Status;
    // Where it is not on record, the machine output an edit started from can be made
    // again while the inputs are those the edit started from; and also after a run
    // killed between writing a carried shard and its copy (the new output then hashes
    // to the shard's header). It is used only when it hashes to the header's `output`.
    let lacking: Vec<&String> = edited.iter().copied().filter(|k| !bases.contains_key(*k)).collect();
    let mut remade: BTreeMap<String, String> = BTreeMap::new();
    let mut machine_now: Option<T> = None;
    if !lacking.is_empty() && (policy.writes() || listing) {
        if let Ok(Ok(machine)) = guarded(work, target) {
            let mut split = work.split(machine.clone());
            for key in &lacking {
                let items = split.remove(*key).unwrap_or_else(|| work.join(Vec::new()));
                if let Ok((body, output)) = render(&items, &shards[*key].shown) {
                    if output == shards[*key].header.output {
                        remade.insert((*key).clone(), body);
                    }
                }
            }
            machine_now = Some(machine);
        }
    }
    let lacking: Vec<&String> = lacking.into_iter().filter(|k| !remade.contains_key(*k)).collect();
    for key in &edited {
        let (s, stored) = (&shards[*key], edited_text(&shards[*key]));
        let changes = if !listing {
            Ok(Vec::new())
        } else if let Some(base) = bases.get(*key) {
            crate::edits::list(base.body(), stored.body())
        } else if let Some(body) = remade.get(*key) {
            crate::edits::list(body, stored.body())
        } else {
            Err("the machine output this edit started from is not on record, and the corpus has changed since".to_string())
        };
        tally.edited.push(EditedFile { path: s.shown.clone(), changes });
    }

    let Some(reason) = reason else {
        if !blocking.is_empty() {
            tally.invalid_all::<()>(blocking);
            return;
        }
        tally.counts.kept += 1;
        if !conflicts.is_empty() {
            tally.counts.conflict += 1;
            tally.counts.unresolved += 1;
            tally.problems.extend(conflicts);
        }
        if policy.writes() {
            for (key, body) in remade {
                let s = &shards[&key];
                let text = layout::machine_copy(&(s.head.clone() + &body));
                if let Err(d) = write(&layout::machine(&s.path), &text) {
                    tally.problems.push(d);
                }
            }
        }
        return;
    };

    let fits = blocking.is_empty();
    if !lacking.is_empty() || !policy.writes() {
        let kind = if lacking.is_empty() { Kind::Stale } else { Kind::Conflict };
        let edited_shown: Vec<&str> = edited.iter().map(|k| shards[*k].shown.as_str()).collect();
        if kind == Kind::Stale {
            tally.counts.stale += 1;
            tally.problems.push(
                Diagnostic::new(Kind::Stale, &shown, format!("{reason} (hand-edited: {}; `pipeline run` carries the edits onto the new output)", edited_shown.join(", ")))
                    .help("run `pipeline run`"),
            );
        } else {
            tally.counts.conflict += 1;
            let lacking_shown: Vec<&str> = lacking.iter().map(|k| shards[*k].shown.as_str()).collect();
            tally.problems.push(
                Diagnostic::new(Kind::Conflict, &shown, format!("hand-edited ({}), but {reason} since the edit, and the machine output the edit started from is not on record; the edits are kept and the stage was not run", lacking_shown.join(", "))).help(
                    "these edits cannot be carried over automatically: move the edited shards aside, run `pipeline run`, and carry your edits over by hand; or restore what changed",
                ),
            );
        }
        if !fits {
            tally.problems.extend(blocking);
        }
        return;
    }

    // Carry: the person's shards and the machine output they started from, each joined
    // with the shards nobody edited, onto the new output.
    let mut base_parts = Vec::new();
    let mut ours_parts = Vec::new();
    for (key, s) in &shards {
        if let Some(ours) = ours_parsed.remove(key) {
            let machine_path = paths::display(&layout::machine(&s.path));
            let base = match bases.get(key) {
                Some(stored) => stored.parse::<T>(&machine_path),
                None => serde_yaml::from_str::<T>(&remade[key]).map_err(|e| Diagnostic::new(Kind::Bug, &machine_path, format!("the machine output made again does not parse: {e}"))),
            };
            let base = match base {
                Ok(mut b) => {
                    b.prepare();
                    b
                }
                Err(d) => {
                    tally.invalid::<()>(d);
                    return;
                }
            };
            base_parts.push(base);
            ours_parts.push(ours);
        } else {
            match s.load().and_then(|stored| stored.parse::<T>(&s.shown)) {
                Ok(mut items) => {
                    items.prepare();
                    base_parts.push(items.clone());
                    ours_parts.push(items);
                }
                Err(d) => {
                    tally.invalid::<()>(d);
                    return;
                }
            }
        }
    }
    let (base, ours) = (work.join(base_parts), work.join(ours_parts));
    let theirs = match machine_now.or_else(|| compute(work, target, tally)) {
        Some(items) => items,
        None => return,
    };
    let Some(crate::carry::Carried { items: merged, notes }) = work.carry(&base, &ours, &theirs) else {
        tally.counts.conflict += 1;
        tally.problems.push(Diagnostic::new(Kind::Conflict, &shown, format!("hand-edited, but {reason} since the edit; the edits are kept and the stage was not run")).help(
            "these edits cannot be carried over automatically: move the edited shards aside, run `pipeline run`, and carry your edits over by hand",
        ));
        return;
    };
    write_all(layout, target, tally, work, &shards, theirs, Some(merged), notes);
}

/// A shard file listed a moment ago: missing now is an error, not an empty shard.
fn read_present(path: &std::path::Path, shown: &str) -> Result<Stored, Diagnostic> {
    file::read(path, shown)?.ok_or_else(|| Diagnostic::new(Kind::Io, shown, "vanished while being read"))
}

/// The text of a shard known to be hand-edited.
fn edited_text(s: &Shard) -> &Stored {
    s.edited.as_ref().expect("an edited shard keeps its text")
}

/// Runs the stage and writes its output a group of shards at a time ([`write_linked`]);
/// counted as blocked when it is, and a panic in it (a bug) is reported as
/// [`guarded`] does.
fn linked<T: Items + Clone + PartialEq>(layout: &Layout, work: &dyn ShardWork<T>, target: &Target, tally: &mut Tally, old: &BTreeMap<String, Shard>, index: Option<&Index>) {
    let ran = crate::step::catching(target, || work.with_linked(&mut |linked| write_linked(layout, target, tally, work, old, index, linked)));
    match ran {
        Ok(Ok(())) => {}
        Ok(Err(Blocked)) => tally.counts.blocked += 1,
        Err(bug) => {
            tally.invalid::<()>(bug);
        }
    }
}

/// Runs the stage; `None` (counted) when it is blocked or fails.
fn compute<T>(work: &dyn ShardWork<T>, target: &Target, tally: &mut Tally) -> Option<T> {
    match guarded(work, target) {
        Ok(Ok(items)) => Some(items),
        Ok(Err(Blocked)) => {
            tally.counts.blocked += 1;
            None
        }
        Err(bug) => tally.invalid(bug),
    }
}

/// One shard as it is to be written: where its text waits, and the machine copy an
/// edited one keeps.
struct Written {
    key: String,
    path: PathBuf,
    /// The temporary file beside the shard that holds its new text, `None` when the
    /// shard on disk holds that text already (most shards of a run after a change: not
    /// written).
    temp: Option<PathBuf>,
    machine: Option<String>,
    output: Hash,
    /// Edits left unresolved in it.
    conflicts: Vec<Diagnostic>,
}

/// How much of a corpus stage's output (in the stage's own measure, [`Linked::sizes`]:
/// for `claims`, members) is made, printed and checked at once before it waits in
/// temporary files: about 300 MB of claims, then as much YAML.
///
/// [`Linked::sizes`]: crate::graph::Linked::sizes
pub const GROUP: usize = 1 << 19;

/// Writes the new output (`theirs`, with the person's edits carried when `merged`):
/// every shard whose bytes change, the machine copies of edited ones, then the index.
/// Shards no longer produced are removed. Nothing is written when a shard fails its
/// validation (a stage bug).
#[allow(clippy::too_many_arguments)]
fn write_all<T: Items + Clone + PartialEq>(
    layout: &Layout,
    target: &Target,
    tally: &mut Tally,
    work: &dyn ShardWork<T>,
    old: &BTreeMap<String, Shard>,
    theirs: T,
    merged: Option<T>,
    notes: Vec<String>,
) {
    let mut machine = work.split(theirs);
    let carried = merged.is_some();
    let mut person = merged.map(|m| work.split(m)).unwrap_or_default();
    let keys: BTreeSet<String> = machine.keys().chain(person.keys()).cloned().collect();
    let plan: Vec<(String, T, Option<T>)> = keys
        .into_iter()
        .map(|key| {
            let t = machine.remove(&key).unwrap_or_else(|| work.join(Vec::new()));
            let m = if carried { Some(person.remove(&key).unwrap_or_else(|| work.join(Vec::new()))) } else { None };
            let m = m.filter(|m| *m != t);
            (key, t, m)
        })
        .collect();
    let (written, problems) = render_shards(layout, target, work, old, plan, true);
    let written = Pending(written);
    if !problems.is_empty() {
        tally.invalid_all::<()>(problems);
        return;
    }
    commit(layout, target, tally, old, &written.0, BTreeMap::new(), carried, notes);
}

/// Writes the output `linked` makes, a group of shards at a time ([`GROUP`]), as
/// [`write_all`] does with no edits to carry: each group's changed shards wait in
/// temporary files until every shard has been made and checked. A shard made from what
/// the index says it was made from is kept as it is, not made again. What the stage
/// remembers for its next run is cached just before the output is put in place.
/// Returns whether the stage's parts could all be had (when not, nothing is written).
fn write_linked<T: Items + Clone + PartialEq>(
    layout: &Layout,
    target: &Target,
    tally: &mut Tally,
    work: &dyn ShardWork<T>,
    old: &BTreeMap<String, Shard>,
    index: Option<&Index>,
    linked: &mut dyn crate::graph::Linked<T>,
) -> bool {
    let made_from = linked.made_from();
    let mut written = Pending(Vec::new());
    let mut groups: Vec<BTreeSet<String>> = vec![BTreeSet::new()];
    let mut size = 0;
    for (key, n) in linked.sizes() {
        if let (Some(index), Some(m)) = (index, made_from.get(&key)) {
            if index.still_holds(&key, m, old.get(&key), target) {
                let output = old[&key].header.output.clone();
                written.0.push(Written { path: layout.shard(target.info.file, &key), key, temp: None, machine: None, output, conflicts: Vec::new() });
                continue;
            }
        }
        if size > 0 && size + n > GROUP {
            groups.push(BTreeSet::new());
            size = 0;
        }
        size += n;
        groups.last_mut().expect("one group at least").insert(key);
    }
    // (the temporary files are removed however this ends, a panic in the stage included;
    // once they are renamed into place there is nothing left to remove)
    let mut problems = Vec::new();
    for keys in groups.into_iter().filter(|g| !g.is_empty()) {
        let Some(shards) = linked.take(&keys) else {
            return false;
        };
        // (every group is made and checked, so that every problem is reported; none is
        // written once one is found)
        let plan = shards.into_iter().map(|(key, t)| (key, t, None)).collect();
        let (more, found) = render_shards(layout, target, work, old, plan, problems.is_empty());
        written.0.extend(more);
        problems.extend(found);
    }
    if !problems.is_empty() {
        tally.invalid_all::<()>(problems);
        return true;
    }
    written.0.sort_by(|a, b| a.key.cmp(&b.key));
    // The memo goes in place before the output does: a run killed between the two would
    // otherwise leave the memo of the run before beside a fresh output, which no later
    // run replaces (it finds the output fresh and links nothing), so the cache would not
    // be the bytes a clean run leaves. A memo ahead of its output is sound: it is keyed
    // by what each cluster is made from, and the run that completes writes it again.
    if let Some(memo) = linked.memo() {
        let path = layout.memo(target.info.name);
        if let Err(e) = crate::parts::write(&path, target.info.fingerprint, &crate::parts::Memo(memo)) {
            tally.problems.push(Diagnostic::new(Kind::Io, paths::display(&path), format!("cannot be written: {e}")).help("it is a cache, safe to delete: check the folder's permissions and free space"));
        }
    }
    commit(layout, target, tally, old, &written.0, made_from, false, Vec::new());
    true
}

/// Shards made and waiting in temporary files: removed when dropped (those already
/// renamed into place are gone, and left alone).
struct Pending(Vec<Written>);

impl Drop for Pending {
    fn drop(&mut self) {
        forget(&self.0);
    }
}

/// Prints and checks each shard of `plan` (its key, the machine's items, and the
/// person's where they differ), and, when `keep`, writes each text that differs from the
/// shard on disk to a temporary file beside it. Every shard is tried; the problems found
/// are returned with what was written.
fn render_shards<T: Items + Clone + PartialEq>(
    layout: &Layout,
    target: &Target,
    work: &dyn ShardWork<T>,
    old: &BTreeMap<String, Shard>,
    plan: Vec<(String, T, Option<T>)>,
    keep: bool,
) -> (Vec<Written>, Vec<Diagnostic>) {
    let file = target.info.file;
    let rendered: Vec<Result<Written, Vec<Diagnostic>>> = plan
        .into_par_iter()
        .map(|(key, t, m)| {
            let path = layout.shard(file, &key);
            let shown = paths::display(&path);
            let shard_target = shard_target(target, path.clone(), shown.clone());
            let (machine_text, output) = crate::step::render_file(&shard_target, &t, &shown).map_err(|d| vec![d])?;
            let (blocking, _) = split_conflicts(checked(&shown, &machine_text, Kind::Bug, &t, work));
            if !blocking.is_empty() {
                return Err(blocking);
            }
            let pending = |text: String, machine: bool| -> Result<Option<PathBuf>, Vec<Diagnostic>> {
                if !keep || old.get(&key).is_some_and(|s| s.holds_text(&text, machine)) {
                    return Ok(None);
                }
                file::write_temporary(&path, text.as_bytes()).map(Some).map_err(|e| vec![Diagnostic::new(Kind::Io, &shown, format!("cannot be written: {e}"))])
            };
            match m {
                None => Ok(Written { temp: pending(machine_text, true)?, key, path, machine: None, output, conflicts: Vec::new() }),
                Some(m) => {
                    let (body, _) = render(&m, &shown).map_err(|d| vec![d])?;
                    let text = shard_target.header(&output) + &body;
                    let (blocking, conflicts) = split_conflicts(checked(&shown, &text, Kind::Bug, &m, work));
                    if !blocking.is_empty() {
                        return Err(blocking);
                    }
                    let machine = Some(layout::machine_copy(&machine_text));
                    Ok(Written { temp: pending(text, false)?, key, path, machine, output, conflicts })
                }
            }
        })
        .collect();
    let mut written = Vec::new();
    let mut problems = Vec::new();
    for r in rendered {
        match r {
            Ok(w) => written.push(w),
            Err(found) => problems.extend(found),
        }
    }
    (written, problems)
}

/// Removes the temporary files of shards that will not be written.
fn forget(written: &[Written]) {
    for w in written {
        if let Some(temp) = &w.temp {
            let _ = std::fs::remove_file(temp);
        }
    }
}

/// Puts the shards `written` in place (each one's temporary file renamed over it), in
/// phases, each finished before the next starts: the shards that hold a person's edits
/// (each before its machine copy), then the machine's, then removals, then the index.
/// An edit carried from one shard into another is thus on disk before the shard it
/// left is overwritten, whenever the run stops.
/// `made_from` (what each shard was made from, where the stage could tell) goes into the
/// index.
#[allow(clippy::too_many_arguments)]
fn commit(layout: &Layout, target: &Target, tally: &mut Tally, old: &BTreeMap<String, Shard>, written: &[Written], made_from: BTreeMap<String, String>, carried: bool, notes: Vec<String>) {
    let file = target.info.file;
    let mut conflicts = Vec::new();
    let mut problems = Vec::new();
    let mut changed = false;
    for w in written {
        conflicts.extend(w.conflicts.iter().cloned());
    }
    let (edited, plain): (Vec<&Written>, Vec<&Written>) = written.iter().partition(|w| w.machine.is_some());
    for phase in [edited, plain] {
        let results: Vec<Result<bool, Diagnostic>> = phase
            .par_iter()
            .map(|w| {
                let mut changed = false;
                if let Some(temp) = &w.temp {
                    file::put_in_place(temp, &w.path).map_err(|e| Diagnostic::new(Kind::Io, paths::display(&w.path), format!("cannot be written: {e}")))?;
                    changed = true;
                }
                let machine_path = layout::machine(&w.path);
                match &w.machine {
                    Some(copy) => write(&machine_path, copy)?,
                    None => remove(&machine_path)?,
                }
                Ok(changed)
            })
            .collect();
        for r in results {
            match r {
                Ok(c) => changed |= c,
                Err(d) => problems.push(d),
            }
        }
        if !problems.is_empty() {
            // (the shards of the phases not reached keep their old text; their temporary
            // files go with the caller's [`Pending`])
            tally.invalid_all::<()>(problems);
            return;
        }
    }
    let kept: BTreeSet<&String> = written.iter().map(|w| &w.key).collect();
    for (key, s) in old {
        if !kept.contains(key) {
            changed = true;
            if let Err(d) = remove(&s.path).and_then(|_| remove(&layout::machine(&s.path))) {
                problems.push(d);
            }
        }
    }
    if !problems.is_empty() {
        tally.invalid_all::<()>(problems);
        return;
    }
    let index = Index {
        stage: target.info.name.to_string(),
        source: target.source.clone(),
        documents: target.inputs.iter().find(|(n, _)| n == "documents").map(|(_, h)| h.clone()).unwrap_or_default(),
        fingerprint: target.info.fingerprint.to_string(),
        shards: written.iter().map(|w| (w.key.clone(), w.output.clone())).collect(),
        made_from: made_from.into_iter().filter(|(key, _)| kept.contains(key)).collect(),
    };
    let written_index = index.render().and_then(|text| write(&layout.shard_index(file), &text));
    if let Err(d) = written_index {
        tally.invalid::<()>(d);
        return;
    }
    // the file an earlier version kept the items in, now that the shards hold them
    let legacy = layout.corpus_file(file);
    if legacy.exists() {
        changed = true;
        if let Err(d) = remove(&legacy).and_then(|_| remove(&layout::machine(&legacy))) {
            tally.problems.push(d);
        }
    }
    tally.counts.ran += 1;
    if !changed {
        tally.counts.unchanged += 1;
    }
    // the folder stays hand-edited while a shard differs from the machine's
    let still_edited = written.iter().any(|w| w.machine.is_some());
    if carried && (still_edited || !notes.is_empty() || !conflicts.is_empty()) {
        tally.counts.kept += 1;
        tally.counts.carried += 1;
        tally.notes.extend(notes.into_iter().map(|n| format!("{}: {n}", target.shown)));
        if !conflicts.is_empty() {
            tally.counts.conflict += 1;
            tally.counts.unresolved += 1;
            tally.problems.extend(conflicts);
        }
    }
}

/// The target of one shard: the stage's, at the shard's path, with no inputs of its own
/// (the index records them).
fn shard_target(target: &Target, path: PathBuf, shown: String) -> Target {
    Target { info: target.info, path, shown, source: target.source.clone(), schema: target.schema.clone(), seed: None, inputs: Vec::new() }
}

/// Removes a file if it is there.
fn remove(path: &std::path::Path) -> Result<(), Diagnostic> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Diagnostic::new(Kind::Io, paths::display(path), format!("cannot be removed: {e}"))),
    }
}

/// The file of an earlier version, when there is no folder of shards (`shards` being
/// those present): the only place that decides which layout a folder is in.
fn earlier_layout(layout: &Layout, file: &str, shards: &[(String, PathBuf)]) -> Option<PathBuf> {
    (shards.is_empty() && !layout.shard_index(file).exists()).then(|| layout.corpus_file(file))
}

/// The files that hold a corpus stage's items: its shards, in key order, or the file of
/// an earlier version when there is no folder of shards (when it exists).
pub fn files(layout: &Layout, file: &str) -> Vec<PathBuf> {
    let shards = layout.shards(file);
    if let Some(legacy) = earlier_layout(layout, file, &shards) {
        return if legacy.exists() { vec![legacy] } else { Vec::new() };
    }
    shards.into_iter().map(|(_, path)| path).collect()
}

/// A corpus stage's items as readers see them (every shard, joined in key order), with
/// the files they came from; the file of an earlier version when there is no folder of
/// shards; `None` when there is neither. Shards that are not the ones the index lists (a
/// run stopped half-way, a shard removed or added by hand) are refused, not joined: a
/// mix of old and new shards can hold one claim twice.
pub fn read<T: serde::de::DeserializeOwned>(layout: &Layout, file: &str, join: impl Fn(Vec<T>) -> T) -> Result<Option<(T, Vec<PathBuf>)>, Diagnostic> {
    let shards = layout.shards(file);
    if let Some(legacy) = earlier_layout(layout, file, &shards) {
        let shown = paths::display(&legacy);
        return match file::read(&legacy, &shown)? {
            Some(stored) => Ok(Some((stored.parse(&shown)?, vec![legacy]))),
            None => Ok(None),
        };
    }
    let index = Index::read(&layout.shard_index(file));
    let mut parts = Vec::with_capacity(shards.len());
    let mut found = Vec::with_capacity(shards.len());
    for (key, path) in &shards {
        let shown = paths::display(path);
        let stored = read_present(path, &shown)?;
        if !index.as_ref().is_some_and(|i| i.holds(key, &stored.header.output)) {
            return Err(not_listed(layout, file));
        }
        parts.push(stored.parse(&shown)?);
        found.push(path.clone());
    }
    // every shard present is listed: the index lists no other
    if index.is_none_or(|i| i.shards.len() != shards.len()) {
        return Err(not_listed(layout, file));
    }
    Ok(Some((join(parts), found)))
}

fn not_listed(layout: &Layout, file: &str) -> Diagnostic {
    Diagnostic::new(Kind::Stale, format!("{}/", paths::display(&layout.shard_dir(file))), "its shards are not the ones last written (a run stopped half-way, or a shard was removed or added by hand)")
        .help("run `pipeline run`")
}

/// The corpus's claims, from their shards (see [`read`]).
pub fn claims(layout: &Layout) -> Result<Option<(stages::contract::Claims, Vec<PathBuf>)>, Diagnostic> {
    read(layout, crate::graph::files::CLAIMS, crate::graph::claims::join)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::hash;

    #[test]
    fn the_index_reads_back_what_it_wrote() {
        let index = Index {
            stage: "claims".into(),
            source: "seeds".into(),
            documents: hash(b"d"),
            fingerprint: hash(b"f"),
            shards: [("3f".to_string(), hash(b"x")), ("a0".to_string(), hash(b"y"))].into_iter().collect(),
            made_from: [("3f".to_string(), "ab01".to_string())].into_iter().collect(),
        };
        let text = index.render().unwrap();
        assert!(text.starts_with("# Written by `pipeline run`"));
        assert_eq!(serde_yaml::from_str::<Index>(&text).unwrap(), index);
    }
}
