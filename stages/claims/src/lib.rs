//! The `claims` stage: the same quote, or the same reported fact, in every document that
//! carries it.
//!
//! # Two steps, both pure
//!
//! 1. **Per document** ([`features`]): one document's text, segments and quotes become
//!    [`DocFeatures`]: every quote as a run of folded word tokens (curly and straight
//!    marks, apostrophes and case folded away) with their byte ranges, and every body
//!    sentence outside quote marks as a set of weighted-term candidates (stemmed content
//!    words, capitalised names, numbers, years). The features also carry all that the
//!    claims will show of the document (quote ids, spans, texts, speakers, partial flags;
//!    fact sentences' spans and texts). Nothing here looks at another document, or at
//!    the document's name, so the engine can cache the features per document (they
//!    serialize with serde): a new or changed document costs only its own extraction,
//!    and linking reads no seed and no annotation.
//! 2. **Corpus-wide** ([`link`]), from the features alone: everything that depends on
//!    the whole corpus is computed here (the people known from all quotes' speakers, the
//!    terms' inverse frequencies, the indexes). An inverted index finds candidate pairs without
//!    comparing every pair of documents. Quotes are indexed by word 3-grams, facts by
//!    the terms a link needs them to share (names other than the people's, numbers,
//!    dates). Each posting is compared
//!    only with the head of its list and a few predecessors, so a passage repeated in
//!    thousands of documents costs a constant per occurrence, not a quadratic clique;
//!    transitivity does the rest. Candidates are then verified: quotes by extending the
//!    shared 3-gram both ways into an aligned run of words (alignment around the anchor),
//!    facts by the rule in the section below. Verified edges are sorted and fed to a union-find,
//!    so clusters do not depend on discovery order. Cost is about linear in the corpus.
//!
//! # Quotes
//!
//! A claim's canonical text is stitched from its members: the member with the most words
//! is the base, and members that overlap its start or end extend it (a quote split in one
//! article and cut short in another still yields one readable whole). Every member then
//! records the byte range of the canonical text it covers, and how it matches:
//! `identical` (same bytes), `normalised` (same folded words), `split` (one of several
//! quoted fragments of the claim in the same document covering different parts of it,
//! however far apart: a quote cut by its attribution, or resumed paragraphs later),
//! `partial` (a part of the canonical text: a truncation, or a fragment woven into the
//! writer's sentence). Members whose documents give different speakers, or no speaker,
//! flag the claim with a `disagreement`.
//!
//! # Reported facts
//!
//! Two body sentences (words inside quote marks left out) report the same fact when all
//! of these hold, checked in this order:
//!
//! - **People agree.** People are known from the corpus's quote speakers (`john-legend`
//!   makes `John` and `Legend` one person). Both sentences name someone, and the people
//!   of one are among the people of the other.
//! - **The actor agrees.** The first person named outside a possessive (`Kanye’s
//!   campaign` is not Kanye acting) is the actor; a sentence opening with `He`/`She`/
//!   `They` takes the previous sentence's. When both have one, it is the same person.
//! - **No contradiction.** If both name outlets, places or other non-person names, they
//!   share one (Vanity Fair is not The Wall Street Journal); if both give dates (years,
//!   months) or numbers, they share one.
//! - **Enough shared evidence.** Over the terms besides the people (stemmed content words,
//!   names, numbers, dates; verbs made of a platform's name fold into it, `tweeted` into
//!   `Twitter`), each weighted by a BM25 inverse frequency over the corpus's sentences, the
//!   shared weight over the geometric mean of the two sentences' weights is at least
//!   `FACT_SCORE`, with at least two shared terms of which one is a name, number or date.
//!
//! Precision comes first: a wrong link misleads, a missing one only costs a search.
//!
//! # Order and ids
//!
//! Claims are ordered by their first member's (document, span), and ids are slugs of the
//! canonical text: both intrinsic to the claim, so adding an unrelated document neither
//! reorders nor renumbers existing claims. Two claims whose slugs collide keep the slug
//! for the first and add a short checksum of the canonical text for the others.

#![deny(missing_docs)]

mod features;
mod link;

pub use features::{features, DocFeatures};
pub use link::link;

use contract::{Claims, Quotes, Segments, Speakers};

/// One document as the corpus-wide `claims` stage sees it.
#[derive(Clone, Copy, Debug)]
pub struct DocInput<'a> {
    /// The document's name: the seed's file name without `.txt`.
    pub name: &'a str,
    /// The seed text.
    pub text: &'a str,
    /// Its segments.
    pub segments: &'a Segments,
    /// Its quotes.
    pub quotes: &'a Quotes,
    /// Its speakers: the names a fact sentence's people and organisations go by.
    pub speakers: &'a Speakers,
}

/// Links the quotes and reported facts of `docs` across documents. `docs` must be sorted
/// by name. The same as [`features`] on each document followed by [`link`].
pub fn claims(docs: &[DocInput<'_>]) -> Claims {
    let feats: Vec<DocFeatures> = docs.iter().map(features).collect();
    let named: Vec<(&str, &DocFeatures)> = docs.iter().map(|d| d.name).zip(&feats).collect();
    link(&named)
}

#[cfg(test)]
mod tests {
    use super::features::tokens;

    #[test]
    fn tokens_fold_marks_and_case() {
        let a: Vec<u64> = tokens("I don’t THINK", 0).iter().map(|t| t.h).collect();
        let b: Vec<u64> = tokens("i do not think", 0).iter().map(|t| t.h).collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
    }
}
