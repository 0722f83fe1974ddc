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
//!    the document's name, so the engine can cache the features per document (as
//!    compact bytes, `DocFeatures::to_bytes`): a new or changed document costs only its own extraction,
//!    and linking reads no seed and no annotation.
//! 2. **Corpus-wide** ([`link`]), from the features alone: everything that depends on
//!    the whole corpus is computed here (the stories, the terms' inverse frequencies,
//!    the indexes). Inverted indexes find candidate pairs without comparing every pair
//!    of documents: quotes by word 3-grams, facts by their story and a term that is not
//!    a common word. Each posting is compared only with the head of its list and a few
//!    predecessors, so a passage repeated in thousands of documents costs a constant per
//!    occurrence, not a quadratic clique; transitivity does the rest. Candidates are
//!    then verified: quotes by extending the shared 3-gram both ways into an aligned run
//!    of words, stepping over small gaps, and chaining such runs in order over the words
//!    one side has and the other lacks (an aside, a phrase transcribed two ways), facts
//!    by the rule in the section below.
//!    Verified edges are sorted and fed to a union-find, so clusters do not depend on
//!    discovery order. Cost is about linear in the corpus.
//!
//! Linking reads the features through a [`Features`] source, which may decode them from
//! the engine's cache each time it is asked, and holds of the whole corpus only what the
//! comparisons read (word and term hashes, speakers' ids; no text). The claims are then
//! made from the features again, for the claims being made: [`Linked`] holds each
//! claim's id and what makes it, and [`Linked::claims`] makes the claims whose ids a
//! caller asks for (the engine asks a group of shards at a time), so a large corpus's
//! claims, more bytes than its seeds, are never all in memory. [`link`] makes them all
//! at once.
//!
//! # Quotes
//!
//! Two quotes link on eight words in a row, on three quarters of the shorter one, or on
//! six words in a row, half of the shorter quote, when both outlets name the same speaker
//! in one story (six words aligned over small gaps do then too, four of them in a row:
//! a word transcribed two ways). An ellipsis in a quote marks a cut: an aligned stretch
//! stops at it, and stretches chain across it over up to `ELIDED_GAP` words of the other
//! quote, which count as no gap (`We will rebuild the bridge ... We will open it by spring`
//! and the outlet that printed what was cut).
//!
//! A claim's canonical text is stitched from its members: the wording verified against
//! the most others is the base (then the longest), and members that overlap its start or
//! end extend it (a quote split in one article and cut short in another still yields one
//! readable whole). A member that shares no three words in a row with the result came in
//! through a chain of others and is set apart (with the rest of its chain, as a claim of
//! its own). Every member then records the byte range of the canonical text it covers,
//! and how it matches:
//! `identical` (same bytes), `normalised` (same folded words), `split` (one of several
//! quoted fragments of the claim in the same document covering different parts of it,
//! however far apart: a quote cut by its attribution, or resumed paragraphs later),
//! `partial` (a part of the canonical text: a truncation, or a fragment woven into the
//! writer's sentence). The claim lists the speaker each document gives (`speakers`,
//! `unattributed`) and says `disagree` when two of them cannot be one person
//! ([`contract::Attribution`]).
//!
//! A fact sentence that carries reported speech (`Legend told Vanity Fair that ...`, an
//! `indirect` or `mixed` item of `quotes.yaml`) is an attributed fact: its member names
//! the item and its speaker, and the claim says who said it, as for a quote.
//!
//! # Reported facts
//!
//! Documents are first grouped into stories (shared rare terms, weighted by inverse
//! document frequency and by how many of a document's sentences hold them, so that what
//! an article tells outweighs what it names in passing; a long quote two documents share
//! makes each the other's nearest),
//! recorded as each claim's `story`; facts link only inside one. So quotes are found and
//! verified before stories, and the few links that hold only inside a story (a short run
//! whose speakers are not both named) are kept or dropped after.
//! Two body sentences of one story (words inside quote marks left out) report the same
//! fact when:
//!
//! - **No number or date contradicts.** If both give numbers, they share one (a number
//!   is its amount to two significant digits, so `$14 million` is `$14,480,000`); if both
//!   give dates (years, months), they share one (`In 2018` is not `In 2020`).
//! - **Their terms agree.** Terms are stemmed content words, capitalised names, numbers,
//!   dates, and the document's own people (a name resolved through that document's
//!   `speakers.yaml`, so `Trump` is whoever that document calls so, each person keyed by
//!   the surname of its canonical name, which outlets spelling the full name their own
//!   ways still share: `Paul R. Brandt`, `Paul Brandt`, `Brandt`); verbs made of a
//!   platform's name fold into it (`tweeted` into `Twitter`). Two sentences share at
//!   least two terms, and their odds of stating one fact (`FACT_WEIGHTS`: a logistic
//!   combination of the cosine of their term sets, each term weighted by the square of
//!   its smoothed inverse frequency over the corpus's sentences, of how many terms they
//!   share, and of how far apart they stand in their articles, which tell an event in
//!   the same order) reach `FACT_LINK`; two articles' leads (each one's first body
//!   sentence), which tell the event itself in each outlet's words, link at the lesser
//!   cosine `LEAD_SCORE`.
//! - **Each is the other's best.** Of the sentences of the other document, each is the
//!   one with the highest odds for the other: one article states a fact once.
//! - **One sentence of each article a claim.** Links are joined strongest first; one
//!   that would put two sentences of one article in a claim (a chain through other
//!   articles) is left out.
//!
//! Names do not have to agree otherwise: outlets name the same people and places in
//! their own ways (`D-N.C.`, `Democrat of North Carolina`).
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

mod bytes;
mod features;
mod link;
mod memo;
mod source;

pub use features::{features, DocFeatures};
pub use link::{link, Linked};
pub use memo::Memo;
pub use source::Features;

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

    fn hashes(text: &str) -> Vec<u64> {
        tokens(text, 0).iter().map(|t| t.h).collect()
    }

    /// A masked word is the word it leaves visible (by its length when several fit), with
    /// the mask's bytes in its range; a mask that fits no word, a dash of two hyphens and a
    /// footnote's asterisk still separate words.
    #[test]
    fn a_masked_word_is_the_word_in_full() {
        assert_eq!(hashes("the motherf***er"), hashes("the motherfucker"));
        assert_eq!(hashes("a c---sucker"), hashes("a cocksucker"));
        assert_eq!(hashes("son-of-a-b----"), hashes("son of a bitch"));
        assert_eq!(hashes("F*** that"), hashes("fuck that"));
        assert_eq!(hashes("it is s---"), hashes("it is shit"));
        let t = tokens("the motherf***er said", 0);
        assert_eq!((t[1].start, t[1].end), (4, 16));
        assert_eq!(hashes("his--the way"), hashes("his the way"));
        assert_eq!(hashes("the plan* was"), hashes("the plan was"));
        assert_eq!(hashes("x***yz"), hashes("x yz"));
        // a word whole before the mark is a word and a dash; one letter and a mask as long
        // as no listed word is no word
        assert_eq!(hashes("what the fuck--- I mean"), hashes("what the fuck I mean"));
        assert_eq!(hashes("kiss my ass**"), hashes("kiss my ass"));
        assert_eq!(hashes("plan a--- or b"), hashes("plan a or b"));
        // a possessive after the masked word, as after the word in full
        assert_eq!(hashes("the motherf***er's plan"), hashes("the motherfucker's plan"));
    }
}
