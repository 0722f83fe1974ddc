//! The pipeline's stages, as pure functions.
//!
//! The map of the steps, in the order the engine runs them:
//!
//! | stage | module | reads | returns |
//! |---|---|---|---|
//! | segment | [`segment`] | the seed text | [`Segments`]: paragraphs with kinds, sentences, encoding damage |
//! | speakers | [`speakers`] | the text, its segments | [`Speakers`]: people and their mentions |
//! | quotes | [`quotes`] | the text, segments, speakers | [`Quotes`]: direct quotes, speaker, cue |
//! | claims | [`claims`] | every document's text, segments and quotes | [`Claims`]: the same claim across documents |
//!
//! Stages do no file I/O, no hashing and no caching: bytes and upstream annotations in,
//! annotations out. That is what lets the engine cache them soundly. Every span a stage
//! returns is a byte range of the seed text it was given ([`Span`]).
//!
//! A stage module may use the shared modules ([`span`], [`contract`], [`ids`], [`text`])
//! but never another stage's module: the engine fingerprints each stage by the source of
//! its own module plus the shared ones, so a hidden dependency would make its cache
//! unsound. A test in the engine enforces this.

#![deny(missing_docs)]

pub mod claims;
pub mod contract;
pub mod ids;
pub mod quotes;
pub mod segment;
pub mod span;
pub mod speakers;
pub mod text;

pub use contract::{Claims, Quotes, Segments, Speakers};
pub use span::{Span, SpanError};

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
}

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
