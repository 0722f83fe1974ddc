//! Organisations, groups and documents that speak, and the nominal and pronoun mentions
//! that refer to them (step 5 of the stage, see the crate's documentation).
//!
//! - **Organisations**: a run of capitalised words (all-capital acronyms included) ending
//!   in an organisation head word (`the Justice Department`, `Fox News`), opening with one
//!   before `of` (`the Department of Justice`), a capitalised name before a lower-case head
//!   (`the Reyes campaign`), or a lone acronym (`the FBI`), from
//!   [`organisations.txt`](organisations.txt). The mention includes a leading `the`; the
//!   canonical name leaves it out.
//! - **Documents**: `the report`, `the lawsuit`, a modifier or two allowed (`the new
//!   report`), a short phrase of lower-case words that places it before its verb (`a
//!   short notice on the club's website reads`); one entity per head noun, named by it.
//! - **Nominal mentions**: `the company`, `the Commission` refer to the nearest earlier
//!   organisation with a compatible head word; with none, they are an organisation of
//!   their own.
//! - **Pronouns**: `it` right before a speech verb refers to the nearest earlier
//!   organisation or document; `they` to the nearest earlier group. `he` and `she` never
//!   refer to any of these (they are not antecedents of the person rules).
//!
//! An entity is kept only when one of its mentions is the subject of a speech verb
//! (`the White House said`, `said the White House`, `according to the FBI`, `it added`)
//! or of a phrase that holds a view ([`phrase_verb`]: `point out`, `are concerned that`,
//! `is convinced that`, `voiced concern that`);
//! its other mentions outside quotes come with it, except after a preposition (`He said
//! of Congress:`), where the quotes stage would take them for a cue's subject. A name used as a modifier (`City
//! Hall spokesman Sam Ortiz`) is not a mention: the speaker is the name that ends
//! the noun phrase.

use crate::{mention, Lexicon, People, Word, PREPOSITIONS};
use contract::lexicon::{is_between_subject_and_verb, is_cue_or_reporting_verb, is_month, is_reporting_verb, is_speech_verb, Particle, Phrase, VerbUse, WEEKDAYS};
use contract::reach::Reach;
use contract::{Mention, MentionForm, SpeakerKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const ORGANISATIONS: &str = include_str!("organisations.txt");

/// The word lists of [`organisations.txt`](organisations.txt).
pub(crate) struct EntityLexicon {
    heads: FxHashSet<String>,
    lower_heads: FxHashSet<String>,
    /// Nominal noun -> the heads it may refer to.
    nominals: FxHashMap<String, Vec<String>>,
    acronym_not: FxHashSet<String>,
    known: FxHashSet<String>,
    documents: FxHashSet<String>,
    pub(crate) groups: FxHashSet<String>,
    countries: FxHashSet<String>,
}

impl EntityLexicon {
    /// Whether `word`, as written, ends an organisation's name (`Institute`, `Committee`).
    pub(crate) fn is_head(&self, word: &str) -> bool {
        self.heads.contains(word)
    }
}

pub(crate) fn entity_lexicon() -> &'static EntityLexicon {
    static LEX: OnceLock<EntityLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = EntityLexicon {
            heads: FxHashSet::default(),
            lower_heads: FxHashSet::default(),
            nominals: FxHashMap::default(),
            acronym_not: FxHashSet::default(),
            known: FxHashSet::default(),
            documents: FxHashSet::default(),
            groups: FxHashSet::default(),
            countries: FxHashSet::default(),
        };
        for line in ORGANISATIONS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let Some((key, rest)) = line.split_once(':') else { continue };
            let words = || rest.split_whitespace().map(str::to_string);
            match key.trim() {
                "head" => lex.heads.extend(words()),
                "lower" => lex.lower_heads.extend(words()),
                "acronym-not" => lex.acronym_not.extend(words()),
                "known" => lex.known.extend(words()),
                "country" => lex.countries.extend(words()),
                "document" => lex.documents.extend(words()),
                "group" => lex.groups.extend(rest.split_whitespace().map(str::to_lowercase)),
                "nominal" => {
                    if let Some((noun, heads)) = rest.split_once('=') {
                        lex.nominals.insert(noun.trim().to_string(), heads.split_whitespace().map(str::to_string).collect());
                    }
                }
                _ => {}
            }
        }
        lex
    })
}

/// Verbs whose following noun is their object, never an inverted subject.
const NOT_INVERTED: &[&str] = &[
    "told", "tells", "telling", "asked", "asks", "urged", "warned", "praised", "blasted",
    "slammed", "mocked", "texted", "called", "described", "answered",
];

/// Reporting verbs whose subject is what seems, not who holds a view (`the plan seems to
/// work`, `the bill is expected to pass`). Not `expect` and `expects`, which have no
/// passive: whoever expects holds a view (`riders who expect the fares to fall`).
pub(crate) const SEEMING: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared", "expected"];

/// Words that may stand between a subject and its speech verb (`the agency also said`).
const BETWEEN: &[&str] = &[
    "also", "has", "had", "have", "previously", "later", "then", "again", "recently", "would",
    "will", "did", "does", "first", "further", "initially", "repeatedly", "publicly",
    "originally", "subsequently", "now", "still", "last", "earlier", "has since", "even",
];

/// Lower-case words after a name that end its noun phrase (so the name is no modifier).
const ENDS_NP: &[&str] = &[
    "and", "or", "but", "who", "whom", "whose", "that", "which", "is", "was", "were", "are",
    "has", "had", "have", "will", "would", "said", "says", "also", "in", "on", "at", "to",
    "for", "of", "with", "from", "by", "about", "after", "before", "as", "than", "when",
    "where", "while", "because", "if", "since", "until", "the", "a", "an", "its", "their",
];

/// A word that opens an organisation name or continues it.
fn org_word(w: &Word) -> bool {
    let mut chars = w.text.chars();
    chars.next().is_some_and(char::is_uppercase) && !w.contraction()
}

/// An all-capital word of two to six letters (`FBI`, `NAACP`), or dotted letters.
fn acronym(w: &Word) -> bool {
    let n = w.text.chars().count();
    ((2..=6).contains(&n) && w.text.chars().all(|c| c.is_ascii_uppercase())) || w.initials()
}

/// A brand-like word with a capital inside it (`TransLink`, `WikiLeaks`, `PolitiFact`):
/// an organisation's or a product's name. People's names carry inner capitals only after
/// a short prefix (`McCain`, `DeSantis`, `LeBron`, `MacArthur`, `VanVleet`, `FitzGerald`),
/// and a listed given name is a person's whatever its capitals. The inner capital is an
/// ASCII one: a name whose accented letter was read in the wrong encoding (`JesÃºs`)
/// carries a capital `Ã` inside and is still a person's.
pub(crate) fn brand_name(word: &str) -> bool {
    const NAME_PREFIXES: &[&str] = &["Mac", "Van", "Von", "Del", "Der", "Den", "Des", "Ter", "Ten", "Sha", "Tre", "Fitz", "Dela", "Della"];
    let mut chars = word.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return false;
    }
    let mut prev_lower = false;
    for (at, c) in chars {
        if c.is_ascii_uppercase() && prev_lower {
            let prefix = &word[..at];
            return prefix.chars().count() > 2 && !NAME_PREFIXES.contains(&prefix) && !contract::lexicon::is_given_name(word);
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// Whether the phrase `first..=last` is the subject of a participle of speech or
/// attitude right after it ([`crate::participle_after`]: `ads attacking Cole`, `the Herald
/// reporting that ...`), and is a noun phrase: no past in it, which would make it a
/// clause whose object the participle follows (`the board released records showing`);
/// not a conjunct (`his record and polls showing`), or a text its writer puts out (`Cole
/// issued a statement saying`, `sent out a release urging`), whose words are the
/// writer's, as the quotes stage reads them.
fn participle_subject(words: &[Word], first: usize, last: usize) -> bool {
    crate::participle_after(words, last)
        && !crate::conjunct(words, first)
        && !(first..last).any(|k| {
            let lower = words[k].lower();
            words[k].text.starts_with(char::is_lowercase) && (lower.ends_with("ed") || contract::lexicon::is_unmarked_past(lower))
        })
        && !(first.saturating_sub(2)..first).any(|k| {
            let w = &words[k];
            w.sentence == words[first].sentence && w.joins_next && (contract::lexicon::WRITING_VERBS.contains(&w.lower()) || matches!(w.lower(), "out" | "draft"))
        })
}

/// Whether a speech verb of the cue kind follows word `last` in its sentence, outside
/// quotes, right away or after an adverb or auxiliary (`the agency also said`).
fn verb_after(words: &[Word], last: usize, views: bool) -> bool {
    verb_after_with(words, last, views, views)
}

/// [`verb_after`], with the progressive of a reporting verb (`is calling for`) counted
/// only when `progressive` is set.
fn verb_after_with(words: &[Word], last: usize, views: bool, progressive: bool) -> bool {
    let (sentence, quoted) = (words[last].sentence, words[last].in_quote);
    // (past a time, `The White House on Tuesday said`)
    let time = if words[last].joins_next { crate::time_phrase_at(words, last + 1) } else { 0 };
    // (past `are more likely to` or `tend to`: `Ferry riders were far more likely to say`)
    if let Some(n) = crate::catenative_to(words, last + 1 + time).filter(|_| words[last].joins_next && words.get(last + 1).is_some_and(|n| n.sentence == sentence && n.in_quote == quoted)) {
        // (else on as before: `seem to be hoping` goes through `seem`)
        if words[n].sentence == sentence && is_speech_verb(words[n].text, VerbUse::Cue) || (views && is_reporting_verb(words[n].text)) {
            return true;
        }
    }
    if words[last].joins_next && words.get(last + 1 + time).is_some_and(|n| n.sentence == sentence && n.in_quote == quoted) && crate::seeming_speech(words, last + 1 + time) {
        return true;
    }
    // (after a pronoun, which is a subject and no object that a manner's adverb could
    // end, any adverb in `-ly` too, below)
    // (not a noun or an adjective in `-ly`, `family`, `early`, nor an adverb that says the
    // act did not happen, `nearly said`, `hardly said`)
    const NOT_MANNER: &[&str] = &[
        "family", "belly", "holy", "ugly", "silly", "early", "rally", "ally", "daily", "weekly", "monthly", "yearly", "likely", "unlikely", "lonely",
        "friendly", "elderly", "nearly", "hardly", "barely", "scarcely", "only", "supply", "reply", "apply",
    ];
    let pronoun = matches!(words[last].lower(), "it" | "they") || words[last].lower().starts_with("they");
    // (at most three auxiliaries and adverbs, as for a description: `The Harbour Board
    // has not yet said`)
    for (k, w) in words.iter().enumerate().skip(last + 1 + time).take(4) {
        if w.sentence != sentence || w.in_quote != quoted || !words[k - 1].joins_next {
            return false;
        }
        // with `views`, holding a view makes a source too (`they opposed it`, `it believes`)
        // (an `-ing` form only after `be`: `is calling for`, `are also expressing`)
        let through_be = w.text.ends_with("ing") && progressive && words[last + 1..k].iter().any(|x| BE.contains(&x.lower()));
        // (and, with `views`, a phrase that holds a view, [`phrase_verb`]: `point out`,
        // `are concerned that`, `voiced concern that`)
        let phrase = views && phrase_at(words, k);
        if (is_speech_verb(w.text, VerbUse::Cue) || (views && is_reporting_verb(w.text) && !SEEMING.contains(&w.lower())) || phrase) && (!w.text.ends_with("ing") || through_be) {
            // `the study cited by Reyes`: a participle before `by` is passive, and what
            // comes before it is not its subject
            let by = words.get(k + 1).is_some_and(|n| n.sentence == sentence && n.lower() == "by");
            return !by;
        }
        // (`it angrily insisted`, `they quickly agreed`: see `pronoun` above)
        let ly = pronoun && w.text.starts_with(char::is_lowercase) && w.text.len() > 4 && w.text.ends_with("ly") && !NOT_MANNER.contains(&w.lower());
        if !between_at(words, k) && !ly {
            return false;
        }
    }
    false
}

/// Where the verb whose subject is a source stands, for word `v`: `v` itself when it is
/// a cue or reporting verb (`said`, `believes`), or a phrasal one before its particle
/// (`point out`, `made it clear`), or a verb that holds a noun of speech as its subject's
/// own (`voiced concern that`, [`contract::lexicon::HOLDING_VERBS`]); the copula before
/// it when it is an adjective of speech or attitude before its preposition (`are
/// concerned that`, `have been sharply critical of`, `remain confident that`) or a held
/// passive before what the view is (`is convinced that`,
/// [`contract::lexicon::HELD_PASSIVES`]): their subject holds the view as `believe`'s
/// does.
fn source_verb(words: &[Word], v: usize) -> Option<usize> {
    // (the phrases first: `convinced` and `worried` are reporting verbs too, and a held
    // passive's verb is its copula)
    phrase_verb(words, v).or_else(|| (!words[v].in_quote && is_cue_or_reporting_verb(words[v].lower())).then_some(v))
}

/// [`source_verb`] for the phrases only: a phrasal verb, a verb that holds a noun of
/// speech, an adjective of attitude or a held passive.
fn phrase_verb(words: &[Word], v: usize) -> Option<usize> {
    let w = words.get(v).filter(|w| !w.in_quote)?;
    let lower = w.lower();
    // (most words are none of these: one look-up turns them away)
    let kinds = phrase_kinds(lower);
    if kinds == 0 {
        return None;
    }
    let held_passive = kinds & HELD_PASSIVE != 0;
    let holding = kinds & HOLDING != 0;
    let phrases = if kinds & PHRASES != 0 { contract::lexicon::phrases_of(lower) } else { &[] };
    let next = |k: usize| words.get(k).filter(|n| n.sentence == w.sentence && !n.in_quote && words[k - 1].joins_next).map(|n| n.lower());
    // the copula before word `k`, past up to two adverbs (`are deeply concerned that`,
    // `is still convinced that`): `be`, or one that holds an adjective as `be` does
    // (`remain confident that`, `grew concerned that`)
    let copula_before = |k: usize| {
        let mut c = k.checked_sub(1)?;
        for _ in 0..2 {
            let x = &words[c];
            let adverb = contract::lexicon::is_ly_adverb(x.text)
                || is_between_subject_and_verb(x.text)
                || contract::lexicon::DEGREE_WORDS.contains(&x.lower())
                || matches!(x.lower(), "deeply" | "highly" | "extremely");
            if !(adverb && x.joins_next && x.sentence == w.sentence) {
                break;
            }
            c = c.checked_sub(1)?;
        }
        let x = &words[c];
        (copula(x.lower()) && x.joins_next && x.sentence == w.sentence && !x.in_quote).then_some(c)
    };
    if held_passive {
        let view = next(v + 1).is_some_and(|n| contract::lexicon::HELD_PASSIVE_VIEWS.contains(&n));
        return if view { copula_before(v) } else { None };
    }
    // a noun or adjective of speech or attitude before one of its prepositions (`that` is
    // one where the row lists it)
    // (a case made to someone before its `that`, as the quotes stage reads it: `made the
    // case to the council that ...`)
    let to_then_that = |k: usize| words[k].lower() == "case" && next(k + 1) == Some("to") && (k + 2..k + 7).take_while(|&i| next(i).is_some()).any(|i| next(i) == Some("that"));
    let held = |k: usize| contract::lexicon::phrases_of(words[k].lower()).iter().any(|p| matches!(*p, Phrase::Held(preps) if next(k + 1).is_some_and(|n| preps.split(',').any(|p| p == n)))) || to_then_that(k);
    // (a verb that holds such a noun, past a few modifiers: `voiced concern that`, `made
    // the case that`, `expressed strong support for`)
    if holding {
        let modifier = |k: usize| next(k).is_some_and(|n| n.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(&n) && !matches!(n, "that" | "which" | "who" | "and" | "or"));
        if (v + 1..v + 5).take_while(|&k| modifier(k)).any(held) {
            return Some(v);
        }
    }
    phrases.iter().find_map(|p| match *p {
        // (a particle with prepositions only before one of them, past an adverb in `-ly` as
        // the quotes stage reads it, and without `it`: `came out against`, `spoke out
        // sharply against`, not `the report came out`)
        Phrase::Particle(Particle { particle, preps: Some(preps) }) => {
            let at = if next(v + 2).is_some_and(contract::lexicon::is_lowercase_ly) { v + 3 } else { v + 2 };
            (next(v + 1) == Some(particle) && contract::lexicon::preposition_len(preps, |i| next(at + i)).is_some()).then_some(v)
        }
        Phrase::Particle(Particle { particle, preps: None }) => (next(v + 1) == Some(particle) || (next(v + 1) == Some("it") && next(v + 2) == Some(particle))).then_some(v),
        Phrase::Held(_) => held(v).then(|| copula_before(v)).flatten(),
    })
}

/// The kinds of [`phrase_verb`] a lower-case word may open, as bits.
const HELD_PASSIVE: u8 = 1;
/// A verb that holds a noun of speech as its subject's own
/// ([`contract::lexicon::HOLDING_VERBS`]), leaving out `have` and `be`, whose object may be
/// another's (`has the endorsement of`).
const HOLDING: u8 = 2;
/// A row of [`contract::lexicon::phrases_of`].
const PHRASES: u8 = 4;

/// [`HELD_PASSIVE`], [`HOLDING`] and [`PHRASES`] of `lower`, in one look-up: every word
/// of a document is asked, several times.
fn phrase_kinds(lower: &str) -> u8 {
    static KINDS: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let mut kinds: FxHashMap<&'static str, u8> = FxHashMap::default();
        for f in contract::lexicon::HELD_PASSIVES {
            *kinds.entry(f).or_default() |= HELD_PASSIVE;
        }
        for f in contract::lexicon::HOLDING_VERBS.iter().filter(|f| !BE.contains(f) && !matches!(**f, "am" | "had" | "has" | "have" | "having")) {
            *kinds.entry(f).or_default() |= HOLDING;
        }
        for f in contract::lexicon::phrase_forms() {
            *kinds.entry(f).or_default() |= PHRASES;
        }
        kinds
    });
    kinds.get(lower).copied().unwrap_or(0)
}

/// Whether a phrase ([`phrase_verb`]) whose verb is word `k` starts at `k` or within the
/// three words after it (`are deeply concerned that`, whose verb is `are`).
pub(crate) fn phrase_at(words: &[Word], k: usize) -> bool {
    (k..(k + 4).min(words.len())).any(|j| phrase_verb(words, j) == Some(k))
}

/// Whether `lower` is a form of `be` or a copula that holds an adjective as `be` does
/// (`remain`, `grew`: [`contract::lexicon::ADJECTIVE_COPULAS`]).
fn copula(lower: &str) -> bool {
    BE.contains(&lower) || contract::lexicon::ADJECTIVE_COPULAS.contains(&lower)
}

/// Forms of `be` that make a progressive with an `-ing` form after them.
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "been", "be"];

/// Whether word `k` may stand between a subject and its verb ([`between`]), or is a form
/// of `be` before an `-ing` form, past adverbs (`A councillor is calling for`, `Republicans
/// are also expressing concern`): the progressive of a reporting verb.
fn between_at(words: &[Word], k: usize) -> bool {
    let w = &words[k];
    between(w)
        || (BE.contains(&w.lower())
            && words[k + 1..].iter().take(3).take_while(|x| x.sentence == w.sentence && !x.in_quote).find(|x| !between(x)).is_some_and(|x| x.text.ends_with("ing") && x.text.starts_with(char::is_lowercase)))
}

/// What stands between a subject's head and the verb [`subject_of_verb`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    /// Auxiliaries, adverbs and a time at most: `The board has not said`.
    Verb,
    /// An aside set off by commas, then the verb at this word.
    Aside(usize),
    /// A restrictive relative clause with no comma, then the verb at this word.
    Clause(usize),
    /// The first verb of the head's clause and what it governs, then `and` (or the
    /// clause's comma before a participle) and the verb at this word
    /// ([`first_conjunct_verb`]).
    Conjoined(usize),
}

/// Pasts not in `-ed` that open a clause's verb phrase often in news, besides the
/// lexicon's ([`contract::lexicon::is_unmarked_past`]): lower case.
const COMMON_IRREGULAR_PASTS: &[&str] = &[
    "bought", "built", "sold", "spent", "fought", "caught", "hit", "cut", "quit", "shut", "struck", "broke", "chose", "drove", "rose", "fell", "grew",
    "flew", "fled", "hung", "heard", "laid", "lent", "withdrew", "undertook", "overrode", "stole", "swept", "tore", "woke", "beat", "bound", "dug",
];

/// The first verb of the clause that `and` or `but` right before the verb of speech at
/// `v` (past an adverb or an auxiliary) joins it to, or that an `-ing` form at `v` follows
/// after the clause's comma: `The pilots walked off the job on Monday and said`, `The
/// tribunal threw out the appeal and sided with`, `The Courier went to court in June,
/// contending`. That verb's subject is the one the verb at `v` shares. Returns where the
/// clause opens, where its first verb stands, and the subject's head when an aside set
/// off by commas stands between them (`The board, which met on Monday, cut the fares and
/// said`).
///
/// The clause opens the sentence or follows a comma, and runs to the `and` (or the
/// participle's comma) in at most twenty words with no other comma, no quote, relative or
/// subordinate word, nor a verb of speech of its own (whose subject the other rules
/// find). Its first verb is a past in `-ed`, a past the lexicons list, an auxiliary or,
/// where `v` is one too, a present in `-s`, after at least one word; not a copula (`was a
/// hard lesson, showing`). An `-ing` form after `and` is left alone (`rolled out ads
/// ... and criticizing`), as is a participle after a clause that receives what it says
/// (`received a warning from the regulator, saying`).
fn first_conjunct_verb(text: &str, words: &[Word], v: usize) -> Option<(usize, usize, Option<usize>)> {
    let w = &words[v];
    if w.in_quote || !w.text.starts_with(char::is_lowercase) {
        return None;
    }
    let sentence = w.sentence;
    let near = |k: usize| words[k].sentence == sentence && !words[k].in_quote;
    let mut a = v.checked_sub(1)?;
    if a > 0 && near(a) && words[a].joins_next && between(&words[a]) {
        a -= 1;
    }
    if !near(a) || a < 2 {
        return None;
    }
    // (an `-ing` form after the clause's comma instead: `The pilots walked out on
    // Monday, saying ...`; the clause then ends at the comma)
    let participle = w.text.ends_with("ing");
    let a = if participle {
        if gap_after(text, words, a) != Some(", ") {
            return None;
        }
        a + 1
    } else if matches!(words[a].text, "and" | "but") && words[a].joins_next {
        a
    } else {
        return None;
    };
    // back to the clause's opening: the sentence's first word, or one after a comma
    // (a possessive joins its noun: `part of Cole's coalition`)
    let joined = |k: usize| words[k].joins_next || words[k].possessive(text);
    let opening = (a.saturating_sub(20)..a).rev().take_while(|&k| near(k) && (joined(k) || k + 1 == a)).last()?;
    if opening > 0 && near(opening - 1) && joined(opening - 1) {
        return None;
    }
    // (a verb of speech in a passive is none of the subject's: `The board was criticised
    // by residents and said`)
    let passive = |k: usize| k > 0 && matches!(words[k - 1].lower(), "was" | "were" | "is" | "are" | "been" | "being" | "be");
    let stops = |k: usize| {
        let lower = words[k].lower();
        matches!(lower, "who" | "whom" | "whose" | "which" | "that" | "and" | "but" | "or" | "because" | "when" | "while" | "if" | "although" | "though" | "after" | "before" | "since" | "until" | "as" | "where" | "whether")
            || !lower.ends_with("ing") && !passive(k) && source_verb(words, k).is_some()
    };
    // (a present in `-s` only where the verb at `v` has the same form, `runs an oil field
    // and says`: a plural noun ends so too)
    let present = w.text.ends_with('s');
    let verb = |k: usize| {
        let x = &words[k];
        let lower = x.lower();
        x.text.starts_with(char::is_lowercase)
            && (contract::lexicon::AUXILIARIES.contains(&lower)
                || contract::lexicon::is_unmarked_past(lower)
                || lower.len() > 4 && lower.ends_with("ed")
                || COMMON_IRREGULAR_PASTS.contains(&lower)
                || present && lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("ous"))
    };
    // (the clause may open with its verb after an aside set off by commas after its
    // subject, which opens the sentence or follows a comma: `The harbour board, which
    // met on Monday, cut the fares and said`, `The ferry operator, HarbourLink Inc., cut
    // its fares and said`; the subject's head is the word before the aside)
    let aside = || {
        let to = opening.checked_sub(1).filter(|&t| gap_after(text, words, t) == Some(", "))?;
        let from = (to.saturating_sub(15)..=to).rev().take_while(|&j| near(j) && (j == to || joined(j))).last()?;
        let head = from.checked_sub(1).filter(|&h| near(h) && gap_after(text, words, h) == Some(", "))?;
        let opens = matches!(words[from].lower(), "who" | "which" | "whose" | "a" | "an" | "the" | "many" | "most" | "some" | "including") || words[from].capitalised() || words[from].text.ends_with("ing");
        let subject = (head.saturating_sub(8)..=head).rev().take_while(|&j| near(j) && (j == head || joined(j))).last()?;
        let opened = subject == 0 || !near(subject - 1) || !joined(subject - 1);
        (opens && opened && (subject..=head).all(|j| !verb(j) && !stops(j))).then_some((subject, head))
    };
    let (opening, k, head) = if verb(opening) && !stops(opening) {
        let (subject, head) = aside()?;
        (subject, opening, Some(head))
    } else {
        (opening, (opening + 1..a).find(|&k| stops(k) || verb(k)).filter(|&k| verb(k) && !stops(k))?, None)
    };
    // (a copula's subject is what it describes, no source: `Westport has long been loyal
    // to the pilots, backing ...`, `the gale was a hard lesson, showing ...`; a
    // passive's is, `The pilots were angered by the ruling and said`)
    let group_end = (k..a).find(|&j| !(contract::lexicon::AUXILIARIES.contains(&words[j].lower()) || matches!(words[j].lower(), "be" | "been" | "being") || between(&words[j])))?;
    let copula = (k..group_end).any(|j| BE.contains(&words[j].lower()) || words[j].lower() == "being") && {
        let main = words[group_end].lower();
        !(main.ends_with("ed") || main.ends_with("ing") || main.ends_with("en") || contract::lexicon::is_unmarked_past(main) || COMMON_IRREGULAR_PASTS.contains(&main))
    };
    // (nor what a participle follows when the clause receives or finds what it
    // speaks of, whose words are the thing's or its sender's: `The union received a
    // letter from the board, saying ...`, `Police found a note in the car, saying ...`)
    // (a message from someone is as much the sender's: `The union got a call from Ann
    // Cole, saying ...`; not any `from`, `luring riders from the rival line, saying ...`)
    let message = |j: usize| contract::lexicon::MESSAGE_NOUNS.contains(&words[j].lower());
    let received = participle
        && (matches!(words[k].lower(), "received" | "receives" | "got" | "gets" | "obtained" | "heard" | "found" | "finds" | "saw" | "read" | "accepted" | "drew" | "faced")
            || (k + 2..a).any(|j| words[j].lower() == "from" && message(j - 1)));
    ((k + 1..a).all(|j| !stops(j)) && !copula && !received).then_some((opening, k, head))
}

/// The `who` of a restrictive relative clause that ends at word `h`, right before the
/// verb at `v` (past its auxiliaries): `Analysts who follow the port closely said`,
/// `Residents who live near the harbour have said`. The clause has no comma, quote or
/// other relative word, at most ten words, and a verb right after its `who` (past an
/// adverb); the phrase before the `who` is joined to it. The verb at `v` is then the
/// phrase's, not the clause's last noun's (`the port`).
fn restrictive_clause_before(words: &[Word], h: usize, v: usize) -> Option<usize> {
    let sentence = words[v].sentence;
    let r = (h.saturating_sub(10)..h)
        .rev()
        .take_while(|&k| words[k].sentence == sentence && !words[k].in_quote && words[k].joins_next)
        .find(|&k| matches!(words[k].lower(), "who" | "that" | "which" | "whom" | "whose" | "where" | "when"))?;
    // (`whom` and `whose` open a clause with a subject of its own, `Voters whom Maria Lopez
    // visited said`, `Parents whose children attend the school said`)
    // (with a verb of its own in lower case: `The candidate whom Ann Cole said was corrupt`
    // is Cole's `said`)
    if r == 0 || !words[r - 1].joins_next || words[r - 1].sentence != sentence || !words[h].joins_next || r + 1 >= h {
        return None;
    }
    // (a conjunction joins the verb to another clause's subject: `He praised those who
    // left but said ...` is his; not one that opens a second relative clause, `A clerk
    // who works nights and who asked not to be named said`)
    if (r + 1..=h).any(|k| matches!(words[k].lower(), "and" | "but" | "or") && words.get(k + 1).is_none_or(|n| n.lower() != "who")) {
        return None;
    }
    match words[r].lower() {
        "whom" | "whose" => (r + 1..=h).any(|k| words[k].text.starts_with(char::is_lowercase)).then_some(r),
        "who" => {
            // (the clause's verb: a lower-case word that opens no phrase of its own, past
            // an adverb; not a pronoun or a determiner, whose `who` asks: `knows who the
            // mayor is`)
            let k = if words[r + 1].lower().ends_with("ly") { r + 2 } else { r + 1 };
            let verb = words[k].text.starts_with(char::is_lowercase)
                && !matches!(words[k].lower(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "he" | "she" | "they" | "it" | "we" | "i" | "you" | "this" | "that" | "to" | "and" | "or" | "but");
            (k < h && verb).then_some(r)
        }
        _ => None,
    }
}

/// The reporting verb after an aside set off by commas right after word `last`, as
/// [`verb_after`] asks of the word before a verb (`The Herald, citing internal
/// emails, reported`, `Republicans, who hold the majority, have vowed`, `The
/// board, for instance, refused`): the aside holds no other comma, no quote and at
/// most fifteen words and opens with no capitalised word, and its closing comma is
/// followed by the verb (past auxiliaries and adverbs); with `dashes`, an aside between
/// dashes too, of at most twenty-five words. Returns the verb's index. `people` holds the
/// spans of the people named so far.
fn verb_after_aside(text: &str, words: &[Word], last: usize, views: bool, dashes: bool, people: &Reach) -> Option<usize> {
    let w = &words[last];
    let sentence = w.sentence;
    let comma = |k: usize| gap_after(text, words, k) == Some(", ");
    if w.in_quote || w.possessive(text) {
        return None;
    }
    let close = if comma(last) {
        // (an aside's words join one another, or end in a possessive: `the group's`)
        (last + 1..(last + 16).min(words.len()))
            .take_while(|&k| words[k].sentence == sentence && !words[k].in_quote)
            .find(|&k| !words[k].joins_next && !words[k].possessive(text))
            .filter(|&k| comma(k))?
    } else if dashes {
        // (or an aside between dashes: `The Harbour Board — which runs the port — said`)
        dash_aside_end(text, words, last)?
    } else {
        return None;
    };
    // (an aside that opens with a name is an apposition, and the name speaks: `the
    // host, Dana Whitfield, asked`, `The Republican leader, Paul Brandt,
    // said`)
    if words[last + 1].text.starts_with(char::is_uppercase) {
        return None;
    }
    let mut v = close + 1;
    while v < close + 4 && between(&words[v]) && words[v].joins_next && words.get(v + 1).is_some_and(|n| n.sentence == sentence) {
        v += 1;
    }
    let verb = words.get(v).filter(|x| x.sentence == sentence && !x.in_quote)?;
    let reports = is_speech_verb(verb.text, VerbUse::Cue) || (views && is_reporting_verb(verb.text) && !SEEMING.contains(&verb.lower())) || (views && phrase_at(words, v));
    // (`the study, cited by Reyes, ...`: no passive; and no participle, which may be the
    // aside's own: `Smith, a lawyer, saying ...`)
    let by = words.get(v + 1).is_some_and(|n| n.sentence == sentence && n.lower() == "by");
    // (nor a verb with its subject after it: `Rescuers evacuated residents of the town,
    // many of them elderly, said Mayor Tom Reyes`)
    // (a person named right after it, past a title; an object is no subject: `then
    // tells Okafor`, `endorsed Reyes`, `added jazz hits`)
    let inverted = verb.joins_next
        && is_speech_verb(verb.text, VerbUse::Cue)
        && !NOT_INVERTED.contains(&verb.lower())
        && words[v + 1..].iter().take(2).take_while(|n| n.sentence == sentence && n.text.starts_with(char::is_uppercase)).any(|n| people.overlaps(n.start, n.end) && !n.possessive(text));
    (reports && !verb.text.ends_with("ing") && !by && !inverted && verb.text.starts_with(char::is_lowercase)).then_some(v)
}

/// The text between word `k` and the next word, when the next word is in the same
/// sentence.
fn gap_after<'t>(text: &'t str, words: &[Word], k: usize) -> Option<&'t str> {
    words.get(k + 1).filter(|n| n.sentence == words[k].sentence).and_then(|n| text.get(words[k].end..n.start))
}

/// Whether the gap between two words is a dash set off by spaces or standing alone (` — `,
/// ` -- `, `—`, ` – `), which opens or closes an aside.
pub(crate) fn is_dash(gap: &str) -> bool {
    matches!(gap.trim(), "—" | "--" | "–") && (gap.trim() == "—" || gap.starts_with(' '))
}

/// The last word of an aside between dashes that opens right after word `last`, when the
/// same dash closes it within twenty-five words of its sentence, outside quote marks; it
/// may hold a list's commas (`Port officials -- the harbour master, her deputy and the
/// pilots among them -- warned`).
pub(crate) fn dash_aside_end(text: &str, words: &[Word], last: usize) -> Option<usize> {
    let sentence = words[last].sentence;
    let gap = |k: usize| gap_after(text, words, k);
    let dash = gap(last).filter(|g| is_dash(g))?;
    (last + 1..(last + 26).min(words.len()))
        .take_while(|&k| words[k].sentence == sentence && !words[k].in_quote && (words[k].joins_next || gap(k).is_some_and(|g| g == ", " || g == dash)))
        .find(|&k| gap(k) == Some(dash))
}

/// Whether the phrase whose first word is `first` opens its clause, as a subject before
/// an aside must: it opens the sentence, or follows a clause word (`because`, `but`), or
/// `and` or `or` after a comma (`..., and the Post, citing ..., reported`); not after a
/// preposition (`the residents interviewed for this story, including ..., worry`) nor
/// inside a list (`two ferries - ... - and three buses, however, suggests`).
fn opens_clause(text: &str, words: &[Word], first: usize) -> bool {
    let Some(p) = first.checked_sub(1).filter(|&p| words[p].sentence == words[first].sentence) else { return true };
    let prev = words[p].lower();
    if !words[p].joins_next || !CLAUSE_OPENERS.contains(&prev) {
        return words[first].sentence_start;
    }
    let after_comma = p > 0 && text.get(words[p - 1].end..words[p].start) == Some(", ");
    !matches!(prev, "and" | "or") || after_comma
}

/// Whether a word may stand between a subject and its verb: an auxiliary or an adverb
/// (`officials also said`, `applicants must promise`, `Democrats typically oppose`).
/// Not any adverb in `-ly`: one of manner ends a clause's object (`Analysts who follow
/// the company closely said`).
fn between(w: &Word) -> bool {
    BETWEEN.contains(&w.lower()) || is_between_subject_and_verb(w.text) || crate::subject_adverb(w.lower())
}

/// Whether word `first - 1` is a speech verb whose subject follows it (`said the White
/// House`), or `according to` or `as reported by` comes right before.
fn verb_before(words: &[Word], first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).map(|p| &words[p]) else { return false };
    let w = &words[first];
    if prev.sentence != w.sentence || prev.in_quote != w.in_quote || !prev.joins_next {
        return false;
    }
    let lower = prev.lower();
    if lower == "to" && first >= 2 && words[first - 2].lower() == "according" {
        return true;
    }
    // (the agent of a passive report, `as reported by The Post`, `was first reported by
    // the Herald`)
    let before_by = |k: usize| (first - 1).checked_sub(k).map(|i| &words[i]).filter(|x| x.sentence == w.sentence && x.joins_next && x.in_quote == w.in_quote).map(Word::lower);
    if lower == "by" && contract::lexicon::reported_by_agent(before_by) {
        return true;
    }
    is_speech_verb(lower, VerbUse::Cue) && !lower.ends_with("ing") && !NOT_INVERTED.contains(&lower)
}

/// Whether the words after `last` (a capitalised word) make the phrase ending there a
/// modifier of a later name or role (`City Hall spokesman Sam Ortiz`, `Bristol
/// cartoonist Ann Carter`): one or two lower-case words that do not end a noun phrase,
/// then a capitalised word, or a role noun, all joined by single spaces.
pub(crate) fn modifier(words: &[Word], last: usize, lex: &Lexicon) -> bool {
    let sentence = words[last].sentence;
    let mut k = last;
    let mut lower_seen = false;
    if !org_word(&words[last]) {
        return false;
    }
    while k + 1 < words.len() && words[k].joins_next && words[k + 1].sentence == sentence && k < last + 3 {
        let next = &words[k + 1];
        let lower = next.lower();
        if next.in_quote != words[last].in_quote {
            return false;
        }
        if org_word(next) {
            return lower_seen || acronym(next);
        }
        // adverbs and past forms are verbs' company, not a noun phrase's
        if ENDS_NP.contains(&lower) || is_speech_verb(lower, VerbUse::Cue) || lower.ends_with("ly") || lower.ends_with("ed") {
            return false;
        }
        if lex.roles.contains(lower) {
            return true;
        }
        lower_seen = true;
        k += 1;
    }
    false
}

/// The source of `according to` whose first word is `at`, when no name or entity found
/// so far stands there: the noun phrase up to a comma, a clause word or the sentence's
/// end (eight words at most), named by its words up to what modifies them, a
/// preposition, a participle or an adjective that takes one (`people` of `people
/// familiar with the talks`), whose last word tells its kind: a
/// capitalised word an organisation, a plural a group, a role a described person (`a
/// spokesman`), any other noun a document (`the polling average`).
///
/// The phrase is the source when a name inside it only modifies its head (`a Port Authority
/// readout`, `a Harbour Herald/KBX poll`, `a Harbour Board official`, `the port's own
/// tally`): a name found before stops it only when it runs to the head (`according to
/// the FBI`). A possessive before the phrase that is a mention of its own stays one:
/// a pronoun (`his LinkedIn profile`, named `LinkedIn profile`) or a name (`Reyes's
/// spokesman`). A share of a group is named with the group (`one of her senior aides`,
/// a described person). A capitalised head names an organisation (`the Centre for
/// Harbour Studies`, `The Harbour Ledger`), a person when it is a title (`the Mayor of
/// Eastvale`) or after `a` (`a Republican familiar with the plan`, `an Israeli`), a
/// group when it is a people's plural (`Democrats`, `Americans`); a lone word with no
/// determiner names a source only when it cannot be a surname the text never
/// introduced (an acronym, a brand, `StatWise`, or a web address, `harbourdata.com`, a
/// document).
fn source_after_according_to(
    text: &str,
    words: &[Word],
    at: usize,
    lex: &Lexicon,
    people: &People,
    taken: &Taken,
) -> Option<Candidate> {
    let w = words.get(at)?;
    if taken.sources_last.is_some_and(|l| l >= at) || w.in_quote {
        return None;
    }
    let pronoun = |x: &Word| matches!(x.lower(), "his" | "her" | "its" | "their");
    // joined to the next word: one space, a possessive (`the state's business
    // records`), or a dot or a slash inside a name (`U.S.`, `Herald/KBX`)
    let joined = |k: usize| k + 1 < words.len() && words[k + 1].sentence == w.sentence && (words[k].joins_next || words[k].possessive(text) || matches!(text.get(words[k].end..words[k + 1].start), Some("." | "/")));
    // (a possessive mention opening the phrase is its owner: the phrase starts after it)
    let owner = if taken.mentions.covers(w.start) {
        let end = if pronoun(w) { Some(at) } else { (at..at + 4).take_while(|&k| k == at || joined(k - 1)).find(|&k| words[k].possessive(text)) };
        let end = end.filter(|&k| (at..=k).all(|i| taken.mentions.covers(words[i].start)) && joined(k) && !taken.mentions.covers(words[k + 1].start))?;
        Some(end)
    } else {
        None
    };
    let start = owner.map_or(at, |k| k + 1);
    let single_word = |k: usize| (start..k).all(|i| text.get(words[i].end..words[i + 1].start) == Some("."));
    let mut last = start;
    let mut coordinated = None;
    while last < start + 7 && joined(last) && !words[last + 1].in_quote {
        let next = words[last + 1].lower();
        // (a lone capitalised adjective or abbreviation is joined to the next, with the
        // head they share: `Progressive and independent economists`, `U.S. and European
        // officials`; not two names, `Reyes and Cole`)
        let own_phrase = |k: usize| SUBJECT_DETERMINERS.contains(&words[k].lower()) || NOT_IN_SUBJECT.contains(&words[k].lower());
        let shared_head = || last + 2 < words.len() && !own_phrase(last + 2) && (last + 2..(last + 5).min(words.len())).take_while(|&k| joined(k - 1)).any(|k| !org_word(&words[k]) && !PREPOSITIONS.contains(&words[k].lower()));
        let joined_adjective = coordinated.is_none() && matches!(next, "and" | "or") && org_word(&words[start]) && single_word(last) && shared_head();
        // (a capitalised word is part of a name, `a Harbour Board official`, and a
        // word after a coordination is no verb, `state officials`)
        // (a plural after a lower-case noun is a noun too: `MSHA inspection reports`)
        let plural_noun = next.ends_with('s') && words[last].text.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(&words[last].lower()) && last > start;
        let verb = is_speech_verb(next, VerbUse::Cue) && !org_word(&words[last + 1]) && coordinated != Some(last) && !plural_noun;
        // (and a determiner or a subject pronoun after a noun opens the clause that
        // follows with no comma: `according to her lawyers the deal was legal`)
        let new_clause = !org_word(&words[last + 1]) && !PREPOSITIONS.contains(&words[last].lower()) && !SUBJECT_DETERMINERS.contains(&words[last].lower()) && matches!(next, "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we" | "i" | "this" | "these");
        if matches!(next, "that" | "which" | "who" | "whose" | "and" | "but" | "when" | "while" | "because" | "as") && !joined_adjective || verb || new_clause {
            break;
        }
        if joined_adjective {
            coordinated = Some(last + 1);
        }
        last += 1;
    }
    let determiner = |x: &Word| matches!(x.lower(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "these" | "those");
    let first_name = if determiner(&words[start]) { start + 1 } else { start };
    // the name ends before what modifies it: a preposition, a participle or an
    // adjective that takes one (`people briefed on`, `officials familiar with`)
    let modifies = |x: &Word| {
        let l = x.lower();
        // (and a time after the head is when, `a ferry study last spring`, `a report Tuesday`; an
        // irregular participle modifies as one in `-ed` does, `a memo seen by`)
        PREPOSITIONS.contains(&l)
            || l.len() > 4 && l.ends_with("ed")
            || matches!(l, "close" | "familiar" | "present" | "knowledgeable" | "through")
            || x.text.starts_with(char::is_lowercase) && matches!(l, "last" | "earlier" | "yesterday" | "today" | "tonight" | "seen" | "sent" | "given" | "written" | "taken" | "shown" | "made" | "told" | "held" | "kept" | "brought" | "found" | "heard" | "drawn" | "known" | "put" | "left")
            || WEEKDAYS.contains(&l)
    };
    let head_from = |from: usize| (from..=last).take_while(|&k| k == from || coordinated == Some(k) || !modifies(&words[k])).last();
    let mut head = head_from(first_name)?;
    // (a possessive is a determiner: the head comes after it)
    while head < last && words[head].possessive(text) {
        head = head_from(head + 1)?;
    }
    if first_name > head || words[head].possessive(text) {
        return None;
    }
    // a share of a group is named with it (`one of her senior aides`, `some of the
    // donors`)
    let share = is_share(words[head].lower()) || matches!(words[head].lower(), "one" | "two" | "three" | "each");
    let mut group_head = None;
    if share && head + 2 <= last && words[head + 1].lower() == "of" {
        let from = if determiner(&words[head + 2]) { head + 3 } else { head + 2 };
        if from <= last {
            let h = head_from(from)?;
            if words[h].possessive(text) {
                return None;
            }
            group_head = Some(h);
        }
    }
    // an organisation's name or a title goes on over `of` or `for` and its capitalised
    // words (`the Centre for Harbour Studies`, `the Secretary of State`), up to the
    // head it may modify (`an online University of Eastvale/Harbour Tribune poll`); a title
    // keeps its kind
    let mut kind_word = head;
    if org_word(&words[head]) && first_name < start + 2 {
        while head + 2 <= last && matches!(words[head + 1].lower(), "of" | "for") && org_word(&words[head + 2]) {
            head += 2;
            while head < last && joined(head) && org_word(&words[head + 1]) {
                head += 1;
            }
        }
        if head != kind_word {
            let name_end = head;
            head = head_from(head)?;
            if head != name_end {
                kind_word = head;
            }
        }
    }
    let head = group_head.unwrap_or(head);
    let kind_word = group_head.unwrap_or(kind_word);
    // a name found before that runs to the head is the source (`according to the FBI`);
    // one that stops short of it modifies it
    if taken.cands.reaches(start + 1, head) {
        return None;
    }
    // (a name set off after it, and closed by a comma or the sentence's end, is who the
    // phrase describes, and the people rules' source: `according to her husband, Tom
    // Reyes,`; not the subject of the clause after a fronted `according to`, `According
    // to recent polls, Reyes leads`)
    let closed = |k: usize| words.get(k + 1).is_none_or(|n| n.sentence != w.sentence || text.get(words[k].end..n.start).is_some_and(|g| g.contains(',')));
    let apposition = words.get(last + 1).is_some_and(|n| n.sentence == w.sentence && !joined(last) && text.get(words[last].end..n.start).is_some_and(|g| g.trim() == ",") && taken.mentions.covers(n.start))
        && (last + 1..(last + 6).min(words.len())).take_while(|&k| taken.mentions.covers(words[k].start)).last().is_some_and(closed);
    if apposition && !org_word(&words[head]) {
        return None;
    }
    // a person's name there is for the people rules (`according to Ms. Okafor`,
    // `according to campaign manager Sam Ortiz`)
    // (a possessive pronoun inside is its own mention: `one of her aides`)
    if (start..=head).any(|k| !pronoun(&words[k]) && taken.mentions.overlaps(words[k].start, words[k].end)) {
        return None;
    }
    let head_word = &words[head];
    let lower = head_word.lower();
    // (a dotted abbreviation's last letter may be its head, `the F.C.C`)
    let dotted = head > first_name && text.get(words[head - 1].end..head_word.start) == Some(".");
    if lower.len() < 2 && !dotted || !head_word.text.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.') {
        return None;
    }
    if matches!(lower, "him" | "her" | "them" | "it" | "me" | "us" | "you" | "one" | "some" | "others") {
        return None;
    }
    // a person's name is for the people rules, and a lone capitalised word with no
    // determiner may be a surname the text never introduced: only one that cannot be
    // (an acronym, a brand's inner capital, a web address) names an organisation
    let lone = first_name == head && first_name == start;
    let magazine = lone && org_word(head_word) && publication(text, head_word.text, head_word.start);
    let (kw, kl) = (&words[kind_word], words[kind_word].lower());
    let capitalised_plural = org_word(kw) && is_plural(kl) && first_name == kind_word && !dotted && (entity_lexicon().groups.contains(kl) || ["ans", "ers", "ists", "ites"].iter().any(|e| kl.ends_with(e)));
    if org_word(head_word) && people.find_full(&text[words[first_name].start..head_word.end]).is_some() {
        return None;
    }
    // (nor one that ends the sentence or its clause, is no given name and is the word of
    // no one named in the text: a surname comes after its full name, so this is the
    // name of a body, `according to Harbourstat.`)
    // (not a day, a month or a holiday, nor a common word the text capitalises: `according
    // to Monday`, `according to Legend`)
    let unknown_body = || {
        let hl = head_word.lower();
        words.get(head + 1).is_none_or(|n| n.sentence != w.sentence || text.get(head_word.end..n.start).is_some_and(|g| g.contains([',', ';', '('])))
            && !contract::lexicon::is_given_name(head_word.text)
            && people.find_word(head_word.text).is_none()
            && !is_month(head_word.text)
            && !WEEKDAYS.contains(&hl)
            && !lex.capitalised.contains(head_word.text)
            && !matches!(hl, "christmas" | "easter" | "thanksgiving" | "legend" | "custom" | "tradition" | "scripture" | "plan" | "schedule" | "god")
    };
    if org_word(head_word) && lone && !capitalised_plural && !acronym(head_word) && !entity_lexicon().known.contains(head_word.text) && !brand_name(head_word.text) && !head_word.text.contains('.') && !magazine && !unknown_body() {
        return None;
    }
    let title = lex.roles.contains(kl) || TITLES.contains(&kl);
    let mut kind = if magazine {
        SpeakerKind::Organisation
    } else if capitalised_plural {
        // (a people: `Democrats`, `Americans`, `the Texans`; not `the United Nations`)
        SpeakerKind::Group
    } else if org_word(kw) && title && is_plural(kl) {
        // (`most Democrats`, `Senators on the panel`)
        SpeakerKind::Group
    } else if org_word(kw) && title {
        // (a title: `the Mayor of Eastvale`, `the Chancellor`)
        SpeakerKind::Person
    } else if org_word(kw) && matches!(words[start].lower(), "a" | "an") && first_name == kind_word {
        // (one of a people: `a Republican familiar with the plan`, `an Israeli`)
        SpeakerKind::Person
    } else if org_word(kw) {
        SpeakerKind::Organisation
    } else {
        head_kind(kw, lex)
    };
    // (one of a group of people is a person, one of a group of things what they are:
    // `one of her senior aides`, `one of the largest banks`)
    if group_head.is_some() && words[head_from(first_name)?].lower() == "one" && kind == SpeakerKind::Group {
        let people_word = lex.roles.contains(kl) || entity_lexicon().groups.contains(kl) || ["ers", "ors", "ists", "ians", "men", "people"].iter().any(|e| kl.ends_with(e));
        kind = if people_word { SpeakerKind::Person } else { SpeakerKind::Organisation };
    }
    // (a name's possessive is part of the name, `Reyes's spokesman`; a pronoun's not)
    let name_from = if owner.is_some_and(|k| !pronoun(&words[k])) { at } else { first_name };
    let name = text.get(words[name_from].start..head_word.end)?.to_string();
    // (the mention stops before a possessive pronoun that is a mention of its own, and
    // the preposition before it: `one` of `one of her senior aides`, `a Democrat
    // familiar with` of `... with his remarks`)
    let mut end = (start + 1..=last).find(|&k| pronoun(&words[k]) && taken.mentions.covers(words[k].start)).map_or(last, |k| k - 1);
    while end > start && PREPOSITIONS.contains(&words[end].lower()) {
        end -= 1;
    }
    Some(Candidate { first: start, last: end, kind, name, head: lower.to_string(), refers: None, speaks: true, subject: true })
}

/// Whether the text names `word` as a magazine (`PEOPLE Magazine`, `Harbour magazine`)
/// and uses the word, written as here, for nothing else (not `the town of Eastvale`, `the
/// Reyes family`), so that `according to People` is that magazine and no one's surname
/// or place: `at` is where this occurrence starts.
fn publication(text: &str, word: &str, at: usize) -> bool {
    // (`len` bytes at `i` that no letter or digit adjoins)
    let whole = |t: &str, i: usize, len: usize| !t[..i].ends_with(|c: char| c.is_alphanumeric()) && !t[i + len..].starts_with(|c: char| c.is_alphanumeric());
    // (ASCII case folded away, so byte offsets stay the text's)
    let folded = text.to_ascii_lowercase();
    let named = folded.match_indices(&format!("{} magazine", word.to_ascii_lowercase())).any(|(i, _)| whole(&folded, i, word.len()));
    named && text.match_indices(word).all(|(i, _)| i == at || !whole(text, i, word.len()) || folded[i + word.len()..].starts_with(" magazine"))
}

/// The kind of a described source by its head word: a share of people a group (`most`,
/// `half`), a capitalised word or an organisation's lower-case head (`campaign`) an
/// organisation, a document noun a document, a role or
/// an agent noun a described person (`a spokesman`, `a retired engineer`), another
/// plural a group but for plurals of things (`findings`, `statements`), any other noun a
/// document (`the polling average`, `the order`).
fn head_kind(head: &Word, lex: &Lexicon) -> SpeakerKind {
    let lower = head.lower();
    let plural = is_plural(lower);
    // (and a compound in `-man` or `-person`: `the cameraman`, `a spokesperson`)
    let agent = ["er", "or", "ist", "ian", "eon", "man", "person"].iter().any(|s| lower.ends_with(s)) && lower != "human";
    if is_share(lower) {
        SpeakerKind::Group
    } else if org_word(head) && !plural || entity_lexicon().lower_heads.contains(lower) || entity_lexicon().nominals.contains_key(lower) {
        // (`his campaign said`, `the administration says`: an organisation's lower-case
        // head, as after a name, `the Reyes campaign`; and a body's noun, `his
        // company said`)
        SpeakerKind::Organisation
    } else if entity_lexicon().documents.contains(lower) || plural && lower.ends_with("ments") && !lower.ends_with("governments") {
        SpeakerKind::Document
    } else if plural {
        SpeakerKind::Group
    } else if lex.roles.contains(lower) || agent || matches!(lower, "someone" | "somebody" | "child") {
        SpeakerKind::Person
    } else {
        SpeakerKind::Document
    }
}

/// The people a `they` at word `at` most likely stands for when no group has spoken: a
/// plural noun of people (a role or a group word: `supporters`, `Republicans`,
/// `leaders`), named with the capitalised words joined before it (`Senate Republicans`),
/// outside quote marks and not a possessive, where a subject stands, with no other
/// plural between it and the `they`. In the `they`'s own sentence the nearest before it;
/// else the first of the sentence before (`Reyes supporters are crying foul over the
/// vote. They ...`). No further back: past one sentence a `they` is a guess.
fn plural_antecedent(text: &str, words: &[Word], at: usize, lex: &Lexicon) -> Option<String> {
    let sentence = words[at].sentence;
    let people = |k: usize| {
        let w = &words[k];
        let lower = w.lower();
        // (a role's plural too, where the list has only the singular: `partisans`)
        !w.in_quote && (plural_of_people(lower, lex) || compound_men(lower)) && !w.possessive(text) && lower != "people"
    };
    // (where a subject stands: at most three words of its phrase after the sentence's
    // start, a comma or a word that opens a clause; never after a preposition, which
    // makes it an object, `recognized by voters`, `a majority of the Republicans`)
    let subject = |k: usize| {
        for i in 0..4 {
            let Some(w) = k.checked_sub(i + 1).map(|b| &words[b]) else { return true };
            if w.sentence != words[k].sentence || !w.joins_next {
                return true;
            }
            let lower = w.lower();
            if i == 3 || PREPOSITIONS.contains(&lower) {
                return false;
            }
            if CLAUSE_OPENERS.contains(&lower) && !matches!(lower, "and" | "or" | "now") {
                return true;
            }
        }
        false
    };
    let start_here = (0..at).rev().take_while(|&k| words[k].sentence == sentence).last().unwrap_or(at);
    let start_before = (0..start_here).rev().take_while(|&k| words[k].sentence + 1 == sentence).last();
    let here = (start_here..at).rev().find(|&k| people(k) && subject(k));
    let before = || start_before.and_then(|s| (s..start_here).find(|&k| people(k) && subject(k)));
    let k = here.or_else(before)?;
    // (another plural between them, of things or of people, may be what `they` is:
    // `Investigators seized the documents. They show ...`, `Police arrested dozens of
    // protesters. They said ...`; not a span of time, which says nothing: `Riders waited
    // for hours. They said ...`)
    let other_plural = |b: usize| {
        let w = &words[b];
        let lower = w.lower();
        !w.in_quote && !w.capitalised() && lower.len() > 3 && is_plural(lower) && !lower.ends_with("ous") && !lower.ends_with("us") && !lower.ends_with("is")
            && !matches!(lower, "this" | "does" | "goes" | "always" | "perhaps" | "across" | "news" | "whereas" | "sometimes" | "less" | "unless" | "plus" | "yes")
            && !matches!(lower, "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades" | "ages" | "times")
            && !is_speech_verb(lower, VerbUse::Cue) && !is_reporting_verb(lower)
    };
    if (k + 1..at).any(other_plural) {
        return None;
    }
    // (a capitalised word joined to it names which: not one capitalised for the sentence)
    // (`U.S. officials`: an abbreviation's words too)
    let mut first = k;
    let joined = |b: usize| words[b].joins_next || text.get(words[b].end..words[b + 1].start) == Some(".");
    while first > 0 && first + 2 > k && joined(first - 1) && words[first - 1].sentence == words[k].sentence && words[first - 1].capitalised() && !words[first - 1].sentence_start && !words[first - 1].possessive(text) {
        first -= 1;
    }
    text.get(words[first].start..words[k].end).map(str::to_string)
}

/// The people two or three names joined by `and` stand for, named so (`Tom Reyes and Ann
/// Cole`), when a `they` at word `at` has no group to refer to: the names open a clause
/// (`Tom Reyes and Ann Cole toured the port. They said ...`, `As Reyes and Cole toured
/// the port, they ...`) in the `they`'s sentence, the nearest before it, or else in the
/// sentence before, with no plural of people between them and the `they`. Not names that
/// a preposition or a verb governs (`met Reyes and Cole`), nor a possessive's.
fn coordinated_antecedent(text: &str, words: &[Word], at: usize, mentions: &[(usize, Mention)], people: &People, lex: &Lexicon) -> Option<String> {
    let sentence = words[at].sentence;
    let word_at = |pos: usize| words.partition_point(|w| w.start < pos);
    let persons: Vec<&(usize, Mention)> = mentions
        .iter()
        .filter(|(p, m)| people.list[*p].kind == SpeakerKind::Person && m.form != MentionForm::Pronoun && m.span.start() < words[at].start)
        .filter(|(_, m)| {
            let k = word_at(m.span.start());
            k < words.len() && (words[k].sentence == sentence || words[k].sentence + 1 == sentence) && !words[k].in_quote
        })
        .collect();
    // (a list's names: `A and B`, `A, B and C`; the last may bear a title or an age,
    // `A and Mayor B`, `A and 61-year-old B`)
    let and_gap = |gap: &str| gap.strip_prefix(" and ").is_some_and(|rest| rest.is_empty() || rest.ends_with(' ') && rest.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w.contains(|c: char| c.is_ascii_digit())));
    let mut found: Option<(usize, Vec<usize>)> = None;
    for (n, &(_, m)) in persons.iter().enumerate() {
        let mut names = vec![n];
        let mut j = n;
        while let Some((_, next)) = persons.get(j + 1).copied() {
            let gap = text.get(persons[j].1.span.end()..next.span.start()).unwrap_or("x");
            if and_gap(gap) {
                names.push(j + 1);
                break;
            }
            if gap != ", " || names.len() == 2 {
                break;
            }
            names.push(j + 1);
            j += 1;
        }
        if names.len() < 2 || !text.get(persons[names[names.len() - 2]].1.span.end()..persons[names[names.len() - 1]].1.span.start()).is_some_and(and_gap) {
            continue;
        }
        let first = word_at(m.span.start());
        let mut last_end = persons[*names.last()?].1.span.end();
        let mut after = word_at(last_end);
        // (past the last name's place, `B of Westport`)
        if words.get(after).is_some_and(|w| w.lower() == "of" && text.get(last_end..w.start) == Some(" ") && w.joins_next) {
            let place = (after + 1..(after + 3).min(words.len())).take_while(|&k| words[k].capitalised() && words[k].sentence == sentence).last();
            if let Some(k) = place {
                last_end = words[k].end;
                after = k + 1;
            }
        }
        // (opening a clause: the sentence's start, a comma's, or a subordinator's)
        let opens = first == 0
            || words[first - 1].sentence != words[first].sentence
            || text.get(words[first - 1].end..words[first].start).is_some_and(|g| g.contains(','))
            || matches!(words[first - 1].lower(), "as" | "when" | "while" | "after" | "before" | "because" | "since" | "though" | "although" | "but" | "and" | "if" | "once" | "until");
        // (and a verb right after it: no possessive, no capitalised word, no aside, `-
        // why they`; past an apposition's comma only where the names open the sentence,
        // `Reyes and Cole, both from Westport, argued`)
        let sentence_start = first == 0 || words[first - 1].sentence != words[first].sentence;
        let verb = words.get(after).is_some_and(|w| text.get(last_end..w.start).is_some_and(|g| g == " " && w.text.starts_with(char::is_lowercase) || g == ", " && sentence_start)) && !crate::possessive_at(text, last_end);
        // (the list's first name, not one inside it: `Cole, Reyes and Brandt`)
        let inside = n > 0 && text.get(persons[n - 1].1.span.end()..m.span.start()) == Some(", ");
        // (no plural of people between it and the `they`)
        let plural_between = (after..at).any(|k| plural_of_people(words[k].lower(), lex));
        if opens && verb && !inside && !plural_between {
            // (in the `they`'s sentence the nearest; else the first of the sentence
            // before: the names come in order)
            if words[first].sentence == sentence || found.is_none() {
                found = Some((first, names.clone()));
            }
        }
    }
    let (_, names) = found?;
    let names: Vec<&str> = names.iter().map(|&n| people.list[persons[n].0].name.as_str()).collect();
    Some(match names.as_slice() {
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => return None,
    })
}

/// Whether a lower-case noun is a plural of people: a group's word or a role's plural
/// (`supporters`, `Republicans`, `officials`; a role's plural the roles list leaves out
/// too, `partisans`).
fn plural_of_people(lower: &str, lex: &Lexicon) -> bool {
    is_plural(lower) && (entity_lexicon().groups.contains(lower) || lex.roles.contains(lower) || lower.strip_suffix('s').is_some_and(|one| lex.roles.contains(one)))
}

/// Whether a lower-case noun is a plural (`voters`, `people`), by its ending.
fn is_plural(lower: &str) -> bool {
    (lower.ends_with('s') && !lower.ends_with("ss")) || matches!(lower, "people" | "police" | "staff" | "men" | "women" | "children") || compound_men(lower)
}

/// Whether `lower` is a plural of people in `-men` (`fishermen`, `policemen`,
/// `congressmen`), not a singular that ends so (`specimen`, `regimen`, `abdomen`,
/// `acumen`).
fn compound_men(lower: &str) -> bool {
    lower.len() > 5 && lower.ends_with("men") && !["imen", "omen", "umen"].iter().any(|e| lower.ends_with(e))
}

/// Kin and fellows that the roles list (`roles.txt`, which [`head_kind`] reads first) leaves
/// out, named by whose they are (`Reyes's stepson`, `Reyes's roommate`): people.
const KIN: &[&str] = &[
    "stepson", "stepdaughter", "stepmother", "stepfather", "ex-wife", "ex-husband", "widower", "grandson", "granddaughter", "partner",
    "fiance", "fiancée", "fiancé", "teammate", "roommate", "classmate", "bodyguard", "deputy", "counsel", "rep", "mother-in-law",
    "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "spouse",
];

/// Words that may qualify a share's number before it (`another 12 percent`, `nearly 30
/// percent`, `the 20 percent`).
const SHARE_QUALIFIERS: &[&str] = &["the", "another", "some", "those", "these", "about", "nearly", "almost", "roughly", "around", "only", "just", "fully"];

/// Whether a word is a number: digits (`52`, `12.5`) or a number's word (`twelve`,
/// `thirty`).
fn is_number(lower: &str) -> bool {
    lower.starts_with(|c: char| c.is_ascii_digit()) && lower.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || NUMBERS.contains(&lower)
        || ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].contains(&lower)
        || ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].iter().any(|t| lower == *t || lower.strip_prefix(t).is_some_and(|r| r.starts_with('-')))
}

/// Words for a share of people, heads of a group (`Almost half of riders said`, `64 percent
/// who say`).
const QUANTITIES: &[&str] = &["most", "many", "some", "none", "half", "majority", "minority", "third", "quarter", "few", "several", "all", "both", "percent"];

/// Whether a word names a share of people ([`QUANTITIES`]) or is a fraction in the plural
/// (`thirds`, `two-thirds`, `three-quarters`): `Nearly three-quarters support the ban`.
fn is_share(lower: &str) -> bool {
    const FRACTIONS: &[&str] = &["thirds", "quarters", "fourths", "fifths", "tenths"];
    QUANTITIES.contains(&lower) || FRACTIONS.iter().any(|f| lower == *f || lower.strip_suffix(f).is_some_and(|n| n.ends_with('-') && is_number(&n[..n.len() - 1])))
}

/// Words that open a clause, so a noun phrase right after one may be its subject.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "yet", "so", "that", "because", "when", "while", "whereas", "if",
    "though", "although", "since", "as", "where", "after", "before", "until", "once", "now",
];

/// Words that are no head of a subject noun phrase and end the walk back to its start
/// (the determiners among them are taken first, as [`SUBJECT_DETERMINERS`]).
const NOT_IN_SUBJECT: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "me", "us", "who",
    "whom", "whose", "which", "what", "that", "this", "these", "those", "there", "here",
    "one", "is", "was", "were", "are", "be", "been", "being", "am", "has", "have", "had",
    "do", "does", "did", "not", "no", "to", "also", "just", "only", "even", "then", "than",
    "all", "each", "everyone", "anyone", "nobody", "nothing", "something", "everything",
    "others", "other", "such", "said", "says", "say", "will", "would", "can", "could", "may",
    "might", "must", "should", "shall", "how", "why", "where", "when", "if",
    // adverbs and prepositions the shared lists leave out (`seldom told`, `and later said`,
    // `Alongside BLM`)
    "seldom", "often", "never", "always", "sometimes", "again", "ever", "already", "still",
    "soon", "later", "earlier", "too", "very", "much", "more", "less", "well", "alongside",
    "beyond", "despite", "within", "without", "across", "around", "through", "throughout",
    "during", "under", "upon", "via", "amid", "including", "unlike", "near", "outside",
    "inside",
    "perhaps", "hence", "thus", "therefore", "indeed", "meanwhile", "instead", "however",
    "everywhere", "elsewhere", "alike", "together", "out", "the", "a", "an", "rather", "almost", "their", "its",
    "our", "my", "your", "his",
    // a time is no subject (`last week said`)
    "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "day",
    "today", "yesterday", "tonight", "time", "ago", "recently",
];

/// Determiners that open a subject noun phrase (and are part of it).
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "some", "many", "most", "several", "few", "both", "another", "two", "three",
];

/// The subject of a verb of speech in a title-case headline: the two to five capitalised
/// words from the line's first word to the verb (`Westport Mayor Says ...`, `Harbour
/// Union Warns ...`, `New Survey Shows ...`), with no verb, function word or name the
/// people rules found among them. Its kind is its last word's, read in lower case: a
/// role is a person, a text a document, a plural a group, anything else a body.
fn title_case_subject(text: &str, words: &[Word], v: usize, lex: &Lexicon, taken: &Taken) -> Option<Candidate> {
    let w = &words[v];
    // (a vote is an act, no report: `Harbour Town Votes On The Bridge`)
    if !w.title_case || w.in_quote || v < 2 || matches!(w.lower(), "vote" | "votes" | "voted") {
        return None;
    }
    let first = (0..v).rev().take_while(|&k| words[k].sentence == w.sentence && words[k].joins_next && words[k].title_case && !words[k].in_quote).last()?;
    // (past an adverb before the verb: `Pilots Unanimously Oppose ...`)
    let mut last = v - 1;
    while last > first && contract::lexicon::is_ly_adverb(words[last].lower()) {
        last -= 1;
    }
    if !words[first].sentence_start || first == last || v - first > 5 || taken.mentions.overlaps(words[first].start, words[last].end) || taken.cands.reaches(first, last) {
        return None;
    }
    let plain = |k: usize| {
        let lower = words[k].lower();
        words[k].text.starts_with(char::is_uppercase)
            && words[k].text.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.' || c == '\'' || c == '’')
            && !is_cue_or_reporting_verb(lower)
            && !NOT_IN_SUBJECT.contains(&lower)
            && !PREPOSITIONS.contains(&lower)
            && !CLAUSE_OPENERS.contains(&lower)
            && !words[k].possessive(text)
    };
    // (past a determiner opening the line: `A New Survey Shows ...`)
    let first = if matches!(words[first].lower(), "a" | "an" | "the") { first + 1 } else { first };
    if first > last || !(first..=last).all(plain) {
        return None;
    }
    let head = words[last].lower();
    let plural = is_plural(head);
    let kind = if lex.roles.contains(head) {
        if plural { SpeakerKind::Group } else { SpeakerKind::Person }
    } else if entity_lexicon().documents.contains(head) {
        SpeakerKind::Document
    } else if plural || entity_lexicon().groups.contains(head) {
        SpeakerKind::Group
    } else if !entity_lexicon().heads.contains(words[last].text) && matches!(w.lower(), "shows" | "show" | "suggests" | "suggest" | "reveals" | "reveal" | "proves" | "prove" | "finds" | "find") {
        // (what shows or reveals, and is no body's name, is evidence: `Storm Damage Shows
        // ...`)
        SpeakerKind::Document
    } else {
        SpeakerKind::Organisation
    };
    let name = text.get(words[first].start..words[last].end)?.to_string();
    Some(Candidate { first, last, kind, name, head: head.to_string(), refers: None, speaks: true, subject: true })
}

/// The texts a headline's label before its colon names as a source (`Poll: Reyes leads in
/// Eastvale`, `Report: ...`); not a page's own words (`Headline:`, `Data:`, `The Story:`).
/// (with [`contract::lexicon::POLLS`])
const LABEL_TEXTS: &[&str] = &["report", "reports", "study", "studies", "memo", "documents", "records", "emails", "audit", "lawsuit", "indictment", "ruling", "findings", "filings"];

/// A headline's label of one to three capitalised words before a colon, which names who
/// or what says the rest, as the quotes stage's `colon-source` reads it: a text (`Poll:
/// Reyes leads in Eastvale`, [`LABEL_TEXTS`]), people named by role (`Historians:`,
/// `Insiders:`), or an organisation: one the lists know (`Reuters:`), or an acronym or a
/// name ending in an organisation's word that the text writes again past its headline
/// (`KBX:` over a story whose dateline says `(KBX)`, `Harbour Herald:` over `the Harbour
/// Herald reported`; not `NEW:`, `HUGE:` or `Good News:`).
/// Only at the document's first word, its headline's: in the body a capitalised word
/// and a colon are most often a transcript's speaker (`COLE:`, whom the people rules
/// know), a section's heading (`Box Office:`) or a list (`Speakers: Tom Reyes and Ann
/// Cole`). Not a kicker or a page's label ([`contract::lexicon::COLON_LABELS`],
/// `SECTION_LABELS`), a heading in capitals (`RUNNING TALLY:`), or a person's name, which
/// the people rules have found.
fn colon_label(text: &str, words: &[Word], lex: &Lexicon, taken: &Taken) -> Option<Candidate> {
    let w = words.first()?;
    if w.in_quote || w.contraction() || contract::lexicon::COLON_LABELS.contains(&w.lower()) {
        return None;
    }
    let last = (0..3.min(words.len())).find(|&j| {
        let next = words.get(j + 1).filter(|n| n.sentence == w.sentence);
        next.is_some_and(|n| text.get(words[j].end..n.start).is_some_and(|g| g.trim() == ":")) || !words[j].joins_next
    })?;
    let next = words.get(last + 1).filter(|n| n.sentence == w.sentence && !n.in_quote)?;
    let label = &words[..=last];
    if text.get(words[last].end..next.start).is_none_or(|g| g.trim() != ":")
        || label.iter().any(|x| x.in_quote || !x.text.starts_with(char::is_uppercase))
        || contract::lexicon::SECTION_LABELS.contains(&words[last].lower())
        || taken.mentions.overlaps(w.start, words[last].end)
        // (a section's heading in capitals, `RUNNING TALLY:`, names no one)
        || last > 0 && label.iter().all(|x| !x.text.chars().any(char::is_lowercase))
    {
        return None;
    }
    let lower = words[last].lower();
    let lead = usize::from(last > 0 && w.lower() == "the");
    let name = text.get(words[lead].start..words[last].end)?.to_string();
    let el = entity_lexicon();
    let people = plural_of_people(lower, lex);
    // (a name the text writes again past its headline, `(KBX)`, `the KBX poll`, `the
    // Harbour Herald reported`: a heading's words, `Good News:`, `Guest Post:`, are not)
    let used_again = || (last > 0 || acronym(w) && !el.acronym_not.contains(w.text)) && (last + 1..words.len()).any(|k| words[k].sentence != w.sentence && words[k].text == words[last].text && (last == 0 || words[k - 1].text == words[last - 1].text));
    let (kind, name) = if LABEL_TEXTS.contains(&lower) || contract::lexicon::POLLS.contains(&lower) {
        (SpeakerKind::Document, lower.to_string())
    } else if people {
        (SpeakerKind::Group, name)
    } else if label.iter().all(org_word) && (last == 0 && el.known.contains(w.text) || (last == 0 || el.is_head(words[last].text)) && used_again()) {
        (SpeakerKind::Organisation, name)
    } else {
        return None;
    };
    // (an organisation's head as written, as the nominal mentions after it look it up:
    // `Harbour Board: ...` and then `the board said` are one board)
    let head = if kind == SpeakerKind::Organisation { words[last].text.to_string() } else { lower.to_string() };
    Some(Candidate { first: 0, last, kind, name, head, refers: None, speaks: true, subject: true })
}

/// The subject of a reporting verb that no rule named: the noun phrase right before it
/// (its head at word `head`), opening its clause (`Exit polling showed that ...`, `many
/// commuters have said ...`, `..., Fox found.`, `A Water Board spokeswoman told
/// ...`). Its kind comes from its head ([`head_kind`]).
/// With [`Before::Aside`], the verb follows an aside set off by commas after the head
/// ([`verb_after_aside`]): `The board, for instance, refused`; with [`Before::Clause`],
/// `head` is the `who` of a restrictive clause the verb follows
/// ([`restrictive_clause_before`]).
fn subject_of_verb<'a>(text: &str, words: &[Word<'a>], head: usize, before: Before, lex: &Lexicon, taken: &Taken, names: &std::cell::OnceCell<FxHashSet<&'a str>>) -> Option<Candidate> {
    let aside = match before {
        Before::Aside(v) => Some(v),
        _ => None,
    };
    let clause = match before {
        Before::Clause(v) => Some(v),
        _ => None,
    };
    let conjoined = match before {
        Before::Conjoined(v) => Some(v),
        _ => None,
    };
    // a restrictive `who` before the verb stands for the phrase before it (`dozens of
    // tenants who claim ...`): that phrase is the subject, `who` refers to it
    let relative = aside.is_none() && head > 0 && words[head].lower() == "who" && !words[head].in_quote && words[head - 1].joins_next;
    // (a `whom` or `whose` clause has a subject of its own, and the phrase before it is
    // the verb's subject as any phrase is, its own mention: `Voters whom Maria Lopez
    // visited said`)
    let object_clause = clause.is_some() && matches!(words[head].lower(), "whom" | "whose");
    let head = if relative || object_clause { head - 1 } else { head };
    let w = &words[head];
    // (a city's or a state's initials are a place, no speaker: `Residents of Washington,
    // D.C. said`)
    if w.local_initials() {
        return None;
    }
    let sentence = w.sentence;
    // an `-ing` form after an article or a possessive is a noun (`the planning`)
    let gerund = |k: usize| k > 0 && words[k - 1].sentence == sentence && words[k - 1].joins_next && matches!(words[k - 1].lower(), "the" | "a" | "an" | "its" | "their" | "his" | "her");
    // a noun-like word: no function word, adverb, participle, verb or date (`the emails
    // released Friday showed`, `officials quickly said`, `on Monday said`), and no
    // capitalised function word opening the sentence (`The`, `But`)
    let noun_like = |k: usize| {
        let x = &words[k];
        let lower = x.lower();
        x.text.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && x.text.chars().any(char::is_alphabetic)
            && lower.len() >= 2
            && !x.in_quote
            && !NOT_IN_SUBJECT.contains(&lower)
            && !CLAUSE_OPENERS.contains(&lower)
            && !PREPOSITIONS.contains(&lower)
            && !(lower.ends_with("ly") || lower.ends_with("ed") || lower.ends_with("ing") && !MASS_NOUNS.contains(&lower) && !gerund(k))
            // (nor an adjective before a plural that looks like a verb: `serious concerns`)
            && !["ous", "ful", "able", "ible", "ical"].iter().any(|s| lower.ends_with(s))
            && (gerund(k) || !is_cue_or_reporting_verb(lower))
            && !is_month(x.text)
            && !WEEKDAYS.contains(&lower)
            && !(lex.capitalised.contains(x.text) && x.sentence_start)
    };
    // joined to the next word: one space, or a possessive (`the state's districts`)
    let joined = |k: usize| words[k].sentence == sentence && !words[k].in_quote && (words[k].joins_next || words[k].possessive(text));
    // `those surveyed say`, `those polled want`, `among those who said`: the people a
    // poll asked, or those the relative clause picks out, are a group
    let polled = |k: usize| matches!(words[k].lower(), "surveyed" | "polled" | "questioned" | "interviewed" | "sampled");
    let those_first = if relative && w.lower() == "those" {
        Some(head)
    } else {
        (aside.is_none() && head > 0 && words[head - 1].lower() == "those" && words[head - 1].joins_next && polled(head)).then(|| head - 1)
    };
    if let Some(first) = those_first {
        // (the verb after the `who`, or the one after the whole clause: `those who ride
        // the late ferry argue`)
        if w.in_quote || w.title_case || !(clause.is_some() || verb_after(words, head + usize::from(relative), true)) || taken.mentions.overlaps(words[first].start, w.end) || taken.cands.reaches(head, first) {
            return None;
        }
        let name = text.get(words[first].start..w.end)?.to_string();
        return Some(Candidate { first, last: head, kind: SpeakerKind::Group, name, head: "those".to_string(), refers: None, speaks: !relative, subject: !relative });
    }
    // (a headline in title case capitalises its verbs and nouns alike: `Harbour Town
    // Votes On The Bridge` is no clause to read)
    // (a people's plural that is a verb's form too is the noun before an auxiliary or a
    // copula: `Ferry advocates were outraged by ...`, `critics have said`, `advocates
    // remain frustrated with`)
    // (a people's or a role's word: `advocates`, `critics`, `residents`)
    let people = |lower: &str| entity_lexicon().groups.contains(lower) || lex.roles.contains(lower);
    let people_before_auxiliary = || {
        let lower = w.lower();
        people(lower)
            && words.get(head + 1).is_some_and(|n| {
                n.sentence == sentence && w.joins_next && (copula(n.lower()) || is_between_subject_and_verb(n.text))
            })
    };
    // (a plural of people right before a participle of attitude holds it: `Outside
    // groups supporting Cole have spent ...`, `Residents opposing the toll rallied`; not
    // any plural, `ads attacking Reyes`, `took turns urging`)
    let participle_after = || {
        let lower = w.lower();
        !relative
            && is_plural(lower)
            && people(lower)
            && words.get(head + 1).is_some_and(|n| n.sentence == sentence && w.joins_next && !n.in_quote && contract::lexicon::ATTITUDE_PARTICIPLES.contains(&n.lower()))
    };
    if w.title_case || w.possessive(text) || !(noun_like(head) || people_before_auxiliary()) {
        return None;
    }
    let no_verb_after = aside.is_none() && clause.is_none() && conjoined.is_none() && !verb_after(words, head + usize::from(relative), true);
    if no_verb_after && !participle_after() {
        return None;
    }
    // a verb's bare form agrees with a plural (`Republicans pledge`), unless an auxiliary
    // stands before it (`the agency did not say`): after a singular it is a noun
    // (`Reyes's controversial pledge to ...`, `his latest claim is ...`)
    let v = match aside.or(clause).or(conjoined) {
        Some(v) => v,
        None => (head + 1 + usize::from(relative)..words.len()).find(|&k| !between_at(words, k))?,
    };
    let verb = words[v].lower();
    // (a verb that marks a quote's cue only, `read`, says nothing of a subject away from
    // a quote, nor does a speech verb before `to` that reports no intention: `Prices
    // continued to rise`, `added to the delay`)
    let to_after = words.get(v + 1).is_some_and(|n| n.sentence == sentence && n.lower() == "to");
    // (or the verb of a phrase that holds a view, [`phrase_verb`])
    let phrase = phrase_at(words, v);
    if !(is_speech_verb(verb, VerbUse::Speaker) || is_reporting_verb(verb) || phrase) || (to_after && !is_reporting_verb(verb)) {
        return None;
    }
    // a number before an `-s` form makes it a plural noun (`the two states hold`)
    if verb.ends_with('s') && NUMBERS.contains(&w.lower()) {
        return None;
    }
    let bare_form = [format!("{verb}s"), format!("{verb}es")].iter().any(|f| is_cue_or_reporting_verb(f));
    if bare_form && clause.is_none() && v == head + 1 + usize::from(relative) && head_kind(w, lex) != SpeakerKind::Group {
        return None;
    }
    // back from a head to the phrase's determiner over modifiers (`the former
    // mayor's spokeswoman`, `Female troops`), at most five words before it, all joined
    let start = |h: usize| {
        let mut first = h;
        // (a part of a group, which an adverb of amount or a comparison before it may
        // qualify; not a quantifier, which an adverb before it qualifies in its clause,
        // `only some who suggest`)
        let share = is_share(words[h].lower()) && !matches!(words[h].lower(), "most" | "many" | "some" | "none" | "few" | "several" | "all" | "both");
        let amount = |x: &str| matches!(x, "almost" | "nearly" | "roughly" | "about" | "than" | "only" | "exactly" | "just" | "over" | "under" | "least");
        while first > 0 && first + 5 > h && joined(first - 1) {
            let k = first - 1;
            let kl = words[k].lower();
            // a number may follow a determiner or a possessive (`the town's three
            // districts`)
            if matches!(kl, "two" | "three") {
                first = k;
                continue;
            }
            // a comparison before a share belongs to it (`More than half`, `Less than a
            // third`), and so does a share's adverb before its `a` (`About a third`)
            // (`At least half`, `Well over half`, `Just under a third`, `Only a third`)
            if share && k > 0 && joined(k - 1) && ((kl == "than" && matches!(words[k - 1].lower(), "more" | "less" | "fewer" | "better")) || (matches!(kl, "least" | "most") && words[k - 1].lower() == "at")) {
                first = k - 1;
                continue;
            }
            if share && kl == "a" && k + 1 == h && k > 0 && joined(k - 1) && amount(words[k - 1].lower()) {
                first = k;
                continue;
            }
            if share && first == k + 1 && matches!(kl, "over" | "under" | "only" | "exactly" | "just" | "well") {
                first = k;
                continue;
            }
            // (`that` opening the sentence is a determiner: `That person said`)
            if SUBJECT_DETERMINERS.contains(&kl) || (kl == "that" && words[k].sentence_start) {
                return k;
            }
            // a share's adverb belongs to it (`Almost half of riders`, `About
            // two-thirds`)
            if matches!(kl, "almost" | "nearly" | "roughly" | "about") && (is_share(words[first].lower()) || is_share(words[h].lower())) {
                first = k;
                continue;
            }
            let adverb = kl.ends_with("ly") && !words[k].possessive(text) && !LY_ADJECTIVES.contains(&kl);
            // (a possessive is a noun's, never a verb: `the state's health officials`)
            // (a past not in `-ed` after a word that is no determiner is a verb, whose
            // object the phrase is: `Reyes met farmers who said ...` is the farmers', no
            // `Reyes met farmers`; not `The paid organizer said`, `Met officers said`)
            // (and a past in `-ed` after a determiner's noun: `The toll angered riders who
            // ...`, not `the newly elected officials`, `the two unnamed aides`)
            let past_in_ed = || {
                kl.ends_with("ed") && k >= 2 && joined(k - 2) && SUBJECT_DETERMINERS.contains(&words[k - 2].lower()) && {
                    let noun = words[k - 1].lower();
                    words[k - 1].text.starts_with(char::is_lowercase) && !noun.ends_with("ly") && !noun.ends_with("ed") && !is_number(noun) && !matches!(noun, "most" | "more" | "less" | "least" | "best" | "better" | "well" | "very" | "so" | "too" | "once" | "recently" | "newly")
                }
            };
            let past = || {
                words[k].text.starts_with(char::is_lowercase)
                    && k > 0
                    && joined(k - 1)
                    && !SUBJECT_DETERMINERS.contains(&words[k - 1].lower())
                    && !words[k - 1].possessive(text)
                    && (contract::lexicon::is_unmarked_past(kl) || past_in_ed())
            };
            // (a verb's bare form after a determiner or opening the sentence modifies
            // the noun: `The state officials`, `State officials`)
            let modifier = k == 0 || !joined(k - 1) || SUBJECT_DETERMINERS.contains(&words[k - 1].lower());
            let verb = (is_cue_or_reporting_verb(kl) && !(modifier && is_speech_verb(&format!("{kl}s"), VerbUse::Cue)) || past()) && !words[k].possessive(text);
            // (an `-ing` word opening the clause right before the head modifies it:
            // `Dredging engineers warn`, `But polling experts say`)
            let ing_modifier = kl.ends_with("ing")
                && k + 1 == h
                && (words[k].sentence_start || (k > 0 && joined(k - 1) && CLAUSE_OPENERS.contains(&words[k - 1].lower())))
                && !is_cue_or_reporting_verb(kl);
            if NOT_IN_SUBJECT.contains(&kl) || CLAUSE_OPENERS.contains(&kl) || PREPOSITIONS.contains(&kl) || adverb || (kl.ends_with("ing") && !ing_modifier) || verb || !words[k].text.chars().any(char::is_alphanumeric) {
                break;
            }
            first = k;
        }
        first
    };
    // a bare singular in lower case is rarely a subject, but for a mass noun a text
    // holds (`research suggests`, `polling shows`): `delegate-rich states` is no clause
    // (a name in lower case, `al-Shabaab`, and a collective, `city staff`, are no bare
    // singulars)
    let bare_singular = |first: usize, h: usize| {
        let lower = words[h].lower();
        let bare = !SUBJECT_DETERMINERS.contains(&words[first].lower())
            && !org_word(&words[first])
            && !words[h].text.chars().any(char::is_uppercase)
            && !matches!(lower, "personnel" | "management" | "leadership" | "government" | "administration" | "military" | "public" | "media" | "press");
        bare && !is_plural(lower) && !is_share(lower) && !MASS_NOUNS.contains(&lower) && !entity_lexicon().documents.contains(lower)
    };
    let mut first = start(head);
    // a share before a restrictive `who` is named from its number and the words that
    // qualify it (`another 12 percent`, `nearly 30 percent`), never a verb's subject
    // before it (`Canvassers reached 30 percent who say ...` is the 30 percent's); and it
    // speaks only with a plural's verb and no measure before the number: the `who` of
    // `the candidate polling at 12 percent who said she ...` or `above 5 percent who has
    // said` is a person's
    if relative && w.lower() == "percent" {
        let n = head.checked_sub(1).filter(|&k| joined(k) && is_number(words[k].lower()))?;
        let mut f = n;
        while f > 0 && joined(f - 1) && SHARE_QUALIFIERS.contains(&words[f - 1].lower()) {
            f -= 1;
        }
        let measured = f > 0 && joined(f - 1) && matches!(words[f - 1].lower(), "at" | "above" | "below" | "under" | "to" | "by" | "near");
        let singular = words.get(head + 2).is_some_and(|v| matches!(v.lower(), "says" | "has" | "is" | "was" | "does") || (v.lower().ends_with('s') && is_cue_or_reporting_verb(v.lower())));
        if measured || singular {
            return None;
        }
        first = f;
    }
    if bare_singular(first, head) {
        return None;
    }
    let mut outer = head;
    // a phrase after a preposition modifies the real head before it, up to three times
    // (`early returns from the county's 12 precincts showed`, `People with knowledge of
    // the board's finances said`, `A person familiar with the plans for the meeting
    // says`)
    // (not for a `who`, which refers to the nearest phrase: `talks with Senate
    // Democrats who distrust him`; nor for a plural before a participle, which is the
    // phrase with its modifiers: `... comes from groups supporting ...` is not one)
    for _ in 0..if relative || no_verb_after { 0 } else { 3 } {
        let Some(p) = first.checked_sub(1) else { break };
        if !joined(p) || !matches!(words[p].lower(), "of" | "from" | "with" | "at" | "in" | "for" | "on" | "about" | "among" | "inside" | "within") || p == 0 || !joined(p - 1) {
            break;
        }
        let mut h = p - 1;
        if matches!(words[h].lower(), "familiar" | "close" | "knowledgeable") && h > 0 && joined(h - 1) {
            h -= 1;
        }
        // (a bare singular before `in`, `from` is most often a verb: `The toll rose in
        // delegate-rich states`; before `of` a noun: `knowledge of`)
        if words[h].possessive(text) || !noun_like(h) || (words[p].lower() != "of" && bare_singular(start(h), h)) {
            break;
        }
        first = start(h);
        outer = h;
    }
    // the phrase opens its clause: the sentence, a comma or a clause word before it
    // (after a verb or a preposition it is an object: `voters told pollsters`); a phrase
    // with its own `who` may stand anywhere (`drew fire from riders who argued`)
    // (a phrase whose clause the verb's own clause follows is its subject, and opens it too)
    if (!relative || clause.is_some()) && first > 0 && joined(first - 1) && !CLAUSE_OPENERS.contains(&words[first - 1].lower()) {
        return None;
    }
    // (before an aside, not after a comma: there the phrase is itself an apposition,
    // `Paul Brandt, Democrat of Oregon, the majority leader, has vowed`; nor inside a
    // list)
    // (and holds no verb of its own: `Rescuers evacuated residents of the town, ...`)
    // (an adjective in `-ed` after a determiner is no verb: `The retired general, ...`)
    let past_after_noun = |k: usize| k > first && words[k].lower().ends_with("ed") && !words[k].text.starts_with(char::is_uppercase) && !SUBJECT_DETERMINERS.contains(&words[k - 1].lower());
    if aside.is_some() && (!opens_clause(text, words, first) || (first..head).any(past_after_noun)) {
        return None;
    }
    // (a phrase set off by a comma with a `who` is most often an apposition, `Tom
    // Baker, a retired engineer who opposed it`: the `who` is the name's, not a new
    // speaker's)
    if relative && first > 0 && words[first - 1].sentence == sentence && !joined(first - 1) {
        return None;
    }
    let (from, to) = (words[first].start, w.end);
    // (a name's possessive may open the phrase, `Tom Reyes's aide said`, `Reyes's campaign
    // says`: the phrase speaks, not the name's owner, whose mention there is dropped in
    // [`find`]; past the possessive no mention may stand)
    let owner = (first..head).rev().find(|&k| words[k].possessive(text) && words[k].capitalised());
    let own_from = owner.map_or(from, |k| words[k + 1].start);
    if taken.mentions.overlaps(own_from, to) || taken.cands.reaches(head, owner.map_or(first, |k| k + 1)) {
        return None;
    }
    // a lone capitalised word that names people elsewhere (a known surname or a given
    // name) is a person the people rules left out (`Nelson voted`)
    let lone = first == head && org_word(w);
    let person = lone && (lex.known_by_surname.contains_key(w.lower()) || lex.known_by_name.contains_key(w.lower()) || contract::lexicon::is_given_name(w.text));
    // (a `who` after a lone capitalised singular that names no person, most often a
    // place, is the person's before it: `Sam Ortiz, the former senator from
    // Oregon who is supporting Mr. Reyes`; an organisation takes `which`)
    // (a people's name is a group's: `Republicans who had praised him warned`)
    if relative && lone && !person && !is_plural(w.lower()) && !entity_lexicon().groups.contains(w.lower()) {
        return None;
    }
    let mut kind = if person { SpeakerKind::Person } else { head_kind(&words[outer], lex) };
    // (after a person's possessive, a kin or fellow of theirs is a person, `Reyes's
    // stepson`, `Reyes's counsel`, and a body of theirs an organisation, `Reyes's firm`;
    // any other noun stays a text or a thing, `Reyes's rhetoric suggests`)
    if owner.is_some() && kind == SpeakerKind::Document {
        if matches!(words[outer].lower(), "company" | "firm" | "foundation" | "party" | "estate" | "camp" | "business" | "charity" | "organization" | "organisation") {
            kind = SpeakerKind::Organisation;
        } else if KIN.contains(&words[outer].lower()) {
            kind = SpeakerKind::Person;
        }
    }
    // (a collective of people is a group: `A group of nurses`, `a handful of senators`)
    if outer != head && is_plural(words[head].lower()) && matches!(words[outer].lower(), "group" | "handful" | "number" | "couple" | "dozen" | "dozens" | "crowd" | "coalition" | "band") {
        kind = SpeakerKind::Group;
    }
    // a lone word capitalised for its sentence is no organisation's name (`Office said
    // nothing`) unless the text capitalises it inside a sentence too (`Germany pledged
    // ...` after `... in Germany`): else what it is comes from the word itself
    let named = |w: &Word| names.get_or_init(|| words.iter().filter(|w| !w.sentence_start && !w.title_case && org_word(w)).map(|w| w.text).collect()).contains(w.text);
    if lone && w.sentence_start && kind == SpeakerKind::Organisation && !named(w) {
        kind = if MASS_NOUNS.contains(&w.lower()) || entity_lexicon().documents.contains(w.lower()) { SpeakerKind::Document } else { return None };
    }
    // (a joined verb is a thing's only where the thing is a text: `The toll drew fire
    // from Maria Lopez, saying ...` is Lopez's as the quotes stage reads it, and `The
    // storm hit Westport and showed that ...` is no one's)
    if conjoined.is_some() && kind == SpeakerKind::Document && !entity_lexicon().documents.contains(words[outer].lower()) {
        return None;
    }
    let lead = usize::from(matches!(words[first].lower(), "the" | "a" | "an") && first < head);
    let name = text.get(words[first + lead].start..w.end)?.to_string();
    // (a phrase with its own `who` speaks through it, and is often an object, `for
    // tenants who want ...`: the entity's one mention is the `who`, so no rule takes the
    // phrase for the subject of another verb)
    Some(Candidate { first, last: head, kind, name, head: words[outer].lower().to_string(), refers: None, speaks: !relative, subject: !relative })
}

/// `HWRB` after `Harbour, Water and Roads Board`, `FBI` after `the Federal
/// Bureau of Investigation`: the capitalised words of the text whose initials spell an
/// acronym of three to six letters, with `and`, `of`, `for`, `the` and commas between
/// them, as written from the first to the last (its first spelling).
fn spelt_out_acronym(text: &str, words: &[Word], acronym: &str) -> Option<String> {
    let letters: Vec<char> = acronym.chars().collect();
    if !(3..=6).contains(&letters.len()) || !letters.iter().all(char::is_ascii_uppercase) {
        return None;
    }
    let capital = |w: &Word| w.text.starts_with(char::is_uppercase) && !w.in_quote;
    let gap = |k: usize| text.get(words[k - 1].end..words[k].start).unwrap_or("");
    for start in 0..words.len() {
        if !capital(&words[start]) || !words[start].text.starts_with(letters[0]) || words[start].text == acronym {
            continue;
        }
        // the letters in order, over connectors, one space or a comma between words
        let (mut k, mut matched, mut end) = (start, 0, start);
        while k < words.len() && matched < letters.len() && (k == start || matches!(gap(k), " " | ", ")) {
            let w = &words[k];
            if capital(w) && w.text.chars().count() > 1 && w.text.chars().all(|c| c.is_alphabetic() || c == '-') {
                if !w.text.starts_with(letters[matched]) {
                    break;
                }
                matched += 1;
                end = k;
            } else if !matches!(w.lower(), "and" | "of" | "for" | "the") {
                break;
            }
            k += 1;
        }
        if matched == letters.len() {
            return text.get(words[start].start..words[end].end).map(str::to_string);
        }
    }
    None
}

/// Adjectives in `-ly`, which modify a subject's head as any adjective does (`early
/// returns from the county's precincts showed`).
const LY_ADJECTIVES: &[&str] = &["early", "daily", "weekly", "monthly", "yearly", "quarterly", "elderly", "likely", "friendly", "costly", "only", "lonely", "curly", "holy"];

/// Number words: before an `-s` form they make it a plural noun.
const NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many", "dozen", "dozens", "hundreds", "thousands", "millions"];

/// Mass nouns for what a text holds, subjects with no determiner (`evidence suggests`).
const MASS_NOUNS: &[&str] = &[
    "research", "evidence", "polling", "data", "analysis", "testimony", "footage", "history",
    "science", "experience", "intelligence", "reporting", "coverage", "precedent", "logic",
    "wisdom", "consensus", "legislation", "law", "policy", "tradition", "ruling", "filing",
    "briefing", "finding", "hearing",
];

/// Capitalised heads that name a person's office, besides the roles: `according to the
/// Sheriff`, `the Attorney General`, `the Inspector General`.
const TITLES: &[&str] = &[
    "pope", "queen", "king", "prince", "princess", "sheriff", "chancellor", "archbishop", "bishop",
    "commissioner", "general", "clerk", "treasurer", "comptroller", "auditor", "inspector",
];

/// What an `according to` source may not overlap, for [`source_after_according_to`]:
/// the mentions, the candidates found before, and the last word of the sources found so
/// far (they come in document order, so the furthest one is all that matters).
struct Taken {
    mentions: Reach,
    cands: Reach,
    sources_last: Option<usize>,
}

/// A candidate entity mention: word range (the leading `the` included), its kind and
/// canonical name, and whether it speaks.
struct Candidate {
    first: usize,
    last: usize,
    kind: SpeakerKind,
    name: String,
    /// The head word, for nominal references (`Commission`, `campaign`).
    head: String,
    /// Refers back: a nominal (`the company`) or a pronoun (`it`, `they`).
    refers: Option<Refers>,
    speaks: bool,
    /// Not after a preposition, not a possessive: a likely clause subject.
    subject: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Refers {
    Nominal,
    It,
    /// An `it` before a verb of view, not of speech (`It plans to ...`): only a body
    /// that opens a clause, with no thing named as a subject since.
    ItHolds,
    /// An `it` before what a fact shows (`It shows that ...`): as [`Refers::ItHolds`],
    /// but only a text (`The audit was damning. It shows ...`).
    ItShows,
    They,
    /// A restrictive `who` after a subject phrase the subject rule found.
    Who,
}

/// Finds the organisations, groups and documents of the document and adds them (and
/// their mentions) to `people` and `mentions`. `groups` are the group mentions the
/// description rule found, as (person index, first word, last word).
pub(crate) fn find(
    text: &str,
    words: &[Word],
    lex: &Lexicon,
    people: &mut People,
    mentions: &mut Vec<(usize, Mention)>,
    groups: &[(usize, usize, usize)],
) {
    // (the people named so far: a speech verb followed by one has its subject after it)
    let people_at = Reach::new(mentions.iter().map(|(_, m)| (m.span.start(), m.span.end())));
    let el = entity_lexicon();
    // the verbs whose subject is a source (read once: the test is costly, and both the
    // rules below and the subjects no rule named ask it)
    let source_verbs: Vec<usize> = (1..words.len()).filter_map(|v| source_verb(words, v).filter(|&v| v > 0)).collect();
    // (the word before the verb at `v`, past up to two auxiliaries or adverbs and a time:
    // `The White House on Tuesday said`)
    let head_before = |v: usize| {
        let mut h = v - 1;
        while h > 0 && h + 3 > v && between_at(words, h) {
            h -= 1;
        }
        // (a whole phrase: not `during a Sunday`, `in Wednesday`)
        let whole = |n: usize| h > n && !contract::lexicon::governs_a_time(words[h - n].lower());
        if let Some(n) = (1..=3).rev().find(|&n| h >= n && crate::time_phrase_at(words, h + 1 - n) == n && whole(n)) {
            h -= n;
        }
        h
    };
    // (the heads of the clauses whose first verb `and` or a participle after a comma
    // joins to a verb of speech: `The pilots walked off the job on Monday and said ...`,
    // `The Courier went to court in June, contending ...`; the head must stand inside the
    // clause, so `..., Eastvale, have filed a claim, alleging` has none)
    let conjoined: Vec<(usize, usize, usize)> = source_verbs
        .iter()
        .filter_map(|&v| {
            let (opening, k, head) = first_conjunct_verb(text, words, v).filter(|&(_, k, _)| k > 1)?;
            let h = head.unwrap_or_else(|| head_before(k));
            (h >= opening).then_some((v, opening, h))
        })
        .collect();
    // (a phrase the rules below find is that subject where it is the whole of it, from
    // the clause's opening to the head: not `the ferry campaign` in `The port's lawyer
    // on the ferry campaign pressed on, contending ...`)
    let conjoined_subject = |first: usize, last: usize| conjoined.iter().any(|&(_, opening, h)| opening == first && h == last);
    let mut cands: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w.in_quote || w.title_case {
            i += 1;
            continue;
        }
        let has_the = |k: usize| k > 0 && words[k - 1].lower() == "the" && words[k - 1].sentence == words[k].sentence && words[k - 1].joins_next;
        let subject_at = |first: usize, last: usize| {
            let after_prep = first > 0 && words[first - 1].sentence == words[first].sentence && PREPOSITIONS.contains(&words[first - 1].lower());
            !after_prep && !words[last].possessive(text)
        };
        // (`wrote to the FBI, which said ...`: a relative `which` after the comma is the
        // organisation's, and so is the verb after it; a `who` too, which a body's people
        // take, `angered the unions, who say ...`)
        let which_after = |last: usize| {
            words.get(last + 1).is_some_and(|n| matches!(n.lower(), "which" | "who") && n.sentence == words[last].sentence && !n.in_quote && text.get(words[last].end..n.start).is_some_and(|g| g.trim() == ","))
                && verb_after(words, last + 1, true)
        };
        // (a name after a preposition is no subject of a progressive after it: `Some
        // moderates in the Senate were pushing for`)
        let reports_after = |first: usize, last: usize| verb_after_with(words, last, true, false) || (verb_after(words, last, true) && subject_at(first, last));
        let speaks_at = |first: usize, last: usize| {
            !words[last].possessive(text)
                && (reports_after(first, last)
                    || participle_subject(words, first, last)
                    || which_after(last)
                    || conjoined_subject(first, last)
                    || (verb_after_aside(text, words, last, true, true, &people_at).is_some() && opens_clause(text, words, first))
                    || (verb_before(words, first) && !modifier(words, last, lex)))
        };
        let lower = w.lower();
        // pronouns right before a speech verb; a view makes `they` a source too (`they
        // opposed it`), and `it` as a subject (`It plans to cut fares`, `and it hopes to
        // ...`, `what it calls`), never before what only seems (`it appears`), nor as an
        // object (`to have it discovered`)
        // (`they` with its auxiliary contracted onto it too: `they've suggested`, `they’d
        // argued`)
        // (not `they're`, most often before a passive: `they're told`, `they're said to`)
        let they = lower == "they" || lower.strip_prefix("they").is_some_and(|rest| matches!(rest, "'ve" | "’ve" | "'d" | "’d" | "'ll" | "’ll"));
        // (nor in a condition or a question, `if it wants`, `whether it plans`; before
        // what a fact shows, `it shows that ...`, which is most often an event's, only a
        // text's, [`Refers::ItShows`])
        let held = || {
            let before = if i > 0 && words[i - 1].sentence == w.sentence && words[i - 1].joins_next { words[i - 1].lower() } else { "" };
            let object = matches!(before, "of" | "with" | "for" | "to" | "from" | "by" | "about" | "against" | "at" | "on" | "in" | "into" | "between" | "among" | "like" | "toward" | "towards" | "over" | "behind")
                || matches!(before, "have" | "has" | "had" | "having" | "make" | "makes" | "made" | "let" | "lets" | "see" | "saw" | "seen" | "find" | "found" | "call" | "called" | "consider" | "considered" | "keep" | "kept" | "get" | "got" | "leave" | "left" | "want" | "wants" | "wanted");
            let open = matches!(before, "if" | "unless" | "whether" | "how" | "why");
            !object && !open
        };
        let fact = || words.iter().skip(i + 1).take(3).take_while(|n| n.sentence == w.sentence).any(|n| matches!(n.lower(), "show" | "shows" | "showed" | "shown" | "means" | "meant" | "proves" | "proved" | "reflects" | "reflected"));
        // (asked of `it` and `they` only: the rest of the words go on below)
        let speech = (lower == "it" || they) && verb_after(words, i, they);
        if (lower == "it" || they) && (speech || lower == "it" && held() && verb_after(words, i, true)) {
            let refers = if they {
                Refers::They
            } else if speech {
                Refers::It
            } else if fact() {
                Refers::ItShows
            } else {
                Refers::ItHolds
            };
            cands.push(Candidate { first: i, last: i, kind: SpeakerKind::Organisation, name: String::new(), head: String::new(), refers: Some(refers), speaks: true, subject: true });
            i += 1;
            continue;
        }
        // an indefinite pronoun of people right before a verb of speech or view (`Nobody
        // believes the pier will open`, `No one knows ...`, `Everyone agrees ...`), as the
        // text gives it: a group, or a person for `someone`
        let no_one = lower == "no" && words.get(i + 1).is_some_and(|n| n.lower() == "one" && n.sentence == w.sentence && w.joins_next);
        if (no_one || matches!(lower, "nobody" | "everyone" | "everybody" | "anyone" | "anybody" | "someone" | "somebody")) && !w.in_quote {
            let last = if no_one { i + 1 } else { i };
            if verb_after(words, last, true) {
                let kind = if matches!(lower, "someone" | "somebody") { SpeakerKind::Person } else { SpeakerKind::Group };
                let name = text.get(w.start..words[last].end).unwrap_or_default().to_lowercase();
                cands.push(Candidate { first: i, last, kind, name: name.clone(), head: name, refers: None, speaks: true, subject: true });
                i = last + 1;
                continue;
            }
        }
        // documents: `the report`, `the new report`, `a lawsuit`; not one that names the
        // office it modifies (`the statistics office`)
        let modifies_office = || w.joins_next && words.get(i + 1).is_some_and(|n| n.sentence == w.sentence && el.lower_heads.contains(n.lower()));
        if el.documents.contains(lower) && !w.possessive(text) && !modifies_office() {
            let mut first = i;
            // (up to five words back, over a slash between two names: `In the most recent
            // Harbour Herald poll`, `a Harbour Herald/KBX poll`)
            for k in (i.saturating_sub(5)..i).rev() {
                let kw = &words[k];
                let slash = text.get(kw.end..words[k + 1].start) == Some("/");
                if kw.sentence != w.sentence || kw.in_quote || !(kw.joins_next || slash) {
                    break;
                }
                let kl = kw.lower();
                if matches!(kl, "the" | "a" | "an" | "its" | "their" | "this" | "that" | "one" | "another") {
                    first = k;
                    break;
                }
                if PREPOSITIONS.contains(&kl) || is_speech_verb(kl, VerbUse::Cue) || ENDS_NP.contains(&kl) {
                    break;
                }
                first = k;
            }
            let determined = first < i && matches!(words[first].lower(), "the" | "a" | "an" | "its" | "their" | "this" | "that" | "one" | "another");
            // a plural needs no determiner (`Polls show ...`, `FBI records show ...`,
            // `Court documents say ...`), but then only as the subject of the verb
            // right after it: `... released records show` is no noun phrase of its own
            let bare_plural = !determined && (lower.ends_with('s') && !lower.ends_with("sis") || lower == "data") && (verb_after(words, i, true) || participle_subject(words, first, i));
            // a short preposition's phrase that places the text, `a short notice on the
            // club's website reads`, `the voice-over in the video says`, or tells what or
            // whom it is about or for, names and all (`a report in the Harbour Herald
            // said`, `a survey of Eastvale business owners found`, `a letter to council
            // members said`, `a poll out Monday showed`): the text speaks past it (after
            // `from`, a name is the author's, to whom the quotes stage gives the text's
            // words: `a letter from Reyes said`)
            // (the word the verb follows, past the phrase from word `i + 2` up to `to`, in
            // the sentence, joined and with no possessive; with `unnamed`, no name in it
            // but a month or a weekday, a time: `a poll in June showed`)
            // (a phrase with names stops at a word that opens a clause or is its subject:
            // `after a passage from Psalm 12 where it states` is the passage's `it`'s)
            let speaks_past = |to: usize, unnamed: bool| {
                (i + 2..to.min(words.len()))
                    .take_while(|&k| words[k].sentence == w.sentence && !words[k].in_quote && words[k - 1].joins_next && !words[k].possessive(text) && (!unnamed || !org_word(&words[k]) || is_month(words[k].text) || WEEKDAYS.contains(&words[k].lower())))
                    .take_while(|&k| unnamed || !matches!(words[k].lower(), "who" | "which" | "where" | "when" | "whose" | "that" | "it" | "he" | "she" | "they" | "we" | "i"))
                    .find(|&k| verb_after(words, k, true))
            };
            // (names and all only where the text opens its clause, as a subject does: not
            // inside another's phrase, `results of a door-step poll of Eastvale voters are
            // showing`, nor as an object, `traced the rumour to a blog called ...`)
            // (and no name right after a lower-case noun, which opens a clause of its own
            // whose verb is the name's: `An analysis of the memo Cole wrote shows ...`)
            let named_phrase = || {
                let k = opens_clause(text, words, first).then(|| speaks_past(i + 8, false)).flatten()?;
                let time = is_month(words[k].text) || WEEKDAYS.contains(&words[k].lower());
                let own_clause = org_word(&words[k]) && !time && !org_word(&words[k - 1]) && !PREPOSITIONS.contains(&words[k - 1].lower()) && !matches!(words[k - 1].lower(), "the" | "a" | "an" | "and" | "or");
                (!own_clause).then_some(k)
            };
            // (a bare plural too where it opens its clause: `Surveys of Westport riders
            // suggest`, `Tribunal filings from the spring reveal`)
            let placed = ((determined || is_plural(lower) && opens_clause(text, words, first)) && w.joins_next)
                .then(|| words.get(i + 1).filter(|p| p.sentence == w.sentence && !p.in_quote).map(Word::lower))
                .flatten()
                .and_then(|p| match p {
                    // (past `from` or `by` and a name, the text speaks too, and the quotes
                    // stage gives its words to the author its phrase names)
                    "from" | "by" | "in" | "on" | "at" | "of" => speaks_past(i + 6, true).or_else(named_phrase),
                    // (`to` before a verb is an infinitive's, `an order to let residents decide`)
                    "to" if words.get(i + 2).is_some_and(|n| is_cue_or_reporting_verb(n.lower()) || matches!(n.lower(), "let" | "make" | "allow" | "help" | "stop" | "keep" | "give" | "take" | "get" | "end" | "ban" | "build" | "cut" | "raise" | "halt" | "block")) => None,
                    "to" | "among" | "for" | "about" | "into" | "out" => named_phrase(),
                    _ => None,
                });
            // (so does a text past the participle that made it public and that
            // participle's short phrase: `a poll released Saturday found`, `a report
            // published last week said`, `a survey conducted by the Harbour Herald found`,
            // `polls taken in Eastvale show`, `a memo obtained by KBX shows`)
            let made_public = |k: usize| words.get(k).is_some_and(|p| p.sentence == w.sentence && !p.in_quote && matches!(p.lower(), "released" | "published" | "conducted" | "issued" | "taken" | "commissioned" | "posted" | "filed" | "completed" | "obtained" | "sent" | "signed" | "funded" | "prepared" | "written" | "drafted" | "circulated" | "leaked" | "reviewed"));
            let placed = placed.or_else(|| (w.joins_next && (determined || is_plural(lower)) && made_public(i + 1) && words[i + 1].joins_next).then(|| speaks_past(i + 10, false)).flatten());
            // (`In the new Herald-KBX poll, Reyes leads`: a poll in the phrase that opens
            // the sentence is the source of the clause after its comma)
            let opens_with_in = first > 0
                && words[first - 1].lower() == "in"
                && words[first - 1].sentence_start
                && words[first - 1].joins_next
                && contract::lexicon::POLLS.contains(&lower)
                && (i..(i + 6).min(words.len()))
                    .take_while(|&k| words[k].sentence == w.sentence && !words[k].in_quote)
                    .find(|&k| !words[k].joins_next)
                    .is_some_and(|k| words.get(k + 1).is_some_and(|n| text.get(words[k].end..n.start) == Some(", ")));
            // (`Cole leads Reyes in the latest Herald poll`, `Reyes had a 12-point lead in
            // January polls`: a poll after `in` whose phrase closes the sentence with no
            // comma is the source of what the clause before it found, on the terms of
            // `contract::lexicon::poll_finding`, as the quotes stage's `reported-in-poll`
            // reads it)
            let poll_closes = || {
                if first < 2 || !contract::lexicon::POLLS.contains(&lower) {
                    return false;
                }
                let sentence = w.sentence;
                let last = (i..words.len()).take_while(|&k| words[k].sentence == sentence).last().unwrap_or(i);
                // (the clause after its comma, `Since Tuesday, Reyes has gained ...`)
                let joined = |k: usize| words[k].sentence == sentence && !text.get(words[k].end..words[k + 1].start).is_some_and(|g| g.contains([',', ';', ':', '—', '–', '(', ')']));
                let opens = (0..first - 1).rev().take_while(|&k| joined(k)).last().unwrap_or(first - 1);
                let question = text.get(words[last].end..).is_some_and(|t| t.trim_start().starts_with('?'));
                let postmodified = i == last || contract::lexicon::AFTER_A_POLL.contains(&words[i + 1].lower());
                // (not in a report's content: `Reyes said he leads in the polls`)
                let reported = (opens..first - 1).any(|k| is_speech_verb(words[k].lower(), VerbUse::Cue));
                let clause: Vec<&str> = (opens..first - 1).map(|k| words[k].lower()).collect();
                words[first - 1].lower() == "in"
                    && words[first - 1].sentence == sentence
                    && words[first - 1].joins_next
                    && words[first - 2].joins_next
                    && (first - 1..last).all(|k| words[k].joins_next && !words[k].in_quote)
                    && postmodified
                    && !reported
                    && !question
                    && contract::lexicon::poll_finding(&clause)
            };
            let poll_closes = poll_closes();
            if determined || bare_plural || placed.is_some() || poll_closes {
                // a text says what it shows or finds (`the poll found`, `the results
                // suggest`), as a group says what it holds
                let speaks = speaks_at(first, i) || reports_after(first, i) || placed.is_some() || opens_with_in || poll_closes;
                // (named from the first name that modifies it, `Harbour Herald/KBX poll`,
                // `Harbour Board budget memo`: two outlets' polls in one text are two
                // sources; else by its noun)
                let for_the_sentence = |k: usize| words[k].sentence_start && lex.capitalised.contains(words[k].text);
                let named_from = (first..i).find(|&k| org_word(&words[k]) && !for_the_sentence(k) && !is_month(words[k].text) && !WEEKDAYS.contains(&words[k].lower()));
                // (a text named by its noun alone is the last one named with that noun, `A
                // Harbour Herald poll found ... The poll also found`)
                let named = named_from.and_then(|k| text.get(words[k].start..w.end)).map(str::to_string);
                let name = named.or_else(|| cands.iter().rev().find(|c| c.kind == SpeakerKind::Document && c.head == lower && c.name != lower).map(|c| c.name.clone())).unwrap_or_else(|| lower.to_string());
                cands.push(Candidate { first, last: i, kind: SpeakerKind::Document, name, head: lower.to_string(), refers: None, speaks, subject: subject_at(first, i) });
            }
            // (the place's own text, `the website`, is no speaker then)
            i = placed.unwrap_or(i) + 1;
            continue;
        }
        // nominals: `the company`, `the commission`
        if el.nominals.contains_key(lower) && !org_word(w) && !words.get(i + 1).is_some_and(|n| w.joins_next && org_word(n)) {
            // `the company`, `the conservative-leaning newspaper`, `the paper's editorial board`
            // (or `a court`, `an outside group`, `one union`: a body of its own, which
            // refers to none named before)
            let mut first = None;
            let mut indefinite = false;
            for k in (i.saturating_sub(4)..i).rev() {
                let kw = &words[k];
                let kl = kw.lower();
                if kw.sentence != w.sentence || kw.in_quote || !(kw.joins_next || kw.possessive(text)) || org_word(kw) && kl != "the" && kl != "a" && kl != "an" {
                    break;
                }
                if kl == "the" {
                    first = Some(k);
                    break;
                }
                if matches!(kl, "a" | "an" | "one" | "another") {
                    first = Some(k);
                    indefinite = true;
                    break;
                }
                if PREPOSITIONS.contains(&kl) || ENDS_NP.contains(&kl) || is_speech_verb(kl, VerbUse::Cue) || kl.chars().any(|c| c.is_ascii_digit()) {
                    break;
                }
            }
            let Some(first) = first else {
                i += 1;
                continue;
            };
            let speaks = speaks_at(first, i);
            // (not a modifier of a text, `a court document`, nor a body that is named
            // after it, `a group called Harbour Watch`)
            let modifier_or_named = words.get(i + 1).is_some_and(|n| w.joins_next && (el.documents.contains(n.lower()) || matches!(n.lower(), "called" | "named" | "dubbed" | "known")));
            if indefinite && modifier_or_named {
                i += 1;
                continue;
            }
            if indefinite {
                let name = text.get(words[first + 1].start..w.end).unwrap_or(lower).to_string();
                cands.push(Candidate { first, last: i, kind: SpeakerKind::Organisation, name, head: lower.to_string(), refers: None, speaks, subject: subject_at(first, i) });
            } else {
                cands.push(Candidate { first, last: i, kind: SpeakerKind::Organisation, name: lower.to_string(), head: lower.to_string(), refers: Some(Refers::Nominal), speaks, subject: subject_at(first, i) });
            }
            i += 1;
            continue;
        }
        if !org_word(w) || w.in_quote {
            i += 1;
            continue;
        }
        // a run of capitalised words, `of`/`for`/`on`/`and` inside once a head is seen
        let mut last = i;
        while last + 1 < words.len() && words[last].joins_next && words[last + 1].sentence == w.sentence && !words[last].possessive(text) {
            let next = &words[last + 1];
            if org_word(next) && !next.in_quote {
                last += 1;
                continue;
            }
            let connector = matches!(next.lower(), "of" | "for" | "on" | "and")
                && words[i..=last].iter().any(|x| el.heads.contains(x.text))
                && next.joins_next
                && words.get(last + 2).is_some_and(|n| org_word(n) && n.sentence == w.sentence && !WEEKDAYS.contains(&n.lower()) && !is_month(n.text));
            if connector {
                last += 2;
                continue;
            }
            break;
        }
        let run_end = last;
        // a sentence-initial `The` opens the run: it is not part of the name
        let mut first = i;
        while first <= last && lex.capitalised.contains(words[first].text) {
            first += 1;
        }
        // a lower-case head after the run: `the Reyes campaign`
        let mut lower_head = false;
        if first <= last
            && words[last].joins_next
            && !words[last].possessive(text)
            && words.get(last + 1).is_some_and(|n| n.sentence == w.sentence && el.lower_heads.contains(n.text))
        {
            last += 1;
            lower_head = true;
        }
        if first > last {
            i = run_end + 1;
            continue;
        }
        let head_word = words[last].text;
        let of_head = (first..last).find(|&k| words[k + 1].lower() == "of" && el.heads.contains(words[k].text));
        let single = first == last;
        // (a city's or a state's initials are a place: `Residents of Washington, D.C. said`)
        let country = single && el.countries.contains(words[first].text);
        let is_acronym = single && !words[first].local_initials() && (acronym(&words[first]) && !el.acronym_not.contains(words[first].text) || el.known.contains(words[first].text) || country || (brand_name(words[first].text) && !(first > 0 && crate::is_title(&words[first - 1]))));
        let is_org = (lower_head && (first < last))
            || el.heads.contains(head_word)
            || of_head.is_some()
            || is_acronym;
        // months, places and sentence-initial words are no organisations of their own
        let rejected = words[first..=last].iter().any(|x| is_month(x.text)) || (single && words[first].sentence_start && !is_acronym && !has_the(first));
        if is_org && !rejected {
            let name_first = first;
            let mention_first = if has_the(first) { first - 1 } else { first };
            let name = text.get(words[name_first].start..words[last].end).unwrap_or("").to_string();
            let head = of_head.map_or(head_word, |k| words[k].text).to_string();
            // a lone head word (`the Commission`) refers back like `the commission`
            let refers = (single && el.nominals.contains_key(&head_word.to_lowercase()) && el.heads.contains(head_word)).then_some(Refers::Nominal);
            let is_modifier = modifier(words, last, lex);
            if !is_modifier {
                let speaks = speaks_at(mention_first, last);
                // (nor where the name is a person's, `Rep. Paul Israel said`, or a
                // preposition's object, `the embassy in Tokyo denied`, `the Bank of
                // Canada said`)
                let person = people_at.overlaps(words[first].start, words[first].end);
                if country && (!speaks || person || !subject_at(mention_first, last)) {
                    i = run_end.max(last) + 1;
                    continue;
                }
                cands.push(Candidate { first: mention_first, last, kind: SpeakerKind::Organisation, name, head, refers, speaks, subject: subject_at(mention_first, last) });
            }
        }
        i = run_end.max(last) + 1;
    }

    // `according to` names a source in any noun phrase: `according to people familiar
    // with the talks`, `according to the polling average`, `according to a spokesman`
    let mut taken = Taken {
        mentions: Reach::new(mentions.iter().map(|(_, m)| (m.span.start(), m.span.end()))),
        cands: Reach::new(cands.iter().map(|c| (c.first, c.last))),
        sources_last: None,
    };
    let mut sources = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        if words[k].lower() != "to" || words[k - 1].lower() != "according" || !words[k - 1].joins_next || !words[k].joins_next || words[k].in_quote {
            continue;
        }
        if let Some(c) = source_after_according_to(text, words, k + 1, lex, people, &taken) {
            // a later `according to` inside this one's noun phrase is taken by it
            taken.sources_last = taken.sources_last.max(Some(c.last));
            sources.push(c);
        }
    }
    // (a name inside a source's phrase that does not speak modifies its head: `a
    // Port Authority readout` is the source, not the Port Authority)
    let phrases = Reach::new(sources.iter().map(|c| (c.first, c.last)));
    cands.retain(|c| c.speaks || !phrases.contains(c.first, c.last));
    cands.extend(sources);
    cands.sort_by_key(|c| c.first);
    // the subjects of reporting verbs no rule above named (`Exit polling showed`); a
    // candidate inside one that does not speak is part of its phrase (`the board` in
    // `People with knowledge of the board's finances said`)
    // (a possessive pronoun takes no subject it opens: `His campaign said` is the
    // campaign's, whoever `His` is)
    let determiner = |m: &Mention| m.form == MentionForm::Pronoun && ["his", "her", "their", "its"].iter().any(|p| m.text.eq_ignore_ascii_case(p));
    let taken = Taken {
        mentions: Reach::new(mentions.iter().filter(|(_, m)| !determiner(m)).map(|(_, m)| (m.span.start(), m.span.end()))),
        cands: Reach::new(cands.iter().filter(|c| c.speaks).map(|c| (c.first, c.last))),
        sources_last: None,
    };
    // (read from each verb back to its head: few words are verbs, and the head's tests
    // are many)
    // (a verb at the document's first word has no subject before it: `Be Aware That ...`
    // opening a headline)
    let heads = source_verbs.iter().map(|&v| {
        let h = head_before(v);
        // (and past an aside set off by commas: `The board, for instance, refused`,
        // whose head is the word before the aside's opening comma)
        let aside = (h.saturating_sub(15)..h).rev().take_while(|&o| words[o].sentence == words[v].sentence && !words[o].in_quote).find(|&o| !words[o].joins_next && !words[o].possessive(text));
        // (not between dashes: a phrase no rule above named is as often a thing, `The
        // calm season — a spell of weeks with no storms — should favor`)
        let aside = aside.filter(|&o| verb_after_aside(text, words, o, true, false, &people_at) == Some(v));
        // (or past a restrictive relative clause with no comma, whose own verb is not
        // the one read: `Analysts who follow the port closely said`, `A pilot who works
        // in Westport said`; the `who` stands for the phrase before it)
        let clause = restrictive_clause_before(words, h, v);
        // (or the subject of the clause's first verb, which `and` or a comma joins to
        // this one)
        let conjoined = conjoined.iter().find(|&&(c, _, _)| c == v).map(|&(_, _, h)| h);
        [Some((h, Before::Verb)), aside.map(|o| (o, Before::Aside(v))), clause.map(|r| (r, Before::Clause(v))), conjoined.map(|c| (c, Before::Conjoined(v)))]
    });
    // (the words the text capitalises inside a sentence, outside headlines: names; made
    // when a rule first asks)
    let names = std::cell::OnceCell::new();
    let mut subjects: Vec<Candidate> =
        heads.flatten().flatten().filter_map(|(h, before)| subject_of_verb(text, words, h, before, lex, &taken, &names)).collect();
    // (a headline's label before its colon is the subject of what follows, `Poll: Reyes
    // leads`)
    // (a title-case headline's capitalised words before its verb, `Westport Mayor Says
    // ...`, which the rules above leave, as they leave every title-case word)
    subjects.extend(source_verbs.iter().filter_map(|&v| title_case_subject(text, words, v, lex, &taken)));
    let label = colon_label(text, words, lex, &taken);
    let label_first = label.as_ref().map(|c| c.first);
    subjects.extend(label);
    // (`tenants who claim`: the `who` is a mention of the phrase's entity)
    let relatives: Vec<Candidate> = subjects
        .iter()
        .filter(|c| !c.speaks && words[c.last].joins_next && words.get(c.last + 1).is_some_and(|n| n.lower() == "who"))
        .map(|c| Candidate { first: c.last + 1, last: c.last + 1, kind: c.kind, name: c.name.clone(), head: c.head.clone(), refers: Some(Refers::Who), speaks: true, subject: true })
        .collect();
    subjects.extend(relatives);
    let phrases = Reach::new(subjects.iter().filter(|c| c.speaks).map(|c| (c.first, c.last)));
    cands.retain(|c| c.speaks || !phrases.contains(c.first, c.last));
    cands.extend(subjects);
    cands.sort_by_key(|c| c.first);

    // resolve the references and decide the entities, in document order
    let mut entity_of: Vec<Option<usize>> = vec![None; cands.len()];
    let mut entities: Vec<(SpeakerKind, String)> = Vec::new();
    let mut by_name: FxHashMap<(SpeakerKind, String), usize> = FxHashMap::default();
    // (a magazine is one entity with and without the word: `PEOPLE Magazine`, `People`)
    let mut entity = |kind: SpeakerKind, name: &str, entities: &mut Vec<(SpeakerKind, String)>| -> usize {
        let key = name.to_lowercase();
        let key = match key.strip_suffix(" magazine") {
            Some(bare) if kind == SpeakerKind::Organisation && !bare.is_empty() => bare.to_string(),
            _ => key,
        };
        *by_name.entry((kind, key)).or_insert_with(|| {
            entities.push((kind, name.to_string()));
            entities.len() - 1
        })
    };
    let mut group_refs: Vec<(usize, usize)> = Vec::new(); // (candidate, group person)
    for c in 0..cands.len() {
        let cand = &cands[c];
        let sentence = words[cand.first].sentence;
        // (walking back from `c` and stopping four sentences back: the candidates come
        // in document order, and a scan from the start made long documents quadratic)
        let earlier = |accept: &dyn Fn(usize) -> bool| -> Option<usize> {
            // (a headline's label is no antecedent: `Critics: ...` and then `Residents
            // packed the hall. "...," they said.` is the residents')
            // (nor is a title-case headline's subject, [`title_case_subject`])
            let mut before = (0..c).rev().take_while(|&k| words[cands[k].first].sentence + 4 >= sentence).filter(|&k| entity_of[k].is_some() && Some(cands[k].first) != label_first && !words[cands[k].first].title_case && accept(k));
            let nearest = before.next()?;
            Some(std::iter::once(nearest).chain(before).find(|&k| cands[k].subject).unwrap_or(nearest))
        };
        match cand.refers {
            None | Some(Refers::Who) => {
                entity_of[c] = Some(entity(cand.kind, &cand.name, &mut entities));
            }
            Some(Refers::Nominal) => {
                let heads = el.nominals.get(&cand.head.to_lowercase()).cloned().unwrap_or_default();
                let found = (0..c).rev().find(|&k| entity_of[k].is_some() && cands[k].kind == SpeakerKind::Organisation && cands[k].refers.is_none() && heads.iter().any(|h| *h == cands[k].head));
                entity_of[c] = match found {
                    Some(k) => entity_of[k],
                    None if cand.speaks => {
                        let name = if org_word(&words[cand.last]) { cand.name.clone() } else { cand.head.clone() };
                        Some(entity(SpeakerKind::Organisation, &name, &mut entities))
                    }
                    None => None,
                };
            }
            Some(Refers::It) => {
                // (judged by the entity, not the candidate: a `they` before stands as an
                // organisation's candidate, and may have named a group, `Critics met.
                // They ... . The council met. It said ...`)
                let org = |k: usize| entity_of[k].is_some_and(|e| matches!(entities[e].0, SpeakerKind::Organisation | SpeakerKind::Document));
                entity_of[c] = earlier(&|k| org(k)).and_then(|k| entity_of[k]);
            }
            Some(refers @ (Refers::ItHolds | Refers::ItShows)) => {
                // (the body opens its clause, `The Harbour Board said ...`, not one inside
                // what was said, `said the company had lied`; and no thing opens a clause
                // after it, `The ferry is old, but it hopes ...`, `The bill is before the
                // council. It calls for ...`)
                let org = |k: usize| entity_of[k].is_some_and(|e| matches!((refers, entities[e].0), (Refers::ItHolds, SpeakerKind::Organisation) | (_, SpeakerKind::Document)));
                // (a body's name may follow its `the`: `The Harbour Board`)
                let opens = |f: usize| f == 0 || words[f - 1].sentence != words[f].sentence || CLAUSE_OPENERS.contains(&words[f - 1].lower());
                let opens = |f: usize| opens(f) || f > 0 && words[f - 1].lower() == "the" && words[f - 1].sentence == words[f].sentence && opens(f - 1);
                let thing_after = |k: usize| {
                    (cands[k].last + 1..cand.first).any(|f| {
                        opens(f)
                            && matches!(words[f].lower(), "the" | "this" | "that" | "a" | "an")
                            && words.get(f + 1).is_some_and(|n| n.sentence == words[f].sentence && n.text.starts_with(char::is_lowercase) && !is_plural(n.lower()))
                            && !cands.iter().any(|o| o.first == f || o.first == f + 1)
                    })
                };
                // (the body may follow an opening phrase's comma: `Under the plan, the
                // board ...`)
                let after_comma = |f: usize| f > 0 && text.get(words[f - 1].end..words[f].start).is_some_and(|g| g.contains(','));
                let heads = |f: usize| opens(f) || after_comma(f) || f > 0 && words[f - 1].lower() == "the" && after_comma(f - 1);
                entity_of[c] = earlier(&|k| org(k) && heads(cands[k].first)).filter(|&k| !thing_after(k)).and_then(|k| entity_of[k]);
            }
            Some(Refers::They) => {
                // the nearest group the description rule found, within a few sentences,
                // or a nearer group that spoke as a subject here (`Exit polls of
                // Democrats ... They also found`)
                let g = groups.iter().rev().find(|&&(_, f, _)| words[f].start < words[cand.first].start && words[f].sentence + 4 >= sentence);
                let k = earlier(&|k| cands[k].kind == SpeakerKind::Group && cands[k].refers.is_none() && cands[k].speaks);
                match (g, k) {
                    (Some(&(_, f, _)), Some(k)) if cands[k].first > f => entity_of[c] = entity_of[k],
                    (Some(&(p, _, _)), _) => group_refs.push((c, p)),
                    (None, Some(k)) => entity_of[c] = entity_of[k],
                    (None, None) => {
                        // no group has spoken: the people a plural names just before
                        // (`As Democrats hurried to raise funds, they proposed ...`,
                        // `Reyes supporters are crying foul. They have promised ...`)
                        // (or the people two names joined by `and` are: `Tom Reyes and
                        // Ann Cole toured the port. They said ...`)
                        if let Some(name) = plural_antecedent(text, words, cand.first, lex).or_else(|| coordinated_antecedent(text, words, cand.first, mentions, people, lex)) {
                            entity_of[c] = Some(entity(SpeakerKind::Group, &name, &mut entities));
                        }
                    }
                }
            }
        }
    }

    // keep the entities one of whose mentions speaks
    let mut speaking = vec![false; entities.len()];
    for (c, e) in entity_of.iter().enumerate() {
        if let Some(e) = e {
            speaking[*e] |= cands[c].speaks;
        }
    }
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    for (e, (kind, name)) in entities.iter().enumerate() {
        if speaking[e] {
            // (an acronym is named by what it stands for when the text spells it out)
            let spelt = (*kind == SpeakerKind::Organisation).then(|| spelt_out_acronym(text, words, name)).flatten();
            index.insert(e, people.add_entity(spelt.as_deref().unwrap_or(name), *kind));
        }
    }
    let mut added: Vec<(usize, Mention)> = Vec::new();
    for (c, e) in entity_of.iter().enumerate() {
        let Some(p) = e.and_then(|e| index.get(&e).copied()) else { continue };
        let cand = &cands[c];
        let form = match cand.refers {
            Some(Refers::It | Refers::ItHolds | Refers::ItShows | Refers::They | Refers::Who) => MentionForm::Pronoun,
            Some(Refers::Nominal) if cand.name.to_lowercase() != people.list[p].name.to_lowercase() || !org_word(&words[cand.last]) => MentionForm::Nominal,
            _ if cand.kind == SpeakerKind::Document => MentionForm::Nominal,
            // a person or group the text describes, not names (`a veteran engineer`,
            // `the cyclists`)
            _ if matches!(cand.kind, SpeakerKind::Person | SpeakerKind::Group) && !org_word(&words[cand.last]) => MentionForm::Description,
            _ => MentionForm::Full,
        };
        // a nominal or pronoun mention only where it speaks: elsewhere it is a guess; a
        // name after a preposition (`He said of Congress:`) is never the subject of a cue
        if (cand.refers.is_some() || !cand.subject) && !cand.speaks {
            continue;
        }
        added.extend(mention(text, words[cand.first].start, words[cand.last].end, form).map(|m| (p, m)));
    }
    for (c, p) in group_refs {
        let cand = &cands[c];
        added.extend(mention(text, words[cand.first].start, words[cand.last].end, MentionForm::Pronoun).map(|m| (p, m)));
    }
    // a person mention inside an organisation's (`Reyes` in `the Reyes campaign`)
    // is not the subject; the organisation is
    let orgs = Reach::new(added.iter().filter(|(p, _)| people.list[*p].kind == SpeakerKind::Organisation).map(|(_, m)| (m.span.start(), m.span.end())));
    mentions.retain(|(_, m)| !orgs.contains(m.span.start(), m.span.end()));
    // and an entity mention never overlaps a mention already there, but for a name whose
    // possessive stands inside it (`Reyes` in `Reyes's aide said`: the aide speaks), whose
    // mention goes once the entity's is kept
    let spans = |list: &[(usize, Mention)]| Reach::new(list.iter().map(|(_, m)| (m.span.start(), m.span.end())));
    let inside = spans(&added);
    let owner = |m: &Mention, phrases: &Reach| phrases.contains(m.span.start(), m.span.end()) && crate::possessive_at(text, m.span.end());
    let there = Reach::new(mentions.iter().filter(|(_, m)| !owner(m, &inside)).map(|(_, m)| (m.span.start(), m.span.end())));
    added.retain(|(_, m)| !there.overlaps(m.span.start(), m.span.end()));
    let kept = spans(&added);
    mentions.retain(|(_, m)| !owner(m, &kept));
    mentions.extend(added);
}
