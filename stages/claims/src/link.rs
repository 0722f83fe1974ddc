//! The corpus-wide step: candidates from inverted indexes, verification around anchors,
//! clusters by union-find over sorted edges, then one claim per cluster.

use super::features::{DocFeatures, FactUnit, QuoteUnit, TermKind, Tok};
use super::memo::{content, Keyer, Known, Memo};
use super::source::{fetch, Compact, FactTerms, Features, QuoteWords, Units};
use contract::{Attribution, Claim, ClaimKind, Claims, Matching, Member, Why};
use contract::ids::slug;
use contract::span::Span;
use contract::text::fold;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How many earlier postings of the same key each posting is compared with, besides
/// the list's head. A small constant keeps the candidate count linear when a passage
/// recurs in thousands of documents; union-find supplies the transitive links.
const WINDOW: usize = 4;
/// The words two quotes must share in one aligned run to link, unless the run is the
/// whole of the shorter quote: eight words in a row rarely recur by chance.
const MIN_RUN: usize = 8;
/// The words in a row two quotes must share to link when both outlets name the same
/// speaker in one story and the run is half of the shorter quote: fewer than `MIN_RUN`,
/// as the speaker vouches for the rest.
const VOUCHED_RUN: usize = 6;
/// The words in a row that an alignment over small gaps needs, besides `VOUCHED_RUN`
/// aligned words in all, to link two quotes whose speaker is vouched for.
const VOUCHED_GAPPED_RUN: usize = 4;
/// The words a line transcribed two ways must align over gaps on both sides
/// ([`Chaining::Vouched`]) to link when both outlets name the same speaker: shorter
/// lines of one speaker align on a stump speech's template with its nouns changed (`We
/// will fight for the farmers who feed this country and never get a fair price`, `...
/// the nurses who care for this country and never get a fair wage`: 13 words, which a
/// review made to link at 12).
const VOUCHED_LINE: usize = 20;
/// The fewest words of a quote that can link at all, and then only if all of them
/// appear in a row in the other quote (`never a part`).
pub(crate) const MIN_WORDS: usize = 3;
/// How strongly two fact sentences of one story state the same fact: a logistic
/// combination of their cosine (the weight of the terms they share over the geometric
/// mean of their weights), how many terms they share, and how far apart they stand in
/// their articles (each sentence's place as a share of its article's fact sentences):
/// outlets tell an event in the same order, its core first, so two sentences that share
/// a few terms at the same height of two articles are more likely one fact than two at
/// opposite ends. `FACT_WEIGHTS` are the intercept and the three weights, fit on
/// `basil-dev`'s gold fact pairs (every candidate pair the index gives, leave-events-out
/// five-fold cross-validation: F1 0.35 → 0.41 over the cosine alone, P 0.57 → 0.65); a
/// pair links at [`FACT_LINK`] (a probability of 1 in 4). The same value picks each
/// sentence's best partner and orders the links, so a stronger link wins a conflict (a
/// pair of leads that links only by the lead rule counts as [`FACT_LINK`]: last).
/// Two sentences at one height of their articles need a cosine of 0.44 if they share two
/// terms, 0.28 with three, 0.16 with four; at opposite ends, 0.53 more.
const FACT_WEIGHTS: [f64; 4] = [-5.58, 4.34, 2.35, -2.28];
/// The log-odds at or over which two fact sentences link: ln(0.25 / 0.75), a
/// probability of 1 in 4 under [`FACT_WEIGHTS`], where the cross-validated F1 peaked
/// (at 1 in 5, P 0.60 / R 0.32; at 1 in 3, P 0.68 / R 0.23): rather miss a link than make
/// a wrong one.
const FACT_LINK: f64 = -1.0986;
/// The lesser cosine at which two articles' leads (each one's first body sentence) of one
/// story state the same fact: a lead tells the event itself, in each outlet's words.
const LEAD_SCORE: f64 = 0.15;

/// A hasher for keys that are already word hashes or small integers (term hashes,
/// sentence and document numbers): SipHash's resistance to chosen keys buys nothing
/// here, and it was a large share of linking's time. Each word is mixed in with a
/// multiply and a rotate (as rustc's FxHasher does), so sequential numbers spread too.
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
}

/// A map keyed by hashes or numbers, with [`KeyHasher`].
pub(crate) type KeyMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<KeyHasher>>;

struct UnionFind(Vec<u32>);

/// A cluster: its members, and its edges between them as positions among them.
type Cluster = (Vec<u32>, Vec<(u32, u32)>);

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind((0..n as u32).collect())
    }
    fn find(&mut self, mut x: u32) -> u32 {
        while self.0[x as usize] != x {
            let up = self.0[self.0[x as usize] as usize];
            self.0[x as usize] = up;
            x = up;
        }
        x
    }
    /// Joins two sets; the smaller index becomes the root, so the result does not depend
    /// on the order of the calls' arguments.
    fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = (a.min(b), a.max(b));
            self.0[hi as usize] = lo;
        }
    }
    /// The sets of more than one element, each sorted, in order of their first element.
    fn clusters(mut self, edges: &mut Vec<(u32, u32)>) -> Vec<Vec<u32>> {
        edges.sort_unstable();
        edges.dedup();
        for &(a, b) in edges.iter() {
            self.union(a, b);
        }
        let mut groups: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for x in 0..self.0.len() as u32 {
            let r = self.find(x);
            groups.entry(r).or_default().push(x);
        }
        groups.into_values().filter(|g| g.len() > 1).collect()
    }
    /// [`clusters`](Self::clusters), each with its own edges renumbered within it (its
    /// members' positions), in the edges' sorted order; one pass over the edges, however
    /// many clusters (a quote in thousands of documents makes thousands).
    fn clusters_with_edges(self, edges: &mut Vec<(u32, u32)>) -> Vec<Cluster> {
        let n = self.0.len();
        let clusters = self.clusters(edges);
        let mut at = vec![(u32::MAX, 0u32); n];
        for (c, members) in clusters.iter().enumerate() {
            for (k, &x) in members.iter().enumerate() {
                at[x as usize] = (c as u32, k as u32);
            }
        }
        let mut local: Vec<Vec<(u32, u32)>> = vec![Vec::new(); clusters.len()];
        for &(a, b) in edges.iter() {
            let ((ca, ka), (cb, kb)) = (at[a as usize], at[b as usize]);
            debug_assert_eq!(ca, cb, "an edge's ends are in one cluster");
            local[ca as usize].push((ka, kb));
        }
        clusters.into_iter().zip(local).collect()
    }
}

/// Feeds each posting list's candidate pairs to `verify`: every posting against the list's
/// head and its `WINDOW` predecessors.
fn candidates<K: std::hash::Hash + Eq, P: Copy>(
    index: KeyMap<K, Vec<P>>,
    mut verify: impl FnMut(P, P),
) {
    // Visit lists in a fixed order so that nothing depends on the hash map's iteration;
    // edges are sorted afterwards anyway, so only the work, not the result, would vary.
    for list in index.into_values() {
        for k in 1..list.len() {
            verify(list[0], list[k]);
            for j in k.saturating_sub(WINDOW).max(1)..k {
                verify(list[j], list[k]);
            }
        }
    }
}

/// Posting lists of items that each occur at most once per list, built item by item in
/// increasing order, so that each item's postings are contiguous and every list is sorted.
/// It gives each item the earlier items it is compared with (as [`candidates`] does: each
/// list's head and the `WINDOW` items before it), deduplicated per item, so that no set of
/// tried pairs is needed: a pair is generated only from its later item. Built with
/// [`Postings::add`], then read once [`Postings::finish`] has laid every list out in one
/// array (millions of lists at 100,000 documents: a vector each cost more than the
/// postings).
struct Postings<K> {
    ids: KeyMap<K, u32>,
    /// While building, each list's length; once finished, where each list starts in
    /// `items` (one more entry at the end).
    lists: Vec<u32>,
    items: Vec<u32>,
    /// Each posting: its list and its position there.
    post: Vec<(u32, u32)>,
    /// Where each item's postings start in `post`.
    start: Vec<usize>,
}

impl<K: std::hash::Hash + Eq> Postings<K> {
    fn new() -> Self {
        Postings { ids: KeyMap::default(), lists: Vec::new(), items: Vec::new(), post: Vec::new(), start: Vec::new() }
    }

    /// Starts the next item; returns its number.
    fn item(&mut self) -> u32 {
        self.start.push(self.post.len());
        (self.start.len() - 1) as u32
    }

    /// Adds the current item to `key`'s list (once per key and item).
    fn add(&mut self, key: K) {
        let next = self.lists.len() as u32;
        let l = *self.ids.entry(key).or_insert(next);
        if l == next {
            self.lists.push(0);
        }
        let len = &mut self.lists[l as usize];
        self.post.push((l, *len));
        *len += 1;
    }

    /// Lays the lists out, each in item order; the keys are no longer needed.
    fn finish(&mut self) {
        self.ids = KeyMap::default();
        let mut at = 0u32;
        for len in &mut self.lists {
            let n = *len;
            *len = at;
            at += n;
        }
        self.lists.push(at);
        self.items = vec![0; at as usize];
        for item in 0..self.start.len() {
            let end = self.start.get(item + 1).copied().unwrap_or(self.post.len());
            for &(l, k) in &self.post[self.start[item]..end] {
                self.items[(self.lists[l as usize] + k) as usize] = item as u32;
            }
        }
    }

    /// The earlier items `item` is compared with, sorted and distinct, into `out` (once
    /// [`finish`](Self::finish)ed).
    fn partners(&self, item: u32, out: &mut Vec<u32>) {
        out.clear();
        let end = self.start.get(item as usize + 1).copied().unwrap_or(self.post.len());
        for &(l, k) in &self.post[self.start[item as usize]..end] {
            let (list, k) = (&self.items[self.lists[l as usize] as usize..], k as usize);
            if k > 0 {
                out.push(list[0]);
                out.extend_from_slice(&list[k.saturating_sub(WINDOW).max(1)..k]);
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// A key for three words in a row, from their hashes.
fn gram(t: &[u64]) -> u64 {
    t[0].wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ t[1].rotate_left(21).wrapping_mul(0xc2b2_ae3d_27d4_eb4f) ^ t[2].rotate_left(42)
}

/// How two word sequences align: the aligned stretch in each (`a0..a1`, `b0..b1`, word
/// indexes, half-open) and how many words in it are equal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Align {
    a0: usize,
    a1: usize,
    b0: usize,
    b1: usize,
    matched: usize,
    /// The longest stretch of it with no gap.
    run: usize,
    /// Whether it chains two or more aligned stretches ([`chain`]).
    chained: bool,
    /// The words of `a` and of `b` it steps over where the other side marks a cut (an
    /// ellipsis, [`cuts`]): left out by the writer, not a gap between two statements.
    elided: (usize, usize),
}

impl Align {
    /// Aligned word for word, with no gap.
    fn exact(&self) -> bool {
        self.matched == self.a1 - self.a0 && self.matched == self.b1 - self.b0
    }
}

/// The gaps an alignment may step over: a word inserted or dropped on either side, a word
/// replaced, or two words inserted or dropped. Tried in this order.
const STEPS: [(usize, usize); 7] = [(1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 1), (1, 2)];

/// Extends an alignment from `(i, j)` forward (`at(k)` reads position k of the direction),
/// stepping over small gaps when the words after them agree again; returns the matched
/// words and how far each side got.
fn extend(a: &dyn Fn(usize) -> Option<u64>, b: &dyn Fn(usize) -> Option<u64>, mut i: usize, mut j: usize) -> Extent {
    let (mut matched, mut gaps) = (0, 0);
    let (mut cur, mut first, mut longest) = (0, None, 0);
    let (mut ei, mut ej) = (i, j);
    loop {
        match (a(i), b(j)) {
            (Some(x), Some(y)) if x == y => {
                matched += 1;
                cur += 1;
                longest = longest.max(cur);
                i += 1;
                j += 1;
                (ei, ej) = (i, j);
                continue;
            }
            (Some(_), Some(_)) => {}
            _ => break,
        }
        // Resynchronise only on two agreeing words (or one that ends a side), and never
        // spend more gap words than a third of what matched.
        let step = STEPS.iter().find(|&&(di, dj)| {
            let eq = |k: usize| matches!((a(i + di + k), b(j + dj + k)), (Some(x), Some(y)) if x == y);
            eq(0) && (eq(1) || a(i + di + 1).is_none() || b(j + dj + 1).is_none())
        });
        match step {
            Some(&(di, dj)) if (gaps + di.max(dj)) * 3 <= matched => {
                first.get_or_insert(cur);
                cur = 0;
                gaps += di.max(dj);
                i += di;
                j += dj;
            }
            _ => break,
        }
    }
    Extent { matched, i: ei, j: ej, first: first.unwrap_or(cur), longest }
}

/// How far [`extend`] got: the words matched, the positions reached, the exact run it
/// started with and the longest exact run.
struct Extent {
    matched: usize,
    i: usize,
    j: usize,
    first: usize,
    longest: usize,
}

/// The most words two aligned stretches may leave out between them and still chain into
/// one alignment: an aside one outlet kept and the other left out (`has been, in most
/// years, a loss`, `has been a loss`). Only an aside: words on both sides of the gap
/// (`the people of Millbrook sent`, `the people of the Harbour District sent`; `fight for every
/// family and`, `fight for every worker in this state and`) fill a slot of one template
/// with two statements, which only [`extend`]'s small steps may bridge. All the gaps of
/// a chain together are at most a third of its matched words, as in [`extend`].
const CHAIN_GAP: usize = 4;

/// The most words a cut that one quote marks with an ellipsis (`We will rebuild the
/// bridge ... We will open it by spring`) may stand for in the other (`We will rebuild
/// the bridge. We owe it to every family who crossed it. We will open it ...`): the
/// writer says words were left out there, so the words on each side of it are one
/// statement however many were cut, within a passage of a few sentences.
const ELIDED_GAP: usize = 60;

/// The words of a quote's `text` that an ellipsis (`...`, `…`, `. . .`) stands right
/// before, by their indexes (sorted): where the writer cut words out of what was said.
/// `word(k)` is word k's range in `text`, of `words` words.
pub(crate) fn cuts(text: &str, words: usize, word: impl Fn(usize) -> (usize, usize)) -> Vec<u32> {
    (1..words)
        .filter(|&k| {
            let (from, to) = (word(k - 1).1, word(k).0);
            text.get(from..to).is_some_and(|between| between.contains("...") || between.contains('…') || between.contains(". . ."))
        })
        .map(|k| k as u32)
        .collect()
}

/// A quote's [`cuts`], by its words' places in its text.
pub(crate) fn quote_cuts(q: &QuoteUnit) -> Vec<u32> {
    let base = q.span.start();
    cuts(&q.text, q.toks.len(), |k| ((q.toks[k].start as usize).saturating_sub(base), (q.toks[k].end as usize).saturating_sub(base)))
}

/// How many aligned stretches of one pair of quotes are chained at most (the longest):
/// two quotes of one common word repeated make thousands, and chaining is quadratic.
const CHAIN_PIECES: usize = 256;

/// The best gapped alignment of `a` and `b` (most equal words), seeded at the start of
/// every diagonal run of two or more equal words (of one word when a side is that short),
/// each seed extended over small gaps ([`extend`]); the stretches so found are then
/// chained in order over gaps of up to [`CHAIN_GAP`] words. Quadratic in the lengths,
/// which are those of single quotes.
fn align(a: &[u64], b: &[u64], cut_a: &[u32], cut_b: &[u32]) -> Align {
    align_with(a, b, Chaining::Asides, (&[], &[]), (cut_a, cut_b))
}

/// Per word of a quote, whether it is a name or a number (capitalised inside a sentence,
/// or a digit): the words that fill a template's slots (`the people of Millbrook`, `of the
/// Harbour District`; `12 stations`, `40 stations`), which [`Chaining::Vouched`] never
/// steps over on both sides.
pub(crate) fn slots(q: &QuoteUnit) -> Vec<bool> {
    let base = q.span.start();
    q.toks
        .iter()
        .map(|t| {
            let at = (t.start as usize).saturating_sub(base);
            let word = q.text.get(at..).and_then(|w| w.chars().next());
            let before = q.text.get(..at).map(|b| b.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '—' | '–' | '-')));
            let opens_sentence = before.is_none_or(|b| b.is_empty() || b.ends_with(['.', '?', '!', ':']));
            let lone_i = q.text.get(at..t.end as usize - base).is_some_and(|w| w == "I" || w.starts_with("I'") || w.starts_with("I’"));
            word.is_some_and(|c| c.is_ascii_digit() || (c.is_uppercase() && !opens_sentence && !lone_i))
        })
        .collect()
}

/// What [`chain`] may step over between two aligned stretches.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Chaining {
    /// An aside on one side only, the gaps a third of the matched words at most.
    Asides,
    /// Words on both sides too (`her home town or her` for `her hometown`, `runs`
    /// for `chairs`), but no name or number among them ([`slots`]), the gaps half of
    /// the matched words at most: only for two quotes that both outlets give to the same
    /// named speaker in one story, where a word or two changed is one line transcribed
    /// two ways, not a template.
    Vouched,
}

/// [`align`], chaining as `chaining` says; `slots` mark the names and numbers of `a` and
/// `b` ([`slots`]), which only [`Chaining::Vouched`] reads; `cuts` where each marks words
/// left out ([`cuts`]).
fn align_with(a: &[u64], b: &[u64], chaining: Chaining, slots: (&[bool], &[bool]), cuts: (&[u32], &[u32])) -> Align {
    let mut pieces: Vec<Align> = Vec::new();
    let short = a.len().min(b.len()) < 2;
    // A stretch stops at a cut on either side: the words after it are another fragment,
    // which `chain` joins over what the cut stands for. Word `i`'s fragment, as a range.
    let fragment = |cuts: &[u32], i: usize, len: usize| {
        let after = cuts.partition_point(|&c| c as usize <= i);
        let start = after.checked_sub(1).map_or(0, |k| cuts[k] as usize);
        start..cuts.get(after).map_or(len, |&c| c as usize)
    };
    let mut seed = |i: usize, j: usize| {
        let (in_a, in_b) = (fragment(cuts.0, i, a.len()), fragment(cuts.1, j, b.len()));
        if i > in_a.start && j > in_b.start && a[i - 1] == b[j - 1] {
            return;
        }
        let pair = i + 1 < in_a.end && j + 1 < in_b.end && a[i + 1] == b[j + 1];
        if !(short || pair) {
            return;
        }
        let fa = |k: usize| in_a.contains(&k).then(|| a[k]);
        let fb = |k: usize| in_b.contains(&k).then(|| b[k]);
        let f = extend(&fa, &fb, i, j);
        // backwards from the seed, over reversed indexes
        let ra = |k: usize| i.checked_sub(k + 1).filter(|x| *x >= in_a.start).map(|x| a[x]);
        let rb = |k: usize| j.checked_sub(k + 1).filter(|x| *x >= in_b.start).map(|x| b[x]);
        let r = extend(&ra, &rb, 0, 0);
        let run = (r.first + f.first).max(r.longest).max(f.longest);
        pieces.push(Align { a0: i - r.i, a1: f.i, b0: j - r.j, b1: f.j, matched: r.matched + f.matched, run, chained: false, elided: (0, 0) });
    };
    // The seeds are the equal words, in the order of `a`, then of `b`: looked up in a
    // sorted table of `b`'s words when both quotes are long (long quotes share few of
    // their words, and comparing every pair of words was most of the cost of verifying
    // a pair), else found by comparing every pair.
    if a.len() * b.len() > 1024 {
        let mut table: Vec<(u64, u32)> = b.iter().enumerate().map(|(j, &h)| (h, j as u32)).collect();
        table.sort_unstable();
        for (i, &h) in a.iter().enumerate() {
            let from = table.partition_point(|&(t, _)| t < h);
            for &(_, j) in table[from..].iter().take_while(|&&(t, _)| t == h) {
                seed(i, j as usize);
            }
        }
    } else {
        for (i, x) in a.iter().enumerate() {
            for (j, y) in b.iter().enumerate() {
                if x == y {
                    seed(i, j);
                }
            }
        }
    }
    chain(pieces, chaining, slots, cuts)
}

/// The chain of aligned stretches, each after the one before in both quotes, the gap
/// between them an aside of at most [`CHAIN_GAP`] words on one side and none on the
/// other, or up to [`ELIDED_GAP`] words where the other side marks a cut (and the stretch
/// after it is [`MIN_WORDS`] long at least: two common words are no evidence), with the
/// most matched words (the first such on a tie); its `run` is its longest piece's.
fn chain(mut pieces: Vec<Align>, chaining: Chaining, (slot_a, slot_b): (&[bool], &[bool]), (cut_a, cut_b): (&[u32], &[u32])) -> Align {
    let no_slot = |slots: &[bool], from: usize, to: usize| slots.get(from..to).is_some_and(|s| !s.contains(&true));
    let cut = |cuts: &[u32], at: usize| cuts.binary_search(&(at as u32)).is_ok();
    // the words a stretch steps over: the longer side's words that did not match, but for
    // the words a cut on the other side stands for (counted off each side's own length:
    // two outlets may cut one passage in different places)
    let gaps = |p: &Align| (p.a1 - p.a0 - p.elided.0).max(p.b1 - p.b0 - p.elided.1).saturating_sub(p.matched);
    let budget = if chaining == Chaining::Vouched { 2 } else { 3 };
    if pieces.len() > CHAIN_PIECES {
        pieces.sort_by(|x, y| y.matched.cmp(&x.matched).then((x.a0, x.b0).cmp(&(y.a0, y.b0))));
        pieces.truncate(CHAIN_PIECES);
    }
    pieces.sort_by_key(|p| (p.a0, p.b0, p.a1, p.b1));
    pieces.dedup();
    // best[k]: the best chain ending with piece k
    let mut best: Vec<Align> = Vec::with_capacity(pieces.len());
    for (k, p) in pieces.iter().enumerate() {
        let mut top = *p;
        for (j, q) in pieces[..k].iter().enumerate() {
            let aside = q.a1 <= p.a0 && q.b1 <= p.b0 && {
                let (ga, gb) = (p.a0 - q.a1, p.b0 - q.b1);
                let both = chaining == Chaining::Vouched && no_slot(slot_a, q.a1, p.a0) && no_slot(slot_b, q.b1, p.b0);
                (ga.min(gb) == 0 || both) && ga.max(gb) <= CHAIN_GAP
            };
            // (the words of each side a cut on the other stands for)
            let elided = (q.a1 <= p.a0 && q.b1 <= p.b0 && p.matched >= MIN_WORDS && !aside)
                .then(|| (p.a0 - q.a1, p.b0 - q.b1))
                .and_then(|(ga, gb)| {
                    if ga == 0 && gb > 0 && cut(cut_a, p.a0) && gb <= ELIDED_GAP {
                        Some((0, gb))
                    } else if gb == 0 && ga > 0 && cut(cut_b, p.b0) && ga <= ELIDED_GAP {
                        Some((ga, 0))
                    } else {
                        None
                    }
                });
            if (aside || elided.is_some()) && best[j].matched + p.matched > top.matched {
                let c = best[j];
                let (ea, eb) = elided.unwrap_or((0, 0));
                let elided = (c.elided.0 + p.elided.0 + ea, c.elided.1 + p.elided.1 + eb);
                let joined = Align { a0: c.a0, a1: p.a1, b0: c.b0, b1: p.b1, matched: c.matched + p.matched, run: c.run.max(p.run), chained: true, elided };
                if gaps(&joined) * budget <= joined.matched {
                    top = joined;
                }
            }
        }
        best.push(top);
    }
    best.into_iter().fold(Align::default(), |acc, x| if x.matched > acc.matched { x } else { acc })
}

/// Whether an alignment links two quotes of `a` and `b` words: eight words in a row, or
/// at least three aligned words (small gaps allowed) making three quarters of the shorter
/// quote. Eight words with gaps between them, in two long quotes, are common words.
fn links(al: Align, a: usize, b: usize) -> bool {
    al.run >= MIN_RUN || (al.matched >= MIN_WORDS && al.matched * 4 >= a.min(b) * 3)
}

/// Whether two members' speakers can be the same person: either unknown, or ids that
/// can name one person ([`contract::same_person`]: `west` and `kanye-west`).
fn same_speaker(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => contract::same_person(x, y),
        _ => true,
    }
}

/// A quote's speaker for the agreement rules: none when the document only describes
/// them ([`QuoteUnit::unnamed`]).
pub(crate) fn named_speaker(q: &QuoteUnit) -> Option<&str> {
    q.speaker.as_deref().filter(|_| !q.unnamed)
}

/// Runs `verify` on every item `0..items` on the threads of the current rayon pool (the
/// engine's, sized by `--jobs`), each with a scratch list of partners, and gathers what
/// they push. Items are cut into fixed ranges of `per_task`, gathered in order, so the
/// result does not depend on the number of threads or their timing.
fn in_parallel<T: Send>(items: usize, per_task: usize, verify: impl Fn(u32, &mut Vec<u32>, &mut Vec<T>) + Sync) -> Vec<T> {
    let ranges: Vec<Vec<T>> = (0..items.div_ceil(per_task))
        .into_par_iter()
        .map(|r| {
            let (mut partners, mut out) = (Vec::new(), Vec::new());
            for item in r * per_task..((r + 1) * per_task).min(items) {
                verify(item as u32, &mut partners, &mut out);
            }
            out
        })
        .collect();
    ranges.into_iter().flatten().collect()
}

/// A quote or sentence occurrence: document index and index in its features.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Occ {
    pub doc: u32,
    pub unit: u32,
}

/// The corpus-wide step: links the documents' features into claims. `docs` holds each
/// document's name and its [`features`](super::features), sorted by name (names unique).
/// Everything corpus-wide (the stories, the terms' inverse
/// frequencies, the candidate indexes) is computed here, from the features alone. The
/// same as [`Linked::new`] followed by [`Linked::claims`] for every claim.
pub fn link(docs: &[(&str, &DocFeatures)]) -> Claims {
    // (a source in memory always gives a document's features)
    let mut linked = Linked::new(&docs, usize::MAX).expect("features in memory");
    linked.claims(&docs, |_| true).expect("features in memory")
}

/// A cluster of quotes: its quotes, and its verified links (indexes into them).
type QuoteCluster = (Vec<Occ>, Vec<(u32, u32)>);

/// What makes a claim: a cluster of quotes (which can make several claims, one for each
/// part of a chain) or of fact sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Builder {
    Quote(u32),
    Fact(u32),
}

/// One claim of the corpus before it is made: where it comes from, what orders it, and
/// its id.
struct Head {
    from: Builder,
    /// Which of its builder's claims.
    k: u32,
    /// Its first member's document (an index: documents are sorted by name) and span,
    /// and its kind: the claims' order.
    doc: u32,
    span: Span,
    kind: ClaimKind,
    members: usize,
    /// Its id before a collision's suffix (`c-` and the slug of its text), and the
    /// checksum of its folded text that a suffix is made of.
    base: String,
    sum: u64,
    id: String,
    /// Its builder's key ([`Linked::key`]); `None` when a member's document has no stamp.
    key: Option<u128>,
    /// What it holds, hashed ([`content`]).
    content: u128,
}

impl Head {
    /// The head of claim `k` of builder `from`, whose first member is in document `doc`,
    /// as `known` tells it (made now, or remembered).
    fn of(from: Builder, k: u32, doc: u32, known: &Known, key: Option<u128>) -> Head {
        Head { from, k, doc, span: known.span, kind: known.kind, members: known.members as usize, base: known.base.clone(), sum: known.sum, id: String::new(), key, content: known.content }
    }

    /// What a memo keeps of it.
    fn known(&self, src: &dyn Features) -> Known {
        Known { first: src.name(self.doc as usize).to_string(), span: self.span, kind: self.kind, members: self.members as u32, base: self.base.clone(), sum: self.sum, content: self.content }
    }
}

/// The corpus linked: every claim's members and id, and what makes each claim's text and
/// members again from the documents' features, so that the claims can be made a part at
/// a time ([`Linked::claims`]): a large corpus's claims (about three million members at
/// 100,000 documents, more bytes than the seeds) never need to be in memory at once.
/// What it holds of the corpus is numbers and the claims' ids, not the members' text.
pub struct Linked {
    /// Each document's story: the index of its first document.
    story: Vec<u32>,
    /// The quote clusters.
    quotes: Vec<QuoteCluster>,
    /// The fact clusters: indexes into `fact_occ`.
    facts: Vec<Vec<u32>>,
    fact_occ: Vec<Occ>,
    /// Each linked fact sentence's strongest link, the one its `why` names.
    strongest: KeyMap<u32, u32>,
    /// Every claim, in the output's order.
    heads: Vec<Head>,
    /// The claims themselves, in the same order, when they were made at once.
    made: Vec<Option<Claim>>,
}

impl Linked {
    /// Links the documents of `src`. Each claim is made once here, for its text (its id
    /// is a slug of it) and its first member (which orders it), in parts of about
    /// `budget` members (a part ends once it reaches `budget`; a cluster is never split);
    /// when all fit in one part they are kept for [`Linked::claims`], else made again
    /// there. `None` when the source could not give a document's features.
    pub fn new(src: &dyn Features, budget: usize) -> Option<Linked> {
        Linked::with_memo(src, budget, &Memo::default())
    }

    /// [`Linked::new`], with the claims of every cluster whose key `memo` holds taken
    /// from it rather than made ([`Linked::claims`] makes them when asked). The same
    /// claims, ids and order as with no memo.
    pub fn with_memo(src: &dyn Features, budget: usize, memo: &Memo) -> Option<Linked> {
        debug_assert!((1..src.len()).all(|d| src.name(d - 1) < src.name(d)), "link: documents not sorted by name");
        let Compact { quotes, facts } = Compact::of(src)?;
        let links = quote_links(quotes);
        let story = stories(&facts, src.len(), &links.shared_long());
        let quotes = quote_clusters(links, &story);
        let (fact_clusters, strongest, fact_occ) = fact_clusters(facts, &story);
        let mut linked = Linked { story, quotes, facts: fact_clusters, fact_occ, strongest, heads: Vec::new(), made: Vec::new() };
        let builders: Vec<(Builder, usize)> = (0..linked.quotes.len())
            .map(|i| (Builder::Quote(i as u32), linked.quotes[i].0.len()))
            .chain((0..linked.facts.len()).map(|i| (Builder::Fact(i as u32), linked.facts[i].len())))
            .collect();
        let slot = |b: Builder| match b {
            Builder::Quote(i) => i as usize,
            Builder::Fact(i) => linked.quotes.len() + i as usize,
        };
        let keys: Vec<Option<u128>> = builders.par_iter().map(|&(b, _)| linked.key(src, b)).collect();
        // Each builder's claims, in the builders' order whether remembered or made.
        let mut claims: Vec<Vec<(Head, Option<Claim>)>> = builders.iter().map(|_| Vec::new()).collect();
        let mut part: Vec<Builder> = Vec::new();
        let mut size = 0;
        let mut todo: Vec<(Builder, usize)> = Vec::new();
        for (i, &(b, n)) in builders.iter().enumerate() {
            match keys[i].and_then(|k| memo.known.get(&k)).and_then(|known| remembered(src, b, known, keys[i])) {
                Some(heads) => claims[i] = heads.into_iter().map(|h| (h, None)).collect(),
                None => todo.push((b, n)),
            }
        }
        let keep = todo.iter().map(|b| b.1).sum::<usize>() <= budget;
        for (t, &(b, n)) in todo.iter().enumerate() {
            part.push(b);
            size += n;
            if size >= budget || t + 1 == todo.len() {
                for (from, k, c, content) in linked.make(src, &part, keep)? {
                    let i = slot(from);
                    let head = Head::of(from, k, doc_index(src, &c.members[0].doc) as u32, &Known::of(&c, content), keys[i]);
                    claims[i].push((head, keep.then_some(c)));
                }
                part.clear();
                size = 0;
            }
        }
        let (heads, mut made): (Vec<Head>, Vec<Option<Claim>>) = claims.into_iter().flatten().unzip();
        // The output's order: by first member (document, span), then kind; a stable
        // sort, so claims that tie keep their builders' order.
        let mut order: Vec<usize> = (0..heads.len()).collect();
        order.sort_by_key(|&i| (heads[i].doc, heads[i].span, heads[i].kind));
        let mut heads: Vec<Option<Head>> = heads.into_iter().map(Some).collect();
        let mut made_in_order = Vec::with_capacity(made.len());
        let mut seen: HashSet<String> = HashSet::new();
        for &i in &order {
            let mut head = heads[i].take().expect("each claim once");
            let mut id = head.base.clone();
            let mut n = 0u64;
            // A collision is rare (two claims whose first six words agree); the suffix is a
            // checksum of the claim's own text so it does not depend on the other claims.
            while !seen.insert(id.clone()) {
                id = format!("{}-{:04x}", head.base, head.sum.wrapping_add(n) & 0xffff);
                n += 1;
            }
            head.id = id;
            linked.heads.push(head);
            made_in_order.push(made[i].take());
        }
        linked.made = made_in_order;
        Some(linked)
    }

    /// What the claims were made from, to be remembered for the next run: each
    /// cluster's key and the claims it made (the clusters of documents with no stamp
    /// left out).
    pub fn memo(&self, src: &dyn Features) -> Memo {
        let mut known: KeyMap<u128, Vec<(u32, Known)>> = KeyMap::default();
        for h in &self.heads {
            let Some(key) = h.key else { continue };
            known.entry(key).or_default().push((h.k, h.known(src)));
        }
        Memo {
            known: known
                .into_iter()
                .map(|(key, mut claims)| {
                    claims.sort_by_key(|c| c.0);
                    (key, claims.into_iter().map(|c| c.1).collect())
                })
                .collect(),
        }
    }

    /// Every claim's id and a hash of what it holds ([`content`]; `None` when a
    /// member's document has no stamp, so that the memo cannot vouch for it), in the
    /// output's order. Two runs that give a claim the same id and hash make the same
    /// claim.
    pub fn made_from(&self) -> impl Iterator<Item = (&str, Option<u128>)> {
        self.heads.iter().map(|h| (h.id.as_str(), h.key.map(|_| h.content)))
    }

    /// What `builder`'s claims are made from: its members (each one's document, by name
    /// and stamp, its unit, and its document's story, by the name of the story's first
    /// document), its links, and for facts each member's strongest link. `None` when a
    /// member's document has no stamp.
    fn key(&self, src: &dyn Features, builder: Builder) -> Option<u128> {
        let mut k;
        let member = |k: &mut Keyer, o: Occ| -> Option<()> {
            let d = o.doc as usize;
            k.str(src.name(d));
            k.str(src.stamp(d)?);
            k.num(u64::from(o.unit));
            k.str(src.name(self.story[d] as usize));
            Some(())
        };
        match builder {
            Builder::Quote(i) => {
                let (occs, edges) = &self.quotes[i as usize];
                k = Keyer::new(b"quote");
                k.num(occs.len() as u64);
                for &o in occs {
                    member(&mut k, o)?;
                }
                k.num(edges.len() as u64);
                for &(a, b) in edges {
                    k.num(u64::from(a) << 32 | u64::from(b));
                }
            }
            Builder::Fact(i) => {
                let c = &self.facts[i as usize];
                k = Keyer::new(b"fact");
                k.num(c.len() as u64);
                for &g in c {
                    member(&mut k, self.fact_occ[g as usize])?;
                    self.strongest_into(src, g, &mut k);
                }
            }
        }
        Some(k.finish())
    }

    /// What the `why` of `builder`'s members are made from, into `k`. A quote's members
    /// have none. A fact member's names its strongest link's document and the words
    /// its sentence shares with that link's ([`FactUnit::shared_words`]): made from the
    /// two sentences' terms, which a hand edit of a document's speakers can change while
    /// its text stays as it was, so the terms are hashed, not only the text.
    fn why_from(&self, src: &dyn Features, units: &Units, builder: Builder, k: &mut Keyer) {
        let Builder::Fact(i) = builder else { return };
        let terms = |k: &mut Keyer, unit: &FactUnit| {
            k.num(unit.terms.len() as u64);
            for &(t, kind) in &unit.terms {
                k.num(t);
                k.num(kind as u64);
            }
            k.num(unit.at.len() as u64);
            for &a in &unit.at {
                k.num(u64::from(a));
            }
        };
        for &g in &self.facts[i as usize] {
            let o = self.fact_occ[g as usize];
            k.str(src.name(o.doc as usize));
            k.num(u64::from(o.unit));
            terms(k, units.fact(o));
            self.strongest_into(src, g, k);
        }
    }

    /// Fact sentence `g`'s strongest link (its document's name and its unit), into `k`.
    fn strongest_into(&self, src: &dyn Features, g: u32, k: &mut Keyer) {
        match self.strongest.get(&g) {
            Some(&to) => {
                let o = self.fact_occ[to as usize];
                k.num(1);
                k.str(src.name(o.doc as usize));
                k.num(u64::from(o.unit));
            }
            None => k.num(0),
        }
    }

    /// Every claim's id and number of members, in the output's order.
    pub fn ids(&self) -> impl Iterator<Item = (&str, usize)> {
        self.heads.iter().map(|h| (h.id.as_str(), h.members))
    }

    /// The claims whose id `keep` takes, in the output's order: taken from those made
    /// at once by [`Linked::new`] (each is handed out once; asked for again, it is made
    /// again), or made from `src` (the same source) when linking did not keep it or took
    /// it from a memo. `None` when the source could not give a document's features, or
    /// a claim made here is not the one linking made or remembered (features that
    /// changed since, or a memo that is not the stage's own).
    pub fn claims(&mut self, src: &dyn Features, keep: impl Fn(&str) -> bool) -> Option<Claims> {
        let picked: Vec<usize> = (0..self.heads.len()).filter(|&i| keep(&self.heads[i].id)).collect();
        // (those not kept when linking, or taken from a memo, are made here)
        let mut builders: Vec<Builder> = picked.iter().filter(|&&i| self.made.get(i).is_none_or(Option::is_none)).map(|&i| self.heads[i].from).collect();
        builders.sort_unstable();
        builders.dedup();
        let mut made: HashMap<(Builder, u32), (Claim, u128)> = HashMap::new();
        if !builders.is_empty() {
            let mut count: HashMap<Builder, usize> = HashMap::new();
            for (b, k, c, content) in self.make(src, &builders, true)? {
                *count.entry(b).or_default() += 1;
                made.insert((b, k), (c, content));
            }
            // (each builder makes as many claims as linking made or remembered of it)
            for h in &self.heads {
                if let Some(n) = count.get_mut(&h.from) {
                    *n = n.checked_sub(1)?;
                }
            }
            if count.values().any(|&n| n != 0) {
                return None;
            }
        }
        let mut claims = Vec::with_capacity(picked.len());
        for &i in &picked {
            let h = &self.heads[i];
            // (one linking kept is the claim its head was taken from)
            let (mut c, content) = match self.made.get_mut(i).and_then(Option::take) {
                Some(c) => (c, h.content),
                None => made.remove(&(h.from, h.k))?,
            };
            // (a claim made again is the one linking made or remembered: else a document's
            // features changed while it linked, or a memo was not the stage's own)
            if Known::of(&c, content) != h.known(src) {
                return None;
            }
            c.id = h.id.clone();
            claims.push(c);
        }
        Some(Claims { claims, unresolved: Vec::new() })
    }

    /// The claims `builders` make, with their story (ids left empty), each with its
    /// builder, its number among the builder's claims and its [`content`]; `why` says
    /// whether fact members name their strongest link (the content is the same either
    /// way).
    fn make(&self, src: &dyn Features, builders: &[Builder], why: bool) -> Option<Vec<(Builder, u32, Claim, u128)>> {
        let (mut quotes, mut facts) = (Vec::new(), Vec::new());
        for &b in builders {
            match b {
                Builder::Quote(i) => quotes.extend_from_slice(&self.quotes[i as usize].0),
                Builder::Fact(i) => facts.extend(self.facts[i as usize].iter().map(|&g| self.fact_occ[g as usize])),
            }
        }
        let units = fetch(src, &quotes, &facts)?;
        let mut out: Vec<(Builder, u32, Claim)> = builders
            .par_iter()
            .flat_map_iter(|&b| {
                let claims = match b {
                    Builder::Quote(i) => {
                        let (occs, edges) = &self.quotes[i as usize];
                        quote_claim(src, &units, occs.clone(), edges)
                    }
                    Builder::Fact(i) => vec![fact_claim(src, &units, &self.fact_occ, &self.strongest, &self.facts[i as usize], why)],
                };
                claims.into_iter().enumerate().map(move |(k, c)| (b, k as u32, c))
            })
            .collect();
        let story_id = |d: usize| format!("s-{}", slug(src.name(self.story[d] as usize), 12, 64));
        for (_, _, c) in &mut out {
            let first = doc_index(src, &c.members[0].doc);
            let same = c.members.iter().all(|m| self.story[doc_index(src, &m.doc)] == self.story[first]);
            c.story = same.then(|| story_id(first));
        }
        Some(
            out.into_par_iter()
                .map(|(b, k, c)| {
                    let content = content(&c, |h| self.why_from(src, &units, b, h));
                    (b, k, c, content)
                })
                .collect(),
        )
    }
}

/// The heads of the claims `builder` made in an earlier run (`known`, under its `key`);
/// `None` when a first member's document is not among the source's (a memo that does not
/// belong to it).
fn remembered(src: &dyn Features, from: Builder, known: &[Known], key: Option<u128>) -> Option<Vec<Head>> {
    known
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let doc = find_doc(src, &c.first)?;
            Some(Head::of(from, k as u32, doc as u32, c, key))
        })
        .collect()
}

/// The index of the document named `name`, if the source has it.
fn find_doc(src: &dyn Features, name: &str) -> Option<usize> {
    let (mut lo, mut hi) = (0, src.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if src.name(mid) < name {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    (lo < src.len() && src.name(lo) == name).then_some(lo)
}

/// The index of the document named `name` (a member's: one of the source's).
fn doc_index(src: &dyn Features, name: &str) -> usize {
    let found = find_doc(src, name);
    debug_assert!(found.is_some(), "a member's document");
    found.unwrap_or(0)
}

/// The share of two documents' weighted terms they must have in common to be one story.
const STORY_SCORE: f64 = 0.25;
/// The lesser share that still joins a document to the one nearest to it.
const STORY_NEAREST: f64 = 0.08;
/// How many of a document's terms make its story signature. On `basil-dev` (30 events,
/// 90 articles) 32 give 30 stories, one for each event (with terms weighted by
/// presence alone, not by how many sentences hold them, one event was split and a part
/// of it joined another event's story).
const STORY_TERMS: usize = 32;

/// Groups the documents into stories: each document's distinct fact terms (names,
/// entities, numbers and content words of its body sentences), weighted by their
/// inverse document frequency and by one plus the logarithm of the number of its
/// sentences that hold them (an inauguration story that mentions an email inquiry once
/// is not the inquiry's), of which the [`STORY_TERMS`] heaviest that another document
/// shares are its signature; two documents whose shared weight (the lesser of the two
/// weights of each term they share) over the geometric mean of their weights reaches
/// [`STORY_SCORE`] are one story, and so is a document with its
/// nearest other document when they reach [`STORY_NEAREST`], where a pair that shares a
/// long quote (`shared_quote`, eight words in a row) counts [`STORY_SCORE`] more in
/// finding the nearest: two outlets quoting the same statement are each other's nearest
/// rather than another story's of similar terms; stories are the connected
/// groups. Candidates come from an inverted index of the rarer terms (in at most a
/// twentieth of the documents, and at least 5), each compared with the heads of its
/// lists as quotes are. Returns each document's story as the index of its first document.
fn stories(facts: &FactTerms, n_docs: usize, shared_quote: &[(u32, u32)]) -> Vec<u32> {
    let bags: Vec<Vec<(u64, TermKind, u32)>> = (0..n_docs)
        .into_par_iter()
        .map(|d| {
            let mut b: Vec<(u64, TermKind)> = (facts.by_doc[d]..facts.by_doc[d + 1]).flat_map(|g| facts.terms(g).filter(|t| t.1 != TermKind::Date)).collect();
            b.sort_unstable();
            // each term once, with the number of sentences that hold it
            let mut counted: Vec<(u64, TermKind, u32)> = Vec::with_capacity(b.len());
            for (t, k) in b {
                match counted.last_mut() {
                    Some(last) if last.0 == t => last.2 += 1,
                    _ => counted.push((t, k, 1)),
                }
            }
            counted
        })
        .collect();
    let mut df: KeyMap<u64, u32> = KeyMap::default();
    for b in &bags {
        for &(t, _, _) in b {
            *df.entry(t).or_default() += 1;
        }
    }
    let n = n_docs as f64;
    // Smoothed, so that in a small corpus of one story the names all its documents share
    // still count; the entities a story is about count double.
    // A term the document comes back to weighs more than one it names in passing (the
    // background of another story): by the logarithm of the sentences holding it.
    let idf = |(t, k, c): (u64, TermKind, u32)| (1.0 + n / f64::from(df[&t])).ln() * if k == TermKind::Entity { 2.0 } else { 1.0 } * (1.0 + f64::from(c).ln());
    // Each bag with its weights, once: the pairs below compare thousands of times more.
    // Each document's signature: its STORY_TERMS heaviest terms that some other document
    // shares, weighted once (the pairs below compare them thousands of times). The
    // rarest terms are what tell a story from the rest; the common ones only cost time.
    let bags: Vec<Vec<(u64, f64)>> = bags
        .par_iter()
        .map(|b| {
            let mut w: Vec<(u64, f64)> = b.iter().filter(|t| df[&t.0] > 1).map(|&t| (t.0, idf(t))).collect();
            if w.len() > STORY_TERMS {
                w.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                w.truncate(STORY_TERMS);
                w.sort_unstable_by_key(|t| t.0);
            }
            w
        })
        .collect();
    let totals: Vec<f64> = bags.iter().map(|b| b.iter().map(|t| t.1).sum()).collect();
    let cap = (n_docs / 20).max(5) as u32;
    let mut index: Postings<u64> = Postings::new();
    for b in &bags {
        index.item();
        for &(t, _) in b {
            let k = df[&t];
            if k > 1 && k <= cap {
                index.add(t);
            }
        }
    }
    // (a, b, their terms' score, the score that picks each one's nearest)
    index.finish();
    let mut scored: Vec<(u32, u32, f64, f64)> = in_parallel(bags.len(), 256, |b, partners, out| {
        index.partners(b, partners);
        for &a in partners.iter() {
            let (x, y) = (&bags[a as usize], &bags[b as usize]);
            let (mut i, mut j, mut shared) = (0, 0, 0.0);
            while i < x.len() && j < y.len() {
                match x[i].0.cmp(&y[j].0) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        shared += x[i].1.min(y[j].1);
                        i += 1;
                        j += 1;
                    }
                }
            }
            let norm = (totals[a as usize] * totals[b as usize]).sqrt();
            if norm > 0.0 && shared / norm >= STORY_NEAREST {
                // A long quote both carry says more than their terms: it makes them
                // each other's nearest, unless the terms say they are far apart (a famous
                // line quoted years later). It does not make an edge by itself: a
                // document that also tells another story would join the two.
                let quoted = shared_quote.binary_search(&(a.min(b), a.max(b))).is_ok();
                let s = shared / norm;
                out.push((a, b, s, s + if quoted { STORY_SCORE } else { 0.0 }));
            }
        }
    });
    // Each document's nearest other document, ties to the first.
    scored.sort_by_key(|x| (x.0, x.1));
    let mut nearest: Vec<Option<(f64, u32)>> = vec![None; n_docs];
    for &(a, b, _, s) in &scored {
        for (x, y) in [(a, b), (b, a)] {
            let e = &mut nearest[x as usize];
            if e.is_none_or(|(t, z)| s > t || (s == t && y < z)) {
                *e = Some((s, y));
            }
        }
    }
    let near = |x: u32, y: u32| nearest[x as usize].is_some_and(|(_, z)| z == y);
    let edges: Vec<(u32, u32)> =
        scored.iter().filter(|&&(a, b, s, _)| s >= STORY_SCORE || near(a, b) || near(b, a)).map(|&(a, b, _, _)| (a, b)).collect();
    let mut uf = UnionFind::new(n_docs);
    let mut edges = edges;
    edges.sort_unstable();
    for &(a, b) in &edges {
        uf.union(a, b);
    }
    (0..n_docs as u32).map(|d| uf.find(d)).collect()
}

/// A verified link between two quote occurrences, and what it still needs.
#[derive(Clone, Copy)]
struct QuoteEdge {
    a: u32,
    b: u32,
    /// It holds only if the two documents are one story (a short run whose speakers are
    /// not both named).
    in_story: bool,
    /// Eight words or more in a row: evidence that the two documents tell one story.
    long: bool,
}

/// The quotes worth linking and the verified links between them, before stories are
/// known: the long ones tell which documents are one story.
struct QuoteLinks {
    occ: Vec<Occ>,
    edges: Vec<QuoteEdge>,
}

impl QuoteLinks {
    /// The pairs of documents (lower first, sorted, once) that share a long quote.
    fn shared_long(&self) -> Vec<(u32, u32)> {
        let mut pairs: Vec<(u32, u32)> = self
            .edges
            .iter()
            .filter(|e| e.long)
            .map(|e| (self.occ[e.a as usize].doc, self.occ[e.b as usize].doc))
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (x.min(y), x.max(y)))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }
}

fn quote_links(mut quotes: QuoteWords) -> QuoteLinks {
    let occ = std::mem::take(&mut quotes.occ);
    let mut index: KeyMap<u64, Vec<(u32, u32)>> = KeyMap::default();
    for g in 0..occ.len() as u32 {
        for (p, w) in quotes.words(g).windows(3).enumerate() {
            index.entry(gram(w)).or_default().push((g, p as u32));
        }
    }
    let words_of = |g: u32| quotes.words(g);
    // Each pair once, with where it was first found to share a 3-gram (the quick check
    // below starts there), in a fixed order; then verified on the engine's threads.
    let mut pairs: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut tried: std::collections::HashSet<(u32, u32), std::hash::BuildHasherDefault<KeyHasher>> = Default::default();
    candidates(index, |(ga, pa), (gb, pb)| {
        if ga != gb && tried.insert((ga.min(gb), ga.max(gb))) {
            pairs.push((ga, pa, gb, pb));
        }
    });
    drop(tried);
    // Whether a pair links, and if so whether only inside one story.
    let verify = |&(ga, pa, gb, pb): &(u32, u32, u32, u32)| -> Option<QuoteEdge> {
        // A quick look around the shared 3-gram first: a long exact run settles it.
        let (a, b) = (words_of(ga), words_of(gb));
        let (mut i, mut j) = (pa as usize, pb as usize);
        while i > 0 && j > 0 && a[i - 1] == b[j - 1] {
            i -= 1;
            j -= 1;
        }
        let mut run = 0;
        while i + run < a.len() && j + run < b.len() && a[i + run] == b[j + run] {
            run += 1;
        }
        // (the words' hashes, for the alignments, when the run does not settle it: the
        // rules for vouched pairs below align the same words again)
        let hashed = (run < MIN_RUN).then(|| (words_of(ga), words_of(gb)));
        let al = match &hashed {
            None => Align { a0: i, a1: i + run, b0: j, b1: j + run, matched: run, run, chained: false, elided: (0, 0) },
            Some((ha, hb)) => align(ha, hb, quotes.cuts(ga), quotes.cuts(gb)),
        };
        let (sa, sb) = (quotes.speaker[ga as usize].as_deref(), quotes.speaker[gb as usize].as_deref());
        let vouched = sa.is_some() && sb.is_some() && same_speaker(sa, sb);
        let edge = |in_story: bool| Some(QuoteEdge { a: ga.min(gb), b: ga.max(gb), in_story, long: al.run >= MIN_RUN });
        if !links(al, a.len(), b.len()) {
            // Outlets quote one sentence of a speech in their own cuts: a shorter run
            // links when both name the same speaker, in one story, and it is half of the
            // shorter quote (six words in two long quotes are a stock phrase: `I don't
            // agree with everything Reyes does`, `... everything anyone does`).
            // Six words aligned over a small gap (four of them in a row) do as well: two
            // outlets transcribe a word of one line differently (`what have you folks been
            // building, Ann?`, `... been fixing, Ann?`).
            // (and it runs to the shorter quote's end: the same line, not two that start
            // alike and go on to other things, `has never once cared about farmers`, `has
            // never really cared about teachers`)
            let shorter = a.len().min(b.len());
            let half = |n: usize| n >= VOUCHED_RUN && n * 2 >= shorter;
            let to_end = if a.len() <= b.len() { al.a1 == a.len() } else { al.b1 == b.len() };
            let vouched_run = vouched && (half(al.run) || (half(al.matched) && al.run >= VOUCHED_GAPPED_RUN && to_end));
            // (a long line transcribed two ways, a word or a few changed here and there:
            // `She says she is a local. But I am asking about her home town or her -- the
            // way she runs meetings` and `she says she's local. But I am asking about her
            // hometown, the way she chairs meetings`)
            // (never more words align than the shorter quote has)
            let transcribed = vouched
                && shorter >= VOUCHED_LINE
                && hashed.as_ref().is_some_and(|(ha, hb)| {
                    let loose = align_with(ha, hb, Chaining::Vouched, (quotes.slots(ga), quotes.slots(gb)), (quotes.cuts(ga), quotes.cuts(gb)));
                    loose.matched >= VOUCHED_LINE && loose.matched * 2 >= shorter && loose.run > VOUCHED_GAPPED_RUN
                });
            // (Two cuts of one line that overlap where one ends and the other begins, `...
            // I didn’t want to close it,` and `I didn’t want to close it, but ...`, do not
            // link on the overlap alone: a review found the same speaker closing two
            // statements and opening another with one stock phrase, `and I will not back
            // down on this` and `I will not back down on this, no matter ...`.)
            return if vouched_run || transcribed { edge(true) } else { None };
        }
        // Short runs recur by chance: the same few words from another speaker are
        // another claim, and so are they in another story unless both give the speaker
        // (and the words are aligned in one stretch: a chain over an aside may be two
        // statements of one template in two stories).
        if al.run >= MIN_RUN || (vouched && !al.chained) {
            edge(false)
        } else if same_speaker(sa, sb) {
            edge(true)
        } else {
            None
        }
    };
    let edges = in_parallel(pairs.len(), 4096, |p, _, out| out.extend(verify(&pairs[p as usize])));
    QuoteLinks { occ, edges }
}

/// The quote clusters: the links that hold in `story` clustered, each cluster with its
/// quotes and its links (indexes into them); each makes one claim, or more
/// ([`quote_claim`]).
fn quote_clusters(quotes: QuoteLinks, story: &[u32]) -> Vec<QuoteCluster> {
    let QuoteLinks { occ, edges } = quotes;
    let mut edges: Vec<(u32, u32)> = edges
        .into_iter()
        .filter(|e| !e.in_story || story[occ[e.a as usize].doc as usize] == story[occ[e.b as usize].doc as usize])
        .map(|e| (e.a, e.b))
        .collect();
    // Each cluster with its own verified edges, renumbered within it.
    UnionFind::new(occ.len())
        .clusters_with_edges(&mut edges)
        .into_iter()
        .map(|(c, e)| (c.into_iter().map(|g| occ[g as usize]).collect(), e))
        .collect()
}

/// The canonical text of a quote claim, with its words' ranges in that text.
struct Canon {
    text: String,
    toks: Vec<(u64, usize, usize)>,
}

impl Canon {
    fn of(text: &str, start: usize, toks: &[Tok]) -> Canon {
        Canon {
            text: text.to_string(),
            toks: toks.iter().map(|t| (t.h, t.start as usize - start, t.end as usize - start)).collect(),
        }
    }
    fn hashes(&self) -> Vec<u64> {
        self.toks.iter().map(|t| t.0).collect()
    }
    fn cuts(&self) -> Vec<u32> {
        cuts(&self.text, self.toks.len(), |k| (self.toks[k].1, self.toks[k].2))
    }
}

/// The claims of one cluster of quotes joined by verified `edges` (pairs of indexes into
/// `occs`). Usually one; more when the cluster is a chain (A shares a run of words with B,
/// and B another with C) whose ends share no words with the claim's text: those members
/// are another claim, not a part of this one that a reader could find in its text.
fn quote_claim(src: &dyn Features, units: &Units, occs: Vec<Occ>, edges: &[(u32, u32)]) -> Vec<Claim> {
    struct M<'a> {
        doc: usize,
        q: &'a QuoteUnit,
        toks: &'a [Tok],
    }
    let mut order: Vec<usize> = (0..occs.len()).collect();
    let unit = |o: Occ| units.quote(o);
    order.sort_by(|&a, &b| (src.name(occs[a].doc as usize), unit(occs[a]).span).cmp(&(src.name(occs[b].doc as usize), unit(occs[b]).span)));
    let ms: Vec<M> = order
        .iter()
        .map(|&k| {
            let o = occs[k];
            let q = unit(o);
            M { doc: o.doc as usize, q, toks: &q.toks }
        })
        .collect();
    let mut rank = vec![0; occs.len()];
    for (i, &k) in order.iter().enumerate() {
        rank[k] = i;
    }
    let edges: Vec<(usize, usize)> = edges.iter().map(|&(a, b)| (rank[a as usize], rank[b as usize])).collect();
    // Distinct wordings, so that a passage repeated in many documents is aligned once.
    let forms: Vec<Vec<u64>> = ms.iter().map(|m| m.toks.iter().map(|t| t.h).collect()).collect();
    let cut_forms: Vec<Vec<u32>> = ms.iter().map(|m| quote_cuts(m.q)).collect();
    // (a wording is its words and where it is cut: `A ... B` and `A. B` cover apart)
    let mut first_of: HashMap<(&[u64], &[u32]), usize> = HashMap::new();
    let rep_of: Vec<usize> = (0..ms.len()).map(|i| *first_of.entry((&forms[i], &cut_forms[i])).or_insert(i)).collect();
    let mut distinct: Vec<usize> = first_of.values().copied().collect();
    distinct.sort_unstable();
    // The base is the wording verified against the most other wordings (the hub of the
    // cluster, so a chain's middle, not one end), then the longest; ties go to the first
    // member. Stitching extends it from there.
    let mut partners: KeyMap<usize, HashSet<usize>> = KeyMap::default();
    for &(a, b) in &edges {
        let (ra, rb) = (rep_of[a], rep_of[b]);
        if ra != rb {
            partners.entry(ra).or_default().insert(rb);
            partners.entry(rb).or_default().insert(ra);
        }
    }
    let degree = |i: usize| partners.get(&i).map_or(0, HashSet::len);
    let base = *distinct.iter().max_by_key(|&&i| (degree(i), ms[i].toks.len(), std::cmp::Reverse(i))).unwrap();
    let mut canon = Canon::of(&ms[base].q.text, ms[base].q.span.start(), ms[base].toks);
    let mut pending: Vec<usize> = distinct.iter().copied().filter(|&i| i != base).collect();
    // The canonical text's word hashes and cuts, recomputed only when stitching changes it.
    let mut h = canon.hashes();
    let mut hc = canon.cuts();
    loop {
        let before = pending.len();
        let mut rest = Vec::new();
        for &i in &pending {
            let mut al = align(&h, &forms[i], &hc, &cut_forms[i]);
            if !links(al, h.len(), forms[i].len()) {
                rest.push(i);
                continue;
            }
            let m = &ms[i];
            let ms0 = m.q.span.start();
            if al.a0 == 0 && al.b0 > 0 {
                // The member starts earlier than the canonical text: prepend its head (the
                // words wholly before the first aligned one). What the canonical text had
                // before its first word gives way to the head, as its closing punctuation
                // gives way to a tail below: an opening `... ` says words were cut there,
                // and the member prints them.
                let cut = m.toks[al.b0].start as usize - ms0;
                let head = &m.q.text[..cut];
                let first = canon.toks[0].1;
                let mut toks: Vec<(u64, usize, usize)> = m.toks[..al.b0]
                    .iter()
                    .filter(|t| t.end as usize - ms0 <= cut)
                    .map(|t| (t.h, t.start as usize - ms0, t.end as usize - ms0))
                    .collect();
                toks.extend(canon.toks.iter().map(|&(h, s, e)| (h, s - first + cut, e - first + cut)));
                canon = Canon { text: format!("{head}{}", &canon.text[first..]), toks };
                h = canon.hashes();
                hc = canon.cuts();
                al = align(&h, &forms[i], &hc, &cut_forms[i]);
            }
            if al.a1 == h.len() && al.b1 < forms[i].len() && al.b1 > 0 {
                // The member runs on past the canonical text: append its tail.
                // The tail follows the canonical text's last word, where the member's
                // aligned words end; what the canonical text had after that word (its
                // closing punctuation) gives way to the member's. Offsets are counted
                // from there: the two wordings may differ in length before it (curly
                // and straight apostrophes fold alike but are not as long).
                let from = m.toks[al.b1 - 1].end as usize - ms0;
                let end = canon.toks[al.a1 - 1].2;
                canon.text.truncate(end);
                canon.toks.extend(
                    m.toks[al.b1..]
                        .iter()
                        .filter(|t| t.start as usize - ms0 >= from)
                        .map(|t| (t.h, end + (t.start as usize - ms0 - from), end + (t.end as usize - ms0 - from))),
                );
                canon.text.push_str(&m.q.text[from..]);
                h = canon.hashes();
                hc = canon.cuts();
            }
        }
        pending = rest;
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    // Where each wording lies in the claim's text; None when it shares no run of
    // `MIN_WORDS` words with it (it came in through a chain of other members).
    let mut covers_of: KeyMap<usize, Option<(Span, bool)>> = KeyMap::default();
    for &rep in &distinct {
        let al = align(&h, &forms[rep], &hc, &cut_forms[rep]);
        // (a wording whose words stand between cuts one by one aligns nowhere, itself
        // included: no stretch of two words to start from)
        let cov = (al.matched > 0 && (rep == base || al.run >= MIN_WORDS)).then(|| {
            let whole = al.exact() && al.a1 - al.a0 == h.len() && al.b1 - al.b0 == forms[rep].len();
            (Span::new(canon.toks[al.a0].1, canon.toks[al.a1 - 1].2).expect("ordered"), whole)
        });
        covers_of.insert(rep, cov);
    }
    let apart: Vec<bool> = (0..ms.len()).map(|i| covers_of[&rep_of[i]].is_none()).collect();
    let mut out = Vec::new();
    if apart.iter().any(|&a| a) {
        // The members set apart, in groups joined by their own edges, each its own claim.
        let mut apart_edges: Vec<(u32, u32)> = edges.iter().filter(|&&(a, b)| apart[a] && apart[b]).map(|&(a, b)| (a.min(b) as u32, a.max(b) as u32)).collect();
        for (g, sub) in UnionFind::new(ms.len()).clusters_with_edges(&mut apart_edges) {
            let occs: Vec<Occ> = g.iter().map(|&i| occs[order[i as usize]]).collect();
            out.extend(quote_claim(src, units, occs, &sub));
        }
    }
    let ms: Vec<&M> = ms.iter().zip(&apart).filter(|(_, &a)| !a).map(|(m, _)| m).collect();
    let rep_of: Vec<usize> = rep_of.iter().zip(&apart).filter(|(_, &a)| !a).map(|(&r, _)| r).collect();
    if ms.len() < 2 {
        return out;
    }
    let mut members: Vec<Member> = Vec::with_capacity(ms.len());
    let mut ranges = Vec::with_capacity(ms.len());
    for (i, m) in ms.iter().enumerate() {
        let cov = covers_of[&rep_of[i]];
        let matching = if m.q.text == canon.text {
            Matching::Identical
        } else if cov.is_some_and(|c| c.1) {
            Matching::Normalised
        } else {
            Matching::Partial
        };
        ranges.push(cov.map(|c| c.0));
        members.push(Member {
            doc: src.name(m.doc).to_string(),
            span: m.q.span,
            text: m.q.text.clone(),
            quote: Some(m.q.id.clone()),
            speaker: m.q.speaker.clone(),
            matching,
            covers: cov.map(|c| c.0),
            why: None,
        });
    }
    // A fragment is `split` when a sibling from the same document covers another part of
    // the claim: together they carry more of it than either alone, whether the writer
    // cut it with `Legend explained.` in one paragraph or resumed it paragraphs later
    // (`Legend continued, saying:`). Distance and cue do not matter; what is cut is what
    // the `covers` ranges show. A sibling woven into the writer's sentence does not
    // count: the rest of the quote was then told in the writer's words, not quoted.
    //
    // A fragment that repeats another of the same document (a pull quote above the
    // article, say) is not a piece of the split: of fragments covering the same range,
    // only the one nearest to a sibling covering another part is.
    let quoted = |j: usize, i: usize| j != i && ms[j].doc == ms[i].doc && !ms[j].q.partial;
    // The members of each one's document: a run, as members are in document order (only
    // those are siblings; looking through all members made a claim quoted in thousands
    // of documents quadratic).
    let mut same_doc: Vec<std::ops::Range<usize>> = Vec::with_capacity(ms.len());
    for run in ms.chunk_by(|a, b| a.doc == b.doc) {
        let start = same_doc.len();
        same_doc.extend(std::iter::repeat_n(start..start + run.len(), run.len()));
    }
    // For each candidate fragment: the distance in bytes to the nearest sibling that
    // covers another part of the claim, if any.
    let nearest: Vec<Option<usize>> = (0..ms.len())
        .map(|i| {
            if members[i].matching != Matching::Partial || ms[i].q.partial {
                return None;
            }
            same_doc[i]
                .clone()
                .filter(|&j| quoted(j, i) && matches!((ranges[i], ranges[j]), (Some(a), Some(b)) if !a.overlaps(b)))
                .map(|j| gap(ms[i].q.span, ms[j].q.span))
                .min()
        })
        .collect();
    for i in 0..ms.len() {
        let Some(d) = nearest[i] else { continue };
        let Some(r) = ranges[i] else { continue };
        let repeat = same_doc[i].clone().any(|j| {
            quoted(j, i)
                && ranges[j].is_some_and(|q| q.start() <= r.start() && r.end() <= q.end())
                && (ranges[j] != Some(r) || nearest[j].is_some_and(|dj| (dj, j) < (d, i)))
        });
        if !repeat {
            members[i].matching = Matching::Split;
        }
    }
    out.push(attributed(Claim { id: String::new(), text: canon.text, kind: ClaimKind::Quote, ..Claim::default() }, members));
    out
}

/// `claim` with its members and what they say of who said it.
fn attributed(mut claim: Claim, members: Vec<Member>) -> Claim {
    Attribution::of(&members).apply(&mut claim);
    claim.members = members;
    claim
}

/// The log-odds ([`FACT_WEIGHTS`]) that two fact sentences state one fact, from their
/// cosine, the terms they share and their places in their articles (each in 0..1).
fn fact_odds(cosine: f64, shared: usize, at: (f64, f64)) -> f64 {
    let [bias, w_cosine, w_shared, w_apart] = FACT_WEIGHTS;
    bias + w_cosine * cosine + w_shared * (shared as f64).ln_1p() + w_apart * (at.0 - at.1).abs()
}

/// Whether two fact sentences link: [`FACT_LINK`], and two terms shared at least (one
/// shared name is a topic, not a fact).
fn links_fact(odds: f64, shared: usize) -> bool {
    odds >= FACT_LINK && shared >= 2
}

fn gap(a: Span, b: Span) -> usize {
    if a.end() <= b.start() {
        b.start() - a.end()
    } else if b.end() <= a.start() {
        a.start() - b.end()
    } else {
        0
    }
}

/// The fact clusters (indexes into the sentences, sorted), each linked sentence's
/// strongest link (the one its `why` names), and where each sentence is. The terms are
/// freed as soon as the index is built.
fn fact_clusters(mut facts: FactTerms, story: &[u32]) -> (Vec<Vec<u32>>, KeyMap<u32, u32>, Vec<Occ>) {
    let count = facts.len();
    let occ = std::mem::take(&mut facts.occ);
    let n = count as f64;
    // Terms interned as dense numbers, given in the order of their hashes: a sentence's
    // terms stay in the same order (sorted by hash, as the features give them), so every
    // sum below adds the same numbers in the same order as over the hashes themselves.
    // The pairs then read one flat array of small numbers and index the weights, instead
    // of following a pointer per sentence and hashing per shared term.
    let mut hashes: Vec<u64> = (0..count).flat_map(|g| facts.terms(g).map(|t| t.0)).collect();
    hashes.sort_unstable();
    hashes.dedup();
    let ids: KeyMap<u64, u32> = hashes.iter().enumerate().map(|(i, &h)| (h, i as u32)).collect();
    let mut df = vec![0u32; hashes.len()];
    drop(hashes);
    let id_of = |h: u64| ids[&h];
    // Per sentence, in one flat array: its terms, then its numbers, then its dates.
    struct Fact {
        start: u32,
        terms: u32,
        numbers: u32,
        dates: u32,
        total: f64,
    }
    let mut flat: Vec<u32> = Vec::with_capacity((0..count).map(|g| facts.terms(g).len()).sum());
    let mut layout: Vec<Fact> = Vec::with_capacity(count);
    for g in 0..count {
        let start = flat.len() as u32;
        flat.extend(facts.terms(g).map(|t| id_of(t.0)));
        for kind in [TermKind::Number, TermKind::Date] {
            for (k, t) in facts.terms(g).enumerate() {
                if t.1 == kind {
                    flat.push(flat[start as usize + k]);
                }
            }
        }
        let count = |k: TermKind| facts.terms(g).filter(|t| t.1 == k).count() as u32;
        let terms = facts.terms(g).len();
        layout.push(Fact { start, terms: terms as u32, numbers: count(TermKind::Number), dates: count(TermKind::Date), total: 0.0 });
        for t in &flat[start as usize..start as usize + terms] {
            df[*t as usize] += 1;
        }
    }
    drop(ids);
    // A term's weight in the cosine: the square of its smoothed inverse frequency over the
    // corpus's sentences (terms are binary: a sentence names a thing once or not at all).
    // Smoothed so that in a corpus of two articles the words both share still count.
    let weight: Vec<f64> = df.iter().map(|&d| (((1.0 + n) / (1.0 + f64::from(d))).ln() + 1.0).powi(2)).collect();
    let terms_of = |f: &Fact| &flat[f.start as usize..(f.start + f.terms) as usize];
    for f in &mut layout {
        f.total = flat[f.start as usize..(f.start + f.terms) as usize].iter().map(|&t| weight[t as usize]).sum();
    }
    let numbers_of = |f: &Fact| &flat[(f.start + f.terms) as usize..(f.start + f.terms + f.numbers) as usize];
    let dates_of = |f: &Fact| &flat[(f.start + f.terms + f.numbers) as usize..(f.start + f.terms + f.numbers + f.dates) as usize];
    // Candidates: sentences of one story sharing a term other than a common word.
    let mut index: Postings<u64> = Postings::new();
    for g in 0..count {
        index.item();
        let s = u64::from(story[occ[g].doc as usize]) << 32;
        for (t, &id) in facts.terms(g).zip(terms_of(&layout[g])) {
            if t.1 != TermKind::Word || f64::from(df[id as usize]) * 50.0 < n {
                index.add(s | u64::from(id));
            }
        }
    }
    // Both give values of a kind, and none of them agree.
    let contradict = |x: &[u32], y: &[u32]| !x.is_empty() && !y.is_empty() && !x.iter().any(|v| y.contains(v));
    // Each sentence's place in its article, as a share of the article's fact sentences
    // (sentences are numbered article by article, in order).
    let at: Vec<f64> = (0..count)
        .map(|g| {
            let d = occ[g].doc as usize;
            let (first, end) = (facts.by_doc[d], facts.by_doc[d + 1]);
            (g - first) as f64 / (end - first) as f64
        })
        .collect();
    let lead = std::mem::take(&mut facts.lead);
    let score = |ga: u32, gb: u32| -> Option<f64> {
        let (fa, fb) = (&layout[ga as usize], &layout[gb as usize]);
        // Numbers and dates: two sentences that each give some and share none tell of
        // different events (`In 2018, ...` and `In 2020, ...`). Names do not block: outlets
        // name the same people and places in other ways (`D-N.C.` and `of North
        // Carolina`), and on `basil-dev` that check, and one on who acts first, cost more
        // right links than wrong ones they stopped.
        if contradict(numbers_of(fa), numbers_of(fb)) || contradict(dates_of(fa), dates_of(fb)) {
            return None;
        }
        if fa.total == 0.0 || fb.total == 0.0 {
            return None;
        }
        let (a, b) = (terms_of(fa), terms_of(fb));
        let (mut shared, mut count) = (0.0, 0);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            if x < y {
                i += 1;
            } else if y < x {
                j += 1;
            } else {
                shared += weight[x as usize];
                count += 1;
                i += 1;
                j += 1;
            }
        }
        let cosine = shared / (fa.total * fb.total).sqrt();
        let odds = fact_odds(cosine, count, (at[ga as usize], at[gb as usize]));
        if links_fact(odds, count) {
            Some(odds)
        } else if cosine >= LEAD_SCORE && count >= 2 && lead[ga as usize] && lead[gb as usize] {
            Some(FACT_LINK)
        } else {
            None
        }
    };
    // Every verified pair with its odds; then each sentence keeps, per other document,
    // only its best partner, and a pair links when each is the other's best: one article
    // states a fact in one sentence, so the others it resembles are weaker matches.
    facts.drop_terms();
    index.finish();
    let mut scored: Vec<(u32, u32, f64)> = in_parallel(count, 4096, |gb, partners, out| {
        index.partners(gb, partners);
        for &ga in partners.iter() {
            if occ[ga as usize].doc == occ[gb as usize].doc {
                continue;
            }
            if let Some(odds) = score(ga, gb) {
                out.push((ga, gb, odds));
            }
        }
    });
    scored.sort_by_key(|x| (x.0, x.1));
    // Each sentence's best partner in each other document: the highest odds, the first
    // partner on a tie. Sentences are numbered document by document and a pair's first
    // sentence is the earlier, so a sentence's partners in one other document are all
    // after it or all before it, and are contiguous once the pairs are sorted by the
    // sentence, then the partner: a scan finds each best, with no map of millions of
    // (sentence, document) keys.
    let best_of = |order: &mut dyn Iterator<Item = usize>, x: &dyn Fn(usize) -> u32, y: &dyn Fn(usize) -> u32| -> Vec<bool> {
        let mut best = vec![false; scored.len()];
        let mut group: Option<(u32, u32, usize)> = None;
        for i in order {
            let key = (x(i), occ[y(i) as usize].doc);
            match group {
                Some((gx, gd, b)) if (gx, gd) == key => {
                    if scored[i].2 > scored[b].2 {
                        best[b] = false;
                        best[i] = true;
                        group = Some((gx, gd, i));
                    }
                }
                _ => {
                    best[i] = true;
                    group = Some((key.0, key.1, i));
                }
            }
        }
        best
    };
    let first_best = best_of(&mut (0..scored.len()), &|i| scored[i].0, &|i| scored[i].1);
    let mut by_second: Vec<u32> = (0..scored.len() as u32).collect();
    by_second.sort_unstable_by_key(|&i| (scored[i as usize].1, scored[i as usize].0));
    let second_best = best_of(&mut by_second.iter().map(|&i| i as usize), &|i| scored[i].1, &|i| scored[i].0);
    drop(by_second);
    let mut edges: Vec<(u32, u32, f64)> = scored.iter().enumerate().filter(|&(i, _)| first_best[i] && second_best[i]).map(|(_, &e)| e).collect();
    drop(scored);
    // A claim holds at most one sentence of each article (it states a fact once), so a
    // link that would chain two sentences of one article into a claim is left out; the
    // strongest links go first and decide which.
    edges.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    let mut joined = UnionFind::new(occ.len());
    // Each joined group's articles, under its root; the smaller set is probed and poured
    // into the larger, so a claim of thousands of members costs n log n, not n².
    type Articles = std::collections::HashSet<u32, std::hash::BuildHasherDefault<KeyHasher>>;
    let mut docs_in: KeyMap<u32, Articles> = KeyMap::default();
    let mut kept: Vec<(u32, u32)> = Vec::with_capacity(edges.len());
    // Each sentence's strongest kept link: the partner its `why` names.
    let mut strongest: KeyMap<u32, u32> = KeyMap::default();
    for &(a, b, _) in &edges {
        let (ra, rb) = (joined.find(a), joined.find(b));
        if ra == rb {
            continue;
        }
        let da = (ra, docs_in.remove(&ra).unwrap_or_else(|| Articles::from_iter([occ[a as usize].doc])));
        let db = (rb, docs_in.remove(&rb).unwrap_or_else(|| Articles::from_iter([occ[b as usize].doc])));
        let (mut large, small) = if da.1.len() >= db.1.len() { (da, db) } else { (db, da) };
        if small.1.iter().any(|d| large.1.contains(d)) {
            docs_in.insert(large.0, large.1);
            docs_in.insert(small.0, small.1);
            continue;
        }
        large.1.extend(small.1);
        joined.union(a, b);
        docs_in.insert(joined.find(a), large.1);
        kept.push((a, b));
        strongest.entry(a).or_insert(b);
        strongest.entry(b).or_insert(a);
    }
    (UnionFind::new(occ.len()).clusters(&mut kept), strongest, occ)
}

/// The claim of the fact cluster `c` (indexes into `occ`), its members' sentences in
/// `units`; `why` says whether each member names its strongest link ([`fact_clusters`]).
fn fact_claim(src: &dyn Features, units: &Units, occ: &[Occ], strongest: &KeyMap<u32, u32>, c: &[u32], why: bool) -> Claim {
    let mut ms: Vec<(usize, &FactUnit, u32)> = c.iter().map(|&g| (occ[g as usize].doc as usize, units.fact(occ[g as usize]), g)).collect();
    ms.sort_by(|a, b| (src.name(a.0), a.1.span).cmp(&(src.name(b.0), b.1.span)));
    let canon = ms[0].1.text.clone();
    let folded = fold(&canon);
    let whole = Span::new(0, canon.len());
    let members = ms
        .iter()
        .map(|&(d, fact, g)| {
            let text = fact.text.clone();
            let why = strongest
                .get(&g)
                .filter(|_| why)
                .map(|&p| Why { with: src.name(occ[p as usize].doc as usize).to_string(), shared: fact.shared_words(units.fact(occ[p as usize])) });
            let matching = if text == canon {
                Matching::Identical
            } else if fold(&text) == folded {
                Matching::Normalised
            } else {
                Matching::Paraphrase
            };
            Member {
                doc: src.name(d).to_string(),
                span: fact.span,
                text,
                quote: fact.quote.clone(),
                speaker: fact.speaker.clone(),
                covers: (matching != Matching::Paraphrase).then_some(whole).flatten(),
                matching,
                why,
            }
        })
        .collect();
    attributed(Claim { id: String::new(), text: canon, kind: ClaimKind::Fact, ..Claim::default() }, members)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::fnv;

    /// [`stories`] of documents in memory.
    fn stories_of(docs: &[(&str, &DocFeatures)], shared_quote: &[(u32, u32)]) -> Vec<u32> {
        let compact = Compact::of(&docs).expect("features in memory");
        stories(&compact.facts, docs.len(), shared_quote)
    }

    /// A document whose one fact sentence holds these terms, each given by a number.
    fn doc(terms: impl IntoIterator<Item = u64>) -> DocFeatures {
        let mut terms: Vec<(u64, TermKind)> = terms.into_iter().map(|t| (fnv(t.to_le_bytes()), TermKind::Word)).collect();
        terms.sort_unstable();
        let fact = FactUnit { span: Span::new(0, 0).unwrap(), text: String::new(), terms, at: Vec::new(), quote: None, speaker: None, lead: false };
        DocFeatures { quotes: Vec::new(), facts: vec![fact] }
    }

    /// A document whose fact sentences hold terms of `kind`, each sentence given by the
    /// ranges (start, end) of the numbers of its terms.
    fn of_kind(kind: TermKind, sentences: &[&[(u64, u64)]]) -> DocFeatures {
        let facts = sentences
            .iter()
            .enumerate()
            .map(|(k, r)| {
                let mut terms: Vec<(u64, TermKind)> = r.iter().flat_map(|&(a, b)| a..b).map(|t| (fnv(t.to_le_bytes()), kind)).collect();
                terms.sort_unstable();
                FactUnit { span: Span::new(10 * k, 10 * k + 5).unwrap(), text: format!("sentence {k}"), terms, at: Vec::new(), quote: None, speaker: None, lead: false }
            })
            .collect();
        DocFeatures { quotes: Vec::new(), facts }
    }

    /// A document whose fact sentences hold these names (see [`of_kind`]).
    fn named(sentences: &[&[(u64, u64)]]) -> DocFeatures {
        of_kind(TermKind::Name, sentences)
    }

    /// Documents in memory, each with a stamp, as the engine's cache gives them.
    struct Stamped<'a>(&'a [(&'a str, &'a DocFeatures)]);

    impl Features for Stamped<'_> {
        fn len(&self) -> usize {
            self.0.len()
        }
        fn name(&self, doc: usize) -> &str {
            self.0[doc].0
        }
        fn get(&self, doc: usize) -> Option<std::borrow::Cow<'_, DocFeatures>> {
            Some(std::borrow::Cow::Borrowed(self.0[doc].1))
        }
        fn stamp(&self, doc: usize) -> Option<&str> {
            Some(self.0[doc].0)
        }
    }

    /// A fact member's `why` names its strongest link, which the corpus's weights can
    /// move to another member while the claim's sentences stay as they were, and the
    /// words the two share, which follow the sentences' terms (a hand edit of the
    /// speakers can change those and leave the text). The claim's content is the same
    /// whether or not the `why`s are made, and it changes when a strongest link or a
    /// member's terms do, so that its shard is made again.
    #[test]
    fn a_fact_claims_content_follows_its_members_strongest_links_and_terms() {
        let feats = [named(&[&[(1, 7)]]), named(&[&[(1, 7)]]), named(&[&[(1, 7)]])];
        let docs: Vec<(&str, &DocFeatures)> = ["a", "b", "c"].into_iter().zip(&feats).collect();
        let src = Stamped(&docs);
        let mut linked = Linked::new(&src, usize::MAX).expect("features in memory");
        assert_eq!(linked.facts.len(), 1, "one fact cluster");
        assert_eq!(linked.facts[0].len(), 3, "of three sentences");
        let content = |l: &Linked, why: bool| l.make(&src, &[Builder::Fact(0)], why).expect("features in memory")[0].3;
        let before = content(&linked, false);
        assert_eq!(content(&linked, true), before);
        let g = linked.facts[0][0];
        let to = linked.strongest[&g];
        let other = *linked.facts[0].iter().find(|&&h| h != g && h != to).expect("a third member");
        linked.strongest.insert(g, other);
        assert_ne!(content(&linked, false), before);
        linked.strongest.insert(g, to);
        assert_eq!(content(&linked, false), before);
        // the same sentences, the words where the first document's terms stand moved
        let mut moved = feats.clone();
        moved[0].facts[0].at = (0..moved[0].facts[0].terms.len() as u32).collect();
        let docs: Vec<(&str, &DocFeatures)> = ["a", "b", "c"].into_iter().zip(&moved).collect();
        let (_, _, claim, after) = linked.make(&Stamped(&docs), &[Builder::Fact(0)], false).expect("features in memory").remove(0);
        assert_eq!(claim, linked.make(&src, &[Builder::Fact(0)], false).expect("features in memory").remove(0).2, "the claim as printed without `why`s");
        assert_ne!(after, before);
    }

    /// A memo that is not the stage's own (its checksum good, its content forged) is
    /// found out when the claims are made, not trusted: a remembered slug, first member,
    /// size or number of claims that the cluster does not make gives no claims.
    #[test]
    fn a_forged_memo_gives_no_claims_rather_than_wrong_ones() {
        let feats = [named(&[&[(1, 7)], &[(20, 26)]]), named(&[&[(1, 7), (10, 16)]]), named(&[&[(10, 16), (20, 26)]])];
        let docs: Vec<(&str, &DocFeatures)> = ["a", "b", "c"].into_iter().zip(&feats).collect();
        let src = Stamped(&docs);
        let honest = Linked::new(&src, usize::MAX).expect("features in memory").memo(&src);
        assert!(!honest.is_empty());
        type Forge<'a> = &'a dyn Fn(&mut Vec<Known>);
        let forgeries: [Forge; 4] = [
            &|k| k[0].base.push_str("-forged"),
            &|k| k[0].first = "b".into(),
            &|k| k[0].members += 1,
            &|k| {
                let extra = k[0].clone();
                k.push(extra);
            },
        ];
        for forge in forgeries {
            let mut memo = honest.clone();
            for known in memo.known.values_mut() {
                forge(known);
            }
            let mut linked = Linked::with_memo(&src, usize::MAX, &memo).expect("features in memory");
            assert_eq!(linked.claims(&src, |_| true), None);
        }
        let mut linked = Linked::with_memo(&src, usize::MAX, &honest).expect("features in memory");
        assert_eq!(linked.claims(&src, |_| true).map(|c| c.claims), Some(link(&docs).claims));
    }

    /// `a` tells two facts in two sentences; `b` tells the first with more, and `c` that
    /// more with the second, in its second sentence. Each link is every side's best, and
    /// together they chain both of `a`'s sentences into one claim. An article states a
    /// fact once: the weakest link (`b`'s first sentence with `c`'s second, the farthest
    /// apart in their articles), the one that would join them, is left out, and each of
    /// `a`'s sentences keeps its own claim.
    #[test]
    fn a_fact_claim_holds_one_sentence_of_each_article() {
        let feats = [named(&[&[(1, 7)], &[(20, 26)]]), named(&[&[(1, 7), (10, 16)]]), named(&[&[(90, 91)], &[(10, 16), (20, 26)]])];
        let docs: Vec<(&str, &DocFeatures)> = ["a", "b", "c"].into_iter().zip(&feats).collect();
        let claims = link(&docs).claims;
        let facts: Vec<Vec<(&str, usize)>> =
            claims.iter().filter(|c| c.kind == ClaimKind::Fact).map(|c| c.members.iter().map(|m| (m.doc.as_str(), m.span.start())).collect()).collect();
        assert_eq!(facts, [vec![("a", 0), ("b", 0)], vec![("a", 10), ("c", 10)]], "{claims:#?}");
    }

    /// Two articles' first sentences share three names of ten: too few for two sentences
    /// of the body, even at one height of their articles, enough for two leads of one
    /// story, which tell the event itself.
    #[test]
    fn two_leads_of_one_story_link_on_fewer_shared_terms() {
        let linked = |lead: bool| {
            let mut feats = [named(&[&[(1, 4), (10, 17)]]), named(&[&[(1, 4), (20, 27)]])];
            for f in &mut feats {
                f.facts[0].lead = lead;
            }
            let docs: Vec<(&str, &DocFeatures)> = ["a", "b"].into_iter().zip(&feats).collect();
            link(&docs).claims.iter().filter(|c| c.kind == ClaimKind::Fact).count()
        };
        assert_eq!(linked(false), 0);
        assert_eq!(linked(true), 1);
    }

    /// `a` opens with a fact that `b` tells in other words, sharing three names of seven
    /// (a cosine of 0.35). Outlets tell an event in the same order: told at the top of
    /// both articles, the sentences link; told at the top of one and the foot of the
    /// other, the same overlap is more likely two facts about the same people.
    #[test]
    fn two_sentences_link_on_fewer_shared_terms_at_one_height_of_their_articles() {
        let fact_claims = |b_first: bool| {
            let a = named(&[&[(1, 4), (10, 14)], &[(100, 110)], &[(110, 120)], &[(120, 130)]]);
            let mut b: Vec<&[(u64, u64)]> = vec![&[(200, 210)], &[(210, 220)], &[(220, 230)]];
            b.insert(if b_first { 0 } else { 3 }, &[(1, 4), (20, 24)]);
            let b = named(&b);
            let docs: Vec<(&str, &DocFeatures)> = vec![("a", &a), ("b", &b)];
            link(&docs).claims.iter().filter(|c| c.kind == ClaimKind::Fact).count()
        };
        assert_eq!(fact_claims(true), 1);
        assert_eq!(fact_claims(false), 0);
    }

    /// `a`'s one sentence has two partners in `b`: its first sentence, at the same height,
    /// and its second, halfway down, which holds the three shared names and nothing else
    /// (a higher cosine, 0.59 against 0.42). The odds of stating one fact weigh where
    /// each stands, so `a` links with the first, not with the higher cosine.
    #[test]
    fn the_odds_not_the_cosine_pick_a_sentences_partner() {
        let feats = [named(&[&[(1, 4), (10, 12)]]), named(&[&[(1, 4), (20, 21)], &[(1, 4)]])];
        let docs: Vec<(&str, &DocFeatures)> = ["a", "b"].into_iter().zip(&feats).collect();
        let claims = link(&docs).claims;
        let facts: Vec<Vec<(&str, usize)>> =
            claims.iter().filter(|c| c.kind == ClaimKind::Fact).map(|c| c.members.iter().map(|m| (m.doc.as_str(), m.span.start())).collect()).collect();
        assert_eq!(facts, [vec![("a", 0), ("b", 0)]], "{claims:#?}");
    }

    /// A document whose fact sentences hold these content words (see [`of_kind`]).
    fn sentences(sentences: &[&[(u64, u64)]]) -> DocFeatures {
        of_kind(TermKind::Word, sentences)
    }

    /// `x` tells the story of `y1` and `y2` (three terms it comes back to in four
    /// sentences) and names, in one sentence, four terms of the story of `m` and `z`.
    /// It shares more distinct terms with `m`, but it belongs with `y1`: a term weighs by
    /// how many of a document's sentences hold it.
    #[test]
    fn a_document_joins_the_story_it_comes_back_to_not_one_it_names_once() {
        let feats = [
            sentences(&[&[(100, 104), (200, 225)]]), // m
            sentences(&[&[(1, 4)], &[(1, 4)], &[(1, 4)], &[(1, 4)], &[(100, 104)]]), // x
            sentences(&[&[(1, 4), (10, 20)], &[(1, 4), (20, 30)], &[(1, 4)], &[(1, 4), (30, 35)]]), // y1
            sentences(&[&[(10, 35)]]), // y2
            sentences(&[&[(200, 225)]]), // z
        ];
        let docs: Vec<(&str, &DocFeatures)> = ["m", "x", "y1", "y2", "z"].into_iter().zip(&feats).collect();
        let story = stories_of(&docs, &[]);
        assert_eq!(story[1], story[2], "{story:?}");
        assert_ne!(story[1], story[0], "{story:?}");
        assert_eq!(story[0], story[4], "{story:?}");
    }

    /// `x` shares three terms with `y1` (whose story with `y2` is told by 29 more) and two
    /// with `m` (whose story with `z` is told by 30 more), and a long quote with `m`. By its
    /// terms alone its nearest is `y1`, which would join it to that story; the quote makes
    /// `m` its nearest, and `y1`'s story stays without it.
    #[test]
    fn a_shared_long_quote_picks_the_nearest_document() {
        let feats = [
            doc((100..102).chain(200..230)),         // m: C and D
            doc((1..4).chain(100..102)),             // x: B and C
            doc((1..4).chain(10..39)),               // y1: B and A
            doc(10..39),                             // y2: A
            doc(200..230),                           // z: D
        ];
        let names = ["m", "x", "y1", "y2", "z"];
        let docs: Vec<(&str, &DocFeatures)> = names.iter().copied().zip(&feats).collect();
        let by_terms = stories_of(&docs, &[]);
        assert_eq!(by_terms[1], by_terms[2], "by its terms, x joins y1: {by_terms:?}");
        let with_quote = stories_of(&docs, &[(0, 1)]);
        assert_eq!(with_quote[1], with_quote[0], "{with_quote:?}");
        assert_ne!(with_quote[1], with_quote[2], "{with_quote:?}");
        assert_eq!(with_quote[2], with_quote[3], "{with_quote:?}");
    }
}
