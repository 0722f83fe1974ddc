//! What the pages are made of, derived from the annotations: who each document says said
//! a claim, the disagreements, and people merged across documents by their id.

use super::load::Corpus;
use stages::contract::{Claim, Quote, SpeakerKind};
use std::collections::BTreeMap;

/// Who each document says said `claim`: speaker id (`None`: the document gives nobody)
/// → the documents saying so, in member order, each once.
pub fn speakers_of(claim: &Claim) -> BTreeMap<Option<&str>, Vec<&str>> {
    let mut by: BTreeMap<Option<&str>, Vec<&str>> = BTreeMap::new();
    for m in &claim.members {
        let docs = by.entry(m.speaker.as_deref()).or_default();
        if !docs.contains(&m.doc.as_str()) {
            docs.push(&m.doc);
        }
    }
    by
}

/// Whether the documents disagree on who said `claim`: the claims file's own flag (two
/// speakers that cannot be one person; a document that names nobody is an omission,
/// not an answer of its own).
pub fn disagrees(claim: &Claim) -> bool {
    claim.disagree
}

/// A speaker merged across documents by id.
#[derive(Debug)]
pub struct Person<'a> {
    /// The id, the same in every document.
    pub id: &'a str,
    /// The canonical name in the first document (by name) that has one; the id when no
    /// `speakers.yaml` lists it.
    pub name: &'a str,
    /// Other canonical names documents give the same id.
    pub other_names: Vec<&'a str>,
    /// Person, organisation, group or document (as the first document says).
    pub kind: SpeakerKind,
    /// Documents that mention the speaker → how many mentions.
    pub mentions: BTreeMap<&'a str, usize>,
    /// Every attribution given to the speaker: (document, item), in document order.
    pub quotes: Vec<(&'a str, &'a Quote)>,
    /// Claims with at least one member attributed to the speaker, in file order.
    pub claims: Vec<&'a Claim>,
}

/// Every speaker of the corpus by id: those `speakers.yaml` lists, and any id an
/// attribution or a claim member names without one.
pub fn people(corpus: &Corpus) -> BTreeMap<&str, Person<'_>> {
    let mut people: BTreeMap<&str, Person> = BTreeMap::new();
    for doc in &corpus.docs {
        for s in &doc.speakers.speakers {
            let p = people.entry(s.id.as_str()).or_insert_with(|| Person { name: s.name.as_str(), kind: s.kind, ..blank(&s.id) });
            if p.name != s.name && !p.other_names.contains(&s.name.as_str()) {
                p.other_names.push(&s.name);
            }
            *p.mentions.entry(doc.name.as_str()).or_default() += s.mentions.len();
        }
    }
    for doc in &corpus.docs {
        for q in &doc.quotes.quotes {
            if let Some(id) = q.speaker.as_deref() {
                people.entry(id).or_insert_with(|| blank(id)).quotes.push((&doc.name, q));
            }
        }
    }
    for claim in &corpus.claims.claims {
        for id in speakers_of(claim).into_keys().flatten() {
            people.entry(id).or_insert_with(|| blank(id)).claims.push(claim);
        }
    }
    people
}

fn blank(id: &str) -> Person<'_> {
    Person { id, name: id, other_names: Vec::new(), kind: SpeakerKind::Person, mentions: BTreeMap::new(), quotes: Vec::new(), claims: Vec::new() }
}

/// The claims each attribution is a member of: (document, quote id) → claims.
pub fn claims_of_quotes(corpus: &Corpus) -> BTreeMap<(&str, &str), Vec<&Claim>> {
    let mut of: BTreeMap<(&str, &str), Vec<&Claim>> = BTreeMap::new();
    for claim in &corpus.claims.claims {
        for m in &claim.members {
            if let Some(q) = m.quote.as_deref() {
                let claims = of.entry((m.doc.as_str(), q)).or_default();
                if !claims.iter().any(|c| c.id == claim.id) {
                    claims.push(claim);
                }
            }
        }
    }
    of
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(members: &[(&str, Option<&str>)]) -> Claim {
        let mut yaml = String::from("id: c-x\ntext: words\nmembers:\n");
        for (doc, speaker) in members {
            yaml.push_str(&format!("  - {{doc: {doc}, span: 0..5, text: words, match: identical{}}}\n", speaker.map_or(String::new(), |s| format!(", speaker: {s}"))));
        }
        let mut c: Claim = serde_yaml::from_str(&yaml).unwrap();
        stages::contract::Attribution::of(&c.members).apply(&mut c);
        c
    }

    #[test]
    fn documents_naming_different_speakers_disagree() {
        let c = claim(&[("a", Some("john-legend")), ("b", Some("kanye-west")), ("c", Some("john-legend"))]);
        assert!(disagrees(&c));
        let by = speakers_of(&c);
        assert_eq!(by[&Some("john-legend")], ["a", "c"]);
        assert_eq!(by[&Some("kanye-west")], ["b"]);
    }

    #[test]
    fn one_speaker_in_every_document_is_no_disagreement_even_with_two_members_in_one() {
        assert!(!disagrees(&claim(&[("a", Some("john-legend")), ("a", Some("john-legend")), ("b", Some("john-legend"))])));
    }

    #[test]
    fn a_document_that_names_nobody_is_listed_but_does_not_disagree() {
        let c = claim(&[("a", Some("john-legend")), ("b", None)]);
        assert!(!disagrees(&c));
        assert_eq!(speakers_of(&c)[&None], ["b"]);
    }
}
