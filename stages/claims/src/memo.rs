//! What linking remembers of the claims it made, so that a run after a small change does
//! not make every claim again.
//!
//! Linking finds clusters (of quotes, of fact sentences), and each cluster makes one
//! claim or a few ([`super::link::Linked`]). Making them is most of the work of a run
//! after a change, though almost every cluster is the one of the run before: what a
//! cluster makes depends only on its members' features, its links, and its members'
//! stories. So each cluster is known by a key, a hash of exactly those
//! ([`Linked::key`](super::link::Linked)), and the [`Memo`] keeps, per key, what the
//! claims' order and ids need of each claim it made (its first member, kind, size, and
//! the slug and checksum its id is made of, and a hash of what it holds, [`content`]). A
//! cluster whose key the memo holds is not made to learn its id; the engine then makes
//! only the claims of the shards whose claims' ids or contents changed: a change to one
//! document changes the key of every cluster it is in, but only the contents of the
//! claims it is a member of (and of those its cluster's other claims it changes).
//!
//! A memo is only a cache: a memo [`Linked::memo`](super::Linked::memo) wrote gives the
//! same claims as none (the property test
//! `claims_made_with_a_memo_are_the_claims_made_without` checks it), as long as every
//! document's stamp ([`super::Features::stamp`]) changes when its features do. A claim
//! made from a cluster the memo remembered is checked against what it remembered
//! ([`Linked::claims`](super::Linked::claims) gives `None` on a difference), so a memo
//! that is not the stage's own is found out rather than trusted.

use super::bytes::{Reader, Writer};
use super::link::KeyMap;
use contract::{ClaimKind, Span};

/// The first bytes: which layout follows.
const MAGIC: &[u8; 4] = b"CM\x02\n";

/// The fewest bytes one remembered claim is written in (a document's name, a span, a
/// kind, a size, a slug, a checksum, a content hash), so that a count read from damaged
/// bytes cannot ask for more than the bytes left could hold.
const KNOWN: usize = 30;

/// One claim a cluster made, as its order, its id and its shard need it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Known {
    /// Its first member's document.
    pub first: String,
    /// Its first member's span.
    pub span: Span,
    pub kind: ClaimKind,
    pub members: u32,
    /// Its id before a collision's suffix: `c-` and the slug of its text.
    pub base: String,
    /// The checksum of its folded text, which a colliding id's suffix is made of.
    pub sum: u64,
    /// A hash of what the claim holds ([`content`]): a shard whose claims have the ids
    /// and contents of the run before is the shard of the run before.
    pub content: u128,
}

impl Known {
    /// What a memo keeps of `claim` (its id not yet given: the slug and checksum it is
    /// made of), whose [`content`] is `content`.
    pub fn of(claim: &contract::Claim, content: u128) -> Known {
        Known {
            first: claim.members[0].doc.clone(),
            span: claim.members[0].span,
            kind: claim.kind,
            members: claim.members.len() as u32,
            base: format!("c-{}", contract::ids::slug(&claim.text, 6, 48)),
            sum: super::features::fnv(contract::text::fold(&claim.text).bytes()),
            content,
        }
    }
}

/// A hash of everything a shard prints of `claim` but its id, which is given after
/// (a slug of its text, with a suffix when two claims' slugs collide: the shard's index
/// hashes ids beside contents), and its members' `why`, which are made only when the
/// claim is written: `why_from` feeds the hash what they are made from (for a fact, its
/// members' terms and strongest links; nothing for a quote, whose members have none).
///
/// A cluster's key changes whenever one of its members does, and a large quote cluster
/// (a paragraph copied into thousands of documents) has claims in every shard; what each
/// claim holds changes only when its own members do.
pub(crate) fn content(claim: &contract::Claim, why_from: impl FnOnce(&mut Keyer)) -> u128 {
    // (taken apart field by field: a field added to the contract must be hashed here,
    // or this stops compiling)
    let contract::Claim { id: _, text, kind, story, speakers, unattributed, disagree, members } = claim;
    let mut k = Keyer::new(b"claim content");
    k.str(text);
    k.num(*kind as u64);
    k.opt(story.as_deref());
    k.num(speakers.len() as u64);
    for (speaker, docs) in speakers {
        k.str(speaker);
        k.strs(docs);
    }
    k.strs(unattributed);
    k.num(u64::from(*disagree));
    k.num(members.len() as u64);
    for m in members {
        let contract::Member { doc, span, text, quote, speaker, matching, covers, why: _ } = m;
        k.str(doc);
        k.span(Some(*span));
        k.str(text);
        k.opt(quote.as_deref());
        k.opt(speaker.as_deref());
        k.num(*matching as u64);
        k.span(*covers);
    }
    why_from(&mut k);
    k.finish()
}

/// The claims each cluster made in an earlier run, by the cluster's key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Memo {
    pub(crate) known: KeyMap<u128, Vec<Known>>,
}

impl Memo {
    /// How many clusters it remembers.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// Whether it remembers none.
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// The memo as bytes that [`Memo::from_bytes`] reads back exactly (clusters in the
    /// order of their keys, so the same memo gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<&u128> = self.known.keys().collect();
        keys.sort_unstable();
        let mut w = Writer(Vec::with_capacity(16 + 80 * self.known.len()));
        w.0.extend_from_slice(MAGIC);
        w.count(keys.len());
        for key in keys {
            w.0.extend_from_slice(&key.to_le_bytes());
            let claims = &self.known[key];
            w.count(claims.len());
            for k in claims {
                w.str(&k.first);
                w.span(k.span);
                w.0.push(match k.kind {
                    ClaimKind::Quote => 0,
                    ClaimKind::Fact => 1,
                });
                w.varint(u64::from(k.members));
                w.str(&k.base);
                w.0.extend_from_slice(&k.sum.to_le_bytes());
                w.0.extend_from_slice(&k.content.to_le_bytes());
            }
        }
        w.0
    }

    /// The memo [`Memo::to_bytes`] wrote as `bytes`; `None` for bytes it cannot have
    /// written (another version's, cut short; a damaged byte may still decode, which the
    /// engine's checksum beside the bytes is for): the claims are then all made.
    pub fn from_bytes(bytes: &[u8]) -> Option<Memo> {
        let mut r = Reader { bytes: bytes.strip_prefix(MAGIC)?, at: 0 };
        let clusters = r.count(17)?;
        let mut known: KeyMap<u128, Vec<Known>> = KeyMap::default();
        known.reserve(clusters);
        for _ in 0..clusters {
            let key = u128::from(r.u64()?) | u128::from(r.u64()?) << 64;
            // (a cluster makes a claim at least)
            let n = r.count(KNOWN)?;
            if n == 0 {
                return None;
            }
            let mut claims = Vec::with_capacity(n);
            for _ in 0..n {
                let first = r.string()?;
                let span = r.span()?;
                let kind = match r.byte()? {
                    0 => ClaimKind::Quote,
                    1 => ClaimKind::Fact,
                    _ => return None,
                };
                let members = r.u32()?;
                let base = r.string()?;
                let sum = r.u64()?;
                let content = u128::from(r.u64()?) | u128::from(r.u64()?) << 64;
                claims.push(Known { first, span, kind, members, base, sum, content });
            }
            if known.insert(key, claims).is_some() {
                return None;
            }
        }
        (r.at == r.bytes.len()).then_some(Memo { known })
    }
}

/// A cluster's key: a hash of what it is made from, fed field by field, each string
/// with its length so that no two inputs run together.
pub(crate) struct Keyer(blake3::Hasher);

impl Keyer {
    pub fn new(tag: &[u8]) -> Keyer {
        let mut h = blake3::Hasher::new();
        h.update(tag);
        Keyer(h)
    }
    pub fn str(&mut self, s: &str) {
        self.num(s.len() as u64);
        self.0.update(s.as_bytes());
    }
    pub fn num(&mut self, n: u64) {
        self.0.update(&n.to_le_bytes());
    }
    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.num(1);
                self.str(s);
            }
            None => self.num(0),
        }
    }
    fn strs(&mut self, all: &[String]) {
        self.num(all.len() as u64);
        for s in all {
            self.str(s);
        }
    }
    fn span(&mut self, span: Option<Span>) {
        match span {
            Some(s) => {
                self.num(1);
                self.num(s.start() as u64);
                self.num(s.end() as u64);
            }
            None => self.num(0),
        }
    }
    pub fn finish(&self) -> u128 {
        let hash = self.0.finalize();
        u128::from_le_bytes(hash.as_bytes()[..16].try_into().expect("16 of 32 bytes"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Memo {
        let mut memo = Memo::default();
        let span = |a, b| Span::new(a, b).unwrap();
        memo.known.insert(
            7 << 100 | 3,
            vec![
                Known { first: "001_a".into(), span: span(10, 40), kind: ClaimKind::Quote, members: 3, base: "c-we-will-fight".into(), sum: u64::MAX, content: u128::MAX - 1 },
                Known { first: "002_b".into(), span: span(0, 5), kind: ClaimKind::Quote, members: 2, base: "c-never".into(), sum: 1, content: 2 },
            ],
        );
        memo.known.insert(5, vec![Known { first: "é".into(), span: span(3, 3), kind: ClaimKind::Fact, members: 2, base: "c-x".into(), sum: 0, content: 1 << 70 }]);
        memo
    }

    #[test]
    fn a_memo_reads_back_from_its_bytes_exactly() {
        let memo = sample();
        let bytes = memo.to_bytes();
        assert_eq!(Memo::from_bytes(&bytes), Some(memo));
        assert_eq!(Memo::from_bytes(&Memo::default().to_bytes()), Some(Memo::default()));
    }

    #[test]
    fn a_cut_or_damaged_memo_is_refused_not_a_panic() {
        let bytes = sample().to_bytes();
        for cut in 0..bytes.len() {
            assert_eq!(Memo::from_bytes(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(Memo::from_bytes(&longer), None);
        // (a cluster that made no claim: none makes none)
        let mut empty = Memo::default();
        empty.known.insert(1, Vec::new());
        assert_eq!(Memo::from_bytes(&empty.to_bytes()), None);
        // (a damaged byte may still decode, into another memo: the engine keeps a
        // checksum beside the bytes for that; here it must only never panic)
        for at in 0..bytes.len() {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0xff;
            let _ = Memo::from_bytes(&damaged);
        }
    }
}
