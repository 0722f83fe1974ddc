//! Carrying a person's edits of `quotes.yaml` onto new machine output.
//!
//! The person's edits are the differences between base and ours, item by item (by id): a
//! changed field, a deleted quote, an added quote. Each is applied to theirs,
//! re-anchored to the new offsets by its text, then by position (the old offset moved by
//! the shift of the nearest quote that moved unambiguously: whose text occurs once in
//! base and once in theirs).
//! The person wins where both changed the same field, and the disagreement is reported.
//! What cannot be carried (its text is gone, or now stands in several places) goes to
//! the file's `unresolved` list, by name, for the person to resolve.

use super::{dedupe_ids, field, show, why, Anchor, Anchors, Carried};
use stages::contract::{Cue, Quote, Quotes, Unresolved};
use stages::Span;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Applies the person's edits (`base` → `ours`) to the machine's new output `theirs`
/// on the new `seed`. `speakers` are the ids the new `speakers.yaml` has: a person's
/// speaker that no longer exists cannot be carried.
pub fn quotes(base: &Quotes, ours: &Quotes, theirs: &Quotes, seed: &str, speakers: &HashSet<&str>) -> Carried<Quotes> {
    let anchors = Anchors::new(seed, unique_moves(base, theirs));
    let mut notes = Vec::new();
    let mut unresolved: Vec<Unresolved> = ours.unresolved.clone();
    let mut out: Vec<Option<Quote>> = theirs.quotes.iter().cloned().map(Some).collect();
    let mut claimed = vec![false; out.len()];

    // the machine item that continues a base item: same text, where it moved to
    let follow = |b: &Quote, claimed: &mut Vec<bool>| -> Option<usize> {
        let shift = anchors.shift_near(b.span.start());
        let predicted = b.span.start().checked_add_signed(shift);
        let candidates: Vec<usize> =
            theirs.quotes.iter().enumerate().filter(|(i, t)| !claimed[*i] && t.text == b.text).map(|(i, _)| i).collect();
        let pick = match candidates.as_slice() {
            [] => None,
            [one] => Some(*one),
            many => many.iter().copied().min_by_key(|&i| predicted.map_or(usize::MAX, |p| theirs.quotes[i].span.start().abs_diff(p))),
        };
        if let Some(i) = pick {
            claimed[i] = true;
        }
        pick
    };

    let base_by_id: BTreeMap<&str, &Quote> = base.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    let ours_ids: HashSet<&str> = ours.quotes.iter().map(|q| q.id.as_str()).collect();

    // deletions: the person removed a quote the machine had found
    for b in base.quotes.iter().filter(|b| !ours_ids.contains(b.id.as_str())) {
        if let Some(i) = follow(b, &mut claimed) {
            out[i] = None;
        }
    }

    for o in &ours.quotes {
        let Some(b) = base_by_id.get(o.id.as_str()).copied() else {
            // an addition: anchor it by its own text
            let shift = anchors.shift_near(o.span.start());
            match anchors.find(&o.text, o.span.start(), shift) {
                Anchor::At(span) => {
                    let mut q = o.clone();
                    q.span = span;
                    q.cue = carry_cue(o, &q, &anchors, &mut notes);
                    move_ranges(o, &mut q, &mut notes);
                    if let Some(reason) = speaker_gone(&q, speakers) {
                        unresolved.push(Unresolved { reason, quote: o.clone() });
                        continue;
                    }
                    match out.iter().position(|t| t.as_ref().is_some_and(|t| t.span == span)) {
                        Some(i) => out[i] = Some(q),
                        None => out.push(Some(q)),
                    }
                }
                anchor => unresolved.push(Unresolved { reason: why(anchor, "quote you added"), quote: o.clone() }),
            }
            continue;
        };
        if o == b {
            // untouched by the person: the machine's new version stands
            follow(b, &mut claimed);
            continue;
        }
        // a quote the person changed
        let t = follow(b, &mut claimed);
        let machine = t.and_then(|i| out[i].clone());
        let span = match (&machine, o.text == b.text && o.span == b.span) {
            (Some(m), true) => Anchor::At(m.span),
            _ => anchors.find(&o.text, o.span.start(), anchors.shift_near(o.span.start())),
        };
        let Anchor::At(span) = span else {
            unresolved.push(Unresolved { reason: why(span, "quote you changed"), quote: o.clone() });
            if let Some(i) = t {
                out[i] = None;
            }
            continue;
        };
        let mut q = o.clone();
        q.span = span;
        q.cue = if o.cue == b.cue { machine.as_ref().and_then(|m| m.cue.clone()) } else { carry_cue(o, &q, &anchors, &mut notes) };
        if let Some(m) = &machine {
            q.speaker = field(&mut notes, &q.id, "speaker", [&b.speaker, &o.speaker, &m.speaker], show);
            q.rule = field(&mut notes, &q.id, "rule", [&b.rule, &o.rule, &m.rule], show);
            q.confidence = field(&mut notes, &q.id, "confidence", [&b.confidence, &o.confidence, &m.confidence], show);
            q.kind = field(&mut notes, &q.id, "kind", [&b.kind, &o.kind, &m.kind], |k| k.name().to_string());
        }
        // the ranges inside the item: the machine's new ones where the person left them
        // and the item did not move from the machine's place, else the person's, moved
        match &machine {
            Some(m) if m.span == q.span && o.quoted == b.quoted && o.parts == b.parts => {
                q.quoted.clone_from(&m.quoted);
                q.parts.clone_from(&m.parts);
            }
            _ => move_ranges(o, &mut q, &mut notes),
        }
        if let Some(reason) = speaker_gone(&q, speakers) {
            unresolved.push(Unresolved { reason, quote: o.clone() });
            if let Some(i) = t {
                out[i] = None;
            }
            continue;
        }
        match t {
            Some(i) => out[i] = Some(q),
            None => out.push(Some(q)),
        }
    }

    let mut quotes: Vec<Quote> = out.into_iter().flatten().collect();
    quotes.sort_by_key(|q| q.span);
    dedupe_ids(&mut quotes, |q| &mut q.id, &ours_ids);
    Carried { items: Quotes { quotes, not_quotes: theirs.not_quotes.clone(), unresolved }, notes }
}

fn speaker_gone(q: &Quote, speakers: &HashSet<&str>) -> Option<String> {
    let id = q.speaker.as_deref()?;
    (!speakers.contains(id)).then(|| format!("orphaned: its speaker {id} is no longer in speakers.yaml"))
}

/// Moves `old`'s `quoted` and `parts` ranges with the item to `new.span`: they lie inside
/// it, and its text is the same, so they keep their place in it. Ranges that cannot be
/// placed (a hand edit put them outside the item) are dropped with a note.
fn move_ranges(old: &Quote, new: &mut Quote, notes: &mut Vec<String>) {
    let outer = new.span;
    let shift = outer.start() as i128 - old.span.start() as i128;
    let moved = |ranges: &[Span]| -> Option<Vec<Span>> {
        ranges
            .iter()
            .map(|r| {
                let start = usize::try_from(r.start() as i128 + shift).ok()?;
                let end = usize::try_from(r.end() as i128 + shift).ok()?;
                Span::new(start, end).filter(|r| outer.contains(*r))
            })
            .collect()
    };
    let id = new.id.clone();
    for (name, from, to) in [("quoted", &old.quoted, &mut new.quoted), ("parts", &old.parts, &mut new.parts)] {
        match moved(from) {
            Some(ranges) => *to = ranges,
            None => {
                notes.push(format!("{id}: its `{name}` ranges could not be carried: they do not lie inside the item"));
                to.clear();
            }
        }
    }
}

/// The person's cue, moved with its quote; `None` (with a note) when its text is no
/// longer next to the quote.
fn carry_cue(old: &Quote, new: &Quote, anchors: &Anchors, notes: &mut Vec<String>) -> Option<Cue> {
    let cue = old.cue.as_ref()?;
    // a person's span can say anything (near usize::MAX, say): the shift is computed
    // wide, and one that does not fit places nothing (the text alone still can)
    let shift = isize::try_from(new.span.start() as i128 - old.span.start() as i128).unwrap_or(0);
    match anchors.find(&cue.text, cue.span.start(), shift) {
        Anchor::At(span) => Some(Cue { span, text: cue.text.clone() }),
        _ => {
            notes.push(format!("{}: its cue {:?} could not be carried: it no longer stands where the quote moved", new.id, cue.text));
            None
        }
    }
}

/// (old span, new span) of texts that occur exactly once in base and in theirs.
fn unique_moves(base: &Quotes, theirs: &Quotes) -> Vec<(Span, Span)> {
    let (b, t) = (by_text(&base.quotes), by_text(&theirs.quotes));
    b.iter()
        .filter(|(_, (n, _))| *n == 1)
        .filter_map(|(text, (_, old))| t.get(text).filter(|(n, _)| *n == 1).map(|(_, new)| (*old, *new)))
        .collect()
}

/// How often each text occurs, and where it first stands.
fn by_text(quotes: &[Quote]) -> HashMap<&str, (usize, Span)> {
    let mut m: HashMap<&str, (usize, Span)> = HashMap::new();
    for q in quotes {
        m.entry(q.text.as_str()).or_insert((0, q.span)).0 += 1;
    }
    m
}

/// Gives every quote without an id (a person added it without one) the id the stage
/// would give it: a slug of its first words, unique in the file.
pub fn fill_missing_ids(quotes: &mut Quotes) {
    if quotes.quotes.iter().all(|q| !q.id.is_empty()) {
        return;
    }
    let taken: HashSet<String> = quotes.quotes.iter().map(|q| q.id.clone()).collect();
    let mut maker = stages::ids::IdMaker::new();
    for q in quotes.quotes.iter_mut().filter(|q| q.id.is_empty()) {
        let mut id = maker.make("q", &q.text);
        while taken.contains(&id) {
            id = maker.make("q", &q.text);
        }
        q.id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::QuoteKind;

    #[test]
    fn a_hand_edited_span_beyond_isize_does_not_overflow_when_its_cue_is_carried() {
        let seed = "Editor's note.\n\n“We will win,” she said.";
        let at = |text: &str| seed.find(text).unwrap();
        let new = Quote { id: "q-we-will-win".into(), span: Span::new(at("We"), at("We") + 12).unwrap(), text: "We will win,".into(), speaker: None, cue: None, rule: None, confidence: None, kind: Default::default(), quoted: vec![], parts: vec![] };
        // as isize this is isize::MIN: a shift computed in isize overflows
        let far = usize::MAX / 2 + 1;
        let cue = Cue { span: Span::new(far + 20, far + 28).unwrap(), text: "she said".into() };
        let old = Quote { span: Span::new(far, far + 12).unwrap(), cue: Some(cue), ..new.clone() };
        let anchors = Anchors::new(seed, Vec::new());
        let mut notes = Vec::new();
        // the cue's text stands once in the new seed: found by text, whatever the shift
        let carried = carry_cue(&old, &new, &anchors, &mut notes).expect("found by its text");
        assert_eq!(carried.span.slice(seed), Some("she said"));
        assert!(notes.is_empty());
    }

    fn quote(id: &str, seed: &str, text: &str, speaker: Option<&str>) -> Quote {
        let start = seed.find(text).unwrap();
        Quote {
            id: id.into(),
            span: Span::new(start, start + text.len()).unwrap(),
            text: text.into(),
            speaker: speaker.map(String::from),
            cue: None,
            rule: None,
            confidence: None,
            kind: Default::default(),
            quoted: vec![],
            parts: vec![],
        }
    }

    fn file(items: Vec<Quote>) -> Quotes {
        Quotes { quotes: items, ..Quotes::default() }
    }

    const OLD: &str = "“One two three,” Ann said. “Four five six,” Bo said.";
    const NEW: &str = "New first line.\n“One two three,” Ann said. “Four five six,” Bo said.";

    fn speakers() -> HashSet<&'static str> {
        ["ann", "bo"].into_iter().collect()
    }

    #[test]
    fn a_changed_speaker_moves_with_its_quote() {
        let base = file(vec![quote("q-one", OLD, "One two three,", Some("ann")), quote("q-four", OLD, "Four five six,", Some("bo"))]);
        let mut ours = base.clone();
        ours.quotes[1].speaker = Some("ann".into());
        let theirs = file(vec![quote("q-one", NEW, "One two three,", Some("ann")), quote("q-four", NEW, "Four five six,", Some("bo"))]);
        let carried = quotes(&base, &ours, &theirs, NEW, &speakers());
        assert_eq!(carried.items.quotes[1].speaker.as_deref(), Some("ann"));
        assert_eq!(carried.items.quotes[1].span, theirs.quotes[1].span);
        assert!(carried.items.unresolved.is_empty());
    }

    #[test]
    fn a_mixed_item_a_person_added_keeps_its_quoted_words_when_the_seed_moves() {
        const OLD: &str = "Ann said the plan was “a gift” to all.";
        const NEW: &str = "A new first line.\nAnn said the plan was “a gift” to all.";
        let base = file(vec![]);
        let mut added = quote("q-the-plan", OLD, "the plan was “a gift” to all", Some("ann"));
        let words = OLD.find("a gift").unwrap();
        added.kind = QuoteKind::Mixed;
        added.quoted = vec![Span::new(words, words + "a gift".len()).unwrap()];
        let ours = file(vec![added]);
        let carried = quotes(&base, &ours, &file(vec![]), NEW, &speakers());
        let q = &carried.items.quotes[0];
        assert_eq!(q.kind, QuoteKind::Mixed);
        let quoted: Vec<&str> = q.quoted.iter().filter_map(|r| r.slice(NEW)).collect();
        assert_eq!(quoted, ["a gift"]);
        assert!(carried.notes.is_empty(), "{:?}", carried.notes);
    }

    #[test]
    fn a_hand_edited_kind_is_carried_like_any_field() {
        let base = file(vec![quote("q-four", OLD, "Four five six,", Some("bo"))]);
        let mut ours = base.clone();
        ours.quotes[0].kind = QuoteKind::Indirect;
        let theirs = file(vec![quote("q-four", NEW, "Four five six,", Some("bo"))]);
        let carried = quotes(&base, &ours, &theirs, NEW, &speakers());
        assert_eq!(carried.items.quotes[0].kind, QuoteKind::Indirect);
    }

    #[test]
    fn an_added_quote_whose_text_is_gone_is_unresolved_not_dropped() {
        let base = file(vec![quote("q-one", OLD, "One two three,", Some("ann"))]);
        let mut ours = base.clone();
        ours.quotes.push(quote("q-four", OLD, "Four five six,", None));
        let theirs_seed = "“One two three,” Ann said.";
        let theirs = file(vec![quote("q-one", theirs_seed, "One two three,", Some("ann"))]);
        let carried = quotes(&base, &ours, &theirs, theirs_seed, &speakers());
        assert_eq!(carried.items.quotes.len(), 1);
        assert_eq!(carried.items.unresolved.len(), 1);
        assert!(carried.items.unresolved[0].reason.starts_with("orphaned"));
        assert_eq!(carried.items.unresolved[0].quote.text, "Four five six,");
    }

    #[test]
    fn the_person_wins_a_disagreement_and_it_is_reported() {
        let base = file(vec![quote("q-four", OLD, "Four five six,", Some("bo"))]);
        let mut ours = base.clone();
        ours.quotes[0].speaker = None;
        let theirs = file(vec![quote("q-four", NEW, "Four five six,", Some("ann"))]);
        let carried = quotes(&base, &ours, &theirs, NEW, &speakers());
        assert_eq!(carried.items.quotes[0].speaker, None);
        assert_eq!(carried.notes, ["q-four: your speaker null kept; the new machine output says ann"]);
    }

    #[test]
    fn missing_ids_are_derived_from_the_text() {
        let mut qs = file(vec![quote("", OLD, "One two three,", None)]);
        fill_missing_ids(&mut qs);
        assert_eq!(qs.quotes[0].id, "q-one-two-three");
    }
}
