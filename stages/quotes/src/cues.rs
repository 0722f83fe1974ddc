//! Finding the cue that attributes a quote, and its subject.
//!
//! A cue is a speech verb (the forms marked `cue` in the shared table, read through
//! [`VerbUse::Cue`]; the naming verbs of [`naming_verbs.txt`](naming_verbs.txt), `called`,
//! `dubbed`, only right before a quote) in the quote's own sentence, outside any quote,
//! with its subject: a person mention from the speakers stage (`Legend explained`, `said
//! John Legend`, `he shared`, a pronoun the speakers stage resolved), a document (`the
//! text read`, `the tweet continued`), or someone the text does not name (`a spokesman
//! said`). The subject of a verb is the mention nearest before it; after a participle
//! (`..., simply saying:`) it is the sentence's first mention; only verbs that allow it
//! take a subject after them (`said Legend`, but never `told Sara Bareilles`, whose object
//! is the addressee); there the subject is the name that ends the noun phrase after the
//! verb (`said Reyes campaign manager Sam Ortiz`). A verb form after a determiner or a
//! possessive is a noun (`his remarks`), not a cue.

use contract::lexicon::{is_between_subject_and_verb, is_speech_verb, own_clause_after_quote, with_folded, VerbUse};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const NAMING_VERBS: &str = include_str!("naming_verbs.txt");

/// Verbs whose following noun is their object, never an inverted subject.
const NOT_INVERTED: &[&str] = &[
    "told", "tells", "telling", "asked", "asks", "asking", "urged", "urges", "warned", "warns",
    "praised", "blasted", "slammed", "mocked", "texted", "called", "calling", "dubbed", "labeled",
    "labelled", "termed", "described", "describing", "branded", "answered", "answers",
];

/// Verbs that take their subject after them before a quote (`..., explained Brandt,
/// “...”`), where a name after any other verb may be its object (`pressed Tom Reyes`).
const INVERTIBLE: &[&str] = &[
    "said", "says", "explained", "explains", "added", "adds", "noted", "notes", "wrote",
    "writes", "recalled", "recalls", "argued", "argues", "continued", "continues", "observed",
    "remarked", "insisted", "acknowledged", "countered", "predicted", "concluded", "quipped",
    "joked", "declared", "stated", "conceded", "admitted", "suggested", "replied", "responded",
];

/// Verbs of a question, inverted before a quote only after a fronted phrase with no
/// subject (`Rather than ..., asks Grace Okafor, “...?”`); `asks` in the present
/// only: `, asked Tom Reyes, “...”` is as often his questioner.
const QUESTION_VERBS: &[&str] = &["asks", "wonders", "wondered", "mused", "muses"];

/// Nouns naming a written text whose author is its speaker (`the tweet continued`).
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "tweet", "tweets", "text", "texts", "message", "messages", "post", "posts", "email",
    "emails", "e-mail", "letter", "note", "caption", "memo", "statement", "posting", "dm",
];

/// Words that open or join a clause, never part of a noun phrase naming a speaker.
const CLAUSE_WORDS: &[&str] = &[
    "which", "who", "whom", "that", "why", "because", "and", "but", "or", "so", "as", "when",
    "while", "if", "then", "is", "was", "are", "were", "be", "been", "it", "this", "he", "she",
    "they", "we", "i", "you", "not", "where", "how", "what", "since", "until", "before",
];

/// Pronouns that can be the subject of a cue.
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "i", "we"];

fn naming_verbs() -> &'static FxHashSet<&'static str> {
    static VERBS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    VERBS.get_or_init(|| NAMING_VERBS.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).flat_map(str::split_whitespace).collect())
}

/// A person mention known to the quotes stage.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mention {
    pub start: usize,
    pub end: usize,
    pub speaker: usize,
    /// A pronoun (`he`), which never beats a name next to a verb.
    pub pronoun: bool,
    /// A possessive pronoun (`his`), never a subject.
    pub possessive: bool,
    /// A mention of a text (`the report`), which writes nothing of its own: no text's
    /// author.
    pub document: bool,
    /// A group named only by a bare noun (`people`, `residents`): no one in particular, so
    /// no speaker of a quote that only follows it.
    pub generic: bool,
}

/// A word with its offsets.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl Tok<'_> {
    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Whether the word is `word`, whatever its case.
    pub fn is_word(&self, word: &str) -> bool {
        self.is(word)
    }

    fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Whether the word ends in a possessive `'s` or `’s` (`ABC's`, `McDonald’s`). A word
    /// in `s` with a bare apostrophe after it is one too, which only the text after the
    /// word tells: [`possessive_after`] reads both.
    pub fn possessive_form(&self) -> bool {
        self.text.ends_with("'s") || self.text.ends_with("’s")
    }

    /// Whether the word is one of `list` (lower-case ASCII words), whatever its case,
    /// without lower-casing it into a new string.
    pub fn in_list(&self, list: &[&str]) -> bool {
        list.iter().any(|w| self.is(w))
    }
}

/// The last word of `text[lo..hi]`, as [`toks`] would give it, tokenising only from the
/// whitespace before it (a word holds no whitespace), not the whole window.
pub(super) fn last_tok(text: &str, lo: usize, hi: usize) -> Option<Tok<'_>> {
    let window = text.get(lo..hi)?;
    let end = window.rfind(char::is_alphanumeric)?;
    // past the whitespace character, which may be wider than a byte (a no-break space)
    let from = window[..end].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(w, c)| w + c.len_utf8());
    let mut last = None;
    each_word(text, lo + from, hi, |t| last = Some(t));
    last
}

/// Where the words before the verb `ts[v]` stop being auxiliaries and adverbs (`has
/// repeatedly said`), going back no further than `lo`: the end of its subject.
pub(super) fn past_auxiliaries(ts: &[Tok], lo: usize, v: usize) -> usize {
    let mut k = v;
    while k > lo && is_between_subject_and_verb(ts[k - 1].text) {
        // (a place after a subject, `Officials there said`, `Polls there show`: after a
        // name or a plural; else `there` opens its clause and is its subject, `since
        // there appears to be`, `worry there seems to be`)
        if ts[k - 1].in_list(&["there", "here"]) && !(k - 1 > lo && placed_after(&ts[k - 2])) {
            break;
        }
        k -= 1;
    }
    k
}

/// Whether `there` or `here` after word `w` is a place after a subject: `w` is a name
/// or a plural noun (`Officials there`, `Smith here`, `Many there`), not a verb or a
/// function word (`worry there`, `says there`, `since there`).
fn placed_after(w: &Tok) -> bool {
    let plural = plural_noun(w);
    let opener = w.in_list(&["since", "after", "before", "because", "when", "while", "if", "though", "although", "as", "and", "but", "so", "yet", "once", "until", "now", "still", "then", "that", "where", "whether", "unless"]);
    !opener && (w.text.starts_with(char::is_uppercase) || plural || w.in_list(&["few", "many", "some", "most", "people", "everyone", "police", "staff", "men", "women", "children"]))
}

/// Whether word `w` may be a plural noun: it ends in `-s` (not `-ss`) and is no verb of
/// speech and no function word or adverb that ends so (`was`, `this`, `thus`, `always`).
pub(super) fn plural_noun(w: &Tok) -> bool {
    let lower = w.lower();
    lower.ends_with('s') && !lower.ends_with("ss") && !contract::lexicon::is_cue_or_reporting_verb(&lower) && !w.in_list(&["is", "was", "has", "does", "as", "this", "his", "its", "us", "yes", "thus", "perhaps", "always", "sometimes", "afterwards", "whereas"])
}

/// What a byte is to [`toks`]: a separator, an ASCII letter or digit, an ASCII
/// apostrophe or hyphen (inside a word when a letter or digit follows), or part of a
/// non-ASCII character (decoded where it starts).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    Separator,
    Alphanumeric,
    Joiner,
    Wide,
}

/// [`Byte`] per byte value: one look-up per byte, as most of the text is ASCII.
const BYTES: [Byte; 256] = {
    let mut table = [Byte::Separator; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            Byte::Wide
        } else if c.is_ascii_alphanumeric() {
            Byte::Alphanumeric
        } else if c == b'\'' || c == b'-' {
            Byte::Joiner
        } else {
            Byte::Separator
        };
        b += 1;
    }
    table
};

/// The words of `text[lo..hi]`: letters and digits with inner apostrophes and hyphens
/// (an apostrophe or hyphen inside a word, with a letter or digit after it).
pub(super) fn toks(text: &str, lo: usize, hi: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    toks_into(text, lo, hi, &mut out);
    out
}

/// [`toks`] into `out`, emptied first (its memory kept for a caller that tokenises one
/// window after another).
pub(super) fn toks_into<'a>(text: &'a str, lo: usize, hi: usize, out: &mut Vec<Tok<'a>>) {
    out.clear();
    // (about one word in six bytes of news prose)
    out.reserve(hi.saturating_sub(lo) / 5 + 1);
    each_word(text, lo, hi, |t| out.push(t));
}

/// Calls `word` with each word of `text[lo..hi]` in order, as [`toks`] lists them.
fn each_word<'a>(text: &'a str, lo: usize, hi: usize, mut word: impl FnMut(Tok<'a>)) {
    let Some(window) = text.get(lo..hi) else { return };
    let mut i = 0;
    while let Some((start, end)) = next_word(window, i) {
        word(Tok { start: lo + start, end: lo + end, text: &window[start..end] });
        i = end;
    }
}

/// The words of `text[lo..hi]` one by one, as [`toks`] lists them: for a caller that
/// reads only some of them (the first, whether any is ..., how many up to a bound), with
/// no list made.
pub(super) fn words(text: &str, lo: usize, hi: usize) -> Words<'_> {
    Words { window: text.get(lo..hi).unwrap_or(""), lo, at: 0 }
}

/// The iterator of [`words`].
pub(super) struct Words<'a> {
    window: &'a str,
    lo: usize,
    /// Where in the window the next word is looked for.
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        let (start, end) = next_word(self.window, self.at)?;
        self.at = end;
        Some(Tok { start: self.lo + start, end: self.lo + end, text: &self.window[start..end] })
    }
}

/// The first word of `window` at or after byte `i`: its start and end in the window.
#[inline(always)]
fn next_word(window: &str, mut i: usize) -> Option<(usize, usize)> {
    let bytes = window.as_bytes();
    let n = bytes.len();
    // the width of the character at `i` when it is a letter or digit
    let alphanumeric = |i: usize| -> Option<usize> {
        match BYTES[usize::from(bytes[i])] {
            Byte::Alphanumeric => Some(1),
            Byte::Wide => window[i..].chars().next().filter(|c| c.is_alphanumeric()).map(char::len_utf8),
            _ => None,
        }
    };
    while i < n {
        let start = i;
        match BYTES[usize::from(bytes[i])] {
            Byte::Separator | Byte::Joiner => {
                i += 1;
                continue;
            }
            Byte::Alphanumeric => i += 1,
            Byte::Wide => {
                let c = window[i..].chars().next().unwrap_or('\0');
                i += c.len_utf8();
                if !c.is_alphanumeric() {
                    continue;
                }
            }
        }
        while i < n {
            match BYTES[usize::from(bytes[i])] {
                Byte::Alphanumeric => i += 1,
                Byte::Separator => break,
                Byte::Joiner if i + 1 < n && alphanumeric(i + 1).is_some() => i += 1,
                Byte::Joiner => break,
                Byte::Wide => {
                    let c = window[i..].chars().next().unwrap_or('\0');
                    let width = c.len_utf8();
                    // `’` inside a word (`don’t`) joins as `'` does
                    if c.is_alphanumeric() || (c == '’' && i + width < n && alphanumeric(i + width).is_some()) {
                        i += width;
                    } else {
                        break;
                    }
                }
            }
        }
        // capitals each with its dot are one word, the last dot left out (`F.C.C`, `U.S`):
        // letter by letter, the `A` of `The F.C.C. said` read as an article; and a
        // compound goes on past the dot (`C.I.A.-backed` is one word, no verb)
        if i == start + 1 && bytes[start].is_ascii_uppercase() {
            while i + 1 < n && bytes[i] == b'.' && bytes[i + 1].is_ascii_uppercase() && (i + 2 == n || bytes[i + 2] == b'.') {
                i += 2;
            }
            if i > start + 1 && i + 2 < n && bytes[i] == b'.' && bytes[i + 1] == b'-' && alphanumeric(i + 2).is_some() {
                i += 2;
                while i < n && (alphanumeric(i).is_some() || (BYTES[usize::from(bytes[i])] == Byte::Joiner && i + 1 < n && alphanumeric(i + 1).is_some())) {
                    i += alphanumeric(i).unwrap_or(1);
                }
            }
        }
        return Some((start, i));
    }
    None
}

/// Whether `word` is a speech verb (`naming` adds `called`, `dubbed`, ...).
pub(super) fn is_verb(word: &str, naming: bool) -> bool {
    is_speech_verb(word, VerbUse::Cue) || (naming && with_folded(word, |w| naming_verbs().contains(w)))
}


/// Words after which a verb form is a noun (`his remarks`, `the claims`, `news reports`
/// is left to the quote's context).
pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "these", "those", "this", "that", "whose", "such", "some", "many", "several", "other"];

/// Whether the word `ts[i]` is a speech verb used as a verb: not after a determiner or a
/// possessive (`his remarks`, `Reyes’s claims`), where the form is a noun.
fn verb_at(text: &str, ts: &[Tok], i: usize, naming: bool) -> bool {
    let t = ts[i];
    if let Some(prev) = i.checked_sub(1).map(|k| ts[k]) {
        // `shot back`, `pointed out`, `went on`, `chimed in`: the particle closes the verb
        if PHRASAL.iter().any(|(v, p)| t.is(p) && prev.in_list(v)) && text.get(prev.end..t.start).is_some_and(|g| g.trim().is_empty()) {
            return true;
        }
    }
    // `Reyes issued a statement, “...”`, `released the following statement:`
    if t.in_list(&["issued", "issues", "released", "releases"]) && ts.iter().skip(i + 1).take(3).any(|x| x.is("statement")) {
        return true;
    }
    if !is_verb(t.text, naming) {
        return false;
    }
    // `the Okafors state in the filing`: `state` is a verb only after a plural
    // subject (a lower-case plural, a pronoun, or `the` and a capitalised plural), never
    // after a determiner or as a modifier (`the state`, `Ohio state Sen. Paul Brandt`)
    if t.is("state") {
        return i.checked_sub(1).map(|k| ts[k]).is_some_and(|p| {
            let adjacent = text.get(p.end..t.start).is_some_and(|g| g.trim().is_empty());
            let plural = p.text.starts_with(char::is_lowercase) && p.text.ends_with('s') && !p.text.ends_with("ss") && !p.in_list(DETERMINERS);
            let saudis = p.text.starts_with(char::is_uppercase) && p.text.ends_with('s') && i >= 2 && ts[i - 2].is("the");
            let before_name = ts.get(i + 1).is_some_and(|n| n.text.starts_with(char::is_uppercase));
            adjacent && !before_name && (p.in_list(&["they", "we", "i", "you"]) || plural || saudis)
        });
    }
    // `said`, `told` and their kin have no noun sense worth a guard; other forms may be
    // nouns (`his remarks`, `a mock trial`)
    if t.text.ends_with("ed") || t.text.ends_with("id") {
        return true;
    }
    let Some(prev) = i.checked_sub(1).map(|k| ts[k]) else { return true };
    let adjacent = text.get(prev.end..t.start).is_some_and(|g| g.trim().is_empty());
    // (an `-s` form is a noun after a preposition, `in states that border it`, and as a name's
    // last word, `the United States`; `Reyes Says` in a title-case headline is a verb)
    let name_part = t.text.starts_with(char::is_uppercase) && prev.text.starts_with(char::is_uppercase) && t.in_list(&["states", "reports", "notes", "claims", "remarks", "comments", "posts", "statements"]);
    let possessive = prev.text.ends_with("’s") || prev.text.ends_with("'s");
    if !t.text.ends_with('s') {
        // a bare form or a participle is a noun only after an article or a possessive (`a
        // mock trial`); `by saying`, `to say` and `a sign that read` are verbs
        return t.text.ends_with("ing") || !(adjacent && (prev.in_list(&["a", "an", "the", "his", "her", "its", "their", "my", "our", "your"]) || possessive));
    }
    !(adjacent && (prev.in_list(DETERMINERS) || prev.in_list(PREPOSITIONS) || name_part || possessive))
}

/// Verbs of speech made of a verb and a particle (`shot back`, `pointed out`).
const PHRASAL: &[(&[&str], &str)] = &[
    (&["shot", "fired", "hit", "pushed", "struck", "wrote", "snapped", "spoke"], "back"),
    (&["pointed", "spelled", "spelt", "lashed", "called", "cried", "laid", "speaks", "spoke"], "out"),
    (&["chimed", "chimes", "weighed", "weighs", "cut", "cuts"], "in"),
    (&["went", "goes", "go"], "on"),
    (&["summed", "sums", "piped", "spoke", "speaks", "spoken"], "up"),
];

/// Whether the word is a lower-case participle (`backing`, `based`): in a noun phrase
/// before a name it makes the name its object, not its head.
fn participle(t: &Tok) -> bool {
    t.text.starts_with(char::is_lowercase) && (t.text.ends_with("ing") || t.text.ends_with("ed"))
}

/// Whether the verb `ts[v]` is passive (`was asked`, `were told`): its subject is not
/// the speaker.
/// The forms of `be` before a passive participle (`was asked`, `Reyes was mentioned in`).
const BE: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];

fn passive(text: &str, ts: &[Tok], v: usize) -> bool {
    let be = BE;
    let prev = |k: usize| k.checked_sub(1).map(|j| ts[j]).filter(|p| text.get(p.end..ts[k].start).is_some_and(|g| g.trim().is_empty()));
    ts[v].text.ends_with("ed") && matches!(ts[v].lower().as_str(), "asked" | "told" | "quoted" | "questioned" | "pressed" | "challenged" | "reminded" | "informed" | "urged" | "warned" | "interviewed")
        && prev(v).is_some_and(|p| p.in_list(be) || p.text.ends_with("ly") && prev(v - 1).is_some_and(|q| q.in_list(be)))
}

/// Title abbreviations whose period does not end a noun phrase (`Sen. Ruth Kemp`).
const ABBREVIATIONS: &[&str] = &["sen", "sens", "rep", "reps", "gov", "dr", "mr", "mrs", "ms", "lt", "gen", "col", "capt", "sgt", "st", "jr", "sr", "prof", "rev", "atty", "supt", "insp", "cpl", "pvt", "adm", "cmdr", "maj", "hon", "u.s", "u.k", "d", "r", "i"];

/// Lower-case words that end the noun phrase after an inverted verb (`said Lopez on
/// Monday`, `said Lopez, who`): prepositions, relatives and conjunctions.
const ENDS_NP: &[&str] = &["who", "whom", "which", "that", "when", "while", "as", "and", "but", "or", "in", "on", "at", "to", "for", "from", "by", "with", "about", "after", "before", "during", "last", "this", "earlier", "later", "recently", "today", "yesterday", "tonight", "told", "adding", "noting", "explaining", "referring", "speaking"];

/// Whether the mention `m` is a possessive (`Carter’s partner`, `Sanders’ plan`).
pub(super) fn possessive_name(text: &str, m: &Mention) -> bool {
    possessive_after(text, m.end) || text.get(m.end..).is_some_and(|r| r.starts_with('’') && !r.starts_with("’ ") || r.starts_with("s’"))
}

/// Whether the word that ends at byte `end` is a possessive: `'s` or `’s` follows it, or
/// it ends in `s` and a bare apostrophe follows (`Sanders’ plan`, `the voters' concerns`)
/// that closes no quote its line opened ([`closes_a_quote`]), with no letter or digit
/// after the mark (`Reyes’s`, not `Reyes’sister`).
pub(super) fn possessive_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else { return false };
    let word_ends = |r: &str| !r.starts_with(char::is_alphanumeric);
    let after_s = ["'s", "’s"].iter().find_map(|m| rest.strip_prefix(m));
    let bare = text.get(..end).is_some_and(|b| b.ends_with(['s', 'S'])).then(|| ["'", "’"].iter().find_map(|m| rest.strip_prefix(m))).flatten();
    if let Some(r) = after_s {
        return word_ends(r);
    }
    bare.is_some_and(|r| word_ends(r) && !closes_a_quote(text, end))
}

/// Whether a single mark at byte `end` closes a quote that a single mark opened earlier on
/// its line (`call the toll ‘a tax on farmers’ and`): the line before it holds more
/// opening marks (`‘`, or `'` at a word's start) than closing ones (`’` or `'` at a word's
/// end). A mark inside a word (`don’t`) is neither.
fn closes_a_quote(text: &str, end: usize) -> bool {
    // (the line back to its start, 400 bytes at most: the search for the line's start
    // stays within them, however long a paragraph runs)
    let lo = (end.saturating_sub(400)..end).find(|&i| text.is_char_boundary(i)).unwrap_or(end);
    let line = text[lo..end].rsplit('\n').next().unwrap_or("");
    let (mut open, mut close) = (0usize, 0usize);
    let mut prev: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        let letter_after = next.is_some_and(char::is_alphanumeric);
        match c {
            '‘' => open += 1,
            '’' | '\'' if letter_before && letter_after => {}
            '\'' if letter_after => open += 1,
            '’' | '\'' if letter_before => close += 1,
            _ => {}
        }
        prev = Some(c);
    }
    open > close
}

/// The subject after an inverted verb ending at `verb_end`, no further than `hi`: the
/// name that ends the noun phrase after the verb (`said Reyes campaign manager Sam
/// Ortiz`, `says Bristol cartoonist Ann Carter`, `said Sen. Ruth Kemp`), or the name in
/// apposition to a possessive phrase (`says Carter’s partner, Lee Moss`). `None` when
/// the phrase has no name, or its head is a noun after the last name (`said a Reyes
/// aide`); then the caller decides.
fn inverted_subject<'m>(text: &str, mentions: &'m [Mention], verb_end: usize, hi: usize) -> Option<&'m Mention> {
    let ts = toks(text, verb_end, hi);
    let ts = &ts[..ts.len().min(12)];
    // the noun phrase: up to a comma, a sentence end (not a title's period), a preposition
    let mut np_end = verb_end;
    let mut at_comma = false;
    for (k, t) in ts.iter().enumerate() {
        let gap = text.get(if k == 0 { verb_end } else { ts[k - 1].end }..t.start).unwrap_or("");
        if k > 0 {
            let after_abbrev = gap.trim() == "." && ts[k - 1].in_list(ABBREVIATIONS);
            if gap.contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']) || (gap.contains(['.', '!', '?']) && !after_abbrev) {
                at_comma = gap.trim() == ",";
                break;
            }
        } else if gap.chars().any(|c| !c.is_whitespace()) {
            return None;
        }
        let lower = t.lower();
        // `said former Oregon Gov. and Northgate Mills Board Chairman Paul
        // Brandt`: titles joined by `and` before any name go on to the name
        let joined_titles = lower == "and" && ts.get(k + 1).is_some_and(|n| n.text.chars().next().is_some_and(char::is_uppercase)) && mentions_in(mentions, verb_end, t.start).next().is_none();
        if t.text.chars().next().is_some_and(char::is_lowercase) && ENDS_NP.contains(&lower.as_str()) && !joined_titles {
            break;
        }
        np_end = t.end;
        if k + 1 == ts.len() {
            let tail = text.get(t.end..hi).unwrap_or("");
            at_comma = tail.trim_start().starts_with(',');
        }
    }
    // `said of Reyes’s campaign`: what follows is the verb's complement
    if np_end == verb_end || ts.first().is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase) && (t.in_list(PREPOSITIONS) || t.in_list(ENDS_NP))) {
        return None;
    }
    let in_np: Vec<&Mention> = mentions_in(mentions, verb_end, np_end).filter(|m| !m.pronoun).collect();
    let last = in_np.iter().rev().find(|m| !possessive_name(text, m)).copied();
    // the name ends the phrase, or only lower-case words of no noun phrase follow
    if let Some(m) = last {
        let trailing = toks(text, m.end, np_end);
        if trailing.iter().all(|t| t.text.chars().next().is_some_and(char::is_uppercase)) {
            return Some(m);
        }
    }
    // `says Carter’s partner, Lee Moss`: the name in apposition to a phrase without one
    if at_comma && last.is_none() {
        let after = toks(text, np_end, hi);
        if let Some(first) = after.first() {
            if let Some(m) = mentions_in(mentions, first.start, hi).next().filter(|m| m.start == first.start && !m.pronoun && !possessive_name(text, m)) {
                return Some(m);
            }
        }
    }
    None
}

/// Who a cue's subject is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Subject {
    /// A person the speakers stage found (index into its list).
    Person(usize),
    /// A text or post (`the tweet`): its author speaks.
    Document,
    /// A pronoun the speakers stage did not resolve.
    Pronoun,
    /// Someone or something the text does not name as a person.
    Unnamed,
}

/// A cue: the bytes that attribute, and its subject.
#[derive(Clone, Copy, Debug)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub subject: Subject,
    /// The verb, lower-cased, for rules that care (`continued`).
    pub continues: bool,
    /// Words between the verb and the quote (0 for `said:`).
    pub gap: usize,
}

/// The mentions that lie in `lo..hi`, in order: a binary search, as `mentions` is
/// sorted by position.
pub(super) fn within(mentions: &[Mention], lo: usize, hi: usize) -> impl Iterator<Item = &Mention> {
    let first = mentions.partition_point(|m| m.start < lo);
    mentions[first..].iter().take_while(move |m| m.start < hi).filter(move |m| m.end <= hi)
}

/// Mentions inside `lo..hi` that can be a subject (possessives cannot).
pub(super) fn mentions_in(mentions: &[Mention], lo: usize, hi: usize) -> impl Iterator<Item = &Mention> {
    within(mentions, lo, hi).filter(|m| !m.possessive)
}

/// Prepositions that make the next mention an object, not a subject (`for Cole`).
pub(super) const PREPOSITIONS: &[&str] = &[
    "for", "to", "of", "in", "about", "with", "against", "on", "at", "from", "by", "than", "like", "toward", "towards", "over", "into", "after",
    "under", "among", "between", "including", "behind", "without", "through", "via", "alongside", "amid", "beside", "unlike", "regarding", "despite", "during", "upon", "within",
];

/// The cue of a passive verb (`Reyes was asked`, `was asked by host Dana Whitfield`): the
/// agent after `by` within `verb..hi` speaks, else nobody the cue names.
fn passive_cue(text: &str, ts: &[Tok], v: usize, hi: usize, mentions: &[Mention], gap: usize) -> Found {
    let t = ts[v];
    let agent = ts.get(v + 1).filter(|b| b.is("by")).and_then(|b| mentions_in(mentions, b.end, hi).next().filter(|m| !m.pronoun && words(text, b.end, m.start).nth(2).is_none()));
    match agent {
        Some(m) => Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap },
        None => Found { start: ts[v.saturating_sub(1)].start, end: t.end, subject: Subject::Unnamed, continues: false, gap },
    }
}

/// The subject mention before a verb in `lo..verb`: the nearest one not governed by a
/// preposition.
pub(super) fn subject_before<'m>(text: &str, mentions: &'m [Mention], lo: usize, verb: usize) -> Option<&'m Mention> {
    mentions_in(mentions, lo, verb).filter(|m| !governed(text, lo, m)).last()
}

/// Whether the mention `m` follows a title's abbreviation it leaves out, and a
/// preposition governs the title: `wrote of Ms. Cole`, `Lee Moss on Gov. Ann Cole`.
fn governed_past_title(text: &str, lo: usize, m: &Mention) -> bool {
    const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "prof", "rev", "gen", "lt", "col", "capt", "sgt", "adm", "hon", "atty", "supt"];
    let Some(title) = last_tok(text, lo, m.start).filter(|t| t.in_list(TITLES) && text.get(t.end..m.start).is_some_and(|g| g.starts_with('.') && g[1..].trim().is_empty())) else { return false };
    last_tok(text, lo, title.start).is_some_and(|t| t.in_list(PREPOSITIONS) && text.get(t.end..title.start).is_some_and(|g| g.trim().is_empty()))
}

/// Whether the mention `m` is governed by a preposition in `lo..` (`to Cole`).
fn governed(text: &str, lo: usize, m: &Mention) -> bool {
    // (a comma between them ends the preposition's phrase: `Weighing in, Tom Smith said`)
    // (a share's `in` governs nothing: `Three in 10 riders say`, a number on both sides;
    // not `Two in the mayor's office said`, `finished in the top 10 in Eastvale`)
    let number = |n: &Tok| contract::lexicon::is_small_number(&n.lower());
    let share = |t: &Tok| t.is_word("in") && last_tok(text, lo, t.start).is_some_and(|n| number(&n)) && words(text, m.start, m.end).next().as_ref().is_some_and(number);
    // (nor an approximation's `about` opening the clause: `About 58 percent of riders
    // say`)
    let digit = |t: &Tok| t.text.starts_with(|c: char| c.is_ascii_digit()) || number(t);
    let approximate = |t: &Tok| t.is_word("about") && text.get(lo..t.start).is_some_and(|g| g.trim().is_empty()) && words(text, m.start, m.end).next().as_ref().is_some_and(digit);
    last_tok(text, lo, m.start).is_some_and(|t| t.in_list(PREPOSITIONS) && !share(&t) && !approximate(&t) && !text.get(t.end..m.start).is_some_and(|g| g.contains(',')))
}

/// The subject of a verb at `verb` in `lo..verb`, reading past a clause set off by commas
/// (`Cole, who called Reyes on Monday, told`, `Mr. Reyes, asked about Mr. Brandt, had
/// said`): the name before the clause, else the nearest subject ([`subject_before`]).
fn clause_subject<'m>(text: &str, mentions: &'m [Mention], lo: usize, verb: usize) -> Option<&'m Mention> {
    if let Some(m) = coordinated_subject(text, mentions, lo, verb) {
        return Some(m);
    }
    let nearest = subject_before(text, mentions, lo, verb)?;
    // (past the auxiliaries and adverbs before the verb: `Mr. Brandt, had said`)
    let mut before_verb = text.get(lo..verb).unwrap_or("").trim_end();
    while let Some(t) = last_tok(text, lo, lo + before_verb.len()).filter(|t| is_between_subject_and_verb(t.text) && t.end == lo + before_verb.len()) {
        before_verb = text.get(lo..t.start).unwrap_or("").trim_end();
    }
    if before_verb.ends_with(',') {
        let clause_end = lo + before_verb.len() - 1;
        // the name right before the clause's opening comma
        let outer = mentions_in(mentions, lo, clause_end).filter(|m| {
            !m.pronoun && !possessive_name(text, m) && !governed(text, lo, m) && text.get(m.end..).is_some_and(|r| r.starts_with(',')) && m.end < clause_end
        });
        if let Some(m) = outer.filter(|m| m.start < nearest.start).last() {
            // the clause in between holds no sentence break
            let inner = text.get(m.end + 1..clause_end).unwrap_or("");
            // (an abbreviation's period, `under Mr. Brandt`, breaks nothing)
            let stop = inner.match_indices('.').any(|(k, _)| {
                let word = inner[..k].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                !(word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() <= 3)
            });
            if !stop && !inner.contains([';', '“', '”', '"']) {
                return Some(m);
            }
        }
    }
    Some(nearest)
}

/// Words that open a clause or phrase set before a sentence's subject (`When Kemp
/// retired in 2004, Mayor Reyes said`).
pub(super) const FRONTED: &[&str] = &["after", "when", "as", "because", "since", "while", "before", "if", "although", "though", "once", "in", "on", "at", "during", "following", "despite", "unlike", "with", "asked", "speaking"];

/// Where the verb `ts[v]` and its auxiliaries and adverbs start when `and` or `but` joins
/// it to a verb before (`... and said`, `but then added`, `and has repeatedly said`).
fn joined_at(ts: &[Tok], v: usize) -> Option<usize> {
    let k = past_auxiliaries(ts, 0, v);
    (k > 0 && ts[k - 1].in_list(&["and", "but"])).then_some(k)
}

/// `Lopez said the call was made by Paul Brandt and said, “...”`: a verb joined to
/// the sentence's first by `and` or `but` (`, but then said`) shares that verb's subject,
/// the sentence's first name that no preposition governs (past a fronted clause), not
/// the name nearest to it.
fn coordinated_subject<'m>(text: &str, mentions: &'m [Mention], lo: usize, verb: usize) -> Option<&'m Mention> {
    let ts = toks(text, lo, verb);
    let k = joined_at(&ts, ts.len()).filter(|&k| k >= 2)?;
    // (past a fronted clause: its comma starts the main clause; so does the comma after
    // an opening phrase that names no one, `Eight years ago, he backed Reyes and said`)
    let first_comma = text.get(lo..verb)?.find(',').map(|c| lo + c);
    let main = if ts[0].in_list(FRONTED) {
        first_comma? + 1
    } else {
        first_comma.filter(|&c| mentions_in(mentions, lo, c).next().is_none()).map_or(lo, |c| c + 1)
    };
    let first = mentions_in(mentions, main, ts[k - 1].start).find(|m| !possessive_name(text, m))?;
    // (a relative clause after the first name owns the joined verb: `introduced Gov. Tom
    // Smith, who walked to the podium and said`; so does a clause after a semicolon or
    // after a dash that no second dash closes: `she said, the mail helps – although she
    // laughed and said`; an aside between two dashes is no clause, `Ann Cole hugged Lee
    // Moss – her oldest friend – and said`)
    if words(text, first.end, ts[k - 1].start).any(|t| t.in_list(&["who", "which", "whom", "that"])) {
        return None;
    }
    if let Some(gap) = text.get(first.end..ts[k - 1].start) {
        let dashes = gap.matches(['–', '—', '―']).count() + gap.matches(" - ").count() + gap.matches("--").count();
        if gap.contains(';') || dashes % 2 == 1 {
            return None;
        }
    }
    // (the first name must open the clause: `Critics of Reyes ... and said` is no Reyes's)
    let lead = toks(text, main, first.start);
    (!governed(text, main, first) && lead.len() <= 3 && lead.iter().all(|t| t.text.starts_with(char::is_uppercase) || t.in_list(&["the", "a", "an"]))).then_some(first)
}

/// Whether mention `m` ends in a post's noun (`the tweet`, `his statement`).
fn names_post(text: &str, m: &Mention) -> bool {
    // (as written: `the Post` is a newspaper, `the post` a post)
    text.get(m.start..m.end).and_then(|t| t.split_whitespace().last()).is_some_and(|w| DOCUMENT_NOUNS.contains(&w))
}

/// The subject after an inverted verb: the first name in `lo..hi`, else a pronoun.
fn subject_after(mentions: &[Mention], lo: usize, hi: usize) -> Option<&Mention> {
    mentions_in(mentions, lo, hi).find(|m| !m.pronoun).or_else(|| mentions_in(mentions, lo, hi).next())
}

fn subject_np(ts: &[Tok], mentions: &[Mention]) -> Option<(usize, Subject)> {
    // a person mention in the words, else what the words are
    let lo = ts.first()?.start;
    let hi = ts.last()?.end;
    if let Some(m) = mentions_in(mentions, lo, hi).last() {
        return Some((m.start, Subject::Person(m.speaker)));
    }
    if ts.iter().any(|t| t.in_list(DOCUMENT_NOUNS)) {
        return Some((lo, Subject::Document));
    }
    if ts.iter().any(|t| t.in_list(SUBJECT_PRONOUNS)) {
        return Some((lo, Subject::Pronoun));
    }
    Some((lo, Subject::Unnamed))
}

/// `“...” if she didn't carry the ward, said Victor Mendes, an analyst.`: the writer's
/// words go on after the quote, then an inverted cue after a comma names the speaker.
/// `lo..hi` is the rest of the quote's sentence; the caller asks this last, after the
/// cues close to the quote.
pub(super) fn inverted_at_the_end(text: &str, lo: usize, hi: usize, mentions: &[Mention]) -> Option<Found> {
    let all = toks(text, lo, hi);
    (1..all.len()).find_map(|k| {
        let t = all[k];
        let comma = text.get(all[k - 1].end..t.start).is_some_and(|g| g.trim() == ",");
        if !comma || !verb_at(text, &all, k, false) || t.in_list(NOT_INVERTED) || t.text.ends_with("ing") {
            return None;
        }
        let m = inverted_subject(text, mentions, t.end, hi)?;
        Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: k })
    })
    .or_else(|| subject_first_at_the_end(text, &all, mentions))
}

/// `“We've opened two new depots” there and in towns that join in April, the
/// memo stated.`: the same with the subject first, a short noun phrase ending in a name
/// (or a text) right before its verb, and nothing after the verb but its adjuncts (`said
/// at a town hall on Monday`), never a clause of its own (`said he would`).
fn subject_first_at_the_end(text: &str, all: &[Tok], mentions: &[Mention]) -> Option<Found> {
    let k = (1..all.len()).rev().find(|&k| text.get(all[k - 1].end..all[k].start).is_some_and(|g| g.trim() == ","))?;
    let v = (k..all.len().min(k + 9)).find(|&v| verb_at(text, all, v, false))?;
    let t = all[v];
    if t.text.ends_with("ing") || t.in_list(NOT_INVERTED) || passive(text, all, v) {
        return None;
    }
    let subject_end = past_auxiliaries(all, k, v);
    let m = mentions_in(mentions, all[k].start, all[subject_end.checked_sub(1)?].end).filter(|m| !m.possessive).last()?;
    if subject_end <= k || m.end != all[subject_end - 1].end || governed(text, all[k].start, m) {
        return None;
    }
    let lead = &all[k..subject_end];
    if lead.iter().any(|x| x.in_list(CLAUSE_WORDS) && !x.in_list(&["this", "it", "he", "she", "they", "we", "i"]) || is_verb(x.text, true) && x.start < m.start) {
        return None;
    }
    // (after the verb: nothing, or a preposition's phrase)
    let after_ok = all.get(v + 1).is_none_or(|n| n.in_list(PREPOSITIONS) || n.in_list(&["last", "this", "earlier", "later", "today", "yesterday", "recently"]));
    after_ok.then_some(Found { start: m.start, end: t.end, subject: Subject::Person(m.speaker), continues: false, gap: v })
}

/// A cue after a quote: `, Legend explained`, `, said Legend`, `, he shared`,
/// `, the text read`, `, according to People`. `lo..hi` is the rest of the quote's
/// sentence.
pub(super) fn after(text: &str, lo: usize, hi: usize, mentions: &[Mention]) -> Option<Found> {
    let found = after_quote(text, lo, hi, mentions)?;
    // a quote that ends its own sentence (`''We are not leaving.'' Mr. Mendes said:
    // ''The plant ...''`) is not the quote of a cue that introduces the next one, nor of
    // a verb with a clause of its own (`“... the Reyes campaign.” Brandt said he would
    // have dismissed him`); `“A,” he said, “B.”` ends no sentence before its cue
    if closes_sentence(text, lo) {
        let rest = text.get(found.end..).unwrap_or("").trim_start();
        let introduces = rest.starts_with(':') || rest.strip_prefix(',').is_some_and(|r| r.trim_start().starts_with(['“', '"', '‘']));
        // (`She said the council must pay`, `He said voters “know ...”`, `He pledged to
        // move ...`; not `Diaz told the Herald`, `said it at every rally`, `said the next
        // day`: [`contract::lexicon::attribution_ends_here`], the segmenter's test too)
        let verb = words(text, found.start, found.end).last().map_or(String::new(), |v| v.lower());
        let after = toks(text, found.end, hi.max(found.end));
        // (the words up to the first mark after the verb)
        let n = (0..after.len()).find(|&k| text.get(if k == 0 { found.end } else { after[k - 1].end }..after[k].start).is_none_or(|g| !g.trim().is_empty())).unwrap_or(after.len());
        let words: Vec<&str> = after[..n].iter().map(|t| t.text).collect();
        let own = !contract::lexicon::attribution_ends_here(&verb, &words);
        if introduces || own {
            return None;
        }
    }
    Some(found)
}

/// Whether the quote that closes at `close_end` ends with its sentence's own stop
/// (`.`, `?`, `!` inside the marks).
fn closes_sentence(text: &str, close_end: usize) -> bool {
    let inside = text.get(..close_end).unwrap_or("").trim_end_matches(|c: char| matches!(c, '”' | '"' | '’' | '\'' | '»') || c.is_whitespace());
    inside.ends_with(['.', '?', '!'])
}

fn after_quote(text: &str, lo: usize, hi: usize, mentions: &[Mention]) -> Option<Found> {
    let all = toks(text, lo, hi);
    let ts = &all[..all.len().min(14)];
    // the cue must follow the quote closely: only punctuation before its first word
    let lead = text.get(lo..ts.first()?.start)?;
    if lead.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    // `“...,” and shared a link`: a verb joined to the sentence's own, whose subject came
    // before the quote, attributes nothing after it
    if ts[0].in_list(&["and", "but", "or", "then"]) && ts.get(1).is_some_and(|t| is_verb(t.text, false)) {
        return None;
    }
    // `“...,” while Lopez and other leaders penned ...`: a clause of its own, with its
    // own subject and verb, after the quote's sentence
    if ts[0].in_list(&["while", "whereas", "although", "though", "because"]) {
        return None;
    }
    let verb_near = (0..ts.len().min(8)).any(|k| verb_at(text, ts, k, false) || ts[k].is("according"));
    // a name right after the quote: the subject of a verb past an apposition, or a dash's
    // (titles and roles before it are part of the phrase: `Mr. Mendes`,
    // `Representative Paul R. Brandt`, `the economist Lena Hart`, `digital
    // consultant Sam Ortiz`; a clause's words are not: `which is why`)
    let name = mentions_in(mentions, ts[0].start, hi).next().filter(|m| {
        let titles = ts.iter().take_while(|t| t.end <= m.start).count();
        let between = text.get(ts[0].start..m.start).unwrap_or("");
        // (no participle: `voters backing Tom Reyes, the incumbent, said` are the voters)
        // (a verb used as one: `state Senate leader` opens with no verb)
        let role_word = |k: usize, t: &Tok| !(t.in_list(CLAUSE_WORDS) || t.in_list(PREPOSITIONS) || verb_at(text, ts, k, true) || is_between_subject_and_verb(t.text) || participle(t));
        let titled = ts[..titles].iter().enumerate().all(|(k, t)| role_word(k, t)) && !between.contains([',', ';', ':', '"', '“', '”']);
        (m.start == ts[0].start || (titles <= 5 && titled && ts.get(titles).is_some_and(|t| t.start == m.start))) && !m.pronoun && !possessive_name(text, m)
    });
    if let (Some(m), false) = (name, verb_near) {
        // `“...” ― Dana Ortiz`, `“...” — Dana Ortiz, mayor`, `— Dana Ortiz on Twitter`: a
        // dash, then the name, unless a verb follows it (`- Voters in Millbrook who watched
        // the hearing said they ...` is a clause of its own after a quote set off by dashes)
        let signs = words(text, m.end, hi).next().as_ref().is_none_or(|t| !(t.in_list(&["who", "which", "that"]) || (t.text.starts_with(char::is_lowercase) && is_verb(t.text, false))));
        if signs && (lead.contains(['―', '—', '–']) || lead.contains(" - ") || lead.trim_end().ends_with('-')) {
            return Some(Found { start: m.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: 0 });
        }
        // `“...,” Tom Reyes, director of a centre at a university, said.`: the verb after
        // the apposition's comma, the name before it its subject
        // (`Paul R. Brandt Jr., the director ...`: an abbreviation's period before it)
        // (past a name's suffix, `Victor Mendes III, founder of ..., tells`, and a second
        // name joined by `and`, `Ann Cole and House Speaker Sam Ortiz, both
        // Republicans, said`, whose first name is taken)
        let mut np_end = m.end;
        if let Some(suffix) = [" Jr.", " Sr.", " II", " III", " IV"].iter().find(|x| text.get(np_end..).is_some_and(|r| r.starts_with(*x) && r[x.len()..].starts_with(','))) {
            np_end += suffix.len();
        }
        if text.get(np_end..).is_some_and(|r| r.starts_with(" and ")) {
            let second = mentions_in(mentions, np_end, hi).find(|n| !n.pronoun).filter(|n| {
                let between = toks(text, np_end, n.start);
                between.len() <= 4 && between.iter().skip(1).all(|t| t.text.starts_with(char::is_uppercase)) && !text.get(np_end..n.start).unwrap_or("").contains(',')
            });
            if let Some(n) = second {
                np_end = n.end;
                // (then the verb at once, however long the titles made the phrase: `“...,”
                // House Speaker Ann Cole and Senate Democratic Leader Paul Brandt
                // said`)
                let k = all.partition_point(|t| t.start < np_end);
                if all.get(k).is_some_and(|x| text.get(np_end..x.start).is_some_and(|g| g.trim().is_empty())) && verb_at(text, &all, k, false) && !passive(text, &all, k) {
                    let x = &all[k];
                    let continues = x.is("continued") || x.is("continues") || x.is("added") || x.is("adds");
                    return Some(Found { start: m.start, end: x.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
                }
            }
        }
        // `“...,” Lena Hart of the Ruth Kemp Center for Bridge Safety Studies
        // said`: the name's place of work, capitalised words after `of`, `at` or `from`,
        // then the verb
        if let Some(found) = name_of_organisation(text, &all, np_end, m) {
            return Some(found);
        }
        if text.get(np_end..).is_some_and(|r| r.starts_with(',') || r.starts_with(".,")) {
            // (a relative clause in the apposition may end with no comma before the verb:
            // `Dana Whitfield, the transit blogger who founded busfares.net tweeted`)
            let who = all.iter().position(|t| t.start >= np_end && t.is("who"));
            let far = all.iter().enumerate().skip(1).take(40).find(|&(k, x)| {
                let gap = text.get(all[k - 1].end..x.start).unwrap_or("");
                // a period of an abbreviation (`Eastvale, Ore., said`) ends nothing
                let abbrev = all[k - 1].text.len() <= 4 && all[k - 1].text.chars().next().is_some_and(char::is_uppercase);
                let after_comma = gap.contains(',') && !gap.contains([';', '"', '“', '”']) && (!gap.contains('.') || abbrev);
                let after_relative = who.is_some_and(|j| k > j + 1 && k <= j + 12) && gap.trim().is_empty() && (x.text.ends_with("ed") || x.in_list(&["said", "wrote", "told"]));
                x.start > np_end && (after_comma || after_relative) && verb_at(text, &all, k, false) && !x.text.ends_with("ing")
            });
            if let Some((k, x)) = far {
                // the clause ends with the verb or goes on with its complements (`said on
                // Power Play`), never with a new subject (`, said Lopez`)
                let inverted_after = mentions_in(mentions, x.end, all.get(k + 3).map_or(hi, |y| y.end)).any(|n| !governed(text, x.end, n));
                if !inverted_after {
                    let continues = x.is("continued") || x.is("continues") || x.is("added") || x.is("adds");
                    return Some(Found { start: m.start, end: x.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
                }
            }
        }
    }
    if let Some(found) = long_role_subject(text, ts, mentions).or_else(|| possessive_role_apposition(text, &all, mentions)) {
        return Some(found);
    }
    for (v, t) in ts.iter().enumerate().take(8) {
        if t.is("according") && ts.get(v + 1).is_some_and(|n| n.is("to")) {
            let m = mentions_in(mentions, t.end, hi).next();
            return Some(match m {
                Some(m) => Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: 0 },
                None => Found { start: t.start, end: ts.get(v + 1)?.end, subject: Subject::Unnamed, continues: false, gap: 0 },
            });
        }
        // (a name that is also a verb's form is the name: `“...,” Read said`)
        let name = mentions_in(mentions, t.start, t.end).next().is_some_and(|m| m.start == t.start && !m.pronoun);
        if !verb_at(text, ts, v, false) || name {
            continue;
        }
        let continues = t.is("continued") || t.is("continues") || t.is("added") || t.is("adds");
        if v > 0 && passive(text, ts, v) {
            return Some(passive_cue(text, ts, v, hi, mentions, 0));
        }
        if v == 0 {
            // inverted: `said Legend`, `said John Legend, the singer`, `asked Sen. X`;
            // only `told` and its kin never take their subject after them
            if matches!(t.lower().as_str(), "told" | "tells" | "telling" | "texted" | "urged" | "warned") {
                return None;
            }
            let rest = &ts[1..ts.len().min(9)];
            // (not before a clause of its own, `that`, a pronoun and its verb, a noun
            // phrase and its auxiliary ([`own_clause_after_quote`]): in `Ann Cole, calling
            // the plan “a raid on riders,” said the board would vote again` the quote sits
            // in its subject's aside, and the verb reports the clause; `said the mayor`
            // would be inverted)
            let mut after = [""; 8];
            let mut n = 0;
            let mut prev = t.end;
            for x in rest.iter().take(8) {
                if text.get(prev..x.start).is_none_or(|g| g.contains([',', ';', ':', '(', '"', '“', '”', '—', '–'])) {
                    break;
                }
                after[n] = x.text;
                n += 1;
                prev = x.end;
            }
            let clause = own_clause_after_quote(&after[..n]);
            if clause {
                return None;
            }
            if let Some(m) = inverted_subject(text, mentions, t.end, hi) {
                return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
            }
            // else the first name of the words after the verb, not an object (`said the
            // rookie, younger brother of Sam Ortiz`)
            let governed = |m: &&Mention| rest.iter().rev().find(|x| x.end <= m.start).is_some_and(|x| x.in_list(PREPOSITIONS));
            if let Some(m) = rest.first().and_then(|r| subject_after(mentions, r.start, rest.last()?.end)).filter(|m| !governed(m)) {
                return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
            }
            let np_end = rest.get(..rest.len().min(4)).and_then(|r| r.last()).map_or(t.end, |r| r.end);
            let subject = subject_np(&rest[..rest.len().min(4)], &[]).map_or(Subject::Unnamed, |s| s.1);
            return Some(Found { start: t.start, end: np_end, subject, continues, gap: 0 });
        }
        // `, said Ruth Kemp`: a comma right before the verb means what came before
        // was the quote's tail, and the subject follows
        let comma_before = text.get(ts[v - 1].end..t.start).is_some_and(|g| g.contains(','));
        let window_end = ts.get(v + 8).map_or(hi, |x| x.end);
        if comma_before && !t.in_list(NOT_INVERTED) {
            // the subject follows at once (`said Sen. Ruth Kemp`), not after a
            // preposition (`said of Reyes’s campaign`)
            if let Some(m) = inverted_subject(text, mentions, t.end, hi) {
                return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
            }
            let close = ts[v + 1..].iter().take(3).take_while(|x| !x.in_list(PREPOSITIONS)).last().map_or(t.end, |x| x.end);
            if let Some(m) = subject_after(mentions, t.end, close).filter(|m| !m.pronoun) {
                return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
            }
        }
        // subject before the verb: no more than a name and an apposition
        if v > 7 {
            return None;
        }
        // (a post that continues, `the tweet continued`, goes on with the words of the
        // quote before, even where the speakers stage made the post a source of its own:
        // the document rule below gives them to that quote's speaker)
        if let Some(m) = clause_subject(text, mentions, ts[0].start, t.start).filter(|m| !(continues && names_post(text, m))) {
            return Some(Found { start: m.start, end: t.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
        }
        let (start, subject) = subject_np(&ts[..v], &[])?;
        if subject == Subject::Unnamed && !t.in_list(NOT_INVERTED) && !passive(text, ts, v) {
            if let Some(m) = inverted_subject(text, mentions, t.end, window_end) {
                return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
            }
        }
        return Some(Found { start, end: t.end, subject, continues, gap: 0 });
    }
    None
}

/// The verb after a name and its organisation (`Lena Hart of the Ruth Kemp Center
/// for Bridge Safety Studies said`): `of`, `at` or `from` right after the name ending
/// at `np_end`, then only capitalised words, `the` and the connectors of a name (`for`,
/// `and`, `of`, a possessive), then the verb.
fn name_of_organisation(text: &str, ts: &[Tok], np_end: usize, m: &Mention) -> Option<Found> {
    let after = ts.iter().position(|t| t.start >= np_end)?;
    if !ts[after].in_list(&["of", "at", "from"]) || text.get(np_end..ts[after].start).is_none_or(|g| !g.trim().is_empty()) {
        return None;
    }
    let capital = |t: &Tok| t.text.starts_with(char::is_uppercase);
    let mut k = after + 1;
    while k < ts.len() && k < after + 12 && (capital(&ts[k]) || ts[k].in_list(&["the", "for", "and", "of", "s"])) && text.get(ts[k - 1].end..ts[k].start).is_some_and(|g| !g.contains([',', ';', ':', '.', '"', '“', '”'])) {
        k += 1;
    }
    // (at least one capitalised word, and the verb next: no clause of its own)
    if k == after + 1 || !ts[after + 1..k].iter().any(capital) || k >= ts.len() {
        return None;
    }
    let v = finite_verb_from(text, ts, k)?;
    Some(Found { start: m.start, end: ts[v].end, subject: Subject::Person(m.speaker), continues: false, gap: 0 })
}

/// The verb of speech at `ts[from]`, past auxiliaries and adverbs (`had long said`), when
/// it is no participle: the verb right after a subject phrase that ends before `from`.
fn finite_verb_from(text: &str, ts: &[Tok], from: usize) -> Option<usize> {
    let v = (from..ts.len()).find(|&j| !is_between_subject_and_verb(ts[j].text))?;
    (verb_at(text, ts, v, false) && !ts[v].text.ends_with("ing")).then_some(v)
}

/// `“...,” Oregon Rep. Ann Cole’s chief of staff, Sam Ortiz, told reporters`:
/// a possessive name and a role in lower case, then the name in apposition to them, set
/// off by commas, is the subject of the verb right after it.
fn possessive_role_apposition(text: &str, ts: &[Tok], mentions: &[Mention]) -> Option<Found> {
    let gap = |k: usize| text.get(ts[k - 1].end..ts[k].start).unwrap_or("");
    // the first comma, at most eight words in
    let comma = (1..ts.len().min(9)).find(|&k| gap(k).contains(','))?;
    if gap(comma).trim() != "," {
        return None;
    }
    let owner = mentions_in(mentions, ts[0].start, ts[comma - 1].end).filter(|m| possessive_name(text, m) && !m.pronoun).last()?;
    // (the role: lower-case words from the possessive to the comma, `chief of staff`)
    let role = ts[..comma].iter().filter(|t| t.start > owner.end);
    if role.clone().count() == 0 || !role.clone().all(|t| t.text.starts_with(char::is_lowercase) && !t.in_list(CLAUSE_WORDS) && !participle(t)) {
        return None;
    }
    let name = mentions_in(mentions, ts[comma].start, ts[(comma + 5).min(ts.len() - 1)].end).next().filter(|m| m.start == ts[comma].start && !m.pronoun && !possessive_name(text, m))?;
    let after = ts.iter().position(|t| t.start >= name.end)?;
    // (an optional comma closes the apposition; the verb follows at once)
    let v = finite_verb_from(text, ts, after)?;
    Some(Found { start: ts[0].start, end: ts[v].end, subject: Subject::Person(name.speaker), continues: false, gap: 0 })
}

/// `“...,” University of the Eastvale Coast political scientist Victor Mendes said.`: a
/// role phrase before the name longer than the few words [`after`] lets a subject take.
/// Only a name that ends right before the verb (auxiliaries and adverbs aside), after
/// words with no comma, verb, participle or clause word among them: such a run of words
/// can only be the name's description.
fn long_role_subject(text: &str, ts: &[Tok], mentions: &[Mention]) -> Option<Found> {
    let first_verb = (0..ts.len()).find(|&k| verb_at(text, ts, k, false))?;
    if first_verb < 8 {
        return None;
    }
    let subject_end = past_auxiliaries(ts, 0, first_verb);
    let name = mentions_in(mentions, ts[0].start, ts[subject_end.checked_sub(1)?].end).filter(|m| !m.pronoun).last()?;
    if name.end != ts[subject_end - 1].end || possessive_name(text, name) {
        return None;
    }
    let role = ts.iter().take_while(|t| t.end <= name.start);
    let plain = role.clone().all(|t| !(t.in_list(CLAUSE_WORDS) || is_verb(t.text, true) || participle(t)));
    let between = text.get(ts[0].start..name.start).unwrap_or("");
    (plain && !between.contains([',', ';', ':', '"', '“', '”', '(', ')', '.', '!', '?'])).then(|| Found {
        start: ts[0].start,
        end: ts[first_verb].end,
        subject: Subject::Person(name.speaker),
        continues: false,
        gap: 0,
    })
}

/// A cue before a quote in its sentence: `Legend continued:`, `West replied,`,
/// `Legend explained that he and West`, `John has spoken of ..., simply saying:`.
/// `lo..hi` runs from the sentence's start to the opening mark.
pub(super) fn before(text: &str, lo: usize, hi: usize, mentions: &[Mention], naming: bool) -> Option<Found> {
    let ts = toks(text, lo, hi);
    // `Cole: "..."`, the transcript's and the headline's cue
    let tail = text.get(lo..hi).unwrap_or("").trim_end();
    if let Some(head) = tail.strip_suffix(':') {
        let head_end = lo + head.trim_end().len();
        if let Some(m) = mentions_in(mentions, lo, head_end).last().filter(|m| m.end == head_end && !m.pronoun && !governed(text, lo, m) && !governed_past_title(text, lo, m)) {
            return Some(Found { start: m.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: 0 });
        }
    }
    // the last speech verb of the stretch; `according to X, "..."` also counts
    let Some(v) = (0..ts.len()).rev().find(|&k| verb_at(text, &ts, k, naming) || ts[k].is("according")) else {
        // `Here’s Cole in December 1998: “...”`: a short clause with no verb of speech
        // that introduces the quote with a colon names its speaker
        if tail.ends_with(':') && ts.len() <= 10 {
            let m = subject_before(text, mentions, lo, hi).filter(|m| !m.pronoun && !possessive_name(text, m));
            let first = mentions_in(mentions, lo, hi).find(|m| !m.pronoun);
            if let (Some(m), Some(f)) = (m, first) {
                // only one person in the clause: two would need a verb to choose
                if f.speaker == m.speaker {
                    return Some(Found { start: m.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: ts.len() });
                }
            }
        }
        // `Senate Majority Leader Paul Brandt, R-Ohio, sent a stern warning to
        // Reyes: “...”`: a clause that opens on its named subject and introduces the
        // quote with a colon gives it to that subject (two people need no verb to choose
        // here, unlike above: the subject's place at the clause's start chooses)
        if tail.ends_with(':') {
            let first = mentions_in(mentions, lo, hi).next().filter(|m| !m.pronoun && !possessive_name(text, m) && !governed(text, lo, m));
            if let Some(m) = first {
                let lead = toks(text, lo, m.start);
                let titles = lead.iter().all(|t| t.text.chars().next().is_some_and(char::is_uppercase));
                if (lead.len() <= 1 || (titles && lead.len() <= 4)) && !text.get(lo..m.start).unwrap_or("").contains([',', '"', '“', '”']) {
                    return Some(Found { start: m.start, end: m.end, subject: Subject::Person(m.speaker), continues: false, gap: ts.len() });
                }
            }
        }
        return None;
    };
    let t = ts[v];
    let gap = ts.len() - v - 1;
    // naming verbs (`called it`, `put it`) attribute only a quote close after them
    if !is_verb(t.text, false) && !t.is("according") && gap > 3 {
        return None;
    }
    let continues = t.is("continued") || t.is("added");
    if passive(text, &ts, v) {
        return Some(passive_cue(text, &ts, v, hi, mentions, gap));
    }
    if t.is("according") {
        let m = mentions_in(mentions, t.end, hi).next();
        return Some(match m {
            Some(m) => Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap },
            None => Found { start: t.start, end: t.end, subject: Subject::Unnamed, continues, gap },
        });
    }
    let before_verb = &ts[..v];
    // `Because of how the council drew the map, explained Brandt, “...”`: after a
    // comma, a verb followed by a name is inverted, and the name is its subject
    // (only verbs whose object is no listener: `, pressed Tom Reyes, “...”` is Reyes's
    // interviewer speaking)
    let comma_before = v > 0 && text.get(ts[v - 1].end..t.start).is_some_and(|g| g.trim() == ",");
    // (a question's verb only after a fronted phrase, `Rather than ..., asks Grace
    // Okafor, “...?”`: after a subject, `a voter, visibly nervous, asks Ann
    // Cole, “...?”`, the name is who is asked)
    let question = t.in_list(QUESTION_VERBS);
    // (and no noun phrase set off by commas after it: `At a town hall, a young voter,
    // visibly nervous, asks Ann Cole`)
    let subject_between = || text.get(lo..t.start).unwrap_or("").split(',').skip(1).any(|seg| seg.split_whitespace().next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "one")));
    if comma_before && (t.in_list(INVERTIBLE) || (question && (ts[0].in_list(FRONTED) || ts[0].is("rather")) && !subject_between())) {
        // (the name, after a few title or role words, ends the clause at the quote: `said
        // the union might back ads against Mr. Brandt, “...”` is no inversion)
        let close = |m: &&Mention| words(text, t.end, m.start).nth(4).is_none() && !text.get(m.end..hi).unwrap_or("").chars().any(char::is_alphanumeric);
        if let Some(m) = inverted_subject(text, mentions, t.end, hi).filter(close) {
            return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
        }
    }
    // a participle takes the clause's subject: the first person named in the sentence
    let participle = t.text.ends_with("ing");
    let chosen = if participle {
        // the subject of the finite verb of speech before it (`..., Ortiz said, adding:`),
        // else the sentence's first name that is no object (`Reyes compared himself to
        // Cole, saying`)
        let finite = (0..v).rev().find(|&k| verb_at(text, &ts, k, false) && !ts[k].text.ends_with("ing"));
        match finite {
            Some(k) => clause_subject(text, mentions, lo, ts[k].start),
            None => mentions_in(mentions, lo, t.start).find(|m| !possessive_name(text, m) && !governed(text, lo, m)),
        }
    } else {
        clause_subject(text, mentions, lo, t.start)
    };
    if let Some(m) = chosen {
        // `the tweet from Legend read:` names the author right there; a verb joined by
        // `and` or `but` is the cue alone, not the first verb's clause with it (`he backed
        // Reyes over Cole and said`)
        let start = joined_at(&ts, v).map_or(m.start, |k| ts[k].start);
        return Some(Found { start, end: t.end, subject: Subject::Person(m.speaker), continues, gap });
    }
    if before_verb.is_empty() {
        // `Said Legend: "..."`
        if !t.in_list(NOT_INVERTED) {
            if let Some(m) = subject_after(mentions, t.end, hi) {
                return Some(Found { start: t.start, end: m.end, subject: Subject::Person(m.speaker), continues, gap: 0 });
            }
        }
        return Some(Found { start: t.start, end: t.end, subject: Subject::Unnamed, continues, gap });
    }
    let np = &before_verb[before_verb.len().saturating_sub(4)..];
    let (start, subject) = subject_np(np, &[])?;
    Some(Found { start, end: t.end, subject, continues, gap })
}

/// The author of a text or post mentioned in `lo..hi` (earlier prose): the person after
/// `from` (`text messages from John Legend`), the owner of `X’s tweet`, or the subject of
/// `X tweeted` / `X texted` / `X posted` / `X wrote`.
pub(super) fn author(text: &str, lo: usize, hi: usize, mentions: &[Mention]) -> Option<usize> {
    let ts = toks(text, lo, hi);
    let authors = |lo: usize, hi: usize| mentions_in(mentions, lo, hi).filter(|m| !m.document);
    let mut best = None;
    for (i, t) in ts.iter().enumerate() {
        let lower = t.lower();
        let doc = DOCUMENT_NOUNS.contains(&lower.as_str());
        let writes = matches!(lower.as_str(), "tweeted" | "texted" | "posted" | "wrote" | "messaged" | "emailed");
        if doc {
            // `... messages from John Legend`
            if ts.get(i + 1).is_some_and(|n| n.is("from") || n.is("by")) {
                // (not a possessive's owner: `a statement from Tom Reyes's family`)
                if let Some(m) = authors(ts[i + 1].end, ts.get(i + 6).map_or(hi, |x| x.end)).next().filter(|m| !possessive_name(text, m)) {
                    best = Some(m.speaker);
                    continue;
                }
            }
            // `Legend’s tweet`, `a tweet Legend sent`
            let back = ts.get(i.saturating_sub(3)).map_or(lo, |x| x.start);
            if let Some(m) = authors(back, t.start).last() {
                best = Some(m.speaker);
                continue;
            }
            // `Dana Whitfield, a researcher at Northgate, stated in the firm’s blog post`:
            // the subject of a verb of speech right before `in` and the text
            // (not a passive one: `Reyes was mentioned in a post`)
            let verb_in = (i.saturating_sub(4)..i).rev().find(|&k| ts[k].is("in")).filter(|&k| k > 0 && is_verb(ts[k - 1].text, false) && !(k >= 2 && ts[k - 2].in_list(BE)));
            if let Some(k) = verb_in {
                let verb = ts[k - 1].start;
                let sentence = text.get(lo..verb).and_then(|b| b.rfind(['.', '!', '?', '\n'])).map_or(lo, |p| lo + p + 1);
                if let Some(m) = clause_subject(text, mentions, sentence, verb).filter(|m| !m.document && !m.pronoun) {
                    best = Some(m.speaker);
                }
            }
        } else if writes {
            let back = ts.get(i.saturating_sub(4)).map_or(lo, |x| x.start);
            if let Some(m) = authors(back, t.start).last() {
                best = Some(m.speaker);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::{last_tok, toks, words};

    /// The words as a walk over every character reads them (the reading [`toks`]
    /// replaced): letters and digits, and an apostrophe or hyphen inside a word when a
    /// letter or digit follows it within the window.
    fn walk(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize)> {
        let Some(window) = text.get(lo..hi) else { return Vec::new() };
        let chars: Vec<(usize, char)> = window.char_indices().collect();
        let mut out = Vec::new();
        let mut start = None;
        for (k, &(i, c)) in chars.iter().enumerate() {
            let inner = matches!(c, '\'' | '’' | '-') && start.is_some() && chars.get(k + 1).is_some_and(|n| n.1.is_alphanumeric());
            if c.is_alphanumeric() || inner {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push((lo + s, lo + i));
            }
        }
        if let Some(s) = start {
            out.push((lo + s, hi));
        }
        out
    }

    /// Every window of every string of up to five characters drawn from letters, digits,
    /// apostrophes, hyphens and spaces of one and several bytes is split into the same
    /// words, a window that cuts a character included; [`words`] gives them one by one
    /// and [`last_tok`] the last, as [`toks`] lists them.
    #[test]
    fn words_are_read_as_a_character_walk_reads_them() {
        let alphabet = ['a', 'Z', '1', '\'', '’', '-', ' ', 'é', '—', '\u{a0}'];
        for text in &crate::every_string(&alphabet, 5) {
            for lo in 0..=text.len() {
                for hi in lo..=text.len() {
                    let listed: Vec<(usize, usize)> = toks(text, lo, hi).iter().map(|t| (t.start, t.end)).collect();
                    assert_eq!(listed, walk(text, lo, hi), "{text:?} {lo}..{hi}");
                    let one_by_one: Vec<(usize, usize)> = words(text, lo, hi).map(|t| (t.start, t.end)).collect();
                    assert_eq!(one_by_one, listed, "{text:?} {lo}..{hi}");
                    assert_eq!(last_tok(text, lo, hi).map(|t| (t.start, t.end)), listed.last().copied(), "{text:?} {lo}..{hi}");
                }
            }
        }
    }

    /// Capitals with their dots (`F.C.C`, `U.S`) and a compound past the dot
    /// (`C.I.A.-backed`) are one word whether the words are listed or read one by one.
    #[test]
    fn initials_are_one_word_listed_or_one_by_one() {
        let text = "The F.C.C. said a C.I.A.-backed U.S. group won’t";
        let listed: Vec<&str> = toks(text, 0, text.len()).iter().map(|t| t.text).collect();
        assert_eq!(listed, ["The", "F.C.C", "said", "a", "C.I.A.-backed", "U.S", "group", "won’t"]);
        let one_by_one: Vec<&str> = words(text, 0, text.len()).map(|t| t.text).collect();
        assert_eq!(one_by_one, listed);
        assert_eq!(last_tok(text, 0, text.len()).map(|t| t.text), Some("won’t"));
    }
}
