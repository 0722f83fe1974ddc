//! The claims stage on small hand-written articles, one test per kind of variation.

use stages::contract::{ClaimKind, Claims, Matching, Quotes, Segments};
use stages::{claims, DocInput};

fn run(docs: &[(&str, &str)]) -> Claims {
    let parsed: Vec<(Segments, Quotes)> = docs
        .iter()
        .map(|(_, t)| {
            let a = stages::annotate(t);
            (a.segments, a.quotes)
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

#[test]
fn partial_quote_links_to_its_sentence() {
    let a = article("“But what I’ve always said is, we never talked about politics before. It was never a part of our interaction,” Legend said.");
    let b = article("Politics was never a topic between the two and was “never a part” of their interaction, Legend said.");
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    let m = c.claims[0].members.iter().find(|m| m.doc == "b").unwrap();
    assert_eq!(m.text, "never a part");
    assert_eq!(m.matching, Matching::Partial);
    let covers = m.covers.expect("a partial member says what it covers");
    assert_eq!(covers.slice(&c.claims[0].text), Some("never a part"));
}

/// Two articles that quote both men, so the corpus knows who John Legend and Kanye West
/// are, and report one fact in their own words.
fn fact_pair() -> (String, String) {
    let a = article(
        "In October 2019, Legend told Vanity Fair that he and West were never really as close as people thought.\n\n\
         “We are doing our own thing,” John Legend said.\n\n“I love everyone,” Kanye West said.",
    );
    let b = article(
        "However, last October, John revealed in an interview with Vanity Fair that he and Kanye had never been the closest of friends.\n\n\
         “We are still on good terms with each other,” John Legend said.\n\n“He is my brother,” Kanye West said.",
    );
    (a, b)
}

#[test]
fn reported_fact_in_other_words_links() {
    let (a, b) = fact_pair();
    // Both directions: whichever document comes first, the same two sentences link.
    for docs in [[("a", a.as_str()), ("b", b.as_str())], [("a", b.as_str()), ("b", a.as_str())]] {
        let c = run(&docs);
        let facts: Vec<_> = c.claims.iter().filter(|c| c.kind == ClaimKind::Fact).collect();
        assert_eq!(facts.len(), 1, "{c:#?}");
        assert_eq!(facts[0].members.len(), 2);
        assert!(facts[0].members.iter().all(|m| m.text.contains("Vanity Fair")), "{facts:#?}");
        assert!(facts[0].members.iter().any(|m| m.matching == Matching::Paraphrase));
    }
}

#[test]
fn unrelated_sentences_sharing_common_words_do_not_link() {
    let quotes = "“We are doing our own thing,” John Legend said.\n\n“I love everyone,” Kanye West said.";
    let pairs = [
        // Same people, same verb and words, another outlet: another interview.
        (
            "In October 2019, Legend told Vanity Fair that he and West were never really as close as people thought.",
            "In October 2019, Legend told The Wall Street Journal that he and West were never really as close as people thought.",
        ),
        // Same outlet and words, another year: another event.
        (
            "In 2018, Legend told Vanity Fair that he and West were never really as close as people thought.",
            "In 2020, Legend told Vanity Fair that he and West were never really as close as people thought.",
        ),
        // Same act, another actor.
        (
            "Back in 2018, Kanye West posted his support for Trump on Twitter and sparked a huge backlash.",
            "Back in 2018, John Legend posted his support for Biden on Twitter and sparked a huge backlash.",
        ),
        // Only the story's common words and people in common.
        (
            "Kanye West and John Legend have been friends and collaborators for years, but the two have grown apart.",
            "Are West and Legend still friends, or did political differences drive the two apart over the years?",
        ),
    ];
    for (x, y) in pairs {
        let a = article(&format!("{x}\n\n{quotes}"));
        let b = article(&format!("{y}\n\n{quotes}"));
        let c = run(&[("a", &a), ("b", &b)]);
        let facts: Vec<_> = c.claims.iter().filter(|c| c.kind == ClaimKind::Fact).collect();
        assert!(facts.is_empty(), "{x}\n{y}\n{facts:#?}");
    }
}

#[test]
fn quote_resumed_paragraphs_later_is_split() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article(
        "Legend wrote at the time:\n\n“I don’t think we’re less friends because of the Trump thing.”\n\n\
         Singer Still Talking\n\nPhoto: Some Agency\n\nLegend continued, saying:\n\n\
         “I just think we’re doing our own thing. He’s up in Wyoming with his family.”",
    );
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    let frags: Vec<_> = c.claims[0].members.iter().filter(|m| m.doc == "b").collect();
    assert_eq!(frags.len(), 2, "{c:#?}");
    assert!(frags.iter().all(|m| m.matching == Matching::Split), "{frags:#?}");
}

#[test]
fn pull_quote_repeating_a_fragment_is_not_a_split_piece() {
    let a = article(&format!("“{WHOLE}” Legend said."));
    let b = article(
        "“He’s up in Wyoming with his family.”\n\nThe singer spoke at length.\n\n\
         “I don’t think we’re less friends because of the Trump thing. I just think we’re doing our own thing,” Legend explained. \
         “He’s up in Wyoming with his family.”",
    );
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    let frags: Vec<_> = c.claims[0].members.iter().filter(|m| m.doc == "b").map(|m| m.matching).collect();
    assert_eq!(frags, [Matching::Partial, Matching::Split, Matching::Split], "{c:#?}");
}

/// A member that runs on past the canonical text, whose matched words take more bytes
/// than the whole canonical text (wide spacing here; curly apostrophes do the same):
/// the tail's offsets were once counted from the canonical text's length, which
/// underflowed (a panic in debug builds, another document's bytes glued onto the claim's
/// text in release builds).
#[test]
fn a_member_running_past_a_shorter_canonical_text_links_without_wrapping() {
    let words = ["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "jj", "kk", "ll"];
    let a = article(&format!("“{}.” Legend said.", words.join(" ")));
    let wide = words[4..].join("          ");
    let b = article(&format!("“{wide} mm nn oo pp.” Legend said."));
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.claims.len(), 1, "{c:#?}");
    let claim = &c.claims[0];
    // the base's own words up to where they end, then the member's tail
    assert_eq!(claim.text, format!("{} mm nn oo pp.", words.join(" ")));
    for m in &claim.members {
        let covers = m.covers.expect("both cover part of the claim");
        let covered = covers.slice(&claim.text).expect("covers lies in the claim's text");
        assert!(covered.starts_with("aa") || covered.starts_with("ee"), "{covered:?}");
    }
}
