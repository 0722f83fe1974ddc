//! A generator of realistic corpora for scale tests.
//!
//! It grows any number of documents from a folder of real articles (`.txt`, paragraphs
//! separated by blank lines) by recombining their paragraphs and applying the variations
//! real coverage of one story shows:
//!
//! - quote marks swapped, curly to straight and straight to curly, whole documents or
//!   paragraph by paragraph;
//! - quotes truncated (`“I just think we’re doing our own thing,”` → `“I just think…”`);
//! - quotes split by an attribution (`“…,” Legend explained. “…”`);
//! - paragraphs reordered, dropped, and borrowed from other articles;
//! - photo credits and page furniture (`Advertisement`, `Related: …`) inserted;
//! - names shortened to surnames after their first mention.
//!
//! Document `i` depends only on the seed number, `i` and the source folder, never on how
//! many documents are made: the first 1,000 documents of a 100,000-document corpus are
//! the 1,000-document corpus. The generator records nothing about the answers (which
//! quote is where, who said it): it only makes realistic text at scale. Its randomness is
//! [`Rng`], a SplitMix64 of its own, so the output is the same on every machine and with
//! every version of every crate.

use rayon::prelude::*;
use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::Path;

/// SplitMix64: a small, fast, well-mixed generator (Steele, Lea and Flood, 2014). Not for
/// cryptography; plenty for text variation.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose sequence is fixed by `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), without modulo bias worth speaking of.
    pub fn below(&mut self, n: usize) -> usize {
        assert!(n > 0, "Rng::below(0)");
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A variation the generator applied to a document (reported to tests in memory; never
/// written anywhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variation {
    /// Curly quote marks made straight.
    StraightMarks,
    /// Straight quote marks made curly.
    CurlyMarks,
    /// A quote cut short.
    TruncatedQuote,
    /// A quote split in two by an attribution.
    SplitQuote,
    /// Body paragraphs swapped.
    Reordered,
    /// Trailing paragraphs dropped.
    Shortened,
    /// Paragraphs taken from another article.
    Borrowed,
    /// A photo credit line inserted.
    PhotoCredit,
    /// A line of page furniture inserted.
    PageFurniture,
    /// A full name written as the surname alone.
    Surname,
}

impl Variation {
    /// Every variation.
    pub const ALL: [Variation; 10] = [
        Variation::StraightMarks,
        Variation::CurlyMarks,
        Variation::TruncatedQuote,
        Variation::SplitQuote,
        Variation::Reordered,
        Variation::Shortened,
        Variation::Borrowed,
        Variation::PhotoCredit,
        Variation::PageFurniture,
        Variation::Surname,
    ];
}

/// A real article, cut into paragraphs, with the people's names found in it.
#[derive(Clone, Debug)]
struct Article {
    paragraphs: Vec<String>,
    /// (full name, surname), most mentioned first.
    names: Vec<(String, String)>,
}

/// The real articles a corpus is grown from.
#[derive(Clone, Debug)]
pub struct Library {
    articles: Vec<Article>,
}

/// A generated document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doc {
    /// Its name (the file name without `.txt`).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// What [`write`](fn@write) wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Documents written.
    pub docs: usize,
    /// Bytes of text written.
    pub bytes: u64,
}

impl Library {
    /// Reads every `.txt` file of `dir` (sorted by name; bytes that are not UTF-8 are
    /// replaced). Fails when the folder has no paragraph of text.
    pub fn load(dir: &Path) -> io::Result<Library> {
        let mut paths: Vec<_> = fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
            .collect();
        paths.sort();
        let mut texts = Vec::with_capacity(paths.len());
        for p in &paths {
            texts.push(String::from_utf8_lossy(&fs::read(p)?).into_owned());
        }
        Library::from_texts(texts)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, format!("{}: no .txt file with text", dir.display())))
    }

    /// A library of the given article texts, or `None` when none has any text.
    pub fn from_texts<I: IntoIterator<Item = String>>(texts: I) -> Option<Library> {
        let articles: Vec<Article> = texts
            .into_iter()
            .filter_map(|t| {
                let paragraphs = paragraphs(&t);
                (!paragraphs.is_empty()).then(|| Article { names: names(&paragraphs), paragraphs })
            })
            .collect();
        (!articles.is_empty()).then_some(Library { articles })
    }

    /// How many articles it holds.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether it holds none (never, for a library that was built).
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Document `index` of the corpus of seed number `seed`.
    pub fn document(&self, seed: u64, index: u64) -> Doc {
        self.document_traced(seed, index).0
    }

    /// Document `index` and the variations applied to it.
    pub fn document_traced(&self, seed: u64, index: u64) -> (Doc, Vec<Variation>) {
        let mut rng = Rng::new(Rng::new(seed).next_u64() ^ index.wrapping_mul(0xA24B_AED4_963E_E407));
        let id = rng.next_u64();
        let mut g = Grower { lib: self, rng, applied: Vec::new() };
        let text = g.grow();
        let mut applied = g.applied;
        applied.sort();
        applied.dedup();
        (Doc { name: format!("{index:07}_{id:016x}"), text }, applied)
    }
}

/// Writes documents `0..docs` of seed number `seed` into `out` as `<name>.txt`, in
/// parallel. `out` is created when missing.
pub fn write(lib: &Library, docs: usize, seed: u64, out: &Path) -> io::Result<Written> {
    fs::create_dir_all(out)?;
    (0..docs as u64)
        .into_par_iter()
        .map(|i| {
            let doc = lib.document(seed, i);
            fs::write(out.join(format!("{}.txt", doc.name)), &doc.text)?;
            Ok(Written { docs: 1, bytes: doc.text.len() as u64 })
        })
        .try_reduce(Written::default, |a, b| Ok(Written { docs: a.docs + b.docs, bytes: a.bytes + b.bytes }))
}

/// The paragraphs of a text: runs of lines separated by blank lines, trimmed.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out.into_iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// Words that begin sentences or precede names but are not given names.
const NOT_FIRST: &[&str] = &[
    "The", "In", "On", "At", "A", "An", "But", "And", "He", "She", "It", "This", "That", "When", "While", "After", "Before", "As", "For",
    "If", "Mr", "Mrs", "Ms", "Dr", "President", "Senator", "Sen", "Rep", "Gov", "Secretary", "Former", "New", "United", "Supreme", "Prime", "Minister", "Democrat", "Republican", "Democratic", "His", "Her", "Their", "Our",
    "We", "They", "I", "You", "Why", "What", "How", "Who", "Where", "Last", "Next", "Then", "So", "Some", "Many", "Most", "All", "One",
    "Two", "Los", "San", "Las", "Fox", "Washington", "Getty", "Images", "Photo", "Read", "More",
];

/// Full names in an article: two capitalised words whose second also stands alone
/// somewhere (coverage shortens people to surnames), most mentioned first.
fn names(paragraphs: &[String]) -> Vec<(String, String)> {
    let mut pairs: HashMap<(String, String), usize> = HashMap::new();
    let mut singles: HashMap<&str, usize> = HashMap::new();
    for p in paragraphs {
        let words: Vec<&str> = p.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’' || c == '-')).collect();
        for w in &words {
            if is_capitalised(w) {
                *singles.entry(w).or_default() += 1;
            }
        }
        // Only adjacent words separated by exactly one space count as a pair.
        let tokens: Vec<&str> = p.split(' ').collect();
        for pair in tokens.windows(2) {
            let first = pair[0];
            let second = pair[1].trim_end_matches([',', '.', ':', ';', '”', '"', ')', '?', '!']);
            if is_capitalised(first) && is_capitalised(second) && !NOT_FIRST.contains(&first) && !NOT_FIRST.contains(&second) {
                *pairs.entry((first.to_string(), second.to_string())).or_default() += 1;
            }
        }
    }
    let mut found: Vec<((String, String), usize)> = pairs
        .into_iter()
        .filter(|((_, last), n)| singles.get(last.as_str()).copied().unwrap_or(0) > *n)
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    found.into_iter().map(|((first, last), _)| (format!("{first} {last}"), last)).take(8).collect()
}

fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && w.len() >= 2
        && chars.clone().all(|c| c.is_ascii_lowercase() || c == '-')
        && chars.any(|c| c.is_ascii_lowercase())
}

const PHOTOGRAPHERS_FIRST: &[&str] = &["Chris", "Dimitrios", "Alex", "Maria", "Kevin", "Jae", "Evan", "Sarah", "Mandel", "Drew"];
const PHOTOGRAPHERS_LAST: &[&str] =
    &["Polk", "Kambouris", "Wong", "Ngan", "Vucci", "Harnik", "Angerer", "Somodevilla", "Walsh", "Ludwig"];
const CREDITS: &[&str] = &[
    "{}/Getty Images",
    "{}/Getty Images Entertainment/Getty Images",
    "Photo: {}/AP",
    "(AP Photo/{})",
    "Photograph: {}/Reuters",
    "{}/AFP via Getty Images",
    "Image: {} for The Times",
];
const FURNITURE: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Sign up for our newsletter",
    "Share this article",
    "Share on Facebook Share on Twitter",
    "Continue Reading Below",
    "Click here to read more",
    "Follow us on Twitter",
    "This article has been updated.",
];
const RELATED: &[&str] = &["Related: {}", "READ MORE: {}", "More: {}"];
const VERBS: &[&str] = &["said", "explained", "added", "told reporters", "continued", "noted", "wrote"];

struct Grower<'a> {
    lib: &'a Library,
    rng: Rng,
    applied: Vec<Variation>,
}

impl Grower<'_> {
    fn grow(&mut self) -> String {
        let lib = self.lib;
        let base = &lib.articles[self.rng.below(lib.articles.len())];
        let mut head = base.paragraphs[0].clone();
        let mut body: Vec<String> = base.paragraphs[1..].to_vec();

        // Wire copies and rewrites are often shorter than the original.
        if body.len() > 5 && self.rng.chance(0.3) {
            let keep = self.rng.between(4, body.len() - 1);
            body.truncate(keep);
            self.applied.push(Variation::Shortened);
        }
        // Recombination: paragraphs of other coverage.
        if lib.articles.len() > 1 && self.rng.chance(0.6) {
            for _ in 0..self.rng.between(1, 3) {
                let other = &lib.articles[self.rng.below(lib.articles.len())];
                if other.paragraphs.len() < 2 {
                    continue;
                }
                let p = other.paragraphs[self.rng.between(1, other.paragraphs.len() - 1)].clone();
                let at = self.rng.between(0, body.len());
                body.insert(at, p);
                self.applied.push(Variation::Borrowed);
            }
        }
        if body.len() >= 2 && self.rng.chance(0.5) {
            for _ in 0..self.rng.between(1, 3) {
                let i = self.rng.below(body.len() - 1);
                body.swap(i, i + 1);
            }
            self.applied.push(Variation::Reordered);
        }
        // Quotes cut short or split around their attribution.
        let name = base.names.first().map(|(_, last)| last.as_str());
        for p in body.iter_mut() {
            if self.rng.chance(0.25) {
                if let Some(split) = split_quote(p, name, &mut self.rng) {
                    *p = split;
                    self.applied.push(Variation::SplitQuote);
                    continue;
                }
            }
            if self.rng.chance(0.2) {
                if let Some(cut) = truncate_quote(p, &mut self.rng) {
                    *p = cut;
                    self.applied.push(Variation::TruncatedQuote);
                }
            }
        }
        // Names after their first mention shortened to surnames.
        for (full, last) in &base.names {
            if !self.rng.chance(0.6) {
                continue;
            }
            let mut seen = head.contains(full.as_str());
            for p in body.iter_mut() {
                let mut out = String::with_capacity(p.len());
                let mut rest = p.as_str();
                while let Some(at) = rest.find(full.as_str()) {
                    out.push_str(&rest[..at]);
                    if seen && self.rng.chance(0.7) {
                        out.push_str(last);
                        self.applied.push(Variation::Surname);
                    } else {
                        out.push_str(full);
                    }
                    seen = true;
                    rest = &rest[at + full.len()..];
                }
                out.push_str(rest);
                *p = out;
            }
        }
        // Quote marks: one house style for the whole document, or a mixture.
        let style = self.rng.below(100);
        for p in std::iter::once(&mut head).chain(body.iter_mut()) {
            let straight = match style {
                0..35 => true,
                35..60 => false,
                60..75 => self.rng.chance(0.5),
                _ => continue,
            };
            let swapped = if straight { to_straight(p) } else { to_curly(p) };
            if swapped != *p {
                *p = swapped;
                self.applied.push(if straight { Variation::StraightMarks } else { Variation::CurlyMarks });
            }
        }
        // Photo credits and page furniture between paragraphs.
        if self.rng.chance(0.6) {
            for _ in 0..self.rng.between(1, 2) {
                let who = format!("{} {}", self.rng.pick(PHOTOGRAPHERS_FIRST), self.rng.pick(PHOTOGRAPHERS_LAST));
                let line = self.rng.pick(CREDITS).replace("{}", &who);
                let at = self.rng.between(0, body.len());
                body.insert(at, line);
                self.applied.push(Variation::PhotoCredit);
            }
        }
        if self.rng.chance(0.6) {
            for _ in 0..self.rng.between(1, 3) {
                let line = if self.rng.chance(0.3) {
                    let other = &lib.articles[self.rng.below(lib.articles.len())].paragraphs[0];
                    if other.len() > 200 || other.contains('\n') {
                        continue;
                    }
                    self.rng.pick(RELATED).replace("{}", other)
                } else {
                    self.rng.pick(FURNITURE).to_string()
                };
                let at = self.rng.between(1.min(body.len()), body.len());
                body.insert(at, line);
                self.applied.push(Variation::PageFurniture);
            }
        }

        let mut text = head;
        for p in &body {
            text.push_str("\n\n");
            text.push_str(p);
        }
        if self.rng.chance(0.5) {
            text.push('\n');
        }
        text
    }
}

/// The first quotation in `p`: (byte offset of the opening mark, the opening mark, byte
/// range of the words, the closing mark).
fn first_quote(p: &str) -> Option<(usize, char, std::ops::Range<usize>, char)> {
    let mut prev: Option<char> = None;
    let mut open: Option<(usize, char)> = None;
    for (i, c) in p.char_indices() {
        match (open, c) {
            (None, '“') => open = Some((i, c)),
            (None, '"') if prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '—' | '–' | ':')) => open = Some((i, c)),
            (Some((o, oc)), '”' | '"') if (oc == '“') == (c == '”') && i > o + oc.len_utf8() => {
                return Some((o, oc, o + oc.len_utf8()..i, c));
            }
            (Some(_), '“') => return None,
            _ => {}
        }
        prev = Some(c);
    }
    None
}

/// A quote of at least ten words split in two by an attribution: `“First part,” Legend
/// explained. “Second part.”`. A short attribution that followed the quote moves into the
/// middle; otherwise the attribution is made from the article's main person.
fn split_quote(p: &str, name: Option<&str>, rng: &mut Rng) -> Option<String> {
    let (open_at, open, words, close) = first_quote(p)?;
    let inner = &p[words.clone()];
    if inner.split_whitespace().count() < 10 {
        return None;
    }
    let after = &p[words.end + close.len_utf8()..];
    // Split at a sentence end inside the quote, else after a comma, else mid-way.
    let boundary = inner
        .match_indices(". ")
        .map(|(i, _)| i + 1)
        .find(|&i| inner[..i].split_whitespace().count() >= 3 && inner[i..].split_whitespace().count() >= 3);
    let (cut, sentence) = match boundary {
        Some(i) => (i, true),
        None => {
            let spaces: Vec<usize> = inner.match_indices(' ').map(|(i, _)| i).collect();
            let comma = spaces.iter().copied().find(|&i| inner[..i].ends_with(',') && i > inner.len() / 4 && i < inner.len() * 3 / 4);
            (comma.unwrap_or(spaces[spaces.len() / 2]), false)
        }
    };
    let first = inner[..cut].trim_end().trim_end_matches(['.', ',', ';', ':']);
    let second = inner[cut..].trim_start();
    // `“…” Legend explained.` or `“…,” Legend explained.`: take the cue along.
    let tail = after.trim_start_matches(',').trim();
    let (cue, rest) = match tail.find(". ").map(|i| i + 1).or((tail.ends_with('.')).then_some(tail.len())) {
        Some(end) if tail[..end].split_whitespace().count() <= 5 && is_cue(&tail[..end]) => {
            (tail[..end].trim_end_matches('.').to_string(), tail[end..].trim_start())
        }
        _ => (format!("{} {}", name?, rng.pick(VERBS)), after.trim_start()),
    };
    // The cue moved to the middle: the quote now ends its sentence.
    let second_end = if rest.is_empty() && second.ends_with(',') { "." } else { "" };
    let second = if second_end.is_empty() { second } else { second.trim_end_matches(',') };
    let mut out = String::with_capacity(p.len() + 32);
    out.push_str(&p[..open_at]);
    out.push(open);
    out.push_str(first);
    out.push(',');
    out.push(close);
    out.push(' ');
    out.push_str(&cue);
    out.push_str(if sentence { ". " } else { ", " });
    out.push(open);
    out.push_str(second);
    out.push_str(second_end);
    out.push(close);
    if !rest.is_empty() {
        out.push(' ');
        out.push_str(rest);
    }
    Some(out)
}

/// Whether a few words read as an attribution (`Legend explained.`, `he said.`).
fn is_cue(words: &str) -> bool {
    const SPEECH: &[&str] =
        &["said", "says", "explained", "added", "told", "continued", "wrote", "noted", "asked", "tweeted", "shared", "stated", "insisted"];
    words.split(|c: char| !c.is_alphabetic()).any(|w| SPEECH.contains(&w))
}

/// A quote of at least eight words cut to its first few, with an ellipsis or not.
fn truncate_quote(p: &str, rng: &mut Rng) -> Option<String> {
    let (_, _, words, _) = first_quote(p)?;
    let inner = &p[words.clone()];
    let spaces: Vec<usize> = inner.match_indices(' ').map(|(i, _)| i).collect();
    if spaces.len() < 7 {
        return None;
    }
    let keep = spaces[rng.between(3, spaces.len() * 2 / 3)];
    let kept = inner[..keep].trim_end_matches([',', ';', ':', '.', '—', '–', '-']);
    let end = inner.chars().last().filter(|c| matches!(c, ',' | '.' | '?' | '!'));
    let mut out = String::with_capacity(p.len());
    out.push_str(&p[..words.start]);
    out.push_str(kept);
    match (rng.chance(0.4), end) {
        (true, _) => out.push_str(if rng.chance(0.5) { " …" } else { "..." }),
        (false, Some(c)) => out.push(c),
        (false, None) => {}
    }
    out.push_str(&p[words.end..]);
    Some(out)
}

/// Curly quote marks made straight, as many outlets' systems print them.
fn to_straight(p: &str) -> String {
    p.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect()
}

/// Straight quote marks made curly by the usual typographer's rule: opening after a
/// space, an opening bracket or the start, closing otherwise.
fn to_curly(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut prev: Option<char> = None;
    for c in p.chars() {
        let opening = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–'));
        out.push(match c {
            '"' if opening => '“',
            '"' => '”',
            '\'' if opening => '‘',
            '\'' => '’',
            c => c,
        });
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::PathBuf;

    fn seeds() -> Library {
        Library::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds")).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_documents() {
        let lib = seeds();
        for i in 0..50 {
            assert_eq!(lib.document(7, i), lib.document(7, i));
        }
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let wa = write(&lib, 40, 7, &a).unwrap();
        let wb = write(&lib, 40, 7, &b).unwrap();
        assert_eq!(wa, wb);
        assert_eq!(wa.docs, 40);
        let read = |d: &Path| {
            let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap())
                .map(|e| (e.file_name().into_string().unwrap(), fs::read(e.path()).unwrap()))
                .collect();
            files.sort();
            files
        };
        assert_eq!(read(&a), read(&b));
    }

    #[test]
    fn another_seed_gives_other_documents() {
        let lib = seeds();
        let a: Vec<Doc> = (0..20).map(|i| lib.document(1, i)).collect();
        let b: Vec<Doc> = (0..20).map(|i| lib.document(2, i)).collect();
        assert!(a.iter().zip(&b).all(|(x, y)| x.name != y.name));
        assert!(a.iter().zip(&b).filter(|(x, y)| x.text != y.text).count() >= 15);
    }

    #[test]
    fn a_document_does_not_depend_on_the_corpus_size() {
        let lib = seeds();
        let dir = tempfile::tempdir().unwrap();
        write(&lib, 5, 3, dir.path()).unwrap();
        let doc = lib.document(3, 4);
        assert_eq!(fs::read_to_string(dir.path().join(format!("{}.txt", doc.name))).unwrap(), doc.text);
    }

    #[test]
    fn every_variation_appears_and_text_is_utf8_and_not_empty() {
        let lib = seeds();
        let dir = tempfile::tempdir().unwrap();
        write(&lib, 300, 11, dir.path()).unwrap();
        let mut seen = BTreeSet::new();
        for i in 0..300 {
            let (doc, applied) = lib.document_traced(11, i);
            let on_disk = fs::read(dir.path().join(format!("{}.txt", doc.name))).unwrap();
            let text = String::from_utf8(on_disk).expect("valid UTF-8");
            assert!(!text.trim().is_empty());
            assert_eq!(text, doc.text);
            seen.extend(applied);
        }
        let all: BTreeSet<Variation> = Variation::ALL.into_iter().collect();
        assert_eq!(seen, all);
    }

    #[test]
    fn variations_show_in_the_text() {
        let lib = seeds();
        let docs: Vec<(Doc, Vec<Variation>)> = (0..300).map(|i| lib.document_traced(5, i)).collect();
        let with = |v: Variation| docs.iter().filter(move |(_, a)| a.contains(&v)).map(|(d, _)| d.text.as_str());
        // Legend's quotes split around a cue: `,” Legend explained. “` or straight marks.
        assert!(with(Variation::SplitQuote).any(|t| t.contains(",” Legend") || t.contains(",\" Legend")));
        assert!(with(Variation::StraightMarks).any(|t| !t.contains(['“', '”', '’']) && t.contains('"')));
        assert!(with(Variation::CurlyMarks).any(|t| !t.contains('"') && t.contains('“')));
        assert!(with(Variation::PhotoCredit).any(|t| t.contains("Getty Images") || t.contains("AP Photo") || t.contains("Reuters")));
        assert!(with(Variation::PageFurniture).any(|t| FURNITURE.iter().any(|f| t.contains(f))));
        assert!(with(Variation::TruncatedQuote).any(|t| t.contains("…”") || t.contains("...\"") || t.contains("...”")));
    }

    #[test]
    fn quotes_are_split_and_truncated_on_their_words() {
        let p = "“I don’t think we’re less friends because of the Trump thing. I just think we’re doing our own thing,” Legend explained.";
        let split = split_quote(p, Some("Legend"), &mut Rng::new(1)).unwrap();
        assert_eq!(split, "“I don’t think we’re less friends because of the Trump thing,” Legend explained. “I just think we’re doing our own thing.”");
        let p = "He said \"we never talked about politics before, it was never a part of our interaction\" and left.";
        let split = split_quote(p, Some("Legend"), &mut Rng::new(1)).unwrap();
        assert!(split.starts_with("He said \"we never talked about politics before,\" Legend "), "{split}");
        assert!(split.ends_with(", \"it was never a part of our interaction\" and left."), "{split}");
        let cut = truncate_quote("“But what I’ve always said is, we never talked about politics before.”", &mut Rng::new(3)).unwrap();
        assert!(cut.starts_with("“But what I’ve") && cut.ends_with('”') && cut.len() < 70, "{cut}");
        assert_eq!(split_quote("No quote here at all, none whatsoever in this paragraph.", Some("X"), &mut Rng::new(1)), None);
    }

    #[test]
    fn marks_swap_both_ways() {
        assert_eq!(to_straight("“It’s ‘fine’,” he said"), "\"It's 'fine',\" he said");
        assert_eq!(to_curly("\"It's 'fine',\" he said"), "“It’s ‘fine’,” he said");
    }

    #[test]
    fn names_are_people_mentioned_by_surname_too() {
        let lib = seeds();
        let all: Vec<&str> = lib.articles.iter().flat_map(|a| a.names.iter().map(|(f, _)| f.as_str())).collect();
        assert!(all.contains(&"John Legend"), "{all:?}");
        assert!(all.contains(&"Kanye West"), "{all:?}");
    }

    #[test]
    fn an_empty_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Library::load(dir.path()).is_err());
        assert!(Library::from_texts(vec![String::new(), "\n\n".into()]).is_none());
    }

    #[test]
    fn the_generator_is_splitmix64() {
        // Reference values of SplitMix64 seeded with 0.
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }
}
