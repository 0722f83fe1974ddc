//! The pipeline's stages, together: one crate per stage, re-exported here for the
//! engine, tests and tools.
//!
//! The map of the steps, in the order the engine runs them:
//!
//! | stage | crate | reads | returns |
//! |---|---|---|---|
//! | segment | [`segment`] (`stages/segment`) | the seed text | [`Segments`]: paragraphs with kinds, sentences, encoding damage |
//! | speakers | [`speakers`] (`stages/speakers`) | the text, its segments | [`Speakers`]: people and their mentions |
//! | quotes | [`quotes`] (`stages/quotes`) | the text, segments, speakers | [`Quotes`]: direct quotes, speaker, cue |
//! | claims | [`claims`] (`stages/claims`) | every document's text, segments and quotes | [`Claims`]: the same claim across documents |
//!
//! Stages do no file I/O, no hashing and no caching: bytes and upstream annotations in,
//! annotations out. That is what lets the engine cache them soundly. Every span a stage
//! returns is a byte range of the seed text it was given ([`Span`]).
//!
//! Each stage crate depends on the shared [`contract`] crate (`stages/contract`: the
//! file contract's types, [`Span`], ids, text helpers) and on no other stage, so the
//! compiler enforces that a stage gets another's output only as an input. The engine
//! fingerprints each stage by its crate and the crates it depends on.

#![deny(missing_docs)]

pub use claims;
pub use contract;
pub use contract::{ids, span, text};
pub use quotes;
pub use segment;
pub use speakers;

pub use claims::DocInput;
pub use contract::{Claims, Quotes, Segments, Speakers};
pub use contract::{Span, SpanError};

/// One document's per-document annotations, as [`annotate`] returns them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotated {
    /// Paragraphs, kinds, sentences, damage.
    pub segments: Segments,
    /// People and mentions.
    pub speakers: Speakers,
    /// Quotes.
    pub quotes: Quotes,
}

/// Runs the per-document stages in order on `text`, with no caching: for tests,
/// examples and tools. The engine runs them one by one, so that each can be cached.
pub fn annotate(text: &str) -> Annotated {
    let segments = segment::segment(text);
    let speakers = speakers::speakers(text, &segments);
    let quotes = quotes::quotes(text, &segments, &speakers);
    Annotated { segments, speakers, quotes }
}

/// Runs every stage on a corpus, with no caching: [`annotate`] on each document, then
/// `claims` over them all. `docs` holds each document's name and text, sorted by name.
/// For tests and tools; the engine runs and caches the stages one by one.
pub fn claims_of<N: AsRef<str>, T: AsRef<str>>(docs: &[(N, T)]) -> Claims {
    let annotated: Vec<Annotated> = docs.iter().map(|(_, t)| annotate(t.as_ref())).collect();
    let inputs: Vec<DocInput> = docs
        .iter()
        .zip(&annotated)
        .map(|((n, t), a)| DocInput { name: n.as_ref(), text: t.as_ref(), segments: &a.segments, quotes: &a.quotes, speakers: &a.speakers })
        .collect();
    claims::claims(&inputs)
}
