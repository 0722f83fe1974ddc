//! Reported speech: attributions whose content is the writer's words, not a quote.
//!
//! News reports most of what people say without quote marks: `Officials said the plan
//! would cost $2 billion`, `Reyes told the Herald that he and Cole were never close`,
//! `The plan is dead, aides said`, `According to the report, ...`. Each sentence of the
//! prose is read for these constructions, each with its rule:
//!
//! - `reported-clause`: a subject, a reporting verb and its content after it (`X said
//!   (that) ...`, `X told reporters that ...`, `X believes ...`, `X vowed to ...`,
//!   `X asked whether ...`; what may follow each verb is its frame in
//!   [`contract::lexicon::REPORTING_VERBS`], as the speakers stage reads the same forms);
//! - `reported-after-content`: the content first, then a comma and a short cue clause
//!   (`..., officials said.`, `..., said Tom Reyes, a professor.`); when the sentence
//!   goes on after the cue clause (`The plan, officials said, is dead.`) the content is
//!   both sides, in `parts`;
//! - `according-to`: `According to X, ...`, `..., according to X.`
//! - `reported-as-clause`: `As the Herald has reported, ...`, `As reported by The Gazette, ...`
//! - `reported-by-agent`: a passive report's subject, its agent the source (`The sale of
//!   the ferry was first reported by the Herald`).
//! - `reported-seeming`: the writer's hedged report, with no source (`The plan appears to
//!   be dead`, `It seems the bridge will stay closed`): the subject and what follows the
//!   verb, in `parts`.
//! - `reported-adverb`: a clause the writer marks as reported by others with no source
//!   named (`The council is reportedly drawing up plans to ...`): the clause around the
//!   adverb, in `parts`.
//!
//! A verb inside quote marks is the speaker's, never a cue here. What this module
//! returns is raw: the caller cuts the direct quotes out of each content and turns the
//! woven ones into the `quoted` words of a mixed item.

use super::cues::{self, Mention, Tok};
use contract::lexicon::is_between_subject_and_verb;
use contract::lexicon::{contracted_negation, AUXILIARIES};
use contract::lexicon::{Particle, REPORTING_VERBS};
use contract::lexicon::WEEKDAYS;
use contract::span::Span;
use contract::Paragraph;
use std::sync::OnceLock;

/// What may follow a reporting verb as its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// At once or after `that`.
    Clause,
    /// Only after `that`.
    That,
    /// An addressee, then `that` or `to`.
    Tell,
    /// A `to` infinitive, or `that`.
    To,
    /// `whether`, `if`, `why`, `how`, `what`.
    Whether,
    /// An object: the thing judged (`criticized the plan`, `endorsed Cole`), up to the
    /// clause's end.
    Object,
    /// One of these prepositions (comma-separated), then its object up to the clause's
    /// end (`called for a ban`, `talked about the border`).
    Prep(&'static str),
    /// An object, then `as` and what it is taken for (`sees Reyes as a threat`,
    /// `painted the deal as a betrayal`): both are the content.
    As,
    /// A noun (or adjective) of speech or attitude with one of these prepositions, then
    /// its object (`criticism of the plan`, `Cole's attacks on the press`, `critical
    /// of the deal`); the speaker is the possessor, when there is one.
    Noun(&'static str),
    /// A phrasal verb: this particle right after the verb (or after `it`, then only
    /// before a `that` clause: `made it clear that`), then a `that` clause or the object
    /// (`pointed out that ...`, `laid out her budget`, `spelled out the terms`); or,
    /// where the row names prepositions, one of them and its object (`spoke out against
    /// the toll`, `came out in favor of Cole`).
    Particle(Particle),
    /// A participle that reports only in the passive, `as` right after it (`Cole is
    /// seen as the favourite`, `known as the Old Mill Run`): what its subject is taken for.
    /// Like a phrasal verb's, the form is no verb of speech without its `as` (`The city
    /// has seen a rise`).
    PassiveAs,
}

/// Every word of every sentence is looked up here: FxHash, as SipHash's resistance to
/// chosen keys buys nothing for a fixed table.
type Table = rustc_hash::FxHashMap<&'static [u8], Vec<Frame>>;

fn frames() -> &'static Table {
    static FRAMES: OnceLock<Table> = OnceLock::new();
    FRAMES.get_or_init(|| {
        REPORTING_VERBS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let form = f.next()?;
                let frames = f
                    .filter_map(|frame| match frame {
                        "clause" => Some(Frame::Clause),
                        "that" => Some(Frame::That),
                        "tell" => Some(Frame::Tell),
                        "to" => Some(Frame::To),
                        "whether" => Some(Frame::Whether),
                        "object" => Some(Frame::Object),
                        "as" => Some(Frame::As),
                        "passive-as" => Some(Frame::PassiveAs),
                        other => other
                            .strip_prefix("prep=")
                            .map(Frame::Prep)
                            .or_else(|| other.strip_prefix("noun=").map(Frame::Noun))
                            .or_else(|| other.strip_prefix("particle=").map(|p| Frame::Particle(Particle::parse(p)))),
                    })
                    .collect::<Vec<Frame>>();
                // (a phrasal verb's frames last: without its particle, the form's frames
                // are the ones before them, [`frame`])
                let (mut frames, phrasal): (Vec<Frame>, Vec<Frame>) = frames.into_iter().partition(|f| !matches!(f, Frame::Particle(_) | Frame::PassiveAs));
                frames.extend(phrasal);
                Some((form.as_bytes(), frames))
            })
            .collect()
    })
}

/// The frames of a reporting verb's form, in the order they are tried, leaving out a
/// phrasal verb's ([`Frame::Particle`], [`Frame::PassiveAs`]): without its particle the
/// word is no verb of speech (`at one point`, `laid off`, `has seen`); [`frame_before`]
/// has them when the particle follows.
fn frame(word: &str) -> Option<&'static [Frame]> {
    plain_frames(all_frames(word)?)
}

/// The frames of `all` a form has without a particle after it: those before its
/// phrasal ones, if any.
fn plain_frames(all: &'static [Frame]) -> Option<&'static [Frame]> {
    let plain = all.iter().take_while(|f| !matches!(f, Frame::Particle(_) | Frame::PassiveAs)).count();
    (plain > 0).then(|| &all[..plain])
}

/// The frames of the form `word` when `next` and `after` are the words after it: a
/// phrasal verb's too when `next` is its particle (`pointed out`, `laid out`, `made
/// clear`), or `it` and then the particle (`made it clear`).
fn frame_before(word: &str, next: Option<&str>, after: Option<&str>) -> Option<&'static [Frame]> {
    let all = all_frames(word)?;
    let is = |w: Option<&str>, p: &str| w.is_some_and(|n| n.eq_ignore_ascii_case(p));
    let particle = |f: &Frame| matches!(f, Frame::Particle(p) if is(next, p.particle) || (p.preps.is_none() && is(next, "it") && is(after, p.particle))) || (*f == Frame::PassiveAs && is(next, "as"));
    if all.iter().any(particle) {
        Some(all)
    } else {
        plain_frames(all)
    }
}

/// Every frame of a reporting verb's form, a phrasal verb's last.
fn all_frames(word: &str) -> Option<&'static [Frame]> {
    // the longest form is short: a longer word, or one with non-ASCII letters, is none
    let mut buf = [0u8; 16];
    if word.len() > buf.len() {
        return None;
    }
    // (most words are no form: a word whose first three letters and length no form has
    // is turned away before it is copied and hashed; one in ten news words passes)
    if shapes()[shape(word.as_bytes())?] & (1 << word.len()) == 0 || !word.is_ascii() {
        return None;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    frames().get(&*lower).map(Vec::as_slice)
}

/// How many slots [`shapes`] has: a first letter (`a` to `z`), then a second and a third
/// (`a` to `z`, or anything else, a missing one included).
const SHAPES: usize = 26 * 27 * 27;

/// The slot of [`shapes`] for a word, whatever its case; none for a word opening with no
/// letter.
fn shape(word: &[u8]) -> Option<usize> {
    let first = word.first()?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() {
        return None;
    }
    let letter = |i: usize| word.get(i).map(u8::to_ascii_lowercase).filter(u8::is_ascii_lowercase).map_or(26, |b| usize::from(b - b'a'));
    Some((usize::from(first - b'a') * 27 + letter(1)) * 27 + letter(2))
}

/// Per first three letters ([`shape`]), the lengths of the forms of [`frames`] as bits.
fn shapes() -> &'static [u32] {
    static SHAPES_OF: OnceLock<Vec<u32>> = OnceLock::new();
    SHAPES_OF.get_or_init(|| {
        let mut shapes = vec![0u32; SHAPES];
        for form in frames().keys() {
            if let Some(slot) = shape(form).filter(|_| form.len() < 32) {
                shapes[slot] |= 1 << form.len();
            }
        }
        shapes
    })
}

/// The forms of `be` that hold an adjective of attitude (`is skeptical of`).
const FORMS_OF_BE: &[&str] = &["is", "are", "was", "were", "been", "be", "am"];

/// Adjectives of attitude (rows `noun=` of the verb list): their subject holds the
/// attitude through a form of `be` or another copula (`is skeptical of`, `remain confident
/// that`), or as a second predicate after a comma (`..., confident that ...`); after
/// another verb they are its object's (`made voters skeptical`). See
/// [`Sentence::adjective_held`].
const ATTITUDE_ADJECTIVES: &[&str] = &[
    "critical", "supportive", "skeptical", "confident", "hopeful", "optimistic", "pessimistic", "adamant", "aware", "unaware", "fearful", "insistent", "concerned",
    "eager", "willing", "unwilling", "reluctant", "wary", "proud", "unsure", "uncertain", "angry", "happy", "unhappy", "disappointed", "surprised", "pleased",
    "frustrated", "alarmed", "nervous", "glad", "thrilled", "outraged", "satisfied", "interested",
];

/// What may stand between a form of `have` or `be` and the noun of speech it holds
/// (`has a particular objection to`, `had no doubts about`, `is also critical of`, `is
/// well aware of`),
/// besides adverbs in `-ly`: determiners and a few adjectives of degree.
const HELD_MODIFIERS: &[&str] = &[
    "a", "an", "the", "no", "some", "any", "such", "little", "much", "many", "several", "serious", "deep", "grave", "real", "strong", "growing", "particular", "nothing",
    "but", "both", "all", "also", "long", "still", "now", "often", "always", "their", "his", "her", "its", "our", "well",
];

/// Words after a noun's `that` that make it a relative clause with the noun as its
/// subject (`the claims that were made`), not the noun's content.
const RELATIVE_VERBS: &[&str] = &[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "does", "did", "do",
];

/// Words that join a clause to the one before (`“...,” and said`).
const CONJUNCTIONS: &[&str] = &["and", "but", "or", "so", "yet", "then", "while", "as", "when", "before", "after", "because", "although", "though", "whereas"];

/// Conjunctions that may open a sentence before its fronted clause or phrase (`But while
/// officials say ...,`, `Yet after praising ...,`).
const LEADING_CONJUNCTIONS: &[&str] = &["but", "and", "yet", "so"];

/// Words that open a subordinate clause at a sentence's start (`Although`, `Since`).
const SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "whereas", "since", "because", "as", "if", "unless", "when",
    "whenever", "after", "before", "once", "until", "even",
];

/// Past forms of common verbs that do not end in `-ed` (`and took the stage`), besides
/// the reporting verbs' own ([`IRREGULAR_PAST`]): [`contract::lexicon::COMMON_PASTS`].
const COMMON_PAST: &[&str] = contract::lexicon::COMMON_PASTS;

/// Words that open an adverbial of time after an object (`during a debate`).
pub(super) const TIME_OPENERS: &[&str] = &["during", "after", "before", "when", "while", "since", "until", "following", "yesterday", "today", "tonight"];

/// Occasions of speech: `in an interview`, `at a news conference` set the act that an
/// object is said in, no part of the object.
const SETTINGS: &[&str] = &["interview", "interviews", "statement", "tweet", "post", "speech", "op-ed", "column", "appearance", "conference", "briefing", "podcast", "debate"];

/// Platforms a name or a pronoun is spoken of on (`mocks Reyes on Twitter`).
const PLATFORMS: &[&str] = &["twitter", "facebook", "instagram", "x", "tiktok", "youtube", "television", "tv", "radio"];

/// Words that open a verb's object or complement (`challenged him`, `asked the court`).
const OBJECT_OPENERS: &[&str] = &[
    "him", "her", "them", "it", "us", "me", "the", "a", "an", "his", "their", "its", "this", "that",
    "these", "those", "to", "on", "for", "with", "about", "against",
];

/// Past forms of reporting verbs that do not end in `-ed` ([`contract::lexicon::IRREGULAR_PASTS`]).
const IRREGULAR_PAST: &[&str] = contract::lexicon::IRREGULAR_PASTS;

/// Words that open an adverbial between a verb and its `that` (`said in a statement that`,
/// `said Tuesday that`).
const ADVERBIAL_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later", "late",
    "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "yesterday", "today", "tonight", "repeatedly", "publicly", "privately", "again", "recently",
    "previously", "through", "via", "to", "under", "from", "while", "when", "for", "over",
    "with", "separately", "also", "then", "now", "flatly", "bluntly", "simply", "frankly",
];

/// Words a content never opens with when it follows its verb at once: the verb's
/// adverbial or object, not a clause (`said in a statement.`, `said so`).
const NOT_CONTENT_START: &[&str] = &[
    "in", "on", "at", "of", "about", "for", "to", "with", "from", "by", "during", "after",
    "before", "last", "this", "so", "nothing", "anything", "something", "yes", "no", "goodbye",
    "hello", "thanks", "sorry", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "yesterday", "today", "tonight", "later", "earlier", "through",
    "via", "as", "over", "into", "afterward", "afterwards", "recently", "repeatedly", "again",
    "publicly", "privately", "while", "when", "but", "and", "or", "than", "like", "up", "out",
    "off", "down", "back", "away", "too", "very", "enough", "otherwise",
    "please", "amen", "hi", "ok", "okay", "bye",
];

/// The object pronouns and nouns that take the addressee's place after `told`.
const ADDRESSEES: &[&str] = &[
    "him", "her", "them", "me", "us", "you", "reporters", "journalists", "supporters", "voters",
    "listeners", "viewers", "readers", "lawmakers", "members", "congress", "colleagues",
    "students", "investigators", "police", "officials", "donors", "the", "a", "an", "his",
    "their", "its", "my", "our", "fellow", "local", "crowd", "audience",
];

/// Clause openers that, right after a cue clause, start a new thought rather than the
/// second half of an interrupted content (`..., officials said, adding that ...`).
const NOT_SECOND_PART: &[&str] = &["who", "which", "according", "whose", "where", "when", "while", "as", "but", "and", "although", "though"];

/// Words a clause opens with after a verb's adverbial: subject pronouns and determiners.
const CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "there", "the", "his", "her", "their", "its",
    "this", "these", "those", "a", "an", "no", "some", "many", "most", "all", "every", "our", "my",
];

/// Words that may follow an answer that stands for what was said (`said so on Monday`,
/// `said the same last week`, `said as much publicly`): a time, a place's preposition,
/// an adverb of the saying. `so` also takes `in` and `repeatedly`; `the same` and `as
/// much` take `in` only where no clause follows (`as much in fees would be lost`).
const AFTER_AN_ANSWER: &[&str] = &["on", "at", "last", "this", "after", "before", "too", "again", "publicly", "privately", "earlier", "yesterday", "today", "then", "during"];

/// The modal auxiliaries, with their contracted negations.
const MODALS: &[&str] = &["would", "will", "could", "might", "may", "should", "can", "must", "won't", "wouldn't", "couldn't", "can't", "won’t", "wouldn’t", "couldn’t", "can’t"];

/// Words that, after a comma or dash, open something other than more of the content.
const STOP_AFTER_BREAK: &[&str] = &["a", "an", "but", "which", "who", "whose", "according", "whereas", "while", "adding", "saying", "noting", "however", "though", "although", "compared"];

/// Where an infinitive at word `to` begins with its negation (`not to worry`, `never to
/// return`): the negation's word, else `to` itself.
fn negated_from(s: &Sentence, to: usize) -> usize {
    if to > 0 && s.in_list(to - 1, &["not", "never"]) && !s.inside[to - 1] {
        to - 1
    } else {
        to
    }
}

/// Words for a share or a count of a group, whose `of` governs the group (`35 percent of
/// residents`, `a handful of senators`, `many of them`): the group's mention names the
/// members.
const SHARES: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "three-quarters", "two-thirds", "one-third", "percent", "majority", "minority",
    "majorities", "minorities", "most", "many", "some", "all", "none", "few", "several", "both", "each", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "number", "share", "plurality", "handful", "rest",
];

/// Words that end a subject counted out of a group (`more than 6 in 10`, `55 percent`,
/// `three-quarters`, `most`): a new subject when a verb of speech follows.
const QUANTITY_SUBJECTS: &[&str] = &["percent", "half", "most", "many", "others", "some", "majority", "third", "thirds", "quarter", "quarters", "three-quarters", "two-thirds", "one-third", "few", "voters", "respondents"];

/// Words that open an adverbial at a sentence's start, before its subject (`In 2015,
/// ...`, `When asked, ...`).
const OPENING_ADVERBIALS: &[&str] = &[
    "in", "on", "at", "when", "as", "if", "after", "before", "while", "although", "though",
    "because", "since", "but", "and", "yet", "so", "still", "however", "meanwhile", "then",
    "now", "today", "yesterday", "last", "this", "earlier", "later", "for", "with", "without",
    "during", "despite", "by", "from", "under", "over", "to", "of", "once", "unlike", "like",
];

/// Words that open a subordinate clause, which ends at its comma (`when she was ..., `).
/// Subordinators that open the occasion of a telling after its addressee, never what was
/// told (`told the pilots as she boarded`, `told the crowd before the vote was called`).
const OCCASION_OPENERS: &[&str] = &["as", "because", "although", "though", "while", "since", "after", "before", "until", "once", "unless", "whereas"];
const SUBORDINATE_OPENERS: &[&str] = &["when", "while", "as", "although", "though", "because", "if", "after", "before", "since", "once", "until"];

/// Adverbs that open a sentence on their own, before a comma (`Still, he said, ...`).
const FRONT_ADVERBS: &[&str] = &[
    "still", "however", "meanwhile", "now", "then", "today", "yesterday", "instead", "moreover",
    "indeed", "also", "later", "earlier", "finally", "ultimately", "nevertheless", "nonetheless",
    "besides", "furthermore", "similarly", "likewise", "otherwise", "yet", "so", "again", "overall",
    "sometimes", "often", "usually", "eventually", "increasingly", "privately", "publicly", "thus",
];


/// Prepositions whose object a following determiner opens (`in a statement`).
const GOVERNING: &[&str] = &[
    "in", "on", "at", "with", "from", "by", "for", "of", "about", "during", "after", "before",
    "via", "through", "under", "over", "to", "into", "like", "than", "against", "toward", "towards",
];

/// Subject pronouns a verb's subject may be (their speaker comes from the speakers
/// stage's resolution, when it made one).
const SUBJECT_WORDS: &[&str] = &["he", "she", "they", "i", "we", "it", "who", "you"];

/// Words that cannot end a subject noun phrase: a verb right after them has no subject
/// of its own (`to say`, `the said`).
const NOT_SUBJECT: &[&str] = &[
    "to", "the", "a", "an", "of", "in", "on", "at", "for", "with", "from", "by", "about", "than",
    "that", "this", "these", "those", "is", "was", "were", "are", "be", "been", "being", "not",
    "if", "whether", "because", "while", "as", "when", "so", "then", "there", "here", "what",
    "which", "where", "how", "why", "just",
];

/// Verbs whose subject voices, keeps up or gives up the noun of speech they take as their
/// object (`signalled support for`, `stepped up its criticism of`, `avoided all mention
/// of`, `floated the idea that`): [`Sentence::object_holder`]. A closed list, as
/// [`contract::lexicon::HOLDING_VERBS`] is: after most verbs the noun is another's
/// (`faced criticism`, `shrugged off complaints`, `measured support for`, `hated the
/// idea that`, `warned support for the ferry could collapse`), and those verbs are an
/// open class. A particle may follow (`kept up`, `toned down`). No base form that is as
/// often an adjective before the noun (`direct criticism`, `moderate support`).
const STANCE_VERBS: &[&str] = &[
    "signaled", "signalled", "signal", "signals", "reaffirmed", "reaffirm", "reaffirms", "renew", "pledged", "pledge", "pledges", "stepped", "step", "steps",
    "kept", "keep", "keeps", "ramped", "ramp", "ramps", "dropped", "drop", "drops", "abandoned", "abandon", "abandons", "withdrew", "withdrawn", "withdraw",
    "withdraws", "continued", "continue", "continues", "sharpened", "sharpen", "sharpens", "escalated", "escalate", "escalates", "intensified", "intensify",
    "intensifies", "restated", "restate", "restates", "underscored", "underscore", "underscores", "stressed", "stress", "stresses", "emphasized", "emphasised",
    "emphasize", "emphasise", "emphasizes", "emphasises", "tempered", "temper", "tempers", "moderated", "moderates",
    "toned", "tone", "tones", "broadened", "broaden", "broadens", "unleashed", "unleash", "unleashes", "posted", "post", "posts", "floated", "float", "floats",
    "pushed", "push", "pushes", "revived", "revive", "revives", "championed", "champion", "champions", "adopted", "adopt", "adopts", "retracted", "retract",
    "retracts", "shelved", "shelve", "shelves", "omitted", "omit", "omits", "filed", "file", "files", "delivered", "deliver", "delivers", "mounted", "mount",
    "mounts", "launched", "launch", "launches", "hurled", "hurl", "hurls", "directed", "directs", "reserved", "reserve", "reserves", "heaped", "heap",
    "heaps", "avoided", "avoid", "avoids",
];

/// Agent nouns of a stance (`supporter of`, `critic of`), whose holder is a copula's
/// subject or the name they are set beside ([`Sentence::agent_holder`]), and no one else:
/// `Critics of the toll say ...` leaves the critics' report to `say`. An attack (`Cole's
/// attacks on the toll`) is read with them, by [`Sentence::stance_noun`].
const AGENT_NOUNS: &[&str] = &[
    "supporter", "supporters", "critic", "critics", "opponent", "opponents", "proponent", "proponents", "defender", "defenders", "backer", "backers", "fan",
];

/// An attack, a report when someone makes it (`Cole's attacks on the toll`), read with
/// [`AGENT_NOUNS`] by [`Sentence::stance_noun`].
const ATTACKS: &[&str] = &["attack", "attacks"];

/// A call for something, a report of whoever makes it (`Cole's call for an audit`,
/// `Reyes renewed his call for`) or of nobody named (`the calls for an audit`), read with
/// [`AGENT_NOUNS`] by [`Sentence::stance_noun`]; a noun only after a determiner or a
/// possessor, past one modifier of [`CALL_MODIFIERS`]: `The plan calls for cuts` is the
/// verb's.
const CALLS: &[&str] = &["call", "calls"];

/// A view of or about something (`Reyes's view of the toll`), a report only when someone
/// holds it, read with [`AGENT_NOUNS`] by [`Sentence::stance_noun`]: `a view of the
/// harbour` is a sight. (`view` and `views` before `that` or `on` are rows of the
/// reporting verbs' table.)
const VIEWS: &[&str] = &["view", "views"];

/// Verbs whose `with` phrase tells how the subject spoke or acted on a stage, so that a
/// noun of speech in it is the subject's: `opened the hearing with criticism of`, `answered
/// the board with an argument that`, `fired back with`, `closed the meeting with a plea
/// for`. Any other verb's `with` is as often what came from others (`met with criticism`,
/// `agreed with`, `sided with critics of`, `left the hall with doubts about`) or the scene
/// (`resigned with criticism of the toll still loud`); [`Sentence::with_holder`].
const WITH_SPEECH: &[&str] = &[
    "roused", "rouses", "opened", "opens", "responded", "responds", "replied", "replies", "countered", "counters", "answered", "answers", "fired", "fires",
    "hit", "hits", "struck", "strikes", "lashed", "lashes", "weighed", "weighs", "chimed", "chimes", "followed", "follows", "stirred", "stirs", "entered",
    "enters", "closed", "closes", "ended", "ends", "launched", "launches", "kicked", "kicks", "came", "comes", "peppered", "peppers",
];

/// The forms of `make`, which makes a case (`made the case that ...`).
const MAKING: &[&str] = &["made", "make", "makes", "making"];

/// The words of a span of time before `earlier`, `later` or `ago` (`a few days`, `two
/// years`), which the object of a verb's preposition leaves out.
const TIME_SPANS: &[&str] = &[
    "a", "an", "few", "several", "some", "many", "couple", "of", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "moments", "moment", "much", "long",
];

/// Words after `about` that make it `roughly` (`about noon`, `about a mile`, `about half`),
/// not the preposition of a verb's object.
const ABOUT_AMOUNTS: &[&str] = &[
    "noon", "midnight", "half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred",
    "dozen", "mile", "miles", "hour", "hours", "minute", "minutes", "third", "quarter", "percent", "week", "month", "year", "thousand", "million", "billion",
];

/// Words that open an object that is a clause of its own (`a view of what is possible`).
const WH_OPENERS: &[&str] = &["what", "how", "why", "whether", "where"];

/// The words that open a call's noun phrase (not `this`, `This calls for ...`, nor
/// `that`, a relative's).
const CALL_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "these", "those"];

/// Modifiers that may stand between a call's determiner and the noun (`his repeated
/// calls for`): a closed list, as a noun there is a verb's subject (`the plan calls for`).
const CALL_MODIFIERS: &[&str] = &[
    "renewed", "repeated", "growing", "mounting", "latest", "new", "loud", "louder", "public", "earlier", "recent", "initial", "first", "last", "frequent", "urgent",
    "fresh", "strong", "previous", "early", "numerous", "past", "own", "earnest", "explicit", "direct",
];

/// Words that make an attack an armed one, not a report (`a drone attack on`, `the
/// terror attacks on`).
const ARMED: &[&str] = &[
    "terror", "terrorist", "deadly", "suicide", "air", "missile", "rocket", "military", "armed", "bomb", "knife", "chemical", "drone", "violent", "lethal", "gun",
    "physical", "cyber", "nuclear", "sexual", "mass", "militant",
];

/// Possessive determiners: what follows is the owner's, and no subject.
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Words before an `-ing` form that make it an adjunct of the sentence's clause, whose
/// subject speaks (`Cole responded by saying that ...`).
const PARTICIPLE_OPENERS: &[&str] = &["by", "while", "after", "before", "in", "when", "without", "since", "through", "despite", "upon", "besides"];

/// Nouns of backing that a subject receives from others (`drew support from`, `won
/// the endorsement of`): [`Sentence::received`].
const RECEIVED: &[&str] = &["support", "backing", "endorsement", "endorsements"];

/// Verbs whose subject receives or holds another's backing (`drew the support of`,
/// `has strong support among`, `picked up the endorsement of`).
const RECEIVING: &[&str] = &[
    "drew", "draws", "draw", "drawing", "won", "wins", "win", "winning", "earned", "earns", "earn", "earning", "got", "gets", "get", "getting",
    "received", "receives", "receive", "receiving", "enjoys", "enjoy", "enjoyed", "enjoying", "has", "have", "had", "having", "gained", "gains",
    "gain", "gaining", "secured", "secures", "secure", "securing", "garnered", "garners", "attracted", "attracts", "commands", "commanded",
    "consolidated", "consolidates", "picked", "picks", "locked", "locks", "snagged",
];

/// Forms of `be` that make an `-ing` form after them progressive (`is calling for`).
const PROGRESSIVE: &[&str] = &[
    "is", "are", "was", "were", "am", "be", "been", "'s", "’s", "'re", "’re", "'m", "’m", "isn't", "isn’t", "aren't", "aren’t", "wasn't",
    "wasn’t", "weren't", "weren’t",
];

/// Words after which a verb's form is a noun or an adjective (`the vote`, `his
/// comments`, `the retired engineer`).
const NOUN_BEFORE: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"];

/// Words that open a phrase before a sentence's subject (`Along with her husband, ...`,
/// `Like Reyes, ...`, `Despite pressure from ...`).
const FRONTED_PREPOSITIONS: &[&str] = &[
    "with", "along", "alongside", "together", "like", "unlike", "despite", "in", "on", "at", "during", "following",
    "amid", "among", "besides", "for", "from", "under", "without",
];

/// What a person is to another, between that other's name and theirs (`Cole aide Dana
/// Whitfield`, `Reyes supporter Maria Lopez`).
const ROLE_NOUNS: &[&str] = &[
    "aide", "adviser", "advisor", "ally", "supporter", "strategist", "donor", "critic", "spokesman", "spokeswoman",
    "spokesperson", "backer", "loyalist", "staffer", "pollster", "lawyer", "attorney", "confidant", "rival",
    "opponent", "surrogate", "fundraiser", "friend", "deputy", "associate", "biographer",
];

/// Words between a name and a role that say what kind of role it is (`Reyes campaign
/// aide`, `Cole family friend`).
const ROLE_KINDS: &[&str] = &["campaign", "family", "administration", "team", "transition", "senior", "longtime", "former", "top", "policy", "press"];

/// Titles before a name, after which an `-ed` form is an adjective (`embattled Mayor Tom
/// Reyes`, `retired Gen. Tom Reyes`), which the name's mention leaves out (an apposed
/// name starts past them), and which do not count towards a subject's length.
const TITLE_WORDS: &[&str] = &[
    "mayor", "gen", "gen.", "general", "sen", "sen.", "sens", "sens.", "senator", "gov", "gov.", "governor", "rep", "rep.", "reps", "reps.",
    "president", "judge", "justice", "secretary", "chairman", "chairwoman", "director", "chief",
    "minister", "ambassador", "commissioner", "sheriff", "adm", "adm.", "col", "col.", "lt", "lt.",
    "capt", "capt.", "sgt", "sgt.", "dr", "dr.", "officer", "detective", "coach", "prosecutor",
    "counsel",
];

/// Days and times after which an `-ed` form is a title's adjective, not a verb (`On
/// Monday retired Gen. Tom Reyes`).
const WEEKDAY_OR_TIME: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
    "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "weekend",
];

/// Verbs of speech that may come before their subject, after what they report (`“...,”
/// said Tom Reyes`, `..., added Ann Cole`).
const INVERTED: &[&str] = &[
    "said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "recalled", "continued",
    "asked", "asks", "argued", "insisted", "acknowledged", "conceded", "warned", "declared", "stated",
    "tweeted", "replied", "responded", "countered", "cautioned", "predicted", "observed", "remarked",
    "claimed", "suggested", "complained", "agreed", "joked", "quipped", "recounted", "concluded",
];

/// Auxiliaries that make a participle after them passive (`was told`, `is expected`).
pub(super) const PASSIVE: &[&str] = &["was", "were", "is", "are", "be", "been", "being", "am", "'s", "’s"];

/// What a word may do inside a content that [`Sentence::end_before_main_verb`] walks, as
/// bits of [`content_class`].
const OPENS: u8 = 1;
const TAKES: u8 = 2;
const ADJECTIVE: u8 = 4;
const PRONOUN: u8 = 8;
const JOINS: u8 = 16;

/// Words that open a clause inside a content: relative, question and subordinating words,
/// and `so` before a clause's subject (`so the town can avoid a toll`).
const CONTENT_OPENERS: &[&str] = &[
    "who", "which", "that", "whom", "whose", "what", "how", "why", "because", "if", "when", "while", "as", "although", "though", "whether", "since", "until",
    "unless", "where", "before", "after", "once", "than", "till", "so",
];

/// Verbs that take a clause with no `that` (`hopes to prove the contract was void`, `make
/// sure the bill is passed`, `were told the bridge was safe`).
const CLAUSE_TAKERS: &[&str] = &[
    "know", "knows", "knew", "known", "prove", "proves", "proved", "show", "shows", "showed", "ensure", "ensures", "sure", "realize", "realise", "realized",
    "mean", "means", "meant", "feel", "feels", "felt", "suspect", "suspects", "hope", "hopes", "find", "finds", "found", "learn", "learned",
    "decide", "decided", "assume", "assumed", "think", "thinks", "thought", "believe", "believes", "believed", "say", "says", "said", "told", "promised",
    "assured", "warned", "informed", "reminded",
];

/// Adjectives that take a clause with no `that` and no preposition after them (`worried
/// the school would close`, not `worried about the ferry`).
const CLAUSE_ADJECTIVES: &[&str] = &[
    "convinced", "confident", "afraid", "worried", "aware", "unaware", "clear", "likely", "certain", "glad", "sorry", "concerned", "hopeful", "adamant",
];

/// The class bits of a word, whatever its case: [`OPENS`] for [`CONTENT_OPENERS`],
/// [`TAKES`] for [`CLAUSE_TAKERS`], [`ADJECTIVE`] for [`CLAUSE_ADJECTIVES`], [`PRONOUN`]
/// for a subject pronoun, [`JOINS`] for `and`, `but` and `or`.
fn content_class(word: &str) -> u8 {
    static CLASSES: OnceLock<rustc_hash::FxHashMap<&'static [u8], u8>> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        let lists: [(&[&'static str], u8); 5] =
            [(CONTENT_OPENERS, OPENS), (CLAUSE_TAKERS, TAKES), (CLAUSE_ADJECTIVES, ADJECTIVE), (&["he", "she", "they", "we", "i"], PRONOUN), (&["and", "but", "or"], JOINS)];
        for (list, bit) in lists {
            for w in list {
                *m.entry(w.as_bytes()).or_insert(0) |= bit;
            }
        }
        m
    });
    let mut buf = [0u8; 16];
    if word.len() > buf.len() || !word.is_ascii() {
        return 0;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    classes.get(&*lower).copied().unwrap_or(0)
}

/// Whether `word`, as written, is an auxiliary or a modal ([`RELATIVE_VERBS`]) or its
/// negation (`wasn't`, `won't`, `can't`): `May` and `Will` are a month and a name.
fn auxiliary(word: &str) -> bool {
    let bare = word.strip_suffix("n't").or_else(|| word.strip_suffix("n’t")).map_or(word, |b| match b {
        "wo" => "will",
        "ca" => "can",
        b => b,
    });
    RELATIVE_VERBS.contains(&bare)
}

/// A reported-speech attribution as the rules find it.
#[derive(Clone, Debug)]
pub(super) struct Reported {
    /// The content's ranges, in order; direct quotes not yet cut out.
    pub parts: Vec<(usize, usize)>,
    /// The cue's bytes.
    pub cue: (usize, usize),
    /// The speaker (index into the speakers), if the subject is one.
    pub speaker: Option<usize>,
    /// The rule that found it.
    pub rule: &'static str,
    /// How sure the rule is of the speaker.
    pub confidence: f64,
}

/// Every reported-speech attribution in the sentences of `pars`. `quoted` are the
/// quote-marked stretches (`open..close_end`, sorted): no cue lies inside one.
pub(super) fn reported<'a>(text: &'a str, pars: &[&Paragraph], mentions: &'a [Mention], quoted: &[(usize, usize)]) -> Vec<Reported> {
    let mut out = Vec::new();
    // (one sentence's word lists, emptied and filled again for the next: a document's
    // sentences would otherwise allocate and free five of them each)
    let mut lists = Lists::default();
    for par in pars {
        let sentences = super::sentences(par);
        for (n, s) in sentences.iter().enumerate() {
            let before = out.len();
            // (a sentence with no reporting verb, no `according` or `reportedly`, no colon and no poll
            // (`In the poll, ...`, `... in the latest poll`) reports nothing: most of the
            // reading is skipped for it)
            cues::toks_into(text, s.start(), s.end(), &mut lists.ts);
            let ts = &lists.ts;
            lists.frames.clear();
            lists.frames.extend(ts.iter().enumerate().map(|(i, t)| frame_before(t.text, ts.get(i + 1).map(|n| n.text), ts.get(i + 2).map(|n| n.text))));
            // (nor an agent noun of a stance or an attack before its preposition,
            // [`stance_preps`]: `supporters` alone is common, and reads nothing)
            let other_cue = |i: usize| {
                let t = &ts[i];
                t.is_word("according") || t.is_word("reportedly") || contract::lexicon::POLLS.iter().any(|p| t.is_word(p)) || stance_preps(ts, i).is_some()
            };
            if lists.frames.iter().all(Option::is_none) && !(0..ts.len()).any(other_cue) && !s.slice(text).is_some_and(|t| t.contains(':')) {
                continue;
            }
            let sentence = Sentence::new(text, s.start(), s.end(), lists, mentions, quoted);
            sentence.read(&mut out);
            lists = sentence.into_lists();
            for r in &mut out[before..] {
                end_at_a_closing_quote(text, quoted, r);
            }
            if n == 0 {
                whole_turn(text, sentences, &mut out[before..]);
            }
        }
    }
    out
}

/// The prepositions of word `v` of `ts` when it is an agent noun of a stance
/// ([`AGENT_NOUNS`]: `of`), an attack (`on`, `against`), a view ([`VIEWS`]: `of`,
/// `about`) or a call ([`CALLS`]: `for`) right before one of them: what
/// [`Sentence::stance_noun`] reads, and what lets the filter of [`reported`] keep a
/// sentence with no other cue. The preposition is looked at first: every word of a
/// sentence is asked, and a short word turns most away at once.
fn stance_preps(ts: &[cues::Tok], v: usize) -> Option<&'static str> {
    let next = ts.get(v + 1)?;
    let is_one = |list: &[&str]| ts[v].in_list(list);
    // (the next word is matched once, and most words are none of these prepositions)
    if next.is_word("of") {
        if is_one(AGENT_NOUNS) {
            Some("of")
        } else {
            is_one(VIEWS).then_some("of,about")
        }
    } else if next.is_word("about") {
        is_one(VIEWS).then_some("of,about")
    } else if next.is_word("on") || next.is_word("against") {
        is_one(ATTACKS).then_some("on,against")
    } else if next.is_word("for") && v > 0 && is_one(CALLS) {
        let opens = |i: usize| ts[i].in_list(CALL_DETERMINERS) || ts[i].possessive_form();
        (opens(v - 1) || (v > 1 && ts[v - 1].in_list(CALL_MODIFIERS) && opens(v - 2))).then_some("for")
    } else {
        None
    }
}

/// A content that runs on past a quote whose words close on `.` into a word that opens
/// a sentence ends at the quote: `Ann Cole called the toll “highway robbery.” Paul
/// Brandt replied in a letter.` reports `the toll “highway robbery.”`. (A sentence may
/// hold the quote and the words after it when they read as the quote's attribution,
/// `“...” Brandt replied.`, but they are no part of a content before it.) Only a content
/// whose cue comes before the quote.
fn end_at_a_closing_quote(text: &str, quoted: &[(usize, usize)], r: &mut Reported) {
    let (Some(&(start, _)), Some(&(_, end))) = (r.parts.first(), r.parts.last()) else { return };
    // (the quotes that open inside the content, after the cue; most contents hold none)
    let from = start.max(r.cue.1);
    let mut i = quoted.partition_point(|q| q.0 < from);
    while let Some(&(open, close_end)) = quoted.get(i) {
        if close_end >= end {
            return;
        }
        i += 1;
        let Some(k) = r.parts.iter().position(|p| p.0 <= open && close_end < p.1) else { continue };
        let closes = text.get(open..close_end).is_some_and(|q| q.trim_end_matches(['"', '”', '\'', '’']).trim_end().ends_with('.'));
        let next = text.get(close_end..r.parts[k].1).and_then(|rest| rest.trim_start().chars().next());
        if closes && text.get(close_end..).is_some_and(|rest| rest.starts_with(char::is_whitespace)) && next.is_some_and(char::is_uppercase) {
            r.parts[k].1 = close_end;
            r.parts.truncate(k + 1);
            return;
        }
    }
}

/// The per-word lists of a [`Sentence`], kept from one sentence to the next.
#[derive(Default)]
struct Lists<'a> {
    ts: Vec<Tok<'a>>,
    frames: Vec<Option<&'static [Frame]>>,
    inside: Vec<bool>,
    breaks: Vec<bool>,
    mentions: Vec<Mention>,
}

/// `WHITFIELD: Mayor Reyes doesn’t get to pick when we vote. Especially when
/// ...`: a source's tag and a colon opening a paragraph (a transcript's turn) say the
/// whole paragraph, not only its first sentence, so the `colon-source` reports read in
/// its first sentence (`first`) that run to that sentence's end run on to the
/// paragraph's. Not after a section's label in capitals that names no one (`RUNNING
/// TALLY:`, `THE WEEK IN EASTVALE:`); a speaker's tag names one (`DANA WHITFIELD:`).
fn whole_turn(text: &str, sentences: &[Span], first: &mut [Reported]) {
    let (Some(s), Some(last)) = (sentences.first(), sentences.last()) else { return };
    // (most first sentences report no colon-source: nothing to read for them)
    if sentences.len() < 2 || !first.iter().any(|r| r.rule == "colon-source") {
        return;
    }
    let last_word = |span: &Span| cues::last_tok(text, span.start(), span.end()).map(|t| t.end);
    let (Some(par_end), Some(sentence_end)) = (last_word(last), last_word(s)) else { return };
    let label = |colon: usize| {
        let words = cues::toks(text, s.start(), colon);
        let caps = |t: &cues::Tok| !t.text.chars().any(char::is_lowercase);
        // (a given name is listed as written in a sentence: `Dana`, not `DANA`)
        let given = |t: &cues::Tok| {
            let mut chars = t.text.chars();
            chars.next().is_some_and(|c| contract::lexicon::is_given_name(&format!("{c}{}", chars.as_str().to_lowercase())))
        };
        words.len() > 1 && words.iter().all(caps) && !words.iter().any(given)
    };
    for r in first.iter_mut().filter(|r| r.rule == "colon-source" && !label(r.cue.0)) {
        if let Some(part) = r.parts.last_mut().filter(|p| p.1 == sentence_end) {
            part.1 = par_end;
        }
    }
}

/// Whether the text between words `ts[i]` and `ts[i + 1]` (or the sentence's end `hi`)
/// holds a comma (or a dash or semicolon: a clause boundary). A dash typed as ` - ` or
/// `--` is a dash: a hyphen inside a word is part of the word's token, so one between
/// words stands alone.
fn gap_breaks(text: &str, ts: &[Tok], i: usize, hi: usize) -> bool {
    let (a, b) = (ts[i].end, ts.get(i + 1).map_or(hi, |t| t.start));
    let Some(gap) = text.get(a..b) else { return false };
    // (most gaps are one space)
    if gap == " " {
        return false;
    }
    // a thousands separator (`$31,000`) is no break
    let digits = |t: &str| t.bytes().all(|c| c.is_ascii_digit());
    if gap == "," && ts[i].text.ends_with(|c: char| c.is_ascii_digit()) && ts.get(i + 1).is_some_and(|t| t.text.get(..3).is_some_and(digits) && !t.text[3..].starts_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    gap.contains([',', ';', '—', '–', '(', ')']) || gap.contains("--") || gap.contains(" - ")
}

/// Whether a sentence's words open with `In` and name a poll within the next eleven
/// (`In the new Herald poll, ...`).
fn opens_with_a_poll(ts: &[Tok]) -> bool {
    ts.first().is_some_and(|t| t.is_word("in")) && ts.iter().take(12).any(|t| contract::lexicon::POLLS.iter().any(|p| t.is_word(p)))
}

/// One sentence being read.
struct Sentence<'a> {
    text: &'a str,
    lo: usize,
    hi: usize,
    ts: Vec<Tok<'a>>,
    /// Per word: its frames when it is a reporting verb's form ([`frame`]).
    frames: Vec<Option<&'static [Frame]>>,
    /// Per word: whether it stands inside quote marks.
    inside: Vec<bool>,
    /// Per word: whether a clause boundary follows it ([`Sentence::break_after`]). The
    /// rules ask it of the same words again and again (the clause's start, walking back
    /// to the subject), so it is read off the gaps once.
    breaks: Vec<bool>,
    /// The mentions outside quote marks: words inside are the speaker's, never a subject.
    mentions: Vec<Mention>,
    /// The verb and the speaker of the sentence's first report (of its clause after a
    /// semicolon), once read, which a verb after `but` shares.
    first_report: std::cell::Cell<Option<(usize, Option<usize>)>>,
}

impl<'a> Sentence<'a> {
    /// The sentence `text[lo..hi]`, its words and their frames in `lists` (whose other
    /// lists it fills).
    fn new(text: &'a str, lo: usize, hi: usize, lists: Lists<'a>, mentions: &'a [Mention], quoted: &[(usize, usize)]) -> Sentence<'a> {
        let within = |at: usize| {
            let i = quoted.partition_point(|q| q.1 <= at);
            quoted.get(i).is_some_and(|q| q.0 <= at)
        };
        let Lists { ts, frames, mut inside, mut breaks, mentions: mut mine } = lists;
        inside.clear();
        inside.extend(ts.iter().map(|t| within(t.start)));
        breaks.clear();
        breaks.extend((0..ts.len()).map(|i| gap_breaks(text, &ts, i, hi)));
        let first = mentions.partition_point(|m| m.start < lo);
        mine.clear();
        mine.extend(mentions[first..].iter().take_while(|m| m.start < hi).filter(|m| !within(m.start)).copied());
        Sentence { text, lo, hi, ts, frames, inside, breaks, mentions: mine, first_report: std::cell::Cell::new(None) }
    }

    /// The sentence's lists, to be filled again for the next sentence.
    fn into_lists(self) -> Lists<'a> {
        Lists { ts: self.ts, frames: self.frames, inside: self.inside, breaks: self.breaks, mentions: self.mentions }
    }

    fn lower(&self, i: usize) -> String {
        self.ts[i].text.to_lowercase()
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.ts.get(i).is_some_and(|t| t.text.eq_ignore_ascii_case(word))
    }

    /// How many words the first of `preps` (a frame's comma-separated prepositions,
    /// [`contract::lexicon::preposition_len`]) spelled from word `k` on takes, with no
    /// break inside it: `in favor of` is three.
    fn preposition_len(&self, k: usize, preps: &str) -> Option<usize> {
        contract::lexicon::preposition_len(preps, |i| self.ts.get(k + i).filter(|_| i == 0 || !self.break_after(k + i - 1)).map(|t| t.text))
    }

    /// Whether word `i` may stand between a subject and its verb (an auxiliary or an
    /// adverb: [`is_between_subject_and_verb`]); false past the sentence's end.
    fn between(&self, i: usize) -> bool {
        self.ts.get(i).is_some_and(|t| is_between_subject_and_verb(t.text))
    }

    fn in_list(&self, i: usize, list: &[&str]) -> bool {
        self.ts.get(i).is_some_and(|t| list.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
    }

    /// Whether the text between words `i` and `i + 1` holds a comma (or a dash or
    /// semicolon: a clause boundary); see [`gap_breaks`].
    fn break_after(&self, i: usize) -> bool {
        self.breaks[i]
    }

    /// Whether the words after verb `v`, up to a break, are a clause of its own after
    /// a quote's closing mark ([`contract::lexicon::own_clause_after_quote`]).
    fn own_clause_after_quote(&self, v: usize) -> bool {
        let mut after = [""; 8];
        let mut n = 0;
        for k in v + 1..(v + 9).min(self.ts.len()) {
            if self.break_after(k - 1) || self.inside[k] {
                break;
            }
            after[n] = self.ts[k].text;
            n += 1;
        }
        contract::lexicon::own_clause_after_quote(&after[..n])
    }

    /// The first word of the stretch between breaks that holds word `i`, no earlier
    /// than word `from`.
    fn stretch_start(&self, from: usize, i: usize) -> usize {
        (from..i).rev().find(|&k| self.break_after(k)).map_or(from, |k| k + 1)
    }

    /// Whether a colon separates words `i` and `i + 1`.
    fn colon_after(&self, i: usize) -> bool {
        self.gap(i).contains(':')
    }

    /// The text between words `i` and `i + 1` (or the sentence's end after the last
    /// word); empty where it cannot be sliced.
    fn gap(&self, i: usize) -> &'a str {
        self.text.get(self.ts[i].end..self.ts.get(i + 1).map_or(self.hi, |t| t.start)).unwrap_or("")
    }

    fn read(&self, out: &mut Vec<Reported>) {
        let first = out.len();
        out.extend(self.colon_source());
        for v in 0..self.ts.len() {
            // (a semicolon opens a clause of its own, with its own first report)
            if v > 0 && self.gap(v - 1).contains(';') {
                self.first_report.set(None);
            }
            if self.inside[v] {
                continue;
            }
            if self.is(v, "according") && self.is(v + 1, "to") {
                if let Some(r) = self.according_to(v) {
                    out.push(r);
                }
                continue;
            }
            if self.is(v, "reportedly") {
                out.extend(self.reportedly(v));
                continue;
            }
            // (agent nouns of a stance and attacks are read here, not as rows of the
            // reporting verbs' table: its rules take a word with a frame for a verb or a
            // cue, and these are as often a subject, `supporters and critics say`)
            if let Some(preps) = self.stance_noun(v) {
                if let Some(r) = self.nominal(v, preps) {
                    if self.first_report.get().is_none() {
                        self.first_report.set(Some((v, r.speaker)));
                    }
                    out.push(r);
                }
                continue;
            }
            let Some(frames) = self.frames[v] else { continue };
            // (a participle that has no row, `detailed`, `documented`, is not asked: asking
            // every word cost about 1% of the stage)
            if self.ts[v].text.ends_with("ed") && self.is(v + 1, "by") {
                if let Some(r) = self.reported_by_agent(v) {
                    out.push(r);
                    continue;
                }
            }
            // (each noun of backing has a frame: only those words are asked)
            if self.in_list(v, RECEIVED) {
                if let Some(r) = self.received(v) {
                    out.push(r);
                    continue;
                }
            }
            // (`seem` and `appear` have frames: only their words are asked)
            if let Some(r) = self.seeming(v) {
                out.push(r);
                continue;
            }
            // `Her 41% support gives her ...`, `strong support among farmers`: after a
            // possessive, a number or an adjective (`strong`, `broad`, `public`) the form
            // is a noun, and only its noun frame (`support for X`) reports
            let noun_use = v > 0
                && !self.inside[v - 1]
                && (self.in_list(v - 1, &["his", "her", "their", "its", "our", "my", "your", "strong", "broad", "growing", "widespread", "little", "much", "enough", "popular", "public"])
                    || self.ts[v - 1].text.starts_with(|c: char| c.is_ascii_digit()))
                && frames.iter().any(|f| matches!(f, Frame::Noun(_)));
            // `Polls show Reyes trailing Cole`, `The survey found Cole with a lead`:
            // what a poll, a study or a record shows or finds is reported, object and all
            let found = if self.evidence_shows(v) {
                self.after_content(v, Frame::Clause).or_else(|| self.clause(v, Frame::Clause))
            } else {
                frames.iter().find_map(|&f| match f {
                    Frame::Noun(preps) => self.nominal(v, preps),
                    _ if noun_use => None,
                    f => self.after_content(v, f).or_else(|| self.clause(v, f)),
                })
            };
            let found = found.or_else(|| if noun_use { None } else { self.object_relative(v, frames) });
            if let Some(r) = found {
                if self.first_report.get().is_none() {
                    self.first_report.set(Some((v, r.speaker)));
                }
                out.push(r);
            }
        }
        // (a poll opening the sentence reports the clause after it when the sentence has
        // no other report: any other's cue stands after the opening `In`)
        if let Some(r) = self.in_a_poll().filter(|_| out.len() == first) {
            out.push(r);
        }
        // (and a poll the clause ends with, `Cole leads Reyes in the latest poll`)
        if let Some(r) = self.ahead_in_a_poll().filter(|_| out.len() == first) {
            out.push(r);
        }
        // (and so does a view the sentence opens with)
        if let Some(r) = self.in_a_view().filter(|_| out.len() == first) {
            out.push(r);
        }
        // Two reports that each hold the other's cue read the sentence two ways, and the
        // nesting rule would drop both. Which reading is the sentence's:
        // - A cue clause with its subject, `..., the Millbrook Herald reported`, reports
        //   the words before it, the report inside them included, when it closes the
        //   sentence or goes on only with its subject's next act (`..., Ortiz added,
        //   saying ...`); not one set inside the first report's content (`Hart said the
        //   levy, opponents argue, would raise fares`), nor one whose verb has a content
        //   of its own (`when she said if she won the seat, she'd tell the board to “start
        //   over”`).
        // - An inverted cue, a verb right after a comma and its subject after it, does too
        //   when that subject is a name (`Cole told him she would never lose, recalled Sam
        //   Ortiz, a former aide`), not when the verb only looks inverted: in `Brandt
        //   said his partner, Victor Mendes, wrote a batch of new songs`, `wrote` takes
        //   `a batch` for its subject, and `said` reports through it.
        // - `according to` first names the source of all that follows; after a verb it is
        //   inside that verb's content (`said that, according to its survey, the board
        //   has lost`) unless it closes the sentence (`said little, according to two aides
        //   who were present`).
        // - One speaker given twice (`Kemp said “I don't know a thing about that,” she
        //   said`) is a slip of the writer's: neither reading stands, and the quote keeps
        //   its own cue.
        let holds = |r: &Reported, cue: (usize, usize)| r.cue != cue && r.parts.iter().any(|&(a, b)| a <= cue.0 && cue.1 <= b);
        let mutual = |r: &Reported, s: &Reported| s.cue.0 > r.cue.0 && holds(r, s.cue) && holds(s, r.cue);
        let said = |r: &Reported| ["said", "says", "say", "told", "tells"].contains(&self.text.get(r.cue.0..r.cue.1).unwrap_or(""));
        let later_stands = |r: &Reported, s: &Reported| -> bool {
            let v = self.ts.partition_point(|t| t.start < s.cue.0);
            let end = (v..self.ts.len()).find(|&i| self.break_after(i)).unwrap_or(self.ts.len() - 1);
            if s.rule == "according-to" {
                return end + 1 == self.ts.len();
            }
            if r.rule == "according-to" {
                return false;
            }
            if v > 0 && self.gap(v - 1).contains(',') && s.rule == "reported-after-content" {
                return self.mentions.iter().any(|m| !m.pronoun && m.start > self.ts[v].start && m.end == self.ts[end].end);
            }
            // (`to` is an addressee's after most verbs, `confirmed to the Herald`)
            let takes_to = self.frames[v].is_some_and(|f| f.iter().any(|f| matches!(f, Frame::Tell | Frame::To)));
            // (a participle opening the sentence has no subject to report for: `Saying
            // Cole, he said, was “too neat an answer”` is his)
            let opening_participle = r.cue.0 == self.ts[0].start && self.ts[0].text.ends_with("ing");
            (end + 1 == self.ts.len() || self.ts[end + 1].text.ends_with("ing") || opening_participle)
                && (end - v <= 6 || self.adverbial_tail(v + 1, end))
                && !(v + 1..=end).any(|i| self.inside[i] || self.in_list(i, &["that", "whether", "if"]) || (takes_to && self.is(i, "to")))
        };
        let gone: Vec<(usize, usize)> = out[first..]
            .iter()
            .flat_map(|r| {
                out[first..].iter().filter(move |s| mutual(r, s)).flat_map(move |s| match () {
                    _ if r.speaker.is_some() && r.speaker == s.speaker && said(r) => vec![r.cue, s.cue],
                    _ if later_stands(r, s) => vec![r.cue],
                    _ => vec![s.cue],
                })
            })
            .collect();
        if !gone.is_empty() {
            let mut k = 0;
            out.retain(|r| {
                k += 1;
                k <= first || !gone.contains(&r.cue)
            });
        }
        for r in &mut out[first..] {
            self.end_before_main_verb(r);
            self.relative_subject(r);
            self.end_at_fronted_comma(r);
            self.negated_cue(r);
        }
        // a question that asks whether someone said it reports nothing (`Did Cole assert
        // that the bridge was safe?`); one that asks why or how takes it as said (`Why did
        // Cole complain about the noise?`)
        // (only the question's own clause: a relative clause after a comma reports as
        // said, `Should voters trust Reyes, who claimed that the dam was safe?`)
        if self.is_question() && (self.in_list(0, AUXILIARIES) || self.in_list(0, MODALS)) && self.ts[0].text.starts_with(char::is_uppercase) {
            let mut k = 0;
            out.retain(|r| {
                k += 1;
                let v = self.ts.partition_point(|t| t.start < r.cue.0);
                k <= first || (0..v).any(|i| self.break_after(i))
            });
            if out.len() == first {
                return;
            }
        }
        // a clause that seems so inside what someone says is theirs (`Kemp said
        // Cole didn't appear concerned`, `The plan seemed dead, officials said`); and
        // one ends before the clause of another's report after it (`He appeared
        // shaken at the hearing, unable to answer when Cole accused him of ...`)
        if !out[first..].iter().any(|r| r.rule == "reported-seeming") {
            return;
        }
        let others = out[first..].iter().filter(|o| o.rule != "reported-seeming");
        let (cues, contents): (Vec<usize>, Vec<(usize, usize)>) = (others.clone().map(|o| o.cue.0).collect(), others.flat_map(|o| o.parts.iter().copied()).collect());
        let mut k = 0;
        out.retain_mut(|r| {
            k += 1;
            if k <= first || r.rule != "reported-seeming" {
                return true;
            }
            let at = r.parts[0].0;
            if contents.iter().any(|&(a, b)| a <= at && at < b) {
                return false;
            }
            let Some(&(lo, hi)) = r.parts.last() else { return false };
            let Some(cue) = cues.iter().copied().filter(|&c| lo < c && c < hi).min() else { return true };
            // (at the last comma or dash before that cue, or not at all)
            let cut = (0..self.ts.len()).rev().find(|&i| self.ts[i].end <= cue && self.ts[i].start >= lo && self.break_after(i)).map(|i| self.ts[i].end);
            match cut {
                Some(end) => {
                    if let Some(last) = r.parts.last_mut() {
                        last.1 = end;
                    }
                    true
                }
                None => false,
            }
        });
    }

    /// A negation before the cue's verb is the cue's (`did not mention`, `never
    /// complained about`, `didn't assert`, `cannot say`, `no longer backs`, `failed to
    /// mention`): the item then says the speaker did not, which a reader of the cue must
    /// see. With its auxiliary or modal (`would never renounce`), and past an adverb in
    /// `-ly` (`did not publicly mention`). Not `not only`, which affirms (`not only
    /// criticised the plan but ...`), nor `failed to` after a negation of its own (`never
    /// failed to mention`).
    fn negated_cue(&self, r: &mut Reported) {
        let v = self.ts.partition_point(|t| t.start < r.cue.0);
        if v == 0 || v >= self.ts.len() || self.ts[v].start != r.cue.0 {
            return;
        }
        let mut i = v - 1;
        if i > 0 && contract::lexicon::is_lowercase_ly(self.ts[i].text) && !self.is(i, "only") && !self.break_after(i) {
            i -= 1;
        }
        if self.break_after(i) || self.inside[i] || self.is(i + 1, "only") {
            return;
        }
        let joined = |k: usize| k > 0 && !self.break_after(k - 1) && !self.inside[k - 1];
        let negation = |k: usize| contracted_negation(self.ts[k].text) || self.in_list(k, &["not", "never", "cannot"]);
        let start = if negation(i) {
            // (`not` and `never` with their auxiliary or modal; a contraction holds its own)
            let with_auxiliary = self.in_list(i, &["not", "never"]) && joined(i) && (auxiliary(self.ts[i - 1].text) || self.in_list(i - 1, MODALS));
            if with_auxiliary { i - 1 } else { i }
        } else if (self.is(i, "longer") && joined(i) && self.is(i - 1, "no")) || (self.is(i, "to") && joined(i) && self.in_list(i - 1, &["failed", "fails", "fail", "failing"]) && !(joined(i - 1) && negation(i - 2))) {
            i - 1
        } else {
            return;
        };
        r.cue.0 = self.ts[start].start;
    }

    /// `The plan that Reyes said would fail was adopted`, `The rules, which officials said
    /// were unfair, will expire`: a report whose content opens with its clause's verb
    /// has for that verb's subject the relative word before the cue's subject, which
    /// becomes the content's first part; when a comma sets the relative clause off, the
    /// content ends at the clause's closing comma. (Before, the content was the verb
    /// phrase alone and ran on through the main clause; under three words it was no
    /// item.)
    fn relative_subject(&self, r: &mut Reported) {
        let [(lo, hi)] = r.parts[..] else { return };
        if r.rule != "reported-clause" || r.cue.1 > lo {
            return;
        }
        let v = self.ts.partition_point(|t| t.start < r.cue.0);
        let first = self.ts.partition_point(|t| t.start < lo);
        // (a past in `-ed` too: `The man who police say fired the shots`)
        if v >= self.ts.len() || self.ts[v].start != r.cue.0 || first >= self.ts.len() || self.inside[first] || !(auxiliary(self.ts[first].text) || self.finite_form(first) || self.past_in_ed(first)) {
            return;
        }
        // the cue's subject, back over its auxiliaries and adverbs, then a short phrase
        // with no verb, and the relative word before it
        let j = self.verb_group_start(v);
        let subject_word = |i: usize| !self.inside[i] && !self.break_after(i) && !auxiliary(self.ts[i].text) && !self.finite_form(i) && !self.in_list(i, cues::PREPOSITIONS) && (self.frames[i].is_none() || self.ts[i].text.starts_with(char::is_uppercase) || (i > 0 && self.in_list(i - 1, cues::DETERMINERS)));
        let Some(rel) = (j.saturating_sub(5)..j).rev().take_while(|&i| !self.in_list(i, &["which", "that", "who", "whom", "what"]) && subject_word(i)).last().and_then(|s| s.checked_sub(1)) else { return };
        if !self.in_list(rel, &["which", "that", "who", "what"]) || self.inside[rel] || (rel > 0 && !self.break_after(rel - 1) && self.in_list(rel - 1, cues::PREPOSITIONS)) {
            return;
        }
        // (a cleft's `what`, opening the sentence, is no subject: `What Reyes said was that
        // ...`; after a word it is one, `pointed to what critics say was a mistake`)
        if self.is(rel, "what") && (rel == 0 || self.break_after(rel - 1)) && self.in_list(first, FORMS_OF_BE) {
            return;
        }
        // (`that` after a verb of speech or an adjective is a conjunction, not a relative
        // word: `said that`, `sure that`)
        let noun_before = rel >= 2 && self.in_list(rel - 2, cues::DETERMINERS);
        if self.is(rel, "that") && rel > 0 && (!noun_before && (self.frames[rel - 1].is_some() || content_class(self.ts[rel - 1].text) != 0) || self.break_after(rel - 1)) {
            return;
        }
        let set_off = rel > 0 && self.break_after(rel - 1) && self.gap(rel - 1).trim() == ",";
        let last = self.ts.partition_point(|t| t.end <= hi);
        // (at the comma the main clause's verb follows, `which officials said were unfair,
        // will expire`; not a comma inside the content, `would fund schools, roads and
        // parks`, `would, if passed, cut emissions`)
        let main_after = |i: usize| self.main_verb_at(i + 1) || (!self.inside[i + 1] && self.past_in_ed(i + 1));
        let end = if set_off { (first..last.min(self.ts.len() - 1)).find(|&i| self.break_after(i) && self.gap(i).trim() == "," && main_after(i)).map_or(hi, |i| self.ts[i].end) } else { hi };
        r.parts = vec![(self.ts[rel].start, self.ts[rel].end), (lo, end)];
    }

    /// A report inside the sentence's subject ends before the sentence's own verb: `A
    /// donor who wants to give again could send another $4,000`, `Her statement about the
    /// levy was not challenged`, `In claiming the plan was dead, Reyes has ...`. The
    /// cue is in the subject when it is a relative clause's verb, a noun, or an `-ing`
    /// form, with no finite verb before it in its clause (outside the relative
    /// clause). The content then ends before the last auxiliary or modal that no
    /// clause inside it claims: a content that may be a clause (`Voters who said the
    /// plan was dead were angry`, a verb that reports clauses and no `to` after it)
    /// claims one, as do each subordinator, relative or question word, subject pronoun,
    /// and verb or adjective that takes a clause in it ([`content_class`]). Only an
    /// auxiliary is taken for the sentence's verb, and an object with its infinitive is
    /// not read (`Anyone expecting Reyes to change is wrong` runs on).
    fn end_before_main_verb(&self, r: &mut Reported) {
        let [(lo, hi)] = r.parts[..] else { return };
        // (a verb's or a noun's content after it; not `according to`, a colon's or an
        // inverted cue's)
        if !["reported-clause", "reported-participle", "reported-nominal", "reported-attitude", "reported-as-clause"].contains(&r.rule) || r.cue.1 > lo {
            return;
        }
        let v = self.ts.partition_point(|t| t.start < r.cue.0);
        if v >= self.ts.len() || self.ts[v].start != r.cue.0 || self.inside[v] {
            return;
        }
        let clause_lo = (0..v).rev().find(|&i| self.break_after(i)).map_or(0, |i| i + 1);
        let relative = (clause_lo..v).rev().find(|&i| self.in_list(i, &["who", "that", "which"]) && !self.inside[i]);
        // (a noun of speech after its determiner or a possessive is one too, whatever
        // rule read it: `His claim that the mayor had lied was rejected`)
        // (not after a pronoun's `'s`, which is `is` or `has`: `She's predicting ...`)
        let possessive = |i: usize| {
            let t = self.ts[i].text;
            let stem = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")).unwrap_or(t);
            self.possessive_at(i) && !["he", "she", "it", "that", "there", "who", "what", "here", "where", "let", "this"].iter().any(|p| stem.eq_ignore_ascii_case(p))
        };
        let noun = r.rule == "reported-nominal" || (v > clause_lo && (self.in_list(v - 1, &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]) || possessive(v - 1)));
        // (an `-ing` form opening a clause after a comma is the writer's aside, not a
        // subject: `Reyes spoke for an hour, mentioning the levy was dead`)
        let participle = self.ts[v].text.ends_with("ing") && (v > clause_lo || clause_lo == 0) && !(v > clause_lo && self.in_list(v - 1, PASSIVE));
        // (most reports' cue is their sentence's verb: told apart first, cheaply)
        if relative.is_none() && !noun && !participle {
            return;
        }
        let head = clause_lo..relative.unwrap_or(v);
        // (a verb's form after a determiner is a noun: `The plan that Reyes said would
        // fail`; a past in `-ed` stays a verb, as it is more often one, `the board approved`)
        let finite = |i: usize| {
            let t = self.ts[i].text;
            let after_determiner = i > 0 && self.in_list(i - 1, cues::DETERMINERS);
            self.in_list(i, RELATIVE_VERBS) || self.finite_form(i) || (t.starts_with(char::is_lowercase) && (t.ends_with("ed") || (self.frames[i].is_some() && !t.ends_with("ing") && !after_determiner)))
        };
        if head.is_empty() && relative.is_some() || head.clone().any(|i| !self.inside[i] && finite(i)) {
            return;
        }
        // the content's words
        let first = self.ts.partition_point(|t| t.start < lo);
        let last = self.ts.partition_point(|t| t.end <= hi);
        if first >= last {
            return;
        }
        // (a verb that may report a clause, with or without its `that`, claims one unless
        // its content is an infinitive: `said the plan was dead`, `warning Eastvale it
        // would have to wait`, `doubt the mayor will keep her promise`)
        let clause_frame = |i: usize| self.frames[i].is_some_and(|f| f.iter().any(|f| !matches!(f, Frame::Object | Frame::Prep(_) | Frame::Noun(_) | Frame::As | Frame::PassiveAs)));
        let may_be_clause = !noun && !self.is(first, "to") && clause_frame(v);
        let mut pending = usize::from(may_be_clause || (first > 0 && self.in_list(first - 1, &["that", "whether", "if"])));
        // (an auxiliary, or a pronoun with one, `they'd`, `we'll`)
        let aux_at = |w: usize| {
            let t = self.ts[w].text;
            let pronoun_with_one = ["'d", "’d", "'ll", "’ll", "'ve", "’ve", "'re", "’re"].iter().any(|s| t.strip_suffix(s).is_some_and(|p| ["he", "she", "they", "we", "i", "I", "you", "it"].contains(&p)));
            auxiliary(t) || pronoun_with_one
        };
        // (each word's class and verb forms looked up once: the walk asks of each word
        // and its neighbours several times)
        let span = first..(last + 1).min(self.ts.len());
        let classes: Vec<u8> = span.clone().map(|w| content_class(self.ts[w].text)).collect();
        let auxes: Vec<bool> = span.clone().map(aux_at).collect();
        // (in a relative clause, a content that opens with a past in `-ed` opens with its
        // verb, its subject the relative word: `The man who police say fired the shots
        // was arrested`)
        // (only when the cue has a subject of its own after the relative word, `who police
        // say`: in `Voters who said elected officials were corrupt`, `who` is the cue's)
        let gap_past = relative.is_some_and(|r| (r + 1..v).any(|i| !self.between(i))) && self.past_in_ed(first);
        let verbs: Vec<bool> = span.clone().map(|w| auxes[w - first] || self.finite_form(w) || (w == first && gap_past)).collect();
        let class = |w: usize| classes.get(w - first).copied().unwrap_or(0);
        let aux = |w: usize| auxes.get(w - first).copied().unwrap_or(false);
        let verb = |w: usize| verbs.get(w - first).copied().unwrap_or(false);
        let mut clausal = false;
        // The sentence's verb is the last auxiliary that no clause of the content claims:
        // one a clause the rules did not see opening claimed is an earlier one (`the levy
        // the council had approved was not challenged`, `the bridge would close before
        // the work was done have been overruled`).
        let mut main = None;
        for w in first..last {
            if self.inside[w] {
                continue;
            }
            // (one verb's auxiliaries, `may have used`, `would not be`)
            // (an auxiliary after an auxiliary, a participle after one or after `been`: not
            // after a past, `had won were`, nor an auxiliary after `been`)
            let group = |i: usize| aux(i) || (!aux(w) && self.in_list(i, &["been", "be", "being"]));
            let same_group = w > first && !self.break_after(w - 1) && (group(w - 1) || (w > first + 1 && group(w - 2) && (self.is(w - 1, "not") || self.ly_adverb(w - 1))));
            let after_opener = w > first && class(w - 1) & OPENS != 0;
            let pronoun = w > first && !after_opener && class(w) & PRONOUN != 0;
            // (`said the mayor was wrong and the plan was bad`: a second clause joined to
            // the first)
            let joined = clausal && class(w) & JOINS != 0;
            // (a verb, not a noun after a determiner, `the report`, `her promise`, or in a
            // compound, `the ferry plan`: a verb of speech only after `to`; and once for
            // its clause, `to know whether ...`)
            let takes_a_clause = w > first
                && ((class(w) & TAKES != 0 && !self.in_list(w - 1, cues::DETERMINERS) && !self.possessive_at(w - 1))
                    || (class(w) & ADJECTIVE != 0 && !self.in_list(w + 1, cues::PREPOSITIONS))
                    || (clause_frame(w) && self.is(w - 1, "to")))
                && class(w + 1) & OPENS == 0;
            // (the content's own opening word opens the clause its verb may report, `wonder
            // if the bridge is safe`)
            // (`so` before a clause's subject, `so the town can avoid a toll`; not the
            // adverb, `so busy they could not cope`)
            let so_adverb = self.is(w, "so")
                && !(class(w + 1) & PRONOUN != 0 || self.in_list(w + 1, &["the", "a", "an", "his", "her", "their", "its", "our"]) || self.ts.get(w + 1).is_some_and(|t| t.text.starts_with(char::is_uppercase)));
            let opener = class(w) & OPENS != 0 && !so_adverb && !(w == first && may_be_clause);
            // (a verb that takes a clause is first its own clause's verb: `said the figures
            // showed the economy was slowing`)
            if takes_a_clause && verb(w) && !same_group && pending > 0 {
                pending -= 1;
                clausal = true;
            }
            if opener || pronoun || joined || takes_a_clause {
                pending += 1;
            } else if verb(w) && !same_group {
                if pending > 0 {
                    pending -= 1;
                    clausal = true;
                } else if aux(w) && w > first && !self.in_list(w - 1, &["to", "and", "or", "but"]) {
                    main = Some(w);
                }
            }
        }
        // (the object of a participle of attitude after a noun of the subject ends before
        // the sentence's verb in the past as well: `Voters backing Tom Reyes turned out in
        // force`, `... complained to the council`; not a past that modifies a noun, `the
        // toll approved by the board`, `the newly elected mayor`)
        // (the participle right after the noun, no adverbial's: `while questioning how he
        // has ...`; and no past inside a clause of the object's own, `the progress he's
        // made`, `questions he did not like`, `the Republicans who had finished`)
        let main = main.or_else(|| {
            let after_noun = v > clause_lo && !self.in_list(v - 1, PARTICIPLE_OPENERS) && !self.in_list(v - 1, SUBORDINATORS) && !self.in_list(v - 1, cues::PREPOSITIONS) && !contract::lexicon::is_lowercase_ly(self.ts[v - 1].text);
            if !(r.rule == "reported-attitude" && participle && after_noun) {
                return None;
            }
            let own_clause = |w: usize| self.in_list(w, &["who", "that", "which", "whom", "what", "how", "it", "you"]) || self.subject_pronoun(w);
            let w = (first..last).find(|&w| {
                own_clause(w)
                    || (w > first && !self.inside[w] && !self.break_after(w - 1) && (self.past_in_ed(w) || (self.finite_form(w) && !self.in_list(w, FORMS_OF_BE)))
                        && !self.in_list(w - 1, cues::DETERMINERS) && !contract::lexicon::is_lowercase_ly(self.ts[w - 1].text) && !self.in_list(w - 1, cues::PREPOSITIONS)
                        && !self.is(w + 1, "by"))
            })?;
            (!own_clause(w)).then_some(w)
        });
        let Some(w) = main else { return };
        // (at the comma before the sentence's subject, when words with no verb stand
        // between them: `In claiming the plan was dead, Reyes has ...`; not a comma inside
        // the content, `the tax, which was new, was unfair`; and never after a relative
        // clause's content, whose subject is before its `who`: `Fans who said the club
        // should sack the manager, Paul Brandt, have ...`)
        let end = (first..w - 1)
            .rev()
            .find(|&i| self.break_after(i))
            .filter(|&i| relative.is_none() && (i + 1..w).all(|k| !verb(k) && class(k) & OPENS == 0))
            .unwrap_or(w - 1);
        // (an adverb before the sentence's verb is its verb's: `Groups backing Cole also
        // have spent ...`)
        let mut end = end;
        while r.rule == "reported-attitude" && end + 1 == w && end > first && self.in_list(end, &["also", "still", "already", "previously", "recently"]) {
            end -= 1;
        }
        // (a closing quote mark or an apostrophe right after the last word is the
        // content's: `the ferry is 'always late'`)
        let gap = self.text.get(self.ts[end].end..self.ts[end + 1].start).unwrap_or("");
        let marks: usize = gap.chars().take_while(|c| matches!(c, '\'' | '’' | '"' | '”')).map(char::len_utf8).sum();
        r.parts[0].1 = self.ts[end].end + marks;
    }

    /// A report inside a phrase that opens the sentence, before the sentence's subject,
    /// ends at the phrase's comma: `In announcing his bid, Reyes promised that ...`,
    /// `One week after declaring her backing for Cole, Reyes still believes ...`,
    /// `After he denied the charge, the board said ...`. Before, the content ran on
    /// through the main clause, whose own report was then dropped as nested in it. The
    /// phrase opens with a subordinator, or with a preposition right before the cue's
    /// `-ing` form (`In announcing`, not `On Monday Reyes said`), past a conjunction or a
    /// span of time (`But one week after`), or with the cue itself (`Responding to ...,
    /// Cole argued`, `Having announced ...`), and holds no comma before the cue; its comma
    /// is the first in the content that a subject and its verb follow, outside an aside
    /// (`that, if elected, he would cut taxes` is not cut after `that`).
    fn end_at_fronted_comma(&self, r: &mut Reported) {
        let [(lo, hi)] = r.parts[..] else { return };
        if r.cue.1 > lo || !["reported-clause", "reported-participle", "reported-attitude", "reported-nominal"].contains(&r.rule) {
            return;
        }
        let v = self.ts.partition_point(|t| t.start < r.cue.0);
        if v >= self.ts.len() || self.ts[v].start != r.cue.0 || (0..v).any(|i| self.break_after(i) || self.inside[i]) {
            return;
        }
        // (`In the eight weeks since declaring ...`: a span of time with its preposition)
        let lead = |i: usize| self.time_span_word(i) || self.in_list(i, &["but", "and", "yet", "so", "then", "in", "the", "for", "within", "over"]);
        let preposition = |k: usize| self.in_list(k, PARTICIPLE_OPENERS) || self.is(k, "on");
        let opener = (0..v.min(6)).find(|&k| (self.in_list(k, SUBORDINATORS) || preposition(k) && v == k + 1) && (0..k).all(lead));
        // (or what opens a participle's phrase past its adverbs: `In addition to stating
        // ...`, `By repeatedly saying ...`)
        let opener = opener.or_else(|| if self.ts[v].text.ends_with("ing") { self.participle_lead(v) } else { None }.filter(|&o| (0..o).all(lead)));
        // (`Having announced ...`: a perfect participle)
        let own_participle = (v == 0 && self.ts[0].text.ends_with("ing")) || (v == 1 && self.is(0, "having"));
        if opener.is_none() && !own_participle {
            return;
        }
        let first = self.ts.partition_point(|t| t.start < lo);
        let last = self.ts.partition_point(|t| t.end <= hi);
        let verb = |k: usize| k < self.ts.len() && !self.inside[k] && self.ts[k].text.starts_with(char::is_lowercase) && (self.main_verb_at(k) || self.past_in_ed(k) || self.frames[k].is_some());
        // (a subject: a name, a pronoun, or a determiner and up to three words; then,
        // past auxiliaries and adverbs, its verb)
        let subject_then_verb = |j: usize| {
            let Some(t) = self.ts.get(j) else { return false };
            let mut k = if let Some(m) = self.mentions.iter().find(|m| m.start == t.start && !m.possessive) {
                self.ts.partition_point(|x| x.start < m.end)
            } else if self.subject_pronoun(j) {
                j + 1
            } else if self.in_list(j, cues::DETERMINERS) || t.text.starts_with(char::is_uppercase) {
                let end = (j + 4).min(self.ts.len());
                (j + 1..end).find(|&k| self.break_after(k - 1) || verb(k) || self.between(k)).unwrap_or(end)
            } else {
                return false;
            };
            // (past an apposition set off by commas: `Cole, the board's chair, said`)
            if k > j && self.break_after(k - 1) {
                match (k..(k + 6).min(self.ts.len())).find(|&i| self.break_after(i)) {
                    // (a possessive's `'s` is no verb there: `the board's chair`)
                    Some(i) if self.gap(k - 1).trim() == "," && self.gap(i).trim() == "," && !(k..=i).any(|x| self.inside[x] || self.finite_form(x) || self.frames[x].is_some()) => k = i + 1,
                    _ => return false,
                }
            }
            while k < self.ts.len() && self.between(k) && !verb(k) && !self.break_after(k) {
                k += 1;
            }
            k > j && verb(k)
        };
        let mut stretch_opener = first;
        for i in first..last.saturating_sub(1) {
            if !self.break_after(i) {
                continue;
            }
            // (a comma that closes an aside opened by a subordinator is not the phrase's:
            // `if elected, he would ...`, `that if the levy passed, the board ...`)
            let aside = self.in_list(stretch_opener, SUBORDINATORS) || (stretch_opener..i).any(|k| self.is(k, "that") && self.in_list(k + 1, SUBORDINATORS));
            if self.gap(i).trim() == "," && !aside && i > first && subject_then_verb(i + 1) {
                r.parts[0].1 = self.ts[i].end;
                return;
            }
            stretch_opener = i + 1;
        }
    }

    /// `Brandt is reportedly considering a run`, `Reportedly, the board has ...`: the
    /// writer says others report the clause and names no one. The content is the clause
    /// around the adverb: the words of its clause before it (its subject and auxiliaries,
    /// past a clause opener) and what follows it, in two parts. Not when a verb of speech
    /// follows, which reports on its own (`Reyes reportedly told aides that ...`), nor
    /// inside quote marks.
    fn reportedly(&self, v: usize) -> Option<Reported> {
        let t = self.ts[v];
        let mut w = v + 1;
        while w < self.ts.len() && self.between(w) && !self.break_after(w - 1) {
            w += 1;
        }
        if w >= self.ts.len() || self.inside[w] || self.frames[w].is_some() {
            return None;
        }
        let from = v + 1;
        let (_, end) = self.rest(from, 1)?;
        let opener = |i: usize| self.break_after(i) || self.in_list(i, &["that", "whether", "if", "because", "and", "but", "while", "which", "who"]) || self.in_list(i, SUBORDINATORS) || (self.finite_form(i) && !self.between(i) && !self.in_list(i, AUXILIARIES) && !self.in_list(i, PASSIVE));
        let lo = (0..v).rev().find(|&i| opener(i)).map_or(0, |i| i + 1);
        let subject = (lo < v && v - lo <= 10 && !self.break_after(v - 1) && !(lo..v).any(|i| self.inside[i]) && !self.in_list(lo, OPENING_ADVERBIALS))
            .then(|| (self.ts[lo].start, self.ts[v - 1].end));
        if subject.is_none() && lo < v && !self.break_after(v - 1) {
            return None;
        }
        let parts = subject.into_iter().chain([(self.ts[from].start, end)]).collect();
        Some(Reported { parts, cue: (t.start, t.end), speaker: None, rule: "reported-adverb", confidence: 0.0 })
    }

    /// `The mayor appeared closer to a deal`, `the Reyes team seemed
    /// frozen`, `It seems the town's view of him is poor`: the writer's judgment of
    /// how things look, given as what they seem. Nobody is said to say it; the content is
    /// the clause around the verb, which only hedges it: its subject and what follows
    /// the verb, in two parts (after an `it` standing for nothing, the words after the
    /// verb: `it seems (that) ...`). Not when the verb's own subject reports (`seemed to suggest
    /// that ...`), nor when someone appears somewhere (`appeared on Channel 4`).
    fn seeming(&self, v: usize) -> Option<Reported> {
        const SEEM: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];
        // (what someone or something that shows up or is published does: `appeared
        // last month in Science`, `appeared remotely from the jail`, `Her name appeared
        // nowhere`)
        const SHOWED_UP: &[&str] = &[
            "as", "before", "onstage", "offstage", "together", "alone", "separately", "briefly", "live", "again", "here", "there", "alongside", "and", "or",
            "but", "twice", "once", "last", "this", "next", "yesterday", "today", "tonight", "early", "late", "earlier", "later", "outside", "inside",
            "nowhere", "anywhere", "everywhere", "somewhere", "unannounced", "virtually", "remotely",
        ];
        let n = v + 1;
        if !self.in_list(v, SEEM) || !self.ts[v].text.starts_with(char::is_lowercase) || n >= self.ts.len() || self.break_after(v) || self.inside[n] {
            return None;
        }
        // (a question asserts nothing: `Why does Reyes seem so worried?`)
        if self.gap(self.ts.len() - 1).contains('?') {
            return None;
        }
        // (an adjective of attitude with its `that` clause reports that clause as its
        // subject's: `seemed confident that ...`)
        if (n..(n + 3).min(self.ts.len())).any(|i| self.in_list(i, ATTITUDE_ADJECTIVES) && self.is(i + 1, "that")) {
            return None;
        }
        if self.is(n, "to") {
            // (past `be` and `have been`: `seem to be hoping that ...`)
            let verb = (n + 1..(n + 4).min(self.ts.len())).find(|&i| !self.in_list(i, &["be", "have", "been"]))?;
            if frame(self.ts[verb].text).is_some() {
                return None;
            }
        } else if self.ts[v].text.starts_with("app")
            && (self.in_list(n, cues::PREPOSITIONS)
                || self.in_list(n, SHOWED_UP)
                || !self.ts[n].text.starts_with(char::is_lowercase)
                // (`appeared shortly before midnight`, `appeared repeatedly in ...`)
                || (self.ts[n].text.ends_with("ly") && !self.in_list(n, &["likely", "unlikely"]) && (self.break_after(n) || self.in_list(n + 1, cues::PREPOSITIONS) || self.in_list(n + 1, SHOWED_UP))))
        {
            return None;
        }
        let mut j = cues::past_auxiliaries(&self.ts, 0, v);
        // (`there` after a comma is the clause's subject: `From the harbour to the hills,
        // there seems to be ...`)
        if j < v && j > 0 && self.in_list(j, &["there", "here"]) && self.break_after(j - 1) {
            j += 1;
        }
        // (and past a modal or a negation, `He simply can't seem to`, `did not appear`)
        while j > 1 && !self.inside[j - 1] && (self.in_list(j - 1, AUXILIARIES) || self.in_list(j - 1, &["not", "never", "cannot"]) || contracted_negation(self.ts[j - 1].text)) {
            j -= 1;
        }
        // (past an aside set off before the verb: `Residents, too, appeared`, `The
        // board, headed by Ruth Kemp, seems`)
        if j > 1 && self.break_after(j - 1) {
            let aside = self.stretch_start(0, j - 1);
            // (an aside that attributes the clause makes it that source's report: `Reyes,
            // one attendee recalled, seemed ...`, `The plan, as one official put it, seems
            // ...`)
            if self.in_list(aside, &["as", "according"]) || (aside..j).any(|i| !self.inside[i] && cues::is_verb(self.ts[i].text, false)) {
                return None;
            }
            j = aside;
        }
        if j == 0 || self.inside[j - 1] {
            return None;
        }
        let clause = (0..j).rev().find(|&i| self.gap(i).contains(';')).map_or(0, |i| i + 1);
        let segment = self.stretch_start(clause, j - 1);
        let mut subordinate = false;
        // (`It seems to me that ...`)
        let to_someone = self.is(n, "to") && self.in_list(n + 1, &["me", "us", "him", "her", "them"]);
        let (end_from, start) = if self.is(j - 1, "it") && (!self.is(n, "to") || to_someone) {
            // (`it seems (that) ...`: what follows the verb)
            let n = if to_someone { n + 2 } else { n };
            let from = if self.in_list(n, &["that", "like"]) { n + 1 } else if self.is(n, "as") && self.is(n + 1, "if") { n + 2 } else { n };
            (from, from)
        } else {
            // the clause opens at a subordinator or a relative in its stretch (`as the
            // race appeared set to tighten`, `Reyes, who seems stuck at ...`), else
            // where the stretch does (past a fronted adverbial's comma), past `and`
            // (or a reporting verb whose content the clause is: `said Cole didn't appear
            // concerned`)
            let opener = (segment..j - 1).rev().find(|&i| !self.inside[i] && (self.in_list(i, SUBORDINATORS) || self.in_list(i, &["that", "who", "which"]) || (self.frames[i].is_some() && self.ts[i].text.starts_with(char::is_lowercase))));
            // (a subject of its own after `and`: `his hands shook more and his voice
            // seemed thinner`)
            let joined = (segment..j - 1).rev().find(|&i| self.in_list(i, &["and", "but"]) && self.in_list(i + 1, CLAUSE_OPENERS));
            subordinate = opener.is_some_and(|o| self.in_list(o, SUBORDINATORS));
            let start = match (opener, joined) {
                (Some(o), _) if self.in_list(o, &["who", "which"]) => o,
                (Some(o), Some(a)) => o.max(a) + 1,
                (Some(o), None) | (None, Some(o)) => o + 1,
                (None, None) if self.in_list(segment, &["and", "but", "so", "yet"]) => segment + 1,
                (None, None) => segment,
            };
            (n, start)
        };
        // (`What seemed like a routine audit turned costly`: a clause that is the subject
        // of another says nothing that seems so)
        if self.is(start, "what") {
            return None;
        }
        let mut end = self.rest(end_from, 1)?.1;
        // (a subordinate or a relative clause ends at its comma, `as the race seemed
        // set to tighten, ...`, `Cole, who seemed tired, spoke ...`; any clause
        // before a clause of its own joined after a comma, `The two sides seem far apart,
        // and no talks are set`)
        let relative = self.in_list(start, &["who", "which"]);
        let joined = |i: usize| self.in_list(i + 1, &["and", "but"]) && (self.in_list(i + 2, CLAUSE_OPENERS) || self.ts.get(i + 2).is_some_and(|t| t.text.starts_with(char::is_uppercase)));
        if let Some(b) = (end_from..self.ts.len()).find(|&i| self.break_after(i) && self.ts[i].end <= end && (subordinate || relative || joined(i))) {
            end = self.ts[b].end;
        }
        if end_from != start && start >= j {
            return None;
        }
        // (the subject and the complement, the verb between them left out as the cue:
        // `The statistics` + `to be fabricated`)
        let parts = if start == end_from { vec![(self.ts[start].start, end)] } else { vec![(self.ts[start].start, self.ts[j - 1].end), (self.ts[n].start, end)] };
        Some(Reported { parts, cue: (self.ts[v].start, self.ts[v].end), speaker: None, rule: "reported-seeming", confidence: 0.0 })
    }

    /// The subject a verb after `and` (or a `but` with no report before it) shares with
    /// the verb before it (`j`: where the words before the verb that belong to it begin,
    /// right after the `and` or its phrase of time): the first mention of the clause the
    /// `and` stands in that is neither a preposition's object nor a possessive, a pronoun
    /// too (`He says he admires Cole and calls her ...` is his; `Northgate runs a mill
    /// in Eastvale and says` is Northgate's).
    ///
    /// The clause starts after a `, and` or `, but` that joins a clause of its own (`Tom
    /// Reyes spoke first, and Ann Cole listened and said`) or a semicolon and a subject;
    /// inside a subordinate clause the `and` stands in (`trusted him because he favors X
    /// and opposes Y` is his, `while Tom Reyes, the former mayor, proposed ... and
    /// said` Reyes's, `The bridge was raised only when Cole hinted ... and
    /// considered` Cole's); after a fronted subordinate clause, at the main clause past
    /// its comma (`When she finished, Tom Reyes stood up and said`). A subordinate clause
    /// closed right before the `and` (`said the toll would rise because Cole ignored the
    /// costs, and warned`), one set off as an aside (`Tom Reyes, though, opposed ... and
    /// said`, `Tom Reyes, while in office, opposed ...`) and a question's `if` or `when`
    /// after a verb of speech (`asked if Cole would run and said`) leave the clause where
    /// it was.
    fn conjunct_subject(&self, j: usize) -> Option<usize> {
        const ADVERBIAL: &[&str] = &["although", "though", "while", "whereas", "because", "unless", "whenever"];
        let and = (0..j).rev().find(|&i| self.in_list(i, &["and", "but"]))?;
        let opens = |i: usize| !self.inside[i] && !self.break_after(i) && (self.in_list(i, ADVERBIAL) || self.in_list(i, &["if", "when"]) && (i == 0 || self.break_after(i - 1) || self.frames[i - 1].is_none()));
        // (a clause of time opening the sentence or its joined clause, `As Reyes spoke,
        // Cole shook her head but said`, `Just before ...`, `By the time ...`; elsewhere
        // these words are as often prepositions or comparisons)
        // (with a name or a pronoun for its subject right after the opener: not `As usual
        // Reyes ...`, `Once again ...`, `Since 2019 Lopez has ...`, `After the vote
        // Reyes thanked Cole, his rival, and said`)
        let opens_time = |i: usize, clause: usize| {
            !self.inside[i] && (i == clause || i == clause + 1 && self.is(clause, "just")) && self.in_list(i, &["as", "before", "after", "since", "until", "once"]) && self.mention_from(i + 1).is_some()
                || i == clause && self.is(i, "by") && self.is(i + 1, "the") && self.is(i + 2, "time") && self.mention_from(i + 3).is_some()
        };
        // (a semicolon that a subject follows, not one between the items of a list:
        // `suggested ...; clashed with ...; and posted`)
        let semicolon = |i: usize| self.gap(i - 1).contains(';') && self.mention_from(i).is_some();
        // (a `, and` of a list's last item opens no clause: `defeated Cole, Lopez, and
        // Reyes and said`; one with a verb before our `and` does)
        let own_verb = |i: usize| (i + 1..and).any(|x| self.verb_at(x, i + 1));
        let clause = (1..and).rev().find(|&i| self.break_after(i - 1) && (self.in_list(i, &["and", "but"]) && !self.inside[i] && own_verb(i) || semicolon(i))).map_or(0, |i| if self.in_list(i, &["and", "but"]) { i + 1 } else { i });
        let (from, fronted) = match (clause..and).rev().find(|&i| opens(i) || opens_time(i, clause)) {
            None => (clause, false),
            Some(s) => {
                // (a clause with a subject of its own right after its subordinator, `while
                // Tom Reyes, the former mayor, proposed ... and said`, not an aside,
                // `Tom Reyes, while in office, opposed ... and said`)
                let subject = self.mention_from(s + 1).or_else(|| self.in_list(s + 1, &["the", "a", "an"]).then(|| self.mention_from(s + 2)).flatten()).is_some();
                match (s..and).find(|&i| self.break_after(i)) {
                    None => (s + 1, false),
                    // (a fronted clause: the sentence's, or its joined clause's, opening)
                    Some(c) if (s == clause || s == clause + 1 && self.in_list(clause, &["and", "but", "so", "yet", "just"])) && c + 1 < and => (c + 1, true),
                    Some(_) if subject && !self.break_after(and - 1) => (s + 1, false),
                    Some(_) => (clause, false),
                }
            }
        };
        // (a phrase a preposition opens, set off by its comma, `Along with her husband, Paul
        // Brandt, Maria Lopez runs ... but says`, `With help from Lopez and Brandt, Ann Cole
        // raised ... and warned`, `Joined by Tom Reyes, ...`: the subject opens the first
        // stretch after a comma, not a name in the phrase, nor one in apposition to it that
        // another name follows (`In the interview, Reid, who ...` is Reid); with no such
        // stretch, no one)
        // (the phrase ends at its first comma, with no verb before it and no name that
        // no preposition governs right before the comma, `at the end of the night Reyes,
        // the mayor, thanked her`; names joined to a governed one by `and` are governed:
        // `With help from Lopez and Brandt,`)
        let phrase_end = (from..and.saturating_sub(1)).find(|&b| self.break_after(b));
        let prepositional = !fronted
            && (self.in_list(from, FRONTED_PREPOSITIONS) || self.ts[from].text.ends_with("ed") && self.is(from + 1, "by"))
            && !self.inside[from]
            && phrase_end.is_some_and(|c| {
                !(from + 1..=c).any(|i| self.verb_at(i, from + 1))
                    && !cues::mentions_in(&self.mentions, self.ts[from].start, self.ts[c].end).any(|m| {
                        let k = self.ts.partition_point(|x| x.start < m.start);
                        m.end == self.ts[c].end && self.subject_at(m).is_some() && (k == 0 || !self.in_list(k - 1, &["and", "or"]))
                    })
            });
        if let (true, Some(c)) = (prepositional, phrase_end) {
            return (c..and.saturating_sub(1)).filter(|&b| self.break_after(b) && !self.inside[b + 1]).find_map(|b| {
                let (_, speaker, after) = self.stretch_subject(b + 1)?;
                // (a name in apposition to the phrase's noun, which another subject
                // follows, maybe past a description of its own: `Along with her husband,
                // Paul Brandt, she runs`, `..., Paul Brandt, a banker, she runs`)
                let apposition = self.break_after(after - 1) && !self.in_list(after, &["who", "which", "whose", "whom"]) && self.subject_after_descriptions(after, and);
                (after < and && !apposition && !self.is(after, "and")).then_some(speaker)
            });
        }
        // (a relative `who` the `and` goes on from, no comma between: `..., the next
        // speaker was Cole, who thanked the staff and said` is Cole's, as the speakers stage
        // resolved the `who`)
        if let Some(b) = (from..and).rev().find(|&b| self.break_after(b)) {
            if self.is(b + 1, "who") && !self.inside[b + 1] && (b + 2..and).any(|i| self.verb_at(i, b + 2)) {
                if let Some(m) = self.mention_from(b + 1) {
                    return Some(m.speaker);
                }
            }
        }
        let main_subject = if fronted { self.stretch_subject(from).map(|(at, _, _)| at) } else { None };
        let lo = if from == 0 { self.lo } else { self.ts[from].start };
        cues::mentions_in(&self.mentions, lo, self.ts[and].start)
            .find(|m| {
                let Some(k) = self.subject_at(m) else { return false };
                let last = self.ts.partition_point(|x| x.start < m.end).saturating_sub(1);
                // (nor a name's possessive, `Cole's executive order`; a pronoun's `'s` is
                // `is` or `has`, `She's a Reyes supporter but concedes`)
                let possessive = !m.pronoun && last < self.ts.len() && self.possessive_at(last);
                // (past a fronted clause the subject opens the main clause, after the
                // clause's comma or an aside's: not `funding Northgate Mills` in
                // `While Reyes shares Cole's views, especially on funding Northgate
                // Mills, he ... and has embraced`)
                // (and no verb of the main clause before it: in `As the count went on, the
                // Reyes campaign mailed a flyer showing Cole and her husband, Sam Ortiz, and
                // accused ...`, Ortiz is in the campaign's object)
                let opens_main = !fronted || main_subject == Some(k) || k > 0 && self.break_after(k - 1) && !(from..k).any(|i| self.verb_at(i, from));
                // (nor a name that says whose the next one is, `Former Cole aide Dana
                // Whitfield`, `Reyes supporter Maria Lopez`; a role after a verb says
                // nothing of it, `called rival Ann Cole`)
                let modifier = !m.pronoun && self.role_after(last + 1).is_some_and(|r| r < and && self.mention_from(r + 1).is_some());
                // (nor a name in a relative aside or an `among them` after the subject that a
                // comma closes before the `and`, `The council, which Ann Cole chairs,
                // approved`, `Residents, Ann Cole among them, signed`; in `the deal, which
                // Reyes labelled a scandal and vowed to end`, the `and` is the aside's)
                let stretch = (from..k).rev().find(|&i| self.break_after(i)).map_or(from, |i| i + 1);
                let aside = (stretch > from && self.in_list(stretch, &["which", "whom", "whose", "where", "that"]) || self.is(last + 1, "among")) && (k..and).any(|i| self.break_after(i));
                // (and no verb before it in its clause, whose object it is: in `The retired
                // engineer departed from the plan Tom Reyes had drawn up and proposed ...`
                // the subject is no one the speakers stage knows, not Reyes)
                !possessive && !modifier && !aside && opens_main && !self.verb_between(from, k)
            })
            .map(|m| m.speaker)
    }

    /// Whether a finite verb, a verb of speech or attitude or an auxiliary stands in words
    /// `from..to` (outside quote marks, in lower case; not a verb that inverts right
    /// before its name, `said Tom Reyes`): a mention after it is the verb's object, not a
    /// subject.
    ///
    /// Only the words after the last break or subordinator count (`As the vote drew
    /// near, Lopez has ...`, `when Reyes called ... and promised`).
    fn verb_between(&self, from: usize, to: usize) -> bool {
        let from = (from..to).rev().find(|&i| self.break_after(i) || self.in_list(i, SUBORDINATORS) && !self.inside[i]).map_or(from, |i| i + 1);
        (from..to).any(|i| self.verb_at(i, from) && !(self.in_list(i, INVERTED) && to - i <= 6 && !(i + 1..to).any(|x| self.frames[x].is_some() || self.finite_form(x) || self.in_list(x, cues::PREPOSITIONS))))
    }

    /// Whether word `i`, in a stretch that opens at word `from`, is a verb: outside quote
    /// marks, in lower case, an auxiliary, a finite form, a verb of speech or attitude
    /// ([`Sentence::verb_of_speech`]) or a past form after a noun
    /// ([`Sentence::past_after_noun`]).
    fn verb_at(&self, i: usize, from: usize) -> bool {
        !self.inside[i]
            && self.ts[i].text.starts_with(char::is_lowercase)
            && (self.in_list(i, AUXILIARIES) || self.finite_form(i) || self.verb_of_speech(i) || self.past_after_noun(i, from))
    }

    /// Whether word `i` is a verb of speech or attitude as a verb: not its `-ing` form,
    /// not a noun's frame, and not after a determiner, a possessive or a preposition,
    /// where it is a noun (`In a statement Tom Reyes said`, `After the vote`, `his
    /// comments`).
    fn verb_of_speech(&self, i: usize) -> bool {
        self.frames[i].is_some_and(|fs| fs.iter().any(|f| !matches!(f, Frame::Noun(_))))
            && !self.ts[i].text.ends_with("ing")
            && !(i > 0 && (self.in_list(i - 1, NOUN_BEFORE) || self.in_list(i - 1, cues::PREPOSITIONS) || self.possessive_at(i - 1)))
    }

    /// Whether word `i` is a past form in `-ed` after a noun, so a verb (`The engineer
    /// departed from ...`), not an adjective after a determiner, a possessive, an adverb,
    /// a preposition or a time (`The retired engineer`, `his embattled campaign`, `newly
    /// elected`, `On Monday retired Gen. Tom Reyes`), nor one before a title (`embattled
    /// Mayor Tom Reyes`).
    fn past_after_noun(&self, i: usize, from: usize) -> bool {
        let t = self.ts[i].text;
        i > from
            && t.len() > 4
            && t.ends_with("ed")
            && t != "based"
            && !self.break_after(i - 1)
            && !self.ts[i - 1].text.ends_with('-')
            && !self.in_list(i - 1, NOUN_BEFORE)
            && !self.in_list(i - 1, &["is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "not"])
            && !self.in_list(i - 1, cues::PREPOSITIONS)
            && !self.in_list(i - 1, WEEKDAY_OR_TIME)
            && !self.in_list(i + 1, TITLE_WORDS)
            && !self.possessive_at(i - 1)
            && !self.ly_adverb(i - 1)
            && !self.ts[i - 1].text.chars().any(|c| c.is_ascii_digit())
    }

    /// The word at which the mention `m` opens, when it can be a subject there: outside
    /// quote marks, not a preposition's object (`to Lopez`, `with the Herald's Tom
    /// Reyes`), not a possessive determiner alone (`his` in `his campaign`; a description
    /// that opens with one, `Her opponent`, is a subject).
    fn subject_at(&self, m: &Mention) -> Option<usize> {
        let k = self.ts.partition_point(|x| x.start < m.start);
        // (past a possessive or a determiner between them: `appeared with the Herald's Tom
        // Reyes and endorsed ...`)
        let mut p = k;
        while p > 0 && k - p < 3 && (self.possessive_at(p - 1) || self.in_list(p - 1, &["the", "a", "an"])) && !self.break_after(p - 1) {
            p -= 1;
        }
        let governed = k > 0 && self.in_list(k - 1, cues::PREPOSITIONS) && !self.inside[k - 1] && !self.break_after(k - 1) || p < k && p > 0 && self.in_list(p - 1, cues::PREPOSITIONS) && !self.break_after(p - 1);
        let possessive_alone = self.in_list(k, POSSESSIVES) && self.ts.get(k).is_some_and(|t| m.end <= t.end);
        (k < self.ts.len() && !self.inside[k] && !governed && !possessive_alone).then_some(k)
    }

    /// The speaker among the mentions in `lo..hi`: a name before a pronoun, the last
    /// name when `last`.
    fn speaker_in(&self, lo: usize, hi: usize, last: bool) -> Option<usize> {
        let ms: Vec<&Mention> = cues::mentions_in(&self.mentions, lo, hi).collect();
        let mut names = ms.iter().filter(|m| !m.pronoun);
        let pick = if last { names.next_back() } else { names.next() };
        pick.or_else(|| ms.first()).map(|m| m.speaker)
    }

    /// The words from `from` up to the sentence's end, as one range, when there are at
    /// least `min` of them. The content stops before a break that opens something else:
    /// an afterthought (`, a swipe at ...`), a new verb of the subject (`, adding ...`,
    /// `and criticized ...`), a relative (`, which ...`) or a trailing attribution
    /// (`, according to ...`).
    fn rest(&self, from: usize, min: usize) -> Option<(usize, usize)> {
        if self.ts.len() < from + min {
            return None;
        }
        let mut end = self.ts.len() - 1;
        // `While officials say the plan works, critics ...`: a content inside a fronted
        // subordinate clause ends with that clause, at its comma
        // (a subordinate clause may follow a span of time: `Two years after the council
        // vowed to ..., the board has done the reverse`)
        let led_by_time = || (0..4.min(self.ts.len())).find(|&i| !self.time_span_word(i)).is_some_and(|lead| lead > 0 && self.in_list(lead, SUBORDINATORS));
        // (and a participle's clause opening the sentence: `Saying that the plan was dead,
        // Cole left the room`, `Having argued that ...,`)
        let opening_participle = (self.ts[0].text.ends_with("ing") && frame(self.ts[0].text).is_some() || self.is(0, "having")) && self.mention_from(0).is_none();
        // (after `But`, `And`, `Yet` or `So` too: `But while officials say ...,`)
        let conjoined = self.ts.len() > 1 && self.in_list(0, LEADING_CONJUNCTIONS) && self.in_list(1, SUBORDINATORS);
        let fronted = (self.in_list(0, SUBORDINATORS) || conjoined || self.asked_at(0) || opening_participle || (self.time_span_word(0) && led_by_time())) && !(0..from).any(|i| self.break_after(i));
        // `Hart, who says towns should share buses, tweeted that ...`: a content inside
        // a relative clause set off by a comma after a name or a plural (`The new rules,
        // which officials said ...`) ends with that clause, at the content's first comma
        // when a lower-case word that opens nothing follows it (the subject's verb). Not
        // `WHO chief`, nor `unclear, though, who said`, nor after a semicolon; and not
        // when the content opens with a subordinate clause (`that when it opened, traffic
        // fell`) or its first comma sets off an aside, a list or a number (`the bridge,
        // which opened in 2010, is unsafe`, `taxes, fees and tolls`, `Jan. 5, 2021`)
        // (or `, and who ...`, the second of two)
        let comma_before = |i: usize| self.gap(i - 1).contains(',') && !self.gap(i - 1).contains(';');
        let holder = |i: usize| self.ts[i].text.starts_with(char::is_uppercase) || (self.ts[i].text.ends_with('s') && !self.ts[i].text.ends_with("ss"));
        // (the holder may open the sentence: `Cole, who announced a levy on Monday,
        // plans to ...`)
        // (or a common noun after its determiner: `The senator, who said ...`)
        let holder = |i: usize| holder(i) || (i >= 1 && self.ts[i].text.starts_with(char::is_lowercase) && self.in_list(i - 1, &["the", "a", "an", "his", "her", "their", "its", "our", "this", "that"]));
        let set_off = |i: usize| (i >= 1 && comma_before(i) && holder(i - 1)) || (i >= 2 && self.is(i - 1, "and") && comma_before(i - 1) && holder(i - 2));
        let opener = if self.is(from, "that") { from + 1 } else { from };
        // (so does one in a participle's phrase so set off: `Reyes, after repeatedly saying
        // he would stay out, entered the race`)
        // (past `even` or a span of time before the opener: `Reyes, even after admitting
        // ...,`, `Cole, one day after insisting ...,`)
        // (or a perfect participle's: `Cole, having argued for months that ..., voted`)
        let aside_opener = |i: usize| {
            ["who", "which", "having"].contains(&self.ts[i].text) || {
                self.past_time_span(i, (i + 4).min(from)).is_some_and(|o| self.in_list(o, PARTICIPLE_OPENERS) && (o + 1..(o + 3).min(from)).find(|&k| !(self.between(k) || self.ly_adverb(k))).is_some_and(|k| self.ts[k].text.ends_with("ing") && self.frames[k].is_some()))
            }
        };
        let relative = !self.in_list(opener, SUBORDINATORS)
            // (only the stretch's first word, or the one after its `and`, can be set off
            // by a comma: asked once)
            && (from.saturating_sub(6)..from)
                .rev()
                .take_while(|&i| !self.break_after(i))
                .last()
                .map(|i| if self.is(i, "and") { i + 1 } else { i })
                .is_some_and(|i| i < from && set_off(i) && !self.inside[i] && aside_opener(i));
        // the content's first comma, where a relative clause's content may end (a dash
        // sets off an aside: `who believes the old library – up until its sale – has ...`)
        let first_break = if relative { (from..self.ts.len() - 1).find(|&i| self.break_after(i) && comma_before(i + 1)) } else { None };
        let closes_relative = |i: usize| {
            let next = i + 1;
            relative
                && first_break == Some(i)
                && comma_before(next)
                && !self.inside[next]
                && self.ts[next].text.starts_with(char::is_lowercase)
                && !self.in_list(next, SUBORDINATORS)
                && !self.in_list(next, &["which", "who", "whom", "whose", "that", "and", "or", "but", "though", "however", "the", "a", "an", "his", "her", "their", "its", "including"])
                && !self.list_goes_on(i)
                && !self.subject_goes_on(from, i)
        };
        // `An official who asked not to be identified said the talks had stalled`, `An
        // aide who requested anonymity said ...`: an infinitive or an object in a relative
        // clause, with no comma, inside the subject of the sentence's verb ends before that
        // verb (a finite verb of speech), unless the content opens a clause of its own
        // first (`who wanted to know what the senator said`, `who believes the report
        // said nothing`)
        let infinitive = self.is(from, "to") || (self.in_list(from, &["not", "never"]) && self.is(from + 1, "to"));
        let in_subject = (from.saturating_sub(8)..from).rev().take_while(|&i| !self.break_after(i)).any(|i| i > 0 && self.is(i, "who") && !self.inside[i] && !self.break_after(i - 1));
        // (a present form too, `says`; not after a name, the subject of an embedded
        // clause: `to defend the men Reyes said were involved`)
        let main_verb = |i: usize, next: usize| {
            let t = self.ts[next].text;
            in_subject
                && !self.inside[next]
                && (self.finite_form(next) || (t.starts_with(char::is_lowercase) && t.ends_with('s') && !t.ends_with("ss")))
                && frame(t).is_some()
                && !self.ts[i].text.starts_with(char::is_uppercase)
                && (infinitive || !(from..=i).any(|w| self.finite_form(w)))
                && !(from..=i).any(|w| self.in_list(w, &["that", "what", "whether", "if", "how", "why", "who", "which", "when", "where"]) || self.in_list(w, SUBORDINATORS) || self.subject_pronoun(w) || self.break_after(w))
        };
        // (whether the content's words up to word `i` are a phrase it opens with, a
        // preposition's, a subordinator's or an adverbial's, with no break before `i`)
        let fronted_in_content = |i: usize| (self.in_list(opener, cues::PREPOSITIONS) || self.in_list(opener, SUBORDINATORS) || self.in_list(opener, OPENING_ADVERBIALS)) && !(opener..i).any(|k| self.break_after(k));
        // `denied any wrongdoing and insisted that ...`: the subject's next verb of speech
        // ends a content of two words too, shorter than `min`, which would otherwise run on
        // over the second report and leave it no item
        // (an object, not a clause whose subject the verb may be: `clarified Cole misspoke
        // and intended to ...`)
        let object = |i: usize| !self.ts[from].text.starts_with(char::is_uppercase) && !(from..=i).any(|k| self.inside[k] || self.break_after(k) || self.finite_form(k) || self.past_in_ed(k) || self.subject_pronoun(k));
        // (a past, or a verb with its own clause after it: a plural after `and` is as often a
        // second noun, `the audit and claims in it`)
        let next_report = |w: usize| {
            self.coordinated_verb(w)
                && self.ts.get(w).is_some_and(|t| t.text.ends_with("ed") || IRREGULAR_PAST.contains(&t.text) || self.in_list(w + 1, &["that", "to"]) || self.is(w + 2, "that") || self.subject_pronoun(w + 1))
        };
        // `recalling her first trip to Westport and touring the old pier`, `opposed the
        // levy and outlined her plans`, `rejected the charge by citing the audit`: an
        // object with no verb in it ends where the subject's next act begins
        // ([`Sentence::next_act`]), however short; not in a list of acts the content
        // opens with, `warned against raising fares and cutting service`
        let act_after = |i: usize| {
            let next = i + 1;
            // (not in a phrase the content opens with, `said that with Cole on the ballot and
            // Reyes running the campaign, ...`)
            self.in_list(next, &["and", "by"]) && object(i) && !self.in_list(from, cues::PREPOSITIONS) && self.act_after_object(from, i)
        };
        if let Some(i) = (from + 1..(from + min - 1).min(self.ts.len() - 1)).find(|&i| (self.is(i + 1, "and") && !self.inside[i + 1] && object(i) && next_report(i + 2)) || act_after(i)) {
            return Some((self.ts[from].start, self.ts[i].end));
        }
        // (a content that opens inside parentheses ends where they close: `(Hart says
        // they took nine weeks) delayed the ferry`)
        // (both parenthesis tests are asked only in a sentence that has one)
        let parens = self.text.get(self.lo..self.hi).is_some_and(|t| t.contains('('));
        let in_parens = parens && (0..from).rev().map(|g| self.gap(g)).find(|g| g.contains(['(', ')'])).is_some_and(|g| g.rfind('(') > g.rfind(')'));
        let stops = |i: usize| -> bool {
            let next = i + 1;
            let semicolon = self.gap(i).contains(';');
            semicolon
                || (in_parens && self.gap(i).contains(')'))
                || main_verb(i, next)
                || (fronted && self.break_after(i))
                || closes_relative(i)
                || (self.break_after(i)
                    && !self.inside[next]
                    && self.in_list(next, STOP_AFTER_BREAK)
                    && !self.subject_goes_on(from, i)
                    && !self.elliptical_but(next)
                    // (`had, however, underestimated`: set off on both sides, an aside)
                    && !(self.in_list(next, &["however", "though"]) && next + 1 < self.ts.len() && self.break_after(next)))
                // (`, to which Brandt replied`, `, at which point ...`, `, after which
                // ...`: the writer's next event hangs on the whole report)
                // (not when the clause is still the speaker's, a modal in it, `, after which
                // riders could board`, nor an aside the content goes on past, `, to which Cole
                // objected, next year`)
                || (self.break_after(i)
                    && !self.inside[next]
                    && self.in_list(next, &["to", "at", "after", "upon"])
                    && self.is(next + 1, "which")
                    && !self.inside[next + 1]
                    && (next + 2..self.ts.len() - 1).all(|k| !self.break_after(k))
                    && !(next + 2..(next + 8).min(self.ts.len()))
                        .find(|&k| frame(self.ts[k].text).is_some() || self.in_list(k, MODALS))
                        .is_some_and(|k| self.in_list(k, MODALS)))
                || (self.break_after(i) && self.ts[next].text.ends_with("ing") && !self.inside[next] && frame(self.ts[next].text).is_some())
                // `Organizers added 40 marshals, the Herald reported.`: a cue clause set
                // after a comma is another report's, whose content this one is part of
                // (not after a phrase that opens the content: `that at the time, Cole
                // supported the deal`, `that when Reyes was elected, Democrats warned`)
                || (self.break_after(i)
                    && next > from
                    // (not one set right after a relative word, which only interrupts the
                    // content: `said that the plan, which, his staff expects, would ...`)
                    && !self.in_list(i, &["which", "who", "where"])
                    && self.cue_clause_at(next)
                    && (self.is(from, "to") || !(self.in_list(from, GOVERNING) || self.in_list(from, SUBORDINATORS)) || (from..=i).any(|w| self.finite_form(w) || frame(self.ts[w].text).is_some())))
                // `..., and when asked whether ...`: a question put to the speaker opens a
                // new exchange
                || (self.break_after(i) && self.in_list(next, &["and", "but"]) && !self.inside[next] && (self.asked_at(next + 1) || (self.in_list(next + 1, &["when", "after", "once"]) && self.asked_at(next + 2))))
                // (and so does a setting a subordinator or a participle opens, closed by a
                // comma and a cue clause: `..., and if the board disagrees, she said, “...”`,
                // `..., and, pressed by reporters, he said ...`)
                || (self.break_after(i) && self.in_list(next, &["and", "but"]) && !self.inside[next] && self.setting_then_cue(next + 1))
                // `... that she and Reyes “were never close” and went on to discuss ...`: after
                // the speaker's own words in quote marks, `went on to` and a reporting verb
                // is the speaker's next act, told as a sequel (without the quote marks it is
                // as often the content's subject's: `said the senator voted for the bill and
                // went on to denounce it`)
                || (self.inside[i] && self.is(next, "and") && !self.inside[next] && self.sequel_at(next + 1))
                // `... and said ...`, `but later defended ...`: the subject's next verb of
                // speech opens its own attribution
                || (self.in_list(next, &["and", "but"]) && !self.inside[next] && (self.coordinated_verb(next + 1) || (self.dated_phrase(next + 1) && self.coordinated_verb(next + 3))))
                // `calling it fair and saying ...`: after a participle's content, `and` and
                // another participle of speech is the same subject's next report
                || (self.is(next, "and") && !self.inside[next] && self.participle_pair(from, next + 1))
                // `Reyes, who says Cole is attacking him, said voters ...`: the verb of
                // the subject a relative clause was set in ends that clause's content
                || (self.break_after(i) && !self.inside[next] && self.in_list(next, &["said", "says", "told", "tells", "added"]) && !self.is(next + 1, "to"))
                // `... and she accused Reyes of ...`: a pronoun subject and its reporting verb
                || (self.in_list(next, &["and", "but"]) && !self.inside[next] && self.in_list(next + 1, &["he", "she", "they", "i", "we"]) && (self.ts.get(next + 2).is_some_and(|t| cues::is_verb(t.text, false)) || self.in_list(next + 2, &["accused", "blamed", "criticized", "charged", "attacked", "denied", "praised", "urged"])))
                // `, and Reyes vowed ...`, `, and more than 6 in 10 said ...`: a new subject
                // and its reporting verb; with no comma too once the content has a verb of
                // its own, or a subject pronoun and a word after it (`said the ferry was late
                // and Cole said it was early`, `40 percent said they trust the board and 30
                // percent said they do not`; not `said Reyes and Cole agreed`, whose `and`
                // joins the content's subject)
                // (the cheap tests first: the scan of the content's words runs only at an
                // `and` or a `but`)
                // `, because she believed ...`: the speaker's own reason, told as a report of
                // its own (a subject pronoun and a verb that reports a bare clause, with a
                // clause after it; another subject's report is the speaker's explanation,
                // `said the plan failed, because officials believed ...`, and a verb that
                // reports only with `that` would leave the reason no item, `because he felt
                // the party had left him`)
                || (self.break_after(i)
                    && self.is(next, "because")
                    && !self.inside[next]
                    && self.in_list(next + 1, &["he", "she", "they", "i", "we"])
                    && self.frames.get(next + 2).copied().flatten().is_some_and(|f| f.contains(&Frame::Clause) || (f.contains(&Frame::That) && self.is(next + 3, "that")))
                    && !self.in_list(next + 3, &["so", "this"])
                    && next + 3 < self.ts.len()
                    && !self.break_after(next + 3))
                || (self.in_list(next, &["and", "but"])
                    && !self.inside[next]
                    && (self.break_after(i) || (from..=i).any(|w| !self.inside[w] && (self.finite_form(w) || (w < i && self.subject_pronoun(w)))))
                    // (with no comma, `and that ...` is the same verb's second content)
                    && (self.break_after(i) || !self.is(next + 1, "that"))
                    && (self.share_speaks(next + 1)
                        || (next + 2..(next + 5).min(self.ts.len())).any(|w| {
                        !self.inside[w]
                            && frame(self.ts[w].text).is_some()
                            // (with no comma, the words from `and` to the verb are all the
                            // subject's, names, counts and shares, two names joined by `and`
                            // too: not `and fight what he called ...`; and the word before
                            // `and` is no name, which the `and` would join to the next:
                            // `larger than Cole and Brandt said`)
                            && (self.break_after(i)
                                || (!self.ts[i].text.starts_with(char::is_uppercase)
                                    && (next + 1..w).all(|k| {
                                        let name = |x: usize| self.ts[x].text.starts_with(char::is_uppercase);
                                        !self.inside[k]
                                            // (a pronoun is as often the content's own
                                            // subject again: `said voters were angry and
                                            // they wanted answers`)
                                            && (self.ts[k].text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                                                || self.in_list(k, QUANTITY_SUBJECTS)
                                                || (k > next + 1 && self.is(k, "and") && name(k - 1) && name(k + 1)))
                                    })))
                            && (self.ts[w - 1].text.starts_with(char::is_uppercase)
                                // (a number counts voters, `and 600 said`, not a year after
                                // a preposition, `and in 2021 said`; a share, `and 6 in 10
                                // said`, is `share_speaks`)
                                || (self.ts[w - 1].text.starts_with(|c: char| c.is_ascii_digit()) && !self.in_list(w - 2, GOVERNING))
                                || self.in_list(w - 1, SUBJECT_WORDS)
                                || self.in_list(w - 1, QUANTITY_SUBJECTS)
                                // (after a comma, a plural in lower case, `, and aides say`,
                                // before a verb that reports a bare clause or a `that` one, so
                                // that the report after it is an item: not `, and miners
                                // warned it was unsafe`; not a science's name, `physics`)
                                // (past up to two modifiers, a name or a word in lower case
                                // that is no verb, preposition or clause word: `, and other
                                // council members said`, `, and other Eastvale members said`)
                                || (self.break_after(i)
                                    && (next + 2..=next + 4).contains(&w)
                                    && (next + 1..w - 1).all(|k| self.ts[k].text.starts_with(char::is_uppercase) || self.ts[k].text.starts_with(char::is_lowercase) && frame(self.ts[k].text).is_none() && !self.finite_form(k) && !self.past_in_ed(k) && !self.ts[k].text.ends_with("ing") && !self.in_list(k, cues::PREPOSITIONS) && !self.in_list(k, CLAUSE_OPENERS) && !self.in_list(k, SUBORDINATORS))
                                    && self.ts[w - 1].text.starts_with(char::is_lowercase)
                                    && cues::plural_noun(&self.ts[w - 1])
                                    && !self.ts[w - 1].text.ends_with("ics")
                                    && (self.frames[w].is_some_and(|f| f.contains(&Frame::Clause)) || self.is(w + 1, "that"))))
                        })))
                // `..., 39 have said they support Reyes`, `... and others have said they ...`:
                // a count of people or a share word, its auxiliaries and its own verb of
                // speech open a second report
                // (not after a phrase the content opens with, `said that of the 40
                // members, 12 have said ...`: the count is the content's own subject)
                || (self.break_after(i) && !self.inside[next] && self.counted_subject_reports(next) && !fronted_in_content(i))
                || (self.in_list(next, &["and", "but"]) && !self.inside[next] && self.counted_subject_reports(next + 1))
                || act_after(i)
                // `said the pier will reopen (a date that, engineers say, is too early)`: a
                // parenthesis that holds a report of its own is no more of this content
                || (parens && self.gap(i).contains('(') && (next..self.ts.len()).take_while(|&w| w == next || !self.gap(w - 1).contains(')')).any(|w| w > next && self.break_after(w - 1) && self.cue_clause_at(w)))
                // `... and the mayor said the fund would ...`, `... while the governor argued`: a
                // new subject opened by a determiner and its verb of speech
                || (self.in_list(next, &["and", "but", "while", "whereas"])
                    && !self.inside[next]
                    && self.in_list(next + 1, &["the", "a", "an", "his", "her", "their", "its", "our"])
                    && (next + 3..(next + 6).min(self.ts.len())).any(|w| !self.inside[w] && cues::is_verb(self.ts[w].text, false) && self.ts[w].text.starts_with(char::is_lowercase)))
        };
        // (a content shorter than `min` closed by a comma, `and` or `but` and a new
        // subject's report ends there, so that the second report is not swallowed: `said
        // fares rose, and riders said buses were late`; the caller's least words then judge
        // the short content)
        if let Some(i) = (from + 1..(from + min - 1).min(self.ts.len() - 1)).find(|&i| self.break_after(i) && self.in_list(i + 1, &["and", "but"]) && !self.inside[i + 1] && stops(i)) {
            return Some((self.ts[from].start, self.ts[i].end));
        }
        if let Some(i) = (from + min - 1..self.ts.len() - 1).find(|&i| stops(i)) {
            end = i;
        }
        if let Some(k) = self.setting_tail(from, from + min, end) {
            end = k - 1;
        }
        Some((self.ts[from].start, self.ts[end].end))
    }

    /// Where a phrase of time that opens at word `p` ends: a day or a date (`on Tuesday`,
    /// `last week`, [`Sentence::dated_phrase`]), or a preposition with a span of time for
    /// its object (`for years`, `over the weekend`, `for the second time`, `over the past
    /// decade`), past a determiner, a number or an ordinal.
    fn time_phrase_end(&self, p: usize) -> Option<usize> {
        const TIMES: &[&str] = &["day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "decade", "decades", "hour", "hours", "time", "times", "while", "summer", "winter", "spring", "autumn", "season"];
        const BEFORE: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "past", "last", "next", "first", "second", "third", "several", "many", "few", "some", "two", "three", "four", "five"];
        if self.dated_phrase(p) {
            return Some(p + 1);
        }
        if !self.in_list(p, &["for", "over", "during", "in"]) {
            return None;
        }
        let mut i = p + 1;
        while i < self.ts.len() && i < p + 4 && (self.in_list(i, BEFORE) || self.ts[i].text.starts_with(|c: char| c.is_ascii_digit())) && !self.break_after(i) {
            i += 1;
        }
        (i < self.ts.len() && self.in_list(i, TIMES) && !self.is(i + 1, "of")).then_some(i)
    }

    /// Whether `went on to` and a reporting verb stand at word `v` (`went on to discuss`).
    fn sequel_at(&self, v: usize) -> bool {
        self.in_list(v, &["went", "goes", "go"]) && self.is(v + 1, "on") && self.is(v + 2, "to") && self.ts.get(v + 3).is_some_and(|t| frame(t.text).is_some()) && !(v..v + 4).any(|i| self.inside[i])
    }

    /// Where a setting of speech starts that closes a question's content running from
    /// word `from` to `end` (`asked whether he was trying to stall the plan in an
    /// interview with the Herald`), at word `lo` or later: the setting is the asking's, not
    /// part of the question. Only a question's: after `said`, a setting at the end is as
    /// often the reported event's own (`said she was misquoted in an interview`, `said the
    /// mayor never mentioned the port in his speech`).
    fn setting_tail(&self, from: usize, lo: usize, end: usize) -> Option<usize> {
        // (asked first: every content passes here, and few are questions)
        if !self.in_list(from, &["whether", "if"]) {
            return None;
        }
        let k = (lo..end).find(|&k| self.in_list(k, &["in", "during"]) && self.in_list(k + 1, &["a", "an", "his", "her", "their", "its"]))?;
        let j = (k + 2..=(k + 3).min(end)).find(|&j| self.in_list(j, SETTINGS))?;
        let named = j + 2 <= end && self.is(j + 1, "with") && (j + 2..=end).all(|i| self.ts[i].text.starts_with(char::is_uppercase) || self.is(i, "the"));
        ((j == end || named) && !(k..=end).any(|i| self.inside[i])).then_some(k)
    }

    /// Whether a cue clause opens at word `n`, after a comma: a short subject, then a verb
    /// of speech that ends the sentence or its clause, or has a short tail (`, the
    /// Herald reported.`, `, officials said, ...`, `, Kemp told NEWSLINE on Monday.`).
    fn cue_clause_at(&self, n: usize) -> bool {
        // (after a quote, `“...,” she said`, the cue clause is the quote's, which the
        // quote's own rules read)
        if n == 0 || self.inside[n - 1] {
            return false;
        }
        let Some(v) = (n + 1..(n + 6).min(self.ts.len())).take_while(|&w| !self.break_after(w - 1) && !self.inside[w]).find(|&w| {
            self.ts[w].text.starts_with(char::is_lowercase) && !self.ts[w].text.ends_with("ing") && frame(self.ts[w].text).is_some_and(|f| f.iter().any(|f| !matches!(f, Frame::Noun(_))))
        }) else {
            return false;
        };
        // (the subject: a name or a noun phrase, no clause or phrase of its own; not `,
        // despite having different beliefs`, `, making it hard to maintain`)
        let opens = self.ts[n].text.starts_with(char::is_uppercase) || self.in_list(n, &["the", "a", "an", "he", "she", "they", "we", "i", "his", "her", "their", "its", "one", "some", "many", "most", "several", "officials", "aides", "sources", "experts", "analysts", "critics"]);
        let subject = opens
            && (n..v).all(|w| {
                !self.inside[w] && !self.finite_form(w) && !self.ts[w].text.ends_with("ing") && !self.in_list(w, SUBORDINATORS) && !self.in_list(w, &["that", "which", "who", "and", "but", "or", "to", "despite", "with", "without", "for", "in", "on", "at", "by"])
            });
        let end = (v..self.ts.len()).find(|&w| self.break_after(w)).unwrap_or(self.ts.len() - 1);
        subject && end - v <= 4 && !(v + 1..=end).any(|w| self.in_list(w, &["that", "to", "whether", "if"]) || self.inside[w])
    }

    /// Whether words `w` and `w + 1` are a short phrase of time (`in 2021`, `last week`,
    /// `on Monday`).
    fn dated_phrase(&self, w: usize) -> bool {
        self.in_list(w, &["in", "on", "at", "by", "last", "this", "earlier", "later"])
            && self.ts.get(w + 1).is_some_and(|t| {
                let lower = t.text.to_lowercase();
                t.text.starts_with(|c: char| c.is_ascii_digit()) || WEEKDAYS.contains(&lower.as_str()) || contract::lexicon::is_month_name(&lower) || self.time_after(w + 1)
            })
    }

    /// Whether the `that` at word `i` points at a thing rather than opening a clause:
    /// nothing after it in the sentence (`said that.`), a particle (`ruled that out`), or
    /// one word and then the sentence's end or a day (`affirmed that decision.`,
    /// `reaffirmed that commitment Tuesday`). One word and a comma, a determiner or a
    /// preposition may be either (`learned that lesson the hard way`, `said that given the
    /// drought ...`, `admitted that charity -- even on her scale -- would not ...`,
    /// `affirmed that decision in March`): those are left clauses.
    fn demonstrative(&self, i: usize) -> bool {
        // (a comma or a dash right after it opens an aside inside the clause, not its
        // end: `argue that, with the vote behind them, ...`)
        if i + 1 >= self.ts.len() {
            return true;
        }
        if self.in_list(i + 1, &["out", "up", "down", "off", "away", "aside"]) {
            return true;
        }
        let noun = self.ts[i + 1].text.starts_with(char::is_lowercase) && !self.in_list(i + 1, CLAUSE_OPENERS) && !self.inside[i + 1] && !self.in_list(i + 1, cues::PREPOSITIONS);
        if !noun {
            return false;
        }
        if i + 2 >= self.ts.len() || self.in_list(i + 2, WEEKDAYS) {
            return true;
        }
        // (`said that morning that ...`, `said that day the ferry was late`: a time, unless
        // a verb follows it, whose subject it is, `said that day was the worst`)
        let next = self.ts[i + 2].text;
        if contract::lexicon::with_folded(self.ts[i + 1].text, |t| contract::lexicon::is_time_after_determiner(t, None)) && !(self.finite_form(i + 2) || auxiliary(next) || self.past_in_ed(i + 2)) {
            return true;
        }
        // `answered that question in June`, `swore that oath in 1998`: a singular noun, then
        // a short phrase of a preposition or a time that ends the sentence, with no verb
        // in it (a singular subject's present ends in `-s`: `that aid to the pilots
        // helps`; a plural after `that` opens a clause, `that voters in Eastvale want`; a
        // longer phrase may hold a verb no list knows, `that use of the ferry fell by
        // ...`, or one after an aside, `that the queue at the pier, long as it was, had
        // shrunk`)
        let t = self.ts[i + 1].text;
        let singular = !t.ends_with('s') || t.ends_with("ss");
        let last = self.ts.len() - 1;
        if !singular || last > i + 5 || !(self.in_list(i + 2, cues::PREPOSITIONS) || self.time_at(i + 2)) || (i..last).any(|k| self.break_after(k)) {
            return false;
        }
        let verb = |k: usize| {
            let w = self.ts[k].text;
            let noun_before = self.in_list(k - 1, cues::DETERMINERS) || self.in_list(k - 1, cues::PREPOSITIONS) || self.ts[k - 1].text.starts_with(|c: char| c.is_ascii_digit());
            self.inside[k] || self.finite_form(k) || auxiliary(w) || self.past_in_ed(k) || (w.starts_with(char::is_lowercase) && w.ends_with('s') && !w.ends_with("ss") && !noun_before)
        };
        !(i + 2..=last).any(verb)
    }

    /// Whether the `that` at word `i` is its clause's subject, an auxiliary or a modal
    /// right after it (`said that was wrong`, `told reporters that will never happen`),
    /// not the clause's opener: the content then keeps it.
    fn that_is_subject(&self, i: usize) -> bool {
        i + 1 < self.ts.len() && !self.inside[i + 1] && (self.in_list(i + 1, AUXILIARIES) || self.in_list(i + 1, MODALS))
    }

    /// Whether words `from..=end` after a cue's verb are only where and when it was said:
    /// a day, then a preposition's phrase of up to a dozen words with no verb of a clause
    /// of its own (`said Thursday in a speech promoting her bus plan`; not `said in a
    /// statement the repairs would continue`), which a cue clause may carry past the six
    /// words its other tails are held to.
    fn adverbial_tail(&self, from: usize, end: usize) -> bool {
        let mut i = from;
        while i <= end && (self.in_list(i, WEEKDAYS) || self.in_list(i, &["yesterday", "today", "tonight", "earlier", "later", "again"])) {
            i += 1;
        }
        // (no clause of its own inside: `said in an interview that ...`, `said on Monday
        // he ...`)
        i < end
            && end - i <= 12
            && self.in_list(i, &["in", "at", "during", "on", "before", "after"])
            && self.in_list(i + 1, &["a", "an", "the", "his", "her", "their", "its"])
            && !(i..=end).any(|x| self.inside[x] || self.finite_form(x) || self.in_list(x, &["that", "whether", "if", "he", "she", "they", "we", "i", "it", "who", "which"]))
    }

    /// Whether the words from `from` to `end`, which end the sentence, are the occasion of
    /// the speech before them: a short phrase of no verb (a time, a place, an addressee),
    /// then a clause opened by a subordinator and its subject (`Reyes said as he left the
    /// hall`, `Cole told her aides on Monday while the vote was counted`), not `as much`
    /// or `as well`. (`when` opens one here, where no addressee stands before it to ask
    /// a question of, unlike [`OCCASION_OPENERS`] after `told`: `told KBX when she would
    /// ...`.)
    fn occasion_tail(&self, from: usize, end: usize) -> bool {
        let Some(o) = (from..=end.min(from + 5)).find(|&i| self.in_list(i, &["as", "while", "when", "before", "after", "because", "since"])) else {
            return false;
        };
        // (`as soon as`: the clause opens after its second `as`)
        let o = if self.is(o, "as") && self.in_list(o + 1, &["soon", "long"]) && self.is(o + 2, "as") { o + 2 } else { o };
        let subject = o < end && (self.subject_pronoun(o + 1) || self.in_list(o + 1, &["it", "the", "a", "an", "his", "her", "their", "its", "my", "our"]) || self.ts[o + 1].text.starts_with(char::is_uppercase));
        subject
            && end - o <= 20
            && !(from..o).any(|i| self.finite_form(i) || self.in_list(i, &["that", "whether", "if", "to", "he", "she", "they", "we", "i", "it", "who", "which"]))
            && !(from..=end).any(|i| self.inside[i] || self.break_after(i) && i < end)
    }

    /// Whether the words from `w` are a time after a determiner (`next day`, `night`).
    fn time_after(&self, w: usize) -> bool {
        self.ts.get(w).is_some_and(|t| contract::lexicon::is_time_after_determiner(&t.text.to_lowercase(), self.ts.get(w + 1).map(|n| n.text.to_lowercase()).as_deref()))
    }

    /// Whether `but` at word `b` joins a second predicate to the content's subject (`she
    /// was once on the board, but is now “its loudest critic ...”`): a present
    /// or future auxiliary follows it at once, with no subject of its own.
    fn elliptical_but(&self, b: usize) -> bool {
        // (present and future only, with no negation: `, but would not provide
        // details`, `, but was vague on timing`, `, but did not say when` are the
        // speaker's own acts, told in the past)
        self.is(b, "but")
            && self.in_list(b + 1, &["is", "are", "will", "can"])
            && !self.inside[b + 1]
            && !self.in_list(b + 2, &["not", "never"])
            && !self.ts.get(b + 1).is_some_and(|t| contracted_negation(t.text))
    }

    /// `As reported by The Gazette, [the agency ...]`: a fronted passive `as` clause whose
    /// agent after `by` is the source, and the main clause after its comma the content.
    fn as_reported_by(&self, v: usize, frame: Frame) -> Option<Reported> {
        let opens = (v == 1 && self.is(0, "as")) || (v == 2 && self.is(0, "just") && self.is(1, "as"));
        // (of reports only: `As demanded by protesters, the chief resigned` reports nothing)
        let reported = self.in_list(v, contract::lexicon::AS_REPORTED_BY);
        if !opens || !reported || !matches!(frame, Frame::Clause | Frame::That) || !self.is(v + 1, "by") || self.inside[v] {
            return None;
        }
        // the agent runs to the clause's comma, a few words on (`by Eastvale Weekly`,
        // `by the Millbrook Herald on Monday`)
        let comma = (v + 2..(v + 9).min(self.ts.len())).find(|&i| self.break_after(i))?;
        if (v + 2..=comma).any(|i| self.inside[i] || self::frame(self.ts[i].text).is_some()) {
            return None;
        }
        // (past the agent's own aside: `by the Herald, which first obtained the memo,`, `by
        // the Gazette, citing three sources,`)
        let mut from = comma + 1;
        while self.in_list(from, &["which", "who", "whose", "citing", "according"]) || (self.ts.get(from).is_some_and(|t| t.text.ends_with("ing") && t.text.starts_with(char::is_lowercase))) {
            from = (from..self.ts.len().saturating_sub(1)).find(|&i| self.break_after(i))? + 1;
        }
        let content = self.rest(from, 3)?;
        let speaker = self.speaker_in(self.ts[v + 2].start, self.ts[comma].end, false);
        let confidence = if speaker.is_some() { 0.7 } else { 0.0 };
        Some(Reported { parts: vec![content], cue: (self.ts[v].start, self.ts[v + 1].end), speaker, rule: "reported-as-clause", confidence })
    }

    /// `The sale of the ferry was first reported by the Harbour Herald`, `Cole's role in the deal
    /// was disclosed by two aides`: a passive report with its agent after `by`
    /// ([`contract::lexicon::reported_by_agent`], which the speakers stage reads too)
    /// reports its subject, and the agent is its source. The subject is a noun phrase of
    /// at most ten words that opens its clause and holds no verb; a `which` or `that`
    /// after a comma stands for the noun phrase before the comma (`The letter, which was
    /// first reported by the Herald, asks ...`). The agent runs to its clause's break.
    /// Nothing when the passive is negated, modal, asked or a condition (`was not
    /// confirmed by`, `will be announced by`, `If the closure was reported by`), nor when
    /// its subject is one word that points or a phrase whose head is a person, which is
    /// no report's content (`Ann Cole was confirmed by the council` is an appointment); a
    /// text the speakers stage names (`The letter`) is content. Nor when `as` or `to`
    /// follows the agent (`was described by critics as reckless`, `was confirmed by
    /// engineers to be safe`). Only a participle with a row in the reporting verbs' table
    /// is asked (not `detailed`, `documented`).
    fn reported_by_agent(&self, v: usize) -> Option<Reported> {
        let n = self.ts.len();
        if v + 2 >= n || !self.is(v + 1, "by") || self.break_after(v) || self.inside[v + 1] || !self.ts[v].text.starts_with(char::is_lowercase) {
            return None;
        }
        let word = |k: usize| (v + 1).checked_sub(k).filter(|&i| i == v || !self.break_after(i)).filter(|&i| !self.inside[i]).map(|i| self.ts[i].text);
        if !contract::lexicon::reported_by_agent(word) {
            return None;
        }
        let mut be = v - 1;
        while self.in_list(be, contract::lexicon::BEFORE_A_REPORTED_BY) {
            be -= 1;
        }
        if self.is(be, "as") {
            return self.closing_as_reported_by(be, v);
        }
        let j = self.verb_group_start(be);
        if j == 0 || (j..be).any(|i| self.negated_or_modal(i)) || self.is_question() {
            return None;
        }
        // the agent, to its clause's break: with `as` or `to` after it the passive says
        // what the agent took the subject for or to be, or to whom it was reported (`was
        // described by critics as reckless`, `was confirmed by engineers to be safe`, `was
        // reported by the owner to police`), no report of the subject
        let end = (v + 2..n).find(|&i| self.break_after(i)).unwrap_or(n - 1);
        if (v + 2..=end).any(|i| self.in_list(i, &["as", "to"])) {
            return None;
        }
        // the subject: its clause's words before the verb, past a conjunction or a
        // subordinator that opens them (`and the plan was ...`, `after the deal was ...`)
        let mut from = self.stretch_start(0, j - 1);
        let mut last = j - 1;
        if from == last && self.in_list(from, &["which", "that"]) && from > 0 && self.gap(from - 1).trim() == "," {
            last = from - 1;
            from = self.stretch_start(0, last);
        }
        // (a condition reports nothing: `If the closure was reported by ...`)
        if self.in_list(from, &["if", "unless", "whether"]) {
            return None;
        }
        if self.in_list(from, CONJUNCTIONS) || self.in_list(from, SUBORDINATORS) {
            from += 1;
        }
        // (and past a clause of its own before `and`: `Reyes resigned and the move was ...`)
        let act = |i: usize| self.finite_form(i) || self.past_in_ed(i);
        if let Some(a) = (from + 1..last).rev().find(|&a| self.in_list(a, &["and", "but", "or"]) && (from..a).any(act)) {
            from = a + 1;
        }
        // (a past in `-ed` is a verb unless a determiner makes it an adjective: `The council
        // approved the budget, which was ...` is no noun phrase; `the revised plan` is)
        let verb = |i: usize| {
            self.inside[i] || self.finite_form(i) || auxiliary(self.ts[i].text) || self.in_list(i, &["who", "which", "that", "whom", "whose"]) || (self.past_in_ed(i) && !(i > from && self.in_list(i - 1, cues::DETERMINERS)))
        };
        if from > last || last - from >= 10 || (from..=last).any(verb) || self.in_list(from, cues::PREPOSITIONS) || self.in_list(from, SUBORDINATORS) {
            return None;
        }
        // (one word that points or counts is no content, `This was reported by ...`; nor
        // a phrase whose head is a person, a name or a role, `Mayor Ann Cole was confirmed
        // by`, `A new spokesman was announced by`)
        let lone = from == last && (self.in_list(from, SUBJECT_WORDS) || self.in_list(from, cues::DETERMINERS) || self.in_list(from, &["some", "many", "all", "both", "each", "most", "several"]));
        // (a name after a preposition is no head: `Cole's letter to Ms. Hart`)
        let governed = |at: usize| (from..last).any(|i| self.ts[i].end <= at && self.in_list(i, cues::PREPOSITIONS));
        let person = self.mentions.iter().any(|m| m.end == self.ts[last].end && m.start >= self.ts[from].start && !m.document && !m.pronoun && !governed(m.start))
            || ((self.in_list(last, ROLE_NOUNS) || self.in_list(last, TITLE_WORDS)) && !governed(self.ts[last].start));
        if lone || person {
            return None;
        }
        let speaker = self.speaker_in(self.ts[v + 2].start, self.ts[end].end, false);
        Some(Reported {
            parts: vec![(self.ts[from].start, self.ts[last].end)],
            cue: (self.ts[j].start, self.ts[v + 1].end),
            speaker,
            rule: "reported-by-agent",
            confidence: if speaker.is_some() { 0.7 } else { 0.0 },
        })
    }

    /// `The ferry board began selling bonds, as first reported by the Westport Times`: a
    /// passive `as` clause after a comma, closing the sentence with its agent, reports
    /// the clause before it (from the sentence's start or its colon, past a short aside
    /// before the comma: `, for example,`) as the agent's, as [`Sentence::as_reported_by`]
    /// does when it opens the sentence. `as` is at word `a`, the participle at `v`. Not
    /// when the clause holds a report of its own (`Cole said the fund ..., as reported
    /// by ...`), whose content it would swallow.
    fn closing_as_reported_by(&self, a: usize, v: usize) -> Option<Reported> {
        let n = self.ts.len();
        if a < 3 || self.gap(a - 1).trim() != "," || n - v > 10 || (v + 1..n - 1).any(|i| self.break_after(i) || self.inside[i]) {
            return None;
        }
        let from = (0..a - 1).rev().find(|&i| self.colon_after(i)).map_or(0, |i| i + 1);
        let mut last = a - 1;
        let aside = self.stretch_start(from, last);
        if aside > from && last - aside < 3 && (self.in_list(aside, cues::PREPOSITIONS) || self.ly_adverb(aside)) {
            last = aside - 1;
        }
        // (a verb of speech that takes a clause, not a noun's frame or an attitude's:
        // `Under the plan, fares will rise`, `The council voted to close the pool`)
        let speech = |i: usize| {
            self.frames[i].is_some_and(|f| f.iter().any(|f| matches!(f, Frame::Clause | Frame::That | Frame::Tell | Frame::Whether)))
                && !(i > 0 && (self.in_list(i - 1, cues::DETERMINERS) || self.in_list(i - 1, POSSESSIVES)))
        };
        if last < from + 2 || (from..=last).any(|i| self.inside[i] || speech(i)) {
            return None;
        }
        let speaker = self.speaker_in(self.ts[v + 2].start, self.ts[n - 1].end, false);
        Some(Reported {
            parts: vec![(self.ts[from].start, self.ts[last].end)],
            cue: (self.ts[a].start, self.ts[v + 1].end),
            speaker,
            rule: "reported-as-clause",
            confidence: if speaker.is_some() { 0.7 } else { 0.0 },
        })
    }

    /// Whether word `i` is a subject pronoun, alone or with its verb contracted onto it
    /// (`he`, `he's`, `they’re`, `I'd`).
    fn subject_pronoun(&self, i: usize) -> bool {
        let Some(t) = self.ts.get(i) else { return false };
        let bare = t.text.split(['\'', '’']).next().unwrap_or("");
        cues::SUBJECT_PRONOUNS.iter().any(|p| bare.eq_ignore_ascii_case(p))
    }

    /// Whether a clause opens at word `k` with a short subject (one word, a determiner and
    /// its noun, or a name of up to three words; no preposition, comma or quote mark) and a
    /// modal right after it (`this would be`, `the plan will fail`, `Tom Reyes could win`).
    fn modal_clause_at(&self, k: usize) -> bool {
        // (one word, or a determiner and its noun: a longer phrase before the modal is most
        // often an object and a relative clause without `that`, `assumed the duties Reyes
        // would leave`, `found the funds taxpayers would need`)
        const DETERMINERS: &[&str] = &["the", "this", "these", "those", "his", "her", "their", "its", "our", "a", "an", "many", "most", "some", "few", "both", "all", "every"];
        let capitalised = |i: usize| self.ts.get(i).is_some_and(|t| t.text.starts_with(char::is_uppercase));
        // (a name may run to three words: `Tom Reyes could`, `the White House would`)
        let name_to = |from: usize| (from..(from + 3).min(self.ts.len())).take_while(|&i| capitalised(i) && !self.inside[i]).last();
        let m = if self.in_list(k + 1, MODALS) {
            k + 1
        } else if self.in_list(k, DETERMINERS) && self.in_list(k + 2, MODALS) {
            k + 2
        } else if self.in_list(k, DETERMINERS) && self.in_list(k + 3, MODALS) && self.ts[k + 2].text.starts_with(char::is_lowercase) && !self.subject_pronoun(k + 2) && (!self.ts[k + 2].text.ends_with('s') || self.ts[k + 1].text.ends_with("'s") || self.ts[k + 1].text.ends_with("’s")) {
            // (a determiner, a modifier and a singular noun: `the east span could`, `the
            // city's budget would`; not a noun and a plural or a pronoun that opens a
            // relative clause, `the funds taxpayers would need`, `a builder she would hire`)
            k + 3
        } else if let Some(last) = if self.in_list(k, DETERMINERS) { name_to(k + 1) } else { name_to(k) }.filter(|&l| self.in_list(l + 1, MODALS)) {
            last + 1
        } else {
            return false;
        };
        (k..m).all(|i| !self.inside[i] && !self.break_after(i) && !self.in_list(i, GOVERNING) && !self.in_list(i, &["that", "which", "who", "what", "and", "or"]))
    }

    /// Whether word `i` is a past (or a participle) in `-ed`, in lower case: `fired`,
    /// `conducted`, not `Ted`.
    /// Whether a setting opens at word `s`, a subordinate clause (`if the board
    /// disagrees`) or a participle's phrase (`pressed by reporters`, `speaking later`),
    /// and a cue clause follows its comma within a dozen words: a new exchange.
    fn setting_then_cue(&self, s: usize) -> bool {
        let Some(t) = self.ts.get(s) else { return false };
        let opens = self.in_list(s, SUBORDINATORS) || (t.text.starts_with(char::is_lowercase) && (t.text.ends_with("ing") || t.text.ends_with("ed")));
        opens && !self.inside[s] && (s..(s + 12).min(self.ts.len().saturating_sub(1))).find(|&b| self.break_after(b)).is_some_and(|b| self.cue_clause_at(b + 1))
    }

    /// Whether the object that opens at word `from` ends at word `i` because the
    /// subject's next act follows: `and` or `by` after it, then [`Sentence::next_act`];
    /// not when the object holds an `-ing` form itself, a list of acts (`opposed raising
    /// fares and cutting service`). [`Sentence::rest`] and [`Sentence::object_end`] ask.
    fn act_after_object(&self, from: usize, i: usize) -> bool {
        let next = i + 1;
        // (an `-ing` form after a determiner or a possessive is a noun's, `the dredging plan`)
        let act = |k: usize| self.ts[k].text.ends_with("ing") && !(k > from && (self.in_list(k - 1, cues::DETERMINERS) || self.possessive_at(k - 1)));
        self.in_list(next, &["and", "by"]) && !self.inside[next] && !(from..=i).any(act) && self.next_act(next + 1, self.is(next, "and"))
    }

    /// Whether word `w` opens an act of its own after an object's `and` or `by`: an
    /// `-ing` form (or, after `and`, a past in `-ed`), maybe after a name that is its
    /// subject (`and Tom Reyes waving the audit`, only after `and`), with an object
    /// of its own that a determiner or a possessive opens (`and touring the old pier`,
    /// `by citing the audit`); `the cost and timing of the bridge` has none.
    fn next_act(&self, w: usize, and: bool) -> bool {
        // (a name and a past is a coordinated subject and its verb: `the decisions of Ann
        // Cole and Tom Reyes caused ...`)
        // (the name's `-ing` right after it: in `praised the crews and Tom Reyes, saying
        // ...` the name is a second object, and the participle the subject's)
        let (w, named) = match self.mention_from(w).filter(|m| and && !m.pronoun) {
            Some(m) => (self.ts.partition_point(|t| t.start < m.end), true),
            None => (w, false),
        };
        if named && (w == 0 || self.break_after(w - 1)) {
            return false;
        }
        let Some(t) = self.ts.get(w) else { return false };
        // (a preposition in `-ing` is none: `and Tom Reyes during the debate`)
        let preposition = self.in_list(w, cues::PREPOSITIONS) || self.in_list(w, &["including", "regarding", "concerning", "following", "excluding", "considering", "involving", "according"]);
        let form = t.text.len() > 5 && !preposition && (t.text.ends_with("ing") || (and && !named && t.text.ends_with("ed")));
        // (not `that`, which may open a relative clause: `the cost and timing that ...`)
        // (or an infinitive after an `-ing` form of trying: `and trying to reach the
        // pilots`)
        let object = self.in_list(w + 1, &["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "these", "those", "this", "out", "up", "him", "them", "it"])
            || (self.in_list(w, &["trying", "seeking", "hoping", "working", "planning", "struggling", "scrambling", "moving", "looking"]) && self.is(w + 1, "to"));
        !self.inside[w] && t.text.starts_with(char::is_lowercase) && form && object
    }

    /// Whether word `i` is a verb that opens a relative clause after `that`: an
    /// auxiliary, a past or another finite form (`that ran`, `that have endorsed`), or a
    /// form of a reporting verb as a verb (`that oppose`; not a noun's only, `that
    /// concerns about ...`), outside quote marks.
    fn verb_opens(&self, i: usize) -> bool {
        i < self.ts.len() && !self.inside[i] && (self.in_list(i, AUXILIARIES) || self.past_in_ed(i) || self.finite_form(i) || (self.frames[i].is_some_and(|fs| fs.iter().any(|f| !matches!(f, Frame::Noun(_)))) && self.ts[i].text.starts_with(char::is_lowercase)))
    }

    /// Whether mention `m` is the object of a preposition right after a lower-case noun
    /// (`A member of the harbour board`, `A spokesman for Ann Cole`): the phrase is the
    /// noun's, and a `who` or a verb after it is the noun's too.
    fn governed_by_a_noun(&self, m: &Mention) -> bool {
        let k = self.ts.partition_point(|t| t.start < m.start);
        let k = if k > 0 && self.in_list(k - 1, &["the", "a", "an"]) { k - 1 } else { k };
        // (not a share of a group, `43 percent of Republicans`, `many of them`, whose
        // members the group's mention names)
        // (the sentence's first word is capitalised for the sentence: `Supporters of Tom
        // Reyes, many of them farmers, said`, when no mention opens there)
        let noun = |n: usize| self.ts[n].text.starts_with(char::is_lowercase) || (n == 0 && self.mention_at(0).is_none());
        k >= 2 && self.in_list(k - 1, &["of", "for", "at"]) && !self.inside[k - 2] && noun(k - 2) && self.ts[k - 2].text.chars().all(char::is_alphabetic) && !self.break_after(k - 2) && self.frames[k - 2].is_none() && !self.in_list(k - 2, SHARES)
    }

    fn past_in_ed(&self, i: usize) -> bool {
        let t = self.ts[i].text;
        t.starts_with(char::is_lowercase) && t.ends_with("ed")
    }

    /// Whether the sentence is a question: it ends in `?`.
    fn is_question(&self) -> bool {
        self.text.get(self.lo..self.hi).is_some_and(|x| x.trim_end().ends_with('?'))
    }

    /// Whether word `i` may be the main clause's verb after a relative clause: an
    /// auxiliary or a finite form (`was`, `will`, `lost`, `took`), outside quote marks.
    /// A past that is as often an adjective (`paid leave`, `lost revenue`, `set hours`) is
    /// one only before an object's opener (`lost the primary`).
    fn main_verb_at(&self, i: usize) -> bool {
        i < self.ts.len()
            && !self.inside[i]
            && (auxiliary(self.ts[i].text) || (self.finite_form(i) && (!self.in_list(i, &["paid", "lost", "set", "left", "kept", "sent", "won"]) || self.in_list(i + 1, OBJECT_OPENERS))))
    }

    /// The last word of a phrase that runs from word `from` to word `end` at most: the
    /// word before the first main-clause verb after `from` ([`Sentence::main_verb_at`]),
    /// else `end` (`a board that Reyes views as corrupt has denied it` ends at
    /// `corrupt`).
    fn before_main_verb(&self, from: usize, end: usize) -> usize {
        (from + 1..=end).find(|&i| self.main_verb_at(i)).map_or(end, |i| i - 1)
    }

    /// Whether word `i` is an adverb in `-ly` (`Ironically`), not a name (`Kelly`).
    fn ly_adverb(&self, i: usize) -> bool {
        let t = self.ts[i];
        contract::lexicon::is_ly_adverb(t.text) && !self.mentions.iter().any(|m| !m.pronoun && m.start <= t.start && t.end <= m.end)
    }

    /// Whether word `w` is a finite verb form of a closed class: an auxiliary or a form of
    /// `be` or `have` (`is`, `had`, `will`), or a common or reporting verb's irregular past
    /// (`took`, `said`), in lower case.
    fn finite_form(&self, w: usize) -> bool {
        let t = self.ts[w].text;
        t.starts_with(char::is_lowercase) && (RELATIVE_VERBS.contains(&t) || COMMON_PAST.contains(&t) || IRREGULAR_PAST.contains(&t))
    }

    /// Whether the content's words `from..=i` are still only its subject, a name or a
    /// noun phrase with no verb, so that an apposition or a relative clause after the
    /// comma belongs to it (`said Ruth Kemp, the mother of Paul Kemp, who died in
    /// the flood, is “simply wrong”`): the subject opens with a name, is short, and
    /// an apposition or a relative clause follows the comma.
    fn subject_goes_on(&self, from: usize, i: usize) -> bool {
        let verb = |w: usize| {
            let t = self.ts[w].text;
            !self.inside[w] && (self.finite_form(w) || (t.starts_with(char::is_lowercase) && (t.ends_with("ed") || contracted_negation(t) || t.contains(['\'', '’']))))
        };
        let named = self.ts[from].text.starts_with(char::is_uppercase) && cues::mentions_in(&self.mentions, self.ts[from].start, self.ts[i].end).next().is_some();
        named && i - from < 10 && !(from..=i).any(verb) && self.in_list(i + 1, &["the", "a", "an", "who"])
    }

    /// Whether word `v` is `show` or `find` in one of its forms after a subject that is
    /// evidence (`polls show`, `the March survey found`, `new filings show`): its object
    /// and what is said of it are what the evidence reports.
    fn evidence_shows(&self, v: usize) -> bool {
        const VERBS: &[&str] = &["show", "shows", "showed", "shown", "find", "finds", "found"];
        const EVIDENCE: &[&str] = &[
            "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports",
            "record", "records", "data", "figures", "filings", "filing", "analysis", "results",
            "research", "numbers", "census", "audit", "review", "tally", "estimates", "projections",
            "documents", "statistics", "investigation",
        ];
        if !self.in_list(v, VERBS) || self.inside[v] {
            return false;
        }
        let j = cues::past_auxiliaries(&self.ts, 0, v);
        // (`Documents found in the basement show ...`: a participle, not the verb)
        if j == 0 || self.is(v + 1, "that") || (self.in_list(v, &["found", "shown"]) && self.in_list(v + 1, cues::PREPOSITIONS)) {
            return false;
        }
        // the evidence noun heads the clause's subject: within its first words, right
        // before the verb or before a phrase of its own (`A survey by the group in March
        // found`, `A Herald poll this month found`, `a poll released Monday found`)
        let start = (0..j).rev().find(|&i| self.break_after(i) || self.inside[i]).map_or(0, |i| i + 1);
        (start..j.min(start + 5)).any(|e| {
            self.in_list(e, EVIDENCE)
                && (e + 1 == j
                    || self.in_list(e + 1, &["by", "of", "from", "in", "for", "on", "at", "this", "last", "released", "conducted", "published", "taken", "commissioned"])
                    // (`Polls there show`, `Records also show`)
                    || (e + 2 == j && self.in_list(e + 1, &["there", "here", "now", "also", "consistently", "repeatedly"])))
        })
    }

    /// Whether a comma after the verb `v` sets off a short phrase, after whose closing
    /// comma a clause opens with a subject pronoun or a determiner.
    /// Returns where the content starts: at the phrase (`rain or shine on Tuesday, she
    /// is ...`), or after it when it is the cue's own adverbial (`said, in a statement
    /// on Tuesday, the council would ...`, `said, as the audience clapped, ...`).
    fn interjected(&self, v: usize) -> Option<usize> {
        let k = v + 1;
        if k >= self.ts.len() || self.inside[k] || self.in_list(k, &["and", "but", "or", "which", "who"]) || self.text.get(self.ts[v].end..self.ts[k].start).map(str::trim) != Some(",") {
            return None;
        }
        let b = (k..(k + 8).min(self.ts.len().saturating_sub(1))).find(|&i| self.break_after(i))?;
        let gap = self.text.get(self.ts[b].end..self.ts[b + 1].start).map(str::trim);
        let clause = gap == Some(",") && !self.inside[b + 1] && self.in_list(b + 1, &["he", "she", "they", "we", "i", "it", "he’s", "she’s", "they’re", "we’re", "it’s", "he's", "she's", "there", "the", "his", "her", "their", "this"]);
        let adverbial = self.in_list(k, GOVERNING) || self.in_list(k, SUBORDINATE_OPENERS);
        clause.then_some(if adverbial { b + 1 } else { k })
    }

    /// Whether a share of people opens at word `i` and its verb of speech follows it: `6
    /// in 10 said`, `more than 6 in 10 say`, `nearly three in five believe` (a poll's
    /// respondents, counted the way polls count them). The `in` between two numbers is no
    /// preposition, so the number before the verb is the subject, not a year after `in`.
    fn share_speaks(&self, i: usize) -> bool {
        const HEDGES: &[&str] = &["more", "than", "fewer", "less", "nearly", "about", "almost", "roughly", "just", "over", "under", "around", "only"];
        let number = |j: usize| {
            self.ts.get(j).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
                || self.in_list(j, &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
        };
        let n = (i..(i + 2).min(self.ts.len())).find(|&j| !self.in_list(j, HEDGES)).unwrap_or(i + 2);
        let v = n + 3;
        v < self.ts.len() && (i..v).all(|j| !self.inside[j] && !self.break_after(j)) && number(n) && self.is(n + 1, "in") && number(n + 2) && frame(self.ts[v].text).is_some()
    }

    /// Whether word `i` is a count in digits (`39`, `1,200`).
    fn count_at(&self, i: usize) -> bool {
        self.ts.get(i).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()) && t.text.bytes().all(|b| b.is_ascii_digit() || b == b','))
    }

    /// Whether a count of people or a share word stands at word `k` as the subject of a
    /// verb of speech of its own, past up to two auxiliaries or adverbs (`39 have said`,
    /// `others have said`, `some argued`): a report of its own, not the content's words.
    fn counted_subject_reports(&self, k: usize) -> bool {
        let subject = self.count_at(k) || self.in_list(k, &["others", "some", "many", "most", "several", "few"]);
        if !subject || self.inside[k] || self.break_after(k) {
            return false;
        }
        let mut v = k + 1;
        while v < (k + 3).min(self.ts.len()) && (self.in_list(v, AUXILIARIES) || self.in_list(v, &["also", "not", "since", "publicly", "already"])) && !self.inside[v] && !self.break_after(v) {
            v += 1;
        }
        // (a form of `be` makes a passive, `12 were told to leave`, `40 were admitted`, but
        // for a progressive, `others are warning that`)
        if (k + 1..v).any(|a| self.in_list(a, &["is", "was", "are", "were"])) && !self.ts.get(v).is_some_and(|t| t.text.ends_with("ing")) {
            return false;
        }
        // (and the verb reports a clause of its own: `that`, or a subject opening one;
        // `several asked to remain anonymous`, `30 reported side effects` report none)
        let opens_clause = |c: usize| self.in_list(c, &["that", "he", "she", "they", "we", "i", "it", "the", "a", "an", "this", "there", "his", "her", "their"]) || self.ts.get(c).is_some_and(|t| t.text.starts_with(char::is_uppercase));
        // (past the one told: `many told him they were worried`)
        let told = self.in_list(v, &["told", "tell", "tells"]) && self.in_list(v + 1, &["him", "her", "them", "us", "me", "reporters"]) && !self.break_after(v);
        let c = v + 1 + usize::from(told);
        // (an intention after an auxiliary, `10 have vowed to block it`)
        let intention = v > k + 1 && self.is(c, "to");
        self.ts.get(v).is_some_and(|t| !self.inside[v] && t.text.starts_with(char::is_lowercase) && cues::is_verb(t.text, false) && !self.break_after(c - 1) && (opens_clause(c) || intention))
    }

    /// Whether word `i` opens an approximate quantity (`about half`, `nearly 40
    /// percent`, `over a third`, `roughly 2,000`).
    fn approximate(&self, i: usize) -> bool {
        const QUANTITIES: &[&str] = &[
            "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
            "dozens", "hundreds", "thousands", "millions", "billions",
        ];
        const FRACTIONS: &[&str] = &["third", "quarter", "fifth", "tenth", "dozen", "hundred", "thousand", "million", "billion"];
        let number = |j: usize| self.ts.get(j).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit())) || self.in_list(j, QUANTITIES);
        // (`at least 20`, `up to 3 million`: two words)
        let two = (self.is(i, "at") && self.in_list(i + 1, &["least", "most"])) || (self.is(i, "up") && self.is(i + 1, "to"));
        let n = i + 1 + usize::from(two);
        (two || self.in_list(i, &["about", "over", "around", "nearly", "almost", "roughly", "under", "approximately"]))
            && !self.inside[i]
            && (number(n) || (self.in_list(n, &["a", "an"]) && self.in_list(n + 1, FRACTIONS)))
    }

    /// Where the subject of the verb whose subject ends before word `j` may start: the
    /// clause's start, read past a parenthesis that only adds to a name (`Rep. Paul
    /// Brandt (D-Ore.) last week quipped`: the party and state open no clause).
    fn subject_lo(&self, j: usize) -> usize {
        let gap = |i: usize| self.gap(i).trim();
        let mut i = j;
        while i > 0 {
            i -= 1;
            // (a colon is no break inside a clause, but no subject reaches back past one:
            // `Even residents who backed it sounded unsure: Ann Cole called it ...`; not one
            // inside quote marks, `a post titled “Ferries: A Plan”`)
            if self.colon_after(i) && !self.inside[i] {
                return self.ts[i + 1].start;
            }
            if !self.break_after(i) {
                continue;
            }
            let close = gap(i);
            if close.contains(')') && close.chars().all(|c| matches!(c, ')' | '.')) {
                // (its opening within a few words, with only a party and a state inside,
                // `(D-Calif.)`, `(R)`: not `The governor (not Tom Reyes) said`)
                if let Some(open) = (i.saturating_sub(4)..i).rev().find(|&k| gap(k) == "(") {
                    let party = self.ts[open + 1].text.split('-').next().is_some_and(|p| matches!(p, "D" | "R" | "I"));
                    if party && (open + 1..i).all(|k| !self.break_after(k)) {
                        i = open;
                        continue;
                    }
                }
            }
            return self.ts[i + 1].start;
        }
        self.lo
    }

    /// The subject that a word opening a clause, or a quantity's `of` or an average's,
    /// governs: the mention ending at word `head`, right before the verb `v` (`after The
    /// Millbrook Herald reported`, `with 35 percent of residents saying`, `three-quarters
    /// of the members said`, `an average of polls shows`). [`cues::subject_before`] passes over it as a preposition's object, which
    /// it is not (`a spokesman for Reyes said`, where it is, stays the preposition's).
    fn opened_subject(&self, head: usize, v: usize) -> Option<&Mention> {
        let m = self.mentions.iter().rev().find(|m| m.end == self.ts[head].end && !m.possessive)?;
        let k = self.ts.partition_point(|t| t.start < m.start);
        if k == 0 || self.ts.get(k).is_none_or(|t| t.start != m.start) || self.break_after(k - 1) || self.inside[k - 1] {
            return None;
        }
        // (`with` opens a clause only for an `-ing` form: `who spoke with The Millbrook
        // Herald said`, `with a flyer focused on` are a relative clause and a modifier)
        if self.in_list(k - 1, SUBORDINATORS) || (self.is(k - 1, "with") && self.ts.get(v).is_some_and(|t| t.text.ends_with("ing"))) {
            return Some(m);
        }
        // (`of the voters`, the determiner outside the mention or in it; `12% of
        // renters`)
        let of = if k >= 2 && self.is(k - 1, "the") { k - 2 } else { k - 1 };
        // (and an average of texts, `an average of polls shows`: the polls are its
        // mention; not a survey or a review, whose `of` names what they read, `a survey
        // of voters found`)
        let share = of > 0 && (self.in_list(of - 1, SHARES) || self.is(of - 1, "average") || self.ts[of - 1].text.starts_with(|c: char| c.is_ascii_digit()));
        (self.is(of, "of") && share).then_some(m)
    }

    /// The speaker named after `by` right after the verb `v`, past a role (`asked by
    /// Lena Hart`, `asked by host Victor Mendes`): the agent of a passive.
    fn agent_after(&self, v: usize) -> Option<usize> {
        if !self.is(v + 1, "by") || self.break_after(v) {
            return None;
        }
        // (the first name there, past a title the name leaves out: `by Senator Brandt`)
        (v + 2..(v + 6).min(self.ts.len()))
            .take_while(|&i| !self.break_after(i - 1) && !self.inside[i])
            .filter(|&i| self.ts[i].text.starts_with(char::is_uppercase))
            .find_map(|i| self.mentions.iter().find(|m| m.start == self.ts[i].start && !m.pronoun && !m.possessive))
            .map(|m| m.speaker)
    }

    /// Whether word `i` may be part of a span of time before a subordinator (`Three
    /// years after`, `Just days before`, `A week after`).
    fn time_span_word(&self, i: usize) -> bool {
        const SPAN: &[&str] = &[
            "a", "an", "just", "only", "about", "nearly", "some", "several", "few", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year", "hour", "minutes", "moments", "shortly",
            "soon", "long", "decades", "one",
        ];
        !self.inside[i] && (self.in_list(i, SPAN) || self.ts[i].text.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Whether word `i` is `asked` (or `Asked`), outside quote marks.
    fn asked_at(&self, i: usize) -> bool {
        self.is(i, "asked") && !self.inside[i]
    }

    /// The last word of an object that starts at word `k`: before the clause's end (a
    /// comma, a dash, a colon), the subject's next verb of speech (`criticized the plan
    /// and said ...`), a new clause (`and he did not respond`) or an adverbial
    /// of time (`endorsed Cole during a debate`, `on Monday`).
    fn object_end(&self, k: usize) -> usize {
        // `criticized Brandt and challenged him`: a past verb with its own object after
        // `and` is the subject's next act (an adjective would take a noun: `and related
        // measures`)
        // (or a name for its object: `criticized the toll and handed Ann Cole a petition`)
        let past_act = |w: usize| {
            self.ts.get(w).is_some_and(|t| (t.text.ends_with("ed") || COMMON_PAST.contains(&t.text) || IRREGULAR_PAST.contains(&t.text)) && t.text.starts_with(char::is_lowercase))
                && (self.in_list(w + 1, OBJECT_OPENERS) || self.mention_from(w + 1).is_some_and(|m| !m.pronoun && !m.possessive && !m.document))
        };
        // (and an `-ing` form with an object of its own after `and` or `by`, or after a
        // name and `and`: `questioned the figures and Tom Reyes waving the audit`,
        // `rejected the charge by citing the audit`; not after an object that holds one,
        // `opposed raising fares and cutting service`)
        let ing_act = |i: usize| self.act_after_object(k, i);
        // `and he ...`: a subject of its own (not `and his ...`, most often a second
        // object: `criticized Reyes and his supporters`)
        // (or a name with a verb of speech: `accuses Reyes of “hiding the costs” and
        // Ann Cole says ...`)
        let new_clause = |w: usize| self.in_list(w, &["he", "she", "they", "i", "we"]) || self.named_speaker_at(w);
        // `backed the levy and is also advising the board`: an auxiliary after `and` (past
        // an adverb) is the subject's next act, which no noun phrase holds; and so is a
        // past form before an object, an adverb or a particle (`praised the answer and
        // then went back to the studio`, `and made clear that ...`), not one that is a
        // modifier (`the harbour levy and paid parking`), a base form too (`to file complaints
        // and set deadlines`) or a participle after another (`forged and led by`)
        // (not when the object holds a clause, whose verb the auxiliary may join:
        // `rivals who might have entered but didn't`)
        let clause_in = |from: usize, to: usize| (from..to).any(|i| self.in_list(i, &["who", "that", "which", "whom", "whose", "where", "when"]) || self.finite_form(i));
        // (`and` at word `a`)
        let finite_after = |a: usize| {
            let w = if self.in_list(a + 1, &["also", "then", "later", "now", "still", "soon"]) { a + 2 } else { a + 1 };
            if w >= self.ts.len() || self.inside[w] {
                return false;
            }
            let t = self.ts[w].text;
            let auxiliary = auxiliary(t);
            let before = self.ts[a - 1].text;
            let past = self.finite_form(w)
                && !["set", "put", "cut", "let", "hit", "cost", "hurt", "quit", "spread", "shut", "read", "bid", "split"].contains(&t)
                && !(before.ends_with("ed") || IRREGULAR_PAST.contains(&before))
                && (self.in_list(w + 1, OBJECT_OPENERS) || self.in_list(w + 1, &["right", "back", "clear", "no", "up", "out", "off", "away", "down", "over"]));
            auxiliary || past
        };
        let of_time = |w: usize| self.time_at(w);
        // `Voters who support Cole said ...`: an object in a relative clause with no comma
        // ends before the finite verb of speech of the phrase the clause hangs on
        let relative = (k.saturating_sub(4)..k).rev().take_while(|&i| !self.break_after(i)).any(|i| self.in_list(i, &["who", "that"]) && !self.inside[i]);
        let main_verb = |w: usize| {
            self.ts.get(w).is_some_and(|t| {
                !self.inside[w] && t.text.starts_with(char::is_lowercase) && frame(t.text).is_some() && (self.finite_form(w) || (t.text.ends_with('s') && !t.text.ends_with("ss")) || ["say", "think", "believe", "argue", "want"].contains(&t.text))
            })
        };
        let end = (k..self.ts.len())
            .find(|&i| {
                let next = i + 1;
                // (not after a determiner or a possessive, whose noun it is: `who doubt the
                // claims said`)
                (relative && main_verb(next) && !self.in_list(i, cues::DETERMINERS) && !self.possessive_at(i))
                    || (self.break_after(i) && !self.list_goes_on(i) && !self.examples_follow(i))
                    || self.colon_after(i)
                    || (next < self.ts.len() && !self.inside[next] && (of_time(next) || self.setting_at(k, next)))
                    || (self.in_list(next, &["and", "but"]) && !self.inside[next] && (self.coordinated_verb(next + 1) || past_act(next + 1) || new_clause(next + 1) || (finite_after(next) && !clause_in(k, next))))
                    || ing_act(i)
                    || (self.is(next, "and") && !self.inside[next] && self.participle_pair(k, next + 1))
            })
            .unwrap_or(self.ts.len() - 1);
        // (`supporting Cole as a delegate and in a statement thanked her`: the
        // object ends before the `and` that a setting follows)
        let end = if end > k && self.in_list(end, &["and", "or", "but"]) { end - 1 } else { end };
        self.apposed_name(end).unwrap_or(end)
    }

    /// Whether an adverbial of time opens at word `w`: a subordinator or an adverb of time
    /// ([`TIME_OPENERS`]), or a date with its preposition (`on Monday`, `in June`, `last
    /// March`, `in 2018`), an adverb going with its date (`back in 2018`, `earlier this
    /// year`).
    fn time_at(&self, w: usize) -> bool {
        let dated = |w: usize| {
            self.in_list(w, &["on", "in", "last", "this", "next"])
                && self.ts.get(w + 1).is_some_and(|t| {
                    let lower = t.text.to_lowercase();
                    contract::lexicon::is_month_name(&lower) || WEEKDAYS.contains(&lower.as_str()) || (t.text.len() == 4 && t.text.starts_with("20"))
                })
        };
        self.in_list(w, TIME_OPENERS) || dated(w) || (self.in_list(w, &["back", "earlier", "later"]) && dated(w + 1))
    }

    /// The last word of an object that is a name or a personal pronoun (`backed her a few
    /// weeks earlier`, `favored Reyes 51 percent to 38 percent`, `endorsed Cole in
    /// Eastvale`): a name or a pronoun takes no phrase that says which one it is, so what
    /// follows it (a preposition, a time, a number) is the writer's account of the act.
    /// None when the object goes on as a noun phrase (`the Cole campaign`, `Reyes's
    /// plan`, `Cole and Reyes`) or has no name or pronoun at its start, when the
    /// clause goes on past the setting, and after a naming verb (`v`).
    fn named_object_end(&self, v: usize, k: usize) -> Option<usize> {
        let last = if self.in_list(k, &["him", "her", "them", "us", "me", "it"]) {
            k
        } else {
            let m = self.mentions.iter().find(|m| m.start == self.ts[k].start && !m.pronoun && !m.possessive && !m.document)?;
            self.ts.partition_point(|t| t.start < m.end).checked_sub(1)?
        };
        let next = last + 1;
        if next >= self.ts.len() || self.break_after(last) || self.inside[next] || self.gap(last).contains(['\'', '’']) {
            return None;
        }
        let time = self.in_list(next, TIME_OPENERS) || self.in_list(next, WEEKDAYS) || self.in_list(next, &["last", "this", "next", "earlier", "later", "yesterday", "today", "again", "too"]);
        // (not a preposition that may bring in the attitude's ground or its rival,
        // `criticized Reyes for ...`, `Cole over Reyes`, `trust him on taxes`)
        let preposition = self.in_list(next, &["in", "at", "during", "amid", "despite", "after", "before", "via", "since", "following", "throughout", "among"]);
        let number = self.ts[next].text.starts_with(|c: char| c.is_ascii_digit());
        // (not when the clause goes on past the setting with the attitude's ground, its
        // rival or what the object is called: `accused Reyes Tuesday of hiding
        // the costs`, `supported Cole in the primary over Reyes`, `called her at the
        // debate a nasty woman`)
        let goes_on = (next..self.ts.len()).take_while(|&i| !self.break_after(i - 1)).any(|i| self.in_list(i, &["of", "for", "as", "over", "against"]));
        let naming = self.in_list(v, &["called", "calls", "call", "calling", "named", "dubbed", "labeled", "labelled", "branded", "deemed", "declared"]);
        ((time || preposition || number) && !goes_on && !naming).then_some(last)
    }

    /// Whether a phrase of where or how something was said opens at word `w`, right after
    /// an object that starts at `k`: an occasion of speech brought in by `a`, `an` or a
    /// possessive (`in an interview`, `in a radio interview`, `in his opening statement`,
    /// `at a news conference`), or a platform after a name or a pronoun (`mocks Reyes on
    /// Twitter`). It sets the act, not its object; a definite one often says which thing
    /// the object is (`his performance in the debate`, `the violence at the rally`), and a
    /// platform after a common noun is where the thing is (`the hate speech on Twitter`),
    /// so neither is cut. Nor when the object goes on past it (`describes himself on
    /// Twitter as ...`, `expressed anger in an interview that ...`).
    fn setting_at(&self, k: usize, w: usize) -> bool {
        if !self.in_list(w, &["in", "on", "at", "during", "via"]) || w + 1 >= self.ts.len() || self.break_after(w) {
            return false;
        }
        // (an indefinite or a possessive determiner, at most two words, then the noun)
        let occasion = self
            .in_list(w + 1, &["a", "an", "his", "her", "their", "its", "our", "other", "several", "separate"])
            .then(|| (w + 2..(w + 5).min(self.ts.len())).take_while(|&i| !self.break_after(i - 1) && !self.inside[i]).find(|&i| self.in_list(i, SETTINGS)))
            .flatten();
        let named = self.ts[k].text.starts_with(char::is_uppercase) || self.in_list(k, &["him", "her", "them", "it", "me", "us", "himself", "herself", "themselves"]);
        let platform = named && self.in_list(w + 1, PLATFORMS);
        let end = occasion.map_or(w + 1, |n| n + 1);
        (occasion.is_some() || platform) && !(end..self.ts.len()).take_while(|&i| !self.break_after(i - 1)).any(|i| self.in_list(i, &["as", "that"]))
    }

    /// The mention that starts at word `i` (a relative `who` or `which` the speakers
    /// stage resolved, among others).
    fn mention_at(&self, i: usize) -> Option<&Mention> {
        let t = self.ts.get(i)?;
        cues::mentions_in(&self.mentions, t.start, t.end).find(|m| m.start == t.start)
    }

    /// Whether a name opens at word `w` and a verb of speech follows it (past
    /// auxiliaries and adverbs): a subject with a report of its own.
    fn named_speaker_at(&self, w: usize) -> bool {
        let Some(t) = self.ts.get(w) else { return false };
        let Some(m) = self.mentions.iter().find(|m| m.start == t.start && !m.pronoun && !m.possessive) else { return false };
        let mut v = self.ts.partition_point(|x| x.start < m.end);
        while v < self.ts.len() && self.between(v) {
            v += 1;
        }
        self.ts.get(v).is_some_and(|x| x.text.starts_with(char::is_lowercase) && !self.inside[v] && frame(x.text).is_some())
    }

    /// Whether the comma or dash after word `i` opens the examples of the object before
    /// it (`proposed new taxes, including a levy on ferries`), which are the object's.
    fn examples_follow(&self, i: usize) -> bool {
        let g = self.gap(i);
        (g.contains(',') || g.contains(['—', '–'])) && !g.contains([';', '(', ')', ':']) && self.is(i + 1, "including") && !self.inside[i + 1]
    }

    /// Whether the comma after word `i` stands inside a list that an object opens (`low
    /// growth, unemployment and inequality`, `a “coward,” a “cheat” and a “bully”`): what
    /// follows it, over at most two more commas, reaches `and` or `or` before any verb,
    /// and what follows that `and` is no verb or clause of its own (`, and attacked
    /// Cole`, `, and he said`).
    fn list_goes_on(&self, i: usize) -> bool {
        let plain_comma = |w: usize| {
            let g = self.gap(w);
            g.contains(',') && !g.contains([';', '—', '–', '(', ')', ':']) && !g.contains("--") && !g.contains(" - ")
        };
        if !plain_comma(i) {
            return false;
        }
        let verb_like = |w: usize| {
            let t = self.ts[w].text;
            self.finite_form(w)
                || (t.starts_with(char::is_lowercase)
                    // a past form, not a participle that modifies the noun after it (`the
                    // troubled economy`)
                    && ((t.ends_with("ed") && !self.in_list(w.wrapping_sub(1), &["the", "a", "an", "his", "her", "their", "its", "our", "and", "or", "more", "most", "less"]))
                        // a verb of speech in any form (`, economists and business leaders
                        // say`), or a word with a pronoun object (`Eastvale and Avery reject it`)
                        || frame(t).is_some()
                        || self.in_list(w + 1, &["it", "them", "him", "her", "us", "me"])))
        };
        // each item opens with a noun phrase: a preposition or a participle after the comma
        // opens an adverbial (`, at a luncheon`, `, asking her`)
        let opens_item = |w: usize| {
            let t = self.ts[w].text;
            !(t.starts_with(char::is_lowercase) && (t.ends_with("ing") || cues::PREPOSITIONS.contains(&t) || GOVERNING.contains(&t)))
        };
        if i + 1 >= self.ts.len() || !opens_item(i + 1) {
            return false;
        }
        let mut commas = 0;
        let mut w = i + 1;
        while w < self.ts.len() && w <= i + 24 {
            if self.in_list(w, &["and", "or"]) && !self.inside[w] {
                let after = w + 1;
                // the last item runs to the clause's end with no verb of its own (not
                // `Sunday, both Reyes and Cole referred to ...`)
                let last_item = (after..self.ts.len()).take_while(|&x| x == after || !self.break_after(x - 1)).all(|x| !verb_like(x));
                return w > i + 1
                    && after < self.ts.len()
                    && last_item
                    && !self.coordinated_verb(after)
                    && !self.in_list(after, &["he", "she", "they", "i", "we", "it", "who", "which", "then", "also", "later"]);
            }
            if self.in_list(w, &["who", "which", "whose", "where", "when", "while", "as", "but", "according", "saying", "adding", "noting", "including"]) || verb_like(w) {
                return false;
            }
            if w + 1 < self.ts.len() && self.break_after(w) {
                commas += 1;
                if !plain_comma(w) || commas > 2 || !opens_item(w + 1) {
                    return false;
                }
            }
            w += 1;
        }
        false
    }

    /// The last word of a name set off by a comma after word `i` that closes the clause
    /// (`views on the mayor, Tom Reyes.`): the object's apposition, part of it.
    fn apposed_name(&self, i: usize) -> Option<usize> {
        let gap = self.text.get(self.ts[i].end..self.ts.get(i + 1)?.start)?;
        if gap.trim() != "," {
            return None;
        }
        let mut j = i + 1;
        while j < self.ts.len() && j < i + 5 && self.ts[j].text.starts_with(char::is_uppercase) && !self.inside[j] {
            if j + 1 == self.ts.len() || self.break_after(j) {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    /// Whether word `w` is a participle of speech (`saying`, `accusing`) and the verb of
    /// the report whose content starts at word `from` (within three words before it) is
    /// one too: `calling it fair and saying ...` are two reports.
    fn participle_pair(&self, from: usize, w: usize) -> bool {
        let participle = |k: usize| self.ts.get(k).is_some_and(|t| t.text.starts_with(char::is_lowercase) && t.text.ends_with("ing") && frame(t.text).is_some()) && !self.inside[k];
        participle(w) && (from.saturating_sub(3)..from).rev().find(|&k| frame(self.ts[k].text).is_some()).is_some_and(participle)
    }

    /// Whether a finite reporting verb of the sentence's subject stands at word `w`,
    /// past a few adverbs or auxiliaries (`also said`, `has since argued`): a lower-case
    /// verb form outside quote marks, in the past or the third person (`said`, `argued`,
    /// `says`), or any form after an auxiliary (`is demanding`). A bare form continues an
    /// infinitive (`vowed to go ... and show ...`); a bare participle is most often an
    /// adjective (`and growing`).
    fn coordinated_verb(&self, w: usize) -> bool {
        let mut v = w;
        while v < w + 2 && self.between(v) {
            v += 1;
        }
        self.ts.get(v).is_some_and(|t| {
            let finite = t.text.ends_with("ed") || (t.text.ends_with('s') && !t.text.ends_with("ss")) || IRREGULAR_PAST.contains(&t.text);
            !self.inside[v] && t.text.starts_with(char::is_lowercase) && frame(t.text).is_some() && (finite || v > w)
        })
    }

    /// `..., officials said.`, `..., said Tom Reyes, a professor.`, `The plan, officials
    /// said, is dead.`
    fn after_content(&self, v: usize, frame: Frame) -> Option<Reported> {
        // a participle after a comma adds to its clause (`..., adding that ...`)
        if matches!(frame, Frame::To | Frame::Whether | Frame::Object | Frame::As | Frame::Prep(_) | Frame::Noun(_) | Frame::Particle(_) | Frame::PassiveAs) || self.ts[v].text.ends_with("ing") {
            return None;
        }
        // the cue clause opens at the nearest comma before the verb, a few words back (a
        // long title before a name is as many as nine)
        let c = (v.saturating_sub(9)..=v).rev().find(|&c| c > 0 && self.break_after(c - 1))?;
        // (a party and state tag in parentheses between a name and its verb is the
        // name's, `..., Sen. Ann Cole (R-Ore.) said`, and so is any parenthesis of a
        // word or two there: the cue clause opens before the name, whose words end
        // where the parenthesis opens)
        let (c, subject_end) = match self.short_parenthesis(v).filter(|_| c == v) {
            // (not after another parenthesis, `Rep. Maria Lopez (D-Fla.) and Rep. Tom
            // Reyes (R-Ga.) said`: two names, whose clause is no one's to cut)
            Some(tag) => ((v.saturating_sub(11)..tag).rev().find(|&c| c > 0 && self.break_after(c - 1)).filter(|&c| !self.gap(c - 1).contains(')'))?, tag),
            None => (c, v),
        };
        // (a subject set off by commas between the content and the verb, a name in
        // apposition or a list of names, and the name is the speaker: `..., the port's
        // treasurer, Ann Cole, wrote in a memo`, `..., Maria Lopez, Tom Reyes and Ann Cole said`;
        // [`Sentence::apposed_subject`])
        let apposed = self.apposed_subject(c, v);
        let c = apposed.map_or(c, |(c, _)| c);
        let words = (0..c).filter(|&i| !self.inside[i]).count();
        let subject_before = c < v;
        // `Reyes said that a swap was hard but that if Ms. Cole made one, she should
        // have insisted on ...`: a comma that closes a subordinate clause opened inside
        // the sentence (after `that`, `and` or `but`) is followed by that clause's main
        // clause, whose verb is no cue for the words before
        let clause_from = self.stretch_start(0, c - 1);
        // (`that until last year seemed` is a relative `that` and an adverbial, and `said
        // that because, she said, ...` interrupts its clause before it closes)
        let subordinate = (clause_from.max(1)..c.saturating_sub(2)).any(|i| {
            self.in_list(i - 1, &["that", "and", "but"]) && self.in_list(i, &["if", "unless", "when", "whenever", "because", "although", "though", "while"]) && !self.inside[i]
        });
        // `Still, she said, drivers need to ...`, `In the late 1980s, Ms. Kemp said,
        // when she was ...`: an adverbial that opens the sentence is no content; what
        // follows the cue clause is (`But the plan, officials said, is dead` opens with
        // its subject, and is)
        let adverbial_front = subject_before
            && (0..c).all(|i| !self.inside[i])
            && !(0..c - 1).any(|i| self.break_after(i))
            && ((c == 1 && (self.in_list(0, FRONT_ADVERBS) || self.ly_adverb(0) || self.in_list(0, &["and", "but", "nor"]))) || (c <= 6 && self.in_list(0, GOVERNING) && !self.is(0, "of") && !self.is(0, "like")));
        // (one word is content when it is the subject of the words after the cue
        // clause, `Turnout, Mr. Brandt says, depends on ...`; see below)
        let one_word = words == 1
            && c == 1
            && subject_before
            && !adverbial_front
            && !self.in_list(0, CONJUNCTIONS)
            && !self.in_list(0, &["nor", "so", "yet", "then", "yes", "no", "well", "look", "plus", "okay", "ok", "sure", "oh", "listen", "first", "second", "third", "finally", "frankly", "honestly", "certainly", "clearly", "sadly", "obviously", "really", "indeed", "again", "also", "now", "today", "here", "there"]);
        if (words < 2 && !adverbial_front && !one_word) || self.is(0, "according") {
            return None;
        }
        if subject_before && apposed.is_none() && !self.clause_subject(c, subject_end) && !self.evidence_shows(v) {
            return None;
        }
        // (a relative clause set off by a comma or a dash is no cue clause: in `The
        // charges, which Lopez denies, carry ...` the verb's object is `which`; in `Ann
        // Cole, who said in March that she would resign, left` its subject is `who`, and
        // what it said follows it)
        if (subject_before && self.in_list(c, &["which", "whom", "whose"])) || (self.is(c, "who") && c > 0 && self.break_after(c - 1) && (c + 1..v).all(|i| self.between(i) || self.ly_adverb(i))) {
            return None;
        }
        // (`..., but did not say when`: the sentence subject's second verb, whose content
        // is not the clause before it)
        if subject_before && self.in_list(c, CONJUNCTIONS) && (c + 1..v).all(|i| self.between(i)) {
            return None;
        }
        // `Victor Mendes, a former economist, said ...`: a name and its apposition
        // before the verb are its subject, not content; so they are after a quote
        // (`“...,” Tom Reyes, a former adviser, said`), whose words are the content
        let f = (0..c).find(|&i| !self.inside[i])?;
        let opening = (f..c).find(|&i| self.break_after(i));
        let named = |o: usize| {
            self.mentions.iter().any(|m| !m.pronoun && m.end == self.ts[o].end)
                || (f..=o).all(|i| self.ts[i].text.starts_with(char::is_uppercase) || self.in_list(i, &["de", "van", "von", "al", "of"]))
        };
        if !subject_before && opening.is_some_and(|o| o - f < 5 && named(o) && !self.in_list(f, GOVERNING)) {
            return None;
        }
        // (so is a description the name in apposition after it heads, `Ms. Cole's
        // former campaign manager, Dana Ortiz, said ...`, and a name an
        // apposition follows that is more than a name, `Mayor Tom Reyes of Eastvale, a
        // Democrat who has declined to back Ms. Cole, said ...`)
        let apposed_name = |o: usize| {
            o + 1 < c
                && !(f..=o).any(|i| self.finite_form(i))
                && self.mentions.iter().any(|m| !m.pronoun && m.start == self.ts[o + 1].start && m.end == self.ts[c - 1].end)
        };
        if !subject_before && opening.is_some_and(|o| o - f < 6 && !self.in_list(f, GOVERNING) && (apposed_name(o) || self.subject_goes_on(f, o))) {
            return None;
        }
        // `The group, which represents farmers, said ...`: a relative clause set off
        // before the verb belongs to the subject before it, which the sentence opens with
        let relative = (f..c).rev().find(|&i| i + 1 < c && self.break_after(i)).is_some_and(|i| self.in_list(i + 1, &["who", "which", "whose"]));
        if !subject_before && relative && opening.is_some_and(|o| o - f < 5 && !self.in_list(f, GOVERNING)) {
            return None;
        }
        // what follows the verb, up to the next comma: nothing, an adverbial, an
        // addressee, or (when the verb came first) its subject
        let mut k = v + 1;
        while k < self.ts.len() && !self.break_after(k - 1) && !self.colon_after(k - 1) {
            k += 1;
        }
        let tail = k - v - 1;
        // (the subordinate clause's comma is followed by its main clause, which goes on
        // past its verb; `and if he does he will win, Cole said` ends at its cue)
        if subject_before && subordinate && tail > 0 {
            return None;
        }
        // (`..., Gov. Ann Cole (R-ME), said, “...”`: a verb with neither a subject
        // before it in its clause nor one after it introduces what follows; the words
        // before its comma are its subject's, not a content)
        if !subject_before && tail == 0 {
            return None;
        }
        // an inverted subject is a name or a short noun phrase (`said Tom Reyes`, `said a
        // spokesman`), never a clause (`, said the economy is ...`)
        let possessive = |m: &Mention| cues::possessive_after(self.text, m.end);
        // (or a name after its title or description, which the name closes: `said Ms.
        // Okafor`, `said former Eastvale mayor Paul Brandt`, `said Democratic strategist
        // Lena Hart`)
        // (that name is the speaker, not one in an apposition after it: `said former
        // mayor Paul Brandt, who has worked with Mr. Reyes for years`)
        // (a relative clause after the inverted subject is its own: `said a county
        // official who was told of the repairs`)
        let subject_end = (v + 2..k).find(|&i| self.in_list(i, &["who", "whom", "whose"]) && !self.inside[i]).unwrap_or(k);
        // (and so is a short phrase of place after a name: `says political scientist
        // Grace Okafor in Port Avery`)
        let placed = |end: usize| {
            let n = self.ts.partition_point(|t| t.start < end);
            n + 1 < subject_end && subject_end - n <= 4 && self.in_list(n, &["in", "of", "at", "from"]) && self.ts[n + 1].text.starts_with(char::is_uppercase) && (n + 1..subject_end).all(|i| !self.finite_form(i))
        };
        let titled = if subject_before || tail == 0 {
            None
        } else {
            self.mentions.iter().find(|m| {
                !m.pronoun && !possessive(m) && m.start > self.ts[v + 1].start && (m.end == self.ts[subject_end - 1].end || placed(m.end)) && {
                    let first = self.ts.partition_point(|t| t.start < m.start);
                    // (not a name a preposition governs: `said the mother of Sam
                    // Ortiz, Maria Ortiz`, `a spokesman for Gov. Dana Whitfield, Victor Mendes`)
                    first - (v + 1) <= 5 && !(v + 1..first).any(|i| self.inside[i] || self.in_list(i, &["that", "to", "who", "which", "whom", "whose", "if", "whether", "he", "she", "they", "it", "we", "i", "of", "for", "with", "at", "from", "by", "on", "in"]))
                }
            })
        }
        .map(|m| m.speaker);
        // (nor a name with a past after it, the subject of a clause the verb reports:
        // `The ad, titled “Broken Promises,” says Paul Brandt raised taxes`; a past after
        // a lower-case word may be a modifier, `said a retired teacher`)
        let name_and_past = |i: usize| self.past_in_ed(i) && self.ts[i - 1].text.starts_with(char::is_uppercase);
        let inverted_subject = !subject_before
            && tail > 0
            && !(v + 2..subject_end).any(|i| self.finite_form(i) || name_and_past(i))
            && (self.mentions.iter().any(|m| !m.pronoun && m.start == self.ts[v + 1].start && !possessive(m))
                || (subject_end - v - 1 <= 5 && self.in_list(v + 1, &["a", "an", "the", "one", "another"]))
                || titled.is_some());
        // (`..., the president told her.`, `..., Smith told reporters on Tuesday.`: a short
        // addressee ending the sentence, not `told a joke`, with no `that` or `to` of a
        // content of its own)
        let addressed = subject_before
            && self.in_list(v, &["told", "tells"])
            && !self.in_list(c, &["and", "but", "or", "then"])
            // (`This week, ...` opens with an adverbial; `This includes ...` with a subject)
            && !(self.in_list(0, OPENING_ADVERBIALS) && (!self.is(0, "this") || self.time_after(1)))
            && !self.in_list(0, FRONT_ADVERBS)
            // (a clause with a verb of its own, not `Asked about the delay,` or `Moments
            // after the verdict was read,`)
            && !self.ts[0].text.ends_with("ed")
            && !self.ts[0].text.ends_with("ing")
            && !(0..c).any(|i| self.in_list(i, SUBORDINATE_OPENERS))
            && (1..c).any(|i| {
                let w = self.ts[i].text;
                w.starts_with(char::is_lowercase) && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")) || self.in_list(i, &["is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must", "may", "might"]))
            })
            // (a named addressee, `told NEWSLINE`, `told a Senate panel`, not `told a joke`)
            && (self.in_list(v + 1, ADDRESSEES) || self.ts.get(v + 1).is_some_and(|t| t.text.starts_with(char::is_uppercase)))
            && (!self.in_list(v + 1, &["a", "an"]) || self.ts.get(v + 2).is_some_and(|t| t.text.starts_with(char::is_uppercase)))
            && tail <= 6
            && k >= self.ts.len()
            && !(v + 1..k).any(|i| self.is(i, "that") || self.is(i, "to"));
        let tail_ok = tail == 0
            || (inverted_subject && tail <= 12)
            // (a short inverted subject's relative clause may run long: `said a county
            // official who was told of the repairs and asked not to be named because ...`)
            || (inverted_subject && subject_end < k && subject_end - v - 1 <= 5 && tail <= 30)
            || addressed
            || (subject_before && self.adverbial_tail(v + 1, k - 1))
            // (an occasion after the verb, when what stands before is a clause and no
            // subordinate one: not `As the mayor spoke, Reyes replied as he left`)
            || (subject_before
                && k >= self.ts.len()
                && self.occasion_tail(v + 1, k - 1)
                && !self.in_list(0, SUBORDINATE_OPENERS)
                && (0..c).any(|i| !self.inside[i] && (self.finite_form(i) || self.in_list(i, AUXILIARIES))))
            || (tail <= 6
                && (self.in_list(v + 1, ADVERBIAL_OPENERS)
                    // (an addressee that ends the clause, not one a content clause follows:
                    // `Lena Hart, told NEWSLINE she would probably back Cole`)
                    // (or a pronoun or plural one after `told` when the content goes on
                    // after it: `The answer, the manager told them, was obvious`)
                    || (frame == Frame::Tell
                        && (self.ts[v + 1].text.starts_with(char::is_uppercase) || (k < self.ts.len() && self.in_list(v, &["told", "tells", "tell"]) && self.in_list(v + 1, ADDRESSEES) && !self.in_list(v + 1, &["the", "a", "an", "his", "their", "its", "my", "our", "fellow", "local"])))
                        && !(v + 2..k).any(|i| self.in_list(i, &["that", "he", "she", "they", "we", "i"])))));
        if !tail_ok || (k < self.ts.len() && self.colon_after(k - 1)) {
            return None;
        }
        // a quote that stands on its own right before the cue clause owns it (`telling Newsline,
        // “But honestly ...,” he said`, `shallow - “Look, ...,” she said - and`): its
        // words are a direct quote's, and what stands before it is the writer's (a quote
        // after a comma that closes the writer's words is the clause's own, `But with
        // voters split, “Cole's 18% goes a long way,” Mendes said`)
        if self.inside[c - 1] {
            // (the quote's first word: back to a gap with a quote mark, where it opens, not
            // into another quote before it, `''real hope'' - ''hope that ...,'' he said`)
            let mut q = c - 1;
            while q > 0 && self.inside[q - 1] && !self.gap(q - 1).contains(['"', '“', '”', '\'', '‘', '’']) {
                q -= 1;
            }
            let from = self.stretch_start(0, q.saturating_sub(1));
            let lead = (from..q).any(|i| cues::is_verb(self.ts[i].text, false));
            if q == 0 || self.gap(q - 1).contains([':', '-', '–', '—', '(']) || (self.gap(q - 1).contains(',') && lead) {
                return None;
            }
        }
        // (a cue clause set right after a relative word reports the relative clause, not
        // the clause it hangs on: `..., which, her aides say, would calm the shops`; one
        // inside parentheses, what they hold: `(a date that, engineers say, is too
        // early)`)
        let relative = c >= 2 && self.in_list(c - 1, &["which", "who", "where"]) && self.break_after(c - 2) && !self.inside[c - 1];
        let lo = if relative {
            c - 1
        } else {
            (1..c).rev().find(|&i| self.gap(i - 1).contains('(') && !(i..c).any(|k| self.gap(k).contains(')'))).unwrap_or(0)
        };
        // (the parentheses close what they hold: its end, when they close after the cue
        // clause, or no second part when they close right after it, `(close to 12
        // million dollars, the auditor says)`)
        let closing = (lo > 0 && self.gap(lo - 1).contains('(')).then(|| (k - 1..self.ts.len().saturating_sub(1)).find(|&i| self.gap(i).contains(')'))).flatten();
        let first = (self.ts[lo].start, self.ts[c - 1].end);
        // (a reduced clause before the cue clause, with nothing or a quote after it, is
        // its setting: `When asked about the race, Okafor said, “No comment,”`)
        let last = self.stretch_start(0, c - 1);
        if subject_before && (k >= self.ts.len() || self.inside[k]) && self.in_list(last, SUBORDINATORS) && self.ts.get(last + 1).is_some_and(|t| t.text.ends_with("ed") || t.text.ends_with("ing")) {
            return None;
        }
        if adverbial_front {
            if k >= self.ts.len() || self.in_list(k, &["who", "which", "whose", "according", "and", "but"]) || self.ts[k].text.ends_with("ing") {
                return None;
            }
            // (`when she was making $31,000 a year, a manager offered her ...`: a subordinate
            // clause opening the content ends at its comma, and the content goes on)
            let from = if self.in_list(k, SUBORDINATE_OPENERS) { (k..self.ts.len() - 1).find(|&i| self.break_after(i))? + 1 } else { k };
            let rest = (self.ts[k].start, self.rest(from, if from == k { 3 } else { 2 })?.1);
            let speaker = self.speaker_in(self.ts[c].start, self.ts[v].start, false);
            return Some(Reported { parts: vec![rest], cue: (self.ts[v].start, self.ts[v].end), speaker, rule: "reported-after-content", confidence: if speaker.is_some() { 0.8 } else { 0.0 } });
        }
        // two words are content only when the sentence goes on after the cue clause
        // (`This budget, she says, is different`)
        if words < 3 && (k >= self.ts.len() || !subject_before) {
            return None;
        }
        // (and one word only as the subject of a verb right after the cue clause, not an
        // adverbial before a clause of its own: `Ironically, he said, the plan ...`)
        // (`it's`, `he’s` are a subject and its verb, a clause of their own)
        let verb = |w: &str| w.starts_with(char::is_lowercase) && !w.contains(['\'', '’']);
        // (a word in `-s` with a verb after it is a plural subject of its own: `Yes, Ms.
        // Lopez said, prices will rise`)
        let plural_subject = self.in_list(k + 1, AUXILIARIES) || self.ts.get(k + 1).is_some_and(|_| self.finite_form(k + 1));
        // (a past in `-ed` too: `Sam, they said, warned them to leave`)
        if one_word && !(verb(self.ts[k].text) && (self.finite_form(k) || self.in_list(k, AUXILIARIES) || self.ts[k].text.ends_with("ed") || (self.ts[k].text.ends_with('s') && !self.ts[k].text.ends_with("ss") && !self.in_list(k, &["his", "its", "this", "us", "is"]) && !plural_subject))) {
            return None;
        }
        let mut parts = vec![first];
        let mut end = self.ts[k - 1].end;
        // (`..., they say, but she is now ...`: a clause joined after the cue clause with
        // a pronoun for its subject goes on with what they say; `..., he said, and left`
        // is his next act, and a clause with a subject or a verb of speech of its own is
        // another's report or the writer's next event: `..., Brandt said, but the budget
        // office has said ...`, `..., officials said, and the talks collapsed`)
        let joined_clause = !self.is(c, "as")
            && !self.inside[c - 1]
            && self.in_list(k, &["but", "and"])
            && self.in_list(k + 1, &["he", "she", "it", "they", "we", "i", "you", "there"])
            && !(k + 1..self.ts.len()).any(|i| !self.inside[i] && cues::is_verb(self.ts[i].text, false));
        if !subject_before && k < self.ts.len() {
            // an inverted subject with its apposition runs to the sentence's end
            // (`said Tom Reyes, a professor at a university.`)
            end = self.ts.last().map_or(end, |t| t.end);
        } else if k < self.ts.len() && self.inside[k] && !self.main_clause(0, c) {
            // (a quote after the cue clause is no second part of a setting before it:
            // `Asked about the allegations, the senator said, “...”`)
            return None;
        } else if k < self.ts.len() && (joined_clause || !self.in_list(k, NOT_SECOND_PART)) && (!self.ts[k].text.ends_with("ing") || (self.is(k, "including") && self.ts.get(k + 1).is_some_and(|t| t.text.starts_with(char::is_lowercase)))) {
            // (an `-ing` form after the cue clause is the subject's next act, `he said,
            // adding that ...`; `including` goes on with the content's list, but not with
            // names, who are more of the speakers: `, several lawmakers said, including
            // Sen. Ann Cole`)
            parts.extend(self.rest(k, 2));
        } else if k < self.ts.len() && (self.is(c, "as") || !self.main_clause(0, c)) {
            // (an `as` aside set in a sentence that goes on may say what another said the
            // words were, `she doesn't have cold feet - as Reyes has said - and she can
            // ...`: no content is sure; nor is it when the words before the cue clause
            // are no clause but its setting, `Later that night, Kemp wrote, adding ...`,
            // `Taking it in, Reyes said, laughing, ...`)
            return None;
        }
        // (a relative clause ends where the clause it is set in goes on, at a comma
        // and that clause's verb: `The toll, which, Ann Cole argues, hurts the poor,
        // starts in May`)
        // (a verb in `-s` too, not past a list's comma: `hurts the poor, starts in May`)
        let resumes = |i: usize| {
            let w = self.ts[i + 1].text;
            self.break_after(i) && !self.inside[i + 1] && w.starts_with(char::is_lowercase) && (self.finite_form(i + 1) || self.in_list(i + 1, AUXILIARIES) || (w.ends_with('s') && !w.ends_with("ss"))) && !self.list_goes_on(i)
        };
        if let (true, Some(b), Some(last)) = (relative, (k..self.ts.len().saturating_sub(1)).find(|&i| resumes(i)), parts.last_mut()) {
            last.1 = last.1.min(self.ts[b].end);
        }
        if closing == Some(k - 1) {
            parts.truncate(1);
        } else if let (Some(close), Some(last)) = (closing, parts.last_mut()) {
            last.1 = last.1.min(self.ts[close].end);
        }
        // (else the sentence goes on with the subject's next act, `Turnout was strong, she
        // said, wiping her glasses`, `..., Hart said, adding, “...”`, or with the writer's
        // setting, `..., he said, as the crowd left`: the words before the cue clause
        // are the content)
        // (an inverted subject's speaker is the subject itself, not a name inside its
        // relative clause or after its preposition: `said an official who met Victor
        // Mendes`, `said a longtime friend of Tom Reyes`)
        let speaker = if inverted_subject {
            let own = |m: &&Mention| {
                let before = self.ts.partition_point(|t| t.start < m.start);
                let governed = before > 0 && self.in_list(before - 1, &["of", "for", "to", "with", "at", "from", "by", "representing", "near", "in", "on"]);
                !m.pronoun && !governed
            };
            // (a name in apposition after it names it: `said the company's chief
            // executive, Paul R. Brandt`)
            // (not past a relative clause or a verb after that apposition, whose names
            // are no subject's: `argued Tom Reyes, who said the pilots agreed`)
            let clause = (k..self.ts.len()).find(|&i| !self.inside[i] && (self.in_list(i, &["who", "whom", "whose", "which", "that"]) || self.finite_form(i)));
            let hi = if subject_end < k { self.ts[subject_end - 1].end } else { clause.map_or(end, |i| end.min(self.ts[i - 1].end)) };
            titled.or_else(|| cues::mentions_in(&self.mentions, self.ts[v + 1].start, hi).filter(|m| own(m) && !possessive(m)).last().map(|m| m.speaker))
        } else if let Some((_, speaker)) = apposed {
            Some(speaker)
        } else {
            self.speaker_in(self.ts[c].start, end, !subject_before)
        };
        let named = speaker.is_some();
        Some(Reported {
            parts,
            cue: (self.ts[v].start, self.ts[v].end),
            speaker,
            rule: "reported-after-content",
            confidence: if named { 0.8 } else { 0.0 },
        })
    }

    /// A subject set off by commas between a content and its verb at `v`, whose
    /// clause opens at `c`: a name and a short description in apposition, either way
    /// round, maybe with an age (`the port's treasurer, Ann Cole,`, `Ann Cole, a spokeswoman for
    /// the port,`, `Jake Morrow, 54, a pilot,`, `two board members, Ann Cole and Tom
    /// Reyes,`), after a comma that ends the words before, right before the verb or its
    /// auxiliaries (`, has said`); or a list of names whose last two `and` joins (`...,
    /// Paul Brandt, Maria Lopez and Jake Morrow said`). Returns where the subject opens,
    /// and the first name's speaker.
    ///
    /// A description opens with a determiner, a possessive or a name's possessive
    /// (`Reyes's lawyer`); each piece has at most six words and no verb. A name alone
    /// before a verb with no comma is left to the clause (`..., the new pilot, Ann Cole
    /// said` may end its content with the pilot).
    fn apposed_subject(&self, c: usize, v: usize) -> Option<(usize, usize)> {
        #[derive(Clone, Copy, PartialEq)]
        enum Piece {
            Name(usize),
            Names(usize),
            Description,
            Age,
        }
        let comma_before = |i: usize| i > 0 && self.gap(i - 1).trim() == ",";
        let plain = |from: usize, to: usize| to > from && to - from <= 6 && (from..to).all(|i| !self.inside[i] && self.frames[i].is_none() && !self.finite_form(i) && !self.in_list(i, &["who", "which", "that", "or"]));
        // (the mentions are sorted by where they open: only those opening at `from` are read)
        let mention = |from: usize, to: usize| {
            let (start, end) = (self.ts[from].start, self.ts[to - 1].end);
            let at = self.mentions.partition_point(|m| m.start < start);
            self.mentions[at..].iter().take_while(|m| m.start == start).find(|m| !m.pronoun && !m.document && m.end == end).map(|m| m.speaker)
        };
        let piece = |from: usize, to: usize| -> Option<Piece> {
            if !plain(from, to) {
                return None;
            }
            if let Some(speaker) = mention(from, to) {
                return Some(Piece::Name(speaker));
            }
            // (names `and` joins, each a mention)
            if let Some(and) = (from + 1..to - 1).find(|&i| self.is(i, "and")) {
                if let (Some(first), Some(_)) = (mention(from, and), mention(and + 1, to)) {
                    return Some(Piece::Names(first));
                }
            }
            if to == from + 1 && self.ts[from].text.chars().all(|ch| ch.is_ascii_digit()) {
                return Some(Piece::Age);
            }
            // (a name's possessive, past its capitalised words: `Tom Reyes's lawyer`)
            let owner = (from..(from + 3).min(to - 1)).find(|&i| self.possessive_at(i)).is_some_and(|i| (from..=i).all(|j| self.ts[j].text.starts_with(char::is_uppercase)));
            let opens = self.in_list(from, &["a", "an", "the", "two", "three", "four", "several"]) || self.in_list(from, POSSESSIVES) || owner;
            (opens && !self.in_list(to - 1, &["and"])).then_some(Piece::Description)
        };
        // (the verb's auxiliaries and adverbs after the last comma: `, has said`)
        let group = (c..v).all(|i| self.in_list(i, AUXILIARIES) || self.between(i));
        let (mut end, mut pieces) = if c == v || group {
            (c, Vec::new())
        } else {
            // (a list's last names before the verb with no comma)
            match piece(c, v) {
                Some(last @ Piece::Names(_)) => (c, vec![(c, last)]),
                _ => return None,
            }
        };
        while pieces.len() < 4 && comma_before(end) {
            let from = self.stretch_start(0, end - 1);
            if from == 0 || !comma_before(from) {
                break;
            }
            let Some(p) = piece(from, end) else { break };
            pieces.push((from, p));
            end = from;
        }
        pieces.reverse();
        let kinds: Vec<Piece> = pieces.iter().map(|&(_, p)| p).collect();
        let name = |p: &Piece| matches!(p, Piece::Name(_) | Piece::Names(_));
        let list = kinds.len() >= 2 && matches!(kinds.last(), Some(Piece::Names(_))) && kinds.iter().all(|p| matches!(p, Piece::Name(_) | Piece::Names(_)));
        let apposition = matches!(
            kinds.as_slice(),
            [Piece::Description, n] | [n, Piece::Description] | [n, Piece::Age, Piece::Description] | [n, Piece::Age] if name(n)
        );
        if !(list || apposition) {
            return None;
        }
        let speaker = kinds.iter().find_map(|p| match *p {
            Piece::Name(s) | Piece::Names(s) => Some(s),
            _ => None,
        })?;
        Some((pieces[0].0, speaker))
    }

    /// Whether words `from..to` end in a clause that can be reported, not in the setting
    /// of the cue clause after them: their last stretch between commas has two words or
    /// more and opens with no subordinator, preposition, time adverb or participle
    /// (`Sales fell 12 percent`, `When she saw the bill, her face fell`; not `Later in the
    /// piece`, `On Friday, even as fares rose`, `Asked about the race`, `Standing
    /// outside`). A list of verbs would miss most of them (`fell`, `want`, `holds`).
    fn main_clause(&self, from: usize, to: usize) -> bool {
        const SETTING_ADVERBS: &[&str] = &["later", "earlier", "afterward", "afterwards", "then", "now", "today", "yesterday", "tonight", "here", "there", "meanwhile", "still", "again", "also", "instead", "finally"];
        let mut last = self.stretch_start(from, to.saturating_sub(1));
        // (a conjunction before a subordinator or a participle joins a setting: `He said
        // he had left, and when asked why, he said, “...”`; `and then it fell` is a clause)
        if self.in_list(last, &["and", "but", "or"]) && last + 2 < to && (self.in_list(last + 1, SUBORDINATORS) || self.ts[last + 1].text.ends_with("ed") || self.ts[last + 1].text.ends_with("ing")) {
            last += 1;
        }
        let Some(w) = self.ts.get(last) else { return false };
        let ends = |suffix: &str| w.text.len() > 4 && w.text.as_bytes()[w.text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes());
        let participle = (ends("ing") || ends("ed")) && self.mention_at(last).is_none();
        last + 1 < to && !self.in_list(last, SUBORDINATORS) && !self.in_list(last, GOVERNING) && !self.in_list(last, cues::PREPOSITIONS) && !self.in_list(last, SETTING_ADVERBS) && !participle
    }

    /// Where a parenthesis of one or two words opens, when it stands right before the
    /// verb at `v` and after the words it describes: a party and state tag (`(R-Ore.)`,
    /// `(D-Mass.)`, `(I)`), an abbreviation, a photo's pointer (`(left)`).
    fn short_parenthesis(&self, v: usize) -> Option<usize> {
        if v < 2 || !self.gap(v - 1).trim_end().ends_with(')') {
            return None;
        }
        let tag = (v.saturating_sub(2).max(1)..v).find(|&t| self.gap(t - 1).trim() == "(")?;
        (!(tag..v).any(|i| self.inside[i]) && !(tag..v - 1).any(|i| self.gap(i).contains([')', '(', ',']))).then_some(tag)
    }

    /// Whether words `c..v` are a subject noun phrase (`officials`, `the White House`,
    /// `he`, `Tom Reyes`) and nothing more.
    fn clause_subject(&self, c: usize, v: usize) -> bool {
        let j = cues::past_auxiliaries(&self.ts, c, v);
        // (`- a date the engineers doubt`: a second determiner after a noun opens a
        // relative clause with a gap, not a subject; `the head of the agency` is one)
        let gap = (c + 1..j).any(|i| self.in_list(i, &["the", "a", "an"]) && !self.in_list(i - 1, cues::PREPOSITIONS) && !self.in_list(i - 1, &["and", "or"]));
        // (a name may end a longer title: `NMWU Director of Public Affairs Dana Whitfield`,
        // `Eastvale water board spokesman Victor Mendes`; a title's lower-case words
        // are nouns and adjectives, no verb, preposition or conjunction)
        let title_word = |i: usize| {
            let t = self.ts[i].text;
            t.starts_with(char::is_uppercase)
                || self.in_list(i, &["of", "for", "the"])
                || (!self.finite_form(i) && !t.ends_with("ed") && !self.in_list(i, cues::PREPOSITIONS) && !self.in_list(i, &["and", "or", "but", "who", "which", "that", "whose", "whom", "a", "an"]))
        };
        let named = j > c && self.mentions.iter().any(|m| !m.pronoun && m.end == self.ts[j - 1].end) && (c..j).all(title_word);
        // (nor a phrase a preposition or a subordinator opens, `after the agency
        // asked`; `as` opens a cue clause, `..., as Mr. Brandt suggested`)
        // (not `about` or `over` before a number, `even` before a subject: `about 55
        // percent of residents said`, `even his allies say`)
        let opened = (self.in_list(c, SUBORDINATORS) && !self.in_list(c, &["as", "even"])) || (self.in_list(c, GOVERNING) && !self.in_list(c, &["about", "over"]));
        j > c && !gap && !opened && !self.in_list(j - 1, NOT_SUBJECT) && ((j - c) <= 5 || (named && j - c <= 9)) && !(c..j).any(|i| frame(self.ts[i].text).is_some())
    }

    /// The subject of the main clause after a fronted clause that holds word `v`: the
    /// first stretch after one of the clause's commas that opens as a subject does (with
    /// a determiner, a possessive, a capitalised word or a mention; `, which ...` and `,
    /// and ...` still belong to the clause) names it, past a determiner or capitalised
    /// words (`Noting that ..., Sen. Ann Cole said`), or else the name in apposition to a
    /// short description (`her lawyer, Sam Ortiz, wrote`); none when neither names
    /// anyone the speakers stage knows. Later stretches are the main clause's own (`, the
    /// staff thanked volunteers, Ann Cole, and ...` names no subject in its list).
    fn main_subject_after(&self, v: usize) -> Option<usize> {
        let breaks: Vec<usize> = (v..self.ts.len().saturating_sub(1)).filter(|&b| self.break_after(b) && !self.inside[b + 1]).collect();
        let opening = |from: usize| self.opening_mention(from).map(|(speaker, _)| speaker);
        // (a name may follow its role in lower case, `pier manager Lena Hart`)
        let role = |k: usize| (k..(k + 3).min(self.ts.len())).take_while(|&i| self.ts[i].text.starts_with(char::is_lowercase) && self.frames[i].is_none() && !self.break_after(i) && !self.inside[i] && !self.in_list(i, AUXILIARIES)).count();
        let led = |k: usize| Some(role(k)).filter(|&n| n > 0 && self.mention_from(k + n).is_some()).and_then(|n| opening(k + n));
        let n = breaks.iter().position(|&b| {
            let k = b + 1;
            self.mention_from(k).is_some() || self.in_list(k, &["the", "a", "an"]) || self.in_list(k, POSSESSIVES) || self.ts[k].text.starts_with(char::is_uppercase) || led(k).is_some()
        })?;
        let b = breaks[n];
        opening(b + 1).or_else(|| led(b + 1)).or_else(|| {
            // (a description of three words at most, with no verb in it, then the name)
            let next = *breaks.get(n + 1)?;
            let description = next - b <= 3 && (b + 1..=next).all(|i| self.frames[i].is_none() && !self.ts[i].text.ends_with("ed") && !self.ts[i].text.ends_with("ing"));
            description.then(|| opening(next + 1)).flatten()
        })
    }

    /// The speaker named before an apposition that ends right before word `c`, when the
    /// clause from `c` opens with its verb (a past, or a finite form) and runs to `head`
    /// with no break: `Ann Cole, the party's director, released ...`. The apposition is
    /// set off by commas, is at most eight words and holds no verb; the name opens the
    /// sentence.
    fn subject_before_apposition(&self, c: usize, head: usize) -> Option<usize> {
        let verb = |i: usize| !self.inside[i] && self.ts[i].text.starts_with(char::is_lowercase) && (self.finite_form(i) || self.ts[i].text.ends_with("ed") || self.frames[i].is_some());
        if c < 3 || c > head || self.gap(c - 1).trim() != "," || !verb(c) || (c..head).any(|i| self.break_after(i)) {
            return None;
        }
        let b = (0..c - 1).rev().find(|&i| self.break_after(i))?;
        // (an adjective in `-ed` after a determiner is no verb: `a retired engineer`)
        if self.gap(b).trim() != "," || c - 1 - b > 8 || (b + 1..c).any(|i| (verb(i) && !self.in_list(i - 1, cues::DETERMINERS)) || self.inside[i]) || (0..b).any(|i| self.break_after(i)) {
            return None;
        }
        let (speaker, after) = self.opening_mention(0)?;
        (after == b + 1).then_some(speaker)
    }

    /// `Reyes drew the support of a third of the riders`, `Cole has strong support among
    /// farmers`, `Brandt won the endorsement of the Herald`: a noun of backing
    /// ([`RECEIVED`]) after a verb whose subject receives or holds it ([`RECEIVING`],
    /// with `up` or `in` after `picked` and `locked`), with only lower-case modifiers
    /// between (`the full`, `overwhelming`, `48%`), then `of`, `from` or `among`: those
    /// after the preposition back the subject, who is the content; the source is the
    /// name that opens their phrase. The subject is what stands before the verb (past
    /// auxiliaries, adverbs and `continues to`) back to its clause's start, a short phrase
    /// with no verb of its own, or a relative `who`.
    fn received(&self, v: usize) -> Option<Reported> {
        let p = v + 1;
        if p + 1 >= self.ts.len() || !self.in_list(p, &["of", "from", "among"]) || self.break_after(v) || self.inside[p + 1] {
            return None;
        }
        // the verb, past the noun's modifiers
        let modifier = |i: usize| {
            let t = self.ts[i].text;
            !self.inside[i] && !self.break_after(i) && (t.starts_with(char::is_lowercase) || t.starts_with(|c: char| c.is_ascii_digit())) && frame(t).is_none() && !self.in_list(i, RECEIVING) && !self.in_list(i, cues::PREPOSITIONS) && !self.in_list(i, &["that", "which", "who", "and", "or", "but", "up", "in"])
        };
        let g = self.run_before(v, 5, modifier);
        // (money or means is no attitude: `financial support from the bank`)
        if (g..v).any(|i| self.in_list(i, &["financial", "military", "federal", "technical", "material", "logistical", "legal", "economic", "emotional", "budget", "funding"])) {
            return None;
        }
        let g = g.checked_sub(1)?;
        let particle = matches!(self.ts[g].text, "up" | "in");
        let verb = if particle { g.checked_sub(1)? } else { g };
        if self.inside[verb] || self.break_after(verb) && !particle || !self.in_list(verb, RECEIVING) || particle != self.in_list(verb, &["picked", "picks", "locked", "locks"]) {
            return None;
        }
        // the subject: back over auxiliaries, adverbs and `continues to`
        let mut j = verb;
        loop {
            if j > 0 && !self.break_after(j - 1) && (self.between(j - 1) || self.ly_adverb(j - 1)) {
                j -= 1;
            } else if j > 1 && self.is(j - 1, "to") && self.in_list(j - 2, &["continues", "continue", "continued", "tends", "tend", "tended", "managed", "began", "begins", "seems", "seemed", "appears", "appeared"]) {
                j -= 2;
            } else {
                break;
            }
        }
        if j == 0 || self.break_after(j - 1) || self.inside[j - 1] {
            return None;
        }
        let head = j - 1;
        let lo = self.stretch_start(0, head);
        let subject = if self.in_list(head, &["who", "which"]) {
            (head, head)
        } else {
            // (a short phrase with no verb of its own, past an opening `And` or `But` and a
            // phrase of time, `Earlier this week Reyes secured ...`)
            let mut lo = if self.in_list(lo, &["and", "but", "so", "yet"]) { lo + 1 } else { lo };
            let lower: Vec<String> = (lo..head.min(lo + 3)).map(|i| self.lower(i)).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            if let Some(n) = (1..=lower.len()).rev().find(|&n| contract::lexicon::time_phrase_len(None, &lower[..n]) == n) {
                lo += n;
            }
            // (its last word a noun's or a name's: not `a push to win the support of`)
            if self.in_list(head, cues::PREPOSITIONS) || self.in_list(head, cues::DETERMINERS) {
                return None;
            }
            if lo > head || head - lo > 7 || (lo..=head).any(|i| self.inside[i] || self.finite_form(i) || self.past_in_ed(i) || self.in_list(i, &["that", "which", "who", "if", "when", "while", "as"])) {
                return None;
            }
            (lo, head)
        };
        let end = self.object_end(p + 1);
        // (nor is support given for a purpose: `received support from the state to rebuild
        // the pier`)
        if (p + 1..end).any(|i| self.is(i, "to") && self.ts[i + 1].text.starts_with(char::is_lowercase) && !self.in_list(i + 1, cues::DETERMINERS)) {
            return None;
        }
        let speaker = cues::mentions_in(&self.mentions, self.ts[p + 1].start, self.ts[end].end).next().filter(|m| {
            // (the name opens the phrase, past its determiner or a title)
            let k = self.ts.partition_point(|t| t.start < m.start);
            (p + 1..k).all(|i| self.in_list(i, &["the", "a", "an"]) || self.ts[i].text.starts_with(char::is_uppercase)) && !m.possessive
        });
        let confidence = if speaker.is_some() { 0.6 } else { 0.0 };
        Some(Reported { parts: vec![(self.ts[subject.0].start, self.ts[subject.1].end)], cue: (self.ts[verb].start, self.ts[p].end), speaker: speaker.map(|m| m.speaker), rule: "reported-received", confidence })
    }

    /// The first word from `from` (before `end`) that is neither a word of a span of time
    /// nor `even`: where the opener of a phrase led by one stands (`One month after
    /// ...`, `even after ...`).
    fn past_time_span(&self, from: usize, end: usize) -> Option<usize> {
        (from..end.min(self.ts.len())).find(|&k| !(self.time_span_word(k) || self.is(k, "even")))
    }

    /// [`Sentence::participle_opener`] for the participle at word `v`, past the adverbs
    /// before it (`after repeatedly saying`, `by not saying`; no auxiliary, `who by now
    /// has been saying`, and no break).
    fn participle_lead(&self, v: usize) -> Option<usize> {
        let mut j = v;
        while j > 0 && !self.break_after(j - 1) && (self.ly_adverb(j - 1) || self.between(j - 1)) && !auxiliary(self.ts[j - 1].text) {
            j -= 1;
        }
        self.participle_opener(j)
    }

    /// Where the words that lead a participle's phrase begin, when they end right before
    /// word `j` (the participle, or the adverbs before it): a preposition or a
    /// subordinator ([`PARTICIPLE_OPENERS`]: `by saying`, `upon hearing`, `after
    /// repeatedly saying`) or `in addition to`. The phrase's subject is then the main
    /// clause's. Not `instead of` or `rather than`: what follows them was not said.
    fn participle_opener(&self, j: usize) -> Option<usize> {
        let p = j.checked_sub(1)?;
        if self.inside[p] {
            return None;
        }
        if self.in_list(p, PARTICIPLE_OPENERS) {
            return Some(p);
        }
        (p >= 2 && self.is(p, "to") && self.is(p - 1, "addition") && self.is(p - 2, "in")).then(|| p - 2)
    }

    /// The speaker of a cue clause of its own right before the participle at word `j`,
    /// past an apposition set off by commas: `Maria Lopez will open the bridge in May, Tom
    /// Reyes said, adding ...`, `..., former Gov. Tom Reyes told reporters on Monday,
    /// adding ...`, `“...,” said Tom Reyes, a former mayor, suggesting ...`. The clause does not open
    /// the sentence and is short: a name (after at most four words that are no verb, `city
    /// spokeswoman`) and a verb of speech or attitude right after it, or a verb that
    /// inverts ([`INVERTED`]) and a name that ends the clause.
    fn cue_clause_before(&self, j: usize) -> Option<usize> {
        let stretch = |end: usize| (0..end).rev().find(|&i| self.break_after(i)).map_or(0, |i| i + 1);
        let mut end = j.checked_sub(1)?;
        let speech = |i: usize| self.frames[i].is_some() && !self.ts[i].text.ends_with("ing") && !self.inside[i] && self.ts[i].text.starts_with(char::is_lowercase);
        let verb = |i: usize| !self.inside[i] && self.ts[i].text.starts_with(char::is_lowercase) && (self.frames[i].is_some() || self.finite_form(i) || self.in_list(i, AUXILIARIES));
        for _ in 0..2 {
            let from = stretch(end);
            if from == 0 || end + 1 - from > 14 || self.in_list(from, &["and", "but", "who", "which", "that", "whom", "whose"]) {
                return None;
            }
            if let Some(m) = cues::mentions_in(&self.mentions, self.ts[from].start, self.ts[end].end).next() {
                let k = self.ts.partition_point(|x| x.start < m.start);
                let after = self.ts.partition_point(|x| x.start < m.end);
                let usable = !m.possessive && !self.possessive_at(after - 1) && !self.in_list(k, POSSESSIVES) && (!m.pronoun || self.subject_pronoun(k));
                if usable && k - from <= 4 && !(from..k).any(verb) && (after..(after + 2).min(end + 1)).any(speech) {
                    return Some(m.speaker);
                }
            }
            // (the verb first, then the name and nothing that makes it the verb's object:
            // not `asked Ann Cole to intervene`, nor `praised Reyes for ...`)
            // (past a title in lower case: `said former Gov. Tom Reyes`, `wrote Herald
            // bureau chief Ann Cole`)
            if self.in_list(from, INVERTED) && !self.inside[from] {
                if let Some(m) = cues::mentions_in(&self.mentions, self.ts[from].end, self.ts[end].end).next() {
                    let k = self.ts.partition_point(|x| x.start < m.start);
                    let after = self.ts.partition_point(|x| x.start < m.end);
                    let usable = !m.possessive && !m.pronoun && !self.possessive_at(after - 1);
                    if usable && k - from <= 6 && !(from + 1..k).any(|i| verb(i) || self.in_list(i, cues::PREPOSITIONS)) && !(after..=end).any(|i| verb(i) || self.is(i, "to")) {
                        return Some(m.speaker);
                    }
                }
            }
            // (an apposition: a determiner or a lower-case word opens it, no verb in it)
            let apposition = self.in_list(from, &["the", "a", "an"]) || self.in_list(from, POSSESSIVES) || self.ts[from].text.starts_with(char::is_lowercase);
            if !apposition || (from..=end).any(|i| self.frames[i].is_some() || self.finite_form(i) || self.in_list(i, AUXILIARIES)) {
                return None;
            }
            end = from.checked_sub(1)?;
        }
        None
    }

    /// The mention a stretch of words opens with at word `from`, past a determiner or
    /// capitalised words (at most three), when it can be a subject (no possessive, no
    /// object pronoun) and ends inside the stretch: its speaker, and the word after it.
    fn opening_mention(&self, from: usize) -> Option<(usize, usize)> {
        let mut k = from;
        while k + 1 < self.ts.len() && k < from + 3 && !self.break_after(k) && self.mention_from(k).is_none() && (self.in_list(k, &["the", "a", "an"]) || self.ts[k].text.starts_with(char::is_uppercase)) {
            k += 1;
        }
        let m = self.mention_from(k)?;
        let stretch_end = (k..self.ts.len()).find(|&i| self.break_after(i)).map_or(self.hi, |i| self.ts[i].end);
        let after = self.ts.partition_point(|t| t.start < m.end);
        (self.subject_form(m, k, after) && m.end <= stretch_end).then_some((m.speaker, after))
    }

    /// Whether mention `m`, starting at word `k` and ending before word `after`, has a
    /// subject's form: no possessive (`Cole's`, `his`) and no object pronoun (`him`).
    fn subject_form(&self, m: &Mention, k: usize, after: usize) -> bool {
        !m.possessive && !self.possessive_at(k) && !self.possessive_at(after - 1) && !self.in_list(k, POSSESSIVES) && (!m.pronoun || self.subject_pronoun(k))
    }

    /// The role noun that follows a name ending before word `after`, right after it or
    /// past one word that says what kind of role (`Reyes aide`, `Reyes campaign aide`,
    /// `Cole family friend`), with no break between.
    fn role_after(&self, after: usize) -> Option<usize> {
        if self.break_after(after - 1) {
            None
        } else if self.in_list(after, ROLE_NOUNS) {
            Some(after)
        } else {
            (self.in_list(after, ROLE_KINDS) && !self.break_after(after) && self.in_list(after + 1, ROLE_NOUNS)).then_some(after + 1)
        }
    }

    /// The subject a stretch of words opens with at word `from`: its first mention, past
    /// at most four words of a title or a description that hold no verb (`former mayor
    /// Tom Reyes`, `an emotional Ann Cole`, `only Reyes`, `Harbour Town Mayor Tom
    /// Reyes`), with the word where it starts, its speaker and the word after it. None
    /// when a preposition, a subordinator or a relative word comes first (`where Cole grew
    /// up`, `in a letter to Cole`), or when a noun follows the name, whose it says (`a
    /// Cole aide`, `the Reyes family`).
    fn stretch_subject(&self, from: usize) -> Option<(usize, usize, usize)> {
        const OPENERS: &[&str] = &["who", "which", "where", "whose", "whom", "that", "and", "or", "but", "if", "than"];
        let mut k = from;
        while k < self.ts.len() && k < from + 4 && self.mention_from(k).is_none() {
            let skippable = !self.break_after(k)
                && !self.inside[k]
                && !self.verb_at(k, from)
                && !self.in_list(k, cues::PREPOSITIONS)
                && !self.in_list(k, SUBORDINATORS)
                && !self.in_list(k, OPENERS);
            if !skippable {
                return None;
            }
            k += 1;
        }
        let mut m = self.mention_from(k)?;
        let mut after = self.ts.partition_point(|t| t.start < m.end);
        // (a name that says whose the next one is, `Reyes aide Sam Ortiz`: the next one)
        if let Some(r) = self.role_after(after).filter(|&r| !self.break_after(r)) {
            if let Some(next) = self.mention_from(r + 1) {
                (k, m) = (r + 1, next);
                after = self.ts.partition_point(|t| t.start < m.end);
            }
        }
        let usable = self.subject_form(m, k, after);
        // (a name before a noun it modifies, `a Cole aide`, `the Reyes family`)
        let noun_after = !self.break_after(after - 1)
            && (self.in_list(after, ROLE_NOUNS)
                || self.in_list(after, ROLE_KINDS)
                || self.in_list(after, &["camp", "supporters", "allies", "aides", "staff", "government", "household"])
                || self.ts.get(after).is_some_and(|t| t.text.starts_with(char::is_lowercase) && t.possessive_form()));
        (usable && !noun_after).then_some((k, m.speaker, after))
    }

    /// Whether a stretch opening at word `from` (before word `to`), or one after at most
    /// two stretches of description with no verb (`a money manager,`), opens with a
    /// subject ([`Sentence::stretch_subject`]).
    fn subject_after_descriptions(&self, from: usize, to: usize) -> bool {
        let mut x = from;
        for _ in 0..3 {
            // (one that goes on into its clause: not `a Democrat,` in `Tom Reyes, the mayor,
            // a Democrat, said`)
            if self.stretch_subject(x).is_some_and(|(at, _, after)| at == x && !self.break_after(after - 1)) {
                return true;
            }
            let Some(end) = (x..to).find(|&i| self.break_after(i)) else { return false };
            if (x..=end).any(|i| self.verb_at(i, x) || self.in_list(i, &["who", "which", "that", "whose", "whom"])) {
                return false;
            }
            x = end + 1;
        }
        false
    }

    /// The mention that opens at word `i` (of one word or more).
    fn mention_from(&self, i: usize) -> Option<&Mention> {
        let t = self.ts.get(i)?;
        self.mentions.get(self.mentions.partition_point(|m| m.start < t.start)).filter(|m| m.start == t.start)
    }

    /// `a charge that Reyes has always denied`, `the toll, which Cole opposes`, `what Ann
    /// Cole told KBX`, `everything he said`: a relative clause whose relative word is the
    /// verb's own object. Nothing after the verb could be its object (the clause ends, or
    /// an adverbial or a conjunction follows it; a preposition of its frame may be
    /// stranded, `what Reyes is talking about`), so the relative word is the content, and
    /// the subject between it and the verb the source. With `as`, what it is taken for is
    /// content too (`what she described as a betrayal`). Not a conjunction's `that` (`said
    /// that Reyes agreed`, `so late that Cole objected`), nor a relative after a
    /// preposition (`in which Reyes argued`), nor a question (`What did Cole say?`).
    fn object_relative(&self, v: usize, frames: &[Frame]) -> Option<Reported> {
        const RELATIVES: &[&str] = &["which", "that", "what", "whom", "everything", "whatever"];
        // (an adverbial that can close the clause after a verb whose object came before)
        const CLOSING: &[&str] = &[
            "in", "on", "at", "during", "for", "from", "with", "after", "before", "since", "until", "over", "last", "earlier", "later", "yesterday", "today", "recently",
            "again", "too", "also", "repeatedly", "previously", "publicly", "privately", "often", "and", "but", "or", "because", "when", "while", "than", "to", "into",
            "by", "about", "through", "under", "via", "this", "that", "here", "there", "so", "now", "then", "either", "anyway", "once", "twice",
        ];
        let t = self.ts[v];
        if self.inside[v] || !t.text.starts_with(char::is_lowercase) {
            return None;
        }
        // (most verbs stand in no relative clause: a relative word within the few words
        // before the verb, in its clause, is asked for first)
        if !(v.saturating_sub(9)..v).rev().take_while(|&i| !self.break_after(i)).any(|i| self.in_list(i, RELATIVES)) || self.is_question() {
            return None;
        }
        // the verb's own object slot: a stranded preposition of its frame, else right after it
        let stranded = frames.iter().find_map(|f| match f {
            Frame::Prep(preps) => self.preposition_len(v + 1, preps).map(|_| v + 1),
            _ => None,
        });
        let takes_object = frames.iter().any(|f| matches!(f, Frame::Object | Frame::Clause | Frame::That | Frame::As | Frame::Tell));
        if stranded.is_none() && !takes_object {
            return None;
        }
        // (past an addressee: `what Cole told KBX`, `what she told him`)
        let addressee = (stranded.is_none() && frames.contains(&Frame::Tell) && v + 1 < self.ts.len() && !self.break_after(v) && !self.inside[v + 1])
            .then(|| {
                let from = self.ts[v + 1].start;
                match self.mentions.iter().find(|m| m.start == from && !m.possessive) {
                    Some(m) => Some(self.ts.partition_point(|x| x.start < m.end) - 1),
                    // (or a name the speakers stage did not take, `told KBX`)
                    None if self.ts[v + 1].text.starts_with(char::is_uppercase) => (v + 1..(v + 4).min(self.ts.len())).take_while(|&i| self.ts[i].text.starts_with(char::is_uppercase) && !self.inside[i]).last(),
                    None => self.in_list(v + 1, &["him", "her", "them", "us", "me", "reporters"]).then_some(v + 1),
                }
            })
            .flatten();
        // (a preposition left at the clause's end is stranded whatever the frames say:
        // `the route that the Herald wrote about last month`)
        let stranded = stranded.or_else(|| {
            (addressee.is_none() && self.in_list(v + 1, &["about", "of", "on", "for", "against", "at"]) && !self.break_after(v) && (v + 2 >= self.ts.len() || self.break_after(v + 1) || self.in_list(v + 2, &["last", "earlier", "later", "yesterday", "today", "recently", "again", "in", "on", "at", "and", "but", "because"])))
                .then_some(v + 1)
        });
        let last = stranded.or(addressee).unwrap_or(v);
        let n = last + 1;
        let as_phrase = stranded.is_none() && frames.contains(&Frame::As) && self.is(n, "as") && !self.break_after(last) && n + 1 < self.ts.len() && !self.inside[n + 1];
        // (a verb that takes no bare clause, right before the main clause's verb: `The
        // measure that most voters support will appear`; after `said` the relative word
        // is the subject of a clause the verb takes, `the plan that Reyes said would
        // fail`, which the clause rule reads)
        // (only a verb that takes no clause of any kind: `which analysts expect will
        // pass`, `that Reyes promised would boost growth` are the clause's subject)
        let clause_taker = frames.iter().any(|f| matches!(f, Frame::Clause | Frame::That | Frame::To | Frame::Tell | Frame::Whether));
        let main_verb_next = || !clause_taker && self.main_verb_at(n);
        let adverb_ends = || n < self.ts.len() && self.ly_adverb(n) && (n + 1 >= self.ts.len() || self.break_after(n) || (!clause_taker && self.main_verb_at(n + 1)));
        let closes = n >= self.ts.len() || self.break_after(last) || (self.in_list(n, CLOSING) && !self.is(n + 1, "to") && !(self.in_list(n, &["that", "this"]) && !self.break_after(n) && n + 1 < self.ts.len())) || main_verb_next() || adverb_ends();
        // (what one knows, learns, sees or finds is no one's report, `Here's what we know
        // about the toll`, unless it is taken for something, `what they saw as a betrayal`)
        if !as_phrase && (!closes || self.in_list(v, &["know", "knows", "knew", "known", "learn", "learns", "learned", "see", "sees", "saw", "seen", "find", "finds", "found"])) {
            return None;
        }
        // (a progressive's `-ing` has its subject before the form of `be`; another `-ing`
        // or a participle after a determiner is no finite verb)
        if t.text.ends_with("ing") && !(v > 0 && self.in_list(v - 1, PROGRESSIVE)) {
            return None;
        }
        // the subject, back over auxiliaries and adverbs
        let mut j = v;
        while j > 0 && !self.break_after(j - 1) && !self.inside[j - 1] && (self.between(j - 1) || self.ly_adverb(j - 1) || (t.text.ends_with("ing") && self.in_list(j - 1, PROGRESSIVE))) {
            j -= 1;
        }
        if j < 2 || self.break_after(j - 1) || self.inside[j - 1] {
            return None;
        }
        // a mention ending right before (past its titles), a subject pronoun, or a short
        // phrase of nouns and their modifiers with no verb
        let mention = self.mentions.iter().rfind(|m| m.end == self.ts[j - 1].end && !m.possessive);
        let r = if let Some(m) = mention {
            let k = self.ts.partition_point(|x| x.start < m.start);
            let mut r = k.checked_sub(1)?;
            while r > 0 && j - r < 6 && !self.break_after(r - 1) && self.ts[r].text.starts_with(char::is_uppercase) && !self.in_list(r, RELATIVES) {
                r -= 1;
            }
            r
        } else if self.subject_pronoun(j - 1) || self.in_list(j - 1, &["you", "it", "others", "some", "many", "critics"]) {
            j - 2
        } else if self.ts[j - 1].text.starts_with(char::is_uppercase) && !self.possessive_at(j - 1) {
            // (a name the speakers stage did not take: up to three capitalised words)
            let mut r = j - 1;
            while r > 0 && j - r <= 3 && self.ts[r].text.starts_with(char::is_uppercase) && !self.inside[r] && !self.break_after(r - 1) {
                r -= 1;
            }
            r
        } else {
            let noun = |i: usize| {
                let w = self.ts[i].text;
                !self.inside[i] && !self.break_after(i) && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’'))
                    && !self.in_list(i, AUXILIARIES) && !self.in_list(i, GOVERNING) && !self.in_list(i, RELATIVES) && !self.in_list(i, &["who", "and", "or", "but", "not", "if"])
                    && !self.finite_form(i) && (self.frames[i].is_none() || i + 1 < j && !self.ts[i].text.ends_with('s'))
                    && !(w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("ing")))
            };
            let mut r = j - 1;
            while r > 0 && j - r <= 5 && noun(r) {
                r -= 1;
            }
            // (a phrase of two words at least, opened by a determiner: `the board`, `most
            // voters`; or a lone plural right after the relative word, `that voters
            // discussed`; another lone noun is most often a verb's object, `found reasons
            // he liked`)
            let w = self.ts[j - 1].text;
            let lone_plural = r + 2 == j && self.in_list(r, RELATIVES) && w.starts_with(char::is_lowercase) && cues::plural_noun(&self.ts[j - 1]);
            if !lone_plural && (r + 2 > j - 1 || !self.in_list(r + 1, &["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "most", "many", "some", "few", "several", "both", "all", "no"])) {
                return None;
            }
            r
        };
        if !self.in_list(r, RELATIVES) || self.inside[r] {
            return None;
        }
        let rel = self.lower(r);
        // (a cleft's `what` is no object: `What Reyes wants is a recount` reports `a
        // recount`)
        if rel == "what" && self.in_list(n, FORMS_OF_BE) {
            return None;
        }
        // (`whom` told is the one told, not what was said)
        if rel == "whom" && frames.contains(&Frame::Tell) {
            return None;
        }
        // (after a verb of speech or thought, an adjective such as `unclear`, a pronoun or
        // a conjunction ([`content_class`]), `what` opens a question or a clause of its
        // own: `It is unclear what Cole said`)
        if rel == "what" && r > 0 && (self.frames[r - 1].is_some() || content_class(self.ts[r - 1].text) != 0 || self.in_list(r - 1, &["unclear", "uncertain", "unknown", "wonder", "wondered", "wondering"])) {
            return None;
        }
        // (after a noun of fact or time, `that` opens its content or its when: `the fact
        // that Reyes agreed in May`, `the day that Brandt announced`)
        if rel == "that" && r > 0 && self.in_list(r - 1, &["fact", "news", "idea", "notion", "possibility", "sense", "hope", "belief", "reason", "day", "days", "time", "times", "moment", "year", "week", "month", "night", "morning", "evening", "afternoon", "way"]) {
            return None;
        }
        // (`which` and `that` stand for a noun before them, never a preposition's object:
        // `in which`; `that` after a verb, an adjective or a comma is a conjunction, `said
        // that`, `so sure that`, `..., that`)
        if matches!(rel.as_str(), "which" | "that" | "whom") {
            let p = r.checked_sub(1)?;
            if self.in_list(p, cues::PREPOSITIONS) || self.in_list(p, GOVERNING) || self.inside[p] {
                return None;
            }
            let w = self.ts[p].text;
            // (a verb's form after a determiner is a noun: `a thought that`, `the claims that`)
            let noun_form = p > 0 && self.in_list(p - 1, &["a", "an", "the", "this", "his", "her", "their", "its", "our"]);
            if rel == "that"
                && (self.break_after(p)
                    || (!noun_form && (self.frames[p].is_some() || self.finite_form(p) || content_class(w) != 0))
                    || self.in_list(p, AUXILIARIES)
                    || self.in_list(p, &["me", "him", "us", "them", "it", "you"])
                    // (a result clause: `so heated that`, `such a mess that`)
                    || (p.saturating_sub(6)..p).any(|i| self.in_list(i, &["so", "such", "too"]))
                    || self.in_list(p, &["so", "such", "now", "given", "except", "not", "but", "and", "or", "be", "been", "being"])
                    || (!noun_form && w.starts_with(char::is_lowercase) && (w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ic") || w.ends_with("ous") || w.ends_with("ful") || w.ends_with("ble") || w.ends_with("ive") || w.ends_with("ent") || w.ends_with("ant") || w.ends_with("al"))))
            {
                return None;
            }
        }
        let speaker = mention.filter(|m| !m.generic).map(|m| m.speaker);
        let mut parts = vec![(self.ts[r].start, self.ts[r].end)];
        if as_phrase {
            // (up to the main clause's verb, when the relative is not set off: `The agency
            // that Reyes views as corrupt has denied it`)
            let end = self.before_main_verb(n + 1, self.object_end(n + 1));
            parts.push((self.ts[n + 1].start, self.ts[end].end));
        }
        let cue_end = self.ts[if as_phrase { n } else { last }].end;
        Some(Reported { parts, cue: (t.start, cue_end), speaker, rule: "reported-relative", confidence: if speaker.is_some() { 0.6 } else { 0.0 } })
    }

    /// `the string of races known as Harbour Day`, `the Harbour Trust, also known as
    /// the Fund`: a passive participle that reports only with `as` ([`Frame::PassiveAs`])
    /// right after a noun, with no form of `be`, names what the noun is known or seen as.
    /// The noun phrase and the words after `as` are the content, with no source; after a
    /// comma the phrase is an apposition to a name the sentence has given, and only the
    /// words after `as` are. Not after a verb, a pronoun or a preposition (`is well known
    /// as`, `them known as`, `with known as`), nor before a subordinator's `as`.
    fn reduced_passive_as(&self, v: usize, k: usize) -> Option<Reported> {
        const ADVERBS: &[&str] = &["also", "commonly", "widely", "better", "often", "popularly", "formerly", "sometimes", "locally", "officially", "collectively", "now", "once", "still", "previously", "informally"];
        if !self.is(k, "as") || self.break_after(v) || self.break_after(k) || k + 1 >= self.ts.len() || self.inside[k + 1] || self.inside[v] {
            return None;
        }
        if self.in_list(k + 1, NOT_CONTENT_START)
            || self.subject_pronoun(k + 1)
            || self.in_list(k + 1, &["yet", "though", "if", "to", "of", "for", "usual", "ever", "always", "before", "it", "well", "soon", "much", "many", "long", "far", "such"])
        {
            return None;
        }
        let mut a = v;
        while a > 0 && !self.break_after(a - 1) && !self.inside[a - 1] && self.in_list(a - 1, ADVERBS) {
            a -= 1;
        }
        let p = a.checked_sub(1)?;
        let comma = self.break_after(p);
        let noun = |i: usize| {
            let w = self.ts[i].text;
            !self.inside[i]
                && w.chars().any(char::is_alphabetic)
                && !self.in_list(i, AUXILIARIES)
                && !self.in_list(i, PASSIVE)
                && !self.in_list(i, GOVERNING)
                && !self.in_list(i, &["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which", "that", "what", "and", "or", "but", "as", "so", "very", "well", "best", "less", "more", "most", "widely", "not", "to", "be", "being", "become", "became"])
                && !self.finite_form(i)
                && !(w.starts_with(char::is_lowercase) && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed")))
        };
        if !noun(p) || (comma && !self.gap(p).trim().starts_with(',')) {
            return None;
        }
        // (up to the main clause's verb: `People seen as likely hecklers are ushered out`)
        let end = self.before_main_verb(k + 1, self.object_end(k + 1));
        let after = (self.ts[k + 1].start, self.ts[end].end);
        let parts = if comma {
            vec![after]
        } else {
            // the noun phrase, back to its determiner over its modifiers and an `of` (`the
            // group of contests`), within six words and its clause
            const PHRASE_OPENERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "what"];
            let mut f = p;
            // (a noun in `-ing` after its determiner too: `a string of races`)
            let head_noun = |i: usize| noun(i) || (i > 0 && self.in_list(i - 1, PHRASE_OPENERS) && !self.inside[i] && self.ts[i].text.chars().all(char::is_alphabetic));
            while f > 0 && p - f < 6 && !self.break_after(f - 1) && !self.in_list(f, PHRASE_OPENERS) && (head_noun(f - 1) || self.is(f - 1, "of") || self.in_list(f - 1, PHRASE_OPENERS)) {
                f -= 1;
            }
            if self.is(f, "what") {
                f += 1;
            }
            vec![(self.ts[f].start, self.ts[p].end), after]
        };
        Some(Reported { parts, cue: (self.ts[v].start, self.ts[k].end), speaker: None, rule: "reported-attitude", confidence: 0.0 })
    }

    /// `X said (that) ...`, `X told reporters that ...`, `X vowed to ...`, `X asked
    /// whether ...`, and a participle after a comma (`..., adding that ...`).
    fn clause(&self, v: usize, frame: Frame) -> Option<Reported> {
        let t = self.ts[v];
        if let Some(r) = self.as_reported_by(v, frame) {
            return Some(r);
        }
        // the subject, back over auxiliaries and adverbs
        // (a perfect participle is a participle, its `having` where its subject would
        // be: `Having promised that the pier would open, Reyes left`)
        let perfect = v > 0 && self.is(v - 1, "having") && !self.inside[v - 1];
        // (`Having said that, ...` says nothing: its `that` points back)
        if perfect && v + 1 < self.ts.len() && self.is(v + 1, "that") && self.gap(v + 1).contains(',') {
            return None;
        }
        let participle = t.text.ends_with("ing") || perfect;
        let mut j = if perfect { v - 1 } else { v };
        // a form of `be` before an `-ing` form is the progressive, not the passive: `Cole
        // is calling for ...`, `Reyes has been touting ...` have their subject before it
        // (`will not be endorsing`; but not past a word that cannot end one: `a group that
        // is calling for`, `seems to be saying`)
        // (and a form of `be` before a participle whose passive's subject holds the view,
        // `Reyes is convinced that ...`, [`contract::lexicon::HELD_PASSIVES`])
        // (or a copula, `became convinced that`)
        let held = self.held_passive(v);
        let progressive = |j: usize| {
            ((participle && self.in_list(j - 1, PROGRESSIVE)) || (held && self.holds_passive_at(j - 1)))
                && !(j >= 2 && self.in_list(j - 2, NOT_SUBJECT) && !self.between(j - 2))
        };
        // (`there` opening the sentence or a clause is its subject: `There have been
        // telling signs`)
        let opening_there = |j: usize| self.in_list(j - 1, &["there", "here"]) && (j == 1 || self.break_after(j - 2));
        // (and past a short phrase of time: `The council on Tuesday said`)
        let time_before = |j: usize| (j > 0 && contract::lexicon::with_folded(self.ts[j - 1].text, contract::lexicon::ends_time_phrase)).then_some(()).and_then(|()| (1..=3.min(j)).rev().find(|&n| !(j - n..j).any(|i| self.break_after(i) || self.inside[i]) && contract::lexicon::time_phrase_len((j - n).checked_sub(1).map(|b| self.lower(b)).as_deref(), &(j - n..j).map(|i| self.lower(i)).collect::<Vec<_>>().iter().map(String::as_str).collect::<Vec<_>>()) == n));
        // (and past an adverb in `-ly`: `..., sharply denouncing the plan`, `Cole
        // appeared with Reyes and officially endorsed the toll`)
        // (`both` or `all` opening the sentence or a clause is its subject, not a word
        // after one: `Both believe the bridge will close`)
        // (after `And`, or after the comma of an opening phrase that a preposition, a
        // subordinator, an adverbial or a participle opens, `On fares, both oppose`; not
        // after a comma, parenthesis or dash that closes the subject or an aside in it,
        // `Reyes and Cole, the two candidates, both oppose`, `Brandt (R-Mont.) both
        // condemned`)
        let opening_phrase = |c: usize| {
            self.gap(c).trim() == ","
                && (0..c).all(|i| !self.break_after(i))
                && (self.in_list(0, cues::PREPOSITIONS) || self.in_list(0, SUBORDINATORS) || self.in_list(0, OPENING_ADVERBIALS) || self.ts[0].text.ends_with("ing"))
        };
        let quantifier_subject = |j: usize| self.in_list(j - 1, &["both", "all"]) && (j == 1 || j == 2 && self.in_list(0, &["and", "but", "so", "yet"]) || self.break_after(j - 2) && opening_phrase(j - 2));
        while j > 0 && !self.break_after(j - 1) && (self.between(j - 1) || progressive(j) || self.ly_adverb(j - 1)) && !opening_there(j) && !quantifier_subject(j) {
            j -= 1;
        }
        // (a whole phrase: not `during a Sunday`, `in Wednesday`; and the subject right
        // before it, `Kemp on Friday also denied`)
        // (nor after a possessive form, which reads as a noun's: `Hartley's on Monday
        // said` keeps its time for the head, as before)
        if let Some(n) = time_before(j).filter(|&n| j > n && !self.break_after(j - n - 1) && !self.possessive_at(j - n - 1) && !contract::lexicon::governs_a_time(&self.lower(j - n - 1))) {
            j -= n;
        }
        // (and past a short phrase of time after an apposition's comma: `Speaker Paul D.
        // Brandt, the council's longest-serving member, on Tuesday called`)
        // (a comma's apposition, not a parenthesis: `The governor (not Tom Reyes) last
        // week said`)
        let comma_after = |i: usize| self.gap(i).contains(',') && !self.gap(i).contains(['(', ')']);
        if j >= 3 && self.dated_phrase(j - 2) && self.break_after(j - 3) && comma_after(j - 3) && !self.break_after(j - 2) && !self.inside[j - 2] {
            j -= 2;
        }
        // (`..., Cole said, when asked whether ...`: `when` and `asked` with no
        // subject between them, wherever in the sentence)
        // (or set off by commas after its subject with the question right after it, no
        // one asked before it: `Tom Reyes, asked about the toll, said`, `..., said Ann
        // Cole, asked whether ...`; `Ann Cole, a reporter, asked Reyes whether` asks)
        let aside_question = j == v && j > 0 && self.break_after(j - 1) && self.gap(j - 1).trim() == "," && self.in_list(v + 1, &["about", "whether", "if", "why", "how", "what", "who", "when", "where", "to"]);
        let passive_question = j == v && j > 0 && self.in_list(j - 1, &["when", "if", "after", "once", "before", "while", "as"]) || aside_question;
        if self.asked_at(v) && (j == 0 || (j == 1 && self.in_list(0, SUBORDINATORS)) || passive_question) {
            // `Asked whether ..., he said`, `When asked about ...`: the question is the
            // content, and the text does not say who asked it
            return self.complement(v, frame, None, j);
        }
        let clause_lo = (0..j).rev().find(|&i| self.break_after(i)).map_or(self.lo, |i| self.ts[i + 1].start);
        // `“...,” Reyes said 20 minutes into the hearing`: a clause right after a quote's
        // closing mark is that quote's cue; what follows its verb is no content
        // (`“...,” Reyes said`, `“...?” she asked`: the quote ends in its cue's comma or
        // mark; `called Reyes a “windbag,” and said that ...` reports on its own)
        let first = self.ts.partition_point(|x| x.start < clause_lo);
        let cue_of_quote = first > 0 && first < v && self.inside[first - 1] && !self.inside[first] && {
            let gap = self.gap(first - 1);
            let mark = gap.find(['”', '"', '\'']).unwrap_or(gap.len());
            gap[..mark].contains([',', '?', '!'])
        };
        // (a quote that opens its sentence, not a title woven into it: `on WMHT's “Town
        // Talk,” Okafor admitted that ...`)
        let opens_sentence = cue_of_quote && (0..first).all(|k| self.inside[k]);
        // (within the eight words the content reader looks at; `in what aides called` is
        // no content)
        // (not past another verb of speech, whose `that` it is: `“...,” Reyes said after
        // Ann Cole announced that ...`)
        let opens_content = (v + 1..(v + 9).min(self.ts.len())).take_while(|&k| k == v + 1 || !self.break_after(k - 1) && self.frames[k - 1].is_none()).any(|k| {
            self.in_list(k, &["that", "whether", "if"]) || (self.in_list(k, &["how", "why", "what"]) && !self.in_list(k - 1, cues::PREPOSITIONS))
        });
        // (nor a relative clause: `“...,” which Mendes thinks will cause ...`)
        // (nor a clause of its own that a subordinator opens after the quote's cue: `“...,”
        // Reyes said in May after Northgate announced it was ...`; not `as`, which
        // compares as often: `said as she has said often`)
        let own_clause = (first + 1..v).any(|i| self.in_list(i, SUBORDINATE_OPENERS) && !self.is(i, "as") && !self.inside[i]);
        if !participle && opens_sentence && !self.in_list(first, CONJUNCTIONS) && !self.in_list(first, &["which", "who", "whom", "whose", "that"]) && !opens_content && !own_clause {
            return None;
        }
        // (`..., and in 2021 said`: past a short phrase of time)
        let and = j > 0 && (self.is(j - 1, "and") || (j >= 3 && self.is(j - 3, "and") && self.dated_phrase(j - 2)));
        // `Kemp called it “reckless,” but said ...`: a second verb after `but` reports
        // for the subject of the sentence's first report, when there is one (not of a
        // report inside it: `Hart said she wants Reyes to explain ... but supports`)
        if j > 0 && self.is(j - 1, "but") {
            if let Some((fv, Some(speaker))) = self.first_report.get() {
                // (not past a clause with a subject of its own, `..., and she left the room
                // but said`, nor from a fronted clause, `After Reyes said ..., Lopez met
                // residents but said`)
                let fronted = self.in_list(0, SUBORDINATORS) && !(0..fv).any(|i| self.break_after(i));
                let new_subject = cues::mentions_in(&self.mentions, self.ts[fv].end, self.ts[j - 1].start).any(|m| {
                    let k = self.ts.partition_point(|x| x.start < m.start);
                    k > 0 && (self.break_after(k - 1) || self.in_list(k - 1, &["and", "but", "then", "so"]))
                });
                if !fronted && !new_subject {
                    return self.complement(v, frame, Some(speaker), j);
                }
            }
        }
        // (a `but` after a first verb that reports nothing, or no one's report, shares
        // that verb's subject as a second verb after `and` does: `Ann Cole did not name
        // Reyes, but said ...` is Cole's, not Reyes's or no one's)
        let and = and || j > 0 && self.is(j - 1, "but") && self.first_report.get().is_none_or(|(_, s)| s.is_none()) && !self.in_list(j, &["both", "all"]);
        let infinitive = j > 0 && self.is(j - 1, "to") && j == v;
        // a participle after a preposition or a subordinator (`by saying that ...`,
        // `while arguing that ...`, `after warning that ...`) is the sentence subject's
        // (an adverb may stand between them: `after repeatedly saying`)
        let opener = if participle { self.participle_lead(v) } else { None };
        let adjunct = opener.is_some();
        let speaker = if j == 0 || and || infinitive || adjunct || participle && self.break_after(j - 1) {
            // no subject of its own: a participle, a second verb or an infinitive takes
            // the sentence's (`Reyes spoke on Monday, adding that ...`, `He smiled and
            // said ...`, `residents are likely to say ...`)
            if !(participle || and || infinitive) {
                return None;
            }
            if participle {
                // (a participle's is the sentence's subject, a pronoun too, not the first
                // name after it: in `By Sunday she had called off a rally with Reyes, citing
                // the storm`, not Reyes, whom a preposition governs, nor a possessive's;
                // the subject of the main clause, past a fronted clause or phrase, `As she
                // spoke, Reyes interrupted, saying ...`, `Hoping to bring them along, Cole
                // visited Eastvale, promising ...`; else, as before, the first name: `drew
                // fire from Democrats, saying ...`)
                // (a participle's `-ing` or `-ed`, not a name's: `Ann Cole, in an interview,
                // attacked Reyes, saying ...` opens with its subject)
                let opening_participle = (self.ts[0].text.ends_with("ing") || self.ts[0].text.ends_with("ed")) && !{
                    let s0 = self.ts[0].start;
                    self.mentions.get(self.mentions.partition_point(|m| m.start < s0)).is_some_and(|m| m.start == s0)
                };
                // (its opener may follow a span of time, `One month after announcing ...`,
                // `Shortly before saying ...`, or `even`: `Even while insisting ...`)
                // (or `But`, `And`, `Yet`: `Yet after praising ..., Brandt ...`)
                let led = opener.is_some_and(|o| o > 0 && self.past_time_span(0, 5) == Some(o) || o == 1 && self.in_list(0, LEADING_CONJUNCTIONS));
                let fronted = self.in_list(0, cues::FRONTED) || self.in_list(0, SUBORDINATORS) || opening_participle || opener == Some(0) || led;
                // (the participle's own clause the fronted one, `Noting that ..., Okafor
                // praised ...`, `After blasting the paper, Brandt recited ...`, `In addition
                // to stating that ..., Cole has vowed ...`: the subject opens the main clause
                // after it)
                let opens_clause = j == 0 || opener == Some(0) || led;
                if opens_clause && fronted && !(0..v).any(|i| self.break_after(i)) {
                    return self.complement(v, frame, self.main_subject_after(v), j);
                }
                // (after a cue clause of its own, the cue's subject: `“...,” Reyes said,
                // adding that ...`, `“...,” said Tom Reyes, a former mayor, suggesting ...`,
                // `The toll is a disgrace, Cole said Tuesday, noting ...`)
                if let Some(speaker) = self.cue_clause_before(j) {
                    return self.complement(v, frame, Some(speaker), j);
                }
                // (a participle led by a preposition inside a relative clause is the
                // clause's `who`'s, when the speakers stage made it a name's mention:
                // `Speaker Paul Brandt, who last month angered Reyes by announcing ...`)
                if let Some(o) = opener {
                    let s = self.stretch_start(0, o);
                    if s > 0 && self.is(s, "who") {
                        if let Some(m) = self.mention_at(s) {
                            return self.complement(v, frame, Some(m.speaker), j);
                        }
                    }
                }
                let main = if fronted { (0..v).find(|&i| self.break_after(i)).map_or(0, |b| b + 1) } else { 0 };
                // (the clause the participle follows, when a `, and` or a `but` with a
                // subject of its own opens one: `The vote led to a meeting with Lopez, but
                // Reyes has been vocal in rejecting ...`)
                // (a clause: a verb of its own after the name, not a list's last item,
                // `criticized Cole, Lopez, and Whitfield, saying`, nor `not only Cole but
                // Lopez, saying`)
                let own_clause = |b: usize| self.opening_mention(b + 1).is_some_and(|(_, after)| (after..j).any(|i| !self.inside[i] && self.ts[i].text.starts_with(char::is_lowercase) && (self.in_list(i, AUXILIARIES) || self.finite_form(i) || self.verb_of_speech(i) || self.ts[i].text.ends_with("ed"))));
                let main = (main + 1..j).rev().find(|&b| (self.break_after(b - 1) && self.is(b, "and") || self.is(b, "but")) && !self.inside[b] && own_clause(b)).map_or(main, |b| b + 1);
                // (else the main clause's subject: its first mention that no preposition
                // governs, before the clause's verb; a name after the verb is its object,
                // `The retired engineer gave Lopez some credit, saying ...` is not
                // Lopez's, and then the text names no one; a verb of speech before it is
                // its own, `“...,” said Tom Reyes, a former mayor who ..., referring to`)
                // (`mentions_in` leaves out possessive pronouns, `his`, already)
                let verb_before = |main: usize, m: &Mention| self.verb_between(main, self.ts.partition_point(|x| x.start < m.start));
                // (a fronted phrase with no comma of its own, `On Tuesday she stood firm
                // on it, seeking ...`, leaves the sentence's first clause the main one)
                // (a second participle after `and` is the first one's subject's, never a
                // name inside the first one's content: `Cole criticised the ruling, saying the
                // judge erred and adding that ...`)
                let first_participle = (j > 0 && self.is(j - 1, "and"))
                    .then(|| (main..j - 1).rev().find(|&i| !self.inside[i] && i > 0 && self.break_after(i - 1) && self.ts[i].text.ends_with("ing") && self::frame(self.ts[i].text).is_some()))
                    .flatten();
                let until = first_participle.map_or(t.start, |i| self.ts[i].start);
                let subject = |main: usize| cues::mentions_in(&self.mentions, self.ts[main].start, until).find(|m| self.subject_at(m).is_some()).filter(|m| !verb_before(main, m)).map(|m| m.speaker);
                // (and, with none, a name after `from` that ends the clause, whose words the
                // participle tells: `The toll drew fire from Maria Lopez, saying ...`)
                let from_name = || {
                    let before = j.checked_sub(1)?;
                    let m = cues::mentions_in(&self.mentions, self.ts[main].start, until).last().filter(|m| m.end == self.ts[before].end)?;
                    let k = self.ts.partition_point(|x| x.start < m.start);
                    (k > 0 && self.is(k - 1, "from") && !m.pronoun).then_some(m.speaker)
                };
                // (a subordinate clause's subject is not the main clause's, `When Tom Reyes
                // arrived, the council approved ..., saying`, unless no comma closes it, `After
                // the vote Tom Reyes praised the council, saying`)
                let retry = main > 0 && (!self.in_list(0, SUBORDINATORS) || main == j);
                // (a clause that receives what the participle says leaves it to the sender
                // its `from` names, or to no one: `Tom Reyes received a warning from the
                // regulator, saying ...` is not Reyes's)
                let received = (main..j).any(|i| !self.inside[i] && self.in_list(i, &["received", "receives", "got", "gets", "obtained"]))
                    && (main..j).any(|i| self.in_list(i, contract::lexicon::MESSAGE_NOUNS));
                if received {
                    from_name()
                } else {
                    subject(main).or_else(|| if retry { subject(0) } else { None }).or_else(from_name)
                }
            } else if and {
                self.conjunct_subject(j)
            } else {
                self.speaker_in(self.lo, t.start, false)
            }
        } else if self.inside[j - 1] && !self.own_clause_after_quote(v) {
            // `“...,” said a longtime adviser`: the verb is the quote's cue, and what
            // follows it is the speaker, not content
            return None;
        } else if self.break_after(j - 1) {
            // the subject, then an apposition (`Paul Brandt, who runs the union, says`,
            // `Ann Lee — a former governor — told`): the first phrase of the sentence, or
            // of its last clause joined by `, and` or `, but` (`Kemp rejected it, and
            // Senator Lena Hart, the minority leader, denounced ...`)
            // (or by a bare `and` whose name the aside follows: `Cole supported it and
            // Reyes, as he did last year, opposed ...`)
            // (a clause's `and`, after a verb: not the `and` of two names, `Tom Reyes and
            // Sen. Ann Cole (R-Ore.) both condemned`, `Reyes and Cole, the two candidates,
            // both`, nor one inside a relative or participle aside, `Ann Cole, who endorsed
            // Tom Reyes and Maria Lopez, the two nominees, said`)
            let named_after = |b: usize| {
                let stretch = (0..b).rev().find(|&i| self.break_after(i)).map_or(0, |i| i + 1);
                let aside = self.in_list(stretch, &["who", "which", "that", "whom", "whose"]) || self.ts[stretch].text.ends_with("ing") && self.ts[stretch].text.starts_with(char::is_lowercase);
                !aside && self.verb_between(0, b)
                    && self.opening_mention(b + 1).is_some_and(|(_, after)| after < j && self.break_after(after - 1) && self.gap(after - 1).trim() == "," && !(b + 1..after - 1).any(|i| self.break_after(i)))
            };
            let mut base = (1..j).rev().find(|&b| (self.break_after(b - 1) || named_after(b)) && self.in_list(b, &["and", "but"]) && !self.inside[b]).map_or(0, |b| b + 1);
            // (past a fronted clause or phrase, to the subject after its comma: `After the
            // hearing ended in uproar, Grace Okafor, the county party chairwoman, said`)
            // (or a participle's phrase: `Addressing the members, the campaign chief, Paul
            // Brandt, bluntly suggested`)
            // (not a name that ends so, `Fleming, the mayor, said`)
            let named_first = self.mentions.get(self.mentions.partition_point(|m| m.start < self.ts[0].start)).is_some_and(|m| m.start == self.ts[0].start);
            let participle_opens = |b: usize| b == 0 && self.ts[0].text.ends_with("ing") && self.ts[0].text.starts_with(char::is_uppercase) && !named_first;
            while self.in_list(base, SUBORDINATORS) || self.in_list(base, &["in", "on", "at", "during", "despite", "following", "amid", "for", "with", "without", "unlike"]) || participle_opens(base) {
                match (base..j - 1).find(|&i| self.break_after(i)) {
                    Some(b) if (b + 1..j - 1).any(|i| self.break_after(i)) => base = b + 1,
                    _ => break,
                }
            }
            let lo = if base == 0 { self.lo } else { self.ts[base].start };
            let first = (base..j).find(|&i| self.break_after(i))?;
            // a name (`Hart, along with ..., say`) or a short noun phrase (`Local
            // planners, like their county counterparts, say`), not an opening
            // adverbial (`In 2015, ...`)
            // (a described subject names no one the speakers stage knows, but the name
            // in apposition to it does: `The chief, Victor Mendes, suggested`)
            let apposed = || {
                let second = (first + 1..j).find(|&i| self.break_after(i))?;
                (second - first <= 8).then(|| cues::mentions_in(&self.mentions, self.ts[first + 1].start, self.ts[second].end).find(|m| !m.pronoun).map(|m| m.speaker)).flatten()
            };
            // (a first phrase that is more than a name, `One teacher supporting Ms. Cole,
            // Lena Hart of ..., said`, `Reyes's campaign manager, Sam Ortiz, said`:
            // the name in apposition to it is its head)
            let only_a_name = cues::mentions_in(&self.mentions, lo, self.ts[first].end).any(|m| {
                m.end == self.ts[first].end && (base..first).all(|i| self.ts[i].end <= m.start && self.ts[i].text.chars().next().is_some_and(char::is_uppercase) || self.ts[i].start >= m.start)
            });
            // (a capitalised name right after the comma: `, who backed Mr. Reyes,` and `,
            // many of them farmers,` are no apposition)
            let capitalised = self.ts[first + 1].text.chars().next().is_some_and(char::is_uppercase);
            // (past its titles, which the mention leaves out: `Reyes's rivals, Sens. Ann
            // Cole of Eastvale and Paul Brandt of Westport, asked`)
            let name_at = (first + 1..j).find(|&i| !self.in_list(i, TITLE_WORDS)).unwrap_or(first + 1);
            let apposed_name = || cues::mentions_in(&self.mentions, self.ts[first + 1].start, self.ts[j - 1].end).next().filter(|m| capitalised && !m.pronoun && m.start == self.ts[name_at].start).map(|m| m.speaker);
            // (a name inside a described phrase is not the phrase: `A member of the harbour
            // board, who asked not to be named, said`)
            let inside_a_description = cues::mentions_in(&self.mentions, lo, self.ts[first].end).find(|m| !m.pronoun).is_some_and(|m| self.governed_by_a_noun(m) && m.end == self.ts[first].end);
            let m = if inside_a_description {
                apposed_name()
            } else if only_a_name {
                self.speaker_in(lo, self.ts[first].end, false).or_else(apposed)
            } else {
                apposed_name().or_else(|| self.speaker_in(lo, self.ts[first].end, false)).or_else(apposed)
            };
            let limit = if m.is_some() { 8 } else { 5 };
            // (a short noun phrase and its relative clause may run longer: `Some residents
            // who have heard Mr. Reyes's talks for years, on the radio,
            // said`; the speaker is the phrase's, not a name inside the clause)
            let relative = (base + 1..(base + 5).min(first)).find(|&p| self.is(p, "who") && !self.break_after(p - 1) && !self.inside[p] && self.ts[p - 1].text.starts_with(char::is_lowercase));
            if let Some(p) = relative.filter(|_| first - base > limit && !self.in_list(base, OPENING_ADVERBIALS) && !self.in_list(base, SUBORDINATORS)) {
                return self.complement(v, frame, cues::mentions_in(&self.mentions, lo, self.ts[p - 1].end).filter(|m| m.end == self.ts[p - 1].end).last().map(|m| m.speaker), j);
            }
            // (titles do not count: `Sens. Tom Reyes of Eastvale and Paul Brandt of
            // Westport, both facing hard races, said`)
            let titles = (base..first).filter(|&i| self.in_list(i, TITLE_WORDS)).count();
            if first - base - titles > limit || (m.is_none() && self.in_list(base, OPENING_ADVERBIALS)) {
                return None;
            }
            m
        } else {
            let head = j - 1;
            // `wrote to the water board, which said ...`: a relative `which` after a comma reports
            // for the organisation or document it hangs on, when the speakers stage made
            // the `which` that one's mention; not after a clause (`fired Kemp, which
            // suggests ...` is an inference) nor as an aside inside the sentence's subject
            // (`The council, which has denied the allegations, said ...`: the subject's
            // own verb reports)
            if self.is(head, "which") && head > 0 && self.break_after(head - 1) && self.gap(head - 1).trim() == "," {
                let which = self.mention_at(head);
                let antecedent = which.and_then(|w| cues::mentions_in(&self.mentions, self.ts[head.saturating_sub(6)].start, self.ts[head - 1].end).filter(|m| m.speaker == w.speaker && m.end == self.ts[head - 1].end).last());
                let aside = antecedent.is_some_and(|m| (0..self.ts.partition_point(|t| t.start < m.start)).all(|i| self.in_list(i, &["the", "a", "an"])));
                return match which {
                    Some(w) if !aside => self.complement(v, frame, Some(w.speaker), j),
                    _ => None,
                };
            }
            // (after a possessive the cue is a noun, and what it reports its possessor's:
            // `Her vow to take on the firms`, `Cole's pledge to cut the toll`, when the
            // possessive is a mention, a pronoun the speakers stage resolved too; not
            // `his party's plan`, whose possessor is no one named)
            if !self.inside[head] && (self.possessive_at(head) || self.in_list(head, POSSESSIVES)) {
                if let Some(p) = self.possessor(head, v) {
                    return self.complement(v, frame, Some(p), j);
                }
            }
            if self.inside[head] || (self.in_list(head, NOT_SUBJECT) && !self.in_list(head, PASSIVE)) {
                return None;
            }
            // (no object opens with a finite verb of speech: in `An official who asked not
            // to be identified said ...`, `said` is the sentence's verb; `endorsed paid
            // leave` has an adjective)
            if frame == Frame::Object && v + 1 < self.ts.len() && self.finite_form(v + 1) && self::frame(self.ts[v + 1].text).is_some() && !self.inside[v + 1] {
                return None;
            }
            if self.in_list(head, PASSIVE) {
                // `was told that ...`, `is expected to ...`: whoever told or expects is
                // not the subject; a question's asker after `by` is its source (`Cole
                // was asked by moderator Victor Mendes whether ...`)
                self.asked_at(v).then(|| self.agent_after(v)).flatten()
            } else {
                let lower = self.lower(head);
                if lower == "who" && head > 0 {
                    // `Tom Reyes, who urged him to ...`: the person the clause hangs on,
                    // as the speakers stage resolved the `who` (past an apposition: `Paul
                    // Brandt, Republican of Ohio, who echoed`), else the name right
                    // before its comma (not one further back: `Lopez thanked her
                    // supporters, who say`)
                    let lo = self.ts[head.saturating_sub(4)].start;
                    let resolved = self.mention_at(head);
                    // (past a name's suffix: `Tom Reyes III, who`)
                    let suffix = head >= 2 && self.in_list(head - 1, &["jr", "sr", "ii", "iii", "iv"]);
                    let end = if suffix { self.ts[head - 2].end } else { self.ts[head - 1].end };
                    // (or a mention of the whole phrase, `who` and all: `riders in
                    // Eastvale who agree`)
                    let whole = || self.mentions.iter().find(|m| m.start < self.ts[head].start && m.end == self.ts[head].end && !m.pronoun);
                    // (not a name a preposition after a lower-case noun governs: the `who` of
                    // `A member of the harbour board, who asked not to be named, said` is
                    // the member's, whom no mention names)
                    let m = resolved.or_else(whole).or_else(|| self.mentions.iter().rev().find(|m| m.start >= lo && m.end == end && !m.pronoun).filter(|m| !self.governed_by_a_noun(m)));
                    // (with no comma, a restrictive `who` is its phrase's: `met workers who
                    // said`, `had a roommate in college who wanted`; when no mention ends
                    // the phrase, no one, not the sentence's subject)
                    return self.complement(v, frame, m.map(|m| m.speaker), j);
                }
                // `An official who asked not to be identified said ...`: a short noun
                // phrase and its relative clause, with no comma, are the subject, and the
                // speaker is the phrase's (not a name in the clause: `the aide who met
                // Reyes said`); the `who` is its clause's subject (not `the man who Reyes
                // said would win`)
                // (the clause's start is looked for only when a `who` stands before the
                // verb: most subjects have none)
                // (a `that` likewise when a verb follows it ([`Sentence::verb_opens`]):
                // `Clubs that backed Reyes say ...` are the clubs', not Reyes's)
                // (and `whom` or `whose`, whose clause is the phrase's too: `Voters whom
                // Maria Lopez visited said`, `Parents whose children attend the school said`)
                let relative_word = |p: usize| {
                    self.in_list(p, &["who", "whom", "whose"])
                        || (self.is(p, "that") && p > 0 && !self.inside[p - 1] && !self.in_list(p - 1, cues::PREPOSITIONS) && !self.in_list(p - 1, &["so", "now", "such"]) && self.frames[p - 1].is_none() && self.verb_opens(p + 1))
                };
                let subject_lo = self.subject_lo(j);
                let base = if (0..head).any(relative_word) { self.ts.partition_point(|x| x.start < subject_lo) } else { head };
                let relative = (base + 1..(base + 5).min(head)).find(|&p| relative_word(p) && !self.inside[p] && !self.break_after(p - 1) && !self.break_after(p));
                // (when the phrase is no mention, `The aide who met Reyes said`, the
                // speaker is unknown rather than the name in the clause; a mention of the
                // whole phrase, clause and all, stands: `Residents in Eastvale who watched the
                // hearing said`)
                // (a bare count right before the verb is its subject, `and 30 have said`:
                // not a name further back, `the school had 400 students and 30 have said`)
                // (a count opens its clause, after `and`, `but` or a comma, and is no year:
                // `an aide in 2009 sought`, `cast 42 votes for`)
                let h = self.ts[head].text;
                let year = h.len() == 4 && (h.starts_with("19") || h.starts_with("20"));
                let opens = head == 0 || self.break_after(head - 1) || self.in_list(head - 1, &["and", "but"]);
                // (a share the speakers stage named is its mention, `%` and all: `47% say`)
                let named = |m: &Mention| m.end == self.ts[head].end || (m.end == self.ts[head].end + 1 && self.text.get(self.ts[head].end..m.end) == Some("%"));
                let count = opens && !year && self.count_at(head) && !self.mentions.iter().any(named);
                // (a participle's subject is the phrase right before it wherever that
                // stands, as a reduced relative clause's: `cash from ferry owners opposing
                // the toll`, `paid to a group backing Cole`; not a name inside an
                // `of` phrase, `critics of Ann Cole urging`, nor a pronoun, an object's)
                // (nor a name after a preposition of place or address, `wrote to Cole
                // asking`, `was on KBX talking about`: the sentence's subject's)
                let reduced = || {
                    let m = self.mentions.iter().rev().find(|m| m.end == self.ts[head].end && !m.pronoun)?;
                    let k = self.ts.partition_point(|x| x.start < m.start);
                    let named = self.text[m.start..].starts_with(char::is_uppercase);
                    // (and anyone after the `to` of a text or of its writing, `sent a note to
                    // the pilots urging`, `wrote to voters asking`)
                    let written_to = k > 0 && self.is(k - 1, "to") && (k.saturating_sub(5)..k - 1).any(|i| self.in_list(i, contract::lexicon::WRITING_VERBS) || self.in_list(i, cues::DOCUMENT_NOUNS) || self.in_list(i, &["letters", "write", "writing"]));
                    let addressed = named && k > 0 && self.in_list(k - 1, &["to", "on", "at", "in", "into", "onto"]) || written_to;
                    (!(addressed || k > 0 && self.is(k - 1, "of"))).then_some(m)
                };
                let adjacent = if participle && j == v { reduced() } else { None };
                let subject = if count { None } else { adjacent.or_else(|| self.opened_subject(head, v)).or_else(|| cues::subject_before(self.text, &self.mentions, subject_lo, t.start)) };
                // (a name after a participle of attitude in the subject is its object, and
                // the phrase before the participle the subject: `Groups opposing Tom Reyes
                // said ...` is the groups')
                // (also past names joined to it, `Voters backing Tom Reyes and Ann Cole
                // said`; with no holder named, no one)
                let subject = subject.and_then(|m| {
                    // (most subjects hold no `-ing` word: told apart first, cheaply)
                    if !self.text.get(subject_lo..m.start).is_some_and(|t| t.contains("ing ")) {
                        return Some(m);
                    }
                    let k = self.ts.partition_point(|x| x.start < m.start);
                    let lo = self.ts.partition_point(|x| x.start < subject_lo);
                    // (a few words back, within the subject's own phrase: no verb, clause
                    // word or subordinator between, and a noun before the participle, not a
                    // preposition, `for supporting Reyes`)
                    let held = (lo.max(k.saturating_sub(8)) + 1..k)
                        .rev()
                        .take_while(|&i| !self.break_after(i) && !self.finite_form(i) && !self.past_in_ed(i) && !self.in_list(i, SUBORDINATORS) && !self.in_list(i, &["who", "that", "which"]))
                        .find(|&i| self.in_list(i, contract::lexicon::ATTITUDE_PARTICIPLES) && !self.in_list(i - 1, cues::PREPOSITIONS));
                    match held {
                        Some(p) => cues::mentions_in(&self.mentions, subject_lo, self.ts[p - 1].end).filter(|h| h.end == self.ts[p - 1].end && !h.pronoun).last(),
                        None => Some(m),
                    }
                });
                // (a participle right after a text that its clause's subject writes, sends or
                // releases is the writer's, not the text's: `Cole wrote a letter
                // congratulating the organizers`, `Reyes issued a statement urging calm`;
                // [`contract::lexicon::WRITING_VERBS`])
                let subject = match subject {
                    Some(m) if participle && m.document && m.end == self.ts[head].end => {
                        let k = self.ts.partition_point(|x| x.start < m.start);
                        // (a verb that writes or puts out the text: `dismissed a report claiming
                        // ...`, `received a letter urging ...` are the text's)
                        let written = k > 0 && !self.break_after(k - 1) && !self.inside[k - 1] && self.in_list(k - 1, contract::lexicon::WRITING_VERBS);
                        let writer = written.then(|| cues::subject_before(self.text, &self.mentions, subject_lo, self.ts[k - 1].start).filter(|w| !w.document)).flatten();
                        Some(writer.unwrap_or(m))
                    }
                    other => other,
                };
                // (a participle after its clause's object, that clause's verb right after an
                // apposition: the name before the apposition, `Ann Cole, the party's
                // director, released a statement saying ...`)
                if subject.is_none() && participle {
                    if let Some(m) = self.subject_before_apposition(self.ts.partition_point(|x| x.start < subject_lo), head) {
                        return self.complement(v, frame, Some(m), j);
                    }
                }
                // (a name right after the `who` is the clause's subject, and the verb may be
                // that name's, `the man who Reyes said would win`; not when a verb of its own
                // stands between the name and the verb, `Voters who Maria Lopez visited
                // said`, nor after `whom` or `whose`)
                // (`whom` and a name right before the verb is that name's, `The candidate whom
                // Ann Cole said was corrupt`)
                let own_verb = |p: usize| self.is(p, "whose") || subject.is_some_and(|m| m.start > self.ts[p].start && m.end < self.ts[head].end) || (self.is(p, "whom") && subject.is_none_or(|m| m.end != self.ts[head].end));
                let relative = relative.filter(|&p| own_verb(p) || (self.ts[p + 1].text.starts_with(char::is_lowercase) && !self.subject_pronoun(p + 1) && self.mention_at(p + 1).is_none()));
                // (a mention that only modifies the phrase, `Reyes aides who`, is no
                // subject either)
                if let Some(p) = relative.filter(|&p| subject.is_none_or(|m| m.start > self.ts[p].start || m.end < self.ts[p - 1].end)) {
                    // (the phrase's head, `Kemp and others who`, or the `who` as the
                    // speakers stage resolved it, the phrase's own mention when it names no
                    // one: `An official who`)
                    let phrase = || cues::mentions_in(&self.mentions, self.ts[base].start, self.ts[p - 1].end).filter(|m| !m.pronoun && !m.possessive);
                    let coordinated = |m: &Mention| self.ts.get(self.ts.partition_point(|x| x.start < m.end)).is_some_and(|x| x.text == "and" || x.text == "or");
                    let m = phrase().filter(|m| m.end == self.ts[p - 1].end).last().or_else(|| phrase().find(|m| m.start == self.ts[base].start && coordinated(m))).or_else(|| self.mention_at(p));
                    return self.complement(v, frame, m.map(|m| m.speaker), j);
                }
                // (a text's words are the author's its phrase names, as a direct quote's
                // are: `A letter from Tom Reyes said the pier would close`)
                let mention = subject.map(|m| if m.document { cues::author(self.text, m.start, t.start, &self.mentions).unwrap_or(m.speaker) } else { m.speaker });
                // a noun or a number (`officials said`, `Six in 10 say`), not a symbol
                let word = self.ts[head].text.chars().all(char::is_alphanumeric);
                if mention.is_none() && !SUBJECT_WORDS.contains(&lower.as_str()) && !word {
                    return None;
                }
                mention
            }
        };
        // `As the Herald has reported, [the cases ...]`: a fronted `as` clause ends at the
        // verb, and what it reports is the main clause after its comma. The verb must be
        // the `as` clause's own, with no break before it (`As expected, officials said
        // ...` is an ordinary clause)
        let as_opens = (self.is(0, "as") || (self.is(0, "just") && self.is(1, "as"))) && !(0..v).any(|i| self.break_after(i));
        // (its comma may follow a time or a place: `As Lopez noted last week, ...`)
        let comma = (v..(v + 4).min(self.ts.len())).find(|&i| self.break_after(i)).filter(|&c| (v + 1..=c).all(|i| !self.inside[i] && self::frame(self.ts[i].text).is_none()));
        if let (true, true, Some(c), Frame::Clause | Frame::That) = (as_opens, v <= 8, comma, frame) {
            if let Some(content) = self.rest(c + 1, 3) {
                let confidence = if speaker.is_some() { 0.7 } else { 0.0 };
                return Some(Reported { parts: vec![content], cue: (t.start, t.end), speaker, rule: "reported-as-clause", confidence });
            }
        }
        self.complement(v, frame, speaker, j)
    }

    /// The content after the verb `v` by its frame, given the subject's `speaker` (`j`:
    /// where the words before the verb that belong to it begin).
    fn complement(&self, v: usize, frame: Frame, speaker: Option<usize>, j: usize) -> Option<Reported> {
        let t = self.ts[v];
        let participle = t.text.ends_with("ing");
        let mut cue_end = t.end;
        let mut k = v + 1;
        // a phrasal verb's particle is its cue's, and its content follows as the verb's
        // would: a `that` clause, or else the object (`pointed out that ...`, `laid out
        // her budget`); after `it` and the particle only a `that` clause (`made it clear
        // that ...`; `laid it out` has said what `it` is before)
        let frame = match frame {
            // (with prepositions, one of them and its object: the preposition's frame
            // after the particle, `spoke out strongly against the toll`)
            Frame::Particle(Particle { particle, preps: Some(preps) }) => {
                if !self.is(k, particle) || self.inside[k] || self.break_after(v) {
                    return None;
                }
                k += 1;
                Frame::Prep(preps)
            }
            Frame::Particle(Particle { particle: p, preps: None }) => {
                let it = self.is(k, "it") && !self.break_after(k) && !self.inside[k];
                if it {
                    k += 1;
                }
                if !self.is(k, p) || self.inside[k] || self.break_after(v) || self.break_after(k) {
                    return None;
                }
                cue_end = self.ts[k].end;
                k += 1;
                // (an adjective for a particle qualifies a bare noun: `made clear progress`;
                // its object opens with a determiner, `made clear her goal`)
                let determined = self.in_list(k, &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"]);
                // (or a `that` clause past a setting or an addressee: `made it clear to
                // the council on Monday that ...`, `pointed out to voters that ...`)
                // (a clause after that `that`, its subject first: not a relative one,
                // `laid out for the council a budget that cuts the toll`)
                let clause_at = |i: usize| i < self.ts.len() && !self.inside[i] && (self.subject_pronoun(i) || self.in_list(i, cues::DETERMINERS) || self.ts[i].text.starts_with(char::is_uppercase));
                let that_past_setting = || self.in_list(k, ADVERBIAL_OPENERS) && (k + 1..(k + 8).min(self.ts.len())).take_while(|&i| !self.break_after(i - 1) && !self.inside[i]).any(|i| self.is(i, "that") && clause_at(i + 1));
                if self.is(k, "that") || (self.subject_pronoun(k) && !self.inside[k]) || that_past_setting() {
                    Frame::That
                } else if it || (p != "out" && !determined) || (p == "back" && !self.in_list(v, &["walk", "walked", "walks", "walking"])) {
                    // (a retort's object is what it was, `fired back a reply saying ...`,
                    // whose report follows it; what is walked back is a stance, `walked
                    // back his remarks`)
                    return None;
                } else {
                    Frame::Object
                }
            }
            f => f,
        };
        let that_within = |from: usize, n: usize| (from..(from + n).min(self.ts.len())).find(|&i| self.is(i, "that") && !self.inside[i] && !self.demonstrative(i));
        // `said no`, `said yes`, `most said so in the spring survey`: one word stands for
        // the answer or the clause it refers to (`said no to the levy` goes on)
        if frame == Frame::Clause && !participle && k < self.ts.len() && !self.inside[k] && !self.break_after(v) && self.in_list(k, &["yes", "no", "so"]) && self.ts[k].text.starts_with(char::is_lowercase) {
            // (`so` alone or before a time or place, not `so many`, `so far`; `yes` and
            // `no` alone at the sentence's end, else with what follows: `said yes, the
            // council would vote`)
            let one_word = if self.is(k, "so") {
                k + 1 == self.ts.len() || self.break_after(k) || self.in_list(k + 1, &["in", "repeatedly"]) || self.in_list(k + 1, AFTER_AN_ANSWER)
            } else {
                // (`said yes, but 45 percent ...`, `said no, and the vote went ahead`: the
                // writer's next clause)
                // (`while`, `whereas` and `when` with no comma too: `61 percent said yes
                // while 30 percent said no`, `Lopez said no when asked about the toll`)
                k + 1 == self.ts.len()
                    || (self.break_after(k) && (self.in_list(k + 1, &["and", "but", "or", "while", "because", "as", "so"]) || self.in_list(k + 1, STOP_AFTER_BREAK)))
                    || self.in_list(k + 1, &["while", "whereas", "when"])
            };
            let to_more = (self.is(k, "no") && self.is(k + 1, "to")) || (!self.is(k, "so") && self.break_after(k));
            if one_word || to_more {
                let content = if one_word { (self.ts[k].start, self.ts[k].end) } else { self.rest(k, 1)? };
                let confidence = if speaker.is_some() { 0.7 } else { 0.0 };
                let rule = if one_word { "reported-answer" } else { "reported-clause" };
                return Some(Reported { parts: vec![content], cue: (t.start, cue_end), speaker, rule, confidence });
            }
        }
        // `31 percent said the same`, `Cole said as much on Monday`: two words stand
        // for what was said before, as `so` does
        let same = (self.is(k, "the") && self.is(k + 1, "same")) || (self.is(k, "as") && self.is(k + 1, "much"));
        if frame == Frame::Clause && !participle && same && !self.break_after(v) && !self.break_after(k) && !self.inside[k] && !self.inside[k + 1] {
            let after = k + 2;
            // (`as much of the money went ...`, `as much in fees would ...`: a clause's
            // subject, not the answer)
            let clause_end = (after..self.ts.len()).find(|&x| self.break_after(x)).unwrap_or(self.ts.len() - 1);
            let verb_follows = (after..=clause_end).any(|x| self.finite_form(x) || self.in_list(x, AUXILIARIES));
            let of = self.in_list(after, &["about", "of", "in", "to"]) && (self.is(k, "the") || !verb_follows);
            let alone = after == self.ts.len() || self.break_after(k + 1) || of || self.in_list(after, AFTER_AN_ANSWER);
            if alone {
                let confidence = if speaker.is_some() { 0.7 } else { 0.0 };
                return Some(Reported { parts: vec![(self.ts[k].start, self.ts[k + 1].end)], cue: (t.start, cue_end), speaker, rule: "reported-answer", confidence });
            }
        }
        let start = match frame {
            Frame::Clause | Frame::That => {
                // (not past a comma after the verb's own preposition: `responded to
                // questions about the toll, that the council had raised` has a relative
                // `that`; `said to reporters, that ...` a content)
                let own_to = self.is(k, "to") && self.frames[v].is_some_and(|f| f.iter().any(|f| matches!(f, Frame::Prep(p) if p.split(',').any(|p| p == "to"))));
                // (past a comma, a `that` that opens a relative clause is none of the verb's
                // unless it comes right after another comma or a dash: `said Tuesday, after a
                // long meeting, that ...`, not `objected at length, backing a petition that
                // aimed at ...`; a place's comma is none, `said in Eastvale, Maine that
                // ...`)
                let place_comma = |x: usize| self.gap(x).trim() == "," && [x, x + 1].iter().all(|&y| self.ts.get(y).is_some_and(|t| t.text.starts_with(char::is_uppercase)));
                // (nor one with a `that` after the aside's closing comma still to come:
                // `said recently, in a filing that few noticed, that ...`, `said Sunday,
                // adding that ..., that ...`)
                let closing_that = |i: usize| (i + 1..(i + 20).min(self.ts.len())).any(|x| self.is(x, "that") && !self.inside[x] && self.break_after(x - 1));
                let aside_then_that = |i: usize| !(k..i - 1).any(|x| self.break_after(x) && !place_comma(x)) || self.break_after(i - 1) || !(self.verb_after(i) || closing_that(i));
                // (nor past a comma and an `-ing` form of speech, whose `that` it is: `wrote
                // to the board, complaining that ...`, `spoke at the pier, saying that ...`)
                let participle_takes = |i: usize| i > k + 1 && self.break_after(i - 2) && self.ts[i - 1].text.ends_with("ing") && self.frames[i - 1].is_some();
                // (and then the verb reports no clause at all: what follows is the
                // participle's)
                // (unless a `that` after the aside's closing comma is still to come: `said
                // Sunday, adding that ..., that ...`)
                if self.in_list(k, ADVERBIAL_OPENERS) && that_within(k, 8).is_some_and(|i| participle_takes(i) && !closing_that(i)) {
                    return None;
                }
                let that = that_within(k, 8).filter(|&i| i == k || (self.in_list(k, ADVERBIAL_OPENERS) && !(k..i).any(|x| self.inside[x]) && !(own_to && self.gap(i - 1).contains(',')) && aside_then_that(i)));
                let that = that.or_else(|| self.that_past_long_setting(k));
                // (past an aside set off by commas after the adverbial: `said on Channel 4,
                // where she is now a regular guest, that ...`, `said Tuesday, after a
                // long meeting, that ...`)
                let that = that.or_else(|| {
                    // (`now argues, however, that ...`, `said, in a statement, that ...`: a
                    // short aside set off by commas right after the verb)
                    if self.break_after(v) && self.gap(v).trim() == "," {
                        let b = (k..(k + 5).min(self.ts.len())).find(|&i| self.break_after(i))?;
                        let aside = (k..=b).all(|x| !self.inside[x] && self.frames[x].is_none() && !self.in_list(x, &["that", "who", "which", "and", "but"]));
                        return (aside && self.gap(b).trim() == "," && self.is(b + 1, "that") && !self.inside[b + 1]).then_some(b + 1);
                    }
                    // (a verb's own preposition is no adverbial: `responded to questions
                    // about ..., that ...`)
                    if !self.in_list(k, ADVERBIAL_OPENERS) || self.in_list(k, &["for", "with", "over", "from", "under", "through", "via"]) || own_to || self.break_after(v) {
                        return None;
                    }
                    let i = (k + 1..(k + 20).min(self.ts.len())).find(|&i| self.is(i, "that") && self.gap(i - 1).trim() == ",")?;
                    let breaks = (k..i - 1).filter(|&x| self.break_after(x)).count();
                    (breaks == 1 && !(k..i).any(|x| self.inside[x] || self.gap(x).contains([';', ':']))).then_some(i)
                });
                match that {
                    Some(i) if self.that_is_subject(i) => i,
                    Some(i) => i + 1,
                    // `said about a third of the increase reflected ...`: an approximate
                    // number opens the content's subject, not an adverbial
                    None if frame == Frame::Clause && self.approximate(k) && !self.break_after(v) && self.in_list(v, &["said", "says", "say", "reported", "reports", "estimated", "estimates", "estimate"]) => k,
                    None if frame == Frame::Clause && self.in_list(k, ADVERBIAL_OPENERS) && !self.break_after(v) => self.clause_start(k, 6)?,
                    // (`“...” Clark said the next day.`: a time, then a clause or nothing)
                    None if frame == Frame::Clause && self.in_list(k, &["the", "a", "an", "that"]) && self.time_after(k + 1) => self.clause_start(k + 1, 6)?,
                    None if frame == Frame::Clause && !self.in_list(k, NOT_CONTENT_START) && !self.break_after(v) => k,
                    // (what evidence shows may be nothing: `records show no payments from
                    // Reyes since 2015`)
                    None if frame == Frame::Clause && self.is(k, "no") && !self.break_after(v) && self.evidence_shows(v) => k,
                    // (`said no one was hurt`, `said no decision had been made`: `no` opens
                    // the content's subject when a verb of its clause follows within a few
                    // words, with no comma; not `said no to the levy`, `said no comment`,
                    // `showed no sign that ...`)
                    None if frame == Frame::Clause
                        && self.is(k, "no")
                        && !self.break_after(v)
                        && !self.break_after(k)
                        && !self.in_list(k + 1, &["to", "more", "longer"])
                        // (a lower-case word after it: `said no. But he ...` past an
                        // abbreviation-like period is two sentences)
                        && self.ts.get(k + 1).is_some_and(|t| t.text.starts_with(char::is_lowercase))
                        // (what a person shows is no report: `showed no sign that ...`)
                        && !self.in_list(v, &["show", "shows", "showed", "shown", "showing"])
                        && (k + 2..(k + 7).min(self.ts.len())).take_while(|&i| !self.break_after(i - 1) && !self.inside[i]).any(|i| self.in_list(i, AUXILIARIES) || self.finite_form(i)) => k,
                    // (`says too many tenants are struggling`: `too` before a quantity opens the
                    // content's subject, not an adverb's `said too`)
                    // (not `said too many times that`, nor `says too much, aides worry`)
                    None if frame == Frame::Clause
                        && self.is(k, "too")
                        && self.in_list(k + 1, &["many", "much", "few", "little"])
                        && !self.break_after(v)
                        && !self.break_after(k + 1)
                        && k + 2 < self.ts.len()
                        && !self.in_list(k + 2, &["times", "time", "to", "that"]) => k,
                    None if frame == Frame::Clause && self.colon_after(v) => k,
                    // `Cole says, rain or shine at Tuesday's market, she's keeping the
                    // stalls`: a phrase set off by commas before the content's clause
                    None if frame == Frame::Clause => self.interjected(v)?,
                    // `maintains he did nothing wrong`, `found they had left`: a subject
                    // pronoun right after a verb that takes only a `that` clause opens one
                    // (a noun there is its object: `maintains a lead`)
                    None if frame == Frame::That && !self.break_after(v) && self.subject_pronoun(k) && !self.inside[k] => k,
                    // `assumed this would be the end`, `found the bridge would cost more`: a
                    // short subject and a modal right after such a verb open a clause too
                    // (not `assumed office in 2019`, `found the keys`)
                    None if frame == Frame::That && !self.break_after(v) && self.modal_clause_at(k) => k,
                    None => return None,
                }
            }
            Frame::Tell => {
                // (`When asked, Mayor Kemp declined ...`: no addressee after a comma)
                if self.break_after(v) {
                    return None;
                }
                // the addressee, then `that` or `to`; or `told NEWSLINE the plan is dead`
                // past a short addressee, or a longer one without a break (`told The Harbour
                // and Valley newspaper of Eastvale on Friday that`); never past a
                // relative `that` after a dash or comma
                // (a place's comma is no break: `told a forum in Port Avery, Maine
                // on Monday that`)
                let place_comma = |i: usize| {
                    self.text.get(self.ts[i - 1].end..self.ts[i].start) == Some(", ")
                        && self.ts[i - 1].text.starts_with(char::is_uppercase)
                        && self.ts[i].text.starts_with(char::is_uppercase)
                        && !self.inside[i]
                        // (a place is set by `in` or `at`: not `told reporters Monday, Eastvale
                        // Mayor Ruth Kemp has to go`)
                        && (i.saturating_sub(4)..i).any(|x| self.in_list(x, &["in", "at"]))
                };
                // (nor past a subject pronoun, which opens the content with no `that`: `told
                // KBX they concluded there was no need to ...`)
                // (a `that` with a verb right after it and another `that` still to come
                // opens a relative clause of the addressee's phrase: `told the Herald in an
                // interview that aired Sunday that ...`)
                let end = (k + 14).min(self.ts.len());
                let relative_that = |i: usize| i + 1 < end && self.verb_opens(i + 1) && (i + 2..end).any(|x| self.is(x, "that") && !self.inside[x]);
                // (past an occasion's own subject pronoun: `told the pilots as she boarded that ...`)
                let occasion_subject = |i: usize| i > k && self.in_list(i - 1, OCCASION_OPENERS) && (self.subject_pronoun(i) || self.is(i, "it"));
                // (not past an occasion whose own verb takes the `that`: `told the clerks
                // while they argued that ...` is the clerks' argument)
                let occasion_verb = |i: usize| (k..i).any(|o| self.in_list(o, OCCASION_OPENERS) && occasion_subject(o + 1) && (o + 2..i).any(|x| self.frames[x].is_some()));
                let to = (k..end)
                    .take_while(|&i| i == k || ((!self.break_after(i - 1) || place_comma(i)) && ((!self.subject_pronoun(i) && !self.is(i, "it")) || occasion_subject(i))))
                    .find(|&i| ((self.is(i, "that") && !relative_that(i)) || self.is(i, "to")) && !self.inside[i])
                    .filter(|&i| !occasion_verb(i));
                // (a held passive's subject reads back past its `be`, [`Sentence::clause`])
                let passive = (j > 0 && self.in_list(j - 1, PASSIVE)) || (self.held_passive(v) && (j..v).any(|i| self.holds_passive_at(i)));
                match to {
                    // `was told that`: the addressee is the subject
                    Some(i) if i > k || participle || passive => {
                        // `wants all buses to be replaced`, `urged him to resign`: who
                        // is to act is part of what is wanted or urged; the one told or
                        // reminded is only the addressee (`told Lena not to worry`)
                        let actor = i > k && self.is(i, "to") && !self.in_list(v, &["told", "tell", "tells", "telling", "reminded", "remind", "reminds", "reminding", "assured", "assure", "assures", "assuring", "informed", "informing", "advised", "advise", "advising", "promised", "promises", "promising"]);
                        if actor && !passive {
                            k
                        } else {
                            if self.is(i, "that") {
                                // (the cue ends before an occasion: `told the pilots` of `told the
                                // pilots as she boarded that`)
                                let occasion = (k + 1..i).find(|&o| self.in_list(o, OCCASION_OPENERS) && occasion_subject(o + 1));
                                cue_end = self.ts[occasion.unwrap_or(i) - 1].end.max(t.end);
                                if self.that_is_subject(i) {
                                    i
                                } else {
                                    i + 1
                                }
                            } else {
                                // (`told Lena not to worry`: the negation is the content's)
                                let i = negated_from(self, i).max(k);
                                cue_end = if i > k { self.ts[i - 1].end.max(t.end) } else { t.end };
                                i
                            }
                        }
                    }
                    _ => {
                        let first = self.ts.get(k)?;
                        // (`told the Millbrook Herald he ...`, `told the Herald his firm ...`: a
                        // named addressee after `the`)
                        let the_name = self.is(k, "the") && self.ts.get(k + 1).is_some_and(|t| t.text.starts_with(char::is_uppercase)) && !self.inside[k + 1];
                        // (or a lower-case plural right before a subject pronoun: `told
                        // friends she wanted ...`, `advised investors they ...`)
                        let plural_before_subject = first.text.starts_with(char::is_lowercase) && cues::plural_noun(first) && self.subject_pronoun(k + 1) && !self.inside[k + 1];
                        let addressee = first.text.starts_with(char::is_uppercase) || self.in_list(k, ADDRESSEES) || the_name || plural_before_subject;
                        if !addressee {
                            return None;
                        }
                        // (a name runs over capitalised words, not over `I`, which opens the
                        // content: `told KBX I was wrong`)
                        let mut e = if the_name { k + 1 } else { k };
                        while e + 1 < self.ts.len() && e < k + 3 && self.ts[e + 1].text.starts_with(char::is_uppercase) && !self.break_after(e) && !self.subject_pronoun(e + 1) {
                            e += 1;
                        }
                        cue_end = self.ts[e].end;
                        if self.break_after(e) {
                            return None;
                        }
                        // (`told the crowd the plan is dead`: a determiner opens the
                        // addressee, whose noun comes next; the content opens a clause)
                        // (`told her they were worried`: `her` before a subject pronoun is the
                        // addressee itself, not a determiner)
                        let determiner = self.in_list(k, &["the", "a", "an", "his", "her", "their", "its", "my", "our", "fellow", "local"]) && !(self.is(k, "her") && self.subject_pronoun(k + 1) && !self.inside[k + 1]);
                        // (the clause past the addressee, but not past a relative or a
                        // question word, whose clause is no content: `weigh what she told the
                        // Herald against what she told ...`)
                        // (a question word right before the clause is the content's: `told
                        // the officer where she had parked`, `told KBX when she would ...`)
                        let clause_after = |from: usize| {
                            let start = self.clause_start(from, 7)?;
                            let start = if start > from && self.in_list(start - 1, &["when", "where", "why", "how", "whether", "if"]) && !self.inside[start - 1] { start - 1 } else { start };
                            // (nor past a subordinator, whose clause is the telling's
                            // occasion: `told the pilots as she boarded the ferry`)
                            (!(e + 1..start).any(|i| self.in_list(i, &["what", "which", "who", "whom", "whose"]) || self.in_list(i, OCCASION_OPENERS))).then_some(start)
                        };
                        if determiner {
                            // (the clause may open right after a named addressee: `told the
                            // Herald his firm ...`; a common noun's comes after it)
                            let start = clause_after(if the_name { e } else { e + 1 })?;
                            cue_end = self.ts[start - 1].end;
                            start
                        } else if self.in_list(e + 1, NOT_CONTENT_START) {
                            // `told The Gazette of Eastvale on Monday she would ...`
                            clause_after(e + 1)?
                        } else {
                            e + 1
                        }
                    }
                }
            }
            Frame::To => {
                // `decided not to ...`, `refused ever to ...`
                while k < self.ts.len() && k < v + 3 && (self.in_list(k, ADVERBIAL_OPENERS) || self.in_list(k, &["not", "never", "ever"])) && !self.is(k, "to") {
                    k += 1;
                }
                // (a `that` that points at a thing opens no clause: `swore that oath in 1998`)
                if self.is(k, "to") || (self.is(k, "that") && !self.demonstrative(k)) {
                    if self.is(k, "that") {
                        k + 1
                    } else {
                        // the negation is the content's (`decided not to run`)
                        negated_from(self, k)
                    }
                } else {
                    return None;
                }
            }
            Frame::Whether => {
                // `Asked on Channel 4 who leads the council, ...`, `when asked which plan
                // she would back`, `Asked Tuesday about Mendes, ...`: a question put to
                // the subject, with no addressee, opens past its adverbials
                let put_to_subject = self.asked_at(v) && (v == 0 || self.in_list(v - 1, &["when", "if", "after", "once", "before", "while", "as"]));
                if put_to_subject {
                    let w = (k..(k + 9).min(self.ts.len()))
                        .take_while(|&i| i == k || (!self.break_after(i - 1) && !self.inside[i]))
                        .find(|&i| self.in_list(i, &["whether", "if", "why", "how", "what", "which", "who", "when", "where", "about"]))?;
                    if w > k {
                        cue_end = self.ts[w - 1].end;
                    }
                    // (`Asked by Carver if Cole “gets” the toll, Reyes ...`: who put the
                    // question is its source)
                    let speaker = self.agent_after(v).or(speaker);
                    // (`about` is the content's: what the question was about)
                    return self.rest(w, 2).map(|content| Reported { parts: vec![content], cue: (t.start, cue_end), speaker, rule: "reported-clause", confidence: if speaker.is_some() { 0.75 } else { 0.0 } });
                }
                // (past an addressee: `asked former City Attorney Dana Whitfield whether`)
                // (not past the object's own phrase: `asked him to back the plan no
                // matter who`, `asked her about several tenants who`, `ask a question`)
                let w = (k..(k + 7).min(self.ts.len()))
                    .take_while(|&i| i == k || (!self.break_after(i - 1) && !self.inside[i] && !self.in_list(i - 1, &["to", "about", "for", "on", "matter", "question", "questions"])))
                    // (`asked the mayor about statements she had made`: what the question
                    // was about)
                    .find(|&i| self.in_list(i, &["whether", "if", "why", "how", "what", "which"]) || (i == k && self.in_list(i, &["when", "who"])) || (i > k && self.is(i, "about") && self.in_list(v, &["asked", "asks", "ask", "asking"])))?;
                if w > k {
                    cue_end = self.ts[w - 1].end;
                }
                w
            }
            Frame::Noun(_) | Frame::Particle(_) => return None,
            Frame::As | Frame::PassiveAs => {
                // a passive's `as` follows the verb (`Cole is widely seen as the likeliest
                // winner`, `The rapids are known as the Old Mill Run`): what its subject is
                // taken for, the subject and the words after `as` in two parts, with no
                // source unless `by` names one (the subject a short phrase of its clause,
                // else left out). Not `as` opening a clause or a phrase of its own (`was
                // seen as he left`, `as soon as`, `as well as`, `is known as yet`), nor in
                // a question.
                let mut aux = v;
                while aux > 0 && self.between(aux - 1) && !self.break_after(aux - 1) {
                    aux -= 1;
                }
                let passive = aux > 0 && self.in_list(aux - 1, PASSIVE) && !self.break_after(aux - 1) && !self.inside[aux - 1];
                let question = self.is_question();
                let own_as = self.subject_pronoun(k + 1)
                    || self.in_list(k + 1, &["yet", "though", "if", "to", "of", "for", "usual", "ever", "always", "before"])
                    || (self.in_list(k + 1, &["soon", "well", "early", "much", "many", "long", "far", "recently", "late"]) && self.is(k + 2, "as"));
                if passive && !question && self.is(k, "as") && !self.break_after(k) && k + 1 < self.ts.len() && !self.inside[k + 1] && !self.in_list(k + 1, NOT_CONTENT_START) && !own_as {
                    let (_, mut end) = self.rest(k + 1, 1)?;
                    // (up to a break, an `and` or a `but` after which another verb of speech
                    // reports: `Cole is seen as more capable - 55 percent of residents said
                    // ...`, `Cole is seen as the favourite and Reyes is seen as the spoiler`)
                    let reports = |w: usize| !self.inside[w] && ((self.finite_form(w) && self::frame(self.ts[w].text).is_some()) || (self.in_list(w - 1, PASSIVE) && all_frames(self.ts[w].text).is_some()));
                    let joins = |i: usize| self.break_after(i) || self.in_list(i + 1, &["and", "but"]);
                    if let Some(b) = (k + 1..self.ts.len()).take_while(|&i| self.ts[i].end <= end).find(|&i| {
                        joins(i) && (i + 1..(i + 8).min(self.ts.len())).take_while(|&w| self.ts[w].end <= end && (w == i + 1 || !self.break_after(w - 1))).any(reports)
                    }) {
                        end = self.ts[b].end;
                    }
                    // (and before `by` and its holder, who is the source: `was seen as a
                    // success by organizers`)
                    let mut speaker = None;
                    if let Some(b) = (k + 2..self.ts.len()).take_while(|&i| self.ts[i].end <= end).find(|&i| self.is(i, "by") && !self.inside[i]) {
                        end = self.ts[b - 1].end;
                        speaker = self.mentions.iter().find(|m| m.start == self.ts.get(b + 1).map_or(usize::MAX, |t| t.start) && !m.pronoun).map(|m| m.speaker);
                    }
                    // (the subject: the words of its clause before the verb's auxiliaries,
                    // past a clause opener or a verb: `this` in `argued that this would be
                    // seen as`; in a relative clause, `which is seen as`, the content ends
                    // with the clause)
                    let mut head = aux - 1;
                    while head > 0 && !self.break_after(head - 1) && (self.between(head - 1) || self.in_list(head - 1, PASSIVE) || self.in_list(head - 1, AUXILIARIES)) {
                        head -= 1;
                    }
                    let opener = |i: usize| self.break_after(i) || self.in_list(i, &["that", "whether", "if", "because", "and", "but", "while"]) || self.in_list(i, SUBORDINATORS) || self.finite_form(i);
                    let lo = (0..head).rev().find(|&i| opener(i)).map_or(0, |i| i + 1);
                    let relative = lo < head && self.in_list(lo, &["which", "who", "whom", "what", "that", "whose"]);
                    if relative {
                        if let Some(b) = (k + 1..self.ts.len()).take_while(|&i| self.ts[i].end < end).find(|&i| self.break_after(i)) {
                            end = self.ts[b].end;
                        }
                    }
                    // (a relative's own phrase stands, `whose state`; the pronoun alone is
                    // no subject)
                    let subject = (lo < head && head - lo <= 8 && !(relative && head == lo + 1) && !(lo..head).any(|i| self.inside[i]) && !self.in_list(lo, OPENING_ADVERBIALS))
                        .then(|| (self.ts[lo].start, self.ts[head - 1].end));
                    let parts = subject.into_iter().chain([(self.ts[k + 1].start, end)]).collect();
                    let confidence = if speaker.is_some() { 0.6 } else { 0.0 };
                    return Some(Reported { parts, cue: (t.start, self.ts[k].end), speaker, rule: "reported-attitude", confidence });
                }
                if frame == Frame::PassiveAs {
                    return if passive || question { None } else { self.reduced_passive_as(v, k) };
                }
                // the object, then `as` within a few words and no break between
                if k >= self.ts.len() || self.inside[k] || self.break_after(v) || self.in_list(k, NOT_CONTENT_START) {
                    return None;
                }
                let as_at = (k + 1..(k + 8).min(self.ts.len())).take_while(|&i| !self.break_after(i - 1)).find(|&i| self.is(i, "as"))?;
                let end = self.object_end(k);
                if end <= as_at {
                    return None;
                }
                let confidence = if speaker.is_some() { 0.7 } else { 0.0 };
                return Some(Reported { parts: vec![(self.ts[k].start, self.ts[end].end)], cue: (t.start, cue_end), speaker, rule: "reported-attitude", confidence });
            }
            Frame::Object | Frame::Prep(_) => {
                if let Frame::Prep(preps) = frame {
                    // (an adverb of manner may stand before the preposition: `spoke
                    // favorably of`, `talked openly about`; right before one of the verb's
                    // prepositions a word in `-ly` is one, `openly` too, which
                    // [`Sentence::ly_adverb`] does not take lest it take nouns)
                    if k + 1 < self.ts.len() && contract::lexicon::is_lowercase_ly(self.ts[k].text) && !self.break_after(k - 1) && self.preposition_len(k + 1, preps).is_some() {
                        k += 1;
                    }
                    // (and an addressee before `about`: `talked to voters about the toll`,
                    // `has spoken to aides about a run`; a short phrase of no verb; not in a
                    // relative clause, whose object would run on into the main clause's
                    // verb, `Residents who talked to reporters about the fire said ...`)
                    // (and before `for`: `apologized to residents for the noise`; the
                    // addressee opens as a noun phrase does, not as an infinitive, `voted
                    // to raise taxes for schools`)
                    let relative = v > 0 && self.in_list(v - 1, &["who", "that"]);
                    let addressee = k + 1 < self.ts.len() && !self.inside[k + 1] && {
                        let a = self.ts[k + 1].text;
                        self.in_list(k + 1, cues::DETERMINERS) || self.in_list(k + 1, POSSESSIVES) || a.starts_with(char::is_uppercase) || (a.ends_with('s') && !a.ends_with("ss") && self.frames[k + 1].is_none())
                    };
                    if self.is(k, "to") && preps.split(',').any(|p| p == "about" || p == "for") && addressee && !self.break_after(k - 1) && !relative {
                        let own_prep = (k + 2..(k + 7).min(self.ts.len()))
                            .take_while(|&i| !self.break_after(i - 1) && !self.inside[i - 1] && !self.finite_form(i - 1) && self.frames[i - 1].is_none())
                            .find(|&i| self.in_list(i, &["about", "for"]) && preps.split(',').any(|p| self.is(i, p)));
                        if let Some(p) = own_prep {
                            k = p;
                        }
                    }
                    // (and a vote's tally, `voted 5-2 in favor of`, `voted 7 to 2 for`)
                    let number = |i: usize| self.ts.get(i).is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()));
                    let tally = |i: usize| self.ts.get(i).is_some_and(|t| t.text.split_once('-').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && (a.bytes().chain(b.bytes())).all(|b| b.is_ascii_digit())));
                    if tally(k) && !self.break_after(k - 1) && self.preposition_len(k + 1, preps).is_some() {
                        k += 1;
                    } else if number(k) && self.is(k + 1, "to") && number(k + 2) && !self.break_after(k - 1) && self.preposition_len(k + 3, preps).is_some() {
                        k += 3;
                    }
                    // (a day after the verb's preposition is when, not what: `called on
                    // Monday`)
                    let n = self.preposition_len(k, preps).filter(|_| !self.break_after(k - 1) && !self.dated_phrase(k))?;
                    k += n;
                    cue_end = self.ts[k - 1].end;
                    // (a stranded preposition has its object before it: `what the auditors
                    // warned about last year`)
                    // (`called for about $1 trillion`, `warned of over 1,000 layoffs`: an
                    // approximate amount is an object; `warned of last year` a time)
                    // (`about` before a number, a measure or a time of day is a count,
                    // `spoke about 20 minutes`, `opened up about 200 jobs`, `about a mile
                    // north`, `about noon`; `against a backdrop` a setting)
                    if self.in_list(k, &["in", "on", "at", "with", "from", "by", "for", "of", "during", "after", "before", "through", "to", "into", "last", "yesterday", "earlier", "later"])
                        || (self.is(k - 1, "about") && (self.ts.get(k).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit())) || self.in_list(k, ABOUT_AMOUNTS) || (self.in_list(k, &["a", "an"]) && self.in_list(k + 1, ABOUT_AMOUNTS))))
                        || (self.is(k - 1, "against") && self.in_list(k, &["a", "the", "this", "that"]) && self.is(k + 1, "backdrop"))
                    {
                        return None;
                    }
                }
                // the object runs to the clause's end: a comma, a dash or the sentence's
                if k >= self.ts.len() || self.inside[k] || (frame == Frame::Object && (self.break_after(v) || self.in_list(k, NOT_CONTENT_START) && !self.is(k, "no"))) {
                    return None;
                }
                // (a verb right after it is the main clause's: `One of the things she wanted
                // was a new roof`, the object left before it; so is an adverb of the main
                // clause's verb, `The ferry Tom Reyes promised never arrived`)
                if frame == Frame::Object && (self.in_list(k, AUXILIARIES) || (self.in_list(k, &["never", "still", "ever", "also", "already", "finally"]) && !self.in_list(k + 1, &["a", "an", "the"]))) {
                    return None;
                }
                // (nor is a main clause's verb, the verb's object being a relative word before
                // it: `The candidate that the party endorsed lost the primary`; a past that is
                // as often an adjective is one, `endorsed paid family leave`, see
                // [`Sentence::main_verb_at`]; nor an adverb that ends the clause, `the issue
                // that Brandt talked about constantly`)
                if self.main_verb_at(k) || (self.ly_adverb(k) && (k + 1 >= self.ts.len() || self.break_after(k) || self.main_verb_at(k + 1))) {
                    return None;
                }
                let mut end = self.named_object_end(v, k).map_or_else(|| self.object_end(k), |n| n.min(self.object_end(k)));
                // (a phrase of time at the object's end is when, not what: `came out in
                // favor of the toll earlier`, `voted for the levy two years ago`; an object
                // that is nothing else is the relative's, `the offer she had spoken of a
                // few days earlier`)
                if self.in_list(end, &["earlier", "later", "ago"]) {
                    let mut from = end;
                    while from > k && (self.in_list(from - 1, TIME_SPANS) || self.ts[from - 1].text.starts_with(|c: char| c.is_ascii_digit())) {
                        from -= 1;
                    }
                    if from <= k {
                        return None;
                    }
                    end = from - 1;
                }
                // (and `last`, `next` or `this` and a span or a day: `weighed in on the plan
                // last week`, `hoped for a better result next year`)
                // (not after a participle, whose time it is: `the memo circulated last spring`)
                if end > k + 1 && self.in_list(end - 1, &["last", "next", "this"]) && !self.past_in_ed(end - 2) && !self.finite_form(end - 2) && (self.in_list(end, &["week", "month", "year", "spring", "summer", "fall", "autumn", "winter", "night", "weekend"]) || self.in_list(end, WEEKDAYS)) {
                    end -= 2;
                }
                let rule = if speaker.is_some() { 0.7 } else { 0.0 };
                return Some(Reported { parts: vec![(self.ts[k].start, self.ts[end].end)], cue: (t.start, cue_end), speaker, rule: "reported-attitude", confidence: rule });
            }
        };
        // (an infinitive may be two words: `declined to comment.`; so may a clause cut
        // short after its auxiliary, its verb understood from before: `Cole said she would.`)
        let elided = self.in_list(start + 1, AUXILIARIES)
            && (self.subject_pronoun(start) || self.ts[start].text.starts_with(char::is_uppercase))
            && (start + 2 == self.ts.len() || self.break_after(start + 1))
            && !self.inside[start]
            && !self.inside[start + 1];
        let least = if self.is(start, "to") || elided { 2 } else { 3 };
        let content = self.rest(start, least)?;
        // (a content that is a bare object ends before the occasion or the time of the act)
        let content = if frame == Frame::Clause && start == k { self.object_before_setting(v, start, content) } else { content };
        if (start..self.ts.len()).all(|i| self.inside[i]) {
            // the content is a quote: the direct quote's own rules attribute it
            return None;
        }
        // (a content shorter than a clause is the verb's object, `denied any wrongdoing`
        // before `and insisted ...`: see [`Sentence::rest`])
        let words = self.ts.partition_point(|x| x.end <= content.1) - self.ts.partition_point(|x| x.start < content.0);
        let object = words < least;
        let rule = if object { "reported-attitude" } else if participle && speaker.is_some() && j == v { "reported-participle" } else { "reported-clause" };
        // (an object's confidence is the attitude rule's)
        let confidence = match speaker {
            None => 0.0,
            Some(_) if object => 0.7,
            Some(_) => 0.75,
        };
        Some(Reported { parts: vec![content], cue: (t.start, cue_end), speaker, rule, confidence })
    }

    /// `claimed the harbour prize at a news conference`, `denied the charge in a
    /// statement`, `announced her retirement in March`: a content from word `from` with no
    /// verb in it is its verb's object, and an occasion of speech or a time after it
    /// ([`Sentence::setting_at`], [`Sentence::time_at`]) sets the act, as after an object
    /// ([`Sentence::object_end`]); the content ends before it. A clause's own setting stays (`said she was misquoted in
    /// an interview`), and so does a content that opens with a name, as often a clause's
    /// subject. A time is the object's own when the object is an event (`announced a vote
    /// in June`, `denied reports of a meeting on Monday`), when the verb looks ahead or
    /// back at what it names (`predicted a surplus in 2026`, `recalled the visits during
    /// the storm`), or when the object goes on after it (`confirmed the talks on Monday
    /// with the pilots`). `v` is the verb.
    fn object_before_setting(&self, v: usize, from: usize, content: (usize, usize)) -> (usize, usize) {
        const EVENTS: &[&str] = &[
            "vote", "votes", "meeting", "meetings", "talks", "strike", "strikes", "election", "elections", "hearing", "hearings", "sale", "summit", "rally",
            "referendum", "shutdown", "closure", "opening", "trip", "visit", "surplus", "deficit", "deal", "session", "ceremony", "protest",
            "march", "launch", "merger", "review", "audit", "inquiry", "investigation", "recount", "race", "primary", "trial", "attack", "storm",
        ];
        const TIMED: &[&str] = &[
            "recall", "recalls", "recalled", "recalling", "remember", "remembers", "remembered", "remembering", "recounted", "recounting", "predicted",
            "predicts", "predict", "predicting", "forecast", "forecasts", "projected", "projects", "expects", "expected", "expect", "promised",
            "promises", "pledged", "pledges", "proposed", "proposes", "planned", "plans", "scheduled",
        ];
        let last = self.ts.partition_point(|t| t.end <= content.1);
        let timed = self.in_list(v, TIMED);
        // (a subordinator's clause of time, or a date that a phrase of place or an
        // occasion may follow, `on Monday in a statement`, `on Monday at the pier`, but no
        // phrase that goes on with the object, `the talks on Monday with the pilots`)
        const GOES_ON: &[&str] = &["with", "about", "of", "for", "to", "between", "against", "over", "from", "among", "including", "and", "or"];
        let time = |w: usize| self.time_at(w) && !self.in_list(w - 1, EVENTS) && (self.in_list(w, TIME_OPENERS) || (w + 1..last).all(|i| !self.in_list(i, GOES_ON)));
        // (a word of time with nothing after it is an adverb, `the figures from the year
        // before`, or a noun, `the band's loyal following`)
        let Some(mut w) = (from + 1..last.saturating_sub(1)).find(|&w| !self.inside[w] && (self.setting_at(from, w) || (!timed && time(w)))) else {
            return content;
        };
        // (a span of time before it is the time's, `a week after the storm`)
        while w > from && self.time_span_word(w - 1) {
            w -= 1;
        }
        if w == from {
            return content;
        }
        let verb = |i: usize| {
            let t = self.ts[i].text;
            self.inside[i] || self.finite_form(i) || self.past_in_ed(i) || auxiliary(t) || self.subject_pronoun(i) || (i + 1 < last && self.break_after(i)) || (t.ends_with("ing") && self.frames[i].is_some())
        };
        if self.ts[from].text.starts_with(char::is_uppercase) || (from..last).any(verb) {
            return content;
        }
        (content.0, self.ts[w - 1].end)
    }

    /// `Kemp's view is that ...`, `Her argument on Friday was that ...`, `One view is
    /// that ...`, `Their views are that ...`: a noun that takes a `that` clause, opening
    /// its clause (not `The problem with Reyes's argument is that ...`, nor after a
    /// subordinator, `If Lopez's view is that ...`), then (past a short phrase) a form of
    /// `be` and `that`: the clause is the content, and the possessive right before the
    /// noun (or its adjectives) names the source when it is a mention.
    fn nominal_is_that(&self, v: usize, preps: &'static str) -> Option<Reported> {
        if !preps.split(',').any(|p| p == "that") {
            return None;
        }
        let copula = (v + 1..(v + 5).min(self.ts.len())).take_while(|&i| !self.break_after(i - 1) && !self.inside[i]).find(|&i| self.in_list(i, &["is", "was", "are", "were"]))?;
        // (no verb of its own before the copula: `the view that emerged was that` is the
        // relative clause's; nor `was that of a prosecutor`)
        if (v + 1..copula).any(|i| self.in_list(i, &["that", "which", "who"]) || self.frames[i].is_some())
            || !self.is(copula + 1, "that")
            || self.break_after(copula)
            || self.is(copula + 2, "of")
        {
            return None;
        }
        // the noun's phrase, back to where its clause opens (a few words)
        let mut np = v;
        while np > 0 && v - np < 5 && !self.break_after(np - 1) && !self.inside[np - 1] && !self.in_list(np - 1, CONJUNCTIONS) && !self.in_list(np - 1, SUBORDINATORS) {
            np -= 1;
        }
        if (np..v).any(|i| self.in_list(i, cues::PREPOSITIONS)) || (np > 0 && !self.break_after(np - 1) && !self.in_list(np - 1, CONJUNCTIONS)) {
            return None;
        }
        let content = self.rest(copula + 2, 3)?;
        let speaker = self.possessor(np, v);
        Some(Reported { parts: vec![content], cue: (self.ts[v].start, self.ts[v].end), speaker, rule: "reported-nominal", confidence: if speaker.is_some() { 0.6 } else { 0.0 } })
    }

    /// Whether the adjective of attitude at word `v` is held by a subject: after a
    /// copula a few words back with only lower-case adverbs between (`is aware`, `has
    /// been keenly aware`, `remain confident`, `are not confident`), or set after a
    /// comma, a dash or `and` as its clause's second predicate (`..., confident that they
    /// can ...`, `were elated - relieved ... and confident that ...`). Not an adjective
    /// of degree's (`so concerned that they closed the bridge` is a result, not a view),
    /// nor one that only modifies a noun (`Residents concerned that the plant will close
    /// have formed ...`).
    fn adjective_held(&self, v: usize) -> bool {
        const DEGREE: &[&str] = &["so", "too"];
        let a = self.before_adverbs(v);
        if a > 0 && self.in_list(a - 1, DEGREE) {
            return false;
        }
        if a > 0 && (self.break_after(a - 1) || self.in_list(a - 1, &["and", "but", "yet"])) {
            return true;
        }
        (v.saturating_sub(4)..v)
            .rev()
            .take_while(|&i| !self.break_after(i) && !self.inside[i])
            .find(|&i| self.copula_at(i))
            .is_some_and(|g| (g + 1..v).all(|i| self.ts[i].text.starts_with(char::is_lowercase) && !self.in_list(i, DEGREE)))
    }

    /// Whether word `i` is a possessive: in `'s` (`Reyes's`), or in `s` with a bare
    /// apostrophe after it (`Harris’ plan`, `the voters' concerns`), which the word
    /// itself does not hold ([`cues::possessive_after`]: not a mark that closes a quote,
    /// `call the toll 'a tax on farmers' say ...`).
    fn possessive_at(&self, i: usize) -> bool {
        self.ts[i].possessive_form() || cues::possessive_after(self.text, self.ts[i].end)
    }

    /// Where the adverbs in `-ly` right before word `v` begin (at most two, within its
    /// stretch: `has been keenly aware`, `deeply skeptical`); `v` with none.
    fn before_adverbs(&self, v: usize) -> usize {
        v - (v.saturating_sub(2)..v).rev().take_while(|&i| !self.break_after(i) && contract::lexicon::is_lowercase_ly(self.ts[i].text)).count()
    }

    /// The speaker the possessive among words `from..to` names: the last possessive
    /// word (`Lopez's`, `her`), when a mention of a speaker is there; none when it is no
    /// mention (`Smith's attorney's`: the attorney's, whom no mention names).
    fn possessor(&self, from: usize, to: usize) -> Option<usize> {
        let last = (from..to).rev().find(|&i| self.possessive_at(i) || self.in_list(i, POSSESSIVES))?;
        let t = self.ts[last];
        // (the mention ends in the word: `Tom Reyes’s` is one mention before `’s`)
        self.mentions.iter().rfind(|m| m.end > t.start && m.end <= t.end).map(|m| m.speaker)
    }

    /// `criticism of the plan`, `Cole's attacks on the press`: a noun of speech or
    /// attitude, one of its prepositions, and the object up to the clause's end.
    fn nominal(&self, v: usize, preps: &'static str) -> Option<Reported> {
        if let Some(r) = self.nominal_is_that(v, preps) {
            return Some(r);
        }
        // (a preposition's phrase of time is when, not what, and the noun's own
        // preposition may follow it: `remarks on Saturday about the mayor`; `criticism
        // for years`, `over the weekend`, `for the second time`)
        let mut k = v + 1;
        while let Some(e) = self.time_phrase_end(k) {
            if self.break_after(e) {
                return None;
            }
            k = e + 1;
        }
        // (a case made to someone, then its `that` clause: `made the case to the council
        // that the toll was too high`; the addressee is a short phrase with no break)
        if self.is(v, "case") && self.is(k, "to") && preps.split(',').any(|p| p == "that") && v > 1 && self.in_list(v - 2, MAKING) {
            if let Some(that) = (k + 1..(k + 6).min(self.ts.len())).take_while(|&i| !self.break_after(i - 1) && !self.inside[i]).find(|&i| self.is(i, "that")) {
                k = that;
            }
        }
        if !preps.split(',').any(|p| self.is(k, p)) || self.break_after(v) || k + 1 >= self.ts.len() || self.inside[k + 1] {
            return None;
        }
        // (a readiness's infinitive of speech reports itself, its subject the adjective's:
        // `Pilots are eager to say the dredging has failed` is what they say; not a
        // reluctance nor a readiness denied, `were not willing to discuss`, whose cue keeps
        // what the subject did not do)
        // (after a copula, `are eager to`, `were more willing to`, not a noun's, `riders
        // eager to file`; nothing in the clause before it denies it, `No clerk was
        // willing to`)
        let ready = || {
            let copula = v > 0 && (self.copula_at(v - 1) || v > 1 && self.in_list(v - 1, contract::lexicon::DEGREE_WORDS) && self.copula_at(v - 2));
            let denied = (self.stretch_start(0, v)..v).any(|i| self.in_list(i, &["not", "never", "no", "none", "nobody", "hardly", "less"]) || contracted_negation(self.ts[i].text));
            copula && !denied
        };
        let speech_after = || self.ts[k + 1].text.starts_with(char::is_lowercase) && frame(self.ts[k + 1].text).is_some_and(|f| f.iter().any(|f| !matches!(f, Frame::Noun(_))));
        if k == v + 1 && self.is(k, "to") && self.in_list(v, &["eager", "willing", "happy", "glad"]) && speech_after() && ready() {
            return None;
        }
        // (the verb that holds the noun, and its subject: asked at most once, when a noun
        // near the sentence's start or one with no possessor needs it)
        let held = std::cell::OnceCell::new();
        let holder = || *held.get_or_init(|| self.holder(v));
        let content = if self.is(k, "that") {
            // a content clause (`claims that her messages were classified`), not a
            // relative one whose subject is the noun (`the claims that were made`); and
            // not when the noun opens its sentence (`Rumors that the mayor will resign
            // spread fast`): its clause ends where the sentence's verb begins, which
            // these rules cannot find
            // (an adjective of attitude reports only when a subject holds it, `Cole is aware
            // that`, which also lets it stand near the sentence's start)
            let adjective = self.in_list(v, ATTITUDE_ADJECTIVES);
            if adjective && !self.adjective_held(v) {
                return None;
            }
            // (a noun a verb holds is that verb's object, wherever it stands: `Cole voiced
            // concern that ...`; so is one with its possessor, whose sentence's verb
            // [`Sentence::end_before_main_verb`] finds when it is an auxiliary: `His claim
            // that the money was a loan was rejected`)
            // (only a form that is a verb's too, `claim`, whose verb reading had reported
            // it: a noun's clause here ends only before an auxiliary, and a lexical main
            // verb would run on into it, `Her argument that the tax was illegal persuaded
            // the judge`)
            let possessed = v > 0 && (self.possessive_at(v - 1) || self.in_list(v - 1, POSSESSIVES)) && self.frames[v].is_some_and(|f| f.iter().any(|f| !matches!(f, Frame::Noun(_))));
            if self.in_list(k + 1, RELATIVE_VERBS) || (v < 3 && !adjective && !possessed && holder().is_none()) {
                return None;
            }
            self.rest(k + 1, 3)?
        } else if self.stance_noun(v).is_some() {
            // (the object of a stance noun or an attack is a noun phrase, which ends where
            // a name ends, as a verb's object does ([`Sentence::named_object_end`]: `Cole's
            // attack on Reyes last night`), and before the verb of the clause the noun's
            // phrase stands in, past no relative word: `Cole's attacks on the levy were
            // sharp`, `Reyes, a critic of the toll who has said ...`)
            // (a verb of speech or a past in `-ed` right after a name that opens the object
            // is that verb too, `Cole's attack on Reyes signals ...`, `... on Reyes
            // backfired`, where a plural would go on with the name, `Reyes allies`; and
            // `and` before another possessed noun of speech opens a second noun phrase,
            // `his attacks on the levy and his promise to ...`)
            let from = k + 1;
            let end = self.object_end(from);
            let end = self.named_object_end(v, from).map_or(end, |n| n.min(end));
            let name_end = self.mention_from(from).filter(|m| !m.pronoun).map(|m| self.ts.partition_point(|t| t.end <= m.end));
            let after_name = name_end.filter(|&w| {
                w > from
                    && w <= end
                    && !self.break_after(w - 1)
                    && !self.inside[w]
                    && self.ts[w].text.starts_with(char::is_lowercase)
                    && (self.frames[w].is_some() || self.past_in_ed(w))
            });
            let second_noun = |i: usize| self.is(i, "and") && self.in_list(i + 1, POSSESSIVES) && (i + 2..(i + 5).min(end + 1)).any(|w| self.frames[w].is_some());
            // (a `who` with no comma before it is the holder's, `Ann Cole, a critic of the
            // toll who has said ...`: the object ends before it; and so does a
            // subordinate clause, `a critic of the toll even though she uses it`)
            let clause_opener = |i: usize| self.in_list(i, &["who", "although", "though", "whereas", "because", "unless", "while", "when", "whenever"]) || (self.is(i, "even") && self.in_list(i + 1, &["though", "if", "as"]));
            // (an object that is a clause of its own has its own verb: `a view of what is
            // possible`, `a critic of how the board spends`, after a verb that holds the
            // noun; where the noun's phrase is its clause's subject, the clause's verb
            // stands in it too, `Brandt's view of what the board should do is simple`,
            // and the first verb ends it as for any object)
            let held = (v.saturating_sub(4)..v).rev().take_while(|&i| !self.break_after(i)).any(|i| auxiliary(self.ts[i].text) || self.finite_form(i));
            let wh = held && self.in_list(from, WH_OPENERS);
            let verb = (from + 1..=end)
                .take_while(|&i| !wh && !self.in_list(i, &["which", "that", "whom", "whose"]))
                .find(|&i| !self.inside[i] && (auxiliary(self.ts[i].text) || self.finite_form(i) || Some(i) == after_name || second_noun(i) || clause_opener(i)));
            (self.ts[from].start, self.ts[verb.map_or(end, |i| i - 1)].end)
        } else {
            (self.ts[k + 1].start, self.ts[self.object_end(k + 1)].end)
        };
        // an agent noun of a stance names its holder only as a copula's subject or beside
        // a name ([`Sentence::agent_holder`]); its cue runs from that verb or the noun's
        // determiner
        if self.in_list(v, AGENT_NOUNS) {
            let (cue_start, speaker) = self.agent_holder(v)?;
            return Some(Reported { parts: vec![content], cue: (self.ts[cue_start].start, self.ts[k].end), speaker: Some(speaker), rule: "reported-nominal", confidence: 0.6 });
        }
        // the possessor, a word or two before the noun (`Cole's harsh criticism`), with no
        // preposition between, which would open another phrase (`resigned her seat with
        // criticism of the toll still loud` is no one's she holds)
        let lo = self.ts[v.saturating_sub(3)].start;
        let speaker = cues::within(&self.mentions, lo, self.ts[v].start)
            .filter(|m| m.possessive || cues::possessive_after(self.text, m.end))
            .last()
            .filter(|m| !(v.saturating_sub(3)..v).any(|i| self.ts[i].start >= m.end && self.in_list(i, cues::PREPOSITIONS)))
            .map(|m| m.speaker);
        // with no possessor, the subject of a verb that voices or holds the noun
        // (`Cole has voiced concern over`, `Kemp had nothing but praise for`, `Reyes is
        // skeptical of`): the cue runs from that verb
        let (speaker, cue_start) = match speaker {
            Some(p) => (Some(p), v),
            None => holder().map_or_else(|| (self.trailing_adjective_holder(v).or_else(|| self.object_holder(v)).or_else(|| self.with_holder(v)), v), |(g, p)| (Some(p), g)),
        };
        // (`case` is a report only when someone makes or holds it: `made the case that`,
        // `Lopez's case for the bridge`; not `the case that the court heard`)
        let made = v > 1 && self.in_list(v - 1, &["the", "a", "an", "his", "her", "their", "its", "our", "my"]) && self.in_list(v - 2, MAKING);
        if self.is(v, "case") && speaker.is_none() && !made {
            return None;
        }
        // (and a view only when someone holds it, `Reyes's view of the toll`, `has a
        // strong view of`: `a view of the harbour` is a sight)
        if self.in_list(v, VIEWS) && self.in_list(k, &["of", "about"]) && speaker.is_none() {
            return None;
        }
        // (what a verb holds is a sight too unless a word of attitude qualifies it or it
        // is a clause: `has a strong view of the toll`, `has a view of what is possible`;
        // not `has a view of the sea`)
        if self.in_list(v, VIEWS) && cue_start != v && (cue_start + 1..v).all(|i| self.in_list(i, &["a", "an", "the"])) && !self.in_list(k + 1, WH_OPENERS) {
            return None;
        }
        // (and an interest only after a copula, whoever its subject: `Parties
        // interested in the contract must apply` reports nothing)
        if self.is(v, "interested") && speaker.is_none() && !self.adjective_held(v) {
            return None;
        }
        // (an attack likewise, made by a possessor or a verb's subject: `Cole's attacks on
        // the toll`, `Reyes launched an attack on the board`; not `the attacks on the
        // harbour`, an event, nor an armed one, `the group's drone attacks on the port`;
        // a call nobody makes is still a demand someone voiced, `the calls for an audit`)
        if self.in_list(v, ATTACKS) && (speaker.is_none() || (v.saturating_sub(3)..v).any(|i| self.in_list(i, ARMED))) {
            return None;
        }
        Some(Reported {
            parts: vec![content],
            cue: (self.ts[cue_start].start, self.ts[k].end),
            speaker,
            rule: "reported-nominal",
            confidence: if speaker.is_some() { 0.6 } else { 0.0 },
        })
    }

    /// The prepositions of word `v` when it is an agent noun of a stance or an attack
    /// ([`stance_preps`]), which [`Sentence::nominal`] reads.
    fn stance_noun(&self, v: usize) -> Option<&'static str> {
        stance_preps(&self.ts, v)
    }

    /// The holder of the agent noun of a stance at word `v` ([`AGENT_NOUNS`]), with where
    /// its cue starts: the noun's phrase opens with a determiner and up to three lower-case
    /// modifiers with no conjunction among them (`a longtime`, `the most outspoken`), and
    /// either a copula stands right before it, whose subject holds the
    /// stance (`Cole is a longtime critic of`, `Reyes has been an early backer of`; not
    /// negated, modal or asked: `is not a fan of` says what the holder is not), or a
    /// comma sets it beside a name, which holds it (`Ann Cole, a fierce critic of`, past
    /// a parenthesis after the name, `Cole (D-Eastvale), a critic of`).
    fn agent_holder(&self, v: usize) -> Option<(usize, usize)> {
        const DETERMINERS: &[&str] = &["a", "an", "the", "no"];
        let modifier = |i: usize| self.modifier_word(i) && !self.in_list(i, DETERMINERS) && !self.in_list(i, SUBORDINATORS) && !self.in_list(i, FORMS_OF_BE);
        let det = self.run_before(v, 3, modifier).checked_sub(1)?;
        if det == 0 || !self.in_list(det, DETERMINERS) || self.break_after(det) || self.inside[det] {
            return None;
        }
        let g = det - 1;
        if self.break_after(g) {
            // (the name right before the comma, or before a parenthesis that closes there)
            if !self.gap(g).trim_end().ends_with(',') {
                return None;
            }
            let m = cues::mentions_in(&self.mentions, self.lo, self.ts[det].start).filter(|m| !m.pronoun && !m.possessive && !m.document).last()?;
            let between = self.text.get(m.end..self.ts[det].start)?.trim_start();
            let rest = match between.strip_prefix('(') {
                Some(r) => r.split_once(')')?.1,
                None => between,
            };
            return (rest.trim() == ",").then_some((det, m.speaker));
        }
        if self.inside[g] || !self.copula_at(g) {
            return None;
        }
        let j = self.verb_group_start(g);
        if (j..g).any(|i| self.negated_or_modal(i)) || self.is_question() {
            return None;
        }
        self.group_subject(j).map(|speaker| (j, speaker))
    }

    /// `Ann Cole has been quietly touring the county, confident that she can win`, `Cole's
    /// aides cancelled two rallies, wary of tiring her`: an adjective of attitude set after
    /// the comma that closes its sentence's one clause is that clause subject's, as a
    /// participle there is. The clause opens the sentence (or follows a fronted phrase's
    /// comma, `Since May, ...`, `Facing a tight race, ...`) with its subject, a name or a
    /// phrase the speakers stage made a mention, and holds a verb of its own and no other
    /// comma.
    fn trailing_adjective_holder(&self, v: usize) -> Option<usize> {
        if !self.in_list(v, ATTITUDE_ADJECTIVES) {
            return None;
        }
        let a = self.before_adverbs(v);
        if a < 3 || self.gap(a - 1).trim() != "," {
            return None;
        }
        // (the clause after a fronted phrase's comma, `Since May, Reyes has ...`, `Facing
        // a tight race, Reyes has ...`)
        // (a participle, not a name in `-ing`, `Sterling`: a lower-case word follows it)
        let participle = self.ts[0].text.ends_with("ing") && self.mention_from(0).is_none() && self.ts.get(1).is_some_and(|t| t.text.starts_with(char::is_lowercase));
        let fronted = self.in_list(0, cues::FRONTED) || self.in_list(0, SUBORDINATORS) || participle;
        let start = if fronted { (0..a - 1).find(|&i| self.break_after(i)).map(|b| b + 1)? } else { 0 };
        if (start..a - 1).any(|i| self.break_after(i) || self.inside[i]) {
            return None;
        }
        let (speaker, after) = self.opening_mention(start)?;
        (after < a - 1 && (after..a - 1).any(|i| self.finite_form(i) || self.in_list(i, AUXILIARIES) || self.past_in_ed(i))).then_some(speaker)
    }

    /// Whether `ts[v]` is a held passive ([`contract::lexicon::HELD_PASSIVES`]) before
    /// what the view is, `that`, `about`, `of` or `over`: `The team was convinced to
    /// stay` names what the subject was talked into, and `convinced by the ads` who did it.
    /// Whether word `i` is a form of `be` or a copula that a held passive follows (`is
    /// convinced`, `became convinced`).
    /// Whether word `i` is a form of `be` or a copula that holds an adjective as `be`
    /// does (`remain`, `grew`: [`contract::lexicon::ADJECTIVE_COPULAS`]).
    fn copula_at(&self, i: usize) -> bool {
        self.in_list(i, FORMS_OF_BE) || self.in_list(i, contract::lexicon::ADJECTIVE_COPULAS) || self.negated_be(i)
    }

    /// Whether word `i` is a form of `be` with its negation contracted onto it (`isn't`,
    /// `aren’t`): a copula whose negation the cue then holds, as `are not` is. The forms
    /// are [`PROGRESSIVE`]'s, which lists them with both apostrophes.
    fn negated_be(&self, i: usize) -> bool {
        self.in_list(i, PROGRESSIVE) && contracted_negation(self.ts[i].text)
    }

    fn holds_passive_at(&self, i: usize) -> bool {
        self.in_list(i, PASSIVE) || self.in_list(i, contract::lexicon::ADJECTIVE_COPULAS)
    }

    fn held_passive(&self, v: usize) -> bool {
        self.in_list(v, contract::lexicon::HELD_PASSIVES) && v + 1 < self.ts.len() && self.in_list(v + 1, contract::lexicon::HELD_PASSIVE_VIEWS)
    }

    /// The verb that governs the noun of speech `ts[v]` as what its subject voices, holds
    /// or is ([`contract::lexicon::HOLDING_VERBS`]), within four words before it and with
    /// only lower-case modifiers between (`voiced serious concern`, `had nothing but
    /// praise`), and the speaker named right before that verb and its auxiliaries.
    /// `denied claims that`, `faced criticism`, `drew praise` are not such verbs: the noun
    /// is another's. A verb of speech (`expressed`) is not either: it reports its object
    /// itself.
    fn holder(&self, v: usize) -> Option<(usize, usize)> {
        let adjective = self.in_list(v, ATTITUDE_ADJECTIVES);
        let holds = |i: usize| self.in_list(i, contract::lexicon::HOLDING_VERBS) || (adjective && self.in_list(i, contract::lexicon::ADJECTIVE_COPULAS));
        let g = (v.saturating_sub(4)..v).rev().take_while(|&i| !self.break_after(i) && !self.inside[i]).find(|&i| holds(i))?;
        // (an infinitive after a verb that goes on or begins is that verb's subject's:
        // `Reyes continued to express concern about`, `began to raise doubts about`)
        let going_on = g >= 2 && self.is(g - 1, "to") && self.in_list(g - 2, &["continued", "continues", "continue", "began", "begins", "begin", "started", "starts", "start"]);
        // (a verb of speech reads its object itself: `expressed concern that ...` is the
        // report of `expressed`, which holds this noun's; a copula's own frames, `seemed
        // to`, are not asked before an adjective)
        if frame(self.ts[g].text).is_some() && !(adjective && self.in_list(g, contract::lexicon::ADJECTIVE_COPULAS)) && !going_on {
            return None;
        }
        let modifier = |i: usize| {
            self.ts[i].text.starts_with(char::is_lowercase) && !self.in_list(i, cues::PREPOSITIONS) && !self.in_list(i, &["that", "which", "who", "whom", "whose", "and", "or", "if", "when", "while", "because", "as"]) && !holds(i)
        };
        if !(g + 1..v).all(modifier) {
            return None;
        }
        // (a position held is an office as often as a view, `held a position on the school
        // board`: only positions held in the plural are views, `has held firm positions on`)
        if self.in_list(g, &["held", "hold", "holds", "holding"]) && self.is(v, "position") {
            return None;
        }
        // after a form of `have` or `be`, only determiners, a few adjectives and adverbs
        // in `-ly` stand between it and the noun: another word is a verb (`is facing
        // accusations that`, `has gotten complaints about`, `have knocked down assertions`),
        // whose subject holds nothing; and what one has may be another's (`has the
        // endorsement of the unions`, `has had complaints about the noise`)
        let copula = self.copula_at(g);
        let auxiliary = self.in_list(g, &["had", "has", "have", "having"]) || copula;
        // (and before an adjective, its negation, which the cue then holds: `was not happy
        // with` is the subject's view, as `unhappy with` is)
        // (and degrees of an adjective of attitude, `is most proud of`, `were so eager to`,
        // as the speakers stage reads them)
        let light = |i: usize| {
            self.ts[i].text.ends_with("ly") || self.in_list(i, HELD_MODIFIERS) || self.in_list(i, contract::lexicon::DEGREE_WORDS) || (adjective && self.in_list(i, &["not", "never", "no", "longer"]))
        };
        if auxiliary && (self.in_list(v, &["endorsement", "support", "complaints", "complaint", "criticism", "accusations", "allegations"]) || !(g + 1..v).all(light)) {
            return None;
        }
        // an adjective of attitude is its subject's only after a copula (`made voters
        // skeptical of` is the voters')
        if adjective && !copula {
            return None;
        }
        // (past auxiliaries and adverbs, in `-ly` too: `Reyes notably made no mention of`)
        let j = self.verb_group_start(if going_on { g - 2 } else { g });
        // (a negated, modal or questioned holding is no report: `has never voiced concern`,
        // `would have concerns if`, `hasn't raised concerns`, `Does Lopez have concerns
        // ...?`; an emphatic `did` holds as the plain verb does, `He did express concern
        // that ...`)
        if (j..g).any(|i| self.negated_or_modal(i)) || self.is_question() {
            return None;
        }
        self.group_subject(j).map(|speaker| (g, speaker))
    }

    /// `Ann Cole avoided any mention of the toll`, `Reyes stepped up criticism of the
    /// bridge`: a noun of speech or attitude with no possessor named and no verb that
    /// voices it ([`Sentence::holder`]) is its clause subject's when a verb of stance
    /// ([`STANCE_VERBS`]) takes it as its object, with at most three modifiers between;
    /// after any other verb the noun is as often another's (`faced criticism`, `shrugged
    /// off complaints`). Not after a negated or modal verb (`never reaffirmed support
    /// for`), nor a question.
    fn object_holder(&self, v: usize) -> Option<usize> {
        if self.in_list(v, ATTITUDE_ADJECTIVES) {
            return None;
        }
        let verb_like = |i: usize| {
            self.finite_form(i) || self.past_in_ed(i) || auxiliary(self.ts[i].text) || self.in_list(i, STANCE_VERBS) || self.in_list(i, contract::lexicon::HOLDING_VERBS) || frame(self.ts[i].text).is_some()
        };
        let plain = |i: usize| self.modifier_word(i) && !verb_like(i) && !self.in_list(i, SUBORDINATORS) && !self.is(i, "to");
        let a = self.run_before(v, 3, plain);
        if a == 0 || self.break_after(a - 1) || self.inside[a - 1] {
            return None;
        }
        // (a particle passes as a modifier, to its verb: `stepped up criticism of`; `shrugged
        // off criticism of` is no verb of stance's)
        let g = a - 1;
        // (a verb that holds a noun, `voiced`, `held`, `is`, was [`Sentence::holder`]'s to
        // read, which turns some away: `held a position on the school board`; a verb of
        // speech among them, which that leaves to the verb's own reading, is read here:
        // `expressed concern that` when that reading reports nothing)
        let spoken_holding = self.in_list(g, contract::lexicon::HOLDING_VERBS) && frame(self.ts[g].text).is_some();
        // (what one avoids is one's own only as a mention of something, `avoided all mention
        // of`, `avoided direct criticism of`; not `avoided criticism over the fares`, others')
        let avoided = self.in_list(g, &["avoided", "avoid", "avoids"]);
        let of = self.is(v + 1, "of");
        if !(self.in_list(g, STANCE_VERBS) || spoken_holding) || (avoided && !of) {
            return None;
        }
        let j = self.verb_group_start(g);
        // (as for [`Sentence::holder`]: a negated, modal or questioned verb holds nothing)
        if (j..=g).any(|i| self.negated_or_modal(i)) || self.is_question() {
            return None;
        }
        self.group_subject(j)
    }

    /// `Ann Cole opened the hearing with criticism of the levy`, `Reyes answered the board
    /// with an argument that ...`: a noun of speech or attitude in a `with` phrase
    /// after a verb (and its object) is how the clause's subject acted, and so the
    /// subject's, with at most three lower-case modifiers between `with` and the noun.
    /// Only after a verb that tells how someone spoke ([`WITH_SPEECH`]), not in the
    /// passive (`was hit with criticism`), nor negated, modal or asked (as for
    /// [`Sentence::holder`]), nor `with no criticism of`.
    fn with_holder(&self, v: usize) -> Option<usize> {
        if self.in_list(v, ATTITUDE_ADJECTIVES) {
            return None;
        }
        let w = self.run_before(v, 3, |i| self.modifier_word(i) && !self.finite_form(i)).checked_sub(1)?;
        if !self.is(w, "with") || w < 2 || self.break_after(w) || self.inside[w] {
            return None;
        }
        // the verb, within five words before `with` and its stretch; what stands between
        // is its object, with no verb and no agent's `by`
        let verb = |i: usize| {
            !self.inside[i]
                && self.ts[i].text.starts_with(char::is_lowercase)
                && (self.in_list(i, WITH_SPEECH) || self.finite_form(i) || self.past_in_ed(i) || (self.ts[i].text.ends_with('s') && self.mentions.iter().any(|m| m.end == self.ts[i - 1].end && !m.possessive)))
        };
        // (the nearest verb must be one of them: `is chiming in with` finds `is`)
        let g = (w.saturating_sub(6)..w).rev().take_while(|&i| !self.break_after(i)).find(|&i| i > 0 && verb(i))?;
        // (`with no criticism of` is none)
        if (g + 1..w).any(|i| self.inside[i] || self.in_list(i, &["by", "who", "which", "that"]) || self.frames[i].is_some()) || !self.in_list(g, WITH_SPEECH) || (w + 1..v).any(|i| self.is(i, "no")) {
            return None;
        }
        let j = self.verb_group_start(g);
        if (j..g).any(|i| self.in_list(i, FORMS_OF_BE) || self.in_list(i, &["get", "gets", "got", "being"]) || self.negated_or_modal(i)) || self.is_question() {
            return None;
        }
        self.group_subject(j)
    }

    /// Where the run of at most `n` words right before word `v` that each pass `ok` begins
    /// (`v` when the word before fails): the rules that read a noun of speech walk back
    /// so over its modifiers to the word that governs it (`voiced sharp criticism of`, `a
    /// fierce critic of`, `with a blunt call for`).
    fn run_before(&self, v: usize, n: usize, ok: impl Fn(usize) -> bool) -> usize {
        let mut s = v;
        while s > 0 && v - s < n && ok(s - 1) {
            s -= 1;
        }
        s
    }

    /// Whether word `i` may be one of a noun's modifiers for every rule that walks back
    /// over them ([`Sentence::run_before`]): in lower case, with no break after it,
    /// outside quote marks, and no preposition, conjunction, relative word or negation.
    /// Each rule adds what else ends its run.
    fn modifier_word(&self, i: usize) -> bool {
        !self.break_after(i)
            && !self.inside[i]
            && self.ts[i].text.starts_with(char::is_lowercase)
            && !self.in_list(i, cues::PREPOSITIONS)
            && !self.in_list(i, CONJUNCTIONS)
            && !self.in_list(i, &["that", "which", "who", "whom", "whose", "not", "never"])
    }

    /// Where the verb at word `v` starts with its auxiliaries and adverbs (`has
    /// repeatedly said`, `notably made`), within its stretch: where its subject ends.
    fn verb_group_start(&self, v: usize) -> usize {
        let mut j = v;
        // (and over the progressive's `be` before an `-ing` form: `is making the case
        // that`, `has been voicing concern`)
        let progressive = self.ts[v].text.ends_with("ing");
        while j > 0 && !self.break_after(j - 1) && (self.between(j - 1) || self.ly_adverb(j - 1) || (progressive && self.in_list(j - 1, PROGRESSIVE))) {
            j -= 1;
        }
        j
    }

    /// Whether word `i` negates the verb after it or makes it modal (`not`, `never`,
    /// `hasn't`, `would`, `could`): a verb so marked holds no noun of speech ([`Sentence::holder`],
    /// [`Sentence::object_holder`]).
    fn negated_or_modal(&self, i: usize) -> bool {
        contracted_negation(self.ts[i].text) || self.in_list(i, &["not", "never", "would", "could", "may", "might", "should", "must", "can", "will", "cannot"])
    }

    /// The subject of the verb group that begins at word `j`: the name before it
    /// ([`Sentence::subject_before`]), or, right after `and`, the subject the verb shares
    /// with the verb before it ([`Sentence::conjunct_subject`]: `Ann Cole met the board
    /// and made a call for calm`).
    fn group_subject(&self, j: usize) -> Option<usize> {
        if j > 1 && self.is(j - 1, "and") && !self.inside[j - 1] {
            return self.conjunct_subject(j);
        }
        self.subject_before(j)
    }

    /// The speaker named as the subject of the clause whose verb (past its auxiliaries
    /// and adverbs) begins at word `j`: the name right before it, or before an
    /// apposition or a relative clause set off by commas, opening its clause.
    fn subject_before(&self, j: usize) -> Option<usize> {
        if j == 0 || self.inside[j - 1] {
            return None;
        }
        // (the name right before the verb, or before an apposition set off by commas:
        // `Ann Cole, the mayor of Eastvale, voiced concern that ...`; or before a relative
        // clause so set off, whose own verb it holds: `Tom Reyes, who has run the port for
        // years, voiced concern that ...`)
        let before = if self.break_after(j - 1) {
            let open = (j.saturating_sub(16)..j - 1).rev().find(|&i| self.break_after(i))?;
            let relative = self.in_list(open + 1, &["who", "which"]);
            if self.gap(j - 1).trim() != "," || self.gap(open).trim() != "," || (!relative && j - open > 9) || (open + 1..j).any(|i| self.inside[i] || (!relative && self.finite_form(i))) {
                return None;
            }
            open
        } else {
            j - 1
        };
        let end = self.ts[before].end;
        // (a name in apposition to a description names the holder: `Eastvale's harbour
        // master, Tom Reyes, voiced support for ...`; not to a preposition's object,
        // `Critics of the mayor, Ann Cole, voiced ...`, nor after a subordinator)
        let described = || {
            let clause = (0..before).rev().find(|&i| self.break_after(i)).map_or(0, |i| i + 1);
            !(clause..=before).any(|i| self.inside[i] || self.in_list(i, cues::PREPOSITIONS) || self.in_list(i, SUBORDINATORS) || self.in_list(i, &["if", "unless", "whether"]))
        };
        let apposed = (before < j - 1 && described()).then(|| cues::mentions_in(&self.mentions, self.ts[before + 1].start, self.ts[j - 1].end).find(|m| !m.pronoun && m.start == self.ts[before + 1].start && m.end == self.ts[j - 1].end)).flatten();
        if let Some(m) = apposed.filter(|_| cues::mentions_in(&self.mentions, self.ts[before].start.saturating_sub(80).max(self.lo), end).all(|m| m.end != end)) {
            return Some(m.speaker);
        }
        let m = cues::mentions_in(&self.mentions, self.ts[before].start.saturating_sub(80).max(self.lo), end).filter(|m| m.end == end).last()?;
        // the name must open its clause, past its titles (`Sen. Ann Cole is`, `While Reyes
        // has`): not an object (`Critics of Maria Lopez have voiced`, `Voters who elected
        // Ann Cole have`), nor in a condition (`If Ann Cole has concerns`)
        let mut first = self.ts.partition_point(|t| t.start < m.start);
        while first > 0 && !self.break_after(first - 1) && self.ts[first - 1].text.starts_with(char::is_uppercase) && !self.in_list(first - 1, &["if", "unless", "whether"]) {
            first -= 1;
        }
        // (past a descriptor, a lower-case noun or two among capitalised words, to the
        // determiner that opens the phrase: `The Millbrook Herald columnist Lena Hart
        // has been`, `Democratic mayoral hopeful Tom Reyes was`)
        let descriptor = |i: usize| {
            let w = self.ts[i].text;
            w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic) && !w.ends_with("ed") && !w.ends_with("ing") && !w.ends_with("ly") && !self.in_list(i, cues::PREPOSITIONS) && !self.in_list(i, NOT_SUBJECT) && !self.in_list(i, CONJUNCTIONS) && !self.in_list(i, SUBORDINATORS) && !self.in_list(i, &["who", "whom", "which", "that", "whose", "if", "unless", "whether", "not", "never"])
        };
        let mut k = first;
        let mut lower = 0;
        while k > 0 && !self.break_after(k - 1) && !self.inside[k - 1] && (self.ts[k - 1].text.starts_with(char::is_uppercase) || descriptor(k - 1) && lower < 2) && !self.in_list(k - 1, &["if", "unless", "whether"]) {
            lower += usize::from(descriptor(k - 1));
            k -= 1;
        }
        if lower > 0 && (k == 0 || self.break_after(k - 1)) {
            first = k;
        } else if lower > 0 && self.in_list(k - 1, &["the", "a", "an"]) && (k == 1 || self.break_after(k - 2)) {
            first = k - 1;
        }
        // (or a relative `who` the speakers stage resolved, which opens its clause:
        // `spoke with activists who raised concerns about ...`)
        let relative = m.start == self.ts[first].start && m.end == self.ts[first].end && self.is(first, "who");
        let opens = relative || first == 0 || self.break_after(first - 1) || self.in_list(first - 1, &["and", "but", "while", "when", "as", "because", "although", "though", "since", "after", "before", "so", "yet"]);
        if !opens || (first < self.ts.len() && self.in_list(first, &["if", "unless", "whether"])) {
            return None;
        }
        Some(m.speaker)
    }

    /// The `that` right after a setting of speech that opens at word `k` and runs on past
    /// the eight words a verb's `that` is looked for in: a preposition and its object,
    /// with what hangs on it (`said in the second of three long posts on Facebook that`,
    /// `wrote in a statement posted late on Friday by the Harbour Board that`, `said in a long and
    /// angry message posted late Sunday that`). No comma, quote mark, pronoun or finite
    /// verb inside: those open a clause of its own. A
    /// relative clause the setting ends in is passed over to the `that` after it (`said in
    /// an interview with a station in Eastvale that is owned by KBX that ...`); a `that`
    /// with none after it is no verb's (`testified at a hearing on the collapse of the
    /// bridge in Eastvale that killed six people`).
    fn that_past_long_setting(&self, k: usize) -> Option<usize> {
        const OPENS: &[&str] = &["in", "on", "at", "during"];
        const OBJECT: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "one", "several", "two", "three"];
        const CLAUSE: &[&str] = &["that", "who", "which", "whom", "whose", "where", "whether", "if", "when", "while", "because", "but", "or"];
        if !self.in_list(k, OPENS) || !self.in_list(k + 1, OBJECT) {
            return None;
        }
        let end = (k + 16).min(self.ts.len());
        let plain = |x: usize| !self.inside[x] && !self.break_after(x) && !self.finite_form(x) && !self.subject_pronoun(x) && !self.in_list(x, CLAUSE);
        let first = (k + 2..end).find(|&i| !plain(i))?;
        if !self.is(first, "that") || self.inside[first] {
            return None;
        }
        // (a relative clause's `that`: the next `that` in the stretch, if any, is the verb's)
        let that = if self.verb_after(first) {
            (first + 1..end).take_while(|&x| !self.inside[x] && !self.break_after(x - 1)).find(|&x| self.is(x, "that"))?
        } else {
            first
        };
        (that >= k + 8 && !self.inside[that] && !self.demonstrative(that) && !self.verb_after(that)).then_some(that)
    }

    /// Whether the word after `that` at `i` reads as a verb, so that the `that` opens a
    /// relative clause (`a petition that aimed at`, `a station that is owned by`), not a
    /// verb's clause (`that he would`, `that fares must rise`).
    fn verb_after(&self, i: usize) -> bool {
        self.ts.get(i + 1).is_some_and(|t| {
            t.text.starts_with(char::is_lowercase) && !self.inside[i + 1] && (self.finite_form(i + 1) || t.text.ends_with("ed") || self.in_list(i + 1, AUXILIARIES))
        })
    }

    /// Where a clause opens within `n` words from `from`, past an adverbial (`said on
    /// Friday she signed ...`): at a subject pronoun or a determiner, before any comma.
    fn clause_start(&self, from: usize, n: usize) -> Option<usize> {
        // a determiner right after a preposition is its object (`said in a statement`)
        // (a subject pronoun with its verb contracted opens one too: `told the Millbrook
        // Herald he’s already signed ...`)
        let opens = |i: usize| {
            let t = self.ts[i].text;
            let head = t.split(['\'', '’']).next().unwrap_or(t);
            CLAUSE_OPENERS.iter().any(|w| head.eq_ignore_ascii_case(w))
        };
        (from + 1..(from + n).min(self.ts.len()))
            .take_while(|&i| !self.break_after(i - 1) && !self.inside[i])
            .find(|&i| opens(i) && !self.in_list(i - 1, GOVERNING))
    }

    /// `In the new Herald poll, Cole wins about 2 in 5 likely voters`: a poll or
    /// survey named in the phrase that opens the sentence is the source of the clause
    /// after its comma ([`Sentence::read`] keeps it only when the sentence has no other
    /// report: `In the poll, 60 percent said ...` is the respondents' report).
    fn in_a_poll(&self) -> Option<Reported> {
        if !opens_with_a_poll(&self.ts) || self.inside[0] {
            return None;
        }
        let comma = (1..12.min(self.ts.len())).find(|&i| self.break_after(i))?;
        if !(1..=comma).any(|i| self.in_list(i, contract::lexicon::POLLS)) || (1..=comma).any(|i| self.inside[i]) || !self.gap(comma).trim().eq(",") {
            return None;
        }
        // (past the poll's own participle phrase: `In the poll, conducted in June, ...`)
        let from = if comma + 1 < self.ts.len() && self.past_in_ed(comma + 1) {
            (comma + 1..(comma + 8).min(self.ts.len())).find(|&i| self.break_after(i))? + 1
        } else {
            comma + 1
        };
        let content = self.rest(from, 3)?;
        let speaker = self.speaker_in(self.ts[1].start, self.ts[comma].end, false);
        Some(Reported { parts: vec![content], cue: (self.ts[0].start, self.ts[0].end), speaker, rule: "reported-in-poll", confidence: if speaker.is_some() { 0.7 } else { 0.0 } })
    }

    /// `Cole leads Reyes by six points in the latest Herald poll`, `In March, Reyes had a
    /// 12-point lead in a KBX poll.`: a clause that ends with `in` and a poll reports
    /// what the poll found, and the poll is its source (the clause after a fronted
    /// phrase's comma; [`Sentence::read`] keeps it only when the sentence has no other
    /// report). The poll's phrase closes the sentence, and its noun is its head, last or
    /// before what made it (`a poll released Monday`, `a poll of likely voters`); the clause
    /// says where the poll puts someone or gives a number, and is no inner clause, nor
    /// taking part in the poll ([`contract::lexicon::poll_finding`], which the speakers
    /// stage reads too).
    fn ahead_in_a_poll(&self) -> Option<Reported> {
        let n = self.ts.len();
        (2..n.saturating_sub(1)).filter(|&p| self.is(p, "in") && !self.inside[p] && !self.break_after(p - 1)).find_map(|p| self.poll_after(p))
    }

    /// [`Sentence::ahead_in_a_poll`] for the `in` at word `p`.
    fn poll_after(&self, p: usize) -> Option<Reported> {
        let n = self.ts.len();
        // the poll's phrase runs to the sentence's end, ten words at most (a poll set off
        // by a comma closes an aside as often: `Cole, who leads in the polls, said ...`);
        // and a question finds nothing (`Why is Reyes trailing in the polls?`)
        if n > p + 11 || (p + 1..n - 1).any(|k| self.break_after(k)) || (p + 1..n).any(|k| self.inside[k]) || self.text.get(self.ts[n - 1].end..self.hi).is_some_and(|t| t.contains('?')) {
            return None;
        }
        let head = (p + 1..n).find(|&k| self.in_list(k, contract::lexicon::POLLS))?;
        let after_head = head == n - 1 || self.in_list(head + 1, contract::lexicon::AFTER_A_POLL);
        if !after_head || (p + 1..head).any(|k| self.in_list(k, cues::PREPOSITIONS) || self.finite_form(k)) {
            return None;
        }
        // (the clause after its comma, and after an `and` that opens a new subject's:
        // `Reyes leads in Eastvale and Cole trails in the polls`)
        let mut start = self.stretch_start(0, p - 1);
        let lower: Vec<String> = (0..p).map(|k| self.ts[k].text.to_lowercase()).collect();
        let standing_at = |k: usize| contract::lexicon::POLL_STANDINGS.contains(&lower[k].as_str()) || lower[k].starts_with(|c: char| c.is_ascii_digit());
        if let Some(a) = (start..p - 1).rev().find(|&k| lower[k] == "and" && self.ts[k + 1].text.starts_with(char::is_uppercase) && (start..k).any(|x| standing_at(x) || self.finite_form(x))) {
            start = a + 1;
        }
        let clause: Vec<&str> = lower[start..p].iter().map(String::as_str).collect();
        // (a subject of its own: not the verb after an aside, `Reyes, the mayor, leads ...`)
        if self.finite_form(start) || !contract::lexicon::poll_finding(&clause) || (start..p).any(|k| self.inside[k]) || (start..p).any(|k| cues::is_verb(self.ts[k].text, false)) {
            return None;
        }
        let speaker = self.speaker_in(self.ts[p + 1].start, self.ts[n - 1].end, false);
        let content = (self.ts[start].start, self.ts[p - 1].end);
        Some(Reported { parts: vec![content], cue: (self.ts[p].start, self.ts[p].end), speaker, rule: "reported-in-poll", confidence: if speaker.is_some() { 0.6 } else { 0.0 } })
    }

    /// `In Kemp's view, the levy would ...`, `But in their view, ...`: a view the
    /// sentence opens with, held by a possessive, is the source of the clause after its
    /// comma ([`Sentence::read`] keeps it only when the sentence has no other report).
    /// Only a determiner, names and adjectives stand between `In` and `view` (not `In
    /// contrast to Lopez's view`); the holder is the last possessive's speaker, when it
    /// is a mention (one of two: `In Mr. Brandt's and Mr. Ortiz's view` gives Ortiz).
    fn in_a_view(&self) -> Option<Reported> {
        let i = usize::from(self.in_list(0, &["but", "and", "yet", "so"]) && !self.break_after(0));
        if !self.is(i, "in") || self.inside[i] {
            return None;
        }
        let v = (i + 1..(i + 8).min(self.ts.len())).take_while(|&x| x == i + 1 || !self.break_after(x - 1)).find(|&x| self.is(x, "view"))?;
        let possessive = |x: usize| self.in_list(x, &["his", "her", "their", "my", "our", "its", "your"]) || self.possessive_at(x);
        if !self.break_after(v)
            || !self.gap(v).trim_start().starts_with(',')
            || !(i + 1..v).any(possessive)
            || (i + 1..=v).any(|x| self.inside[x] || self.in_list(x, cues::PREPOSITIONS) || self.is(x, "contrast"))
        {
            return None;
        }
        let content = self.rest(v + 1, 3)?;
        let speaker = self.possessor(i + 1, v);
        Some(Reported { parts: vec![content], cue: (self.ts[i].start, self.ts[v].end), speaker, rule: "reported-in-view", confidence: if speaker.is_some() { 0.6 } else { 0.0 } })
    }

    /// `Cole camp: Reyes's plan threatens jobs`, `Poll: Cole leads`: a short
    /// named source, a colon, and its content (the headline's and the transcript's form).
    fn colon_source(&self) -> Option<Reported> {
        // (one scan of the first words' text for a colon before asking each gap)
        let n = self.ts.len().min(10);
        if !self.text.get(self.lo..self.ts.get(n).map_or(self.hi, |t| t.start)).is_some_and(|t| t.contains(':')) {
            return None;
        }
        let c = (0..n).find(|&i| self.colon_after(i))?;
        let colon = self.ts[c].end + self.text.get(self.ts[c].end..self.ts.get(c + 1)?.start)?.find(':')?;
        let capital = |t: &Tok| t.text.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) || t.text.contains(['’', '\'']);
        // (a headline's source, then its side or where, to whom or on what it spoke:
        // `Cole camp: ...`, `Ann Cole to Riders: ...`, `Mayor Reyes at the Pier Opening:
        // ...`, `Cole on the Ferry Deal: ...`; the name opens the line, past its titles
        // only)
        let headline = || {
            let m = self.mentions.iter().find(|m| !m.pronoun && m.start >= self.ts[0].start && m.end <= self.ts[c].end)?;
            let s = self.ts.partition_point(|t| t.start < m.start);
            let mut e = self.ts.partition_point(|t| t.start < m.end);
            // (only titles before it, `Former Mayor`, `GOP`: in `Voters Turn On Tom Reyes:
            // ...` the name is the headline's object)
            let title = |i: usize| self.in_list(i, TITLE_WORDS) || self.in_list(i, &["former", "acting", "deputy", "vice", "interim", "ex"]) || (self.ts[i].text.len() <= 4 && self.ts[i].text.chars().all(|ch| ch.is_ascii_uppercase()));
            if !(0..s).all(title) || e > c + 1 {
                return None;
            }
            if e <= c && self.in_list(e, &["camp", "campaign", "aides", "allies"]) {
                e += 1;
            }
            let place = e < c && self.in_list(e, &["to", "at", "on", "in"]) && (e + 1..=c).all(|i| capital(&self.ts[i]) || self.in_list(i, &["of", "the", "a", "and", "for"]));
            (e == c + 1 || place).then_some(m.speaker)
        };
        let named = if c < 4 && self.ts[..=c].iter().all(capital) { None } else { Some(headline()?) };
        // a time (`9:15`) or a label (`Note:`, `Watch:`) is not a source
        if self.ts[c].text.chars().all(|ch| ch.is_ascii_digit())
            || self.in_list(0, contract::lexicon::COLON_LABELS)
            // (`Editor's Note:`, a market report's `ASIA'S SCORECARD:` or `ENERGY:`: a
            // section's label may come last; not `Harbour Watch:`)
            || self.in_list(c, contract::lexicon::SECTION_LABELS)
            || self.inside[c + 1]
        {
            return None;
        }
        let content = self.rest(c + 1, 3)?;
        // (`Eastvale: Sam Ortiz, Lena Hart, ...`: a list of names, set off by commas,
        // has no word in lower case but `and`; a title-case headline has no comma)
        let after = self.ts.partition_point(|t| t.start < content.0);
        let listed = self.text.get(content.0..content.1).is_some_and(|c| c.contains(','));
        if listed && self.ts[after..].iter().take_while(|t| t.end <= content.1).all(|t| !t.text.starts_with(char::is_lowercase) || t.text == "and") {
            return None;
        }
        let speaker = named.or_else(|| self.speaker_in(self.lo, self.ts[c].end, true));
        Some(Reported {
            parts: vec![content],
            cue: (colon, colon + 1),
            speaker,
            rule: "colon-source",
            confidence: if speaker.is_some() { 0.6 } else { 0.0 },
        })
    }

    /// `According to X, ...`, `..., according to X.`, `..., according to X, ...`.
    fn according_to(&self, a: usize) -> Option<Reported> {
        let np_start = a + 2;
        let mut np_end = np_start;
        while np_end < self.ts.len() && np_end < np_start + 14 && !self.break_after(np_end) {
            np_end += 1;
        }
        if np_end >= self.ts.len() {
            np_end = self.ts.len().checked_sub(1)?;
        }
        if np_end < np_start {
            return None;
        }
        // (a name's possessive before the source's own mention owns it, and is not the
        // source: `according to Reyes's spokesman`)
        let (lo, hi) = (self.ts[np_start].start, self.ts[np_end].end);
        // (and a name set off after a description, of no one or of a possessive's, is
        // who it describes: `according to her husband, Tom Reyes`, `according to Reyes's
        // spokesman, Ann Cole`)
        // (of two that start together the longer is the phrase: `FBI records`, not `FBI`)
        let mut names: Vec<&Mention> = cues::mentions_in(&self.mentions, lo, hi).filter(|m| !m.pronoun).collect();
        names.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let owner = |m: &Mention| cues::possessive_name(self.text, m);
        let owned = names.iter().find(|m| !(owner(m) && names.iter().any(|n| n.start > m.end))).filter(|m| !owner(m) || names.len() > 1);
        // (closed by a comma or the sentence's end: after a fronted `according to` the
        // name after the comma is the main clause's subject, `According to the Herald,
        // Reyes replied ...`)
        let closed = |n: &Mention| {
            let after = self.ts.partition_point(|t| t.start < n.end);
            after >= self.ts.len() || after > 0 && self.gap(after - 1).contains(',')
        };
        let apposition = || {
            let next = self.mention_from(np_end + 1).filter(|n| !n.pronoun && self.gap(np_end).trim() == "," && closed(n))?;
            match names.first() {
                None => Some(next),
                Some(first) => (owner(first) && first.end < self.ts[np_end].end).then_some(next),
            }
        };
        let speaker = owned.map(|m| m.speaker).or_else(|| apposition().map(|m| m.speaker)).or_else(|| self.speaker_in(lo, hi, false));
        // Set inside the content after a short subject with no verb of its own, the
        // words on both sides are the content, however short (`The plan, according to
        // aides, will fail`), when the rest opens with its verb (`will fail`, `rose`);
        // not a tail after a clause that ended before the source (`The toll died,
        // according to Tom Reyes, R-Eastvale`, `..., a lawyer`). A conjunction or a
        // sentence adverb before it opens the sentence and is no content (`But
        // according to Reyes, ...`, `Separately, according to ...`).
        let lead = (0..a).all(|i| self.in_list(i, CONJUNCTIONS) || self.in_list(i, FRONT_ADVERBS)) || a == 1 && self.ts[0].text.ends_with("ly");
        let verb_next = np_end + 1 < self.ts.len() && {
            let t = self.ts[np_end + 1].text;
            let lower = t.starts_with(char::is_lowercase);
            self.finite_form(np_end + 1) || self.in_list(np_end + 1, AUXILIARIES) || lower && (t.ends_with("ed") || contracted_negation(t) || t.ends_with('s') && !t.ends_with("ss") && !self.in_list(np_end + 1, cues::PREPOSITIONS))
        };
        let short_subject = (1..=5).contains(&a) && !lead && (0..a).all(|i| !self.finite_form(i) && !self.ts[i].text.contains(['\'', '’']));
        let subject = short_subject && verb_next;
        let rest = if np_end + 1 < self.ts.len() { self.rest(np_end + 1, if subject { 1 } else { 3 }) } else { None };
        // (inside a parenthesis the content starts after its opening: `... (the actual
        // figure is nearer 12 percent, according to the Herald)`)
        let open = (1..a).rev().find(|&j| self.gap(j - 1).contains('(') && !(j..a).any(|k| self.gap(k).contains(')'))).unwrap_or(0);
        let mut parts = Vec::new();
        if a >= open + 2 || open == 0 && short_subject && rest.is_some() {
            parts.push((self.ts[open].start, self.ts[a - 1].end));
        }
        parts.extend(rest);
        let words: usize = parts.iter().map(|&(s, e)| self.ts.iter().filter(|t| t.start >= s && t.end <= e).count()).sum();
        if words < 3 {
            return None;
        }
        Some(Reported {
            parts,
            cue: (self.ts[a].start, self.ts[a + 1].end),
            speaker,
            rule: "according-to",
            confidence: if speaker.is_some() { 0.8 } else { 0.0 },
        })
    }
}
