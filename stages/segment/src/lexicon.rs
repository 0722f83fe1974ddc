//! Word lists the segment rules consult. The shared ones (months, given names, the verbs
//! that attribute a quote) live in [`contract::lexicon`]; the functions here delegate.
//!
//! They hold closed classes of English (titles, months, sentence starters) and the
//! vocabulary of news pages (agencies, site chrome), never strings of particular
//! articles: a rule that works only because a seed's words are listed here would not
//! carry over to the next outlet.

/// Abbreviations that stand before a name or a number and so never end a sentence
/// (`Sen. Warren`, `No. 5`, `p. 55`). Lower case, without the final period.
const PREPOSITIVE: &[&str] = &[
    "adm", "approx", "art", "atty", "brig", "capt", "cf", "cmdr", "col", "comdr", "cpl", "dr",
    "drs", "e.g", "fig", "figs", "fr", "ft", "gen", "gov", "hon", "i.e", "insp", "lt", "maj",
    "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "n°", "no", "nos", "p", "pp",
    "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st", "supt",
    "v", "vol", "vols", "vs",
];

/// Abbreviations that often end a sentence as well as stand inside one (`Inc.`, `etc.`).
const POSTPOSITIVE: &[&str] = &[
    "bros", "co", "corp", "dept", "esq", "est", "etc", "inc", "jr", "llc", "llp", "ltd",
    "plc", "univ",
    // US states in the AP style of datelines (`SALEM, Ore. (AP) —`).
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Words that open English sentences far more often than they continue a name, used
/// where a period may or may not end a sentence (`in L.A. We`, `and Co. It`).
const STARTERS: &[&str] = &[
    "a", "after", "all", "also", "although", "an", "and", "another", "as", "at", "because",
    "before", "both", "but", "during", "earlier", "even", "for", "he", "her", "here", "his",
    "how", "however", "i", "if", "in", "it", "its", "last", "later", "many", "meanwhile",
    "most", "my", "no", "not", "now", "on", "one", "or", "our", "she", "since", "so", "some",
    "still", "that", "the", "their", "then", "there", "these", "they", "this", "those",
    "though", "to", "today", "we", "what", "when", "where", "while", "who", "why", "yet",
    "yesterday", "you", "your",
];

/// Words that may surround a date in a dateline.
const DATELINE_WORDS: &[&str] = &[
    "a.m", "am", "at", "bst", "cet", "edt", "est", "et", "fri", "friday", "gmt", "last",
    "modified", "mon", "monday", "on", "p.m", "pdt", "pm", "posted", "pst", "pt", "published",
    "sat", "saturday", "sun", "sunday", "thu", "thursday", "tue", "tuesday", "updated", "utc",
    "wed", "wednesday",
];

/// Photo agencies, wire services and platforms that appear in credits. Lower case.
const AGENCIES: &[&str] = &[
    "abaca", "afp", "alamy", "ap", "backgrid", "bloomberg", "corbis", "epa", "facebook",
    "filmmagic", "flickr", "getty", "gettyimages", "handout", "images", "instagram",
    "invision", "istock", "mega", "nurphoto", "photo", "photos", "pool", "reuters", "rex",
    "shutterstock", "sipa", "splash", "tiktok", "twitter", "unsplash", "upi", "wenn",
    "wireimage", "youtube", "zuma",
];

/// Words that may join the names in a credit (`Ian Gavan/Getty Images for Gucci`).
const CREDIT_CONNECTORS: &[&str] = &[
    "&", "-", "–", "—", "and", "at", "da", "de", "del", "der", "di", "for", "la", "le", "of",
    "the", "van", "via", "von",
];

/// Words that may stay lower case in a title-case line.
const TITLE_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "the", "to", "up", "via", "vs", "with",
];

/// Whole lines of site chrome (navigation, share buttons, section labels), lower case,
/// compared after dropping punctuation.
const NAVIGATION: &[&str] = &[
    "advertisement", "comments", "continue reading", "email", "facebook", "load comments",
    "load more", "more stories", "most popular", "most read", "next", "next article",
    "next story", "previous", "previous article", "previous story", "print", "read more",
    "read next", "recommended", "related", "related articles", "related stories", "share",
    "share this", "share this article", "share this story", "show comments", "sign up",
    "sponsored", "sponsored content", "subscribe", "top stories", "trending", "tweet",
    "twitter", "up next", "view comments", "watch", "you may also like",
];

/// Last words of a short label over embedded media (`Site Video`).
const MEDIA_LABELS: &[&str] = &[
    "gallery", "livestream", "photos", "playlist", "podcast", "slideshow", "video", "videos",
];

/// Nouns of a journalist's trade, for author bios.
const TRADE_NOUNS: &[&str] = &[
    "anchor", "author", "blogger", "columnist", "contributor", "correspondent", "critic",
    "editor", "host", "intern", "journalist", "photographer", "producer", "reporter",
    "writer",
];

fn has(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` (without its final period) is an abbreviation that stands before a
/// name or number.
pub(super) fn is_prepositive(word: &str) -> bool {
    has(PREPOSITIVE, word)
}

/// Whether `word` is an abbreviation that can end a sentence.
pub(super) fn is_postpositive(word: &str) -> bool {
    has(POSTPOSITIVE, word)
}

/// Whether `word` is an abbreviated month: before a number it never ends a sentence
/// (`Jun. 1`).
pub(super) fn is_month_abbreviation(word: &str) -> bool {
    contract::lexicon::is_month_abbreviation(word)
}

/// Whether `word` usually opens a sentence. Contractions count by their first part.
pub(super) fn is_starter(word: &str) -> bool {
    let head = word.split(['\'', '’']).next().unwrap_or(word);
    has(STARTERS, head)
}

/// Whether `word` is a verb that, after a quote, marks its attribution.
pub(super) fn is_attribution_verb(word: &str) -> bool {
    contract::lexicon::is_speech_verb(word, contract::lexicon::VerbUse::Attribution)
}

/// Whether `word` names a month, in full or abbreviated.
pub(super) fn is_month(word: &str) -> bool {
    contract::lexicon::is_month(word)
}

/// Whether `word` may surround a date in a dateline.
pub(super) fn is_dateline_word(word: &str) -> bool {
    has(DATELINE_WORDS, word)
}

/// Whether `word` names an agency or platform that appears in credits.
pub(super) fn is_agency(word: &str) -> bool {
    has(AGENCIES, word) || word.get(..5).is_some_and(|head| head.eq_ignore_ascii_case("getty"))
}

/// Whether `word` may join names in a credit.
pub(super) fn is_credit_connector(word: &str) -> bool {
    has(CREDIT_CONNECTORS, word)
}

/// Whether `word` may stay lower case in a title.
pub(super) fn is_title_function_word(word: &str) -> bool {
    has(TITLE_FUNCTION_WORDS, word)
}

/// Whether the whole line (lower case, words joined by one space) is navigation.
pub(super) fn is_navigation(line: &str) -> bool {
    has(NAVIGATION, line)
}

/// Whether `word` labels embedded media.
pub(super) fn is_media_label(word: &str) -> bool {
    has(MEDIA_LABELS, word)
}

/// Whether `word` is a journalist's trade.
pub(super) fn is_trade_noun(word: &str) -> bool {
    has(TRADE_NOUNS, word)
}

/// Whether `word` is a common given name.
pub(super) fn is_given_name(word: &str) -> bool {
    contract::lexicon::is_given_name(word)
}
