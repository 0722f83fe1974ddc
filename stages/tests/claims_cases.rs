//! The claims stage on small hand-written articles, one test per kind of variation.

use stages::contract::{Claims, Matching, Quotes, Segments};
use stages::{claims, quotes, segment, speakers, DocInput};

fn run(docs: &[(&str, &str)]) -> Claims {
    let parsed: Vec<(Segments, Quotes)> = docs
        .iter()
        .map(|(_, t)| {
            let s = segment::segment(t);
            let p = speakers::speakers(t, &s);
            let q = quotes::quotes(t, &s, &p);
            (s, q)
        })
        .collect();
    let inputs: Vec<DocInput> = docs
        .iter()
        .zip(&parsed)
        .map(|((n, t), (s, q))| DocInput { name: n, text: t, segments: s, quotes: q })
        .collect();
    let out = claims::claims(&inputs);
    for c in &out.claims {
        for m in &c.members {
            let (_, t) = docs.iter().find(|(n, _)| *n == m.doc).unwrap();
            assert_eq!(m.span.slice(t), Some(m.text.as_str()));
        }
    }
    out
}

const WHOLE: &str = "I don’t think we’re less friends because of the Trump thing. I just think we’re doing our own thing. He’s up in Wyoming with his family.";

fn article(body: &str) -> String {
    format!("Singer Talks About Old Friend\n\n{body}\n")
}

#[test]
fn curly_and_straight_marks_link() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article(&format!("\"{}\" Legend said.", WHOLE.replace('’', "'")));
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    assert_eq!(c.claims[0].members.len(), 2);
    assert_eq!(c.claims[0].members[1].matching, Matching::Normalised);
}

#[test]
fn truncated_quote_links_to_the_whole() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article("“I don’t think we’re less friends because of the Trump thing,” Legend said.");
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    let m = c.claims[0].members.iter().find(|m| m.doc == "b").unwrap();
    assert_eq!(m.matching, Matching::Partial);
    assert_eq!(m.covers.map(|s| s.start()), Some(0));
}

#[test]
fn split_quote_fragments_link_to_the_continuous_quote() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article("“I don’t think we’re less friends because of the Trump thing,” Legend explained. “I just think we’re doing our own thing. He’s up in Wyoming with his family.”");
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    let frags: Vec<_> = c.claims[0].members.iter().filter(|m| m.doc == "b").collect();
    assert_eq!(frags.len(), 2);
    assert!(frags.iter().all(|m| m.matching == Matching::Split), "{frags:#?}");
}

#[test]
fn same_quote_twice_in_one_article() {
    let a = article(&format!("“{WHOLE}”\n\nLater he repeated it. “{WHOLE}” Legend said."));
    let c = run(&[("a", &a)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    assert_eq!(c.claims[0].members.len(), 2);
}

#[test]
fn speaker_disagreement_is_flagged() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article(&format!("“{WHOLE}” West said."));
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    assert!(c.claims[0].disagreement.is_some(), "{c:#?}");
}

#[test]
fn adding_an_unrelated_document_keeps_existing_ids_and_order() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article(&format!("“{WHOLE}” Legend said."));
    let before = run(&[("b", &a), ("c", &b)]);
    let other = article("“We are going to build something wonderful for the whole city together,” the mayor said. “We are going to build something wonderful for the whole city together,” he repeated.");
    let after = run(&[("a", &other), ("b", &a), ("c", &b)]);
    let ids: Vec<_> = after.claims.iter().filter(|c| c.members.iter().all(|m| m.doc != "a")).cloned().collect();
    assert_eq!(ids, before.claims);
}

#[test]
fn links_survive_a_seed_edit_that_shifts_all_offsets() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article(&format!("“{WHOLE}” Legend said."));
    let shifted = format!("Updated on Jun 1, 2020.\n\n{b}");
    let one = run(&[("a", &a), ("b", &b)]);
    let two = run(&[("a", &a), ("b", &shifted)]);
    assert_eq!(one.claims.len(), 1);
    assert_eq!(two.claims.len(), 1);
    assert_eq!(one.claims[0].id, two.claims[0].id);
    assert_ne!(one.claims[0].members[1].span, two.claims[0].members[1].span);
}
