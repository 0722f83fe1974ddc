//! The corpus-wide step: candidates from inverted indexes, verification around anchors,
//! clusters by union-find over sorted edges, then one claim per cluster.

use super::features::{fnv, DocFeatures, QuoteUnit, TermKind, Tok};
use contract::{Claim, ClaimKind, Claims, Matching, Member};
use contract::ids::slug;
use contract::span::Span;
use contract::text::fold;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How many earlier postings of the same key each posting is compared with, besides
/// the list's head. A small constant keeps the candidate count linear when a passage
/// recurs in thousands of documents; union-find supplies the transitive links.
const WINDOW: usize = 4;
/// The words two quotes must share in one aligned run to link, unless the run is the
/// whole of the shorter quote: eight words in a row rarely recur by chance.
const MIN_RUN: usize = 8;
/// The fewest words of a quote that can link at all, and then only if all of them
/// appear in a row in the other quote (`never a part`).
const MIN_WORDS: usize = 3;
/// The weighted overlap two fact sentences need (shared weight over the geometric mean
/// of their weights, people left out), on top of the agreement checks. On the seeds the
/// true pairs score 0.25 to 0.32 and the closest wrong ones 0.20 to 0.23 (a different
/// act on Twitter, a photo of a hat); rather miss a link than make a wrong one.
const FACT_SCORE: f64 = 0.25;

struct UnionFind(Vec<u32>);

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
}

/// Feeds each posting list's candidate pairs to `verify`: every posting against the list's
/// head and its `WINDOW` predecessors.
fn candidates<K: std::hash::Hash + Eq, P: Copy>(
    index: HashMap<K, Vec<P>>,
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

fn gram(t: &[Tok]) -> u64 {
    t[0].h.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ t[1].h.rotate_left(21).wrapping_mul(0xc2b2_ae3d_27d4_eb4f) ^ t[2].h.rotate_left(42)
}

/// The longest run of equal words shared by `a` and `b`: (start in a, start in b, length).
/// Quadratic in the two lengths, which are those of single quotes.
fn longest_run(a: &[u64], b: &[u64]) -> (usize, usize, usize) {
    let mut best = (0, 0, 0);
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            if cur[j + 1] > best.2 {
                best = (i + 1 - cur[j + 1], j + 1 - cur[j + 1], cur[j + 1]);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

fn links(run: usize, a: usize, b: usize) -> bool {
    run >= MIN_RUN || (run == a.min(b) && run >= MIN_WORDS)
}

/// A quote or sentence occurrence: document index and index in its features.
#[derive(Clone, Copy)]
struct Occ {
    doc: u32,
    unit: u32,
}

/// The documents being linked: each one's name and features, sorted by name.
type Docs<'a, 'f> = [(&'a str, &'f DocFeatures)];

/// The corpus-wide step: links the documents' features into claims. `docs` holds each
/// document's name and its [`features`](super::features), sorted by name (names unique).
/// Everything corpus-wide (the people known from all quotes' speakers, the terms' inverse
/// frequencies, the candidate indexes) is computed here, from the features alone.
pub fn link(docs: &[(&str, &DocFeatures)]) -> Claims {
    debug_assert!(docs.windows(2).all(|w| w[0].0 < w[1].0), "link: documents not sorted by name");
    let mut claims = quote_claims(docs);
    claims.extend(fact_claims(docs));
    claims.sort_by(|a, b| (&a.members[0].doc, a.members[0].span, a.kind).cmp(&(&b.members[0].doc, b.members[0].span, b.kind)));
    let mut seen: HashSet<String> = HashSet::new();
    for c in &mut claims {
        let base = format!("c-{}", slug(&c.text, 6, 48));
        let mut id = base.clone();
        let mut n = 0u64;
        // A collision is rare (two claims whose first six words agree); the suffix is a
        // checksum of the claim's own text so it does not depend on the other claims.
        while !seen.insert(id.clone()) {
            id = format!("{base}-{:04x}", (fnv(fold(&c.text).bytes()).wrapping_add(n)) & 0xffff);
            n += 1;
        }
        c.id = id;
    }
    Claims { claims, unresolved: Vec::new() }
}

fn quote_claims(docs: &Docs<'_, '_>) -> Vec<Claim> {
    let mut occ = Vec::new();
    let mut index: HashMap<u64, Vec<(u32, u32)>> = HashMap::new();
    for (d, (_, f)) in docs.iter().enumerate() {
        for (u, q) in f.quotes.iter().enumerate() {
            if q.toks.len() < MIN_WORDS {
                continue;
            }
            let g = occ.len() as u32;
            occ.push(Occ { doc: d as u32, unit: u as u32 });
            for (p, w) in q.toks.windows(3).enumerate() {
                index.entry(gram(w)).or_default().push((g, p as u32));
            }
        }
    }
    let toks = |o: Occ| &docs[o.doc as usize].1.quotes[o.unit as usize].toks;
    let mut edges = Vec::new();
    let mut tried: HashSet<(u32, u32)> = HashSet::new();
    candidates(index, |(ga, pa), (gb, pb)| {
        if ga == gb {
            return;
        }
        let key = (ga.min(gb), ga.max(gb));
        if tried.contains(&key) {
            return;
        }
        let (a, b) = (toks(occ[ga as usize]), toks(occ[gb as usize]));
        // Extend the shared 3-gram both ways: the alignment around the anchor.
        let (mut i, mut j) = (pa as usize, pb as usize);
        while i > 0 && j > 0 && a[i - 1].h == b[j - 1].h {
            i -= 1;
            j -= 1;
        }
        let mut run = 0;
        while i + run < a.len() && j + run < b.len() && a[i + run].h == b[j + run].h {
            run += 1;
        }
        if links(run, a.len(), b.len()) {
            tried.insert(key);
            edges.push(key);
        }
    });
    let clusters = UnionFind::new(occ.len()).clusters(&mut edges);
    clusters.into_iter().map(|c| quote_claim(docs, c.into_iter().map(|g| occ[g as usize]).collect())).collect()
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
}

fn quote_claim(docs: &Docs<'_, '_>, occs: Vec<Occ>) -> Claim {
    struct M<'a> {
        doc: usize,
        q: &'a QuoteUnit,
        toks: &'a [Tok],
    }
    let mut ms: Vec<M> = occs
        .iter()
        .map(|o| {
            let q = &docs[o.doc as usize].1.quotes[o.unit as usize];
            M { doc: o.doc as usize, q, toks: &q.toks }
        })
        .collect();
    ms.sort_by(|a, b| (docs[a.doc].0, a.q.span).cmp(&(docs[b.doc].0, b.q.span)));
    // Distinct wordings, so that a passage repeated in many documents is aligned once.
    let forms: Vec<Vec<u64>> = ms.iter().map(|m| m.toks.iter().map(|t| t.h).collect()).collect();
    let mut first_of: HashMap<Vec<u64>, usize> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        first_of.entry(f.clone()).or_insert(i);
    }
    let mut distinct: Vec<usize> = first_of.values().copied().collect();
    distinct.sort_unstable();
    // The base is the longest wording; ties go to the first member.
    let base = *distinct.iter().max_by_key(|&&i| (ms[i].toks.len(), std::cmp::Reverse(i))).unwrap();
    let mut canon = Canon::of(&ms[base].q.text, ms[base].q.span.start(), ms[base].toks);
    let mut pending: Vec<usize> = distinct.into_iter().filter(|&i| i != base).collect();
    loop {
        let before = pending.len();
        let mut rest = Vec::new();
        for &i in &pending {
            let h = canon.hashes();
            let (ci, mi, len) = longest_run(&h, &forms[i]);
            if !links(len, h.len(), forms[i].len()) {
                rest.push(i);
                continue;
            }
            let m = &ms[i];
            let ms0 = m.q.span.start();
            if ci == 0 && mi > 0 {
                // The member starts earlier than the canonical text: prepend its head.
                let cut = m.toks[mi].start as usize - ms0;
                let head = &m.q.text[..cut];
                let mut toks: Vec<(u64, usize, usize)> =
                    m.toks[..mi].iter().map(|t| (t.h, t.start as usize - ms0, t.end as usize - ms0)).collect();
                toks.extend(canon.toks.iter().map(|&(h, s, e)| (h, s + cut, e + cut)));
                canon = Canon { text: format!("{head}{}", canon.text), toks };
            }
            let h = canon.hashes();
            let (ci, mi, len) = longest_run(&h, &forms[i]);
            if ci + len == h.len() && mi + len < forms[i].len() {
                // The member runs on past the canonical text: append its tail.
                // The tail follows the canonical text's last word, where the member's
                // matched words end; what the canonical text had after that word (its
                // closing punctuation) gives way to the member's. Offsets are counted
                // from there: the two wordings may differ in length before it (curly
                // and straight apostrophes fold alike but are not as long).
                let from = m.toks[mi + len - 1].end as usize - ms0;
                let end = canon.toks[ci + len - 1].2;
                canon.text.truncate(end);
                canon.toks.extend(m.toks[mi + len..].iter().map(|t| (t.h, end + (t.start as usize - ms0 - from), end + (t.end as usize - ms0 - from))));
                canon.text.push_str(&m.q.text[from..]);
            }
        }
        pending = rest;
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    let h = canon.hashes();
    let mut covers_of: HashMap<usize, Option<(Span, bool)>> = HashMap::new();
    let mut members: Vec<Member> = Vec::with_capacity(ms.len());
    let mut ranges = Vec::with_capacity(ms.len());
    for (i, m) in ms.iter().enumerate() {
        let rep = first_of[&forms[i]];
        let cov = *covers_of.entry(rep).or_insert_with(|| {
            let (ci, _, len) = longest_run(&h, &forms[rep]);
            (len > 0).then(|| {
                let whole = len == h.len() && len == forms[rep].len();
                (Span::new(canon.toks[ci].1, canon.toks[ci + len - 1].2).expect("ordered"), whole)
            })
        });
        let matching = if m.q.text == canon.text {
            Matching::Identical
        } else if cov.is_some_and(|c| c.1) {
            Matching::Normalised
        } else {
            Matching::Partial
        };
        ranges.push(cov.map(|c| c.0));
        members.push(Member {
            doc: docs[m.doc].0.to_string(),
            span: m.q.span,
            text: m.q.text.clone(),
            quote: Some(m.q.id.clone()),
            speaker: m.q.speaker.clone(),
            matching,
            covers: cov.map(|c| c.0),
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
    // For each candidate fragment: the distance in bytes to the nearest sibling that
    // covers another part of the claim, if any.
    let nearest: Vec<Option<usize>> = (0..ms.len())
        .map(|i| {
            if members[i].matching != Matching::Partial || ms[i].q.partial {
                return None;
            }
            (0..ms.len())
                .filter(|&j| quoted(j, i) && matches!((ranges[i], ranges[j]), (Some(a), Some(b)) if !a.overlaps(b)))
                .map(|j| gap(ms[i].q.span, ms[j].q.span))
                .min()
        })
        .collect();
    for i in 0..ms.len() {
        let Some(d) = nearest[i] else { continue };
        let Some(r) = ranges[i] else { continue };
        let repeat = (0..ms.len()).any(|j| {
            quoted(j, i)
                && ranges[j].is_some_and(|q| q.start() <= r.start() && r.end() <= q.end())
                && (ranges[j] != Some(r) || nearest[j].is_some_and(|dj| (dj, j) < (d, i)))
        });
        if !repeat {
            members[i].matching = Matching::Split;
        }
    }
    let mut by_speaker: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for m in &members {
        let docs = by_speaker.entry(m.speaker.as_deref().unwrap_or("nobody")).or_default();
        if docs.last() != Some(&m.doc.as_str()) {
            docs.push(&m.doc);
        }
    }
    let disagreement = (by_speaker.len() > 1).then(|| {
        by_speaker.iter().map(|(s, d)| format!("{s} in {}", d.join(", "))).collect::<Vec<_>>().join("; ")
    });
    Claim { id: String::new(), text: canon.text, kind: ClaimKind::Quote, disagreement, members }
}

fn links_fact(score: f64, count: usize, anchors: usize) -> bool {
    score >= FACT_SCORE && count >= 2 && anchors >= 1
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

fn fact_claims(docs: &Docs<'_, '_>) -> Vec<Claim> {
    // People: every part of a speaker id seen anywhere in the corpus (`john`, `legend`
    // for `john-legend`), so that `John` in one article and `Legend` in another agree.
    let mut person_of: HashMap<u64, Option<u32>> = HashMap::new();
    let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
    for (_, f) in docs {
        for q in &f.quotes {
            if let Some(s) = q.speaker.as_deref() {
                let n = ids.len() as u32;
                let id = *ids.entry(s).or_insert(n);
                for part in s.split('-').filter(|p| p.len() > 2) {
                    let e = person_of.entry(fnv(part.bytes())).or_insert(Some(id));
                    if *e != Some(id) {
                        // A name part two people share names neither.
                        *e = None;
                    }
                }
            }
        }
    }
    let mut occ = Vec::new();
    let mut df: HashMap<u64, u32> = HashMap::new();
    // Each sentence's terms with a person's name parts replaced by the person, so that
    // `John` and `Legend` count as the same term.
    let mut mapped: Vec<Vec<(u64, TermKind)>> = Vec::new();
    let mut facts = Vec::new();
    for (d, (_, f)) in docs.iter().enumerate() {
        for (u, s) in f.facts.iter().enumerate() {
            occ.push(Occ { doc: d as u32, unit: u as u32 });
            let mut terms: Vec<(u64, TermKind)> = s
                .terms
                .iter()
                .map(|&(h, k)| match person_of.get(&h).copied().flatten() {
                    Some(p) => (fnv(format!("person:{p}").bytes()), TermKind::Name),
                    None => (h, k),
                })
                .collect();
            terms.sort_unstable();
            terms.dedup_by_key(|t| t.0);
            for t in &terms {
                *df.entry(t.0).or_default() += 1;
            }
            mapped.push(terms);
            facts.push(s);
        }
    }
    let person_of_part = person_of;
    let person_of: HashMap<u64, Option<u32>> =
        ids.values().map(|&p| (fnv(format!("person:{p}").bytes()), Some(p))).collect();
    let n = occ.len() as f64;
    let weight = |h: u64| {
        let d = f64::from(df[&h]);
        (1.0 + (n - d + 0.5) / (d + 0.5)).ln()
    };
    let terms_of = |g: u32| &mapped[g as usize];
    let person = |h: u64| person_of.get(&h).copied().flatten();
    // What the agreement checks need of each sentence, computed once.
    struct Summary {
        persons: Vec<u32>,
        actor: Option<u32>,
        names: Vec<u64>,
        numbers: Vec<u64>,
        dates: Vec<u64>,
        total: f64,
    }
    let summaries: Vec<Summary> = mapped
        .iter()
        .zip(&facts)
        .map(|(terms, fact)| {
            let mut persons: Vec<u32> = terms.iter().filter_map(|t| person(t.0)).collect();
            persons.sort_unstable();
            persons.dedup();
            let of = |k: TermKind| -> Vec<u64> {
                terms.iter().filter(|t| t.1 == k && person(t.0).is_none()).map(|t| t.0).collect()
            };
            Summary {
                persons,
                actor: fact.actor.iter().find_map(|&h| person_of_part.get(&h).copied().flatten()),
                names: of(TermKind::Name),
                numbers: of(TermKind::Number),
                dates: of(TermKind::Date),
                total: terms.iter().filter(|t| person(t.0).is_none()).map(|t| weight(t.0)).sum(),
            }
        })
        .collect();
    // Candidates: a link needs a shared name, number or date besides the people, so only
    // those are indexed, and only for sentences that name someone.
    let mut index: HashMap<u64, Vec<u32>> = HashMap::new();
    for (g, (terms, sum)) in mapped.iter().zip(&summaries).enumerate() {
        if sum.persons.is_empty() || sum.total == 0.0 {
            continue;
        }
        for t in terms.iter().filter(|t| t.1 != TermKind::Word && person(t.0).is_none()) {
            index.entry(t.0).or_default().push(g as u32);
        }
    }
    // Both give values of a kind, and none of them agree: two different events.
    let contradict = |x: &[u64], y: &[u64]| !x.is_empty() && !y.is_empty() && !x.iter().any(|v| y.contains(v));
    let score = |ga: u32, gb: u32| -> Option<(f64, usize, usize)> {
        let (a, b) = (terms_of(ga), terms_of(gb));
        let (sa, sb) = (&summaries[ga as usize], &summaries[gb as usize]);
        let (small, large) = if sa.persons.len() <= sb.persons.len() { (&sa.persons, &sb.persons) } else { (&sb.persons, &sa.persons) };
        if small.is_empty() || !small.iter().all(|p| large.contains(p)) {
            return None;
        }
        // The same act by someone else is another fact.
        if let (Some(x), Some(y)) = (sa.actor, sb.actor) {
            if x != y {
                return None;
            }
        }
        // Names other than the people's are outlets, places, works: two sentences that
        // each name some and share none tell of different interviews or acts. Numbers
        // and dates the same.
        if contradict(&sa.names, &sb.names) || contradict(&sa.numbers, &sb.numbers) || contradict(&sa.dates, &sb.dates) {
            return None;
        }
        if sa.total == 0.0 || sb.total == 0.0 {
            return None;
        }
        // The evidence: what the two sentences say besides who they are about.
        let (mut shared, mut count, mut anchors) = (0.0, 0, 0);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            if x.0 < y.0 {
                i += 1;
            } else if y.0 < x.0 {
                j += 1;
            } else {
                if person(x.0).is_none() {
                    shared += weight(x.0);
                    count += 1;
                    anchors += usize::from(x.1 != TermKind::Word);
                }
                i += 1;
                j += 1;
            }
        }
        Some((shared / (sa.total * sb.total).sqrt(), count, anchors))
    };
    let mut edges = Vec::new();
    let mut tried: HashSet<(u32, u32)> = HashSet::new();
    candidates(index, |ga, gb| {
        if occ[ga as usize].doc == occ[gb as usize].doc {
            return;
        }
        let key = (ga.min(gb), ga.max(gb));
        if !tried.insert(key) {
            return;
        }
        if score(ga, gb).is_some_and(|(s, count, anchors)| links_fact(s, count, anchors)) {
            edges.push(key);
        }
    });
    let clusters = UnionFind::new(occ.len()).clusters(&mut edges);
    clusters
        .into_iter()
        .map(|c| {
            let mut ms: Vec<(usize, Span, &str)> = c
                .iter()
                .map(|&g| (occ[g as usize].doc as usize, facts[g as usize].span, facts[g as usize].text.as_str()))
                .collect();
            ms.sort_by(|a, b| (docs[a.0].0, a.1).cmp(&(docs[b.0].0, b.1)));
            let canon = ms[0].2.to_string();
            let folded = fold(&canon);
            let whole = Span::new(0, canon.len());
            let members = ms
                .iter()
                .map(|&(d, s, text)| {
                    let text = text.to_string();
                    let matching = if text == canon {
                        Matching::Identical
                    } else if fold(&text) == folded {
                        Matching::Normalised
                    } else {
                        Matching::Paraphrase
                    };
                    Member {
                        doc: docs[d].0.to_string(),
                        span: s,
                        text,
                        quote: None,
                        speaker: None,
                        covers: (matching != Matching::Paraphrase).then_some(whole).flatten(),
                        matching,
                    }
                })
                .collect();
            Claim { id: String::new(), text: canon, kind: ClaimKind::Fact, disagreement: None, members }
        })
        .collect()
}
