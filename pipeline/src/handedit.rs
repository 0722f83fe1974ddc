//! The hand-edit policy: a file whose body no longer hashes to its recorded output was
//! edited by a person. It is validated, fed downstream, and never overwritten.
//!
//! - While the stage's key is unchanged, the file is *kept*. The machine output the edit
//!   started from is made again and recorded under `.machine/` (by `run`), as the base
//!   later runs carry the edits from and `status` lists them against.
//! - When the key changed since (seed, inputs or code), the stage runs again and the
//!   person's edits (base → ours) are carried onto the new output (theirs) by the stage's
//!   `carry`; what cannot be carried goes to the file's `unresolved` list. Without a
//!   recorded base, or for a stage that cannot carry, the file is a conflict.

use crate::diag::{Diagnostic, Kind};
use crate::file::{self, Hash, Stored};
use crate::graph::{Done, Items};
use crate::key::Target;
use crate::report::{EditedFile, Tally};
use crate::step::{checked, guarded, render, split_conflicts, write, Policy, Work};
use crate::{engine::Mode, layout, paths};

/// Handles a file a person edited; see the module doc.
pub fn edited<T: Items>(
    policy: Policy,
    target: &Target,
    (stored, body_hash, stale): (Stored, Hash, Option<String>),
    tally: &mut Tally,
    work: &dyn Work<T>,
) -> Option<Done> {
    let shown = target.shown.clone();
    let mut ours: T = match stored.parse_all(&shown) {
        Ok(items) => items,
        Err(found) => return tally.invalid_all(found),
    };
    ours.prepare();
    // Checked against the current seed: right when nothing changed; when the seed
    // changed, the spans are the old seed's and are carried, not judged.
    let (blocking, conflicts) = split_conflicts(checked(&shown, &stored.text, Kind::Invalid, &ours, work));
    let base_path = layout::machine(&target.path);
    let base = file::read(&base_path, "")
        .ok()
        .flatten()
        .filter(|b| b.header.output == stored.header.output && b.body_hash() == b.header.output);
    let listing = policy.mode == Mode::Status;
    // While the inputs are those the edit started from, the machine output can be made
    // again: recorded (by `run`) as what later runs carry the edits from, and what
    // `status` lists them against.
    let remade = match (&base, &stale) {
        (None, None) if policy.writes() || listing => guarded(work, target)
            .ok()
            .and_then(Result::ok)
            .and_then(|machine| render(&machine, &shown).ok())
            .filter(|(_, output)| *output == stored.header.output)
            .map(|(body, _)| body),
        _ => None,
    };
    let changes = match (&base, &remade) {
        _ if !listing => Ok(Vec::new()),
        (Some(base), _) => crate::edits::list(base.body(), stored.body()),
        (None, Some(body)) => crate::edits::list(body, stored.body()),
        (None, None) => Err("the machine output this edit started from is not on record, and its seed or inputs have changed since".to_string()),
    };
    tally.edited.push(EditedFile { path: shown.clone(), changes });

    let Some(reason) = stale else {
        if !blocking.is_empty() {
            return tally.invalid_all(blocking);
        }
        tally.counts.kept += 1;
        if !conflicts.is_empty() {
            tally.counts.conflict += 1;
            tally.counts.unresolved += 1;
            tally.problems.extend(conflicts);
        }
        if let (true, Some(body)) = (policy.writes(), remade) {
            let text = layout::machine_copy(&(stored.text[..stored.body_start].to_string() + &body));
            if let Err(d) = write(&base_path, &text) {
                tally.problems.push(d);
            }
        }
        return Some(Done::parsed(body_hash, ours));
    };

    let fits = blocking.is_empty();
    let base = match base {
        None => return not_carried(Kind::Conflict, target, tally, reason, fits, (body_hash, ours)),
        Some(_) if !policy.writes() => return not_carried(Kind::Stale, target, tally, reason, fits, (body_hash, ours)),
        Some(base) => base,
    };
    let base_items: T = match base.parse(&paths::display(&base_path)) {
        Ok(items) => items,
        Err(d) => return tally.invalid(d),
    };
    let theirs = match guarded(work, target) {
        Ok(Ok(items)) => items,
        Ok(Err(_)) => {
            tally.counts.blocked += 1;
            return None;
        }
        Err(bug) => return tally.invalid(bug),
    };
    let Some(crate::carry::Carried { items: merged, notes }) = work.carry(&base_items, &ours, &theirs) else {
        return not_carried(Kind::Conflict, target, tally, reason, fits, (body_hash, ours));
    };
    let rendered = render(&theirs, &shown).and_then(|(machine_body, output)| Ok((machine_body, output, render(&merged, &shown)?.0)));
    let (machine_body, output, merged_body) = match rendered {
        Ok(r) => r,
        Err(d) => return tally.invalid(d),
    };
    let header = target.header(&output);
    let text = header.clone() + &merged_body;
    let (blocking, conflicts) = split_conflicts(checked(&shown, &text, Kind::Bug, &merged, work));
    if !blocking.is_empty() {
        return tally.invalid_all(blocking);
    }
    for (path, bytes) in [(&target.path, &text), (&base_path, &layout::machine_copy(&(header + &machine_body)))] {
        if let Err(d) = write(path, bytes) {
            return tally.invalid(d);
        }
    }
    tally.counts.ran += 1;
    tally.counts.kept += 1;
    tally.counts.carried += 1;
    tally.notes.extend(notes.into_iter().map(|n| format!("{shown}: {n}")));
    if !conflicts.is_empty() {
        tally.counts.conflict += 1;
        tally.counts.unresolved += 1;
        tally.problems.extend(conflicts);
    }
    Some(Done::parsed(file::hash(merged_body.as_bytes()), merged))
}

/// An edited file whose key changed, and whose edits are not carried now: `Stale` in
/// `check` and `status`, which write nothing (`run` will carry them); `Conflict` when
/// they cannot be carried (no recorded base, or a stage that cannot carry). Downstream
/// stages may read the person's items only where they still fit the seed.
fn not_carried<T: Items>(kind: Kind, target: &Target, tally: &mut Tally, reason: String, fits: bool, (body_hash, ours): (Hash, T)) -> Option<Done> {
    let shown = &target.shown;
    if kind == Kind::Stale {
        tally.counts.stale += 1;
        tally.problems.push(
            Diagnostic::new(Kind::Stale, shown, format!("{reason} (hand-edited: `pipeline run` carries the edits onto the new output)"))
                .help("run `pipeline run`"),
        );
    } else {
        tally.counts.conflict += 1;
        tally.problems.push(
            Diagnostic::new(Kind::Conflict, shown, format!("hand-edited, but {reason} since the edit; the edit is kept and the stage was not run")).help(
                "this file's edits cannot be carried over automatically: move the file aside, run `pipeline run`, and carry your edits over by hand; or restore what changed",
            ),
        );
    }
    fits.then(|| Done::parsed(body_hash, ours))
}
