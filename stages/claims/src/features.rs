//! The per-document step: what the linker needs from one document, and nothing from any
//! other, so that it can be cached per document.

use contract::{MentionForm, ParagraphKind, QuoteKind, SpeakerKind};
use std::collections::BTreeMap;
use contract::span::Span;
use crate::DocInput;

/// One word: the hash of its folded form and its byte range in the seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Hash of the word lower-cased with apostrophes removed (`Don’t` and `don't` agree).
    pub h: u64,
    /// Where the word starts in the seed (bytes).
    pub start: u32,
    /// Where it ends (bytes, exclusive).
    pub end: u32,
}

/// A quote as the linker sees it: what the claims say of it, and its words.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct QuoteUnit {
    /// The quote's id in `quotes.yaml`.
    pub id: String,
    /// Its byte range in the seed, quote marks excluded.
    pub span: Span,
    /// Its text as `quotes.yaml` gives it.
    pub text: String,
    /// Its speaker id, if any: the member's speaker, and one of the corpus's people.
    pub speaker: Option<String>,
    /// The speaker is a person the document never names, only describes (`a second man,
    /// seen only from behind`, `the cameraman`): two outlets' descriptions of one person
    /// differ, so such a speaker neither vouches for a link nor blocks one.
    pub unnamed: bool,
    /// A fragment woven into the writer's sentence.
    pub partial: bool,
    /// Its words; empty when the span does not fit the seed.
    pub toks: Vec<Tok>,
}

/// What a term of a fact sentence is, for the number and date checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TermKind {
    /// A lower-case content word, stemmed.
    Word,
    /// A capitalised word inside the sentence: a name or an outlet.
    Name,
    /// A number.
    Number,
    /// A year or a month: two reports of one event cannot give different dates.
    Date,
    /// A person of the document's `speakers.yaml`, named by any of its names there
    /// (`Paul`, `Brandt`, `Director Brandt`): the hash is of the surname of its canonical
    /// name, the word of it other outlets use too. Not of its id: outlets spell the same
    /// person's full name in their own ways (`Paul R. Brandt`, `Paul Brandt`), and a
    /// document that does not resolve a name still writes it (`Brandt`), as a name.
    Entity,
}

/// A body sentence that may report a fact.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FactUnit {
    /// The sentence's byte range in the seed.
    pub span: Span,
    /// Exactly the seed's bytes in `span`.
    pub text: String,
    /// Distinct terms, sorted by hash.
    pub terms: Vec<(u64, TermKind)>,
    /// Where in `text` (bytes) each term of `terms` is first written, in the same order:
    /// what a member's `why` shows of the terms two sentences share.
    pub at: Vec<u32>,
    /// The reported-speech item (an `indirect` or `mixed` item of `quotes.yaml`) the
    /// sentence carries, if any: the fact is then attributed, and its claim says to whom.
    pub quote: Option<String>,
    /// That item's speaker.
    pub speaker: Option<String>,
    /// The article's lead: the first sentence of its first body paragraph.
    pub lead: bool,
}

impl FactUnit {
    /// The words of this sentence that give the terms it shares with `other`, in its
    /// order, each once; a person's name with the capitalised word after it, as the
    /// sentence writes it (`Helen Okafor`, not only the `Helen` that first names her).
    pub(crate) fn shared_words(&self, other: &FactUnit) -> contract::Words {
        let mut at: Vec<(u32, TermKind)> = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < self.terms.len() && j < other.terms.len() {
            match self.terms[i].0.cmp(&other.terms[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    at.extend(self.at.get(i).map(|&a| (a, self.terms[i].1)));
                    i += 1;
                    j += 1;
                }
            }
        }
        at.sort_unstable();
        at.dedup_by_key(|a| a.0);
        let ws = words(&self.text);
        let mut out = contract::Words::new();
        let mut reach = 0;
        for (a, kind) in at {
            let a = a as usize;
            let Ok(k) = ws.binary_search_by_key(&a, |w| w.0) else { continue };
            if a < reach {
                continue;
            }
            // a name runs on over the capitalised words right after it, one space apart
            let mut end = a + ws[k].1.len();
            if kind == TermKind::Entity {
                for pair in ws[k..].windows(2).take(1) {
                    let ((s0, w0), (s1, w1)) = (pair[0], pair[1]);
                    if s1 != s0 + w0.len() + 1 || !w1.starts_with(char::is_uppercase) {
                        break;
                    }
                    end = s1 + w1.len();
                }
            }
            reach = end;
            out.push(&self.text[a..end]);
        }
        out
    }
}

/// Everything the corpus-wide step ([`link`](super::link)) needs from one document, and
/// nothing from any other: it depends only on the document's text, segments and quotes
/// (not even on its name), so the engine can cache it per document, keyed by those, and
/// link a corpus without reading any seed or annotation again.
///
/// It is cached as bytes ([`DocFeatures::to_bytes`]; word hashes are FNV-1a, the same on
/// every machine). Its contents are private to the stage: a cached value is valid only
/// for the stage code that made it, so key it by the stage's fingerprint too.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocFeatures {
    /// Every quote of the document, in the order of its quotes.
    pub(crate) quotes: Vec<QuoteUnit>,
    /// The body sentences that may report a fact, in document order.
    pub(crate) facts: Vec<FactUnit>,
}

/// FNV-1a, 64 bits: a fast, fixed (machine-independent) word hash for the indexes.
pub(crate) fn fnv(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

/// The words of `text` (which starts at byte `base` of the seed), folded, normalised and
/// hashed. A word is a run of letters and digits, with apostrophes inside it kept out of
/// the hash so that `don’t`, `don't` and `dont` are one word; `&` is a word of its own.
/// Variants that outlets write differently become the same words ([`variants`]): `&` and
/// `and`, `we’re` and `we are`, `into` and `in to`, `steward` and `stewards`. A word that
/// stands for two (`we’re`) gives two tokens over the same bytes, so every token still
/// points at exact bytes of the seed.
pub(crate) fn tokens(text: &str, base: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut buf = String::new();
    let mut end = 0;
    let push = |buf: &str, s: usize, e: usize, out: &mut Vec<Tok>| {
        for w in variants(buf) {
            out.push(Tok { h: fnv(w.bytes()), start: (base + s) as u32, end: (base + e) as u32 });
        }
    };
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(s) = start.filter(|_| matches!(c, '*' | '-')) {
            if let Some((word, e)) = censored(&buf, &text[i..]) {
                push(&word, s, i + e, &mut out);
                start = None;
                while chars.next_if(|&(j, _)| j < i + e).is_some() {}
                continue;
            }
        }
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                buf.clear();
            }
            buf.extend(c.to_lowercase());
            end = i + c.len_utf8();
        } else if is_apostrophe(c) && start.is_some() && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric()) {
            // Inside a word: marked, so that contractions can be told; curly and straight
            // apostrophes agree.
            buf.push('\'');
        } else {
            if let Some(s) = start.take() {
                push(&buf, s, end, &mut out);
            }
            if c == '&' {
                push("and", i, i + 1, &mut out);
            }
        }
    }
    if let Some(s) = start {
        push(&buf, s, end, &mut out);
    }
    out
}

/// Words that outlets print in full or masked (`motherf***er`, `c---sucker`, `s---`), most
/// used first: a masked word is read as the one of these it leaves visible, so one
/// outlet's censored quote and another's uncensored one are the same words.
const MASKED: &[&str] = &[
    "fuck", "fucking", "fucked", "fucker", "motherfucker", "motherfucking", "shit", "bullshit", "bitch", "asshole",
    "ass", "bastard", "cocksucker", "damn", "goddamn", "dick", "pussy", "cunt", "piss", "pissed", "hell",
];

/// The word a masked one stands for (folded, with an apostrophe and what follows it, as
/// in `motherf***er's`), and where it ends in `rest`: `prefix` is the folded letters
/// before the mask, and `rest` starts at the mask, a run of `*` (one, when letters follow
/// it) or of three or more `-` (two are a dash), then any letters the mask leaves after
/// it. Of the [`MASKED`] words that start and end with the visible letters, the one as
/// long as the masked word, else the most used; `None` when no word fits (the mask then
/// separates words, as before), when the letters before the mask are a listed word
/// already (`fuck---` is a word and a dash), and when one letter and a mask are not as
/// long as any listed word (`a---`).
fn censored(prefix: &str, rest: &str) -> Option<(String, usize)> {
    let mark = rest.chars().next()?;
    let masked = rest.chars().take_while(|&c| c == mark).count();
    let after = &rest[masked..];
    let suffix_len = after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len());
    let suffix: String = after[..suffix_len].chars().flat_map(char::to_lowercase).collect();
    let mask_ok = match mark {
        '*' => masked >= 2 || !suffix.is_empty(),
        _ => masked >= 3,
    };
    // (a word already whole before the mark is a word and a dash, `fuck---`, `ass**`)
    if !mask_ok || prefix.contains('\'') || MASKED.contains(&prefix) {
        return None;
    }
    let fits = |w: &str| w.len() > prefix.len() + suffix.len() && w.starts_with(prefix) && w.ends_with(suffix.as_str());
    let whole = prefix.len() + masked + suffix.len();
    let mut candidates = MASKED.iter().copied().filter(|w| fits(w));
    let first = candidates.next()?;
    let exact = std::iter::once(first).chain(candidates).find(|w| w.len() == whole);
    // (one letter and a mask is a word only when the mask is as long as the rest of it:
    // `s---` is, `a---` is no word)
    let word = if prefix.chars().count() == 1 && suffix.is_empty() { exact? } else { exact.unwrap_or(first) };
    let mut end = masked + suffix_len;
    let mut word = word.to_string();
    // (a contraction or possessive after it, as the tokenizer keeps it inside a word)
    let mut tail = rest[end..].chars();
    if let (Some(a), Some(n)) = (tail.next(), tail.next()) {
        if is_apostrophe(a) && n.is_alphanumeric() {
            let from = end + a.len_utf8();
            let len = rest[from..].find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len() - from);
            word.push('\'');
            word.extend(rest[from..from + len].chars().flat_map(char::to_lowercase));
            end = from + len;
        }
    }
    Some((word, end))
}

/// Contractions whose first part is a pronoun or a word that takes `’s` for `is`.
const IS_BEFORE_S: &[&str] = &[
    "he", "here", "how", "it", "she", "that", "there", "what", "where", "who",
];

/// The normalised words of one folded word (apostrophes kept as `'`): contractions spelled
/// out (`we're` is `we are`, `don't` is `do not`, `I'm` is `I am`; `’s` is `is` after a
/// pronoun, otherwise a possessive and dropped with its apostrophe), `into` as `in to`,
/// `cannot` as `can not`, then a light stem of each ([`stem`]).
fn variants(word: &str) -> Vec<String> {
    let mut parts: Vec<&str> = Vec::with_capacity(2);
    let irregular = match word {
        "won't" => Some(["will", "not"]),
        "can't" | "cannot" => Some(["can", "not"]),
        "shan't" => Some(["shall", "not"]),
        "let's" => Some(["let", "us"]),
        "into" => Some(["in", "to"]),
        _ => None,
    };
    if let Some(two) = irregular {
        parts.extend(two);
    } else if let Some(head) = word.strip_suffix("n't") {
        parts.extend([head, "not"]);
    } else if let Some((head, tail)) = word.rsplit_once('\'') {
        let full = match tail {
            "re" => Some("are"),
            "ve" => Some("have"),
            "ll" => Some("will"),
            "m" => Some("am"),
            "d" => Some("would"),
            "s" if IS_BEFORE_S.contains(&head) => Some("is"),
            _ => None,
        };
        match full {
            Some(f) => parts.extend([head, f]),
            None => return vec![stem(&word.replace('\'', ""))],
        }
    } else {
        parts.push(word);
    }
    parts.iter().map(|p| stem(&p.replace('\'', ""))).collect()
}

/// Words too common to say anything about a fact. Sorted, for a binary search.
const STOP: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "back", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "even", "for",
    "from", "had", "has", "have", "he", "her", "here", "him", "his", "how", "however", "i", "if", "in", "into", "is",
    "it", "its", "just", "last", "many", "may", "me", "more", "most", "much", "my", "no", "not", "now", "of", "on",
    "once", "one", "only", "or", "other", "our", "out", "over", "recent", "said", "same", "she", "so", "some", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "two",
    "up", "us", "very", "was", "way", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whom", "why", "will", "with", "would", "yet", "you", "your",
];

/// A crude stem: enough that `texted`, `texts` and `text`, `replied` and `reply`, or
/// `closest` and `close` agree, without a dictionary.
fn stem(w: &str) -> String {
    for (suffix, with) in [("ies", "y"), ("ied", "y"), ("ing", ""), ("est", ""), ("ed", ""), ("es", ""), ("s", "")] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            let mut out = w[..w.len() - suffix.len()].to_string();
            out.push_str(with);
            return trim_e(out);
        }
    }
    trim_e(w.to_string())
}

fn trim_e(mut w: String) -> String {
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// Verbs made of a platform's name fold into it: a tweet is a post on Twitter.
const PLATFORM_VERBS: &[(&str, &str)] =
    &[("tweet", "twitter"), ("tweets", "twitter"), ("tweeted", "twitter"), ("tweeting", "twitter"), ("retweeted", "twitter")];

/// A name word as fact terms carry it: folded, possessive and apostrophes dropped.
fn fold_name(w: &str) -> String {
    let lower: String = w.chars().filter(|c| !is_apostrophe(*c)).flat_map(char::to_lowercase).collect();
    lower.strip_suffix('s').filter(|_| w.ends_with("’s") || w.ends_with("'s")).unwrap_or(&lower).to_string()
}

/// The surname of a person's canonical name, folded: its last word of three letters or
/// more that is no generational suffix (`King` in `Martin Luther King Jr.`).
fn surname(name: &str) -> Option<String> {
    words(name).into_iter().rev().map(|(_, w)| fold_name(w)).find(|w| w.len() >= 3 && !matches!(w.as_str(), "iii" | "jnr" | "snr"))
}

/// One document's names for its people: each capitalised word of a person's names
/// (mentions by full name, surname, first name or nickname, and the canonical name),
/// folded, to the surname of the person it names in this document. A word that names
/// two people equally often (`Reyes` for Tom and Ann, each by full name only)
/// names neither; one that one of them is called by alone (`Reyes` said) names that one.
/// Organisations, groups and documents are left to their words: outlets name them in
/// too many ways (`the Justice Department`, `the Department of Justice`) for one key.
struct Names {
    of: BTreeMap<String, String>,
}

impl Names {
    fn new(speakers: &contract::Speakers) -> Names {
        let mut votes: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        for sp in speakers.speakers.iter().filter(|sp| sp.kind == SpeakerKind::Person) {
            let mut add = |text: &str, weight: usize| {
                for (_, w) in words(text) {
                    if !w.chars().next().is_some_and(char::is_uppercase) {
                        continue;
                    }
                    let lower = fold_name(w);
                    if lower.len() < 3 || STOP.binary_search(&lower.as_str()).is_ok() {
                        continue;
                    }
                    let e = votes.entry(lower).or_default().entry(sp.id.as_str()).or_insert(0);
                    *e += weight;
                }
            };
            add(&sp.name, 1);
            for m in &sp.mentions {
                match m.form {
                    MentionForm::Full => add(&m.text, 1),
                    // a name used alone says whom it means in this document
                    MentionForm::Surname | MentionForm::First | MentionForm::Nickname => add(&m.text, 3),
                    _ => {}
                }
            }
        }
        let of = votes
            .into_iter()
            .filter_map(|(w, ids)| {
                let best = *ids.values().max()?;
                let mut top = ids.iter().filter(|(_, &v)| v == best);
                let (id, _) = top.next()?;
                let key = surname(&speakers.speakers.iter().find(|sp| sp.id == *id)?.name)?;
                top.next().is_none().then_some((w, key))
            })
            .collect();
        Names { of }
    }
}

/// Lines that point the reader somewhere rather than report anything: `You can read the
/// full interview here`, `Click here to sign up`. Matched on the folded sentence.
const NAVIGATION: &[&str] = &[
    "click here", "read more", "read the full", "sign up for", "subscribe to", "follow us", "watch the full",
    "watch the video", "download the", "related coverage", "this story has been updated", "this article has been updated",
];

fn is_navigation(text: &str) -> bool {
    let lower = text.to_lowercase();
    NAVIGATION.iter().any(|n| lower.contains(n)) || (lower.trim_end_matches(['.', ' ']).ends_with(" here") && lower.split_whitespace().count() < 15)
}

/// The fact terms of a sentence: stemmed content words, capitalised names (not the
/// sentence's first word, which is capitalised anyway), numbers, and dates (years and
/// capitalised month names). Words inside quote marks are skipped (`inside`): quotes are
/// linked as quotes. A name the document's speakers resolve becomes that entity. The
/// terms come sorted by hash, each once, with where in `text` (bytes) the first word
/// that gives each is.
fn terms_at(text: &str, base: usize, inside: &dyn Fn(usize) -> bool, names: &Names) -> Vec<(u64, TermKind, u32)> {
    let mut out = Vec::new();
    let mut first = true;
    let all = words(text);
    for (n, &(i, w)) in all.iter().enumerate() {
        if inside(base + i) {
            first = false;
            continue;
        }
        // A possessive names its owner: `Kanye’s` is `Kanye`.
        let owner = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"));
        let w = owner.unwrap_or(w);
        let lower: String = w.chars().filter(|c| !is_apostrophe(*c)).flat_map(char::to_lowercase).collect();
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let was_first = std::mem::replace(&mut first, false);
        if capital {
            if let Some(key) = names.of.get(&lower) {
                out.push((fnv(key.bytes()), TermKind::Entity, i as u32));
                continue;
            }
        }
        if let Some((_, platform)) = PLATFORM_VERBS.iter().find(|(v, _)| *v == lower) {
            out.push((fnv(platform.bytes()), TermKind::Name, i as u32));
            continue;
        }
        let numeric = lower.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        let kind = if numeric && lower.len() == 4 && (lower.starts_with("19") || lower.starts_with("20")) {
            TermKind::Date
        } else if numeric {
            TermKind::Number
        } else if capital && !was_first && contract::lexicon::is_month_name(&lower) {
            TermKind::Date
        } else if STOP.binary_search(&lower.as_str()).is_ok() {
            continue;
        } else if capital && !was_first {
            TermKind::Name
        } else if lower.len() < 3 {
            continue;
        } else {
            TermKind::Word
        };
        let key = match kind {
            TermKind::Word if !capital => stem(&lower),
            TermKind::Number => amount(&lower, all.get(n + 1).map(|(_, next)| *next)),
            _ => lower,
        };
        out.push((fnv(key.bytes()), kind, i as u32));
    }
    // (sorted by hash, then kind, then place: each term keeps the kind it had before
    // places were kept, and its first word)
    out.sort_unstable();
    out.dedup_by_key(|t| t.0);
    out
}

/// A number as an amount that outlets write their own ways: its value (with the scale
/// word after it: `43 million`), truncated to two significant digits, so that `$61
/// million` and `$61,240,115`, `27.4 percent` and `27.43` agree, and `15 bills` and `16
/// measures` do not. A number that does not parse stays as written.
fn amount(digits: &str, next: Option<&str>) -> String {
    let Ok(mut value) = digits.replace(',', "").parse::<f64>() else {
        return digits.to_string();
    };
    let scale = next.map(str::to_lowercase);
    value *= match scale.as_deref() {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    };
    if !(value.is_finite() && value > 0.0) {
        return digits.to_string();
    }
    // (the exponent of the second significant digit, so that the mantissa has two)
    let exp = value.log10().floor() as i32 - 1;
    let mantissa = (value / 10f64.powi(exp) + 1e-9).floor() as u64;
    format!("{mantissa}e{exp}")
}

/// Words with their offsets in `text`; digits with `.` or `,` inside stay one word
/// (`14.5`, `60,000`).
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        let inner = (is_apostrophe(c) || c == '.' || c == ',')
            && start.is_some()
            && text[i + c.len_utf8()..].chars().next().is_some_and(|n| n.is_alphanumeric())
            && (is_apostrophe(c) || (i > 0 && b[i - 1].is_ascii_digit()));
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, &text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// The least number of terms a sentence needs to be a fact worth linking: fewer says
/// too little to tell two facts apart.
const MIN_FACT_TERMS: usize = 5;

/// The per-document step: extracts `doc`'s quotes with their word tokens, and its fact
/// sentences with their terms. Reads `doc`'s text, segments, speakers and quotes, nothing else.
pub fn features(doc: &DocInput<'_>) -> DocFeatures {
    let names = Names::new(doc.speakers);
    // direct quotes link as themselves; a mixed item's quoted words link as partial
    // quotes; indirect content is the writer's words, read below as facts
    let mut quotes: Vec<QuoteUnit> = Vec::new();
    let unnamed = |id: &str| {
        doc.speakers.speakers.iter().find(|sp| sp.id == id).is_some_and(|sp| {
            sp.kind == SpeakerKind::Person && sp.mentions.iter().all(|m| matches!(m.form, MentionForm::Description | MentionForm::Pronoun))
        })
    };
    for q in &doc.quotes.quotes {
        let unit = |span: Span, partial: bool| QuoteUnit {
            id: q.id.clone(),
            span,
            text: span.slice(doc.text).unwrap_or_default().to_string(),
            speaker: q.speaker.clone(),
            unnamed: q.speaker.as_deref().is_some_and(unnamed),
            partial,
            toks: span.slice(doc.text).map(|text| tokens(text, span.start())).unwrap_or_default(),
        };
        match q.kind {
            QuoteKind::Direct => quotes.push(QuoteUnit { text: q.text.clone(), ..unit(q.span, false) }),
            QuoteKind::Mixed => quotes.extend(q.quoted.iter().map(|&span| unit(span, true))),
            QuoteKind::Indirect => {}
        }
    }
    // a byte inside any of them is quoted speech
    let mut quoted: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    quoted.sort();
    let inside = |at: usize| {
        let i = quoted.partition_point(|s| s.end() <= at);
        quoted.get(i).is_some_and(|s| s.contains_offset(at))
    };
    let mut facts = Vec::new();
    for (n, p) in doc.segments.paragraphs.iter().filter(|p| p.kind == ParagraphKind::Body).enumerate() {
        for (k, s) in p.sentences.iter().enumerate() {
            let Some(text) = s.slice(doc.text) else { continue };
            if is_navigation(text) {
                continue;
            }
            let found = terms_at(text, s.start(), &inside, &names);
            if found.len() >= MIN_FACT_TERMS {
                let (terms, at) = found.into_iter().map(|(h, kind, at)| ((h, kind), at)).unzip();
                facts.push(FactUnit { span: *s, text: text.to_string(), terms, at, quote: None, speaker: None, lead: n == 0 && k == 0 });
            }
        }
    }
    attribute(&mut facts, doc.quotes);
    DocFeatures { quotes, facts }
}

/// Gives each fact sentence the reported speech it carries: of the `indirect` and
/// `mixed` items whose content overlaps the sentence, the one that overlaps it most (the
/// first on a tie). A sentence is one report as a rule; a second one nested in it (`X
/// said Y believes ...`) is the smaller. Each item looks up only the sentences it
/// overlaps (the sentences are in document order), so a long document costs the number
/// of overlaps, not sentences times items.
fn attribute(facts: &mut [FactUnit], quotes: &contract::Quotes) {
    let overlap = |q: Span, f: Span| q.end().min(f.end()).saturating_sub(q.start().max(f.start()));
    // Hand-edited segments may hold sentences out of order; then every pair is looked at.
    let ordered = facts.windows(2).all(|w| w[0].span.end() <= w[1].span.start());
    let mut best: Vec<Option<(usize, usize)>> = vec![None; facts.len()];
    for (i, q) in quotes.quotes.iter().enumerate().filter(|(_, q)| q.kind != QuoteKind::Direct) {
        let first = if ordered { facts.partition_point(|f| f.span.end() <= q.span.start()) } else { 0 };
        for (k, f) in facts.iter().enumerate().skip(first) {
            if ordered && f.span.start() >= q.span.end() {
                break;
            }
            let o = overlap(q.span, f.span);
            if o > 0 && best[k].is_none_or(|(_, b)| o > b) {
                best[k] = Some((i, o));
            }
        }
    }
    for (f, b) in facts.iter_mut().zip(best) {
        if let Some((i, _)) = b {
            f.quote = Some(quotes.quotes[i].id.clone());
            f.speaker = quotes.quotes[i].speaker.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(start: usize, end: usize) -> FactUnit {
        FactUnit { span: Span::new(start, end).unwrap(), text: String::new(), terms: Vec::new(), at: Vec::new(), quote: None, speaker: None, lead: false }
    }

    fn item(id: &str, kind: QuoteKind, start: usize, end: usize) -> contract::Quote {
        contract::Quote {
            id: id.into(),
            kind,
            span: Span::new(start, end).unwrap(),
            text: String::new(),
            speaker: Some(format!("{id}-speaker")),
            cue: None,
            quoted: Vec::new(),
            parts: Vec::new(),
            rule: None,
            confidence: None,
        }
    }

    fn attributed(facts: &mut [FactUnit], items: Vec<contract::Quote>) -> Vec<Option<String>> {
        attribute(facts, &contract::Quotes { quotes: items, ..Default::default() });
        facts.iter().map(|f| f.quote.clone()).collect()
    }

    #[test]
    fn a_sentence_takes_the_reported_speech_that_overlaps_it_most() {
        let items = vec![
            item("q-direct", QuoteKind::Direct, 0, 90),
            item("q-nested", QuoteKind::Indirect, 20, 40),
            item("q-outer", QuoteKind::Indirect, 10, 90),
            item("q-next", QuoteKind::Mixed, 105, 130),
        ];
        let mut facts = [fact(0, 100), fact(100, 140), fact(140, 200)];
        assert_eq!(attributed(&mut facts, items), [Some("q-outer".into()), Some("q-next".into()), None]);
        assert_eq!(facts[0].speaker.as_deref(), Some("q-outer-speaker"));
    }

    #[test]
    fn sentences_out_of_order_are_still_attributed() {
        // a hand edit of segments.yaml may list sentences in another order
        let mut facts = [fact(100, 140), fact(0, 100)];
        assert_eq!(attributed(&mut facts, vec![item("q-a", QuoteKind::Indirect, 10, 50)]), [None, Some("q-a".into())]);
    }

    /// A document's speakers: one person named `name`, mentioned once by `mention`.
    fn person(id: &str, name: &str, mention: &str, form: MentionForm) -> contract::Speakers {
        let m = contract::Mention { span: Span::new(0, mention.len()).unwrap(), text: mention.into(), form };
        let sp = contract::Speaker { id: id.into(), name: name.into(), kind: SpeakerKind::Person, mentions: vec![m] };
        contract::Speakers { speakers: vec![sp], ..Default::default() }
    }

    fn name_terms(sentence: &str, speakers: &contract::Speakers) -> Vec<u64> {
        terms_at(sentence, 0, &|_| false, &Names::new(speakers)).into_iter().map(|t| t.0).collect()
    }

    /// Outlets spell one person's full name their own ways (`Paul R. Brandt`, `Paul
    /// Brandt`), so their speaker ids differ; the fact terms their sentences carry for him
    /// must not, nor may they differ from a third outlet's `Brandt` that its speakers did
    /// not resolve. Every name of him is his surname's term.
    #[test]
    fn one_person_spelled_two_ways_gives_one_fact_term() {
        let a = name_terms("Officials said Paul unveiled the note.", &person("paul-r-brandt", "Paul R. Brandt", "Paul R. Brandt", MentionForm::Full));
        let b = name_terms("Officials said Brandt unveiled the note.", &person("paul-brandt", "Paul Brandt", "Paul Brandt", MentionForm::Full));
        let c = name_terms("Officials said Brandt unveiled the note.", &contract::Speakers::default());
        assert_eq!(a, b);
        assert_eq!(b, c);
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(super::STOP.windows(2).all(|w| w[0] < w[1]));
    }
}
