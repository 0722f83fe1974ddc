//! What a run or a check found: counts per stage, problems, notes, the files people
//! edited. Every part follows the stage graph: one entry per stage, in graph order.

use crate::diag::Diagnostic;

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
    /// Of those kept, how many hold edits left `unresolved` (also counted in
    /// `conflict`).
    pub unresolved: usize,
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
    /// Adds `other` to these counts.
    pub fn add(&mut self, other: &Counts) {
        self.ran += other.ran;
        self.unchanged += other.unchanged;
        self.cached += other.cached;
        self.kept += other.kept;
        self.carried += other.carried;
        self.conflict += other.conflict;
        self.unresolved += other.unresolved;
        self.stale += other.stale;
        self.missing += other.missing;
        self.invalid += other.invalid;
        self.blocked += other.blocked;
    }
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

/// What one stage did to one file (or to several, once added up): the engine's step
/// writes into it, and the report adds them up.
#[derive(Debug, Default)]
pub struct Tally {
    /// The counts.
    pub counts: Counts,
    /// Problems, in the order found.
    pub problems: Vec<Diagnostic>,
    /// Things worth saying that are not problems.
    pub notes: Vec<String>,
    /// Files people edited.
    pub edited: Vec<EditedFile>,
}

impl Tally {
    /// Records a file that is broken (invalid, unreadable, a stage bug) and gives
    /// nothing to downstream stages: `None`, for the caller to return.
    pub fn invalid<T>(&mut self, problem: Diagnostic) -> Option<T> {
        self.counts.invalid += 1;
        self.problems.push(problem);
        None
    }

    /// The same for several problems of one file.
    pub fn invalid_all<T>(&mut self, problems: Vec<Diagnostic>) -> Option<T> {
        self.counts.invalid += 1;
        self.problems.extend(problems);
        None
    }

    /// Adds `other` to this tally.
    pub fn absorb(&mut self, other: Tally) {
        self.counts.add(&other.counts);
        self.problems.extend(other.problems);
        self.notes.extend(other.notes);
        self.edited.extend(other.edited);
    }
}

/// The outcome of a run, a check or a status.
#[derive(Debug, Default)]
pub struct Report {
    /// Per stage, in graph order: its name and counts.
    pub stages: Vec<(&'static str, Counts)>,
    /// Every problem found, in a stable order.
    pub problems: Vec<Diagnostic>,
    /// Things worth saying that are not problems.
    pub notes: Vec<String>,
    /// How many documents the corpus has (in this shard).
    pub docs: usize,
    /// How many annotation files the graph gives this corpus.
    pub files: usize,
    /// The files people edited, with their changes in `status` mode.
    pub edited: Vec<EditedFile>,
    /// How many documents were taken as fresh from what an earlier run saw of their
    /// files, none of them read ([`crate::seen`]).
    pub unread: usize,
}

impl Report {
    /// Whether the annotations are all right (nothing to report).
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// The counts of the stage called `name`.
    pub fn counts(&self, name: &str) -> Option<&Counts> {
        self.stages.iter().find(|(n, _)| *n == name).map(|(_, c)| c)
    }

    /// Adds one stage's tally (the stage at `index` in graph order).
    pub fn absorb(&mut self, index: usize, tally: Tally) {
        self.stages[index].1.add(&tally.counts);
        self.problems.extend(tally.problems);
        self.notes.extend(tally.notes);
        self.edited.extend(tally.edited);
    }
}
