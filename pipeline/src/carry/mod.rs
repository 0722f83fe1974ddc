//! Carrying a person's edits onto new machine output, for every stage's file.
//!
//! When the seed (or an input) under a hand-edited file changes, the stage runs again and
//! three versions of the file meet: the *base* (what the machine wrote before, recorded
//! in `.machine/` when the edit was first seen), *ours* (the person's file) and *theirs*
//! (the new machine output). The person's edits are the differences between base and
//! ours, item by item (by id); each is applied to theirs:
//!
//! | file | edits carried | module |
//! |---|---|---|
//! | `segments.yaml` | a paragraph's kind (and rule) fixed, its sentences re-split, its span fixed; a paragraph deleted or added | [`segments`](mod@segments) |
//! | `speakers.yaml` | a canonical name corrected, an id renamed, two people merged, a person deleted or added, a mention removed, added, moved to another person or its form changed | [`speakers`](mod@speakers) |
//! | `quotes.yaml` | a quote's fields changed, its span fixed, a quote deleted or added | [`quotes`](mod@quotes) |
//! | `claims/<kk>.yaml` | a member removed or added, claims merged, a claim deleted or added, its text, kind or fields corrected | [`claims`](mod@claims) |
//!
//! Where both the person and the new machine output changed the same field, the person
//! wins and a note says so. Every item is re-anchored to the new seed by its text, then
//! by position: the *moves* (where items the machine wrote both times went, paired as a
//! diff pairs them) tell how far text moved, so a text is found in the new seed where
//! its old offset moved by the nearest move puts it, and an old offset with no text of
//! its own (a sentence break) moves with the stretch of text the moves show unchanged. What cannot be carried (its text is gone,
//! or now stands in several places) goes to the file's `unresolved` list with its reason,
//! as the person left it, never silently dropped.

pub mod claims;
pub mod quotes;
pub mod segments;
pub mod speakers;

pub use claims::claims;
pub use quotes::{fill_missing_ids, quotes};
pub use segments::segments;
pub use speakers::speakers;

use similar::{capture_diff_slices, Algorithm, DiffOp};
use stages::Span;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// The result of carrying edits: the file's new items and what to tell the person.
#[derive(Debug)]
pub struct Carried<T> {
    /// The new items: the machine's new output with the person's edits applied, and the
    /// edits that could not be carried in the file's `unresolved` list.
    pub items: T,
    /// Disagreements and partial carries, one line each, naming the item.
    pub notes: Vec<String>,
}

/// Where items of the old seed stand in the new one.
pub(crate) struct Anchors<'a> {
    seed: &'a str,
    /// (old span, new span) of equal length known to hold the same text, sorted: the
    /// evidence for how far text moved.
    moves: Vec<(Span, Span)>,
    /// Stretches of the old seed that moved as one: (old stretch, how far it moved), the
    /// moves merged where neighbours moved by the same amount, sorted.
    runs: Vec<(Span, isize)>,
    /// Single offsets known to correspond (empty moves: where a paragraph whose text
    /// changed starts and ends): (old offset, how far it moved).
    points: Vec<(usize, isize)>,
}

/// Where a text of the old seed stands in the new one.
pub(crate) enum Anchor {
    At(Span),
    Gone,
    Ambiguous(usize),
}

impl<'a> Anchors<'a> {
    /// Anchors in the new `seed` from `moves`, (old span, new span) pairs known to hold
    /// the same text; pairs of unequal length are left out.
    pub(crate) fn new(seed: &'a str, mut moves: Vec<(Span, Span)>) -> Anchors<'a> {
        moves.retain(|(old, new)| old.len() == new.len());
        moves.sort_unstable();
        moves.dedup();
        let mut runs: Vec<(Span, isize)> = Vec::new();
        let mut points = Vec::new();
        for &(old, new) in &moves {
            let delta = new.start() as isize - old.start() as isize;
            if old.is_empty() {
                points.push((old.start(), delta));
                continue;
            }
            match runs.last_mut() {
                Some((run, d)) if *d == delta => *run = Span::new(run.start(), run.end().max(old.end())).unwrap_or(*run),
                _ => runs.push((old, delta)),
            }
        }
        Anchors { seed, moves, runs, points }
    }

    /// How far the move nearest to `old` (by its old start) went.
    pub(crate) fn shift_near(&self, old: usize) -> isize {
        self.moves
            .iter()
            .min_by_key(|(o, _)| o.start().abs_diff(old))
            .map_or(0, |&(o, n)| n.start() as isize - o.start() as isize)
    }

    /// Finds `text` in the new seed: the only occurrence, or the one exactly where the
    /// old offset moved by `shift` puts it.
    pub(crate) fn find(&self, text: &str, old_start: usize, shift: isize) -> Anchor {
        if text.is_empty() {
            return Anchor::Gone;
        }
        let hits: Vec<usize> = self.seed.match_indices(text).map(|(i, _)| i).collect();
        let span_at = |start: usize| Span::new(start, start + text.len()).map_or(Anchor::Gone, Anchor::At);
        match hits.as_slice() {
            [] => Anchor::Gone,
            [one] => span_at(*one),
            many => {
                let predicted = old_start.checked_add_signed(shift);
                match many.iter().find(|&&h| Some(h) == predicted) {
                    Some(&h) => span_at(h),
                    None => Anchor::Ambiguous(many.len()),
                }
            }
        }
    }

    /// Finds the text an item had at `old`: by its text, then by the shift of the move
    /// nearest to it.
    pub(crate) fn locate(&self, text: &str, old: Span) -> Anchor {
        self.find(text, old.start(), self.shift_near(old.start()))
    }

    /// Where the old span `old` stands now, for an item that has no text of its own to
    /// find (a paragraph, a sentence): each end moved by the stretch of unchanged text it
    /// lies in. `None` when an end lies in text that changed (or where stretches that
    /// moved differently meet), or the result does not fit the new seed.
    pub(crate) fn map_span(&self, old: Span) -> Option<Span> {
        let start = self.map_offset(old.start(), true)?;
        let end = self.map_offset(old.end(), false)?;
        let span = Span::new(start, end)?;
        span.check(self.seed).ok().map(|()| span)
    }

    /// An old offset moved by the run it lies in (as a span's start, the run holds the
    /// byte at `at`; as its end, the byte before it) or by the point it is.
    fn map_offset(&self, at: usize, as_start: bool) -> Option<usize> {
        let in_run = |run: &Span| if as_start { run.start() <= at && at < run.end() } else { run.start() < at && at <= run.end() };
        let runs = self.runs.iter().filter(|(run, _)| in_run(run)).map(|(_, d)| *d);
        let mut deltas = runs.chain(self.points.iter().filter(|(p, _)| *p == at).map(|(_, d)| *d));
        let delta = deltas.next()?;
        if deltas.any(|d| d != delta) {
            return None;
        }
        at.checked_add_signed(delta)
    }
}

/// The reason an item the person added or changed could not be carried.
pub(crate) fn why(anchor: Anchor, what: &str) -> String {
    why_in(anchor, what, "the seed")
}

/// [`why`], for a text looked for in `place` (`the seed`, a document's name).
pub(crate) fn why_in(anchor: Anchor, what: &str, place: &str) -> String {
    match anchor {
        Anchor::Gone => format!("orphaned: the {what} is no longer in {place}"),
        Anchor::Ambiguous(n) => format!("ambiguous: the {what} now stands in {n} places"),
        Anchor::At(_) => unreachable!("an anchored item is carried"),
    }
}

/// Pairs the items of two machine outputs by their keys, as a diff would (patience: keys
/// unique on both sides first, then the equal runs between them): for each base item,
/// the index of the theirs item that continues it.
pub(crate) fn align<K: Hash + Eq + Ord>(base: &[K], theirs: &[K]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; base.len()];
    for op in capture_diff_slices(Algorithm::Patience, base, theirs) {
        if let DiffOp::Equal { old_index, new_index, len } = op {
            for k in 0..len {
                pairs[old_index + k] = Some(new_index + k);
            }
        }
    }
    pairs
}

/// The stretches the pairing left unpaired on both sides, between two pairs: (base
/// indices, theirs indices), each non-empty. `pairs` must be increasing, as [`align`]'s.
pub(crate) fn gaps(pairs: &[Option<usize>], theirs_len: usize) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut out = Vec::new();
    let (mut b0, mut t0) = (0, 0);
    let ends = pairs.iter().enumerate().filter_map(|(b, t)| t.map(|t| (b, t))).chain([(pairs.len(), theirs_len)]);
    for (b, t) in ends {
        if b > b0 && t > t0 {
            out.push(((b0..b).collect(), (t0..t).collect()));
        }
        (b0, t0) = (b + 1, t + 1);
    }
    out
}

/// The value of one field after carrying: the person's where they changed it, else the
/// new machine output's. Where both changed it differently, the person's stands and a
/// note naming `item` and `name` says what the machine now says (each value as `show`
/// writes it).
pub(crate) fn field<V: PartialEq + Clone>(
    notes: &mut Vec<String>,
    item: &str,
    name: &str,
    [base, ours, theirs]: [&V; 3],
    show: impl Fn(&V) -> String,
) -> V {
    if ours == base {
        return theirs.clone();
    }
    if theirs != base && theirs != ours {
        notes.push(format!("{item}: your {name} {} kept; the new machine output says {}", show(ours), show(theirs)));
    }
    ours.clone()
}

/// An optional value as a note shows it: the value, or `null`.
pub(crate) fn show<T: std::fmt::Debug>(value: &Option<T>) -> String {
    match value {
        Some(v) => format!("{v:?}").trim_matches('"').to_string(),
        None => "null".to_string(),
    }
}

/// A value as a note shows it, through its serde name (`caption`, `surname`).
pub(crate) fn show_serde<T: serde::Serialize>(value: &T) -> String {
    match serde_yaml::to_value(value) {
        Ok(serde_yaml::Value::String(s)) => s,
        Ok(other) => serde_yaml::to_string(&other).map(|s| s.trim().to_string()).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Keeps ids unique: where a machine item collides with a person's id, the machine's gets
/// a suffix, since the person's id may be referred to elsewhere.
pub(crate) fn dedupe_ids<T>(items: &mut [T], id: impl Fn(&mut T) -> &mut String, person: &HashSet<&str>) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| !person.contains(id(&mut items[i]).as_str()));
    for i in order {
        let own = id(&mut items[i]);
        let mut new = own.clone();
        let mut n = 2;
        while seen.contains(&new) {
            new = format!("{own}-{n}");
            n += 1;
        }
        seen.insert(new.clone());
        *own = new;
    }
}

/// How often each key occurs.
pub(crate) fn counts<K: Hash + Eq>(keys: impl IntoIterator<Item = K>) -> HashMap<K, usize> {
    let mut m = HashMap::new();
    for k in keys {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: usize, e: usize) -> Span {
        Span::new(s, e).unwrap()
    }

    #[test]
    fn an_offset_in_unchanged_text_moves_with_it_and_one_in_changed_text_does_not() {
        // old: "aaaa bbbb cccc"; new: "xx aaaa bbbbb cccc": a prefix, then "bbbb" grew
        let seed = "xx aaaa bbbbb cccc";
        let anchors = Anchors::new(seed, vec![(span(0, 4), span(3, 7)), (span(10, 14), span(14, 18))]);
        assert_eq!(anchors.map_span(span(1, 3)), Some(span(4, 6)));
        assert_eq!(anchors.map_span(span(0, 14)), Some(span(3, 18)), "ends in unchanged text, whatever changed between");
        assert_eq!(anchors.map_span(span(5, 9)), None, "inside the text that changed");
    }

    #[test]
    fn neighbours_that_moved_alike_vouch_for_the_text_between_them() {
        let seed = "xx aaaa bbbb cccc";
        let anchors = Anchors::new(seed, vec![(span(0, 4), span(3, 7)), (span(10, 14), span(13, 17))]);
        assert_eq!(anchors.map_span(span(5, 9)), Some(span(8, 12)));
    }

    #[test]
    fn align_pairs_what_both_outputs_hold_and_leaves_gaps_between() {
        let pairs = align(&["a", "b", "c", "d"], &["new", "a", "b2", "c", "d"]);
        assert_eq!(pairs, [Some(1), None, Some(3), Some(4)]);
        assert_eq!(gaps(&pairs, 5), [(vec![1], vec![2])]);
    }

    #[test]
    fn the_person_wins_a_field_both_changed_and_it_is_noted() {
        let mut notes = Vec::new();
        assert_eq!(field(&mut notes, "x", "kind", [&1, &1, &3], |v| v.to_string()), 3);
        assert_eq!(field(&mut notes, "x", "kind", [&1, &2, &1], |v| v.to_string()), 2);
        assert!(notes.is_empty());
        assert_eq!(field(&mut notes, "x", "kind", [&1, &2, &3], |v| v.to_string()), 2);
        assert_eq!(notes, ["x: your kind 2 kept; the new machine output says 3"]);
    }
}
