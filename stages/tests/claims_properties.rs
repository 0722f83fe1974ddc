//! Invariants of the claims stage on any set of small generated documents: no panic,
//! every member's span slices to its text in its own document, claims in their stable
//! order, ids unique, and the same output on a second call.

use proptest::prelude::*;
use stages::contract::Claims;
use stages::{claims, DocInput};

/// Pieces recombined into documents: quotes with curly and straight marks, cut short,
/// split by a cue, woven into a sentence; reported facts; page furniture; a multibyte
/// character or two, so that a span off a character boundary would show.
const PIECES: &[&str] = &[
    "“I don’t think we’re less friends because of the Trump thing. I just think we’re doing our own thing,” Legend said.",
    "\"I don't think we're less friends because of the Trump thing,\" Legend explained. \"I just think we're doing our own thing.\"",
    "“I just think we’re doing our own thing.”",
    "Politics was “never a part” of their interaction, John Legend said.",
    "“It was never a part of our interaction. Our interaction was almost always about creativity and music,” he shared.",
    "In October 2019, Legend told Vanity Fair that he and West were never really as close as people thought.",
    "However, last October, John revealed in an interview with Vanity Fair that he and Kanye had grown apart.",
    "Kanye West tweeted his support for Trump in 2018 and sparked a huge backlash.",
    "“You don’t have to agree with Trump but the mob can’t make me not love him,” West tweeted.",
    "Legend wrote at the time:",
    "Legend continued, saying:",
    "Getty Images / Some Agency",
    "Yes but maybe no phones πŸ€£ — café ☕ naïve",
    "“",
    "\"unterminated quote and more words here",
    "He said.",
];

fn doc() -> impl Strategy<Value = String> {
    (prop::collection::vec((0..PIECES.len(), 0..3usize), 1..7), "[A-Z][a-z ]{0,20}").prop_map(|(parts, title)| {
        let mut text = title;
        for (p, sep) in parts {
            text.push_str(["\n\n", " ", "\n"][sep]);
            text.push_str(PIECES[p]);
        }
        text.push('\n');
        text
    })
}

/// Features that a source decodes each time it is asked (as the engine's cache does):
/// a copy each time.
struct Copies<'a>(&'a [(&'a str, claims::DocFeatures)]);

impl claims::Features for Copies<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn name(&self, doc: usize) -> &str {
        self.0[doc].0
    }
    fn get(&self, doc: usize) -> Option<std::borrow::Cow<'_, claims::DocFeatures>> {
        Some(std::borrow::Cow::Owned(self.0[doc].1.clone()))
    }
}

/// Each text's name (`d00`, `d01`, ...) and claims features, the upstream stages run on it.
fn featured(texts: &[String]) -> Vec<(String, claims::DocFeatures)> {
    let named: Vec<(String, &String)> = texts.iter().enumerate().map(|(i, t)| (format!("d{i:02}"), t)).collect();
    featured_as(&named)
}

/// Each named text's claims features, the upstream stages run on it.
fn featured_as(texts: &[(String, &String)]) -> Vec<(String, claims::DocFeatures)> {
    texts
        .iter()
        .map(|(name, t)| {
            let a = stages::annotate(t);
            let f = claims::features(&DocInput { name, text: t, segments: &a.segments, quotes: &a.quotes, speakers: &a.speakers });
            (name.clone(), f)
        })
        .collect()
}

/// Features with a stamp each (as the engine's cache key): a hash of their bytes.
struct Stamped<'a> {
    docs: &'a [(String, claims::DocFeatures)],
    stamps: Vec<String>,
}

impl<'a> Stamped<'a> {
    fn new(docs: &'a [(String, claims::DocFeatures)]) -> Self {
        use std::hash::{Hash, Hasher};
        let stamps = docs
            .iter()
            .map(|(_, f)| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                f.to_bytes().hash(&mut h);
                format!("{:016x}", h.finish())
            })
            .collect();
        Stamped { docs, stamps }
    }
}

impl claims::Features for Stamped<'_> {
    fn len(&self) -> usize {
        self.docs.len()
    }
    fn name(&self, doc: usize) -> &str {
        &self.docs[doc].0
    }
    fn get(&self, doc: usize) -> Option<std::borrow::Cow<'_, claims::DocFeatures>> {
        Some(std::borrow::Cow::Owned(self.docs[doc].1.clone()))
    }
    fn stamp(&self, doc: usize) -> Option<&str> {
        Some(&self.stamps[doc])
    }
}

/// Named texts.
type Named<'a> = Vec<(String, &'a String)>;

/// A corpus before and after an edit: each entry is a document kept as it was (0),
/// changed (1), removed (2) or added (3); its name is its entry's.
fn edited(entries: &[(String, String, u8)]) -> (Named<'_>, Named<'_>) {
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for (i, (a, b, op)) in entries.iter().enumerate() {
        let name = format!("d{i:02}");
        match op {
            0 => {
                before.push((name.clone(), a));
                after.push((name, a));
            }
            1 => {
                before.push((name.clone(), a));
                after.push((name, b));
            }
            2 => before.push((name, a)),
            _ => after.push((name, b)),
        }
    }
    (before, after)
}

/// Every claim of a linked corpus, in the output's order, with what it is made from.
fn all_claims(linked: &mut claims::Linked, src: &dyn claims::Features) -> Vec<(Option<u128>, stages::contract::Claim)> {
    let keys: Vec<Option<u128>> = linked.made_from().map(|(_, k)| k).collect();
    keys.into_iter().zip(linked.claims(src, |_| true).expect("features in memory").claims).collect()
}

/// The claims of `texts` made as the engine makes a large corpus's: the link holding
/// only hashes, the claims made once in parts of about `budget` members, then again
/// in `groups` groups of ids, put back in the output's order.
fn run_in_parts(texts: &[String], budget: usize, groups: u32) -> Claims {
    let feats = featured(texts);
    let named: Vec<(&str, claims::DocFeatures)> = feats.iter().map(|(n, f)| (n.as_str(), f.clone())).collect();
    let src = Copies(&named);
    let mut linked = claims::Linked::new(&src, budget).expect("features in memory");
    let order: Vec<String> = linked.ids().map(|(id, _)| id.to_string()).collect();
    let group = |id: &str| id.bytes().map(u32::from).sum::<u32>() % groups;
    let mut all = Vec::new();
    for g in 0..groups {
        all.extend(linked.claims(&src, |id| group(id) == g).expect("features in memory").claims);
    }
    all.sort_by_key(|c| order.iter().position(|id| *id == c.id));
    Claims { claims: all, unresolved: Vec::new() }
}

/// The claims of `texts` made at once, as `claims::claims` makes them.
fn run(texts: &[String]) -> Claims {
    let feats = featured(texts);
    let named: Vec<(&str, &claims::DocFeatures)> = feats.iter().map(|(n, f)| (n.as_str(), f)).collect();
    claims::link(&named)
}

/// A document changed away from its claims' members (a paragraph added at its end)
/// changes the key of every cluster it is in, but not what those claims hold: the
/// engine keeps a shard whose claims' ids and contents are those of the run before, so
/// a change to one document that carries a much-quoted line does not make again every
/// shard that holds a claim of that line's cluster.
#[test]
fn a_paragraph_added_after_a_documents_quotes_leaves_its_claims_as_they_were() {
    let quote = "“We will build the bridge before the winter comes, whatever it costs us,” Ann Cole said.";
    let texts: Vec<String> = ["Harbour Herald", "Eastvale Post", "KBX News"].iter().map(|outlet| format!("{outlet}\n\nThe council met on Monday.\n\n{quote}\n")).collect();
    let mut changed = texts.clone();
    changed[1].push_str("\n“The harbour will stay open all year round,” Tom Reyes said.\n");
    let named = |texts: &[String]| -> Vec<(String, String)> { texts.iter().enumerate().map(|(i, t)| (format!("d{i:02}"), t.clone())).collect() };
    let (before, after) = (named(&texts), named(&changed));
    let feats = |named: &[(String, String)]| featured_as(&named.iter().map(|(n, t)| (n.clone(), t)).collect::<Vec<_>>());
    let (before, after) = (feats(&before), feats(&after));
    let (src_a, src_b) = (Stamped::new(&before), Stamped::new(&after));
    assert_ne!(src_a.stamps[1], src_b.stamps[1], "the added paragraph changed the document's features");
    let made_from = |src: &Stamped| -> Vec<(String, Option<u128>)> {
        let linked = claims::Linked::new(src, usize::MAX).expect("features in memory");
        linked.made_from().map(|(id, k)| (id.to_string(), k)).collect()
    };
    let (a, b) = (made_from(&src_a), made_from(&src_b));
    assert!(a.iter().any(|(id, _)| id.starts_with("c-we-will-build")), "the quote is a claim: {a:?}");
    assert!(a.iter().all(|(_, k)| k.is_some()), "every document has a stamp");
    assert_eq!(a, b);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn claims_invariants_hold_on_any_small_corpus(texts in prop::collection::vec(doc(), 1..6)) {
        let out = run(&texts);
        for c in &out.claims {
            prop_assert!(!c.members.is_empty());
            for m in &c.members {
                let i: usize = m.doc[1..].parse().unwrap();
                prop_assert_eq!(m.span.slice(&texts[i]), Some(m.text.as_str()), "member span slices to its text");
                if let Some(cov) = m.covers {
                    prop_assert!(cov.slice(&c.text).is_some(), "covers {:?} fits the claim's text", cov);
                }
            }
            let mut sorted = c.members.clone();
            sorted.sort_by(|a, b| (&a.doc, a.span).cmp(&(&b.doc, b.span)));
            prop_assert_eq!(&sorted, &c.members, "members in document order");
        }
        let keys: Vec<_> = out.claims.iter().map(|c| (c.members[0].doc.clone(), c.members[0].span, c.kind)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        prop_assert_eq!(&keys, &sorted, "claims ordered by their first member");
        let mut ids: Vec<&str> = out.claims.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), out.claims.len(), "claim ids are unique");
        prop_assert_eq!(&run(&texts), &out, "same output on a second call");
    }

    /// A large corpus's claims are made in parts, from features read again, and taken a
    /// group of shards at a time: the same claims as made at once.
    #[test]
    fn claims_made_in_parts_are_the_claims_made_at_once(texts in prop::collection::vec(doc(), 1..8), budget in 1..12usize, groups in 1..4u32) {
        prop_assert_eq!(run_in_parts(&texts, budget, groups), run(&texts));
    }

    /// A corpus linked again after documents were changed, added and removed, with what
    /// the first link remembered: the same claims as linked with no memo; and a claim
    /// whose id and `made_from` key both runs share is the same claim (what lets the
    /// engine keep such a claim's shard as it is).
    #[test]
    fn claims_made_with_a_memo_are_the_claims_made_without(entries in prop::collection::vec((doc(), doc(), 0..4u8), 1..8), budget in 1..12usize) {
        let (before, after) = edited(&entries);
        let (before, after) = (featured_as(&before), featured_as(&after));
        let (src_a, src_b) = (Stamped::new(&before), Stamped::new(&after));
        let mut a = claims::Linked::new(&src_a, budget).expect("features in memory");
        let memo = claims::Memo::from_bytes(&a.memo(&src_a).to_bytes()).expect("a memo reads back");
        let mut b = claims::Linked::with_memo(&src_b, budget, &memo).expect("features in memory");
        let claims_a = all_claims(&mut a, &src_a);
        let claims_b = all_claims(&mut b, &src_b);
        let named: Vec<(&str, &claims::DocFeatures)> = after.iter().map(|(n, f)| (n.as_str(), f)).collect();
        let cold = claims::link(&named);
        prop_assert_eq!(claims_b.iter().map(|c| c.1.clone()).collect::<Vec<_>>(), cold.claims);
        for (key, claim) in &claims_b {
            prop_assert!(key.is_some(), "every document has a stamp");
            if let Some((_, earlier)) = claims_a.iter().find(|(k, c)| k == key && c.id == claim.id) {
                prop_assert_eq!(earlier, claim);
            }
        }
    }
}
