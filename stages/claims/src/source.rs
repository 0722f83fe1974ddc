//! Where linking reads the documents' features, and what of them it holds.
//!
//! Linking compares every document with the corpus, so what it holds for the whole corpus
//! bounds its memory. It holds only what the comparisons read ([`Compact`]: word hashes,
//! term hashes, speakers' ids, no text); the texts, spans and ids that the claims show
//! are read again from each document's features when the claims are made, for the
//! claims being made ([`fetch`]). A [`Features`] source gives a document's features on
//! demand: from memory, or (the engine's) decoded from the per-document cache each time.

use super::features::{DocFeatures, FactUnit, QuoteUnit, TermKind};
use super::link::{quote_cuts, slots, KeyMap, Occ, MIN_WORDS};
use rayon::prelude::*;
use std::borrow::Cow;

/// The documents `link` reads, sorted by name (names unique), each one's features given
/// on demand, as often as linking asks (once to link; when a corpus's claims are made in
/// parts, again for each part that holds one of the document's units). Every call for
/// one document must give the same features.
pub trait Features: Sync {
    /// How many documents.
    fn len(&self) -> usize;
    /// Whether there are none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Document `doc`'s name.
    fn name(&self, doc: usize) -> &str;
    /// Document `doc`'s features; `None` when they cannot be had (the source keeps the
    /// reason): linking then stops.
    fn get(&self, doc: usize) -> Option<Cow<'_, DocFeatures>>;
    /// What document `doc`'s features are made from (the engine's cache key: the stage's
    /// code and the document's inputs), which changes whenever they may; `None` when the
    /// source cannot tell, and then no claim of the document is taken from a
    /// [`Memo`](super::Memo).
    fn stamp(&self, doc: usize) -> Option<&str> {
        let _ = doc;
        None
    }
}

impl Features for &[(&str, &DocFeatures)] {
    fn len(&self) -> usize {
        <[_]>::len(self)
    }
    fn name(&self, doc: usize) -> &str {
        self[doc].0
    }
    fn get(&self, doc: usize) -> Option<Cow<'_, DocFeatures>> {
        Some(Cow::Borrowed(self[doc].1))
    }
}

/// The quotes that can link (of [`MIN_WORDS`] words or more), in document order, with
/// what verifying a pair reads: their words' hashes, which words are names or numbers
/// ([`slots`]), where an ellipsis marks a cut ([`quote_cuts`]), and their speakers.
pub(crate) struct QuoteWords {
    pub occ: Vec<Occ>,
    words: Vec<u64>,
    slots: Vec<bool>,
    /// Where each quote's words start in `words` and `slots` (one more entry at the end).
    at: Vec<usize>,
    /// The words a cut stands before, each quote's in order (few quotes have any).
    cuts: Vec<u32>,
    /// Where each quote's cuts start in `cuts` (one more entry at the end).
    cuts_at: Vec<usize>,
    /// The speaker the document names ([`super::link::named_speaker`]).
    pub speaker: Vec<Option<Box<str>>>,
}

impl QuoteWords {
    /// Quote `g`'s word hashes.
    pub fn words(&self, g: u32) -> &[u64] {
        &self.words[self.at[g as usize]..self.at[g as usize + 1]]
    }
    /// Which of quote `g`'s words are names or numbers.
    pub fn slots(&self, g: u32) -> &[bool] {
        &self.slots[self.at[g as usize]..self.at[g as usize + 1]]
    }
    /// The words of quote `g` that a cut stands before (indexes into its words, sorted).
    pub fn cuts(&self, g: u32) -> &[u32] {
        &self.cuts[self.cuts_at[g as usize]..self.cuts_at[g as usize + 1]]
    }
}

/// Every fact sentence, in document order, with its terms (sorted by hash, as the
/// features give them) and whether it is its article's lead.
pub(crate) struct FactTerms {
    pub occ: Vec<Occ>,
    hashes: Vec<u64>,
    kinds: Vec<TermKind>,
    at: Vec<usize>,
    pub lead: Vec<bool>,
    /// Where each document's sentences start in `occ` (one more entry at the end).
    pub by_doc: Vec<usize>,
}

impl FactTerms {
    /// Sentence `g`'s terms.
    pub fn terms(&self, g: usize) -> impl ExactSizeIterator<Item = (u64, TermKind)> + '_ {
        let r = self.at[g]..self.at[g + 1];
        self.hashes[r.clone()].iter().copied().zip(self.kinds[r].iter().copied())
    }
    /// How many sentences in all.
    pub fn len(&self) -> usize {
        self.occ.len()
    }
    /// Frees the terms, once what reads them is built ([`FactTerms::terms`] must not be
    /// called after).
    pub fn drop_terms(&mut self) {
        self.hashes = Vec::new();
        self.kinds = Vec::new();
        self.at = vec![0];
    }
}

/// How many documents [`Compact::of`] reads before it appends them.
const CHUNK: usize = 4096;

/// What linking holds of the whole corpus.
pub(crate) struct Compact {
    pub quotes: QuoteWords,
    pub facts: FactTerms,
}

/// One quote as [`Compact`] keeps it, before it is appended.
struct OneQuote {
    unit: u32,
    words: Vec<u64>,
    slots: Vec<bool>,
    cuts: Vec<u32>,
    speaker: Option<Box<str>>,
}

/// One document as [`Compact`] keeps it, before it is appended: its quotes that can link,
/// and each fact sentence's term hashes, kinds and whether it is the lead.
struct OneDoc {
    quotes: Vec<OneQuote>,
    facts: Vec<(Vec<u64>, Vec<TermKind>, bool)>,
}

impl OneDoc {
    fn of(f: &DocFeatures) -> OneDoc {
        let quotes = f
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.toks.len() >= MIN_WORDS)
            .map(|(u, q)| OneQuote {
                unit: u as u32,
                words: q.toks.iter().map(|t| t.h).collect(),
                slots: slots(q),
                cuts: quote_cuts(q),
                speaker: named(q),
            })
            .collect();
        let facts = f.facts.iter().map(|s| (s.terms.iter().map(|t| t.0).collect(), s.terms.iter().map(|t| t.1).collect(), s.lead)).collect();
        OneDoc { quotes, facts }
    }
}

impl Compact {
    /// Reads every document once, on the engine's threads, a chunk of documents at a
    /// time (so that only a chunk's own vectors are held besides the flat arrays);
    /// `None` when one cannot be had (every document is still asked for, so that the
    /// source has every problem to report, not the first).
    pub fn of(src: &dyn Features) -> Option<Compact> {
        let mut quotes = QuoteWords { occ: Vec::new(), words: Vec::new(), slots: Vec::new(), at: vec![0], cuts: Vec::new(), cuts_at: vec![0], speaker: Vec::new() };
        let mut facts = FactTerms { occ: Vec::new(), hashes: Vec::new(), kinds: Vec::new(), at: vec![0], lead: Vec::new(), by_doc: vec![0] };
        let mut failed = false;
        let docs: Vec<usize> = (0..src.len()).collect();
        for chunk in docs.chunks(CHUNK) {
            let each: Vec<Option<OneDoc>> = chunk.par_iter().map(|&d| src.get(d).map(|f| OneDoc::of(&f))).collect();
            for (&d, one) in chunk.iter().zip(each) {
                let Some(one) = one else {
                    failed = true;
                    continue;
                };
                for q in one.quotes {
                    quotes.occ.push(Occ { doc: d as u32, unit: q.unit });
                    quotes.words.extend(q.words);
                    quotes.slots.extend(q.slots);
                    quotes.at.push(quotes.words.len());
                    quotes.cuts.extend(q.cuts);
                    quotes.cuts_at.push(quotes.cuts.len());
                    quotes.speaker.push(q.speaker);
                }
                for (u, (hashes, kinds, lead)) in one.facts.into_iter().enumerate() {
                    facts.occ.push(Occ { doc: d as u32, unit: u as u32 });
                    facts.hashes.extend(hashes);
                    facts.kinds.extend(kinds);
                    facts.at.push(facts.hashes.len());
                    facts.lead.push(lead);
                }
                facts.by_doc.push(facts.occ.len());
            }
        }
        (!failed).then_some(Compact { quotes, facts })
    }
}

fn named(q: &QuoteUnit) -> Option<Box<str>> {
    super::link::named_speaker(q).map(Box::from)
}

/// The quotes and fact sentences some claims are made of, read from their documents.
pub(crate) struct Units<'a> {
    quotes: KeyMap<(u32, u32), Cow<'a, QuoteUnit>>,
    facts: KeyMap<(u32, u32), Cow<'a, FactUnit>>,
}

impl Units<'_> {
    pub fn quote(&self, o: Occ) -> &QuoteUnit {
        &self.quotes[&(o.doc, o.unit)]
    }
    pub fn fact(&self, o: Occ) -> &FactUnit {
        &self.facts[&(o.doc, o.unit)]
    }
}

/// The quotes `quotes` and the sentences `facts` name, each document read once, on the
/// engine's threads; only those units are kept (a copy of each when the source decodes).
pub(crate) fn fetch<'a>(src: &'a dyn Features, quotes: &[Occ], facts: &[Occ]) -> Option<Units<'a>> {
    // per document, the units it is asked for
    let mut wanted: Vec<(u32, bool, u32)> = quotes.iter().map(|o| (o.doc, true, o.unit)).chain(facts.iter().map(|o| (o.doc, false, o.unit))).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let docs: Vec<&[(u32, bool, u32)]> = wanted.chunk_by(|a, b| a.0 == b.0).collect();
    type Got<'a> = (Vec<((u32, u32), Cow<'a, QuoteUnit>)>, Vec<((u32, u32), Cow<'a, FactUnit>)>);
    let got: Vec<Option<Got<'a>>> = docs
        .par_iter()
        .map(|units| {
            let d = units[0].0;
            let (mut q, mut s) = (Vec::new(), Vec::new());
            match src.get(d as usize)? {
                Cow::Borrowed(f) => {
                    for &(_, quote, u) in units.iter() {
                        if quote {
                            q.push(((d, u), Cow::Borrowed(f.quotes.get(u as usize)?)));
                        } else {
                            s.push(((d, u), Cow::Borrowed(f.facts.get(u as usize)?)));
                        }
                    }
                }
                Cow::Owned(f) => {
                    for &(_, quote, u) in units.iter() {
                        if quote {
                            q.push(((d, u), Cow::Owned(f.quotes.get(u as usize)?.clone())));
                        } else {
                            s.push(((d, u), Cow::Owned(f.facts.get(u as usize)?.clone())));
                        }
                    }
                }
            }
            Some((q, s))
        })
        .collect();
    let mut units = Units { quotes: KeyMap::default(), facts: KeyMap::default() };
    for g in got {
        let (q, s) = g?;
        units.quotes.extend(q);
        units.facts.extend(s);
    }
    Some(units)
}
