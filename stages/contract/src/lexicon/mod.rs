//! Word lists that more than one stage reads, one list per lexicon.
//!
//! Each list is a data file beside this module, compiled in with `include_str!`, so it
//! is part of the `contract` crate and of every stage's fingerprint: editing a list
//! re-runs the stages that read it. Lists only one stage reads stay in that stage's
//! crate. They hold closed classes of English and the vocabulary of news prose, never
//! strings of particular articles.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const GIVEN_NAMES: &str = include_str!("given_names.txt");
const MONTHS: &str = include_str!("months.txt");
const SPEECH_VERBS: &str = include_str!("speech_verbs.txt");
const NICKNAMES: &str = include_str!("nicknames.txt");

/// The verbs (and nouns) that report speech, writing, thought or intention, each form
/// with the frames of the content that may follow it ([`reporting_verbs.txt`](reporting_verbs.txt)).
/// The quotes stage reads the frames; the speakers stage asks only [`is_reporting_verb`].
pub const REPORTING_VERBS: &str = include_str!("reporting_verbs.txt");

/// Nouns of time (`day`, `night`, `week`). Lower case.
const TIME_NOUNS: &[&str] = &["day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "hour"];

/// Whether the words after a determiner, `next` and `then` (lower case), are a time (`the
/// day after`, `that night`, `the next day`, `the same evening`): after a verb of speech,
/// an attribution's adverbial (`“...” Clark said the next day.`), not the clause the verb
/// reports (`said the same thing`, `said the next nominee ...`).
pub fn is_time_after_determiner(next: &str, then: Option<&str>) -> bool {
    TIME_NOUNS.contains(&next) || (matches!(next, "next" | "following" | "previous" | "same" | "other") && then.is_some_and(|w| TIME_NOUNS.contains(&w)))
}

/// The words that name a poll: its source opens a sentence in `In the new poll, ...`
/// (the quotes stage's `reported-in-poll` and the speakers stage's documents).
pub const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// First words of a label before a colon that says what follows rather than who said
/// it: a page's furniture (`Watch:`, `Related:`, `Editor's note:`) and a headline's
/// kicker (`Breaking:`, `Wow:`, `Just In:`, `LOOK:`), whose clause is then read for its own
/// subject (`Wow: Tom Reyes just said ...`). The quotes stage reads no `colon-source`
/// after one, and the speakers stage makes no source of one.
pub const COLON_LABELS: &[&str] = &[
    "note", "update", "updated", "watch", "read", "related", "see", "photo", "photos", "video",
    "editor", "editors", "correction", "clarification", "source", "sources", "credit", "disclosure",
    "warning", "live", "breaking", "exclusive", "analysis", "opinion", "review", "listen", "more",
    "also", "subscribe", "share", "tags", "topics", "q", "a", "question", "answer", "by", "and",
    "contributing", "contributors", "reporting", "writing", "wow", "whoa", "boom", "bombshell",
    "busted", "shocker", "yikes", "just", "look", "email", "e-mail", "phone", "tel", "fax",
    "contact", "follow", "map", "chart", "graphic", "gallery", "slideshow", "audio", "podcast",
];

/// Last words of a label before a colon that names a section, not a source (`Editor's
/// Note:`, `ASIA'S SCORECARD:`, `ENERGY:`, `CURRENCIES:`, a wire's running `The Latest:`).
pub const SECTION_LABELS: &[&str] = &[
    "note", "notes", "correction", "clarification", "update", "disclosure", "scorecard", "take", "currencies", "energy", "bonds", "markets", "commodities",
    "metals", "shares", "stocks", "latest",
];

/// Words of a clause that say where a poll puts someone (`leads`, `trails`, `ahead`,
/// `tied`, `gained`); see [`poll_finding`].
pub const POLL_STANDINGS: &[&str] = &[
    "leads", "lead", "led", "leading", "trails", "trail", "trailed", "trailing", "ahead", "behind", "tied", "even", "gained",
    "gains", "fell", "falls", "rose", "rises", "finished", "finishes", "came", "comes", "tops", "topped", "edges", "edged",
    "holds", "held", "slipped", "dropped", "climbed", "surged", "winning", "losing", "percent", "points",
];

/// Words that may follow a poll's noun in a phrase that closes its clause (`a poll
/// released Monday`, `a survey of likely voters`, `polls in Eastvale`).
pub const AFTER_A_POLL: &[&str] = &["of", "by", "for", "in", "released", "conducted", "taken", "published", "out", "this", "last", "on"];

/// Whether the words of a clause that ends `in` a poll (lower case, the clause's subject
/// first) say what the poll found: where it puts someone or a number (`Reyes leads Cole
/// by six points`, `Cole had a 12-point lead`, [`POLL_STANDINGS`]), in a clause of at
/// least three words that is no inner clause (`who leads`, `to lead`, `despite
/// trailing`, `since ...`), does not open with its verb (`is ahead`: the subject stood
/// before an aside), and is no taking part in the poll (`600 members voted in the
/// survey`, `was quoted in a poll`) nor a noun's lead (`his lead in the poll`). The quotes
/// stage's `reported-in-poll` and the speakers stage's poll source read the same words.
pub fn poll_finding(clause: &[&str]) -> bool {
    const INNER: &[&str] = &["who", "which", "that", "despite", "while", "after", "before", "since", "if", "when", "though", "although"];
    const TAKING_PART: &[&str] = &[
        "voted", "votes", "vote", "participated", "responded", "answered", "asked", "included", "named", "listed", "mentioned", "featured",
        "appeared", "appears", "surveyed", "polled", "questioned", "interviewed", "quoted", "part",
    ];
    const OPENING_VERBS: &[&str] = &["is", "was", "are", "were", "has", "had", "have"];
    let standing = clause.iter().any(|w| POLL_STANDINGS.contains(w) || w.starts_with(|c: char| c.is_ascii_digit()));
    let infinitive = clause.windows(2).any(|p| p[0] == "to" && p[1].starts_with(char::is_alphabetic) && !is_small_number(p[1]));
    let lead_noun = clause.windows(2).any(|p| p[1] == "lead" && matches!(p[0], "his" | "her" | "their" | "its" | "the"));
    clause.len() >= 3
        && standing
        && !infinitive
        && !lead_noun
        && !clause.iter().any(|w| INNER.contains(w) || TAKING_PART.contains(w))
        && !clause.first().is_some_and(|w| POLL_STANDINGS.contains(w) || OPENING_VERBS.contains(w))
}

/// The days of the week, lower case.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether a lower-case word can end a short phrase of time ([`time_phrase_len`]): a
/// weekday, a time noun, `yesterday`, `today` or `tonight`. A cheap test before the
/// phrase is read back from it.
pub fn ends_time_phrase(lower: &str) -> bool {
    WEEKDAYS.contains(&lower) || TIME_NOUNS.contains(&lower) || matches!(lower, "yesterday" | "today" | "tonight")
}

/// Whether a time after this lower-case word belongs to a phrase it opens, not between a
/// subject and its verb: an article, a preposition or a quantifier (`during a Sunday`,
/// `in Wednesday`, `every Tuesday`).
pub fn governs_a_time(lower: &str) -> bool {
    matches!(lower, "a" | "an" | "the" | "during" | "in" | "on" | "at" | "of" | "for" | "by" | "every" | "each" | "one" | "that" | "this")
}

/// Whether a lower-case word is a small number, in digits or in words (`4`, `five`):
/// a share's parts (`one in five`, `4 in 10`).
pub fn is_small_number(lower: &str) -> bool {
    (!lower.is_empty() && lower.len() <= 3 && lower.bytes().all(|b| b.is_ascii_digit()))
        || matches!(lower, "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "twenty")
}

/// Words that make a weekday after them part of a day's name (`Super Tuesday`, `Black
/// Friday`): [`time_phrase_len`] reads no time there.
const NAMED_DAYS: &[&str] = &["super", "cyber", "black", "good", "ash", "holy", "fat", "giving", "easter", "mad", "bloody", "blue", "manic"];

/// How many of `words` (lower case), from the first, are a short phrase of time that may
/// stand between a subject and its verb (`The White House on Tuesday said`, `Officials
/// last week said`, `The mayor earlier this month announced`), `before` being the word
/// before them: a weekday after `on` or alone, with `night` or `morning` after it;
/// `last`, `this` or `earlier this` before a time noun; `yesterday`, `today`, `tonight`.
/// 0 when they open none.
pub fn time_phrase_len(before: Option<&str>, words: &[&str]) -> usize {
    let at = |i: usize| words.get(i).copied().unwrap_or("");
    let weekday = |i: usize| WEEKDAYS.contains(&at(i)).then(|| 1 + usize::from(matches!(at(i + 1), "night" | "morning" | "afternoon" | "evening")));
    // (a named day's weekday is no time: `Candidates on Super Tuesday said`)
    let named_day = before.is_some_and(|b| NAMED_DAYS.contains(&b));
    match at(0) {
        "yesterday" | "today" | "tonight" => 1,
        "on" => weekday(1).map_or(0, |n| n + 1),
        "last" | "this" if TIME_NOUNS.contains(&at(1)) => 2,
        "earlier" | "later" if at(1) == "this" && TIME_NOUNS.contains(&at(2)) => 3,
        _ if named_day => 0,
        _ => weekday(0).unwrap_or(0),
    }
}

/// Words that open a phrase that may follow an attribution's verb without being its own
/// content: a preposition's phrase (`said in a statement`, `said to a crowd`) or a clause
/// of time (`tweeted when ...`). Lower case.
const ATTRIBUTION_PHRASES: &[&str] = &[
    "in", "at", "on", "to", "of", "about", "for", "from", "by", "with", "during", "after", "before", "since", "through", "via", "into", "outside", "inside",
    "near", "behind", "over", "under", "amid", "while", "when", "as", "once", "until",
];

/// Adverbs that may follow an attribution's verb (`shot back`, `said later`, `said so
/// twice`, `said late`). Lower case.
const ATTRIBUTION_ADVERBS: &[&str] = &[
    "back", "out", "up", "again", "later", "earlier", "too", "then", "today", "yesterday", "tonight", "recently", "afterward", "afterwards", "simply",
    "only", "instead", "here", "there", "late", "early", "twice", "once", "first",
];

/// Whether a lower-case word has a plural's `-s` (`lawmakers`, not `press`).
fn is_plural_form(lower: &str) -> bool {
    lower.ends_with('s') && !lower.ends_with("ss")
}

/// Whether the words after a verb that follows a quote's closing comma (`words`, as
/// written, up to the first mark) are a clause of the verb's own: `that`; a subject
/// pronoun and a word after it (`said she would`); or a noun phrase of up to six words,
/// then an auxiliary in lower case, its negation contracted too (`“...,” said the board
/// would vote again`, `said the old board of Westport wouldn't`). Such a verb is no
/// inverted cue of the quote, which stands in an aside of the verb's subject (`Ann Cole,
/// calling the plan “a raid on riders,” said the board would ...`); `said the mayor`,
/// `said the mayor, who has ...` and `said he.` are. Both stages ask.
pub fn own_clause_after_quote(words: &[&str]) -> bool {
    const OPENERS: &[&str] = &["who", "which", "that", "whose", "whom", "and", "or", "but", "when", "if", "as", "while", "because", "where", "it", "he", "she", "they", "we", "i", "you"];
    let opens = |w: &str| with_folded(w, |w| OPENERS.contains(&w) || AUXILIARIES.contains(&w));
    let auxiliary = |w: &str| w.starts_with(char::is_lowercase) && (AUXILIARIES.contains(&w) || w.ends_with("n't") || w.ends_with("n’t"));
    let Some(first) = words.first() else { return false };
    if *first == "that" || (matches!(*first, "he" | "she" | "they" | "we" | "it" | "i") && words.get(1).is_some_and(|w| w.starts_with(char::is_lowercase))) {
        return true;
    }
    (1..words.len().min(7)).any(|k| auxiliary(words[k]) && !words[..k].iter().any(|w| opens(w)))
}

/// Whether a verb of speech after a quote that closed its sentence (`verb` lower case)
/// is that quote's attribution, given the words after it up to the first mark
/// (`words`, as written): nothing more than the quote as an object (`said it`, `said
/// so`, `urged them`), or after a verb that takes an addressee that
/// addressee (`told the cheering crowd`, `asked reporters`); then adverbs and times
/// (`Reyes said Friday.`, `asked rhetorically`, `said late last night`, `said it twice`);
/// then nothing, or a preposition's phrase or a clause of time ([`ATTRIBUTION_PHRASES`]:
/// `“...” He said at a rally.`, `tweeted when ...`). Anything else is the verb's own
/// content, and the verb opens the next sentence: a clause (`He said he recognizes ...`,
/// `said voters know ...`, `said Monday the tests were clean`, anything with `that` or
/// `whether`: `told the Herald on Sunday that ...`), an infinitive (`pledged to move
/// ...`, `urged residents to stay calm`), an object (`praised Cole for ...`). The
/// segmenter and the quotes stage both ask.
pub fn attribution_ends_here(verb: &str, words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().take(8).map(|w| w.to_lowercase()).collect();
    let at = |i: usize| lower.get(i).map(String::as_str);
    // (`to` before a bare verb is an infinitive, `pledged to move`, `urged voters to
    // stay`; not before a determiner, a pronoun or a plural, `said to lawmakers`)
    let infinitive = |i: usize| {
        at(i) == Some("to")
            && words.get(i + 1).is_some_and(|n| n.starts_with(char::is_lowercase))
            && at(i + 1).is_some_and(|n| !(matches!(n, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "him" | "them" | "me" | "us") || is_plural_form(n)))
    };
    // (the words of a time, `Friday`, `Friday night`, `last week`, `the next day`, or an
    // adverb: how many at word `i`)
    let time = |i: usize| -> usize {
        let Some(w) = at(i) else { return 0 };
        if WEEKDAYS.contains(&w) || TIME_NOUNS.contains(&w) || ATTRIBUTION_ADVERBS.contains(&w) || is_lowercase_ly(words[i]) {
            1
        } else if matches!(w, "last" | "this" | "next" | "that" | "each") && at(i + 1).is_some_and(|n| WEEKDAYS.contains(&n) || TIME_NOUNS.contains(&n)) {
            2
        } else if w == "the" && at(i + 1).is_some_and(|n| is_time_after_determiner(n, at(i + 2))) {
            if at(i + 1).is_some_and(|n| TIME_NOUNS.contains(&n)) { 2 } else { 3 }
        } else {
            0
        }
    };
    if lower.is_empty() {
        return true;
    }
    // a clause's opener anywhere in them (`said Monday that ...`, `writes that “...”`,
    // where the mark ends the words); not `that` as a determiner, `said at that point`,
    // `said after that`
    let opens_clause = |i: usize| {
        at(i) == Some("whether")
            || (at(i) == Some("that") && !(i > 0 && ATTRIBUTION_PHRASES.contains(&lower[i - 1].as_str())) && !at(i + 1).is_some_and(|n| TIME_NOUNS.contains(&n) || matches!(n, "point" | "moment" | "time")))
    };
    if (0..lower.len().min(6)).any(opens_clause) {
        return false;
    }
    // (then adverbs and times, then nothing or a phrase: from word `k`)
    let ends_from = |mut k: usize| {
        while time(k) > 0 {
            k += time(k);
        }
        at(k).is_none() || (ATTRIBUTION_PHRASES.contains(&at(k).unwrap_or("")) && !infinitive(k))
    };
    if matches!(at(0), Some("it" | "so" | "this" | "them" | "him" | "her" | "me" | "us")) && ends_from(1) {
        return true;
    }
    let mut k = 0;
    if matches!(verb, "told" | "tells" | "tell" | "asked" | "asks" | "ask" | "urged" | "urges" | "reminded" | "reminds" | "assured" | "assures" | "warned" | "warns") {
        // an addressee: a few words up to a preposition, a time or the end, none a
        // clause's subject or an infinitive's `to`, and none after the first a verb (an
        // auxiliary or a modal, a past in `-ed` that no determiner leads: `told reporters
        // Cole lied`, `warned the plan would fail`; `told a packed hall` has an adjective)
        let verb_like = |i: usize| {
            let w = &lower[i];
            is_between_subject_and_verb(w) || AUXILIARIES.contains(&w.as_str()) || (w.ends_with("ed") && words[i].starts_with(char::is_lowercase) && !matches!(lower[i - 1].as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"))
        };
        let ends_addressee = |i: usize, w: &str| {
            matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "what" | "how" | "why" | "if" | "to") || (ATTRIBUTION_PHRASES.contains(&w) && words[i].starts_with(char::is_lowercase)) || time(i) > 0
        };
        while k < 6 && at(k).is_some_and(|w| !ends_addressee(k, w)) {
            if k > 0 && verb_like(k) {
                return false;
            }
            k += 1;
        }
    }
    ends_from(k)
}

/// Participles of attitude that a plural before them holds as a verb would (`groups
/// supporting Cole`, `residents opposing the toll`, `donors backing Reyes`): the plural is
/// their source (the speakers stage makes it one), and the name after them is their
/// object, never the subject of the sentence's verb (`Groups opposing Reyes said ...` is
/// the groups', in the quotes stage). Lower case.
pub const ATTITUDE_PARTICIPLES: &[&str] = &[
    "supporting", "backing", "opposing", "endorsing", "urging", "demanding", "seeking", "advocating", "criticizing", "criticising", "favoring",
    "favouring", "praising", "attacking", "condemning",
];

/// Words that may stand between a subject and its verb (`Trump has repeatedly said`):
/// auxiliaries, adverbs of time and manner, reflexives. Lower case.
pub const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has", "have", "had", "also", "previously", "later", "then", "repeatedly", "publicly",
    "privately", "recently", "often", "would", "will", "could", "may", "might", "did", "does",
    "do", "not", "never", "yet", "long", "always", "already", "once", "again", "reportedly", "still",
    "even", "just", "further", "earlier", "first", "initially", "subsequently", "flatly",
    "falsely", "openly", "quickly", "immediately", "clearly", "frequently", "consistently",
    "correctly", "wrongly", "strongly", "firmly", "now", "personally", "separately", "herself",
    "himself", "themselves", "itself", "both", "all", "can", "should", "must",
    // (adverbs whose ending `is_ly_adverb` does not take, lest it take nouns: `largely`
    // but not `family`)
    "largely", "mostly", "widely", "partly", "merely", "only", "simply", "likely", "rarely",
    "barely", "certainly", "quietly", "loudly",
    // (how a view is held or said, which modifies the verb and never ends an object:
    // `Trial lawyers fiercely opposed`, `they enthusiastically endorsed`)
    "fiercely", "vigorously", "vehemently", "sharply", "harshly", "bitterly", "roundly",
    "strenuously", "adamantly", "enthusiastically", "emphatically", "forcefully", "explicitly",
    "implicitly", "tacitly", "angrily", "staunchly", "vociferously", "reluctantly",
    "grudgingly", "aggressively", "pointedly", "bluntly", "candidly", "frankly", "jokingly",
    "sarcastically", "passionately", "unequivocally", "categorically", "steadfastly",
    // (how often or how widely a group holds a view: `Democrats typically oppose`)
    "typically", "generally", "usually", "traditionally", "overwhelmingly", "increasingly",
    "routinely", "historically", "broadly", "unanimously", "regularly", "constantly",
    "continually", "occasionally", "sometimes",
    // (how a view is put: `The board formally rejected`, `directly asked`)
    "formally", "officially", "specifically", "directly",
    // (a place after the subject: `Officials there said`, `Campaign workers here say`)
    "here", "there",
    // (the auxiliaries above with their negation, contracted or joined: `Clinton doesn't
    // believe`, `Sanders didn’t say`, `cannot`; straight and curly apostrophes)
    "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
    "couldn't", "shouldn't", "mustn't", "cannot", "don’t", "doesn’t", "didn’t", "hasn’t",
    "haven’t", "hadn’t", "won’t", "wouldn’t", "can’t", "couldn’t", "shouldn’t", "mustn’t",
];

/// Whether `word`, in any case, is one of [`BETWEEN_SUBJECT_AND_VERB`]: a set look-up,
/// as the stages ask it of most words before a verb.
pub fn is_between_subject_and_verb(word: &str) -> bool {
    static SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| BETWEEN_SUBJECT_AND_VERB.iter().copied().collect());
    word.len() <= 16 && with_folded(word, |w| set.contains(w))
}

/// The entries of a data file: its lines, trimmed, without blanks and `#` comments.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The gender a given name most often carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    /// Listed as a woman's name only.
    Female,
    /// Listed as a man's name only.
    Male,
    /// Listed under both: the name says nothing about gender.
    Either,
}

fn given_names() -> &'static FxHashMap<&'static str, NameGender> {
    static NAMES: OnceLock<FxHashMap<&'static str, NameGender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = FxHashMap::default();
        for line in entries(GIVEN_NAMES) {
            let (gender, list) = match line.split_once(':') {
                Some(("f", rest)) => (NameGender::Female, rest),
                Some(("m", rest)) => (NameGender::Male, rest),
                _ => continue,
            };
            for name in list.split_whitespace() {
                let g = match names.get(name) {
                    Some(&old) if old != gender => NameGender::Either,
                    _ => gender,
                };
                names.insert(name, g);
            }
        }
        names
    })
}

/// The gender of `word` if it is a common given name
/// ([`given_names.txt`](given_names.txt)), compared as written (`Sara`, not `sara`).
pub fn given_name(word: &str) -> Option<NameGender> {
    given_names().get(word).copied()
}

/// Whether `word` is a common given name, compared as written.
pub fn is_given_name(word: &str) -> bool {
    given_names().contains_key(word)
}

/// The past participles of a fronted passive report whose agent after `by` is its
/// source (`As reported by The Post, ...`, `As announced by the league, ...`); lower case.
/// The speakers stage makes that agent a speaker, and the quotes stage gives it the
/// report.
pub const AS_REPORTED_BY: &[&str] = &["reported", "noted", "stated", "revealed", "detailed", "described", "documented", "confirmed", "announced", "disclosed"];

/// Adverbs of when that may stand before the participle of a passive report (`as first
/// reported by`, `was previously disclosed by`); lower case.
pub const BEFORE_A_REPORTED_BY: &[&str] = &["first", "previously", "originally", "initially", "earlier", "also", "later"];

/// Whether the words before an agent's `by` make it a report's source: a participle of
/// [`AS_REPORTED_BY`] after `as` or a form of `be`, past at most two adverbs of
/// [`BEFORE_A_REPORTED_BY`] (`as first reported by`, `was first reported by`, `had been
/// previously disclosed by`). `word(1)` is the word right before `by`, `word(2)` the one
/// before it, and so on; `None` where the clause has no such word. Both stages read it:
/// the speakers stage makes the agent a speaker, and the quotes stage reports the
/// passive's subject as the agent's.
pub fn reported_by_agent<'w>(word: impl Fn(usize) -> Option<&'w str>) -> bool {
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    if !word(1).is_some_and(|w| is(w, AS_REPORTED_BY)) {
        return false;
    }
    let mut k = 2;
    while k < 4 && word(k).is_some_and(|w| is(w, BEFORE_A_REPORTED_BY)) {
        k += 1;
    }
    word(k).is_some_and(|w| is(w, &["as", "is", "are", "was", "were", "be", "been", "being"]))
}

/// Past forms of reporting verbs that do not end in `-ed`, lower case: the quotes stage
/// reads them as finite verbs, and the speakers stage's walks back from a noun to its
/// phrase's start stop at one after a noun ([`is_unmarked_past`]).
pub const IRREGULAR_PASTS: &[&str] = &[
    "said", "told", "wrote", "thought", "felt", "knew", "spoke", "saw", "made", "gave", "sought",
    "held", "meant", "understood", "taught", "swore", "forbade", "foresaw", "bet", "put", "led",
];

/// Past forms of common verbs that do not end in `-ed` (`and took the stage`), besides
/// the reporting verbs' own ([`IRREGULAR_PASTS`]); lower case.
pub const COMMON_PASTS: &[&str] = &[
    "took", "went", "came", "got", "left", "won", "lost", "ran", "began", "became", "kept",
    "brought", "sent", "met", "paid", "set", "stood", "sat", "threw", "drew",
];

/// Whether a lower-case word is a past not in `-ed` ([`IRREGULAR_PASTS`],
/// [`COMMON_PASTS`], and `found`, which the quotes stage's lists leave out as it reads
/// `and found` as the same clause's verb).
pub fn is_unmarked_past(lower: &str) -> bool {
    IRREGULAR_PASTS.contains(&lower) || COMMON_PASTS.contains(&lower) || lower == "found"
}

/// Verbs that write or put out a text (`wrote a letter`, `issued a statement`): a
/// participle after the text is its writer's (`Cole wrote a letter congratulating ...`).
pub const WRITING_VERBS: &[&str] = &[
    "wrote", "writes", "sent", "sends", "issued", "issues", "released", "releases", "published", "publishes", "posted", "posts", "signed", "signs",
    "filed", "files", "penned", "pens", "tweeted", "tweets", "circulated", "drafted",
];

/// Verbs whose object, a noun of speech or attitude, is their subject's own (`voiced
/// concern over`, `made accusations that`, `had praise for`), and the forms of `be`
/// before an adjective of attitude (`is skeptical of`). Not `denied`, `dismissed`,
/// `faced`, `drew` or `received`: their object is someone else's. Lower case. The
/// speakers stage leaves out `have` and `be` (`has the endorsement of` is another's; the
/// quotes stage tells such nouns apart).
pub const HOLDING_VERBS: &[&str] = &[
    "voiced", "voice", "voices", "voicing", "raised", "raise", "raises", "raising", "expressed", "express", "expresses", "expressing", "repeated", "repeat", "repeats",
    "repeating", "reiterated", "reiterates", "renewed", "renews", "echoed", "echoes", "made", "make", "makes", "making", "offered", "offer", "offers", "offering",
    "gave", "give", "gives", "giving", "had", "has", "have", "having", "shared", "shares", "aired", "airs", "leveled", "levelled", "levels", "lodged", "issued",
    "held", "hold", "holds", "holding", "evinced", "evince", "evinces", "evincing",
    "is", "are", "was", "were", "been", "be", "am",
];

/// Copulas besides `be` that hold an adjective of attitude (`remain confident that`,
/// `seemed unaware that`, `grew concerned that`). Lower case.
pub const ADJECTIVE_COPULAS: &[&str] = &[
    "remain", "remains", "remained", "remaining", "seem", "seems", "seemed", "appear", "appears", "appeared", "became", "become", "becomes", "grew", "grow", "grows",
    "stay", "stays", "stayed",
];

/// Nouns of a message someone sends (`a letter`, `a call`, `a warning`): a participle of
/// speech after a clause that receives one is the message's or its sender's, not the
/// receiver's (`received a warning from the regulator, saying ...`); both stages ask.
/// Lower case.
pub const MESSAGE_NOUNS: &[&str] = &[
    "letter", "call", "warning", "email", "e-mail", "note", "message", "statement", "memo", "notice", "text", "report", "complaint", "request", "order",
    "response", "reply",
];

/// Auxiliaries and modals, which open a verb phrase (`has`, `would`, `did`). Lower case.
pub const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must",
    "has", "have", "had", "does", "did", "do",
];

/// Words of degree that may stand between a copula and an adjective of attitude, and
/// are part of the phrase (`is most proud of`, `were so eager to`, `are very concerned
/// that`): both stages read them there. Lower case.
pub const DEGREE_WORDS: &[&str] = &["very", "so", "too", "quite", "rather", "somewhat", "more", "less", "most"];

/// Whether `word` ends in a contracted negation (`didn't`, `isn’t`), with a straight or a
/// curly apostrophe.
pub fn contracted_negation(word: &str) -> bool {
    word.ends_with("n't") || word.ends_with("n’t")
}

/// What may follow a held passive as the view it holds (`convinced that`, `worried
/// about`, `persuaded of`, `concerned over`): both stages read a held passive only before
/// one of these ([`HELD_PASSIVES`]). Lower case.
pub const HELD_PASSIVE_VIEWS: &[&str] = &["that", "about", "of", "over"];

/// Participles of reporting verbs whose passive's subject holds the view (`Reyes is
/// convinced that ...`, `residents were worried about ...`): the subject is the source,
/// as it is of `believes`. Other passives name the one told or expected, no source (`Cole
/// was told that ...`). Lower case.
pub const HELD_PASSIVES: &[&str] = &["convinced", "persuaded", "worried"];

/// Whether `word` (as written) is an adverb in `-ly` by its ending (`Ironically`,
/// `Privately`, `Reportedly`), not a name that ends so (`Kelly`, `McNally`, `Connolly`):
/// the sentence-opening word before a comma that is no one's name.
pub fn is_ly_adverb(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ally", "ously", "ively", "ably", "ibly", "ently", "antly", "edly", "ingly", "fully", "lessly", "ately", "arly", "sely", "tely"];
    let lower = word.to_ascii_lowercase();
    lower.len() > 5 && ENDINGS.iter().any(|e| lower.ends_with(e)) && !lower.starts_with("mc") && !lower.starts_with("mac") && !is_given_name(word)
}

/// Whether `word` is a lower-case word in `-ly` that may be an adverb (`openly`,
/// `squarely`, `favorably`), by its spelling, less the nouns that end so (`family`,
/// `rally`, `ally`). Looser than [`is_ly_adverb`], for places whose neighbours say the
/// word is an adverb: between a verb and its preposition (`spoke favorably of`), or
/// between a copula and its adjective.
pub fn is_lowercase_ly(word: &str) -> bool {
    const NOUNS: &[&str] = &["family", "ally", "rally", "supply", "assembly", "anomaly", "monopoly", "bully", "belly", "jelly", "lily", "folly"];
    word.len() > 3 && word.ends_with("ly") && word.starts_with(|c: char| c.is_ascii_lowercase()) && !NOUNS.contains(&word)
}

/// Whether two lower-case given names can be one person's: equal, or a name and a short
/// form of it ([`nicknames.txt`](nicknames.txt): `michael` and `mike`), or two short
/// forms of one name (`bob` and `rob`).
pub fn same_given_name(a: &str, b: &str) -> bool {
    static FULL: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let full = FULL.get_or_init(|| {
        let mut full: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for line in entries(NICKNAMES) {
            let Some((name, short)) = line.split_once(':') else { continue };
            let name = name.trim();
            full.entry(name).or_default().push(name);
            for s in short.split_whitespace() {
                full.entry(s).or_default().push(name);
            }
        }
        full
    });
    a == b || full.get(a).zip(full.get(b)).is_some_and(|(x, y)| x.iter().any(|n| y.contains(n)))
}

/// The months ([`months.txt`](months.txt)): each full name with its abbreviations.
fn months() -> &'static [(&'static str, Vec<&'static str>)] {
    static MONTH_LIST: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    MONTH_LIST.get_or_init(|| {
        entries(MONTHS)
            .filter_map(|line| {
                let mut forms = line.split_whitespace();
                Some((forms.next()?, forms.collect()))
            })
            .collect()
    })
}

/// Whether `word` is a month's full name (`May`, `june`), in any ASCII case.
pub fn is_month_name(word: &str) -> bool {
    months().iter().any(|(name, _)| name.eq_ignore_ascii_case(word))
}

/// Whether `word` is a month's abbreviation without its period (`Jun`, `sept`), in any
/// ASCII case. `May` is a full name, not an abbreviation.
pub fn is_month_abbreviation(word: &str) -> bool {
    months().iter().any(|(_, short)| short.iter().any(|s| s.eq_ignore_ascii_case(word)))
}

/// Whether `word` names a month, in full or abbreviated, in any ASCII case.
pub fn is_month(word: &str) -> bool {
    is_month_name(word) || is_month_abbreviation(word)
}

/// What a speech verb's form is used for ([`speech_verbs.txt`](speech_verbs.txt) says
/// why the uses differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbUse {
    /// The quotes stage's cues: a verb in a quote's sentence that attributes it.
    Cue,
    /// The speakers stage: a capitalised word next to the verb is a person who speaks.
    Speaker,
    /// The segment stage: after a quote that ends its sentence, the verb marks the
    /// words as the quote's attribution, in the same sentence.
    Attribution,
}

impl VerbUse {
    fn bit(self) -> u8 {
        match self {
            VerbUse::Cue => 1,
            VerbUse::Speaker => 2,
            VerbUse::Attribution => 4,
        }
    }

    fn parse(tag: &str) -> Option<VerbUse> {
        match tag {
            "cue" => Some(VerbUse::Cue),
            "speaker" => Some(VerbUse::Speaker),
            "attribution" => Some(VerbUse::Attribution),
            _ => None,
        }
    }
}

/// Each form of [`speech_verbs.txt`](speech_verbs.txt) with its uses, as bits.
fn speech_verbs() -> &'static FxHashMap<&'static str, u8> {
    static VERBS: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    VERBS.get_or_init(|| {
        entries(SPEECH_VERBS)
            .filter_map(|line| {
                let mut fields = line.split_whitespace();
                let form = fields.next()?;
                Some((form, fields.filter_map(VerbUse::parse).fold(0, |bits, u| bits | u.bit())))
            })
            .collect()
    })
}

/// Whether `word` is a speech verb with the use `used` ([`speech_verbs.txt`](speech_verbs.txt)),
/// compared after lower-casing: `is_speech_verb("Said", VerbUse::Cue)`.
pub fn is_speech_verb(word: &str, used: VerbUse) -> bool {
    with_folded(word, |w| speech_verbs().get(w).is_some_and(|b| b & used.bit() != 0))
}

/// `f` of `word` lower-cased: borrowed when it already is (the verb lists are looked up
/// for every word of a document, most of them lower case), lower-cased on the stack when
/// it is a short ASCII word, and only otherwise in a new string.
pub fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        let mut buf = [0u8; 32];
        if let Some(lower) = buf.get_mut(..word.len()) {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            // (ASCII lower-cased is still ASCII, so always UTF-8)
            if let Ok(lower) = std::str::from_utf8(lower) {
                return f(lower);
            }
        }
    } else if !word.chars().any(char::is_uppercase) {
        return f(word);
    }
    f(&word.to_lowercase())
}

/// The verb forms of [`REPORTING_VERBS`]: the rows with a frame other than a noun's, a
/// phrasal verb's (`laid` reports only in `laid out`; `laid off` is no report) or a
/// passive's (`seen` reports only in `is seen as`; the subject of `has seen` is no
/// source).
fn reporting_verbs() -> &'static rustc_hash::FxHashSet<&'static str> {
    static VERBS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    VERBS.get_or_init(|| {
        entries(REPORTING_VERBS)
            .filter_map(|line| {
                let mut fields = line.split_whitespace();
                let form = fields.next()?;
                fields.any(|f| !f.starts_with("noun=") && !f.starts_with("particle=") && f != "passive-as").then_some(form)
            })
            .collect()
    })
}

/// Whether `word` is a form of a reporting verb (`opposed`, `believes`, `endorsed`),
/// compared after lower-casing: its subject holds a view or says something, so it is a
/// source.
pub fn is_reporting_verb(word: &str) -> bool {
    with_folded(word, |w| reporting_verbs().contains(w))
}

/// Whether `word` is a speech verb of the quotes stage's cues or a reporting verb: its
/// subject is a source ([`is_speech_verb`] with [`VerbUse::Cue`], or
/// [`is_reporting_verb`]), in one look-up for rules that ask it of every word.
pub fn is_cue_or_reporting_verb(word: &str) -> bool {
    static VERBS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        let cues = speech_verbs().iter().filter(|(_, b)| *b & VerbUse::Cue.bit() != 0).map(|(f, _)| *f);
        cues.chain(reporting_verbs().iter().copied()).collect()
    });
    with_folded(word, |w| verbs.contains(w))
}

/// How a form of [`REPORTING_VERBS`] that is no verb on its own makes its subject a
/// source: a phrasal verb's particle, or the prepositions of a noun or adjective of speech
/// or attitude.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// The particle right after the form, or after `it` (`point out`, `made it clear`),
    /// and the prepositions one of which must follow it where the row names them.
    Particle(Particle),
    /// The prepositions (comma-separated, `that` among them where the row lists it) one
    /// of which follows the form (`critical of`, `concerned that`).
    Held(&'static str),
}

/// A phrasal verb's frame in [`REPORTING_VERBS`], `particle=P` or `particle=P:Q,R`: the
/// particle, and the prepositions one of which must follow it, if the row names them
/// (`spoke out against`, `came out in_favor_of`: without one, `came out` is no report).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Particle {
    /// The particle, lower case (`out`, `clear`).
    pub particle: &'static str,
    /// The prepositions, comma-separated, their words joined by `_` (`against,in_favor_of`).
    pub preps: Option<&'static str>,
}

impl Particle {
    /// Reads the text after `particle=`.
    pub fn parse(field: &'static str) -> Particle {
        match field.split_once(':') {
            Some((particle, preps)) => Particle { particle, preps: Some(preps) },
            None => Particle { particle: field, preps: None },
        }
    }
}

/// How many words the first of `preps` (comma-separated, a preposition's words joined by
/// `_`: `about,in_favor_of`) that the words from `word(0)` on spell takes, compared
/// without regard to case: `in favor of` is three.
pub fn preposition_len<'a>(preps: &str, word: impl Fn(usize) -> Option<&'a str>) -> Option<usize> {
    preps.split(',').find_map(|p| p.split('_').enumerate().all(|(i, part)| word(i).is_some_and(|w| w.eq_ignore_ascii_case(part))).then(|| p.split('_').count()))
}

/// The phrases a form of [`REPORTING_VERBS`] opens ([`Phrase`]), for the speakers stage,
/// whose source is the subject of `are concerned that` and `point out` as of `said`.
/// Compared after lower-casing.
pub fn phrases_of(word: &str) -> &'static [Phrase] {
    with_folded(word, |w| phrases().get(w).map_or(&[][..], Vec::as_slice))
}

/// The forms [`phrases_of`] knows, lower case.
pub fn phrase_forms() -> impl Iterator<Item = &'static str> {
    phrases().keys().copied()
}

fn phrases() -> &'static FxHashMap<&'static str, Vec<Phrase>> {
    static PHRASES: OnceLock<FxHashMap<&'static str, Vec<Phrase>>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        entries(REPORTING_VERBS)
            .filter_map(|line| {
                let mut fields = line.split_whitespace();
                let form = fields.next()?;
                let phrases: Vec<Phrase> =
                    fields.filter_map(|f| f.strip_prefix("particle=").map(|p| Phrase::Particle(Particle::parse(p))).or_else(|| f.strip_prefix("noun=").map(Phrase::Held))).collect();
                (!phrases.is_empty()).then_some((form, phrases))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// After a quote that closed its sentence: which words after a verb leave it the
    /// quote's attribution, and which are its own content.
    #[test]
    fn attribution_ends_here_reads_adjuncts_addressees_and_clauses() {
        let cases: &[(&str, &str, bool)] = &[
            ("said", "", true),
            ("said", "at a rally in Eastvale", true),
            ("said", "Friday", true),
            ("said", "late last night", true),
            ("said", "early Monday", true),
            ("said", "the next day", true),
            ("said", "it twice", true),
            ("said", "so", true),
            ("writes", "that", false),
            ("said", "at that point", true),
            ("said", "to lawmakers", true),
            ("asked", "rhetorically", true),
            ("told", "the cheering crowd", true),
            ("told", "a packed town hall meeting", true),
            ("asked", "her followers on Twitter", true),
            ("tweeted", "when the debate ended", true),
            ("said", "voters know what happens", false),
            ("said", "he would appeal", false),
            ("said", "Monday the tests were clean", false),
            ("said", "this is wrong", false),
            ("said", "there was no deal", false),
            ("warned", "Saturday that the vote was close", false),
            ("told", "the Herald on Sunday that the town would recover", false),
            ("told", "reporters Cole lied", false),
            ("warned", "the plan would fail", false),
            ("urged", "residents to stay calm", false),
            ("pledged", "to move the office", false),
            ("praised", "Cole for her work", false),
        ];
        for &(verb, after, expected) in cases {
            let words: Vec<&str> = after.split_whitespace().collect();
            assert_eq!(attribution_ends_here(verb, &words), expected, "{verb} {after}");
        }
    }

    #[test]
    fn cue_or_reporting_verb_is_either_list() {
        assert!(is_cue_or_reporting_verb("Said"));
        assert!(is_cue_or_reporting_verb("opposed"));
        assert!(!is_cue_or_reporting_verb("criticism"));
        for form in ["said", "says", "believes", "endorsed", "vowed", "told", "bridge"] {
            assert_eq!(is_cue_or_reporting_verb(form), is_speech_verb(form, VerbUse::Cue) || is_reporting_verb(form), "{form}");
        }
    }

    #[test]
    fn reporting_verbs_are_the_verb_rows_matched_in_any_case() {
        assert!(is_reporting_verb("opposed"));
        assert!(is_reporting_verb("Believes"));
        // a noun of speech is a cue of the quotes stage, but nobody's verb
        assert!(!is_reporting_verb("criticism"));
        assert!(!is_reporting_verb("bridge"));
        // a phrasal verb reports only with its particle, which this cannot see
        assert!(!is_reporting_verb("laid") && is_reporting_verb("pointed"));
    }

    #[test]
    fn a_particles_prepositions_may_be_several_words() {
        assert_eq!(Particle::parse("out"), Particle { particle: "out", preps: None });
        assert_eq!(Particle::parse("out:against,in_favor_of"), Particle { particle: "out", preps: Some("against,in_favor_of") });
        let words = |s: &'static str| move |i: usize| s.split(' ').nth(i);
        assert_eq!(preposition_len("against,in_favor_of", words("In favor of the levy")), Some(3));
        assert_eq!(preposition_len("against,in_favor_of", words("against the levy")), Some(1));
        // (the words must all be there, in order)
        assert_eq!(preposition_len("against,in_favor_of", words("in favor")), None);
        assert_eq!(preposition_len("against,in_favor_of", words("in the end")), None);
        // a phrasal row names its particle as a phrase, with its prepositions
        assert!(phrases_of("came").contains(&Phrase::Particle(Particle { particle: "out", preps: Some("against,in_favor_of,in_favour_of,in_support_of") })));
    }

    /// The words after `said` in `“...,” said the board would vote`: a clause of its
    /// own, not an inverted subject.
    #[test]
    fn a_clause_after_a_quotes_verb_is_a_noun_phrase_then_its_auxiliary() {
        for clause in [&["the", "board", "would", "vote"][..], &["the", "town", "could", "be"], &["fares", "will", "rise"], &["the", "new", "toll", "has"]] {
            assert!(own_clause_after_quote(clause), "{clause:?}");
        }
        // (`that`, a pronoun and its verb, a longer noun phrase, a contracted negation)
        for clause in [&["that", "the", "board"][..], &["she", "would"], &["it", "failed"], &["the", "old", "board", "of", "Westport", "would"], &["the", "board", "wouldn't"]] {
            assert!(own_clause_after_quote(clause), "{clause:?}");
        }
        // (an inverted subject, with its relative clause or a phrase after it; a capital
        // is a name's; no noun phrase before the auxiliary; a pronoun alone; an `and`
        // before the auxiliary)
        for inverted in [&["the", "mayor"][..], &["the", "mayor", "who", "has"], &["the", "mayor", "at", "a", "rally"], &["Cole", "Will"], &["is", "the"], &["he"], &["the", "long", "serving", "and", "popular", "town", "mayor", "has"], &[]] {
            assert!(!own_clause_after_quote(inverted), "{inverted:?}");
        }
    }

    /// The words before `by`, last first: `reported` then `first` then `was` read from
    /// `was first reported`.
    #[test]
    fn a_reports_agent_follows_its_participle_after_as_or_be() {
        let before = |s: &'static str| move |k: usize| s.split(' ').rev().nth(k - 1);
        for agent in ["as reported", "as first reported", "was first reported", "had been previously disclosed", "Was Announced"] {
            assert!(reported_by_agent(before(agent)), "{agent}");
        }
        // (no `as` or `be` before the participle, a participle of no report, or more than
        // two adverbs between)
        for not in ["first reported", "reported", "was built", "was first only later reported", "was first also later reported"] {
            assert!(!reported_by_agent(before(not)), "{not}");
        }
    }

    #[test]
    fn given_names_carry_their_gender() {
        assert_eq!(given_name("Sara"), Some(NameGender::Female));
        assert_eq!(given_name("John"), Some(NameGender::Male));
        // listed under both
        assert_eq!(given_name("Lindsey"), Some(NameGender::Either));
        assert_eq!(given_name("sara"), None);
        assert!(is_given_name("Dylan"));
    }

    #[test]
    fn months_in_full_and_abbreviated() {
        assert!(is_month_name("May") && is_month_name("september"));
        assert!(!is_month_name("Sept"));
        assert!(is_month_abbreviation("Sept") && is_month_abbreviation("jun"));
        assert!(!is_month_abbreviation("may"));
        assert!(is_month("MAR") && !is_month("Mayor"));
    }

    #[test]
    fn speech_verbs_by_use() {
        assert!(is_speech_verb("said", VerbUse::Cue) && is_speech_verb("Said", VerbUse::Speaker));
        assert!(is_speech_verb("said", VerbUse::Attribution));
        assert!(is_speech_verb("chanted", VerbUse::Cue) && !is_speech_verb("chanted", VerbUse::Speaker));
        assert!(!is_speech_verb("mocked", VerbUse::Attribution));
        assert!(!is_speech_verb("speech", VerbUse::Cue));
    }

    #[test]
    fn every_speech_verb_has_known_uses() {
        for line in entries(SPEECH_VERBS) {
            let mut fields = line.split_whitespace();
            let form = fields.next().unwrap_or_default();
            assert_eq!(form, form.to_lowercase(), "speech_verbs.txt: {form} is not lower case");
            let uses: Vec<&str> = fields.collect();
            assert!(!uses.is_empty(), "speech_verbs.txt: {form} has no use");
            for u in uses {
                assert!(VerbUse::parse(u).is_some(), "speech_verbs.txt: {form} has an unknown use {u}");
            }
        }
        // a form a later row repeats would silently replace the first
        assert_eq!(entries(SPEECH_VERBS).count(), speech_verbs().len(), "speech_verbs.txt lists a form twice");
    }
}
