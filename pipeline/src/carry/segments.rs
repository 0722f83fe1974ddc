//! Carrying a person's edits of `segments.yaml` onto new machine output.
//!
//! The edits, as differences between base and ours by paragraph id: a paragraph's `kind`
//! fixed (and its `rule`, if the person changed it), its `sentences` re-split, its `span`
//! fixed, a paragraph deleted or added (splitting a paragraph in two is one deleted and
//! two added); and a `damage` entry deleted or added.
//!
//! Paragraphs and sentences carry no text of their own, so they are followed from base to
//! theirs by what their ids say of their text (the id is a slug of the first words) and
//! by their length: paired as a diff would pair them, then, where the text changed inside
//! a paragraph, by the first words alone. Those pairs are the evidence for how far text
//! moved; inside a paragraph whose text changed, so are the sentences that still stand
//! at the same distance from its start (before the change) or from its end (after it).
//! A span the person set is carried when both its ends lie in text that evidence shows
//! unchanged; otherwise the edit goes to `unresolved` (the paragraph as the person left
//! it), and whatever else the person changed on that paragraph (its kind) is still
//! carried, with a note.

use super::{align, dedupe_ids, field, gaps, show_serde, why, Anchor, Anchors, Carried};
use stages::contract::{Damage, Paragraph, Segments, UnresolvedParagraph};
use stages::Span;
use std::collections::{HashMap, HashSet};

/// Applies the person's edits (`base` → `ours`) to the machine's new output `theirs`
/// on the new `seed`.
pub fn segments(base: &Segments, ours: &Segments, theirs: &Segments, seed: &str) -> Carried<Segments> {
    let (bp, tp) = (&base.paragraphs, &theirs.paragraphs);
    let cont = follow(bp, tp);
    let mut moves = Vec::new();
    let mut sentence_pairs: HashMap<Span, Span> = HashMap::new();
    for (i, j) in cont.iter().enumerate().filter_map(|(i, j)| j.map(|j| (i, j))) {
        let (b, t) = (&bp[i], &tp[j]);
        moves.push((b.span, t.span));
        moves.push((point(b.span.start()), point(t.span.start())));
        moves.push((point(b.span.end()), point(t.span.end())));
        for (bs, ts) in pair_sentences(b, t) {
            moves.push((bs, ts));
            sentence_pairs.insert(bs, ts);
        }
    }
    let anchors = Anchors::new(seed, moves);

    let mut notes = Vec::new();
    let mut unresolved: Vec<UnresolvedParagraph> = ours.unresolved.clone();
    let mut out: Vec<Option<Paragraph>> = tp.iter().cloned().map(Some).collect();
    let base_by_id: HashMap<&str, usize> = bp.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let ours_ids: HashSet<&str> = ours.paragraphs.iter().map(|p| p.id.as_str()).collect();

    // deletions: the person removed a paragraph the machine had found
    for (i, _) in bp.iter().enumerate().filter(|(_, b)| !ours_ids.contains(b.id.as_str())) {
        if let Some(j) = cont[i] {
            out[j] = None;
        }
    }

    let sentences_of = |o: &Paragraph, within: Span| -> Option<Vec<Span>> {
        let mapped: Option<Vec<Span>> = o.sentences.iter().map(|s| sentence_pairs.get(s).copied().or_else(|| anchors.map_span(*s))).collect();
        mapped.filter(|ss| ss.iter().all(|s| within.contains(*s)))
    };

    let mut added = Vec::new();
    for o in &ours.paragraphs {
        let Some(&i) = base_by_id.get(o.id.as_str()) else {
            // an addition: anchored by the text around it
            let carried = anchors.map_span(o.span).and_then(|span| Some((span, sentences_of(o, span)?)));
            match carried {
                Some((span, sentences)) => added.push(Paragraph { span, sentences, ..o.clone() }),
                None => unresolved.push(UnresolvedParagraph {
                    reason: "orphaned: the text under the paragraph you added changed or is gone".into(),
                    paragraph: o.clone(),
                }),
            }
            continue;
        };
        let b = &bp[i];
        if o == b {
            // untouched by the person: the machine's new version stands
            continue;
        }
        let Some(j) = cont[i] else {
            unresolved.push(UnresolvedParagraph { reason: why(Anchor::Gone, "paragraph you changed"), paragraph: o.clone() });
            continue;
        };
        let t = &tp[j];
        let mut p = o.clone();
        // an id follows the text unless the person gave it
        if o.id == b.id {
            p.id = t.id.clone();
        }
        p.kind = field(&mut notes, &o.id, "kind", [&b.kind, &o.kind, &t.kind], show_serde);
        p.rule = field(&mut notes, &o.id, "rule", [&b.rule, &o.rule, &t.rule], String::clone);
        let mut lost = Vec::new();
        p.span = if o.span == b.span {
            t.span
        } else {
            anchors.map_span(o.span).unwrap_or_else(|| {
                lost.push("span");
                t.span
            })
        };
        p.sentences = match (o.sentences == b.sentences, lost.is_empty()) {
            (true, _) => t.sentences.clone(),
            (false, true) => sentences_of(o, p.span).unwrap_or_else(|| {
                lost.push("sentence breaks");
                t.sentences.clone()
            }),
            (false, false) => {
                lost.push("sentence breaks");
                t.sentences.clone()
            }
        };
        if !lost.is_empty() {
            let lost = lost.join(" and ");
            unresolved.push(UnresolvedParagraph {
                reason: format!("orphaned: the text under the {lost} you gave the paragraph changed"),
                paragraph: o.clone(),
            });
            let kept: Vec<&str> = [("kind", o.kind != b.kind), ("rule", o.rule != b.rule)].iter().filter(|(_, c)| *c).map(|(n, _)| *n).collect();
            if !kept.is_empty() {
                notes.push(format!("{}: your {} carried; your {lost} could not be (see `unresolved`)", o.id, kept.join(" and ")));
            }
        }
        out[j] = Some(p);
    }

    // an added paragraph takes the place of a machine paragraph with the same span
    for a in added {
        match out.iter().position(|t| t.as_ref().is_some_and(|t| t.span == a.span)) {
            Some(j) => out[j] = Some(a),
            None => out.push(Some(a)),
        }
    }
    let mut paragraphs: Vec<Paragraph> = out.into_iter().flatten().collect();
    paragraphs.sort_by_key(|p| p.span);
    for w in paragraphs.windows(2) {
        if w[0].span.overlaps(w[1].span) {
            notes.push(format!("{}: overlaps {} ({} and {})", w[1].id, w[0].id, w[1].span, w[0].span));
        }
    }
    dedupe_ids(&mut paragraphs, |p| &mut p.id, &ours_ids);
    let damage = carry_damage(base, ours, theirs, &anchors, &mut notes);
    Carried { items: Segments { paragraphs, damage, unresolved }, notes }
}

/// For each base paragraph, the theirs paragraph that continues it: the same first words
/// and length, as a diff pairs them; then, between those, the same first words (the text
/// changed inside); then a paragraph left alone on each side between paired neighbours
/// (its first words changed).
fn follow(bp: &[Paragraph], tp: &[Paragraph]) -> Vec<Option<usize>> {
    fn key(p: &Paragraph) -> (&str, usize) {
        (stem(&p.id), p.span.len())
    }
    fn words<'a>(ps: &'a [Paragraph], is: &[usize]) -> Vec<&'a str> {
        is.iter().map(|&i| stem(&ps[i].id)).collect()
    }
    let (bk, tk): (Vec<_>, Vec<_>) = (bp.iter().map(key).collect(), tp.iter().map(key).collect());
    let mut cont = align(&bk, &tk);
    for (bs, ts) in gaps(&cont, tp.len()) {
        for (k, j) in align(&words(bp, &bs), &words(tp, &ts)).into_iter().enumerate() {
            if let Some(j) = j {
                cont[bs[k]] = Some(ts[j]);
            }
        }
    }
    for (bs, ts) in gaps(&cont, tp.len()) {
        if let ([i], [j]) = (bs.as_slice(), ts.as_slice()) {
            cont[*i] = Some(*j);
        }
    }
    cont
}

/// An id without the `-2`, `-3` a repeated slug gets, so that a paragraph keeps its key
/// when a paragraph with the same first words comes or goes above it. (A slug that ends
/// in a number loses it too, on both sides alike.)
fn stem(id: &str) -> &str {
    match id.rsplit_once('-') {
        Some((head, tail)) if !head.is_empty() && !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => id,
    }
}

fn point(at: usize) -> Span {
    Span::new(at, at).expect("an empty span")
}

/// The sentences of a paragraph pair that correspond: those at the same distance from
/// the paragraph's start and of the same length (before any change), those at the same
/// distance from its end (after it), and the one left between them on each side (the
/// sentence that changed).
fn pair_sentences(b: &Paragraph, t: &Paragraph) -> Vec<(Span, Span)> {
    let from_start = |s: Span, p: Span| (s.start().checked_sub(p.start()), s.len());
    let from_end = |s: Span, p: Span| (p.end().checked_sub(s.end()), s.len());
    let (bs, ts) = (&b.sentences, &t.sentences);
    let mut pairs = Vec::new();
    let mut head = 0;
    while head < bs.len().min(ts.len()) && from_start(bs[head], b.span) == from_start(ts[head], t.span) {
        pairs.push((bs[head], ts[head]));
        head += 1;
    }
    let mut tail = 0;
    while head + tail < bs.len().min(ts.len()) && from_end(bs[bs.len() - 1 - tail], b.span) == from_end(ts[ts.len() - 1 - tail], t.span) {
        pairs.push((bs[bs.len() - 1 - tail], ts[ts.len() - 1 - tail]));
        tail += 1;
    }
    if bs.len() == head + tail + 1 && ts.len() == head + tail + 1 {
        pairs.push((bs[head], ts[head]));
    }
    pairs
}

/// The damage list: the machine's new one, less what the person deleted, plus what the
/// person added (found by its text). An added entry that cannot be found is named in a
/// note.
fn carry_damage(base: &Segments, ours: &Segments, theirs: &Segments, anchors: &Anchors, notes: &mut Vec<String>) -> Vec<Damage> {
    let mut out: Vec<Damage> = theirs.damage.clone();
    for b in base.damage.iter().filter(|b| !ours.damage.contains(b)) {
        if let Anchor::At(span) = anchors.locate(&b.text, b.span) {
            out.retain(|t| t.span != span);
        }
    }
    for o in ours.damage.iter().filter(|o| !base.damage.contains(o)) {
        match anchors.locate(&o.text, o.span) {
            Anchor::At(span) => {
                out.retain(|t| t.span != span);
                out.push(Damage { span, ..o.clone() });
            }
            anchor => notes.push(format!("damage {:?} at {}: not carried: {}", o.text, o.span, why(anchor, "damage you added"))),
        }
    }
    out.sort_by_key(|d| d.span);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::ParagraphKind;

    const OLD: &str = "Singer Talks About Old Friend\n\nJohn Legend, pictured with his wife. Photo: Jane Doe\n\nJohn Legend spoke about Kanye West. He said they are still friends. The two met years ago.\n\nThe singer has a new album out.\n";
    const INSERTED: &str = "Editor's note: this story was updated.\n\n";

    fn machine(text: &str) -> Segments {
        stages::segment::segment(text)
    }

    fn para<'a>(s: &'a Segments, starts: &str, seed: &str) -> &'a Paragraph {
        s.paragraphs.iter().find(|p| p.span.slice(seed).unwrap().starts_with(starts)).unwrap()
    }

    fn para_mut<'a>(s: &'a mut Segments, starts: &str, seed: &str) -> &'a mut Paragraph {
        s.paragraphs.iter_mut().find(|p| p.span.slice(seed).unwrap().starts_with(starts)).unwrap()
    }

    fn texts<'a>(spans: &[Span], seed: &'a str) -> Vec<&'a str> {
        spans.iter().map(|s| s.slice(seed).unwrap()).collect()
    }

    #[test]
    fn the_machine_reads_the_test_article_as_expected() {
        let s = machine(OLD);
        let kinds: Vec<ParagraphKind> = s.paragraphs.iter().map(|p| p.kind).collect();
        // the caption and its credit are read as prose: what a person corrects
        assert_eq!(kinds, [ParagraphKind::Headline, ParagraphKind::Body, ParagraphKind::Body, ParagraphKind::Body], "{s:#?}");
    }

    #[test]
    fn a_fixed_paragraph_kind_survives_a_paragraph_inserted_above() {
        let base = machine(OLD);
        let mut ours = base.clone();
        let p = para_mut(&mut ours, "John Legend, pictured", OLD);
        p.kind = ParagraphKind::Caption;
        p.rule = "by hand".into();
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        let carried = segments(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        let e = para_mut(&mut expected, "John Legend, pictured", &new);
        e.kind = ParagraphKind::Caption;
        e.rule = "by hand".into();
        assert_eq!(carried.items, expected);
        assert!(carried.notes.is_empty(), "{:?}", carried.notes);
    }

    #[test]
    fn re_split_sentences_survive_a_typo_fixed_in_another_sentence_of_the_paragraph() {
        let base = machine(OLD);
        let mut ours = base.clone();
        // the person joins the second and third sentences
        let p = para_mut(&mut ours, "John Legend spoke", OLD);
        let (s1, s2) = (p.sentences[1], p.sentences[2]);
        p.sentences = vec![p.sentences[0], Span::new(s1.start(), s2.end()).unwrap()];
        // the seed's first sentence of that paragraph gets longer
        let new = OLD.replace("spoke about Kanye West.", "spoke about the rapper Kanye West.");
        let theirs = machine(&new);
        let carried = segments(&base, &ours, &theirs, &new);
        let got = para(&carried.items, "John Legend spoke", &new);
        assert_eq!(
            texts(&got.sentences, &new),
            ["John Legend spoke about the rapper Kanye West.", "He said they are still friends. The two met years ago."]
        );
        assert!(carried.items.unresolved.is_empty());
        // everything else is the new machine output
        let mut expected = theirs.clone();
        para_mut(&mut expected, "John Legend spoke", &new).sentences = got.sentences.clone();
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn sentence_breaks_in_text_that_changed_are_unresolved_and_the_kind_still_carried() {
        let base = machine(OLD);
        let mut ours = base.clone();
        let p = para_mut(&mut ours, "John Legend spoke", OLD);
        let s0 = p.sentences[0];
        // the person splits the first sentence after "spoke", and calls it a heading
        let cut = OLD.find(" about Kanye").unwrap();
        p.sentences.splice(0..1, [Span::new(s0.start(), cut).unwrap(), Span::new(cut + 1, s0.end()).unwrap()]);
        p.kind = ParagraphKind::Heading;
        let person = p.clone();
        let new = OLD.replace("spoke about Kanye West.", "spoke about the rapper Kanye West.");
        let theirs = machine(&new);
        let carried = segments(&base, &ours, &theirs, &new);
        let got = para(&carried.items, "John Legend spoke", &new);
        assert_eq!(got.kind, ParagraphKind::Heading);
        assert_eq!(got.sentences, para(&theirs, "John Legend spoke", &new).sentences);
        assert_eq!(
            carried.items.unresolved,
            [UnresolvedParagraph { reason: "orphaned: the text under the sentence breaks you gave the paragraph changed".into(), paragraph: person.clone() }]
        );
        assert_eq!(carried.notes, [format!("{}: your kind carried; your sentence breaks could not be (see `unresolved`)", person.id)]);
    }

    #[test]
    fn a_deleted_paragraph_stays_deleted_and_an_added_one_moves_with_its_text() {
        let base = machine(OLD);
        let mut ours = base.clone();
        // the person splits the credit line into caption and credit
        let credit = para(&base, "John Legend, pictured", OLD).clone();
        ours.paragraphs.retain(|p| p.id != credit.id);
        let cut = OLD.find("Photo:").unwrap();
        let caption = Paragraph {
            id: "p-caption".into(),
            span: Span::new(credit.span.start(), cut - 1).unwrap(),
            kind: ParagraphKind::Caption,
            rule: "by hand".into(),
            sentences: vec![],
        };
        let photo = Paragraph { id: "p-photo".into(), span: Span::new(cut, credit.span.end()).unwrap(), kind: ParagraphKind::Credit, ..caption.clone() };
        ours.paragraphs.extend([caption, photo]);
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        let carried = segments(&base, &ours, &theirs, &new);
        let ids: Vec<&str> = carried.items.paragraphs.iter().map(|p| p.id.as_str()).collect();
        let headline = theirs.paragraphs[1].id.as_str();
        assert_eq!(ids[..4], [theirs.paragraphs[0].id.as_str(), headline, "p-caption", "p-photo"]);
        let texts: Vec<&str> = carried.items.paragraphs[2..4].iter().map(|p| p.span.slice(&new).unwrap()).collect();
        assert_eq!(texts, ["John Legend, pictured with his wife.", "Photo: Jane Doe"]);
        assert_eq!(carried.items.paragraphs.len(), theirs.paragraphs.len() + 1);
        assert!(carried.notes.is_empty() && carried.items.unresolved.is_empty());
    }

    #[test]
    fn an_added_paragraph_whose_text_changed_is_unresolved_not_dropped() {
        let base = machine(OLD);
        let mut ours = base.clone();
        let last = para(&base, "The singer has", OLD).clone();
        ours.paragraphs.retain(|p| p.id != last.id);
        let cut = OLD.find(" a new album").unwrap();
        let added = Paragraph { id: "p-the-singer".into(), span: Span::new(last.span.start(), cut).unwrap(), ..last.clone() };
        ours.paragraphs.push(added.clone());
        let new = OLD.replace("The singer has", "The singer, 41, has");
        let theirs = machine(&new);
        let carried = segments(&base, &ours, &theirs, &new);
        assert_eq!(
            carried.items.unresolved,
            [UnresolvedParagraph { reason: "orphaned: the text under the paragraph you added changed or is gone".into(), paragraph: added }]
        );
        // the deletion is still carried
        assert!(carried.items.paragraphs.iter().all(|p| !p.span.slice(&new).unwrap().starts_with("The singer")));
    }

    #[test]
    fn the_person_wins_a_kind_both_changed_and_it_is_noted() {
        let base = machine(OLD);
        let mut ours = base.clone();
        para_mut(&mut ours, "John Legend, pictured", OLD).kind = ParagraphKind::Caption;
        let new = format!("{INSERTED}{OLD}");
        let mut theirs = machine(&new);
        para_mut(&mut theirs, "John Legend, pictured", &new).kind = ParagraphKind::Furniture;
        let carried = segments(&base, &ours, &theirs, &new);
        let id = &para(&base, "John Legend, pictured", OLD).id;
        assert_eq!(para(&carried.items, "John Legend, pictured", &new).kind, ParagraphKind::Caption);
        assert_eq!(carried.notes, [format!("{id}: your kind caption kept; the new machine output says furniture")]);
    }

    #[test]
    fn with_no_edits_the_new_output_stands() {
        let base = machine(OLD);
        for new in [format!("{INSERTED}{OLD}"), OLD.replace("spoke about", "talked about"), OLD.replace("\n\nThe singer", " The singer"), String::new()] {
            let theirs = machine(&new);
            let carried = segments(&base, &base, &theirs, &new);
            assert_eq!(carried.items, theirs, "{new}");
            assert!(carried.notes.is_empty());
        }
    }

    #[test]
    fn ids_lose_only_a_repeat_suffix() {
        assert_eq!(stem("p-getty-images-2"), "p-getty-images");
        assert_eq!(stem("p-getty-images"), "p-getty-images");
        assert_eq!(stem("p-1"), "p");
    }
}
