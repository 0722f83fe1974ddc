//! [`DocFeatures`] as compact bytes, for the engine's per-document cache.
//!
//! The cache holds one document's features per file, and a run after a change reads all
//! of them back: as JSON that was 21 KB a document and a second of parsing at 10,000
//! documents, most of it numbers (every word's hash and byte range). Here numbers are
//! LEB128 varints, word and term hashes 8 bytes, strings their length and bytes.
//!
//! The bytes are private to the stage and read back only by the same stage code (the
//! cache's key holds the stage's fingerprint), but a cache file can still be cut short or
//! damaged: [`DocFeatures::from_bytes`] checks every length and range and returns `None`
//! for bytes [`DocFeatures::to_bytes`] cannot have written, and the engine then makes the
//! features again. (A damaged hash still decodes: the engine's cache keeps a checksum of
//! the bytes beside them for that.)

use crate::features::{FactUnit, QuoteUnit, TermKind, Tok};
use crate::DocFeatures;
use contract::Span;

/// The first bytes: which layout follows.
const MAGIC: &[u8; 4] = b"CF\x01\n";

/// The fewest bytes each kind of item is written in, so that a count read from damaged
/// bytes cannot ask for more items than the bytes left could hold (and a huge
/// allocation): a quote (three lengths, a span, a tag, flags), a fact (a span, three
/// lengths, two tags, a flag), a word (a hash and two numbers), a term (a hash and its
/// kind), a position, a byte of a string.
const QUOTE: usize = 7;
const FACT: usize = 8;
const WORD: usize = 10;
const TERM: usize = 9;
const NUMBER: usize = 1;
const BYTE: usize = 1;

impl DocFeatures {
    /// The features as bytes that [`DocFeatures::from_bytes`] reads back exactly.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(64 + self.quotes.iter().map(|q| q.text.len() + 12 * q.toks.len()).sum::<usize>() + self.facts.iter().map(|f| f.text.len() + 11 * f.terms.len()).sum::<usize>()));
        w.0.extend_from_slice(MAGIC);
        w.count(self.quotes.len());
        for q in &self.quotes {
            w.str(&q.id);
            w.span(q.span);
            w.str(&q.text);
            w.opt_str(q.speaker.as_deref());
            w.0.push(u8::from(q.unnamed) | u8::from(q.partial) << 1);
            w.count(q.toks.len());
            for t in &q.toks {
                w.0.extend_from_slice(&t.h.to_le_bytes());
                w.varint(u64::from(t.start));
                w.varint(u64::from(t.end));
            }
        }
        w.count(self.facts.len());
        for f in &self.facts {
            w.span(f.span);
            w.str(&f.text);
            w.count(f.terms.len());
            for &(h, kind) in &f.terms {
                w.0.extend_from_slice(&h.to_le_bytes());
                w.0.push(kind_byte(kind));
            }
            w.count(f.at.len());
            for &a in &f.at {
                w.varint(u64::from(a));
            }
            w.opt_str(f.quote.as_deref());
            w.opt_str(f.speaker.as_deref());
            w.0.push(u8::from(f.lead));
        }
        w.0
    }

    /// The features [`DocFeatures::to_bytes`] wrote as `bytes`; `None` for any other
    /// bytes (another layout, a file cut short or damaged).
    pub fn from_bytes(bytes: &[u8]) -> Option<DocFeatures> {
        let mut r = Reader { bytes: bytes.strip_prefix(MAGIC)?, at: 0 };
        let n = r.count(QUOTE)?;
        let mut quotes = Vec::with_capacity(n);
        for _ in 0..n {
            let id = r.string()?;
            let span = r.span()?;
            let text = r.string()?;
            let speaker = r.opt_string()?;
            let flags = r.byte()?;
            if flags > 0b11 {
                return None;
            }
            let k = r.count(WORD)?;
            let mut toks = Vec::with_capacity(k);
            for _ in 0..k {
                toks.push(Tok { h: r.u64()?, start: r.u32()?, end: r.u32()? });
            }
            quotes.push(QuoteUnit { id, span, text, speaker, unnamed: flags & 1 != 0, partial: flags & 2 != 0, toks });
        }
        let n = r.count(FACT)?;
        let mut facts = Vec::with_capacity(n);
        for _ in 0..n {
            let span = r.span()?;
            let text = r.string()?;
            let k = r.count(TERM)?;
            let mut terms = Vec::with_capacity(k);
            for _ in 0..k {
                terms.push((r.u64()?, byte_kind(r.byte()?)?));
            }
            let k = r.count(NUMBER)?;
            let mut at = Vec::with_capacity(k);
            for _ in 0..k {
                at.push(r.u32()?);
            }
            let quote = r.opt_string()?;
            let speaker = r.opt_string()?;
            let lead = match r.byte()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            facts.push(FactUnit { span, text, terms, at, quote, speaker, lead });
        }
        (r.at == r.bytes.len()).then_some(DocFeatures { quotes, facts })
    }
}

fn kind_byte(kind: TermKind) -> u8 {
    match kind {
        TermKind::Word => 0,
        TermKind::Name => 1,
        TermKind::Number => 2,
        TermKind::Date => 3,
        TermKind::Entity => 4,
    }
}

fn byte_kind(b: u8) -> Option<TermKind> {
    Some(match b {
        0 => TermKind::Word,
        1 => TermKind::Name,
        2 => TermKind::Number,
        3 => TermKind::Date,
        4 => TermKind::Entity,
        _ => return None,
    })
}

pub(crate) struct Writer(pub(crate) Vec<u8>);

impl Writer {
    pub(crate) fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    pub(crate) fn count(&mut self, n: usize) {
        self.varint(n as u64);
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.count(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.0.push(0),
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
        }
    }

    pub(crate) fn span(&mut self, s: Span) {
        self.count(s.start());
        self.count(s.end());
    }
}

pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) at: usize,
}

impl Reader<'_> {
    pub(crate) fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub(crate) fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            // (the tenth byte holds one bit; more would overflow)
            if shift == 63 && part > 1 {
                return None;
            }
            n |= part << shift;
            if b & 0x80 == 0 {
                // (one way to write each number: a last group of zeros is another's)
                return (shift == 0 || part != 0).then_some(n);
            }
        }
        None
    }

    pub(crate) fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    /// A count of items that follow, each written in at least `size` bytes: never more
    /// than the bytes left can hold.
    pub(crate) fn count(&mut self, size: usize) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n.checked_mul(size)? <= self.bytes.len() - self.at).then_some(n)
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        let b = self.bytes.get(self.at..self.at + 8)?;
        self.at += 8;
        Some(u64::from_le_bytes(b.try_into().ok()?))
    }

    pub(crate) fn string(&mut self) -> Option<String> {
        let n = self.count(BYTE)?;
        let s = std::str::from_utf8(&self.bytes[self.at..self.at + n]).ok()?;
        self.at += n;
        Some(s.to_string())
    }

    pub(crate) fn opt_string(&mut self) -> Option<Option<String>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(self.string()?)),
            _ => None,
        }
    }

    pub(crate) fn span(&mut self) -> Option<Span> {
        let start = usize::try_from(self.varint()?).ok()?;
        let end = usize::try_from(self.varint()?).ok()?;
        Span::new(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> DocFeatures {
        let span = |a, b| Span::new(a, b).unwrap();
        DocFeatures {
            quotes: vec![
                QuoteUnit {
                    id: "q-a-wise-latina".into(),
                    span: span(2190, 2203),
                    text: "a wise Latina".into(),
                    speaker: Some("sotomayor".into()),
                    unnamed: false,
                    partial: true,
                    toks: vec![Tok { h: u64::MAX, start: 2190, end: 2191 }, Tok { h: 0, start: 2192, end: 2196 }, Tok { h: 1 << 63, start: u32::MAX, end: u32::MAX }],
                },
                QuoteUnit { id: "q-é".into(), span: span(0, 0), text: String::new(), speaker: None, unnamed: true, partial: false, toks: Vec::new() },
            ],
            facts: vec![FactUnit {
                span: span(69, 80),
                text: "Ruth Kemp — remembered".into(),
                terms: vec![(3, TermKind::Word), (5, TermKind::Name), (7, TermKind::Number), (9, TermKind::Date), (u64::MAX, TermKind::Entity)],
                at: vec![0, 6, 300_000],
                quote: Some("q-x".into()),
                speaker: None,
                lead: true,
            }],
        }
    }

    #[test]
    fn features_read_back_from_their_bytes_exactly() {
        for f in [sample(), DocFeatures::default()] {
            assert_eq!(DocFeatures::from_bytes(&f.to_bytes()), Some(f));
        }
    }

    /// A cache file cut anywhere, or with any byte changed where that makes it
    /// unreadable, is refused (and made again), never a panic or a huge allocation.
    #[test]
    fn a_cut_or_damaged_cache_file_is_refused_not_a_panic() {
        let bytes = sample().to_bytes();
        for cut in 0..bytes.len() {
            assert_eq!(DocFeatures::from_bytes(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(DocFeatures::from_bytes(&longer), None, "a byte too many");
        for at in 0..bytes.len() {
            for b in [0x00, 0x7f, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] = b;
                // what it reads back, if anything, is what those bytes say: there is one
                // way to write any features
                if let Some(f) = DocFeatures::from_bytes(&damaged) {
                    assert_eq!(f.to_bytes(), damaged, "byte {at} set to {b:#x}");
                }
            }
        }
        assert_eq!(DocFeatures::from_bytes(b"{\"quotes\":[],\"facts\":[]}"), None, "the JSON of an earlier version");
        // a count the bytes left cannot hold is refused before anything is allocated
        let mut w = Writer(MAGIC.to_vec());
        w.varint(1 << 40);
        assert_eq!(DocFeatures::from_bytes(&w.0), None);
        let mut w = Writer(MAGIC.to_vec());
        w.count(3);
        w.0.extend_from_slice(&[0; 2 * QUOTE]);
        assert_eq!(DocFeatures::from_bytes(&w.0), None, "three quotes in the bytes of two");
    }
}
