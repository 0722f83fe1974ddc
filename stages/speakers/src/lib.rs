//! The `speakers` stage: the people, organisations, groups and documents that speak in a
//! document, and every mention of them.
//!
//! Rules, in the order they run:
//!
//! 1. **Words.** Prose paragraphs only (headline, body, embeds): names in captions and
//!    photo credits are photographers and picture subjects, not the people whose words
//!    the article reports. Each word knows its sentence (as the segment stage split
//!    them) and whether it sits inside double quote marks.
//! 2. **Full names.** A run of capitalised words, split at words that are capitalised for
//!    other reasons ([`capitalised_words.txt`](capitalised_words.txt)), with leading
//!    titles (`President`, `Sen.`, `Mr.`) set aside. A run of two to four words is a person
//!    when it is a known person ([`known_people.txt`](known_people.txt)), starts with a
//!    common given name ([`contract::lexicon::given_name`]), carries a title, speaks
//!    (`Legend said`, `said John Legend`), or its surname is used alone as a speaker; and
//!    never when it holds an outlet, organisation, place or work word
//!    ([`not_people.txt`](not_people.txt)) or follows `the`. Title-case lines (headlines)
//!    only yield names that are known, start with a given name, or are confirmed by the
//!    prose.
//! 3. **Single names.** A lone capitalised word is the surname, first name or alias of a
//!    person found so far (the most recently mentioned one if two share it). An unknown
//!    lone word becomes a person of its own only when it has a title (`Mr. Okafor`) or
//!    speaks (`Okafor said`).
//! 4. **Pronouns.** `he`, `she`, `him`, `his`, `her` outside quote marks resolve to the
//!    first person of a compatible gender named earlier in the same sentence, else in the
//!    nearest earlier sentence that names one: the subject of a clause usually comes
//!    first, and news prose keeps its subject across sentences. Words inside quotes are
//!    the speaker's, so their pronouns are not resolved and they are not antecedents.
//!    First-person prose outside quote marks is `the writer`: every `I`, and a `we` that
//!    speaks or holds a view (`we now know that ...`), once one of them does.
//!
//! 5. **Organisations, groups and documents** that speak (`the White House said`,
//!    `officials said`, `the report says`), and `the company`, `it`, `they` that refer to
//!    them: see `entities.rs`.
//!
//! The id is the slug of the canonical name (`john-legend`), the same in every document.

#![deny(missing_docs)]

mod entities;

use contract::{Mention, MentionForm, Paragraph, Segments, Speaker, SpeakerKind, Speakers};
use contract::ids::slug;
use contract::lexicon::{given_name, is_between_subject_and_verb, is_given_name, is_small_number, NameGender, VerbUse};
use contract::span::Span;
use std::borrow::Cow;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const KNOWN_PEOPLE: &str = include_str!("known_people.txt");
const NOT_PEOPLE: &str = include_str!("not_people.txt");
const CAPITALISED_WORDS: &str = include_str!("capitalised_words.txt");
const ROLES: &str = include_str!("roles.txt");

/// Titles that may precede a name; they are not part of the canonical name.
const TITLES: &[&str] = &[
    "President", "Vice", "Sen", "Sens", "Senator", "Senators", "Rep", "Reps", "Representative", "Representatives", "Gov", "Governor", "Mr", "Mrs",
    "Ms", "Miss", "Dr", "Secretary", "Judge", "Justice", "Mayor", "Gen", "General", "Speaker", "Rev",
    "Reverend", "Pope", "Prince", "Princess", "King", "Queen", "Sir", "Dame", "Lady", "Lord",
    "Sheriff", "Chairman", "Chairwoman", "Chair", "Chief", "Director", "Professor", "Prof",
    "Officer", "Detective", "Lt", "Col", "Capt", "Sgt", "Former", "Attorney", "Commissioner",
    "Ambassador", "Minister", "Prime", "Chancellor", "Coach", "Pastor", "Father", "Rabbi",
    "Congressman", "Congresswoman", "Councilman", "Councilwoman", "Assemblyman",
    "Assemblywoman", "Deputy", "Leader", "Majority", "Minority", "Whip", "Candidate",
    "Nominee", "Presidential", "Rapper", "Singer", "Actor", "Actress", "Host", "Anchor",
    "Spokesman", "Spokeswoman", "Spokesperson", "Aide", "Adviser", "Advisor", "Strategist",
    "Pollster", "Democratic", "Republican", "GOP", "Dem", "State", "Democrat", "Tem", "Tempore", "Counsel",
];

/// Initials that name places and unions of them, never a person (`U.S. officials`,
/// `the U.N. envoy`), with the last dot or without it. A country's or a union's may
/// speak as its government does (`The U.S. said`); a city's or a state's
/// ([`LOCAL_INITIALS`]) not.
const PLACE_INITIALS: &[&str] = &["U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.A.", "U.S.S.R."];
/// A city's or a state's initials: a place, never a speaker (`Residents of Washington,
/// D.C. said`).
const LOCAL_INITIALS: &[&str] = &["D.C.", "L.A.", "N.Y.", "N.J.", "S.C.", "N.C."];

/// Lower-case words before a capitalised word that make it a work, not a person
/// (`the album Legend`).
const WORK_NOUNS: &[&str] = &[
    "album", "single", "song", "book", "film", "movie", "show", "series", "podcast", "track",
    "magazine", "newspaper", "hashtag", "brand", "label", "app", "program", "programme",
];

/// Words that a pronoun mention can be.
const PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("him", Gender::Male),
    ("his", Gender::Male),
    ("himself", Gender::Male),
    ("she", Gender::Female),
    ("her", Gender::Female),
    ("hers", Gender::Female),
    ("herself", Gender::Female),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    /// The gender a kin word or a gendered role says (`wife`, `nephew`, `spokeswoman`), a
    /// lower-case noun; unknown for any other.
    fn of_noun(lower: &str) -> Gender {
        match lower {
            "wife" | "mother" | "daughter" | "sister" | "widow" | "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "girlfriend" | "stepmother" | "stepdaughter" | "aunt" | "niece" | "grandmother" | "granddaughter" | "mother-in-law" | "daughter-in-law" | "sister-in-law" | "ex-wife" => Gender::Female,
            "husband" | "father" | "son" | "brother" | "widower" | "spokesman" | "chairman" | "congressman" | "businessman" | "boyfriend" | "stepfather" | "stepson" | "uncle" | "nephew" | "grandfather" | "grandson" | "father-in-law" | "son-in-law" | "brother-in-law" | "ex-husband" => Gender::Male,
            _ => Gender::Unknown,
        }
    }

    /// The gender a given name suggests.
    fn of_name(name: NameGender) -> Gender {
        match name {
            NameGender::Female => Gender::Female,
            NameGender::Male => Gender::Male,
            NameGender::Either => Gender::Unknown,
        }
    }
}

/// The stage's configuration, parsed once from the data files.
struct Lexicon {
    /// Canonical name, gender, aliases of each known person.
    known: Vec<(String, Gender, Vec<String>)>,
    /// Folded full name or alias -> index into `known`.
    known_by_name: FxHashMap<String, usize>,
    /// Surname -> index into `known`, for surnames only one known person has.
    known_by_surname: FxHashMap<String, usize>,
    not_people: FxHashSet<String>,
    capitalised: FxHashSet<String>,
    roles: FxHashSet<String>,
    /// The roles of `unnamed:` lines, which a definite description refers back with only
    /// to someone described or titled with the same word.
    unnamed_roles: FxHashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let lines = |data: &'static str| data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
        let words = |data: &'static str| -> FxHashSet<String> { lines(data).flat_map(str::split_whitespace).map(str::to_string).collect() };
        let mut known = Vec::new();
        let mut known_by_name = FxHashMap::default();
        let mut surnames: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for line in lines(KNOWN_PEOPLE) {
            let mut fields = line.split('|').map(str::trim);
            let Some(name) = fields.next().filter(|n| !n.is_empty()) else { continue };
            let gender = match fields.next() {
                Some("f") => Gender::Female,
                Some("m") => Gender::Male,
                _ => Gender::Unknown,
            };
            let aliases: Vec<String> = fields.filter(|a| !a.is_empty()).map(str::to_string).collect();
            let index = known.len();
            known_by_name.insert(name.to_lowercase(), index);
            for alias in &aliases {
                known_by_name.insert(alias.to_lowercase(), index);
            }
            if let Some(last) = name.split_whitespace().last() {
                surnames.entry(last.to_lowercase()).or_default().push(index);
            }
            known.push((name.to_string(), gender, aliases));
        }
        let known_by_surname = surnames.into_iter().filter(|(_, v)| v.len() == 1).map(|(k, v)| (k, v[0])).collect();
        Lexicon {
            known,
            known_by_name,
            known_by_surname,
            not_people: words(NOT_PEOPLE),
            capitalised: words(CAPITALISED_WORDS),
            roles: lines(ROLES).flat_map(|l| l.strip_prefix("unnamed:").unwrap_or(l).split_whitespace()).map(str::to_string).collect(),
            unnamed_roles: lines(ROLES).filter_map(|l| l.strip_prefix("unnamed:")).flat_map(str::split_whitespace).map(str::to_string).collect(),
        }
    })
}

/// A word of a prose paragraph.
#[derive(Clone, Debug)]
struct Word<'a> {
    /// Absolute byte offsets; a possessive `'s` is left out.
    start: usize,
    end: usize,
    text: &'a str,
    /// Index of the sentence (counted over the whole document).
    sentence: usize,
    /// Whether the word opens its sentence.
    sentence_start: bool,
    in_quote: bool,
    /// Whether the word is followed by `.` (an abbreviation or initial).
    dotted: bool,
    /// Whether the next word follows after exactly one space (possibly after a dot),
    /// so the two can belong to one name.
    joins_next: bool,
    /// Whether the paragraph is written in title case (a headline).
    title_case: bool,
    /// Whether the paragraph is the article's headline, in whatever case.
    headline: bool,
    /// The text in lower case, made once: the rules ask for it many times per word,
    /// and most words need no copy.
    lower: Cow<'a, str>,
}

impl<'a> Word<'a> {
    /// A word of prose at byte `start`, not yet known to be in title case.
    fn new(start: usize, text: &'a str, sentence: usize, sentence_start: bool, in_quote: bool, dotted: bool, joins_next: bool) -> Word<'a> {
        Word { start, end: start + text.len(), text, sentence, sentence_start, in_quote, dotted, joins_next, title_case: false, headline: false, lower: lowercase(text) }
    }

    fn capitalised(&self) -> bool {
        let mut chars = self.text.chars();
        let first = chars.next().is_some_and(char::is_uppercase);
        // `McAllister` and `DeLuca` are names; `CNN` and `GOP` are not; an initial is part
        // of one (`Ann B. Cole`, `George H.W. Bush`, `J.D. Reyes`), a place's are not
        // (`U.S. officials`)
        first && !self.contraction() && (self.text.chars().any(char::is_lowercase) || self.initial() || (self.initials() && !is_one_of(self.text, PLACE_INITIALS) && !self.local_initials()))
    }

    /// A city's or a state's initials (`D.C.`, `N.Y.`).
    pub(crate) fn local_initials(&self) -> bool {
        self.initials() && is_one_of(self.text, LOCAL_INITIALS)
    }

    /// A lone capital with its dot (`B.` of `Ann B. Cole`).
    fn initial(&self) -> bool {
        self.dotted && self.text.chars().count() == 1
    }

    /// Two or more capitals each with its dot (`H.W.`, `U.S.`; the last dot left out
    /// at a sentence's end).
    pub(crate) fn initials(&self) -> bool {
        self.dotted && self.text.len() >= 3 && self.text.contains('.') && self.text.chars().all(|c| c == '.' || c.is_uppercase())
    }

    fn lower(&self) -> &str {
        &self.lower
    }

    /// Whether the word is a contraction (`I’ve`, `Don't`): never a name.
    fn contraction(&self) -> bool {
        let lower = self.lower();
        // `i'`, then the endings after an apostrophe of either kind
        lower.strip_prefix('i').is_some_and(|rest| rest.starts_with(['\'', '’']))
            || ["ve", "m", "ll", "re", "d", "t"].iter().any(|end| {
                lower.strip_suffix(end).and_then(|head| head.strip_suffix('\'').or_else(|| head.strip_suffix('’'))).is_some_and(|head| *end != "t" || head.ends_with('n'))
            })
    }

    /// Whether the word is a possessive (`Kanye's`): rarely a clause's subject.
    fn possessive(&self, text: &str) -> bool {
        possessive_at(text, self.end)
    }
}

/// Whether `word` is one of the dotted initials of `list`, with its last dot or without
/// it (a word that ends its sentence leaves the dot out).
fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|p| word == *p || p.strip_suffix('.') == Some(word))
}

/// Whether the word or name ending at byte `end` is a possessive (`Cole's`,
/// `Reyes’ supporters`).
fn possessive_at(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ") || rest.starts_with("’ "))
}

/// Finds the people in `text` and their mentions, reading only prose paragraphs.
pub fn speakers(text: &str, segments: &Segments) -> Speakers {
    let lex = lexicon();
    let words = words(text, segments);
    let mut people = People::default();

    // 2. full names, first from prose, then confirmed ones from title-case lines
    let runs = name_runs(text, &words, lex);
    let lone_speakers = lone_speaking_words(&words, lex);
    for title_case in [false, true] {
        for run in runs.iter().filter(|r| words[r.first].title_case == title_case) {
            if run.len() < 2 {
                continue;
            }
            let name = run_name(&words, run);
            let known = lex.known_by_name.get(&name.to_lowercase()).copied();
            let first = words[run.first].text;
            let last = words[run.last].text;
            let confirmed = people.find_full(&name).is_some();
            // in prose, any run of two to four capitalised words that no list marks as
            // a thing is a name; in title case only confirmed or given-name-led ones
            let accept = known.is_some()
                || confirmed
                || is_given_name(first)
                || (!title_case && (run.titled || run.speaks || lone_speakers.contains(last) || run.len() <= 4));
            if accept && !(known.is_none() && run_is_not_a_person(text, &words, run, lex)) {
                let gender = run.gender;
                people.add_full(&name, known, gender, lex);
            }
        }
    }
    // lone words that speak or carry a title, and lone known aliases
    for w in &words {
        let known = lex.known_by_name.get(w.lower()).copied();
        if let Some(k) = known {
            if people.find_word(w.text).is_none() {
                people.add_full(&lex.known[k].0, Some(k), lex.known[k].1, lex);
            }
        }
    }
    // (`a 52-year-old resident named Caroline`: a given name the text introduces as one
    // is a person, whom a later `she` may name)
    let introduced = |r: &Run| {
        r.first > 1 && words[r.first - 1].lower() == "named" && words[r.first - 1].sentence == words[r.first].sentence && is_given_name(words[r.first].text)
            // (a person named so: `a hurricane named Florence` is none)
            && (lex.roles.contains(words[r.first - 2].lower()) || words[r.first - 2].lower().ends_with("-old"))
    };
    // (a place's name is a person's when a relative `who` follows it and its verb: `Paris,
    // who used to teach in Millbrook, said`; not after a preposition, `Sen. Ann
    // Cole of Oregon, who mused`, where the `who` is the senator's)
    let relative = |r: &Run| {
        let governed = r.first > 0 && words[r.first - 1].sentence == words[r.first].sentence && PREPOSITIONS.contains(&words[r.first - 1].lower());
        !governed && lex.not_people.contains(words[r.first].text) && speaks_past_apposition(text, &words, r.first, r.last, lex, true)
    };
    for run in runs.iter().filter(|r| r.len() == 1) {
        let relative = relative(run);
        if !(run.titled || run.speaks || introduced(run) || relative) {
            continue;
        }
        let w = &words[run.first];
        // `Ms. White` is a person even though `White` alone is no name
        let courtesy = run.first > 0 && matches!(words[run.first - 1].text, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr");
        // (`HarbourLink said` is an organisation's, which step 5 finds)
        if people.find_word(w.text).is_some() || (lex.not_people.contains(w.text) && !courtesy && !relative) || lex.capitalised.contains(w.text) || (entities::brand_name(w.text) && !run.titled) {
            continue;
        }
        // `Critics said` opening a sentence is a group the descriptions below find (`Gov.
        // Justice said` is a person), `U.S.` leaves a lone initial, and `Sen. Paul
        // Brandt (R-Ky.) said` (or `, R-Ky., said`) a party and state tag: none is a
        // person's name
        // (nor is an adverb opening a sentence before its comma, `Ironically, he said,
        // ...`; `Brantly said` is a name)
        let adverb = contract::lexicon::is_ly_adverb(w.text) && text.get(w.end..).is_some_and(|r| r.starts_with(','));
        let role = !run.titled && w.sentence_start && (role_or_group(lex, w.lower()) || adverb);
        let tag = text.get(..w.start).is_some_and(|b| b.trim_end().ends_with(['(', ','])) && party_tag(w.text);
        // (nor is a word a place's preposition governs, `a former mayor of Eastvale,
        // said`, `officials in Tidewater said`, `a professor at Harbour said`: the verb
        // is the phrase's head's; a person so made would draw the pronouns that follow)
        let placed = !run.titled && run.first > 0 && words[run.first - 1].sentence == w.sentence && matches!(words[run.first - 1].lower(), "of" | "in" | "at");
        if role || w.text.chars().count() == 1 || w.initials() || tag || placed {
            continue;
        }
        let known = lex.known_by_surname.get(w.lower()).copied().or_else(|| lex.known_by_name.get(w.lower()).copied());
        match known {
            Some(k) => people.add_full(&lex.known[k].0, Some(k), lex.known[k].1, lex),
            None => people.add_full(w.text, None, run.gender, lex),
        }
    }

    // 3. mentions: full runs and single words, in document order
    let mut mentions: Vec<(usize, Mention)> = Vec::new();
    let mut last_seen: FxHashMap<usize, usize> = FxHashMap::default();
    // per person: how many times a lone surname has named them so far
    let mut by_surname: FxHashMap<usize, usize> = FxHashMap::default();
    for run in &runs {
        let name = run_name(&words, run);
        if run.len() >= 2 {
            if let Some(p) = people.find_full(&name) {
                let form = if people.list[p].name.eq_ignore_ascii_case(&name) { MentionForm::Full } else { MentionForm::Nickname };
                mentions.extend(mention(text, words[run.first].start, words[run.last].end, form).map(|m| (p, m)));
                last_seen.insert(p, words[run.first].start);
                continue;
            }
        }
        // a run that is not a person may still hold one (`Kanye West’s political feud`
        // is one run; `Where His Kanye` is not): fall back to its single words
        for i in run.first..=run.last {
            let w = &words[i];
            if i > 0 && WORK_NOUNS.contains(&words[i - 1].lower()) {
                continue;
            }
            if let Some((p, form)) = people.match_word(w.text, &last_seen, &by_surname) {
                // a given name that is also a thing's word names the thing when alone
                // (`the Bill passed`, after `Bill Kemp`)
                if form == MentionForm::First && lex.not_people.contains(w.text) {
                    continue;
                }
                mentions.extend(mention(text, w.start, w.end, form).map(|m| (p, m)));
                last_seen.insert(p, w.start);
                if form == MentionForm::Surname {
                    *by_surname.entry(p).or_default() += 1;
                }
            }
        }
    }
    mentions.sort_by_key(|(_, m)| m.span);
    // a label before a colon that opens a paragraph names who speaks there
    mentions.extend(labels(text, &words, &mut people, lex));
    mentions.sort_by_key(|(_, m)| m.span);

    // 4. pronouns and definite descriptions (`the candidate said`) refer back; other
    // descriptions (`a spokesman said`) are speakers of their own
    let descriptions = descriptions(text, &words, lex, &mentions);
    let mut definite = Vec::new();
    let mut groups = Vec::new();
    for d in &descriptions {
        if let Some(p) = d.apposed_to.and_then(|k| mentions.iter().find(|(_, m)| m.span.end() == words[k].end && m.form != MentionForm::Pronoun)).map(|(p, _)| *p) {
            mentions.extend(mention(text, words[d.first].start, words[d.last].end, MentionForm::Description).map(|m| (p, m)));
            continue;
        }
        if d.definite {
            definite.push((d.first, Definite { last: d.last, by_title_only: d.by_title_only, unnamed_source: d.unnamed_source }));
        } else if d.plural {
            // a group (`officials`, `Senate Democrats`): named without its determiner,
            // unless that is its head (`many of his rivals`)
            // (`the two` keeps its article: `two` alone names no one)
            let counted = matches!(words[d.last].lower(), "two" | "three");
            // (and `his supporters` and `her supporters` are two groups)
            let possessive = POSSESSIVES.contains(&words[d.first].lower());
            // (nor a share's first number: `One in five`)
            let lead = usize::from(is_determiner(words[d.first].lower()) && d.first < d.last && !matches!(words[d.first + 1].lower(), "of" | "in") && !counted && !possessive);
            let name = text.get(words[d.first + lead].start..words[d.last].end).unwrap_or("").to_string();
            let p = people.add_entity(&name, SpeakerKind::Group);
            mentions.extend(mention(text, words[d.first].start, words[d.last].end, MentionForm::Description).map(|m| (p, m)));
            groups.push((p, d.first, d.last));
        } else {
            if let Some(p) = named_in_apposition(text, &words, &mentions, &people, d.last) {
                mentions.extend(mention(text, words[d.first].start, words[d.last].end, MentionForm::Description).map(|m| (p, m)));
                continue;
            }
            let name = description_name(text, &words, d.first, d.last);
            let p = people.add_description(&name);
            mentions.extend(mention(text, words[d.first].start, words[d.last].end, MentionForm::Description).map(|m| (p, m)));
        }
    }
    mentions.sort_by_key(|(_, m)| m.span);
    // (a description that is no antecedent is left out of the pronouns' candidates)
    let silent: Vec<(usize, usize)> = descriptions.iter().filter(|d| !d.antecedent).map(|d| (words[d.first].start, words[d.last].end)).collect();
    let antecedents: Cow<[(usize, Mention)]> = if silent.is_empty() {
        Cow::Borrowed(&mentions)
    } else {
        Cow::Owned(mentions.iter().filter(|(_, m)| !silent.contains(&(m.span.start(), m.span.end()))).cloned().collect())
    };
    let (pronouns, unresolved) = resolve_pronouns(text, &words, &antecedents, &people, &definite);
    mentions.extend(pronouns);
    // `“...,” said the engineer, who works for another firm`: a definite description
    // that speaks and refers to no one named before is a described person of its own
    for (first, last) in unresolved {
        // (`said the spokesman, Tom Reyes`: the named person)
        let p = match named_in_apposition(text, &words, &mentions, &people, last) {
            Some(p) => p,
            None => people.add_description(&description_name(text, &words, first, last)),
        };
        mentions.extend(mention(text, words[first].start, words[last].end, MentionForm::Description).map(|m| (p, m)));
    }
    // a name whose possessive opens a description is not who speaks (`Reyes` in `said
    // Reyes's campaign manager`); its mention went on naming the person for the pronouns
    // and titles resolved above (`Reyes's wife said he ...`, `Mayor Tom Reyes's aide
    // said ... The mayor said`)
    // (only the owner's mention, the one ending at the possessive that opens it: not a
    // later name's in the phrase, `Reyes's lawyer in Cole's lawsuit`)
    let owners: Vec<(usize, usize)> = descriptions.iter().filter_map(|d| d.owner.map(|k| (words[d.first].start, words[k].end))).collect();
    mentions.retain(|(_, m)| m.form == MentionForm::Description || !owners.iter().any(|&(from, end)| m.span.start() >= from && m.span.end() == end));
    mentions.sort_by_key(|(_, m)| m.span);
    let relatives = relative_pronouns(text, &words, &mentions, &people, "who");
    mentions.extend(relatives);
    // the writer's own `I` outside quote marks (`“Not yet,” I said`, in a memoir's
    // excerpt or a columnist's scene): first-person prose speaks as the writer, whom no
    // name in the text stands for, so the words are never the last-named person's
    // (`World War I`, `King Charles I`: a numeral after a capitalised word is no one)
    // (and the writer's `we`, for the writer and the newsroom: `we now know that ...`, `We
    // asked our readers ...`; not on a line that a label before a colon opens, `A: We
    // can't ...`, `SEN. REYES: We believe ...`, which is that speaker's)
    let labelled = |at: usize| {
        let from = text[..at].rfind('\n').map_or(0, |n| n + 1);
        text[from..at].split_once(':').is_some_and(|(label, _)| {
            let words: Vec<&str> = label.split_whitespace().collect();
            (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
    };
    let first_person = |i: usize| {
        let w = &words[i];
        let numeral = i > 0 && words[i - 1].joins_next && words[i - 1].capitalised() && !words[i - 1].sentence_start;
        !w.in_quote && !w.title_case && ((w.text == "I" && !numeral) || (matches!(w.text, "we" | "We") && !labelled(w.start)))
    };
    // (a columnist's `I think`, `I hope`, `I know` holds a view as the writer: a
    // reporting verb right after it, past auxiliaries and adverbs, speaks too; not in a
    // paragraph with quote marks, where a stray mark leaves a speaker's `I think`
    // outside them)
    let unquoted_line = |at: usize| {
        let from = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let to = text[at..].find('\n').map_or(text.len(), |n| at + n);
        !text[from..to].contains(['"', '“', '”'])
    };
    // (or the verb of a phrase that holds a view, `We are convinced that ...`, `I remain
    // wary of ...`)
    let holds_view = |i: usize| {
        unquoted_line(words[i].start)
            && (i + 1..(i + 4).min(words.len()))
                .take_while(|&k| words[k].sentence == words[i].sentence && !words[k].in_quote)
                .find(|&k| !is_between_subject_and_verb(words[k].text))
                .is_some_and(|k| contract::lexicon::is_reporting_verb(words[k].text) || entities::phrase_at(&words, k))
    };
    let speaks = |i: usize| speaks_around(&words, i, i) || holds_view(i);
    // (a `we` only where a verb after it speaks or holds a view, never one before it,
    // whose object it is, `Reyes said we cannot afford it`; and not after an auxiliary,
    // which makes a question or an exclamation of it, `do we know what that
    // costs!`)
    let inverted = |i: usize| {
        i > 0
            && words[i - 1].joins_next
            && words[i - 1].sentence == words[i].sentence
            && (contract::lexicon::AUXILIARIES.contains(&words[i - 1].lower()) || words[i - 1].lower() == "shall" || contract::lexicon::contracted_negation(words[i - 1].text))
    };
    let writers = |i: usize| first_person(i) && (words[i].text == "I" || (holds_view(i) && !inverted(i)));
    let narrated = (0..words.len()).any(|i| writers(i) && speaks(i));
    if narrated {
        let p = people.add_entity("the writer", SpeakerKind::Person);
        for w in (0..words.len()).filter(|&i| writers(i)).map(|i| &words[i]) {
            mentions.extend(mention(text, w.start, w.end, MentionForm::Pronoun).map(|m| (p, m)));
        }
    }

    // 5. organisations, groups and documents that speak, and what refers to them
    entities::find(text, &words, lex, &mut people, &mut mentions, &groups);
    // a name that only modifies the speaker after an inverted verb is not its subject
    // (`said Reyes campaign manager Sam Ortiz`): the name ending the phrase is
    drop_modifiers_after_inverted_verbs(&words, lex, &mut mentions);
    mentions.sort_by_key(|(_, m)| m.span);
    let relatives = relative_pronouns(text, &words, &mentions, &people, "which");
    mentions.extend(relatives);
    mentions.sort_by_key(|(_, m)| m.span);
    mentions.dedup_by_key(|(_, m)| m.span);

    people.finish(mentions)
}

/// Words that open a paragraph before a colon without naming anyone (`Watch: ...`,
/// `Editor's note: ...`), lower case, besides the kickers and section labels the headline
/// rule knows ([`contract::lexicon::COLON_LABELS`], [`contract::lexicon::SECTION_LABELS`]).
const NO_LABEL: &[&str] = &[
    "updates", "videos", "editor's", "editor’s", "advertisement", "disclaimer", "spoiler", "summary", "transcript", "filed", "posted", "image", "caption",
    "sign", "is", "in", "are", "was", "were", "to", "the", "an", "on", "at", "for", "or", "it", "this", "why", "how", "what", "who", "when", "where", "here",
    "today", "tonight", "now", "day", "week", "part", "chapter", "step", "first", "second", "third", "next", "revealed", "confirmed", "explained",
    "explainer", "commentary", "editorial", "perspective", "recap", "preview",
];

/// Whether a label's word names no one: a kicker's, a section's or a page's word.
fn no_label(lower: &str) -> bool {
    NO_LABEL.contains(&lower) || contract::lexicon::COLON_LABELS.contains(&lower) || contract::lexicon::SECTION_LABELS.contains(&lower)
}

/// `MORROW: Do you think ...`, `JAKE MORROW: ...`, `Ann Cole: Ferry toll is unfair`: a
/// paragraph that opens with one to three capitalised words and a colon is that speaker's
/// turn, as a transcript or a headline writes it. The label is a mention of the person it
/// names (a surname alone, `MORROW`, of the one named in full before, `JAKE MORROW`); an
/// unknown label is a person of its own when it opens with a given name and is written in
/// capitals (a transcript's speaker) or in the headline. Labels that name no one
/// (`Watch:`, `Editor's note:`, a question's `Q:`) are none.
fn labels(text: &str, words: &[Word], people: &mut People, lex: &Lexicon) -> Vec<(usize, Mention)> {
    let mut out = Vec::new();
    let line_start = |at: usize| {
        let before = text[..at].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with('\n')
    };
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w.in_quote || !line_start(w.start) {
            i += 1;
            continue;
        }
        let Some(last) = (i..(i + 3).min(words.len())).take_while(|&k| k == i || words[k - 1].joins_next).find(|&k| text[words[k].end..].starts_with(": ")) else {
            i += 1;
            continue;
        };
        let label = &words[i..=last];
        i = last + 1;
        let capitals = |x: &Word| x.text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) && x.text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        if label.iter().any(|x| !x.text.starts_with(char::is_uppercase) || no_label(x.lower()) || x.possessive(text) || x.text.chars().any(|c| c.is_ascii_digit())) {
            continue;
        }
        // (in capitals, `JAKE MORROW`: named as `Jake Morrow` is)
        let titled = |x: &Word| if capitals(x) { x.text.chars().enumerate().map(|(n, c)| if n == 0 { c } else { c.to_lowercase().next().unwrap_or(c) }).collect::<String>() } else { x.text.to_string() };
        let name: Vec<String> = label.iter().map(titled).collect();
        let full = name.join(" ");
        let known = if name.len() >= 2 { people.find_full(&full) } else { people.find_word(&name[0]) };
        // (a name not met before: a given name and a surname, in capitals, as a
        // transcript writes them, or in the headline, `Ann Cole: ...`; not a kicker,
        // `RUNNING TALLY:`, `HUGE:`, nor a headline's outlet or text, which the body must
        // name, step 5)
        let headline = w.title_case || w.headline;
        let named = (2..=3).contains(&label.len()) && is_given_name(&name[0]) && (headline || label.iter().all(capitals));
        let p = known.or_else(|| {
            named.then(|| {
                people.add_full(&full, None, Gender::Unknown, lex);
                people.find_full(&full)
            })?
        });
        if let Some(p) = p {
            out.extend(mention(text, w.start, words[last].end, MentionForm::Full).map(|m| (p, m)));
        }
    }
    out
}

/// Prepositions and subordinators that a description's walk back takes for modifiers
/// (`without pilots`), which open no subject of a participle after them.
const LEADS_NO_SUBJECT: &[&str] = &["without", "despite", "amid", "during", "under", "through", "across", "within", "upon", "near", "beyond", "before", "since", "until", "unlike", "per", "via", "while", "when", "if"];

/// Where the verb stands after a catenative from word `k`, whose subject is the phrase
/// before it: `are likely to`, `were slightly more likely to`, `is less likely to` (a form
/// of `be`, up to two words of degree, `likely` or another of [`READY`], `to`), or a
/// verb that tends, goes on or begins and its `to` (`Riders are more likely to say ...`,
/// `Clerks tend to favor ...`, `The pilots continued to oppose ...`); all joined in one
/// sentence outside quote marks. (`seem to` and `appear to` are [`seeming_speech`].)
pub(crate) fn catenative_to(words: &[Word], k: usize) -> Option<usize> {
    let w = words.get(k)?;
    let joined = |j: usize| words.get(j).is_some_and(|x| x.sentence == w.sentence && !x.in_quote && words[j - 1].joins_next);
    if CATENATIVES.contains(&w.lower()) && !w.in_quote {
        return infinitive_after(words, k);
    }
    if !matches!(w.lower(), "is" | "are" | "was" | "were" | "be" | "been") {
        return None;
    }
    let mut j = k + 1;
    while j < k + 3 && joined(j) && matches!(words[j].lower(), "more" | "less" | "most" | "least" | "much" | "far" | "slightly" | "somewhat" | "even" | "twice" | "as") {
        j += 1;
    }
    (joined(j) && READY.contains(&words[j].lower())).then(|| infinitive_after(words, j)).flatten()
}

/// Adjectives after `be` whose subject is the subject of the infinitive after them:
/// `likely to`, and a readiness (`Pilots were quick to say ...`, `Clerks are eager
/// to say ...`); not a reluctance (`was reluctant to endorse` says the subject did not),
/// which the quotes stage reads as the adjective's own attitude.
const READY: &[&str] = &["likely", "quick", "eager", "ready", "willing", "keen", "anxious", "determined", "careful"];

/// The verb after `to` when `to` follows word `k`, the three joined in `k`'s sentence
/// outside quote marks (`tend to favor`, `likely to say`, `seems to show`).
fn infinitive_after(words: &[Word], k: usize) -> Option<usize> {
    let joined = |j: usize| words.get(j).is_some_and(|x| x.sentence == words[k].sentence && !x.in_quote && words[j - 1].joins_next);
    (joined(k + 1) && words[k + 1].lower() == "to" && joined(k + 2)).then_some(k + 2)
}

/// Verbs whose subject is the subject of the infinitive after them ([`catenative_to`]).
const CATENATIVES: &[&str] = &["tend", "tends", "tended", "continue", "continues", "continued", "begin", "begins", "began", "start", "starts", "started"];

/// Whether `seem` or `appear` stands at word `k` before `to` and a verb of speech,
/// evidence or belief, whose subject speaks or holds it (`The memo seems to show ...`,
/// `Reyes appeared to confirm ...`, `The board seems to think ...`); before a verb of
/// view its subject is only what seems (`The toll seems to favor the rich`).
pub(crate) fn seeming_speech(words: &[Word], k: usize) -> bool {
    matches!(words[k].lower(), "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared")
        && infinitive_after(words, k).is_some_and(|n| {
            contract::lexicon::is_speech_verb(words[n].text, contract::lexicon::VerbUse::Cue)
                || matches!(words[n].lower(), "show" | "suggest" | "indicate" | "confirm" | "reveal" | "prove" | "acknowledge" | "admit" | "concede" | "endorse" | "contradict" | "assert" | "accept" | "reject" | "think" | "believe" | "find" | "demonstrate" | "imply" | "agree" | "feel")
        })
}

/// Whether the phrase opening at word `first` is joined to the one before it by `and`,
/// `or`, `but` or `nor`.
pub(crate) fn conjunct(words: &[Word], first: usize) -> bool {
    first > 0 && words[first - 1].sentence == words[first].sentence && words[first - 1].joins_next && matches!(words[first - 1].lower(), "and" | "or" | "but" | "nor")
}

/// Whether a participle of speech or attitude follows the phrase ending at word `last`,
/// joined to it: the phrase is its subject wherever it stands, as a reduced relative
/// clause's (`a club backing Cole paid ...`, `cash from ferry owners opposing the
/// toll`, `with harbour pilots urging the council to act`), so a speaker. Not
/// one of what only seems (`the plan appearing to work`).
pub(crate) fn participle_after(words: &[Word], last: usize) -> bool {
    let Some(next) = words.get(last + 1) else { return false };
    let w = &words[last];
    w.joins_next
        && next.sentence == w.sentence
        && !next.in_quote
        && next.text.starts_with(char::is_lowercase)
        && next.text.ends_with("ing")
        && !matches!(next.text, "seeming" | "appearing")
        && contract::lexicon::is_cue_or_reporting_verb(next.text)
}

/// Whether a capitalised word is shaped like a verb's `-ing` form (`Diverting`, `Citing`),
/// which opens a sentence as a participle or a gerund; the caller decides by what follows
/// the run (a given name too may end so: `Sterling`, `Irving`).
fn ing_form(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing") && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// Whether `word` is a compound capitalised only by its first part: an adjective led by
/// a name (`Boston-based`, `Ontario-born`, `al-Qaeda-linked`, `Islamic-State-style`), a
/// prefixed noun (`Co-anchor`, `Ex-minister`, `Then-candidate`), a plural of agents
/// (`Fact-checkers`) or a number (`Twenty-four`). Hyphenated names keep their capitals
/// (`Okafor-Brandt`) or end in a syllable none of these end in (`Ban Ki-moon`,
/// `Kim Jong-un`).
fn compound_adjective(word: &str) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else { return false };
    if head.is_empty() || tail.is_empty() || !tail.chars().all(|c| c.is_lowercase()) {
        return false;
    }
    const TAILS: &[&str] = &["born", "bred", "made", "run", "style", "era", "area", "wide", "like", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    const PREFIXES: &[&str] = &["Co", "Ex", "Vice", "Pro", "Anti", "Non", "Pre", "Post", "Self", "Then", "Would", "Now"];
    tail.ends_with("ed") || tail.ends_with("ers") || TAILS.contains(&tail) || PREFIXES.contains(&head)
}

/// Whether `word` is shaped like a party and state tag (`R-Ky`, `D-Nev`, `I-Vt`), which
/// follows a legislator's name in American news in a parenthesis or between commas.
fn party_tag(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    let (Some(party), Some(state)) = (parts.next(), parts.next()) else { return false };
    // (a state abbreviated or in full, `R-Ky.`, `D-California`)
    matches!(party, "R" | "D" | "I") && state.starts_with(|c: char| c.is_ascii_uppercase()) && state.len() <= 14 && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Whether `word` is a speech verb that marks a speaker (`Okafor said`).
fn speaks_verb(word: &str) -> bool {
    contract::lexicon::is_speech_verb(word, VerbUse::Speaker)
}

fn mention(text: &str, start: usize, end: usize, form: MentionForm) -> Option<Mention> {
    let span = Span::within(text, start, end).ok()?;
    Some(Mention { span, text: text[start..end].to_string(), form })
}

/// The people found so far, indexed by the parts of their names so that lookups stay
/// cheap on documents that name thousands of people.
#[derive(Default)]
struct People {
    list: Vec<Person>,
    /// Lower-cased full form -> person.
    by_full: FxHashMap<String, usize>,
    /// First word of a full form -> people.
    by_first_word: FxHashMap<String, Vec<usize>>,
    /// Surname, alias, first name -> people.
    by_last: FxHashMap<String, Vec<usize>>,
    by_alias: FxHashMap<String, Vec<usize>>,
    by_first: FxHashMap<String, Vec<usize>>,
}

struct Person {
    name: String,
    kind: SpeakerKind,
    gender: Gender,
    /// Every word of the canonical name and of the full forms seen, with aliases.
    firsts: Vec<String>,
    lasts: Vec<String>,
    aliases: Vec<String>,
    fulls: Vec<String>,
}

fn push_unique(map: &mut FxHashMap<String, Vec<usize>>, key: &str, i: usize) {
    let v = map.entry(key.to_string()).or_default();
    if !v.contains(&i) {
        v.push(i);
    }
}

impl People {
    fn find_full(&self, name: &str) -> Option<usize> {
        let lower = name.to_lowercase();
        if let Some(&i) = self.by_full.get(&lower) {
            return Some(i);
        }
        // same first and last word, whatever lies between (`Paul R. Brandt`), or one
        // name inside the other with the same first word (`Kim Kardashian West`)
        let parts: Vec<&str> = name.split_whitespace().collect();
        let (first, last) = (parts.first()?, parts.last()?);
        // a two-word surname alone (`Vega Soto` after `Marta Vega Soto`)
        if parts.len() >= 2 {
            let tail = format!(" {lower}");
            let by_surname = self.by_last.get(*last).into_iter().flatten().copied();
            if let Some(i) = by_surname.into_iter().find(|&i| self.list[i].fulls.iter().any(|f| f.to_lowercase().ends_with(&tail))) {
                return Some(i);
            }
        }
        let candidates = self.by_first_word.get(*first)?;
        candidates.iter().copied().find(|&i| {
            self.list[i].fulls.iter().any(|f| {
                let fp: Vec<&str> = f.split_whitespace().collect();
                // (a suffix added to a name met before is the next generation:
                // `Lee Moss Jr` after `Lee Moss`; one dropped is the same person, `Tom
                // Reyes` after `Tom G. Reyes Jr`)
                fp.len() >= 2
                    && fp[0] == *first
                    && (!suffixed(&parts) || suffixed(&fp))
                    && (fp.last() == Some(last) || (parts.len() > fp.len() && fp.iter().all(|w| parts.contains(w))) || (fp.len() > parts.len() && parts.iter().all(|w| fp.contains(w))))
            })
        })
    }

    fn find_word(&self, word: &str) -> Option<usize> {
        [&self.by_last, &self.by_first, &self.by_alias].iter().find_map(|m| m.get(word).and_then(|v| v.first().copied()))
    }

    /// The person a lone word names, and how: surname first, then alias, then first
    /// name; the most recently mentioned when several people share it. A surname shared
    /// by relatives names the one the text already calls by it: news calls its subject
    /// `Kemp` and the subject's husband `Victor`, so `says Kemp` after the
    /// husband's full name is still the subject.
    fn match_word(&self, word: &str, last_seen: &FxHashMap<usize, usize>, by_surname: &FxHashMap<usize, usize>) -> Option<(usize, MentionForm)> {
        let pick = |map: &FxHashMap<String, Vec<usize>>| -> Option<usize> {
            map.get(word)?.iter().copied().max_by_key(|i| (last_seen.get(i).copied(), std::cmp::Reverse(*i)))
        };
        let surname = self.by_last.get(word).and_then(|v| {
            v.iter().copied().max_by_key(|i| (by_surname.get(i).copied().unwrap_or(0), last_seen.get(i).copied(), std::cmp::Reverse(*i)))
        });
        if let Some(p) = surname {
            return Some((p, MentionForm::Surname));
        }
        if let Some(p) = pick(&self.by_alias) {
            return Some((p, MentionForm::Nickname));
        }
        pick(&self.by_first).map(|p| (p, MentionForm::First))
    }

    fn index_full(&mut self, i: usize, full: &str) {
        self.by_full.insert(full.to_lowercase(), i);
        if let Some(first) = full.split_whitespace().next() {
            push_unique(&mut self.by_first_word, first, i);
        }
    }

    fn push(&mut self, person: Person) -> usize {
        let i = self.list.len();
        for f in &person.fulls {
            self.by_full.insert(f.to_lowercase(), i);
            if let Some(first) = f.split_whitespace().next() {
                push_unique(&mut self.by_first_word, first, i);
            }
        }
        for w in &person.lasts {
            push_unique(&mut self.by_last, w, i);
        }
        for w in &person.firsts {
            push_unique(&mut self.by_first, w, i);
        }
        for w in &person.aliases {
            push_unique(&mut self.by_alias, w, i);
        }
        self.list.push(person);
        i
    }

    /// A speaker the text describes (`a spokesman`): one entry per distinct wording.
    fn add_description(&mut self, name: &str) -> usize {
        let key = format!("description: {name}");
        if let Some(&i) = self.by_full.get(&key) {
            return i;
        }
        // a head that says whose sex (`Reyes's wife`, `the spokesman`) gives the gender a
        // pronoun after it must agree with; only when the head ends the name (`a lawyer
        // for the widow` says nothing of the lawyer's)
        let words: Vec<&str> = name.split(' ').collect();
        let head = if words.iter().any(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str())) { String::new() } else { words.last().unwrap_or(&"").to_lowercase() };
        let gender = Gender::of_noun(&head);
        // descriptions are indexed apart from names: `a spokesman` is nobody's full name
        let i = self.list.len();
        self.list.push(Person { name: name.to_string(), kind: SpeakerKind::Person, gender, firsts: Vec::new(), lasts: Vec::new(), aliases: Vec::new(), fulls: Vec::new() });
        self.by_full.insert(key, i);
        i
    }

    /// An organisation, group or document (`White House`, `officials`, `report`): one
    /// entry per kind and name, indexed apart from people's names.
    fn add_entity(&mut self, name: &str, kind: SpeakerKind) -> usize {
        let key = format!("{}: {}", kind.as_str(), name.to_lowercase());
        if let Some(&i) = self.by_full.get(&key) {
            return i;
        }
        let i = self.list.len();
        self.list.push(Person { name: name.to_string(), kind, gender: Gender::Unknown, firsts: Vec::new(), lasts: Vec::new(), aliases: Vec::new(), fulls: Vec::new() });
        self.by_full.insert(key, i);
        i
    }

    fn add_full(&mut self, name: &str, known: Option<usize>, gender: Gender, lex: &Lexicon) {
        let parts: Vec<&str> = name.split_whitespace().collect();
        let (canonical, gender, aliases) = match known {
            Some(k) => {
                let (n, g, a) = &lex.known[k];
                (n.clone(), *g, a.clone())
            }
            None => (name.to_string(), gender, Vec::new()),
        };
        let index = match self.find_full(name).or_else(|| self.find_full(&canonical)) {
            Some(i) => i,
            None => {
                let cparts: Vec<&str> = canonical.split_whitespace().collect();
                let gender = match gender {
                    Gender::Unknown => cparts.first().and_then(|f| given_name(f)).map_or(Gender::Unknown, Gender::of_name),
                    g => g,
                };
                // a person known only by a single word gets it as surname
                let (firsts, lasts) = if cparts.len() >= 2 {
                    (vec![cparts[0].to_string()], vec![surname(&cparts).to_string()])
                } else {
                    (Vec::new(), cparts.iter().map(|s| s.to_string()).collect())
                };
                // aliases of one word are nicknames; longer ones are other full forms
                let (one, many): (Vec<String>, Vec<String>) = aliases.into_iter().partition(|a| !a.contains(' '));
                let mut fulls = vec![canonical.clone()];
                fulls.extend(many);
                self.push(Person { name: canonical, kind: SpeakerKind::Person, gender, firsts, lasts, aliases: one, fulls })
            }
        };
        if parts.len() >= 2 && !self.list[index].fulls.iter().any(|f| f == name) {
            self.list[index].fulls.push(name.to_string());
            self.index_full(index, name);
            let l = surname(&parts);
            if !self.list[index].lasts.iter().any(|w| w == l) {
                self.list[index].lasts.push(l.to_string());
                push_unique(&mut self.by_last, l, index);
            }
        }
    }

    fn finish(self, mentions: Vec<(usize, Mention)>) -> Speakers {
        let mut by_person: Vec<Vec<Mention>> = vec![Vec::new(); self.list.len()];
        for (p, m) in mentions {
            if let Some(v) = by_person.get_mut(p) {
                v.push(m);
            }
        }
        let mut out: Vec<Speaker> = Vec::new();
        for (person, ms) in self.list.into_iter().zip(by_person) {
            if ms.is_empty() {
                continue;
            }
            let id = slug(&person.name, 8, 64);
            let id = if id.is_empty() { person.kind.as_str().to_string() } else { id };
            // two people with the same slug are one person to every consumer: merge
            if let Some(existing) = out.iter_mut().find(|s| s.id == id) {
                existing.mentions.extend(ms);
                existing.mentions.sort_by_key(|m| m.span);
                existing.mentions.dedup_by_key(|m| m.span);
                continue;
            }
            out.push(Speaker { id, name: person.name, kind: person.kind, mentions: ms });
        }
        out.sort_by_key(|s| s.mentions.first().map(|m| m.span));
        Speakers { speakers: out, unresolved: Vec::new() }
    }
}

/// Generational suffixes a name may end with (`Jr`, `III`): not its surname, and a sign
/// of another person than the name without them.
const NAME_SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// Whether a name of two words or more ends with a generational suffix.
fn suffixed(parts: &[&str]) -> bool {
    parts.len() >= 2 && parts.last().is_some_and(|w| NAME_SUFFIXES.contains(&w.trim_end_matches('.')))
}

/// A name's surname: its last word, or the one before its suffix (`Reyes` in `Tom G.
/// Reyes Jr`).
fn surname<'a>(parts: &[&'a str]) -> &'a str {
    let k = parts.len() - if suffixed(parts) { 2 } else { 1 };
    parts[k]
}

/// A run of capitalised words that may be a name: word indices, titles set aside.
#[derive(Debug)]
struct Run {
    first: usize,
    last: usize,
    titled: bool,
    speaks: bool,
    gender: Gender,
}

impl Run {
    fn len(&self) -> usize {
        self.last + 1 - self.first
    }
}

fn run_name(words: &[Word], run: &Run) -> String {
    let mut name = String::new();
    for w in &words[run.first..=run.last] {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(w.text);
        if w.initial() {
            name.push('.');
        }
    }
    name
}

fn run_is_not_a_person(text: &str, words: &[Word], run: &Run, lex: &Lexicon) -> bool {
    // in a run that speaks or carries a title, a given name that is also a thing's word
    // (`Bill`, `Will`, `Grant`) leads a name, and a given name and one more word are a
    // person's name whatever that word also means (`said Bill Kemp`, `said
    // Representative Tom Berlin`)
    let given_lead = run.len() >= 2 && (run.speaks || run.titled) && is_given_name(words[run.first].text);
    let inside = !(given_lead && run.len() == 2) && words[run.first + usize::from(given_lead)..=run.last].iter().any(|w| lex.not_people.contains(w.text));
    // `the Sunday Times`, `The Axe Files`: a name after an article is a thing
    let after_the = run.first > 0 && !run.titled && {
        let prev = &words[run.first - 1];
        prev.sentence == words[run.first].sentence
            && (prev.lower() == "the"
                // `an Inaugural Address`, `Reyes's Inaugural Address`: a thing, unless a
                // verb of speech marks it (`Millbrook's Sam Ortiz said`) or a given name
                // leads it (`a Tom Reyes film`)
                || ((matches!(prev.lower(), "a" | "an") || prev.possessive(text)) && !run.speaks && !is_given_name(words[run.first].text)))
    };
    // `Chief Market Strategist`: a run ending in a role noun, not led by a given name,
    // is a job title
    let role = run.len() >= 2 && !is_given_name(words[run.first].text) && lex.roles.contains(words[run.last].lower());
    // `the Institute for Coastal and Harbour Studies`: capitalised words joined by
    // `and`, `of` or `for` to an organisation's name go on with it
    // (not a given name's run: `the Department of Justice and Ann Cole`)
    let org_tail = !is_given_name(words[run.first].text) && {
        let mut k = run.first;
        let mut org = false;
        while k >= 2 && matches!(words[k - 1].lower(), "and" | "of" | "for") && words[k - 1].joins_next && words[k - 2].joins_next && words[k - 2].capitalised() && words[k - 2].sentence == words[k].sentence {
            k -= 2;
            while k > 0 && words[k - 1].joins_next && words[k - 1].capitalised() && words[k - 1].sentence == words[k].sentence {
                k -= 1;
            }
            org |= words[k..run.first].iter().any(|w| entities::entity_lexicon().is_head(w.text));
        }
        org
    };
    inside || after_the || role || org_tail || run.len() > 4
}

/// Splits the paragraphs' words into runs of capitalised words.
fn name_runs(text: &str, words: &[Word], lex: &Lexicon) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        // (`Will Friend, a bus mechanic, said`: a given name that is also a
        // sentence's capitalised word leads a name that speaks)
        let given_lead = || {
            is_given_name(w.text)
                && w.joins_next
                && words.get(i + 1).is_some_and(|n| n.capitalised() && n.sentence == w.sentence)
                && (speaks_around(words, i, i + 1) || speaks_past_apposition(text, words, i, i + 1, lex, false))
                // (a question's modal before a bare verb is no name: `Will Reyes say ...?`)
                && !words.get(i + 2).is_some_and(|v| matches!(v.lower(), "say" | "tell" | "speak" | "talk" | "ask" | "write" | "explain" | "respond" | "comment" | "agree" | "admit" | "call" | "argue"))
        };
        // (and such a word alone before a verb of speech may be a surname the text gave
        // before, `Friend said`, which the mentions below look up; it names no one new)
        let lone_speaking = || {
            w.text.chars().count() > 2
                && !matches!(w.lower(), "the" | "this" | "that" | "these" | "those" | "it" | "its" | "he" | "she" | "his" | "her" | "they" | "their" | "we" | "you" | "who" | "which" | "what" | "and" | "but" | "when" | "while" | "where" | "how" | "why")
                && !words.get(i + 1).is_some_and(|n| w.joins_next && n.capitalised())
                && speaks_around(words, i, i)
        };
        if !w.capitalised() || (lex.capitalised.contains(w.text) && !is_title(w) && !given_lead() && !lone_speaking()) || compound_adjective(w.text) {
            i += 1;
            continue;
        }
        // titles before the name
        let mut titled = false;
        let mut gender = Gender::Unknown;
        let mut j = i;
        while j < words.len() && is_title(&words[j]) && words[j].joins_next && j + 1 < words.len() && words[j + 1].capitalised() {
            titled = true;
            gender = match words[j].text {
                "Mr" | "Congressman" | "Councilman" | "Assemblyman" | "Spokesman" | "Chairman" | "King" | "Prince" | "Father" | "Sir" | "Lord" => Gender::Male,
                "Mrs" | "Ms" | "Miss" | "Congresswoman" | "Councilwoman" | "Assemblywoman" | "Spokeswoman" | "Chairwoman" | "Queen" | "Princess" | "Dame" | "Lady" => Gender::Female,
                _ => gender,
            };
            j += 1;
        }
        // (a kin word right before the name, in its sentence, says the gender a given name
        // the lexicon does not know cannot: `her husband Milton Lee`, and after a comma
        // when a comma closes the name too, `her husband, Milton Lee, a banker`; not `Like
        // his mother, Cormac Doyle became ...`, where the name opens the main clause)
        let kin_gap = |k: usize| match &text[words[k - 1].end..words[k].start] {
            " " => true,
            ", " => (k..words.len()).find(|&e| !words[e].capitalised() || !words[e].joins_next || words[e].sentence != words[k].sentence).is_some_and(|e| words[e].capitalised() && text[words[e].end..].starts_with(',')),
            _ => false,
        };
        if gender == Gender::Unknown && i > 0 && words[i - 1].sentence == words[i].sentence && given_name(words[i].text).is_none() && kin_gap(i) {
            gender = Gender::of_noun(words[i - 1].lower.as_ref());
        }
        if j >= words.len() || (titled && !words[j].capitalised()) {
            i = j.max(i + 1);
            continue;
        }
        let first = j;
        let mut last = j;
        // (after a given name in prose, a capitalised word goes on with the name even
        // when it often opens a sentence: `Will Friend`, `Bill Friend`)
        let surname_after_given = |k: usize| {
            k == first && is_given_name(words[k].text) && !words[k].title_case && !contract::lexicon::is_month(words[k + 1].text) && words[k + 1].text.chars().count() > 1 && !matches!(words[k + 1].lower(), "i" | "a" | "an" | "the" | "and" | "or" | "but")
        };
        // a word that goes on with the name: capitalised, joined to it, on its side of the
        // quote marks
        // (a middle initial that is also a word goes on with it before the surname, after
        // a given name or another initial: `Lee A. Moss`, `Samuel I. Reyes`, `J. A.
        // Moss`; not `Plan A. Moss said`, `World War I. Reyes said`, whose `A.` and `I.`
        // end a sentence the segmenter kept whole)
        let middle_initial = |k: usize| {
            let after_given = is_given_name(words[k - 1].text) || words[k - 1].initial();
            after_given && words[k].initial() && words[k].joins_next && words.get(k + 1).is_some_and(|n| n.capitalised() && n.text.chars().count() > 1 && n.sentence == words[k].sentence)
        };
        let goes_on = |k: usize| {
            k < words.len()
                && words[k - 1].joins_next
                && words[k].capitalised()
                && (!lex.capitalised.contains(words[k].text) || surname_after_given(k - 1) || middle_initial(k))
                && !compound_adjective(words[k].text)
                && words[k].in_quote == words[first].in_quote
        };
        // (where a particle joined the run: a run that names no speaker and is led by no
        // given name ends before it, `Cinco de Mayo`, `Casa de Campo`)
        let mut particle = None;
        loop {
            if goes_on(last + 1) {
                last += 1;
                continue;
            }
            // a name's lower-case particle, one or two, before its next capitalised word
            // (`Marta de Souza`, `Karl von der Brandt`)
            let mut k = last + 1;
            while k < words.len() && k <= last + 2 && words[k - 1].joins_next && words[k].sentence == words[first].sentence && NAME_PARTICLES.contains(&words[k].text) {
                k += 1;
            }
            if k > last + 1 && goes_on(k) && words[k].sentence == words[first].sentence {
                particle = particle.or(Some(last + 1));
                last = k;
                continue;
            }
            break;
        }
        let mut first = first;
        // a title inside the run (`Army Capt. Sam Ortiz`): the name follows it
        if let Some(k) = (first..last).rev().find(|&k| is_title(&words[k])) {
            first = k + 1;
            titled = true;
        }
        // a place or party before a given name and a surname (`Bristol Ann Carter`,
        // `Senate Democrat Paul Brandt`): the name starts at the given name
        // (and any words that are no given names themselves before a given name and a
        // surname, when the run is too long for one name and a role or title ends them:
        // `Eastvale County Recorder Ruth Kemp`)
        if let Some(k) = (first + 1..last).find(|&k| is_given_name(words[k].text)) {
            // (`Supervisor of Elections Grace Okafor`: a title of the `X of Y` form, whose
            // `of` cut the run, counts as long too)
            let of_title = first >= 2 && words[first - 1].text == "of" && words[first - 2].capitalised() && words[first - 2].joins_next && words[first - 1].joins_next;
            // (and only after a role or title, `Recorder`, `Advocate`: `President Andrés
            // Manuel López Obrador` is one name)
            let role = |w: &Word| lex.roles.contains(w.lower()) || is_title(w);
            let titled_run = role(&words[k - 1]) || (of_title && role(&words[first - 2]));
            let long = (last - first >= 3 || of_title) && titled_run && words[first..k].iter().all(|w| !is_given_name(w.text));
            if long || words[first..k].iter().all(|w| lex.not_people.contains(w.text) || is_title(w)) {
                first = k;
            }
        } else if let Some(r) = (first + 1..last.saturating_sub(1)).rev().find(|&r| lex.roles.contains(words[r].lower()) && !words[r].lower().ends_with('s')) {
            // with no given name the lists know, a role inside the run before its last two
            // or three words ends what describes the person, and those words name them
            // when they speak (`Port Avery City Public Advocate Lena Hart said`; a role
            // opening the run is most often a company's word: `Designer Shoe Warehouse`)
            let name = &words[r + 1..=last];
            let plain = name.iter().all(|w| !lex.roles.contains(w.lower()) && !lex.not_people.contains(w.text) && !lex.capitalised.contains(w.text));
            if (2..=3).contains(&name.len()) && plain && (speaks_around(words, r + 1, last) || speaks_past_apposition(text, words, r + 1, last, lex, false)) {
                first = r + 1;
                titled = true;
            }
        }
        // (a particle the name's start has passed, `Rio de Janeiro Gov. Brandt`, is none
        // of the name's)
        if let Some(p) = particle.filter(|&p| p > first) {
            // (a given name leads a person's name, `Bill de Vries`, but not after `of` or
            // `the`: `the Strait of Juan de Fuca`)
            let place = first > 0 && matches!(words[first - 1].lower(), "of" | "the");
            if (place || !is_given_name(words[first].text)) && !speaks_around(words, first, last) && !speaks_past_apposition(text, words, first, last, lex, false) {
                last = p - 1;
            }
        }
        // a sentence-initial word that is not a given name, before a known name, is
        // not part of it (`Aka West`, `Still Legend`), nor is a verb's `-ing` form
        // opening a sentence whose run goes on as a phrase, with a noun or a preposition
        // (`Diverting harbour funding, however, ...`, `Attacking Ann Cole over
        // ...`), not as a subject (`Sterling Hart said`, `Sterling Hart, a guard,
        // said`, `Irving Kemp was`)
        let gerund_phrase = |last: usize| {
            words.get(last + 1).is_some_and(|n| {
                let lower = n.lower();
                words[last].joins_next && n.sentence == words[last].sentence && !n.capitalised() && !speaks_verb(n.text)
                    && !between_subject_and_verb(lower)
                    && !matches!(lower, "is" | "was" | "are" | "were" | "who" | "and" | "or" | "has" | "had")
            })
        };
        if words[first].sentence_start && last > first && !is_given_name(words[first].text) && !lex.known_by_name.contains_key(&run_name(words, &Run { first, last, titled, speaks: false, gender }).to_lowercase()) && (lex.capitalised.contains(words[first].text) || (ing_form(words[first].text) && gerund_phrase(last))) {
            first += 1;
        }
        // in a title-case line every word is capitalised: a name there is two words
        // (three with a middle initial), unless the whole run is a known name
        if words[first].title_case && last > first + 1 {
            let whole = run_name(words, &Run { first, last, titled, speaks: false, gender }).to_lowercase();
            if !lex.known_by_name.contains_key(&whole) {
                let initial = words[first + 1].initial() || words[first + 1].initials();
                last = (first + if initial { 2 } else { 1 }).min(last);
            }
        }
        let speaks = speaks_around(words, first, last) || speaks_past_apposition(text, words, first, last, lex, false);
        // `Legend` at the start of a sentence is capitalised anyway: only a lone
        // sentence-initial word that speaks may be a name
        runs.push(Run { first, last, titled, speaks, gender });
        i = last + 1;
    }
    runs
}

/// Lower-case particles inside a person's name (`Charles de Gaulle`, `Vincent van Gogh`).
const NAME_PARTICLES: &[&str] = &["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "bin", "ibn", "dos", "das"];

/// Whether the name ending at word `last` is the subject of a speech verb past an
/// apposition that describes it (`Will Friend, a bus mechanic based in Eastvale,
/// Ore., said`): a comma, then a determiner, a number or a role opens the apposition, and
/// the verb is the first word after a later comma of the sentence. The name opens its
/// clause (`The storm hit Galveston, a city of 50,000, said the mayor` is no Galveston's).
fn speaks_past_apposition(text: &str, words: &[Word], first: usize, last: usize, lex: &Lexicon, relative: bool) -> bool {
    let opens = first == 0
        || words[first - 1].sentence != words[first].sentence
        || text.get(words[first - 1].end..words[first].start).is_some_and(|g| g.contains(','))
        || matches!(words[first - 1].lower(), "and" | "but");
    if !opens {
        return false;
    }
    let w = &words[last];
    let Some(next) = words.get(last + 1) else { return false };
    let comma = text.get(w.end..next.start).is_some_and(|g| g.trim() == ",");
    // (with `relative`, a relative `who` opens it too: `Paris, who used to teach in
    // Millbrook, said`)
    let opens = matches!(next.lower(), "a" | "an" | "the" | "one") || (relative && next.lower() == "who") || next.text.starts_with(|c: char| c.is_ascii_digit()) || lex.roles.contains(next.lower());
    if !comma || !opens || next.sentence != w.sentence || next.in_quote != w.in_quote {
        return false;
    }
    for k in last + 2..words.len().min(last + 30) {
        let x = &words[k];
        if x.sentence != w.sentence || x.in_quote != w.in_quote {
            return false;
        }
        if text.get(words[k - 1].end..x.start).is_some_and(|g| g.contains(',')) && speaks_verb(x.text) {
            return true;
        }
    }
    false
}

pub(crate) fn is_title(w: &Word) -> bool {
    TITLES.contains(&w.text)
}

/// Whether a speech verb follows the run (`Legend said`, `Legend, 42, said`) or comes
/// right before it (`said Legend`), in its sentence and on the same side of the quote
/// marks: the last word of a quote is not the subject of the verb that attributes it
/// (`“Mistake?” he asked`, `“Shame!” Reyes tweeted`).
fn speaks_around(words: &[Word], first: usize, last: usize) -> bool {
    let (sentence, quoted) = (words[first].sentence, words[first].in_quote);
    let near = |w: &Word| w.sentence == sentence && w.in_quote == quoted;
    let after = words.get(last + 1..(last + 3).min(words.len())).unwrap_or(&[]);
    let before = first.checked_sub(1).and_then(|b| words.get(b));
    // (a lower-case noun right after it makes the run its modifier: `Eastvale staff said`
    // is the staff's, not Eastvale's; `Others, however, say` and `Hacker who leaked`
    // are not)
    let noun_after = after.first().is_some_and(|w| {
        let lower = w.lower();
        words[last].joins_next
            && w.text.chars().next().is_some_and(char::is_lowercase)
            && !speaks_verb(w.text)
            && !is_between_subject_and_verb(lower)
            && !matches!(lower, "who" | "which" | "that" | "whose" | "and" | "or" | "but" | "too" | "however" | "himself" | "herself" | "itself" | "themselves")
    });
    // (another name right after it is the verb's subject: `In Millbrook, Okafor pointed
    // to ...`)
    let name_after = after.first().is_some_and(|w| {
        w.capitalised()
            && !lexicon().capitalised.contains(w.text)
            && !contract::lexicon::is_month(w.text)
            && !matches!(w.text, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
    });
    // (`Okafor went on to say`)
    let went_on = after.len() == 2 && near(&after[1]) && matches!(after[0].lower(), "went" | "goes") && after[1].lower() == "on" && words.get(last + 3).is_some_and(|w| w.lower() == "to" && near(w));
    went_on || !noun_after && !name_after && after.iter().take_while(|w| near(w)).any(|w| speaks_verb(w.text))
        || (before.is_some_and(|w| near(w) && speaks_verb(w.text) && !matches!(w.text, "told" | "tells" | "asked" | "asks" | "urged" | "warned" | "praised" | "blasted" | "slammed" | "mocked" | "texted"))
            && !entities::modifier(words, last, lexicon()))
}

/// Removes the mentions that stand right after an inverted speech verb but only modify
/// the noun phrase that follows (`said Reyes campaign manager Sam Ortiz`, `says
/// Bristol cartoonist Ann Carter`): the speaker is the name that ends the phrase.
fn drop_modifiers_after_inverted_verbs(words: &[Word], lex: &Lexicon, mentions: &mut Vec<(usize, Mention)>) {
    let index: FxHashMap<usize, usize> = words.iter().enumerate().map(|(i, w)| (w.start, i)).collect();
    let last_word: FxHashMap<usize, usize> = words.iter().enumerate().map(|(i, w)| (w.end, i)).collect();
    mentions.retain(|(_, m)| {
        let (Some(&first), Some(&last)) = (index.get(&m.span.start()), last_word.get(&m.span.end())) else { return true };
        let Some(prev) = first.checked_sub(1).map(|p| &words[p]) else { return true };
        let inverted = prev.sentence == words[first].sentence && !prev.in_quote && prev.joins_next && speaks_verb(prev.text);
        !(inverted && entities::modifier(words, last, lex))
    });
}

/// Lone capitalised words that speak somewhere in the document, outside quotes.
fn lone_speaking_words<'a>(words: &[Word<'a>], lex: &Lexicon) -> FxHashSet<&'a str> {
    let mut out = FxHashSet::default();
    for (i, w) in words.iter().enumerate() {
        if w.in_quote || !w.capitalised() || lex.capitalised.contains(w.text) || lex.not_people.contains(w.text) {
            continue;
        }
        if let Some(next) = words.get(i + 1) {
            if next.sentence == w.sentence && speaks_verb(next.text) {
                out.insert(w.text);
            }
        }
    }
    out
}

/// A description that speaks: word indices, and whether it refers back (`the ...`).
struct Description {
    first: usize,
    last: usize,
    definite: bool,
    /// A plural noun (`officials`): a group, not a person.
    plural: bool,
    /// It does not speak: a title that opens its clause (`the mayor took up ...`),
    /// kept only as a mention of the person named earlier with that title, so that a
    /// pronoun after it finds that person.
    by_title_only: bool,
    /// An unnamed source (`the person familiar with the talks`): it refers back only
    /// to one described with its head noun, never to someone named.
    unnamed_source: bool,
    /// A name's possessive opens it (`Reyes's lawyer`): the possessive's word. The name's
    /// mention there is no speaker's, and goes once the pronouns are resolved.
    owner: Option<usize>,
    /// It describes the name that ends at this word, before its comma, and speaks only
    /// through a participle after it (`Paul Brandt, a banker backing the toll`): a mention
    /// of that name's person, not a person of its own, whom a later `he` would take.
    apposed_to: Option<usize>,
    /// Whether a pronoun or a definite description after it may refer to it: not an
    /// indefinite one that only holds a view or acts (`A judge ruled ...`, `One
    /// economist doubts ...`), which the text does not go on to talk about as it
    /// does about one who speaks (`A spokesman said ... He added`).
    antecedent: bool,
}

/// `said his oldest friend at Eastvale, Sam Ortiz, who ...`: the person named in apposition
/// to a description ending at word `last`, past a short phrase of its own (`at Eastvale`,
/// `of the Carter Center`), whom the description then describes.
fn named_in_apposition(text: &str, words: &[Word], mentions: &[(usize, Mention)], people: &People, last: usize) -> Option<usize> {
    let gap = |j: usize| text.get(words[j - 1].end..words[j].start).unwrap_or("");
    let comma_at = (last + 1..(last + 6).min(words.len()))
        .take_while(|&j| words[j].sentence == words[last].sentence)
        .find(|&j| gap(j).contains(','))
        .filter(|&j| gap(j).trim() == ",")
        .filter(|&j| words[last + 1..j].iter().all(|x| PREPOSITIONS.contains(&x.lower()) || x.lower() == "the" || x.capitalised()))?;
    let n = &words[comma_at];
    let k = mentions.partition_point(|(_, m)| m.span.start() < n.start);
    mentions.get(k).filter(|(p, m)| m.span.start() == n.start && people.list[*p].kind == SpeakerKind::Person && m.form != MentionForm::Pronoun).map(|(p, _)| *p)
}

/// The name of a described person: the phrase as written, but for a determiner that the
/// sentence capitalised (`A reporter asked` names `a reporter`, as `asked a reporter`
/// does).
fn description_name(text: &str, words: &[Word], first: usize, last: usize) -> String {
    // (a role's possessive after `the` names the phrase without it, `state's governor`
    // of `The state's governor`, as the other rules name it)
    if first < last && matches!(words[first].lower(), "the" | "a" | "an") && words[first + 1].possessive(text) && !words[first + 1].capitalised() {
        return text.get(words[first + 1].start..words[last].end).unwrap_or("").to_string();
    }
    let name = text.get(words[first].start..words[last].end).unwrap_or("");
    let w = &words[first];
    match name.get(w.text.len()..) {
        Some(rest) if w.sentence_start && is_determiner(w.lower()) && w.text != w.lower() => format!("{}{rest}", w.lower()),
        _ => name.to_string(),
    }
}

fn is_determiner(word: &str) -> bool {
    word == "the" || INDEFINITE.contains(&word) || POSSESSIVES.contains(&word)
}

/// How many words from `k` are a short phrase of time between a subject and its verb
/// (`The White House on Tuesday said`, `Officials last week said`), joined, in one
/// sentence and outside quotes: 0 if none ([`contract::lexicon::time_phrase_len`]).
pub(crate) fn time_phrase_at(words: &[Word], k: usize) -> usize {
    let Some(first) = words.get(k) else { return 0 };
    let mut lowers = [""; 3];
    let mut n = 0;
    for (i, w) in words[k..].iter().take(3).enumerate() {
        if w.sentence != first.sentence || w.in_quote != first.in_quote || (i > 0 && !words[k + i - 1].joins_next) {
            break;
        }
        lowers[i] = w.lower();
        n = i + 1;
    }
    let before = k.checked_sub(1).map(|b| &words[b]).filter(|b| b.sentence == first.sentence && b.joins_next).map(|b| b.lower());
    contract::lexicon::time_phrase_len(before, &lowers[..n])
}

/// Whether a word may stand between a described subject and its verb (`officials have
/// said`, `aides would not say`, `Democrats have long argued`, `Republicans have since
/// denounced`): the contract's list, and `since`.
fn between_subject_and_verb(lower: &str) -> bool {
    is_between_subject_and_verb(lower) || lower == "since" || subject_adverb(lower)
}

/// Whether a lower-case word is one of [`SUBJECT_ADVERBS`] (all in `-ly`, asked first:
/// most words are not, and this is asked of nearly every word).
pub(crate) fn subject_adverb(lower: &str) -> bool {
    lower.ends_with("ly") && SUBJECT_ADVERBS.contains(&lower)
}

/// Adverbs of the text's certainty or of time that may stand between a subject and its
/// verb (`Pilots apparently believe`, `The board eventually endorsed`). The speakers
/// stage reads them only there: after `and` inside a reported clause they most often go
/// on with that clause's own subject (`said the company cut pay and allegedly threatened
/// workers`), so they are not [`contract::lexicon::BETWEEN_SUBJECT_AND_VERB`], which the
/// quotes stage also reads to end a content.
pub(crate) const SUBJECT_ADVERBS: &[&str] = &["apparently", "allegedly", "supposedly", "actually", "eventually", "ultimately", "finally", "swiftly", "readily"];

/// Whether a lower-case noun names people by what they do or are (`senator`, `aide`)
/// or as a group (`unions`, `voters`).
fn role_or_group(lex: &Lexicon, lower: &str) -> bool {
    lex.roles.contains(lower) || entities::entity_lexicon().groups.contains(lower)
}

/// Pasts that most often modify the noun after them rather than end a clause before it
/// (`registered voters`, `elected officials`, `retired teachers`).
const MODIFYING_PASTS: &[&str] = &[
    "elected", "registered", "retired", "concerned", "worried", "unnamed", "frustrated",
    "disgruntled", "affected", "interested", "undecided", "committed", "educated", "unemployed",
    "married", "armed", "unarmed", "wounded", "injured", "displaced", "skilled", "unaffiliated",
    "organized", "organised", "alleged", "unidentified", "qualified", "experienced",
    "respected", "embattled", "indicted", "accused", "convicted", "licensed", "trained",
    "appointed", "unvaccinated", "vaccinated",
];

/// Quantifiers that stand for people when they open a clause before a speech verb
/// (`percent` anywhere: `said 40 percent of voters support ...`).
const QUANTIFIERS: &[&str] = &["many", "some", "most", "others", "few", "several", "both", "percent"];

/// Verbs that lead their object to do what the infinitive after it says (`led some to
/// wonder`, `prompting critics to question`): lower case.
const CAUSATIVES: &[&str] = &["led", "leads", "leading", "prompted", "prompts", "prompting", "caused", "causes", "causing", "spurred", "spurring", "encouraged", "convinced", "inspired", "forced", "forcing"];

/// Whether a word is a number with its `%` (`47%`), a share as `47 percent` is.
fn percent_sign(lower: &str) -> bool {
    lower.strip_suffix('%').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Determiners that open a description of a new speaker.
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "another", "two", "three", "several", "some", "many", "other", "most",
    "few", "numerous", "multiple",
];

/// Possessive determiners, which also open a description of a new speaker (`his wife
/// said`: a relative or colleague is someone new) and stay in a group's name (`his
/// supporters`, `her supporters`: two groups).
const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "our"];

/// Noun phrases ending in a role noun next to a speech verb, outside quotes: before it
/// (`a spokesman said`, `officials said`) or right after it (`said one former executive`).
/// `word` in lower case, borrowed when it is already (no character of it changes).
fn lowercase(word: &str) -> Cow<'_, str> {
    let changes = |c: char| {
        let mut lower = c.to_lowercase();
        !(lower.next() == Some(c) && lower.next().is_none())
    };
    if word.chars().any(changes) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

fn descriptions(text: &str, words: &[Word], lex: &Lexicon, mentions: &[(usize, Mention)]) -> Vec<Description> {
    let mut out = Vec::new();
    let mut taken = 0;
    // whether a name's mention ends at word `b` (the mentions are sorted by where they
    // start): a phrase after `b`'s comma is that name's apposition
    let name_ends_at = |b: usize| {
        let k = mentions.partition_point(|(_, m)| m.span.start() <= words[b].start);
        k > 0 && mentions[k - 1].1.span.end() == words[b].end
    };
    for (i, w) in words.iter().enumerate() {
        let same = |j: usize| words.get(j).is_some_and(|x| x.sentence == w.sentence && !x.in_quote);
        // a quantifier that opens its clause stands for people (`Many thought ...`, `Some
        // say ...`, `Most of them agreed`, `24 percent said`)
        let opens_clause_at = |k: usize| k == 0 || !same(k - 1) || !words[k - 1].joins_next || matches!(words[k - 1].lower(), "but" | "and" | "yet" | "while" | "though" | "although" | "because");
        let clause_start = opens_clause_at(i);
        // (and `the two write`, `the three said`: people counted)
        let counted = matches!(w.lower(), "two" | "three") && i > 0 && words[i - 1].lower() == "the" && words[i - 1].joins_next && same(i + 1) && w.joins_next && contract::lexicon::is_cue_or_reporting_verb(words[i + 1].text);
        // (a share of people, `one in five say`, `about 3 in 10 want`: its second number,
        // right before the verb)
        // (or `nine out of 10 say`: the first number, where the share opens)
        // (the word before is asked first: most words follow no `in` or `of`)
        let share_from = |k: usize| {
            let joined = |j: usize| same(j) && words[j].joins_next;
            let n = match k.checked_sub(1).map(|j| words[j].lower()) {
                Some("in") => k.checked_sub(2)?,
                Some("of") if k >= 3 && words[k - 2].lower() == "out" => k - 3,
                _ => return None,
            };
            ((n..k).all(joined) && is_small_number(words.get(k)?.lower()) && is_small_number(words[n].lower())).then_some(n)
        };
        let share = share_from(i).is_some() && w.joins_next && words.get(i + 1).is_some_and(|n| same(i + 1) && (speaks_verb(n.text) || contract::lexicon::is_reporting_verb(n.text)));
        // (`percent`, or a number's `%`, anywhere: `said 40% of voters support ...`)
        let percent = w.lower() == "percent" || percent_sign(w.lower());
        // (`others` counted or quantified where that word opens the clause: `Three others
        // told the board`, `Many others argue`)
        let others = w.lower() == "others"
            && i > 0
            && same(i - 1)
            && words[i - 1].joins_next
            && (QUANTIFIERS.contains(&words[i - 1].lower()) || is_small_number(words[i - 1].lower()))
            && opens_clause_at(i - 1);
        let quantifier = percent || (QUANTIFIERS.contains(&w.lower()) && clause_start) || counted || share || others;
        // (`Another tweeted, “...”`, `“...,” tweeted another.`: one more of the people
        // just described, right before its verb or ending the clause after it)
        // (not an object: `he tweeted another:`, `Messi added another.`)
        let another = w.lower() == "another"
            && ((clause_start && words.get(i + 1).is_some_and(|n| w.joins_next && n.sentence == w.sentence && speaks_verb(n.text)))
                || (i >= 2 && words[i - 2].in_quote && words[i - 2].sentence == w.sentence && speaks_verb(words[i - 1].text) && text.get(w.end..).is_some_and(|r| r.starts_with(['.', ',']))));
        // (the object of a verb that leads it to speak or think, before `to` and that
        // verb: `prompted some to wonder whether`, `prompts many clerks to complain that`; a
        // quantifier there stands for people as where it opens a clause)
        let led_to = |last: usize| {
            same(last + 1) && same(last + 2) && words[last].joins_next && words[last + 1].joins_next && words[last + 1].lower() == "to" && contract::lexicon::is_cue_or_reporting_verb(words[last + 2].text) && !words[last + 2].text.ends_with("ing")
        };
        let led_quantifier = QUANTIFIERS.contains(&w.lower()) && i > 0 && same(i - 1) && words[i - 1].joins_next && CAUSATIVES.contains(&words[i - 1].lower()) && led_to(i);
        let role = role_or_group(lex, w.lower()) || w.lower().ends_with("-year-old") || quantifier || another || led_quantifier;
        if w.in_quote || !role || i < taken {
            continue;
        }
        // a collective (`the crowd`) is a group like a plural
        let mut plural = quantifier || led_quantifier || (w.text.ends_with('s') && !w.text.ends_with("ss")) || matches!(w.lower(), "people" | "men" | "women" | "police" | "spokespeople" | "staff" | "crowd" | "audience");
        // walk back over modifiers to the determiner, at most four words
        let mut first = i;
        let mut det = another.then_some("another");
        // (the possessive's word, when a name's possessive opens the phrase)
        let mut owner = None;
        // (where the walk ended: at the phrase's start, or after a verb's words, whose
        // object the phrase is: `he would evict tenants`, `to keep tenants out`)
        let mut bounded = i == 0;
        let mut object = false;
        // (where an amount that opens at number `n` starts, past an adverb or a comparison
        // before it: `about 3 in 10`, `more than 60 percent`)
        let amount_start = |n: usize| {
            if n >= 1 && same(n - 1) && words[n - 1].joins_next && matches!(words[n - 1].lower(), "about" | "nearly" | "roughly" | "almost" | "over") {
                n - 1
            } else if n >= 2 && same(n - 2) && words[n - 2].joins_next && words[n - 1].joins_next && words[n - 1].lower() == "than" && matches!(words[n - 2].lower(), "more" | "fewer" | "less") {
                n - 2
            } else {
                n
            }
        };
        // (`another` is its own determiner: no walk)
        let walk = if another { i..i } else { i.saturating_sub(5)..i };
        for k in walk.rev() {
            // a name's possessive opens the phrase as a determiner does (`said Reyes's
            // campaign manager`, `Tom Reyes's spokesman said`), with the name's words
            // before it; the phrase is the speaker, not the name
            // (not after a determiner, which is the phrase's: `Paul Brandt, the Harbour
            // Board's chief strategist,` describes Brandt)
            // (nor a name's apposition, `Paul Brandt, Reyes's lawyer, said`, which
            // describes the name before it; nor a preposition's object, `a statement from
            // Reyes's lawyer said`, whose phrase speaks)
            if same(k) && words[k].possessive(text) && words[k].capitalised() && !words[k].title_case {
                let mut name = k;
                // (over the name's words and its titles, `Former Mayor Tom Reyes's`)
                while name > 0 && same(name - 1) && words[name - 1].joins_next && words[name - 1].capitalised() && (!lex.capitalised.contains(words[name - 1].text) || is_title(&words[name - 1])) {
                    name -= 1;
                }
                let before = (name > 0 && same(name - 1)).then(|| &words[name - 1]);
                let determined = before.is_some_and(|b| b.joins_next && is_determiner(b.lower()));
                let governed = before.is_some_and(|b| b.joins_next && PREPOSITIONS.contains(&b.lower()));
                let apposed = before.is_some_and(|b| text.get(b.end..words[name].start).is_some_and(|g| g.contains(','))) && name_ends_at(name - 1);
                if !(determined || governed || apposed) {
                    det = Some("'s");
                    first = name;
                    owner = Some(k);
                }
                bounded = true;
                break;
            }
            // (a role's possessive after its determiner opens the phrase too: `The
            // mayor's aides were confident`, named whole, whose owner is no one the
            // text names)
            // (`that's`, `it's` are a subject and its verb)
            if same(k) && words[k].possessive(text) && !words[k].capitalised() && !matches!(words[k].lower(), "that" | "it" | "what" | "there" | "here" | "who" | "he" | "she" | "this" | "one") && k > 0 && same(k - 1) && words[k - 1].joins_next && is_determiner(words[k - 1].lower()) {
                det = Some("'s");
                first = k - 1;
                bounded = true;
                break;
            }
            if !same(k) || !words[k].joins_next {
                bounded = true;
                break;
            }
            if k == 0 {
                bounded = true;
            }
            let lower = words[k].lower();
            if is_determiner(lower) {
                det = Some(lower);
                first = k;
                break;
            }
            // `said one of those aides`: one of a group, described
            if lower == "of" && k > 0 && same(k - 1) && words[k - 1].joins_next && matches!(words[k - 1].lower(), "one" | "another") {
                det = Some(words[k - 1].lower());
                first = k - 1;
                plural = false;
                break;
            }
            // (an amount's adverb or comparison before a percentage's number opens its
            // phrase, as before a share's: `Nearly 60 percent`, `More than 60 percent`)
            if percent && first == k + 1 && words[first].text.starts_with(|c: char| c.is_ascii_digit()) {
                let start = amount_start(first);
                if start < first {
                    first = start;
                    bounded = true;
                    break;
                }
            }
            // (a share opens the phrase at its first number `n`: `Three in 10 riders`,
            // `about 3 in 10`, `more than 6 in 10`, `nine out of 10`)
            if let Some(n) = share_from(k + 1) {
                first = amount_start(n);
                bounded = true;
                break;
            }
            // (one person with two roles under one determiner, `The harbour master and
            // former pilot said`: a singular with no determiner of its own goes on past
            // its `and` to a role before it)
            if lower == "and" && !plural && det.is_none() && k > 0 && same(k - 1) && words[k - 1].joins_next && words[k - 1].text.starts_with(char::is_lowercase) && role_or_group(lex, words[k - 1].lower()) && !words[k - 1].lower().ends_with('s') {
                first = k;
                continue;
            }
            // a word capitalised for the sentence (`But observers say`) opens no phrase
            // nor does an adverb or a comparison (`never really as close as people thought`)
            let adverbial = lower.ends_with("ly") || matches!(lower, "as" | "than" | "not" | "never" | "so" | "too" | "very");
            // (a form of `be` bounds a complement, which a relative `who` after its comma
            // may take: `The main barrier has been older voters, who said ...`)
            if entities::BE.contains(&lower) {
                bounded = true;
                break;
            }
            if matches!(lower, "have" | "has" | "had" | "will" | "would" | "could" | "may" | "might" | "did" | "do" | "does" | "to" | "should" | "can" | "must" | "he" | "she" | "it" | "we" | "they" | "us" | "them" | "him" | "i" | "you") {
                object = true;
                break;
            }
            // (a past after a word that is no determiner is the clause's verb, not a
            // modifier: `The plan angered farmers, who say ...` describes the farmers, not
            // `plan angered farmers`; `the frustrated farmers`, `the state's registered
            // voters`, `a veteran Denver-based engineer` are modifiers)
            // (nor after a verb of speech, `said concerned parents`, nor one of the pasts
            // that most often modify a noun, `Local elected officials`)
            // (a past not in `-ed` too: `The survey found 40% of riders want ...` is no
            // phrase `survey found 40% of riders`, nor `Reyes met farmers who said ...`
            // one `Reyes met farmers`; and `found`, which the quotes stage does not list,
            // as it reads `and found` as the same clause's verb)
            // (the lists of pasts asked last: they are the costliest test)
            let verb = words[k].text.starts_with(char::is_lowercase)
                && k > 0
                && same(k - 1)
                && words[k - 1].joins_next
                && !is_determiner(words[k - 1].lower())
                && !words[k - 1].possessive(text)
                && !QUANTIFIERS.contains(&words[k - 1].lower())
                && !speaks_verb(words[k - 1].text)
                && (lower.ends_with("ed") && !lower.contains('-') && !MODIFYING_PASTS.contains(&lower) || contract::lexicon::is_unmarked_past(lower));
            // (a reporting verb's `-ing` is the clause's verb too, `Cole is hoping voters
            // see ...`, and a question's word opens a clause, `That is why critics say`)
            // (after `be` only: `the opposing lawyers` keeps its determiner)
            let progressive = lower.ends_with("ing") && k > 0 && same(k - 1) && entities::BE.contains(&words[k - 1].lower()) && contract::lexicon::is_cue_or_reporting_verb(words[k].text);
            // (a title-case line capitalises its verbs: `Harbour Survey Shows Riders Want
            // ...` is no phrase over `Shows`)
            let title_verb = words[k].title_case && contract::lexicon::is_cue_or_reporting_verb(lower);
            if verb || progressive || title_verb || speaks_verb(lower) || adverbial || PREPOSITIONS.contains(&lower) || matches!(lower, "and" | "or" | "but" | "yet" | "while" | "because" | "when" | "if" | "though" | "although" | "who" | "whom" | "whose" | "that" | "which" | "why" | "what" | "how" | "where" | "whether") || lex.capitalised.contains(words[k].text) {
                bounded = true;
                break;
            }
            first = k;
        }
        // `said one of two neighbours`, `one of the protesters shouted`: one of a group
        // the phrase names, described
        if first >= 2 && det.is_some_and(|d| d != "one" && d != "another") && same(first - 2) && words[first - 2].joins_next && words[first - 1].joins_next && words[first - 1].lower() == "of" && matches!(words[first - 2].lower(), "one" | "another") {
            det = Some(words[first - 2].lower());
            first -= 2;
            plural = false;
        }
        // (a bare plural needs its start: `Millbrook tenants say`, not `could house more
        // tenants`)
        if det.is_none() && (object || !bounded) {
            continue;
        }
        // a group also chants and shouts (`the attendees chanted`), and holds views
        // (`critics accused ...`, `Democrats opposed it`), as does a person the text
        // has named and now describes (`the senator recalled`, `the former harbour
        // master has supported`)
        // (a group seems and appears, `voters seem to care`; a person described is
        // the subject of what seems, `the senator appeared to gain`, no source)
        // (and so does a person an indefinite phrase describes, `A judge ruled`, `One
        // economist doubts`, with the verb right after its noun, past auxiliaries,
        // adverbs or a time: not past a phrase of its own, whose last noun may run into
        // a noun that reads as a verb, `a founder of the ferry support group`)
        // (past a time right after the noun, `A judge on Monday rejected`)
        let time = if w.joins_next { time_phrase_at(words, i + 1) } else { 0 };
        // (or past a phrase of its own when the verb cannot be a noun: a past in `-ed`
        // or a verb after an auxiliary, `A spokesman for the council declined to
        // comment`, `A lawyer for the pilots did not respond`)
        let unmistakable = |j: usize| {
            let lower = words[j].lower();
            (lower.ends_with("ed") && words[j].text.starts_with(char::is_lowercase)) || matches!(words[j - 1].lower(), "not" | "did" | "didn't" | "didn’t" | "has" | "have" | "had" | "would" | "will" | "could" | "wouldn't" | "wouldn’t")
        };
        let direct = |j: usize| {
            (j <= i + 4 + time || unmistakable(j)) && (i + 1 + time..j).all(|k| (unmistakable(j) || !PREPOSITIONS.contains(&words[k].lower())) && !matches!(words[k].lower(), "who" | "whom" | "whose" | "that" | "which"))
        };
        // (a possessive's too, `Her lawyer disputed`, of a lower-case head: `his
        // Republican support` is no Republican's act)
        // (and a name's, `Westport's chief engineer last week dismissed`)
        let owned = det.is_some_and(|d| POSSESSIVES.contains(&d) || d == "'s") && words[i].text.starts_with(char::is_lowercase);
        let views = |j: usize| plural || (det == Some("the") || (matches!(det, Some("a" | "an" | "one" | "another")) || owned) && direct(j)) && !entities::SEEMING.contains(&words[j].lower());
        let group_verb = contract::lexicon::is_cue_or_reporting_verb;
        // (a verb is no capitalised word, `tenants in the United States`, but in a
        // title-case line: `Oregon Republicans Support ...`)
        // (nor a word past the noun after a determiner, a number or `to`: `homeowners
        // opposed to his plan`, `in most states`, `journalists to describe`)
        let noun_or_infinitive = |j: usize| j > i + 1 && (is_determiner(words[j - 1].lower()) || words[j - 1].possessive(text) || matches!(words[j - 1].lower(), "to" | "its" | "your" | "this" | "that" | "these" | "those" | "all" | "each" | "every") || words[j - 1].text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'));
        // (or a phrase that holds a view, `are skeptical of`, `were worried that`,
        // [`entities::phrase_at`])
        let verb_at = |j: usize| same(j) && (!words[j].capitalised() || words[j].title_case) && !noun_or_infinitive(j) && (speaks_verb(words[j].text) || (counted && j == i + 1) || (views(j) && !words[j].text.ends_with("ing") && (group_verb(words[j].text) || entities::phrase_at(words, j))));
        // past auxiliaries and adverbs (`officials have said`, `Republicans have since
        // denounced`, `aides would not say`): at most three, joined to the noun
        // (past up to three auxiliaries and adverbs from word `v`, joined to it: `have
        // long argued`)
        let past_between = |mut v: usize| {
            let from = v;
            while v < from + 3 && same(v + 1) && words[v].joins_next && between_subject_and_verb(words[v].lower()) {
                v += 1;
            }
            v
        };
        let speaks_at = |j: usize| {
            // (past a time, `officials last week said`)
            let mut k = j + if words.get(j - 1).is_some_and(|w| w.joins_next) { time_phrase_at(words, j) } else { 0 };
            let from = k;
            while k < from + 3 && same(k) && words[k - 1].joins_next && between_subject_and_verb(words[k].lower()) {
                k += 1;
            }
            // (past `are more likely to` or `tend to`, whose verb is the subject's: `Riders
            // were far more likely to say ...`)
            // (its `to` is no infinitive's marker that [`verb_at`] turns away)
            if let Some(n) = catenative_to(words, k).filter(|&n| same(n)) {
                if speaks_verb(words[n].text) || views(n) && group_verb(words[n].text) && !words[n].text.ends_with("ing") {
                    return true;
                }
            }
            if same(k) && seeming_speech(words, k) {
                return true;
            }
            // (past a short aside set off by commas after an auxiliary or an adverb:
            // `officials have, so far, backed`, `critics have, for years, argued`)
            let comma = |x: usize| same(x + 1) && text.get(words[x].end..words[x + 1].start) == Some(", ");
            // (the aside's last word: at most three joined words from `from`, no verb of
            // speech among them, a comma after the last)
            let aside_end = |from: usize| (from..(from + 3).min(words.len())).take_while(|&x| same(x) && !speaks_verb(words[x].text)).find(|&x| !words[x].joins_next).filter(|&x| comma(x) && (from..x).all(|y| words[y].joins_next));
            // (or right after the noun, in lower case, before auxiliaries: `Pilots, for
            // their part, have opposed`)
            if k == j && j > 0 && comma(j - 1) {
                if let Some(close) = aside_end(j).filter(|&x| (j..=x).all(|y| words[y].text.starts_with(char::is_lowercase))) {
                    let v = past_between(close + 1);
                    if v > close + 1 && verb_at(v) {
                        return true;
                    }
                }
            }
            if k > j && comma(k - 1) {
                if let Some(close) = aside_end(k) {
                    // (past adverbs and auxiliaries after it: `have, in fact, long argued`)
                    return verb_at(past_between(close + 1));
                }
            }
            (k == j || words[k - 1].joins_next) && verb_at(k)
        };
        // the noun, or the noun and a short phrase of its own (`a spokesman for the
        // committee said`, `officials at the agency say`): where the description ends
        // (past a relative clause or an apposition set off by commas: `a council
        // source, who was not cleared to speak, told the Herald`, `His critics in the
        // county, many of them farmers, argue`)
        // (a phrase that opens its clause, not an object, `Rescuers evacuated residents
        // of the town, many of them elderly, said Mayor Tom Reyes`, and a verb whose
        // subject does not follow it)
        // (a quantifier that opens the sentence opens the phrase too: `Both parents went
        // further, saying ...`)
        let quantified = first >= 1 && QUANTIFIERS.contains(&words[first - 1].lower()) && (first == 1 || !same(first - 2));
        let opens_clause = first == 0 || !same(first - 1) || quantified || text.get(words[first - 1].end..words[first].start).is_some_and(|g| g.contains(',')) || matches!(words[first - 1].lower(), "and" | "but" | "while" | "because" | "though" | "although" | "that");
        let past_apposition = |last: usize| {
            // (an aside between dashes, which may hold a list's commas: `Riders on the
            // early boat -- nurses, cooks and a few teachers -- said`)
            if same(last + 1) && text.get(words[last].end..words[last + 1].start).is_some_and(entities::is_dash) {
                // (past the verb's auxiliaries and adverbs, `— have repeatedly warned`)
                let verb = entities::dash_aside_end(text, words, last).map(|c| past_between(c + 1));
                // (one that opens with a name is the name's apposition, and the name
                // speaks: `The union's treasurer -- Tom Reyes, who retired last spring -- said`)
                let named = mentions.get(mentions.partition_point(|(_, m)| m.span.start() < words[last + 1].start)).is_some_and(|(_, m)| m.span.start() == words[last + 1].start);
                return opens_clause && !named && verb.is_some_and(|v| same(v) && verb_at(v));
            }
            let who = matches!(words.get(last + 1).map(|w| w.lower()), Some("who" | "whose"));
            let share = matches!(words.get(last + 1).map(|w| w.lower()), Some("many" | "most" | "some" | "all" | "both")) && opens_clause;
            let opens = same(last + 1) && text.get(words[last].end..words[last + 1].start).is_some_and(|g| g.trim() == ",") && (who || share);
            // (`told the Herald` names its listener after it, no subject)
            // (nor is a clause's subject inverted, the verb a few words on: `One clerk,
            // who left early, said the toll would rise`)
            let clause_after = |j: usize| (j + 2..(j + 5).min(words.len())).take_while(|&k| same(k) && words[k - 1].joins_next).any(|k| contract::lexicon::AUXILIARIES.contains(&words[k].lower()));
            let inverted = |j: usize| !matches!(words[j].lower(), "told" | "tells" | "asked" | "asks" | "urged" | "warned") && words.get(j + 1).is_some_and(|n| n.sentence == words[j].sentence && words[j].joins_next && (n.capitalised() || is_determiner(n.lower()))) && !clause_after(j);
            opens && (last + 2..(last + 25).min(words.len())).take_while(|&j| same(j)).find(|&j| text.get(words[j - 1].end..words[j].start).is_some_and(|g| g.contains(','))).is_some_and(|j| speaks_at(j) && !inverted(j))
        };
        let mut last = i;
        // (and a phrase that opens with an adjective or a participle of its own:
        // `Another source familiar with Cole’s plans said`, `a council source
        // speaking to the Herald said`)
        let source_words = |k: usize| words.get(k).is_some_and(|x| matches!(x.lower(), "familiar" | "close" | "speaking" | "knowledgeable" | "involved" | "briefed"));
        // (joined to its noun: `said the senator, speaking in Eastvale` is the senator
        // named before)
        let unnamed_source = (w.joins_next && source_words(i + 1)) || lex.unnamed_roles.contains(w.lower());
        // (or a participle that opens a phrase of its own, for a plural: `Clerks trying to
        // keep the pier open say`)
        let participle = |k: usize| plural && k == i + 1 && words[k].text.starts_with(char::is_lowercase) && ing_form(words[k].lower()) && !speaks_verb(words[k].text) && !contract::lexicon::is_cue_or_reporting_verb(words[k].text);
        let post = |k: usize| matches!(words[k].lower(), "for" | "of" | "at" | "with" | "from" | "in" | "on" | "to" | "like" | "across" | "around" | "throughout") || source_words(k) || participle(k);
        // (`to` before a verb is no preposition: `votes to match Cole's lead`)
        let infinitive = words[i + 1..].first().is_some_and(|t| t.lower() == "to") && words.get(i + 2).is_some_and(|n| !is_determiner(n.lower()) && !n.capitalised());
        if !speaks_at(i + 1) && same(i + 1) && w.joins_next && post(i + 1) && !infinitive {
            // (over a name's possessive, `familiar with Cole’s plans`; never over a
            // form of `be`, which ends the phrase: `many of his supporters are expected`)
            // (nor over an infinitive, a `to` and a lower-case word that a determiner or a
            // particle follows: `convened staff for a meeting to map out plans`, not `a
            // source close to him`, `ties to both towns`)
            // (an infinitive right after the participle is its own: `trying to keep`)
            let infinitive_at = |j: usize| {
                words[j - 1].lower() == "to"
                    && !(j - 1 == i + 2 && participle(i + 1))
                    && words[j].text.starts_with(char::is_lowercase)
                    && !is_determiner(words[j].lower())
                    && !matches!(words[j].lower(), "him" | "her" | "them" | "me" | "us" | "it" | "you" | "his" | "their" | "its" | "our" | "my" | "your" | "both" | "all" | "each" | "every" | "some" | "many" | "most" | "several")
                    && words.get(j + 1).is_some_and(|n| same(j + 1) && (is_determiner(n.lower()) || matches!(n.lower(), "out" | "up" | "down" | "off" | "his" | "her" | "their" | "its")))
            };
            let phrase = || {
                (i + 2..(i + 10).min(words.len()))
                    .take_while(|&j| same(j) && (words[j - 1].joins_next || (words[j - 1].possessive(text) && words[j - 1].capitalised())))
                    .take_while(|&j| !entities::BE.contains(&words[j - 1].lower()))
                    .take_while(|&j| !infinitive_at(j))
            };
            // (a verb's form right after `of` is its noun: `The heads of state said`)
            // (nor after an infinitive's `to`: `Clerks trying to say ...` is no subject)
            last = phrase().find(|&j| speaks_at(j) && words[j - 1].lower() != "of" && words[j - 1].lower() != "to").map(|j| j - 1).or_else(|| phrase().last().filter(|&e| past_apposition(e))).unwrap_or(i);
        }
        // a possessive is no subject (`read the president's plan`), but a group's holds
        // the noun of speech after it, before one of that noun's prepositions: `the
        // pilots' warnings that ...`, `ignored the clerks' pleas for ...`
        let holds_noun = plural && words[last].possessive(text) && same(last + 1) && same(last + 2) && {
            let of = words[last + 2].lower();
            contract::lexicon::phrases_of(words[last + 1].text).iter().any(|p| matches!(p, contract::lexicon::Phrase::Held(preps) if preps.split(',').any(|q| q == of)))
        };
        if words[last].possessive(text) && !holds_noun {
            continue;
        }
        // (or the relative clause after its comma speaks for it: `thanked her supporters,
        // who say ...`)
        let relative_speaks = same(last + 1) && words[last + 1].lower() == "who" && text.get(words[last].end..words[last + 1].start).is_some_and(|g| g.trim() == ",") && speaks_at(last + 2);
        // (or a participle of speech after its clause's comma speaks for it: `The mayor
        // went further, saying ...`, `Critics rallied outside, arguing that ...`)
        // (the description's own last noun: not `police` in `The police chief appeared
        // ..., saying`, nor `Many` in `Many voters stayed home, saying`)
        let head_ends = |last: usize| words.get(last + 1).is_none_or(|n| !same(last + 1) || !words[last].joins_next || !role_or_group(lex, n.lower()));
        let participle_speaks = opens_clause
            && head_ends(last)
            && (last + 1..(last + 12).min(words.len()))
                .take_while(|&j| same(j) && !matches!(words[j].lower(), "and" | "but" | "or" | "who" | "which" | "that" | "while" | "when" | "because"))
                .find(|&j| text.get(words[j - 1].end..words[j].start).is_some_and(|g| g.contains(',')))
                .is_some_and(|j| words[j].lower().ends_with("ing") && contract::lexicon::is_cue_or_reporting_verb(words[j].text));
        let caused = plural && first > 0 && same(first - 1) && words[first - 1].joins_next && CAUSATIVES.contains(&words[first - 1].lower()) && led_to(last);
        let verb_after = speaks_at(last + 1) || past_apposition(last) || relative_speaks || participle_speaks || holds_noun || caused;
        // (a participle right after it makes it its subject, [`participle_after`]; a
        // singular so found after a name's comma is that name's apposition)
        // (not a phrase a preposition the walk above does not stop at opens, `without
        // pilots asking`, nor a conjunct, `his record and polls showing`: an object's,
        // or a second subject inside a reported clause, which the quotes stage would read
        // as a clause of its own)
        let participle = participle_after(words, last) && !LEADS_NO_SUBJECT.contains(&words[first].lower()) && !conjunct(words, first);
        let apposed_to = (participle && !verb_after && !plural && first > 0 && same(first - 1) && text.get(words[first - 1].end..words[first].start).is_some_and(|g| g.trim() == ",") && name_ends_at(first - 1)).then(|| first - 1);
        let verb_after = verb_after || participle;
        // (a possessive's phrase after a verb is its object, `Reyes blasted his rival`,
        // unless the verb takes no person for object: `said his oldest friend`)
        let possessed = det.is_some_and(|d| POSSESSIVES.contains(&d) || d == "'s")
            && !(first > 0 && matches!(words[first - 1].lower(), "said" | "says" | "added" | "adds" | "wrote" | "writes" | "recalled" | "recalls" | "explained" | "noted" | "continued"));
        // (a bare plural with a verb of its own after `said` opens the reported clause:
        // `Reyes said tourists are pouring in`)
        let clause_of_its_own = det.is_none() && words.get(last + 1).is_some_and(|n| same(last + 1) && words[last].joins_next && matches!(n.lower(), "are" | "were" | "is" | "was" | "have" | "has" | "had" | "will" | "would" | "could" | "can" | "should" | "must" | "do" | "did" | "may" | "might"));
        let verb_before = !possessed && !clause_of_its_own && first > 0 && same(first - 1) && speaks_verb(words[first - 1].text) && !matches!(words[first - 1].text, "told" | "tells" | "asked" | "urged" | "warned");
        let speech_after = (last + 1..(last + 5).min(words.len())).take_while(|&j| same(j)).any(|j| speaks_verb(words[j].text));
        let antecedent = plural || !matches!(det, Some("a" | "an" | "one" | "another")) || verb_before || speech_after || apposed_to.is_some();
        if !(verb_after || verb_before) {
            // `On March 4, the mayor took up the plan again. “...,” he said.`: a title
            // that opens its clause before a verb is the subject the next pronoun takes
            // (a main clause: after a subordinator, `Shortly before the mayor made the
            // call, Reyes said he ...`, the main clause's subject is the one taken)
            // (after a comma, not a name's apposition: `Ann Cole, the Oregon senator whom`)
            let comma = first > 0 && text.get(words[first - 1].end..words[first].start).is_some_and(|gap| gap.trim_start().starts_with(','));
            let apposition = comma && name_ends_at(first - 1);
            let opens = first == 0 || !same(first - 1) || (comma && !apposition) || matches!(words[first - 1].lower(), "and" | "but");
            // its verb next, not a phrase of its own (`the judge hearing the appeal`, `the
            // senator whom`, `the mayor of`), nor one that makes it a source of what only
            // seems (`the senator appeared to enjoy`)
            let before_verb = same(last + 1) && words[last].joins_next && {
                let next = &words[last + 1];
                next.text.starts_with(char::is_lowercase)
                    && !next.text.ends_with("ing")
                    && !PREPOSITIONS.contains(&next.lower())
                    && !matches!(next.lower(), "and" | "or" | "who" | "whom" | "whose" | "that" | "which")
                    && !entities::SEEMING.contains(&next.lower())
            };
            let titled = text.get(w.start..words[last].end).and_then(Title::of_phrase).is_some();
            if det == Some("the") && !plural && opens && before_verb && titled {
                out.push(Description { first, last, definite: true, plural, by_title_only: true, unnamed_source: false, owner: None, apposed_to: None, antecedent: true });
                taken = last + 1;
            }
            continue;
        }
        // a bare plural (`officials said`) needs no determiner; a singular does, but in a
        // headline's attribution, which drops it: `..., engineer says.`, `Rain or shine,
        // skipper says, ...` (a role in lower case that opens its clause, right before
        // `says` or `said` and the sentence's end or a comma)
        let headline = || {
            let opens = first == 0 || !same(first - 1) || text.get(words[first - 1].end..words[first].start).is_some_and(|g| g.contains(','));
            let verb = same(last + 1) && words[last].joins_next && matches!(words[last + 1].text, "says" | "said");
            let closes = !same(last + 2) || text.get(words[last + 1].end..words[last + 2].start).is_some_and(|g| g.contains(','));
            opens && verb && closes && (first..=last).all(|k| words[k].text.starts_with(char::is_lowercase)) && lex.roles.contains(w.lower())
        };
        match det {
            Some(d) => out.push(Description { first, last, definite: d == "the" && !plural, plural, by_title_only: false, unnamed_source, owner: owner.filter(|_| d == "'s"), apposed_to, antecedent }),
            None if plural => out.push(Description { first, last, definite: false, plural, by_title_only: false, unnamed_source, owner: None, apposed_to, antecedent }),
            None if headline() => out.push(Description { first, last, definite: false, plural, by_title_only: false, unnamed_source, owner: None, apposed_to: None, antecedent: false }),
            None => continue,
        }
        taken = last + 1;
    }
    out
}

/// What [`resolve_pronouns`] found: the mentions it resolved, and the definite
/// descriptions that found no one (first word, last word).
type Resolved = (Vec<(usize, Mention)>, Vec<(usize, usize)>);

/// A definite description to resolve, by its first word: where it ends and how it may
/// refer back (see [`Description`]).
#[derive(Clone, Copy)]
struct Definite {
    last: usize,
    by_title_only: bool,
    unnamed_source: bool,
}

/// Prepositions before a mention that make it an unlikely subject (`with Kanye`).
const PREPOSITIONS: &[&str] = &[
    "of", "with", "for", "to", "from", "by", "about", "against", "at", "on", "in", "into",
    "between", "among", "like", "than", "and", "toward", "towards", "over", "behind", "after",
];

/// Resolves third-person pronouns outside quotes to the person they most likely name.
/// Also returns the definite descriptions that speak and found no one, as (first word,
/// last word).
fn resolve_pronouns(text: &str, words: &[Word], mentions: &[(usize, Mention)], people: &People, definite: &[(usize, Definite)]) -> Resolved {
    let definite: FxHashMap<usize, Definite> = definite.iter().copied().collect();
    // antecedents outside quotes, by sentence, in order: (start, person, subject-like)
    let mut by_sentence: BTreeMap<usize, Vec<(usize, usize, bool)>> = BTreeMap::new();
    let index: FxHashMap<usize, usize> = words.iter().enumerate().map(|(i, w)| (w.start, i)).collect();
    let subject_like = |i: usize| {
        let w = &words[i];
        // the word before the noun phrase, past its titles (`with Vice President Paul Brandt`)
        let mut b = i;
        while b > 0 && words[b - 1].sentence == w.sentence && is_title(&words[b - 1]) {
            b -= 1;
        }
        let after_preposition = b > 0 && words[b - 1].sentence == w.sentence && PREPOSITIONS.contains(&words[b - 1].lower());
        !w.possessive(text) && !after_preposition
    };
    for (p, m) in mentions {
        // `he` and `she` name people, never organisations, groups or documents
        if people.list[*p].kind != SpeakerKind::Person {
            continue;
        }
        if let Some(&i) = index.get(&m.span.start()) {
            if !words[i].in_quote {
                by_sentence.entry(words[i].sentence).or_default().push((m.span.start(), *p, subject_like(i)));
            }
        }
    }
    // the people named with a title, and the described people, by head noun: each
    // definite description looks back only among those (a long document has thousands
    // of mentions)
    let mut titled_by_head: FxHashMap<String, Vec<(usize, usize, Title)>> = FxHashMap::default();
    let mut described_by_head: FxHashMap<String, Vec<(usize, usize)>> = FxHashMap::default();
    if !definite.is_empty() {
        for (p, m) in mentions {
            if people.list[*p].kind != SpeakerKind::Person {
                continue;
            }
            if matches!(m.form, MentionForm::Full | MentionForm::Surname | MentionForm::Nickname) {
                if let Some(title) = index.get(&m.span.start()).and_then(|&k| Title::before(words, k)) {
                    titled_by_head.entry(title.head().to_string()).or_default().push((m.span.start(), *p, title));
                }
            } else if m.form == MentionForm::Description {
                if let Some(head) = role_head(&people.list[*p].name) {
                    described_by_head.entry(head).or_default().push((m.span.start(), *p));
                }
            }
        }
    }
    let mut out: Vec<(usize, Mention)> = Vec::new();
    let mut unresolved = Vec::new();
    // (who has a mention ending where, for the descriptions' objects below)
    let mut ends: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (p, m) in mentions {
        ends.entry(m.span.end()).or_default().push(*p);
    }
    for (i, w) in words.iter().enumerate() {
        if w.in_quote {
            continue;
        }
        let lower = w.lower();
        let (description_end, by_title_only, unnamed_source) = match definite.get(&i) {
            Some(d) => (Some(d.last), d.by_title_only, d.unnamed_source),
            None => (None, false, false),
        };
        let gender = match (PRONOUNS.iter().find(|(p, _)| *p == lower), description_end) {
            (Some(&(_, g)), _) => g,
            (None, Some(_)) => Gender::Unknown,
            (None, None) => continue,
        };
        let fits = |p: usize| {
            // a description (`the senator`) says nothing of gender: it fits anyone named,
            // but not another described speaker (`a spokesman said ... the chairman
            // said`); one with its own head noun is found below
            let g = people.list[p].gender;
            let described = people.list[p].fulls.is_empty() && people.list[p].lasts.is_empty();
            (g == gender || g == Gender::Unknown || gender == Gender::Unknown) && !(description_end.is_some() && described)
        };
        // a reflexive names the nearest person before it; other pronouns the first
        // subject-like one of the sentence, else its first one
        let reflexive = lower.ends_with("self");
        let pick = |cands: &[(usize, usize, bool)], before: usize| -> Option<usize> {
            let fitting: Vec<&(usize, usize, bool)> = cands.iter().filter(|c| c.0 < before && fits(c.1)).collect();
            if reflexive {
                return fitting.last().map(|c| c.1);
            }
            fitting.iter().find(|c| c.2).or(fitting.first()).map(|c| c.1)
        };
        // `a city official said ... the official said`: a definite description refers
        // to the described speaker with its head noun, when one came before
        let described = description_end.and_then(|e| {
            let head = role_head(text.get(w.start..words[e].end)?)?;
            let list = described_by_head.get(&head)?;
            let before = list.partition_point(|&(start, _)| start < w.start);
            before.checked_sub(1).map(|k| list[k].1)
        });
        // `President Ann Cole ... the president said`: a definite description whose
        // head is a title someone was named with refers to the last person so named
        // (`the person familiar with the talks` is no one named)
        let titled = description_end.filter(|_| described.is_none() && !unnamed_source).and_then(|e| {
            let phrase = text.get(w.start..words[e].end)?;
            let said = Title::of_phrase(phrase)?;
            let list = titled_by_head.get(said.head())?;
            let before = list.partition_point(|&(start, _, _)| start < w.start);
            // `the Oregon senator`, `the former Mexican president`: the person whose title
            // had the description's capitalised words before it (`Oregon Sen. Ann Cole`),
            // when someone's had; else the last one with that title
            let marks: Vec<&str> = phrase.split_whitespace().skip(1).filter(|x| x.starts_with(char::is_uppercase)).collect();
            // (the words before the name in its own sentence: `Oregon Sen. Ann Cole`)
            let near = |start: usize| {
                let mut from = start.saturating_sub(48);
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                let lead = text.get(from..start).unwrap_or("");
                let lead = lead.rfind(['\n', '“', '"']).map_or(lead, |k| &lead[k + lead[k..].chars().next().map_or(1, char::len_utf8)..]);
                // (past a sentence's end: a period after a word that is no abbreviation,
                // `on Tuesday. Sen. Paul Brandt`; `Oregon Sen. Ann Cole` keeps `Oregon`)
                let end = lead.match_indices(". ").filter(|&(k, _)| lead[..k].rsplit(' ').next().is_some_and(|w| w.len() > 4 || w.starts_with(char::is_lowercase))).last();
                let lead = end.map_or(lead, |(k, _)| &lead[k + 1..]);
                marks.iter().all(|m| lead.split_whitespace().any(|x| x.trim_end_matches(['.', ',']) == *m))
            };
            // (the last few so titled: a long document names thousands, and a description
            // refers to someone named recently)
            let office = || list[..before].iter().rev().take(16).filter(|(_, _, title)| title.same_office(&said));
            if by_title_only {
                // one that does not speak names someone only when its words leave no
                // doubt: one person so titled before it (`the president` after `President
                // Tom Reyes` in a story about another president is not resolved)
                let mut people = office().filter(|(start, _, _)| marks.is_empty() || near(*start)).map(|&(_, p, _)| p);
                let first = people.next()?;
                return people.all(|p| p == first).then_some(first);
            }
            office().find(|(start, _, _)| !marks.is_empty() && near(*start)).or_else(|| office().next()).map(|&(_, p, _)| p)
        });
        // `Okafor said he welcomed ...`: a pronoun right after a verb of speech names that
        // verb's subject, the person right before it, whoever else the sentence names
        // (not after `told` or `asked`, whose object stands between)
        let reporter = (description_end.is_none() && matches!(lower, "he" | "she" | "they") && i >= 2 && speaks_verb(words[i - 1].text) && !matches!(words[i - 1].lower(), "told" | "tells" | "asked" | "asks") && words[i - 2].sentence == w.sentence && words[i - 2].joins_next && words[i - 1].joins_next)
            .then(|| {
                let at = words[i - 2].end;
                let k = mentions.partition_point(|(_, m)| m.span.end() < at);
                mentions.get(k).filter(|(p, m)| m.span.end() == at && people.list[*p].kind == SpeakerKind::Person && fits(*p)).map(|(p, _)| *p)
            })
            .flatten();
        let mut found = reporter.or(described).or(titled);
        if !by_title_only && !unnamed_source {
            found = found.or_else(|| by_sentence.get(&w.sentence).and_then(|c| pick(c, w.start)));
        }
        if found.is_none() && !reflexive && !by_title_only && !unnamed_source {
            // look back a handful of sentences: further than that, a pronoun is a guess.
            // A subject continues a subject: a sentence whose only candidates are
            // objects (`along with Vice President Paul Brandt`) is passed over for an
            // earlier one with a subject, when there is one.
            let window = || by_sentence.range(w.sentence.saturating_sub(8)..w.sentence).rev();
            let subject = window().find_map(|(_, cands)| cands.iter().find(|c| c.2 && fits(c.1)).map(|c| c.1));
            found = subject.or_else(|| window().find_map(|(_, cands)| pick(cands, usize::MAX)));
        }
        // (a description is not someone its own clause names after its verb: in `The
        // retired engineer gave Lopez some credit`, Lopez is the object, not the engineer;
        // a name set off after it may be its own, `the former mayor, Tom Reyes,`)
        let verb_next = |e: usize| words[e].joins_next && words.get(e + 1).is_some_and(|n| n.sentence == w.sentence && n.text.starts_with(char::is_lowercase));
        if let (Some(p), Some(e)) = (found, description_end.filter(|&e| verb_next(e))) {
            // (the clause: up to the first punctuation after the description)
            let mut close = words[e + 1].end;
            for x in &words[e + 1..] {
                if x.sentence != w.sentence {
                    break;
                }
                close = x.end;
                if !x.joins_next {
                    break;
                }
            }
            let from = mentions.partition_point(|(_, m)| m.span.start() < words[e].end);
            if mentions[from..].iter().take_while(|(_, m)| m.span.start() < close).any(|(q, _)| *q == p) {
                found = None;
            }
        }
        // (nor someone who did something to it: a description that is the object of a
        // named person's verb is someone else, there, `Ann Cole thanked the clerk, who
        // said ...`, and where the same words come again, `Ann Cole hired the former
        // pilot on Monday. The former pilot said ...`)
        if let (Some(p), Some(e)) = (found, description_end.filter(|_| described.is_none() && titled.is_none())) {
            // (whether the phrase opening at word `j` is the object of `p`'s verb: `p`'s
            // mention ends before it in its clause, with no comma, no clause word and a
            // verb's lower-case word between)
            let object_of = |j: usize| {
                let sentence = words[j].sentence;
                let mut k = j;
                while k > 0 && words[k - 1].sentence == sentence && (words[k - 1].joins_next || words[k - 1].possessive(text)) {
                    k -= 1;
                    let x = &words[k];
                    if matches!(x.lower(), "and" | "but" | "or" | "after" | "before" | "when" | "while" | "because" | "as" | "since" | "that" | "if" | "until" | "who" | "which" | "whom") {
                        return false;
                    }
                    if k > 0 && ends.get(&words[k - 1].end).is_some_and(|ps| ps.contains(&p)) {
                        // (the name joined to the words after it: no comma between)
                        return (k..j).any(|v| words[v].text.starts_with(char::is_lowercase) && !matches!(words[v].lower(), "the" | "a" | "an")) && (words[k - 1].joins_next || words[k - 1].possessive(text));
                    }
                }
                false
            };
            let len = e - i;
            let same_words = |j: usize| (0..=len).all(|d| words.get(j + d).is_some_and(|x| x.lower() == words[i + d].lower() && !x.in_quote));
            if object_of(i) || (0..i).any(|j| same_words(j) && object_of(j)) {
                found = None;
            }
        }
        if let Some(p) = found {
            let (end, form) = match description_end {
                Some(e) => (words[e].end, MentionForm::Description),
                None => (w.end, MentionForm::Pronoun),
            };
            out.extend(mention(text, w.start, end, form).map(|m| (p, m)));
            let subject = subject_like(i);
            let list = by_sentence.entry(w.sentence).or_default();
            list.push((w.start, p, subject));
            list.sort();
        } else if let Some(e) = description_end.filter(|_| !by_title_only) {
            unresolved.push((i, e));
        }
    }
    (out, unresolved)
}

/// `Dana Whitfield, who is supporting Reyes, ...`: a relative `who` right after a person's
/// name (or a group's, `his supporters, who say`), set off by a comma or a dash, is a
/// mention of that person, so the verb it is the subject of has a speaker with a mention
/// there; so is `which` after an organisation's or a document's (`the FBI, which said`).
/// (After a name governed by a preposition it may be the head's: `an aide to Cole,
/// who ...`; it is taken as the name's all the same, as `praise from Sam Ortiz, who
/// declared` is far more common.)
fn relative_pronouns(text: &str, words: &[Word], mentions: &[(usize, Mention)], people: &People, relative: &str) -> Vec<(usize, Mention)> {
    let mut out = Vec::new();
    // the mentions by where they end, to find the one ending nearest before each `who`
    let mut by_end: Vec<&(usize, Mention)> = mentions.iter().collect();
    by_end.sort_by_key(|(_, m)| (m.span.end(), m.span.start()));
    let kinds: &[SpeakerKind] = if relative == "who" { &[SpeakerKind::Person, SpeakerKind::Group] } else { &[SpeakerKind::Organisation, SpeakerKind::Document] };
    // (the first word of each sentence, for the phrase a sentence may open with)
    let mut opener: FxHashMap<usize, (&str, usize)> = FxHashMap::default();
    for w in words.iter().filter(|w| w.sentence_start) {
        opener.insert(w.sentence, (w.lower(), w.start));
    }
    for w in words.iter().filter(|w| !w.in_quote && w.lower() == relative) {
        let k = by_end.partition_point(|(_, m)| m.span.end() <= w.start);
        // (past a name in a possessive: `a pollster with Mr. Mendes's former party`)
        // (and past a name inside the apposition to the first that takes the `who`: `Bob
        // Hale, a county clerk and Cole supporter who`)
        for (rank, &(p, m)) in by_end[..k].iter().rev().take(3).filter(|(_, m)| !possessive_at(text, m.span.end())).enumerate() {
            // set off by a comma or a dash: a name takes no restrictive `who`, and without
            // one `who` asks (`told Lopez who to call`) or opens the next paragraph
            let mut between = text.get(m.span.end()..w.start).unwrap_or("x");
            // (past a party tag: `Sen. Ruth Kemp (D-Conn.), who`)
            if let Some(rest) = between.strip_prefix(" (").and_then(|r| r.split_once(')')).filter(|(tag, _)| tag.len() <= 12 && party_tag(tag)).map(|(_, rest)| rest) {
                between = rest;
            }
            // (past the dot of a suffix the name ends with: `Lee Moss Jr., who`)
            if m.text.ends_with(" Jr") || m.text.ends_with(" Sr") {
                between = between.strip_prefix('.').unwrap_or(between);
            }
            let adjacent = matches!(between.trim(), "," | "—" | "–" | "-" | "--") && !between.contains('\n');
            // (a name a preposition after a person's role governs is inside that role's
            // phrase, whose `who` it is: `A spokesman for Ann Cole, who asked not to be
            // named, said`; not after a thing, `made no mention of Tom Reyes, who`)
            let governed = || {
                let k = words.partition_point(|x| x.start < m.span.start());
                let k = if k > 0 && matches!(words[k - 1].lower(), "the" | "a" | "an") { k - 1 } else { k };
                k >= 2 && words[k - 2].joins_next && words[k - 1].joins_next && matches!(words[k - 1].lower(), "of" | "for" | "at")
                    && words[k - 2].text.starts_with(char::is_lowercase) && lexicon().roles.contains(words[k - 2].lower())
            };
            if rank == 0 && adjacent && governed() {
                break;
            }
            // or with no comma, right after the name, when a verb of speech or attitude
            // or an auxiliary follows the `who` (`listened to Dana Ortiz who warned that
            // ...`, `It is Ann Cole who insists that ...`), and no verb of asking or
            // knowing governs the name, whose `who` asks (`asked Tom Reyes who would pay`)
            let restrictive_name = || {
                let k = words.partition_point(|x| x.start < m.span.start());
                let next = words.get(words.partition_point(|x| x.start <= w.start)).filter(|n| n.sentence == w.sentence && w.joins_next);
                let verb = next.is_some_and(|n| n.text.starts_with(char::is_lowercase) && (contract::lexicon::is_cue_or_reporting_verb(n.text) || contract::lexicon::AUXILIARIES.contains(&n.lower())));
                let asks = k > 0 && words[k - 1].joins_next && matches!(words[k - 1].lower(), "asked" | "asks" | "ask" | "asking" | "told" | "tells" | "tell" | "telling" | "wonder" | "wondered" | "wonders" | "know" | "knows" | "knew");
                rank == 0 && between == " " && m.form != MentionForm::Description && verb && !asks
            };
            let adjacent = adjacent || restrictive_name();
            // or after the name's apposition or place (`Senator Paul Brandt, Republican of
            // Oregon, who echoed`, `Senator Ann Cole of Vermont, who`): a short phrase
            // of no verb or clause, opened by a comma or `of`
            // (set off by commas on both sides: without the closing one the `who` is a
            // restrictive clause of the phrase's own noun, `a lawyer for the families who say`)
            // (a place's state after a comma is no third phrase: `a dentist from Eastvale,
            // New Hampshire, who`; an `and` inside one noun phrase is no list: `the Harbour
            // and Ferry commissioner, who`, `former mayor and longtime activist, who`, but
            // `the mayor and the council, who`, `a lawyer, and his clients, who` and, with
            // a name nearer the `who`, `Reyes, Cole and aides, who` are)
            let apposed = || {
                let opens = (between.starts_with(", ") || between.starts_with(" of ")) && between.trim_end().ends_with(',');
                let phrase: Vec<&str> = between.split_whitespace().collect();
                let place_commas = phrase.windows(2).filter(|p| p[0].ends_with(',') && p[0].starts_with(char::is_uppercase) && p[1].starts_with(char::is_uppercase) && !p[1].ends_with(',')).count();
                let plain = !between.contains(['\n', ';', ':', '"', '“', '”', '(', ')']) && between.matches(',').count() - place_commas <= 2;
                let opener = phrase.iter().position(|x| *x != ",").unwrap_or(0);
                let joins_words = |i: usize| {
                    rank == 0 && i > opener + 1 && !phrase[i - 1].ends_with(',') && phrase.get(i + 1).is_some_and(|n| !matches!(n.to_lowercase().as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "other" | "others" | "several" | "many" | "some" | "two" | "three"))
                };
                let verbless = phrase.iter().enumerate().all(|(i, x)| {
                    let x = x.trim_matches(|c: char| !c.is_alphanumeric());
                    !speaks_verb(x) && (x != "and" || joins_words(i)) && !matches!(x, "or" | "but" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "that" | "which" | "who" | "whom")
                });
                opens && plain && verbless && (2..=14).contains(&phrase.len())
            };
            // or right after the head of a person's apposition, which is the person (`Paul
            // Brandt, a retired banker who had backed Cole`, `Ann Cole, a Republican who has
            // refused`): a comma, then a short phrase of no verb, preposition or comma
            // whose last word names a person's role, calling or party (not a thing's:
            // `Cole, a plan that`, and not a noun inside a phrase after it, `Cole, a lawyer
            // for the families who say`)
            // (not when the name ends a phrase that opens the sentence, whose comma closes
            // it: `After meeting Ann Cole, the mayor who had backed the toll changed his
            // mind`)
            let fronted = || {
                let Some(&(first, start)) = opener.get(&w.sentence) else { return false };
                let closes = text.get(start..m.span.start()).is_some_and(|before| !before.contains(','));
                (PREPOSITIONS.contains(&first) || FRONTED_OPENERS.contains(&first)) && closes
            };
            let restrictive = || {
                if fronted() {
                    return false;
                }
                // (past the name's place: `Gov. Ann Cole of Eastvale, a Republican who`)
                let place = between.strip_prefix(" of ").and_then(|r| r.split_once(", ")).filter(|(place, _)| place.split_whitespace().all(|x| x.starts_with(char::is_uppercase)));
                let Some(phrase) = place.map(|(_, rest)| rest).or_else(|| between.strip_prefix(", ")) else { return false };
                let phrase: Vec<&str> = phrase.split_whitespace().collect();
                let lex = lexicon();
                let plain = !between.contains(['\n', ';', ':', '"', '“', '”', '(', ')', '—']) && between.matches(',').count() == 1;
                let verbless = phrase.iter().all(|x| !speaks_verb(x) && (!PREPOSITIONS.contains(x) || *x == "and") && !matches!(*x, "or" | "but" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "that" | "which" | "whom" | "who"));
                let opens = phrase.first().is_some_and(|x| matches!(*x, "a" | "an" | "the") || x.starts_with(char::is_lowercase) && !matches!(*x, "and" | "but" | "or" | "then" | "so"));
                let person = phrase.last().is_some_and(|x| {
                    let l = x.to_lowercase();
                    lex.roles.contains(&l) || ["er", "or", "ist", "ian", "man", "woman", "ate", "ent"].iter().any(|e| l.ends_with(e)) && !["order", "matter", "letter", "center", "number", "member", "paper", "water", "error", "statement", "agreement", "government", "event", "moment"].contains(&l.as_str())
                });
                // (a plural describes a group, not the last of two names: `Tom Reyes and Ann
                // Cole, two Democrats who`)
                let plural = phrase.last().is_some_and(|x| x.ends_with('s') && !x.ends_with("ss"));
                plain && verbless && opens && person && (2..=8).contains(&phrase.len()) && (!plural || people.list[*p].kind == SpeakerKind::Group)
            };
            if (adjacent || apposed() || restrictive()) && kinds.contains(&people.list[*p].kind) && m.form != MentionForm::Pronoun {
                out.extend(mention(text, w.start, w.end, MentionForm::Pronoun).map(|m| (*p, m)));
                break;
            }
        }
    }
    out
}

/// Words besides prepositions that open a phrase or clause before a sentence's main
/// clause, set off by a comma (`Unlike Ann Cole, ...`, `When asked about Tom Reyes, ...`).
const FRONTED_OPENERS: &[&str] = &["unlike", "besides", "along", "when", "while", "as", "if", "since", "because", "although", "though", "despite", "following", "during", "without", "before", "after"];

/// A formal title, split into lower-case words with abbreviations spelt out
/// (`Sen.` -> `senator`), and the index of its head (`secretary` in `secretary of state`).
/// Only formal titles count (a `host` or a `candidate` is too common a word).
struct Title {
    words: Vec<String>,
    head: usize,
}

impl Title {
    /// The title in `phrase` (a definite description: `the former secretary of state`).
    fn of_phrase(phrase: &str) -> Option<Title> {
        Title::new(phrase.split_whitespace().map(spelt_out).collect())
    }

    /// The title right before the name whose first word is `k`, within four words of
    /// its sentence (`Sen. Paul Brandt`, `former Secretary of State Ann Cole`).
    fn before(words: &[Word], k: usize) -> Option<Title> {
        let sentence = words[k].sentence;
        let mut title: Vec<String> = Vec::new();
        for j in (k.saturating_sub(4)..k).rev() {
            let w = &words[j];
            if w.sentence != sentence || !w.joins_next || !(TITLES.contains(&w.text.trim_end_matches('.')) || w.text == "of") {
                break;
            }
            title.insert(0, spelt_out(w.text));
        }
        Title::new(title)
    }

    fn new(words: Vec<String>) -> Option<Title> {
        const FORMAL: &[&str] = &[
            "president", "senator", "governor", "secretary", "representative", "congressman", "congresswoman", "mayor", "general", "justice",
            "judge", "ambassador", "minister", "chancellor", "speaker", "chairman", "chairwoman", "director", "commissioner", "sheriff",
        ];
        let head = words.iter().rposition(|w| FORMAL.contains(&w.as_str()))?;
        Some(Title { words, head })
    }

    fn head(&self) -> &str {
        &self.words[self.head]
    }

    /// Whether two titles name one office: the same head and what follows it, and the
    /// same words that make another office of one (`Vice President Paul Brandt` is not
    /// `the president`).
    fn same_office(&self, other: &Title) -> bool {
        const OFFICE: &[&str] = &["vice", "deputy", "prime", "attorney", "assistant", "lieutenant", "chief", "majority", "minority", "press"];
        let office = |t: &Title| t.words.iter().filter(|w| OFFICE.contains(&w.as_str())).cloned().collect::<Vec<String>>();
        self.head() == other.head() && self.words[self.head + 1..] == other.words[other.head + 1..] && office(self) == office(other)
    }
}

/// A title word in lower case, its abbreviation spelt out.
fn spelt_out(word: &str) -> String {
    let t = word.trim_end_matches('.').to_lowercase();
    match t.as_str() {
        // (a plural title before two names is each one's: `Sens. Tom Reyes and Ann Cole`)
        "sen" | "sens" | "senators" => "senator".to_string(),
        "gov" => "governor".to_string(),
        "rep" | "reps" | "representatives" => "representative".to_string(),
        "pres" => "president".to_string(),
        "sec" => "secretary".to_string(),
        "gen" => "general".to_string(),
        _ => t,
    }
}

/// The last role noun of a description, lower-cased: its head (`official` in `the
/// city official`, `spokesman` in `a spokesman for the committee`).
fn role_head(phrase: &str) -> Option<String> {
    phrase.split_whitespace().rev().map(str::to_lowercase).find(|w| lexicon().roles.contains(w.as_str()))
}

/// The words of the prose paragraphs, with sentence and quote state.
fn words<'a>(text: &'a str, segments: &Segments) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    let mut sentence = 0;
    for par in segments.paragraphs.iter().filter(|p| p.kind.is_prose()) {
        paragraph_words(text, par, segments, &mut sentence, &mut out);
    }
    out
}

/// The words of one paragraph. Sentences are the ones the segment stage wrote; a
/// paragraph without any (a hand edit that made a line prose without splitting it) is
/// read as one sentence rather than split again here.
fn paragraph_words<'a>(text: &'a str, par: &Paragraph, segments: &Segments, sentence: &mut usize, out: &mut Vec<Word<'a>>) {
    let Some(body) = par.span.slice(text) else { return };
    let base = par.span.start();
    let first_word = out.len();
    let whole = [par.span];
    let sentences: &[Span] = if par.sentences.is_empty() { &whole } else { &par.sentences };
    let first_sentence = *sentence;
    // the sentence holding byte `at`: a word between two sentences belongs to the next
    let sentence_of = |at: usize| sentences.partition_point(|s| s.end() <= at).min(sentences.len() - 1);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut in_quote = false;
    let mut current = None;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        // letters each followed by a dot are one word (`U.S.`, `H.W.`): read letter by
        // letter they made `S. officials` and `W. Bush` of `U.S. officials` and `George
        // H.W. Bush`
        let upper_dot = |k: usize| chars.get(k).is_some_and(|x| x.1.is_uppercase()) && chars.get(k + 1).is_some_and(|x| x.1 == '.');
        let glued = i > 0 && (chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '.');
        if !glued && upper_dot(i) && upper_dot(i + 2) {
            let mut j = i + 2;
            while upper_dot(j + 2) {
                j += 2;
            }
            // (`j` is the last letter, `j + 1` its dot, which the word keeps, `the U.N.
            // envoy`, unless it ends the sentence too, `according to the U.N.`, where
            // the sentence's words end before it; a compound goes on past it,
            // `C.I.A.-backed`, as the quotes stage reads it)
            if !chars.get(j + 2).is_some_and(|x| x.1.is_alphanumeric()) {
                let dot = chars[j + 1].0;
                let ends_sentence = sentences[sentence_of(base + at)].end() <= base + dot + 1;
                let mut after = j + 2;
                if chars.get(after).is_some_and(|x| x.1 == '-') && chars.get(after + 1).is_some_and(|x| x.1.is_alphanumeric()) {
                    after += 1;
                    while chars.get(after).is_some_and(|x| x.1.is_alphanumeric() || (matches!(x.1, '-' | '\'' | '’') && chars.get(after + 1).is_some_and(|n| n.1.is_alphanumeric()))) {
                        after += 1;
                    }
                }
                let compound = after > j + 2;
                let end_byte = if ends_sentence && !compound { dot } else { chars.get(after).map_or(body.len(), |x| x.0) };
                let word = &body[at..end_byte];
                let joins_next = !ends_sentence && chars.get(after).is_some_and(|x| matches!(x.1, ' ' | '\u{a0}')) && chars.get(after + 1).is_some_and(|x| x.1.is_alphanumeric());
                let k = sentence_of(base + at);
                out.push(Word::new(base + at, word, first_sentence + k, current != Some(k), in_quote, !compound, joins_next));
                current = Some(k);
                i = after;
                continue;
            }
        }
        if c.is_alphanumeric() {
            // a word: letters and digits, with inner apostrophes, hyphens and dots
            // between letters (`D’Costa`, `Lopez-Mendes`), and a number's thousands
            // separators (`30,000 workers` is no `000 workers`)
            let mut j = i + 1;
            let digit = |k: usize| chars.get(k).is_some_and(|x| x.1.is_ascii_digit());
            while j < chars.len() {
                let c = chars[j].1;
                let thousands = c == ',' && digit(j - 1) && (1..=3).all(|d| digit(j + d)) && !digit(j + 4);
                if c.is_alphanumeric() || thousands || (matches!(c, '\'' | '’' | '-') && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())) {
                    j += 1;
                } else {
                    break;
                }
            }
            // (a number keeps the `%` written right after it, `47% say`: a share, as `47
            // percent` is)
            // (not the decimals of `4.5%`, which the dot splits from their number)
            let decimals = || i >= 2 && chars[i - 1].1 == '.' && chars[i - 2].1.is_ascii_digit();
            if chars.get(j).is_some_and(|x| x.1 == '%') && chars[i..j].iter().all(|x| x.1.is_ascii_digit()) && !decimals() {
                j += 1;
            }
            let end_byte = chars.get(j).map_or(body.len(), |x| x.0);
            let mut word = &body[at..end_byte];
            // a possessive is not part of the name
            for suffix in ["'s", "’s", "'S", "’S"] {
                if word.len() > suffix.len() + 1 {
                    if let Some(stem) = word.strip_suffix(suffix) {
                        word = stem;
                    }
                }
            }
            let dotted = chars.get(j).is_some_and(|x| x.1 == '.');
            let after = if dotted { j + 1 } else { j };
            // a possessive ends a name: `Teigen's Cravings` is a person and a thing she owns
            let possessive = word.len() < end_byte - at;
            let joins_next = !possessive
                // a no-break space joins words as a space does (`CBS\u{a0}reported`)
                && chars.get(after).is_some_and(|x| matches!(x.1, ' ' | '\u{a0}'))
                && chars.get(after + 1).is_some_and(|x| x.1.is_alphanumeric());
            let k = sentence_of(base + at);
            out.push(Word::new(base + at, word, first_sentence + k, current != Some(k), in_quote, dotted, joins_next));
            current = Some(k);
            i = after;
            continue;
        }
        if segments.is_damaged(base + at) {
            i += 1;
            continue;
        }
        match c {
            // (a curly mark turned the wrong way reads by where it stands: `“Probably
            // not,“ he said` closes after the comma, and `he` is outside)
            '“' | '”' if misdirected(&chars, i) => in_quote = c == '”',
            '“' | '„' | '«' => in_quote = true,
            '”' | '»' => in_quote = false,
            '"' => in_quote = !in_quote,
            '\'' if chars.get(i + 1).is_some_and(|x| x.1 == '\'') => {
                in_quote = !in_quote;
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    // sentences are numbered on over the paragraphs, for the pronouns' look-back
    *sentence = first_sentence + sentences.len();
    // no name runs across a sentence end (`... in Toronto. Hart said`)
    for k in first_word..out.len().saturating_sub(1) {
        if out[k].sentence != out[k + 1].sentence {
            out[k].joins_next = false;
        }
    }
    // a paragraph whose longer words are nearly all capitalised is a title: its
    // capitalisation says nothing about names
    let ws = &mut out[first_word..];
    let long: Vec<bool> = ws.iter().filter(|w| w.text.chars().count() > 3).map(|w| w.capitalised()).collect();
    let title_case = long.len() >= 3 && long.iter().filter(|&&c| c).count() * 10 >= long.len() * 8;
    let headline = par.kind == contract::ParagraphKind::Headline;
    for w in ws.iter_mut() {
        w.title_case = title_case;
        w.headline = headline;
    }
}

/// Whether the curly mark at `chars[i]` is turned the wrong way: an opening mark glued to
/// the end of words (after a letter or `,.?!`) before a space or the paragraph's end, or a
/// closing one after a space or the paragraph's start, glued to the next word.
fn misdirected(chars: &[(usize, char)], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|k| chars[k].1);
    let next = chars.get(i + 1).map(|x| x.1);
    match chars[i].1 {
        '“' => prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, ',' | '.' | '?' | '!')) && next.is_none_or(char::is_whitespace),
        '”' => prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_lowercased_exactly_as_str_does_it() {
        for w in ["west", "West", "CNN", "ǅemal", "ΣΑΣ", "İstanbul", "o’brien", "Straße", "42", ""] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lowercase("west"), Cow::Borrowed(_)));
    }

    #[test]
    fn contractions_with_either_apostrophe_are_never_names() {
        let word = |text: &'static str| Word {
            start: 0,
            end: text.len(),
            text,
            sentence: 0,
            sentence_start: false,
            in_quote: false,
            dotted: false,
            joins_next: false,
            title_case: false,
            headline: false,
            lower: lowercase(text),
        };
        for w in ["I’ve", "I'm", "Don't", "Won’t", "They’ll", "We’re", "He'd", "I’d"] {
            assert!(word(w).contraction(), "{w}");
            assert!(!word(w).capitalised(), "{w}");
        }
        for w in ["Ivan", "Dont", "Kent", "O'Neil", "Hadn", "Ted"] {
            assert!(!word(w).contraction(), "{w}");
        }
    }

    #[test]
    fn lexicon_parses() {
        let lex = lexicon();
        assert!(lex.known_by_name.contains_key("john legend"));
        assert_eq!(given_name("Sara").map(Gender::of_name), Some(Gender::Female));
        assert!(lex.not_people.contains("Fair"));
    }
}
