//! Carrying a person's edits of the claims (any shard of them, seen joined) onto new
//! machine output.
//!
//! The edits, as differences between base and ours:
//!
//! - **per claim** (by id): its `text` or `kind` corrected (`speakers`, `unattributed`
//!   and `disagree` follow from the members); two claims
//!   merged (a claim gone, at least half its members now in another); a claim deleted (gone
//!   with its members); a claim added;
//! - **per member** (by document, span and text): removed, added, moved to another claim,
//!   a field corrected (`quote`, `speaker`, `match`, `covers`).
//!
//! Members are followed from base to theirs document by document, as a diff pairs the two
//! lists by text; those pairs are the moves that re-anchor, in each document's new text,
//! what the person added. The machine's new output is then read through the person's
//! eyes: each new member goes to the claim its machine claim became (merged, or gone with
//! a deleted claim), unless the person moved or removed that very member. A member the
//! person added or moved that the machine does not report is found by its text (then by
//! position) in its document; one that cannot be found goes to `unresolved`, under its
//! claim's id, text and kind. So does every member of a claim the person edited (or
//! added) that the machine no longer makes. A claim left with no member is dropped: its
//! members are in `unresolved`, or the person removed them all.

use super::{align, counts, dedupe_ids, field, show, show_serde, why_in, Anchor, Anchors, Carried};
use stages::contract::{Attribution, Claim, Claims, Member, UnresolvedClaim};
use stages::Span;
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};

type Key<'a> = (&'a str, Span, &'a str);

fn key(m: &Member) -> Key<'_> {
    (m.doc.as_str(), m.span, m.text.as_str())
}

/// Applies the person's edits (`base` → `ours`) to the machine's new output `theirs`.
/// `docs` gives a document's new seed text by name (`None` when it left the corpus), to
/// re-anchor the members the person added.
pub fn claims<'a, 's>(base: &'a Claims, ours: &'a Claims, theirs: &'a Claims, docs: &dyn Fn(&str) -> Option<&'s str>) -> Carried<Claims> {
    let (bm, tm) = (members(base), members(theirs));
    // members followed from base to theirs, document by document
    let mut origin: Vec<Option<usize>> = vec![None; tm.len()];
    let mut moves: HashMap<&str, Vec<(Span, Span)>> = HashMap::new();
    let t_docs = by_doc(&tm);
    for (doc, b_range) in by_doc(&bm) {
        let t_range = t_docs.iter().find(|(d, _)| *d == doc).map_or(0..0, |(_, r)| r.clone());
        for (i, j) in align(&texts(&bm[b_range.clone()]), &texts(&tm[t_range.clone()])).into_iter().enumerate() {
            if let Some(j) = j {
                let (i, j) = (b_range.start + i, t_range.start + j);
                origin[j] = Some(i);
                moves.entry(doc).or_default().push((bm[i].1.span, tm[j].1.span));
            }
        }
    }
    let mut anchors: HashMap<String, Anchors<'s>> = HashMap::new();

    let base_at: HashMap<Key, (usize, &Member)> = bm.iter().map(|&(c, m)| (key(m), (c, m))).collect();
    let ours_at: HashMap<Key, (usize, &Member)> = members(ours).into_iter().map(|(c, m)| (key(m), (c, m))).collect();
    let base_index: HashMap<&str, usize> = base.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let ours_index: HashMap<&str, usize> = ours.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let dest: Vec<Option<&str>> = base.claims.iter().map(|b| destination(b, ours, &ours_at)).collect();
    let (succ, pred) = successors(base, theirs, &bm, &tm, &origin);
    // the claim of the output that the person's claim `x` is
    let group_of_ours = |x: &'a str| -> Group<'a> {
        match base_index.get(x).and_then(|&b| succ[b]) {
            Some(t) => Group::Theirs(t),
            None => Group::Ours(x),
        }
    };
    // the claim of the output that the machine's claim `t` is: itself, the claim the
    // person merged its base into, or none (the person deleted it)
    let group_of_theirs = |t: usize| -> Option<Group<'a>> {
        match pred[t] {
            Some(b) => dest[b].map(group_of_ours),
            None => Some(Group::Theirs(t)),
        }
    };

    let mut notes = Vec::new();
    let mut unresolved: Vec<UnresolvedClaim> = ours.unresolved.clone();
    let mut placed: Vec<(Group, Member)> = Vec::new();
    let mut carried: HashSet<Key> = HashSet::new();

    // the machine's new members, read through the person's edits
    for (j, &(t_claim, t)) in tm.iter().enumerate() {
        let machine = group_of_theirs(t_claim);
        let Some(i) = origin[j] else {
            if let Some(group) = machine {
                placed.push((group, t.clone()));
            }
            continue;
        };
        let (b_claim, b) = bm[i];
        let Some(&(o_claim, o)) = ours_at.get(&key(b)) else {
            continue; // the person removed it
        };
        carried.insert(key(o));
        let person = ours.claims[o_claim].id.as_str();
        let group = if Some(person) == dest[b_claim] {
            // not moved by the person: the machine's (new) linking stands
            match machine {
                Some(group) => group,
                None => continue,
            }
        } else {
            let mine = group_of_ours(person);
            if let Some(m) = machine.filter(|m| dest[b_claim].map(group_of_ours).as_ref() != Some(m) && *m != mine) {
                notes.push(format!("{}: your claim {person} kept; the new machine output says {}", member_name(t), name(&m, theirs)));
            }
            mine
        };
        placed.push((group, member_fields(b, o, t, &mut notes)));
    }

    // the person's members that no machine member carried: added, or moved or corrected
    // where the machine no longer reports them; and every member of a claim the person
    // edited that the machine no longer makes
    for o_claim in &ours.claims {
        let edited = base_index.get(o_claim.id.as_str()).is_none_or(|&b| base.claims[b] != *o_claim);
        let lost = matches!(group_of_ours(&o_claim.id), Group::Ours(_));
        for m in &o_claim.members {
            if carried.contains(&key(m)) {
                continue;
            }
            let what = match base_at.get(&key(m)) {
                None => "added",
                Some(&(b_claim, b)) if dest[b_claim] != Some(o_claim.id.as_str()) || b != m => "changed",
                Some(_) if edited && lost => "kept",
                Some(_) => continue, // untouched, and the machine no longer reports it
            };
            let unresolved_member = |reason: String| UnresolvedClaim { reason, claim: Claim { members: vec![m.clone()], ..o_claim.clone() } };
            let Some(seed) = docs(&m.doc) else {
                unresolved.push(unresolved_member(format!("orphaned: the document {} of the member you {what} is no longer in the corpus", m.doc)));
                continue;
            };
            let anchors = anchors.entry(m.doc.clone()).or_insert_with(|| Anchors::new(seed, moves.get(m.doc.as_str()).cloned().unwrap_or_default()));
            match anchors.locate(&m.text, m.span) {
                Anchor::At(span) => {
                    let new = Member { span, ..m.clone() };
                    let mine = group_of_ours(&o_claim.id);
                    if let Some(k) = placed.iter().position(|(_, p)| p.doc == m.doc && p.span == span) {
                        let (other, _) = placed.remove(k);
                        if other != mine {
                            notes.push(format!("{}: your claim {} kept; the new machine output says {}", member_name(&new), o_claim.id, name(&other, theirs)));
                        }
                    }
                    placed.push((mine, new));
                }
                anchor => unresolved.push(unresolved_member(why_in(anchor, &format!("member you {what}"), &m.doc))),
            }
        }
    }

    // one claim per group, with the person's corrections to its fields
    let mut by_group: BTreeMap<Group, Vec<Member>> = BTreeMap::new();
    for (group, m) in placed {
        by_group.entry(group).or_default().push(m);
    }
    let mut out: Vec<Claim> = Vec::new();
    for (group, mut members) in by_group {
        members.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
        members.dedup_by(|a, b| a.doc == b.doc && a.span == b.span);
        // (the base claim, the person's claim, the machine's claim) this one continues
        let (from, person, machine) = match group {
            Group::Theirs(t) => (pred[t], pred[t].and_then(|b| ours_index.get(base.claims[b].id.as_str()).copied()), Some(t)),
            Group::Ours(x) => {
                let from = base_index.get(x).copied().or_else(|| dest.iter().position(|d| *d == Some(x)));
                (from, ours_index.get(x).copied(), from.and_then(|b| succ[b]))
            }
        };
        let mut claim = match (machine, person) {
            (Some(t), _) => Claim { members, ..theirs.claims[t].clone() },
            (None, Some(o)) => Claim { members, ..ours.claims[o].clone() },
            (None, None) => continue,
        };
        if let (Some(b), Some(o)) = (from, person) {
            let (bc, oc) = (&base.claims[b], &ours.claims[o]);
            let now = machine.map_or(bc, |t| &theirs.claims[t]);
            if oc.id != bc.id {
                claim.id = oc.id.clone();
            }
            let id = claim.id.clone();
            claim.text = field(&mut notes, &id, "text", [&bc.text, &oc.text, &now.text], String::clone);
            claim.kind = field(&mut notes, &id, "kind", [&bc.kind, &oc.kind, &now.kind], show_serde);
        }
        // who says it follows from the members as carried, the person's corrections to
        // their speakers included
        Attribution::of(&claim.members).apply(&mut claim);
        out.push(claim);
    }
    let person_ids: HashSet<&str> = ours_index.keys().copied().collect();
    dedupe_ids(&mut out, |c| &mut c.id, &person_ids);
    out.sort_by(|a, b| (&a.members[0].doc, a.members[0].span, a.kind).cmp(&(&b.members[0].doc, b.members[0].span, b.kind)));
    Carried { items: Claims { claims: out, unresolved }, notes }
}

/// A claim of the output: one the machine's new output has (by index), or one only the
/// person's file has (by id: added, or renamed from a claim the machine no longer makes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group<'a> {
    Theirs(usize),
    Ours(&'a str),
}

fn name(group: &Group, theirs: &Claims) -> String {
    match group {
        Group::Theirs(t) => theirs.claims[*t].id.clone(),
        Group::Ours(x) => x.to_string(),
    }
}

/// Which machine claim continues which base claim, one to one: the pairs that share the
/// most members first, then, for those left, the same id. (succ: base → theirs; pred:
/// theirs → base.)
fn successors(base: &Claims, theirs: &Claims, bm: &[(usize, &Member)], tm: &[(usize, &Member)], origin: &[Option<usize>]) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let shared = counts(tm.iter().zip(origin).filter_map(|(&(t, _), i)| i.map(|i| (bm[i].0, t))));
    let mut shared: Vec<((usize, usize), usize)> = shared.into_iter().collect();
    shared.sort_by_key(|&((b, t), n)| (Reverse(n), b, t));
    let mut succ = vec![None; base.claims.len()];
    let mut pred = vec![None; theirs.claims.len()];
    for ((b, t), _) in shared {
        if succ[b].is_none() && pred[t].is_none() {
            (succ[b], pred[t]) = (Some(t), Some(b));
        }
    }
    for (b, claim) in base.claims.iter().enumerate() {
        if succ[b].is_some() {
            continue;
        }
        if let Some(t) = theirs.claims.iter().position(|t| t.id == claim.id).filter(|&t| pred[t].is_none()) {
            (succ[b], pred[t]) = (Some(t), Some(b));
        }
    }
    (succ, pred)
}

/// Every member of a file with the index of its claim, by document then position.
fn members(c: &Claims) -> Vec<(usize, &Member)> {
    let mut all: Vec<(usize, &Member)> = c.claims.iter().enumerate().flat_map(|(i, c)| c.members.iter().map(move |m| (i, m))).collect();
    all.sort_by(|(ca, a), (cb, b)| (&a.doc, a.span, ca).cmp(&(&b.doc, b.span, cb)));
    all
}

fn texts<'a>(members: &[(usize, &'a Member)]) -> Vec<&'a str> {
    members.iter().map(|(_, m)| m.text.as_str()).collect()
}

/// The stretch of `members` each document holds.
fn by_doc<'a>(members: &[(usize, &'a Member)]) -> Vec<(&'a str, std::ops::Range<usize>)> {
    let mut out: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    for (i, (_, m)) in members.iter().enumerate() {
        match out.last_mut() {
            Some((doc, range)) if *doc == m.doc => range.end = i + 1,
            _ => out.push((m.doc.as_str(), i..i + 1)),
        }
    }
    out
}

/// Which claim the person's file has the base claim `b` as: the same id, or the claim
/// that now holds at least half of its members (a merge); `None` when the person deleted
/// it.
fn destination<'o>(b: &Claim, ours: &'o Claims, ours_at: &HashMap<Key, (usize, &Member)>) -> Option<&'o str> {
    if let Some(o) = ours.claims.iter().find(|o| o.id == b.id) {
        return Some(&o.id);
    }
    let holders = counts(b.members.iter().filter_map(|m| ours_at.get(&key(m)).map(|&(c, _)| c)));
    let (c, n) = holders.into_iter().max_by_key(|&(c, n)| (n, Reverse(c)))?;
    (2 * n >= b.members.len()).then(|| ours.claims[c].id.as_str())
}

fn member_name(m: &Member) -> String {
    format!("member {} {}", m.doc, m.span)
}

/// A member continued from base to theirs, with the fields the person corrected.
fn member_fields(b: &Member, o: &Member, t: &Member, notes: &mut Vec<String>) -> Member {
    let item = member_name(t);
    Member {
        quote: field(notes, &item, "quote", [&b.quote, &o.quote, &t.quote], show),
        speaker: field(notes, &item, "speaker", [&b.speaker, &o.speaker, &t.speaker], show),
        matching: field(notes, &item, "match", [&b.matching, &o.matching, &t.matching], show_serde),
        covers: field(notes, &item, "covers", [&b.covers, &o.covers, &t.covers], |c| c.map_or("null".into(), |c| c.to_string())),
        ..t.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::ClaimKind;

    const WHOLE: &str = "I don’t think we’re less friends because of the Trump thing. I just think we’re doing our own thing. He’s up in Wyoming with his family.";
    const CITY: &str = "We are going to build something wonderful for the whole city together";
    const INSERTED: &str = "Updated on Jun 1, 2020.\n\n";

    fn article(body: &str) -> String {
        format!("Singer Talks About Old Friend\n\n{body}\n")
    }

    /// Three articles: `a` and `b` carry both quotes, `c` the first one and a sentence the
    /// machine links to nothing.
    fn corpus() -> Vec<(&'static str, String)> {
        vec![
            ("a", article(&format!("“{WHOLE}” Legend said.\n\n“{CITY},” the mayor said."))),
            ("b", article(&format!("\"{}\" Legend said.\n\n“{CITY},” the mayor told reporters.", WHOLE.replace('’', "'")))),
            ("c", article(&format!("The two remain on good terms.\n\n“{WHOLE}” Legend said."))),
        ]
    }

    fn machine(docs: &[(&str, String)]) -> Claims {
        stages::claims_of(docs)
    }

    fn carry(base: &Claims, ours: &Claims, theirs: &Claims, docs: &[(&str, String)]) -> Carried<Claims> {
        let carried = claims(base, ours, theirs, &|name| docs.iter().find(|(n, _)| *n == name).map(|(_, t)| t.as_str()));
        for m in carried.items.claims.iter().flat_map(|c| &c.members) {
            let text = &docs.iter().find(|(n, _)| *n == m.doc).unwrap().1;
            assert_eq!(m.span.slice(text), Some(m.text.as_str()), "{m:?}");
        }
        carried
    }

    /// The corpus with `c` changed: a line inserted at its top.
    fn c_changed() -> Vec<(&'static str, String)> {
        let mut docs = corpus();
        docs[2].1 = format!("{INSERTED}{}", docs[2].1);
        docs
    }

    fn claim<'a>(c: &'a mut Claims, starts: &str) -> &'a mut Claim {
        c.claims.iter_mut().find(|k| k.text.starts_with(starts)).unwrap_or_else(|| panic!("no claim {starts}"))
    }

    fn member(doc: &str, text: &str, in_text: &str) -> Member {
        let start = in_text.find(text).unwrap();
        Member {
            doc: doc.into(),
            span: Span::new(start, start + text.len()).unwrap(),
            text: text.into(),
            quote: None,
            speaker: None,
            matching: stages::contract::Matching::Paraphrase,
            covers: None,
            why: None,
        }
    }

    #[test]
    fn the_machine_links_the_test_corpus_as_expected() {
        let c = machine(&corpus());
        let shape: Vec<(ClaimKind, Vec<&str>)> = c.claims.iter().map(|k| (k.kind, k.members.iter().map(|m| m.doc.as_str()).collect())).collect();
        assert_eq!(shape, [(ClaimKind::Quote, vec!["a", "b", "c"]), (ClaimKind::Quote, vec!["a", "b"])], "{c:#?}");
    }

    #[test]
    fn a_removed_claim_member_stays_removed_when_another_document_changes() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        claim(&mut ours, "I don’t").members.retain(|m| m.doc != "b");
        let docs = c_changed();
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        let mut expected = theirs.clone();
        let friends = claim(&mut expected, "I don’t");
        friends.members.retain(|m| m.doc != "b");
        // who says it follows from the members the person kept
        Attribution::of(&friends.members).apply(friends);
        assert_eq!(carried.items, expected);
        assert!(carried.notes.is_empty(), "{:?}", carried.notes);
    }

    #[test]
    fn two_merged_claims_stay_merged() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        let city = ours.claims.iter().position(|k| k.text.starts_with("We are")).unwrap();
        let moved = ours.claims.remove(city).members;
        let whole = claim(&mut ours, "I don’t");
        whole.members.extend(moved);
        whole.members.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
        let docs = c_changed();
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        let mut expected = theirs.clone();
        let city = expected.claims.iter().position(|k| k.text.starts_with("We are")).unwrap();
        let moved = expected.claims.remove(city).members;
        let whole = claim(&mut expected, "I don’t");
        whole.members.extend(moved);
        whole.members.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn a_deleted_claim_stays_deleted() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        ours.claims.retain(|k| !k.text.starts_with("We are"));
        let docs = c_changed();
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        let mut expected = theirs.clone();
        expected.claims.retain(|k| !k.text.starts_with("We are"));
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn an_added_member_moves_with_its_text_in_its_document() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        let old = &corpus()[2].1;
        let added = member("c", "The two remain on good terms.", old);
        claim(&mut ours, "I don’t").members.push(added.clone());
        let docs = c_changed();
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        let mut expected = theirs.clone();
        let moved = Member { span: added.span.shifted(INSERTED.len() as isize).unwrap(), ..added };
        let whole = claim(&mut expected, "I don’t");
        whole.members.push(moved);
        whole.members.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn an_added_member_whose_text_is_gone_is_unresolved_not_dropped() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        let added = member("c", "The two remain on good terms.", &corpus()[2].1);
        claim(&mut ours, "I don’t").members.push(added.clone());
        let person = claim(&mut ours, "I don’t").clone();
        let mut docs = corpus();
        docs[2].1 = docs[2].1.replace("on good terms", "friends");
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        assert_eq!(
            carried.items.unresolved,
            [UnresolvedClaim { reason: "orphaned: the member you added is no longer in c".into(), claim: Claim { members: vec![added], ..person } }]
        );
        assert_eq!(carried.items.claims, theirs.claims);
    }

    #[test]
    fn a_member_whose_document_left_the_corpus_is_unresolved() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        let added = member("c", "The two remain on good terms.", &corpus()[2].1);
        claim(&mut ours, "I don’t").members.push(added);
        let docs: Vec<(&str, String)> = corpus().into_iter().take(2).collect();
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        let reasons: Vec<&str> = carried.items.unresolved.iter().map(|u| u.reason.as_str()).collect();
        assert_eq!(reasons, ["orphaned: the document c of the member you added is no longer in the corpus"]);
    }

    #[test]
    fn with_no_edits_the_new_output_stands() {
        let base = machine(&corpus());
        let mut variants = vec![c_changed(), corpus().into_iter().take(2).collect()];
        let mut b_cut = corpus();
        b_cut[1].1 = article(&format!("“{CITY},” the mayor told reporters."));
        variants.push(b_cut);
        let mut split = corpus();
        split[2].1 = article(&format!("“{CITY},” she said.\n\n“{WHOLE}” Legend said."));
        variants.push(split);
        for docs in variants {
            let theirs = machine(&docs);
            let carried = carry(&base, &base, &theirs, &docs);
            assert_eq!(carried.items, theirs, "{docs:?}");
            assert!(carried.notes.is_empty());
        }
    }

    #[test]
    fn a_corrected_claim_text_and_member_speaker_survive_a_document_change() {
        let base = machine(&corpus());
        let mut ours = base.clone();
        let city = claim(&mut ours, "We are");
        city.text = "We are going to build something wonderful".into();
        city.members[1].speaker = Some("the-mayor".into());
        let docs = c_changed();
        let theirs = machine(&docs);
        let carried = carry(&base, &ours, &theirs, &docs);
        let mut expected = theirs.clone();
        let city = claim(&mut expected, "We are");
        city.text = "We are going to build something wonderful".into();
        city.members[1].speaker = Some("the-mayor".into());
        Attribution::of(&city.members).apply(city);
        assert!(city.disagree, "the person's speaker now disagrees with the other outlet's");
        assert_eq!(carried.items, expected);
    }
}
