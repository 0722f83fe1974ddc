//! Carrying a person's edits of `speakers.yaml` onto new machine output.
//!
//! The edits, as differences between base and ours:
//!
//! - **per person** (by id): a corrected canonical `name` or `kind`; a renamed id (the person's
//!   entry under a new id holds the mentions the old one had); two people merged (an
//!   entry gone, at least half its mentions now under another); a person deleted (an
//!   entry gone and its mentions with it); a person added;
//! - **per mention** (by span and text): removed, added, moved to another person, its
//!   `form` changed.
//!
//! Mentions are followed from base to theirs as a diff pairs the two lists by text (both
//! are machine output, in document order); those pairs are the moves that re-anchor what
//! the person added. The machine's new output is then read through the person's eyes:
//! each new mention goes to the person its machine owner became (renamed, merged, or
//! gone with a deleted person), unless the person moved or removed that very mention. A
//! mention the person added or moved that the machine does not report is found by its
//! text (then by position); one that cannot be found goes to `unresolved`, under its
//! person's id and name. So does every mention of a person the person corrected (or
//! added) whom the machine no longer finds. Such a person stays even when none of their
//! mentions could be carried, so that quotes naming them stay valid.

use super::{align, counts, field, show_serde, why, Anchor, Anchors, Carried};
use stages::contract::{Mention, Speaker, Speakers, UnresolvedSpeaker};
use stages::Span;
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};

type Key<'a> = (Span, &'a str);

fn key(m: &Mention) -> Key<'_> {
    (m.span, m.text.as_str())
}

/// Applies the person's edits (`base` → `ours`) to the machine's new output `theirs`
/// on the new `seed`.
pub fn speakers(base: &Speakers, ours: &Speakers, theirs: &Speakers, seed: &str) -> Carried<Speakers> {
    let (bm, tm) = (mentions(base), mentions(theirs));
    let cont = align(&texts(&bm), &texts(&tm));
    let mut origin: Vec<Option<usize>> = vec![None; tm.len()];
    for (i, j) in cont.iter().enumerate() {
        if let Some(j) = *j {
            origin[j] = Some(i);
        }
    }
    let anchors = Anchors::new(seed, cont.iter().enumerate().filter_map(|(i, j)| j.map(|j| (bm[i].1.span, tm[j].1.span))).collect());

    let base_at: HashMap<Key, (usize, &Mention)> = bm.iter().map(|&(s, m)| (key(m), (s, m))).collect();
    let ours_at: HashMap<Key, (usize, &Mention)> = mentions(ours).into_iter().map(|(s, m)| (key(m), (s, m))).collect();
    let base_index: HashMap<&str, usize> = base.speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let dest: Vec<Option<&str>> = base.speakers.iter().map(|b| destination(b, ours, &ours_at)).collect();
    // who the machine's new entry stands for, in the person's file
    let owner_of = |t: usize| -> Option<&str> {
        match base_index.get(theirs.speakers[t].id.as_str()) {
            Some(&b) => dest[b],
            None => Some(theirs.speakers[t].id.as_str()),
        }
    };

    let mut notes = Vec::new();
    let mut unresolved: Vec<UnresolvedSpeaker> = ours.unresolved.clone();
    let mut placed: Vec<(String, Mention)> = Vec::new();
    let mut carried: HashSet<Key> = HashSet::new();

    // the machine's new mentions, read through the person's edits
    for (j, &(t_speaker, t)) in tm.iter().enumerate() {
        let machine = owner_of(t_speaker);
        let Some(i) = origin[j] else {
            if let Some(owner) = machine {
                placed.push((owner.to_string(), t.clone()));
            }
            continue;
        };
        let (b_speaker, b) = bm[i];
        let Some(&(o_speaker, o)) = ours_at.get(&key(b)) else {
            continue; // the person removed it
        };
        carried.insert(key(o));
        let person = ours.speakers[o_speaker].id.as_str();
        let owner = if Some(person) == dest[b_speaker] {
            // not moved by the person: the machine's (new) reading stands
            match machine {
                Some(owner) => owner,
                None => continue,
            }
        } else {
            if machine.is_some_and(|m| Some(m) != dest[b_speaker] && m != person) {
                notes.push(disagreement(t, person, machine.unwrap_or_default()));
            }
            person
        };
        let item = format!("mention “{}” at {}", t.text, t.span);
        let form = field(&mut notes, &item, "form", [&b.form, &o.form, &t.form], show_serde);
        placed.push((owner.to_string(), Mention { form, ..t.clone() }));
    }

    // the person's mentions that no machine mention carried: added, or moved or changed
    // where the machine no longer reports them; and every mention of a person the person
    // corrected whom the machine no longer finds
    let found: HashSet<&str> = (0..theirs.speakers.len()).filter_map(owner_of).collect();
    for o_speaker in &ours.speakers {
        let edited = base_index.get(o_speaker.id.as_str()).is_none_or(|&b| base.speakers[b] != *o_speaker);
        let lost = !found.contains(o_speaker.id.as_str());
        for m in &o_speaker.mentions {
            if carried.contains(&key(m)) {
                continue;
            }
            let what = match base_at.get(&key(m)) {
                None => "added",
                Some(&(b_speaker, b)) if dest[b_speaker] != Some(o_speaker.id.as_str()) || b.form != m.form => "changed",
                Some(_) if edited && lost => "kept",
                Some(_) => continue, // untouched, and the machine no longer reports it
            };
            match anchors.locate(&m.text, m.span) {
                Anchor::At(span) => {
                    if let Some(k) = placed.iter().position(|(_, p)| p.span == span) {
                        let (other, _) = placed.remove(k);
                        if other != o_speaker.id {
                            notes.push(disagreement(&Mention { span, ..m.clone() }, &o_speaker.id, &other));
                        }
                    }
                    placed.push((o_speaker.id.clone(), Mention { span, ..m.clone() }));
                }
                anchor => unresolved.push(UnresolvedSpeaker {
                    reason: why(anchor, &format!("mention “{}” you {what}", m.text)),
                    speaker: Speaker { mentions: vec![m.clone()], ..o_speaker.clone() },
                }),
            }
        }
    }

    // one entry per person, named as the person has it where they corrected the name
    let mut by_owner: BTreeMap<String, Vec<Mention>> = BTreeMap::new();
    for (owner, m) in placed {
        by_owner.entry(owner).or_default().push(m);
    }
    for o in &ours.speakers {
        let edited = base_index.get(o.id.as_str()).is_none_or(|&b| base.speakers[b] != *o);
        if edited {
            by_owner.entry(o.id.clone()).or_default();
        }
    }
    let mut out: Vec<Speaker> = Vec::new();
    for (id, mut mentions) in by_owner {
        mentions.sort_by_key(|m| m.span);
        mentions.dedup_by_key(|m| m.span);
        // the name and kind as the person has them where they corrected them
        let (name, kind) = match ours.speakers.iter().find(|o| o.id == id) {
            Some(o) => {
                let from = base_index.get(id.as_str()).copied().or_else(|| dest.iter().position(|d| *d == Some(id.as_str())));
                match from.map(|b| &base.speakers[b]) {
                    Some(b) => {
                        let now = theirs.speakers.iter().find(|t| t.id == b.id);
                        let name = field(&mut notes, &id, "name", [&b.name, &o.name, now.map_or(&b.name, |t| &t.name)], String::clone);
                        let kind = field(&mut notes, &id, "kind", [&b.kind, &o.kind, now.map_or(&b.kind, |t| &t.kind)], show_serde);
                        (name, kind)
                    }
                    None => (o.name.clone(), o.kind),
                }
            }
            None => theirs.speakers.iter().find(|t| t.id == id).map(|t| (t.name.clone(), t.kind)).unwrap_or_default(),
        };
        out.push(Speaker { id, name, kind, mentions });
    }
    out.sort_by(|a, b| (a.mentions.is_empty(), a.mentions.first().map(|m| m.span), &a.id).cmp(&(b.mentions.is_empty(), b.mentions.first().map(|m| m.span), &b.id)));
    Carried { items: Speakers { speakers: out, unresolved }, notes }
}

/// Every mention of a file with the index of its person, in document order.
fn mentions(s: &Speakers) -> Vec<(usize, &Mention)> {
    let mut all: Vec<(usize, &Mention)> = s.speakers.iter().enumerate().flat_map(|(i, p)| p.mentions.iter().map(move |m| (i, m))).collect();
    all.sort_by_key(|&(i, m)| (m.span, i));
    all
}

fn texts<'a>(mentions: &[(usize, &'a Mention)]) -> Vec<&'a str> {
    mentions.iter().map(|(_, m)| m.text.as_str()).collect()
}

/// Whom the person's file has the base person `b` as: the same id, or the entry that now
/// holds at least half of their mentions (a rename or a merge); `None` when the person
/// deleted them.
fn destination<'o>(b: &Speaker, ours: &'o Speakers, ours_at: &HashMap<Key, (usize, &Mention)>) -> Option<&'o str> {
    if let Some(o) = ours.speakers.iter().find(|o| o.id == b.id) {
        return Some(&o.id);
    }
    let holders = counts(b.mentions.iter().filter_map(|m| ours_at.get(&key(m)).map(|&(s, _)| s)));
    let (s, n) = holders.into_iter().max_by_key(|&(s, n)| (n, Reverse(s)))?;
    (2 * n >= b.mentions.len()).then(|| ours.speakers[s].id.as_str())
}

fn disagreement(m: &Mention, person: &str, machine: &str) -> String {
    format!("mention “{}” at {}: your person {person} kept; the new machine output says {machine}", m.text, m.span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::{MentionForm, SpeakerKind};

    /// Who is named, and by what words, in the carried file.
    fn people(s: &Speakers, seed: &str) -> Vec<(String, String, Vec<String>)> {
        for p in &s.speakers {
            for m in &p.mentions {
                assert_eq!(m.span.slice(seed), Some(m.text.as_str()), "{m:?}");
            }
        }
        s.speakers.iter().map(|p| (p.id.clone(), p.name.clone(), p.mentions.iter().map(|m| format!("{}@{}", m.text, m.span.start())).collect())).collect()
    }

    fn machine(text: &str) -> Speakers {
        stages::annotate(text).speakers
    }

    fn mention_at(seed: &str, text: &str, nth: usize) -> Mention {
        let start = seed.match_indices(text).nth(nth).unwrap().0;
        Mention { span: Span::new(start, start + text.len()).unwrap(), text: text.into(), form: MentionForm::Other }
    }

    fn entry<'a>(s: &'a mut Speakers, id: &str) -> &'a mut Speaker {
        s.speakers.iter_mut().find(|p| p.id == id).unwrap_or_else(|| panic!("no {id}"))
    }

    const OLD: &str = "Legend Talks About West\n\nJohn Legend said he still likes Kanye West. \"We are fine,\" Legend said. West, as he calls himself now, did not reply.\n\nKim Jones said West is busy. \"He works a lot,\" Kimmy said. The singer has a new album.\n";
    const INSERTED: &str = "Update: Kim Jones said she had no comment.\n\n";

    #[test]
    fn the_machine_reads_the_test_article_as_expected() {
        let s = machine(OLD);
        let ids: Vec<&str> = s.speakers.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["john-legend", "kanye-west", "kim-jones", "kimmy"], "{s:#?}");
    }

    #[test]
    fn a_merged_speaker_survives_a_paragraph_inserted_above() {
        let base = machine(OLD);
        let mut ours = base.clone();
        // "Kimmy" is Kim Jones: the person merges the two
        let kimmy = ours.speakers.iter().position(|p| p.id == "kimmy").unwrap();
        let moved = ours.speakers.remove(kimmy).mentions;
        entry(&mut ours, "kim-jones").mentions.extend(moved);
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        let kimmy = expected.speakers.iter().position(|p| p.id == "kimmy").unwrap();
        let moved = expected.speakers.remove(kimmy).mentions;
        let kim = entry(&mut expected, "kim-jones");
        kim.mentions.extend(moved);
        kim.mentions.sort_by_key(|m| m.span);
        assert_eq!(people(&carried.items, &new), people(&expected, &new));
        assert_eq!(carried.items, expected);
        assert!(carried.notes.is_empty(), "{:?}", carried.notes);
    }

    #[test]
    fn a_corrected_canonical_name_survives_a_seed_edit() {
        let base = machine(OLD);
        let mut ours = base.clone();
        entry(&mut ours, "kim-jones").name = "Kimberly Jones".into();
        let new = OLD.replace("did not reply", "has not replied yet");
        let theirs = machine(&new);
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        entry(&mut expected, "kim-jones").name = "Kimberly Jones".into();
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn a_corrected_kind_survives_a_seed_edit() {
        let base = machine(OLD);
        let mut ours = base.clone();
        // "Kimmy" is the name of a band, not of a person
        entry(&mut ours, "kimmy").kind = SpeakerKind::Group;
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        assert_eq!(entry(&mut theirs.clone(), "kimmy").kind, SpeakerKind::Person);
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        entry(&mut expected, "kimmy").kind = SpeakerKind::Group;
        assert_eq!(carried.items, expected);
        assert!(carried.notes.is_empty(), "{:?}", carried.notes);
    }

    #[test]
    fn a_kind_the_person_did_not_touch_follows_the_machine() {
        let base = machine(OLD);
        let mut ours = base.clone();
        entry(&mut ours, "kim-jones").name = "Kimberly Jones".into();
        // the machine now reads Kimmy as a group; the person never said otherwise
        let new = OLD.replace("did not reply", "has not replied yet");
        let mut theirs = machine(&new);
        entry(&mut theirs, "kimmy").kind = SpeakerKind::Group;
        let carried = speakers(&base, &ours, &theirs, &new);
        assert_eq!(entry(&mut carried.items.clone(), "kimmy").kind, SpeakerKind::Group);
    }

    #[test]
    fn a_renamed_id_is_carried_and_new_mentions_follow_it() {
        let base = machine(OLD);
        let mut ours = base.clone();
        let kimmy = entry(&mut ours, "kimmy");
        kimmy.id = "kimmy-jones".into();
        kimmy.name = "Kimmy Jones".into();
        let new = OLD.replace("a new album.", "a new album. \"Not now,\" Kimmy said.");
        let theirs = machine(&new);
        assert_eq!(entry(&mut theirs.clone(), "kimmy").mentions.len(), 2, "the machine finds the new mention");
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        let kimmy = entry(&mut expected, "kimmy");
        kimmy.id = "kimmy-jones".into();
        kimmy.name = "Kimmy Jones".into();
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn a_removed_mention_stays_removed() {
        let base = machine(OLD);
        let mut ours = base.clone();
        let west = entry(&mut ours, "kanye-west");
        let before = west.mentions.len();
        west.mentions.retain(|m| m.text != "himself");
        assert_eq!(west.mentions.len(), before - 1);
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        entry(&mut expected, "kanye-west").mentions.retain(|m| m.text != "himself");
        assert_eq!(carried.items, expected);
    }

    #[test]
    fn an_added_mention_moves_with_its_text_and_a_moved_one_stays_moved() {
        let base = machine(OLD);
        let mut ours = base.clone();
        // the person adds the missed "The singer", and gives the first "he" to West
        let singer = Mention { form: MentionForm::Description, ..mention_at(OLD, "The singer", 0) };
        assert!(base.speakers.iter().all(|p| p.mentions.iter().all(|m| m.span != singer.span)), "the machine missed it");
        entry(&mut ours, "john-legend").mentions.push(singer.clone());
        let legend = entry(&mut ours, "john-legend");
        let he = legend.mentions.iter().position(|m| m.text == "he").unwrap();
        let he = legend.mentions.remove(he);
        entry(&mut ours, "kanye-west").mentions.push(he);
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        let legend = entry(&mut expected, "john-legend");
        let he = legend.mentions.iter().position(|m| m.text == "he").unwrap();
        let he = legend.mentions.remove(he);
        legend.mentions.push(Mention { span: singer.span.shifted(INSERTED.len() as isize).unwrap(), ..singer });
        let west = entry(&mut expected, "kanye-west");
        west.mentions.push(he);
        west.mentions.sort_by_key(|m| m.span);
        assert_eq!(people(&carried.items, &new), people(&expected, &new));
        assert_eq!(carried.items, expected);
        assert!(carried.notes.is_empty(), "{:?}", carried.notes);
    }

    #[test]
    fn an_added_mention_whose_text_is_gone_is_unresolved_not_dropped() {
        let base = machine(OLD);
        let mut ours = base.clone();
        let singer = Mention { form: MentionForm::Description, ..mention_at(OLD, "The singer", 0) };
        entry(&mut ours, "john-legend").mentions.push(singer.clone());
        let new = OLD.replace("The singer has", "He has");
        let theirs = machine(&new);
        let carried = speakers(&base, &ours, &theirs, &new);
        assert_eq!(
            carried.items.unresolved,
            [UnresolvedSpeaker {
                reason: "orphaned: the mention “The singer” you added is no longer in the seed".into(),
                speaker: Speaker { id: "john-legend".into(), name: "John Legend".into(), kind: Default::default(), mentions: vec![singer] },
            }]
        );
        assert_eq!(carried.items.speakers, theirs.speakers);
    }

    #[test]
    fn a_corrected_person_the_machine_no_longer_finds_keeps_their_mentions() {
        let base = machine(OLD);
        let mut ours = base.clone();
        entry(&mut ours, "kimmy").name = "Kimmy Jones".into();
        // no longer speaking, an unknown lone name is no person to the machine
        let new = OLD.replace("\"He works a lot,\" Kimmy said.", "Kimmy is her sister.");
        let theirs = machine(&new);
        assert!(theirs.speakers.iter().all(|p| p.id != "kimmy"), "{theirs:#?}");
        let carried = speakers(&base, &ours, &theirs, &new);
        let kimmy = carried.items.speakers.iter().find(|p| p.id == "kimmy").unwrap();
        assert_eq!(kimmy.name, "Kimmy Jones");
        let form = base.speakers.iter().find(|p| p.id == "kimmy").unwrap().mentions[0].form;
        assert_eq!(kimmy.mentions, [Mention { form, ..mention_at(&new, "Kimmy", 0) }]);
        assert!(carried.items.unresolved.is_empty());
    }

    #[test]
    fn with_no_edits_the_new_output_stands() {
        let base = machine(OLD);
        for new in [format!("{INSERTED}{OLD}"), OLD.replace("Kimmy said", "Kim added"), OLD.replace("John Legend", "Legend"), String::new()] {
            let theirs = machine(&new);
            let carried = speakers(&base, &base, &theirs, &new);
            assert_eq!(carried.items, theirs, "{new}");
            assert!(carried.notes.is_empty());
        }
    }

    #[test]
    fn the_person_wins_a_name_both_changed_and_it_is_noted() {
        let base = machine(OLD);
        let mut ours = base.clone();
        entry(&mut ours, "kim-jones").name = "Kimberly Jones".into();
        let new = format!("{INSERTED}{OLD}");
        let mut theirs = machine(&new);
        entry(&mut theirs, "kim-jones").name = "Kim A. Jones".into();
        let carried = speakers(&base, &ours, &theirs, &new);
        assert_eq!(entry(&mut carried.items.clone(), "kim-jones").name, "Kimberly Jones");
        assert_eq!(carried.notes, ["kim-jones: your name Kimberly Jones kept; the new machine output says Kim A. Jones"]);
    }

    #[test]
    fn a_deleted_person_stays_deleted_with_their_new_mentions() {
        let base = machine(OLD);
        let mut ours = base.clone();
        ours.speakers.retain(|p| p.id != "kim-jones");
        let new = format!("{INSERTED}{OLD}");
        let theirs = machine(&new);
        let carried = speakers(&base, &ours, &theirs, &new);
        let mut expected = theirs.clone();
        expected.speakers.retain(|p| p.id != "kim-jones");
        assert_eq!(carried.items, expected);
    }
}
