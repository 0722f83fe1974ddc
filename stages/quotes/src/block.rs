//! Block quotes: a paragraph set off as someone's words with no quote marks.
//!
//! A web page shows a letter, a post or a passage of a speech as an indented block, and
//! the plain text keeps the words but not the indent: `Cole writes:` or `Read the full
//! essay via the Herald:` ends one paragraph, and the next is the text itself, unmarked. Such
//! a paragraph is read as one quote when the paragraph before ends in a colon that
//! announces words:
//!
//! - a verb of speech or writing ends that sentence, or is followed only by where it was
//!   said, by whom it was told (four words at most) or by the text it names (`he said:`,
//!   `Cole writes:`, `observing of Reyes:`, `wrote in a statement:`, `told reporters:`,
//!   `posted this message:`, `the letter reads:`); a verb with another object announces
//!   evidence, not words (`CNN noted the sparse attendance:` comes before a picture the
//!   plain text lost), and one followed by a comma, a question word, `that`, `and` or
//!   `about` announces a topic or another clause (`told the AP what happened next:`,
//!   `wrote about the verdict last week, and her take drew replies:`);
//! - or the sentence tells the reader to read a text (`Read the full essay via the Herald:`,
//!   `Read his statement below:`; not `Read more about the debate:`, nor `Also read:`).
//!
//! Never after a call to watch, listen or look, nor a verb followed by a video, a photo
//! or another medium: the plain text lost what it announced, and the next paragraph is
//! the writer's again. The block itself is one body paragraph with no double quote mark
//! (a paragraph that has them is read by its marks; one that quotes inside it is more
//! likely the writer's) and no attribution of its own (`Trooper Dan Moss said ...`: the
//! writer telling), opening with a capital letter and ending a sentence. Only that one
//! paragraph: where a longer block ends, the plain text does not say.

use super::cues::{self, DOCUMENT_NOUNS, PREPOSITIONS};
use super::marks::{How, Stretch};
use contract::{Paragraph, ParagraphKind};

/// Texts a reader can be told to read, besides [`DOCUMENT_NOUNS`].
const TEXTS: &[&str] = &[
    "rant", "remarks", "speech", "excerpt", "excerpts", "passage", "essay", "op-ed", "column",
    "announcement", "testimony", "comments", "response", "reply", "apology", "letters", "notes",
    "memos", "statements",
];

/// Media whose words the plain text does not hold.
const MEDIA: &[&str] = &[
    "video", "videos", "audio", "clip", "clips", "footage", "photo", "photos", "picture",
    "pictures", "image", "images", "chart", "charts", "graph", "graphic", "map", "maps",
    "slideshow", "gallery", "podcast", "livestream",
];

/// Imperatives that send the reader to something the plain text lost.
const LOOK: &[&str] = &["watch", "listen", "see", "look", "view", "check", "click", "follow", "hear"];

/// Words that may stand between a verb and the text it names (`posted this message:`).
const BEFORE_TEXT: &[&str] = &["the", "a", "an", "this", "his", "her", "their", "its", "following", "full", "new", "short", "long", "lengthy", "brief", "open", "written", "same"];

/// The unmarked block quotes of the prose paragraphs `pars`, in order.
pub(super) fn block_quotes(text: &str, pars: &[&Paragraph]) -> Vec<Stretch> {
    let mut out = Vec::new();
    for (i, w) in pars.windows(2).enumerate() {
        let (intro, block) = (w[0], w[1]);
        if intro.kind != ParagraphKind::Body || block.kind != ParagraphKind::Body {
            continue;
        }
        // the colon first: it rules out nearly every pair, and the other tests read words
        let last = intro.sentences.last().copied().unwrap_or(intro.span);
        if !last.slice(text).is_some_and(|s| s.trim_end().ends_with(':')) {
            continue;
        }
        let Some(body) = block.span.slice(text) else { continue };
        if !is_block(body) || attributes(text, block.span.start(), block.span.end()) || !announces(text, last.start(), last.end()) {
            continue;
        }
        let (start, end) = (block.span.start(), block.span.end());
        out.push(Stretch { open: start, start, end, close_end: end, first_par: i + 1, last_par: i + 1, how: How::Block });
    }
    out
}

/// Whether a paragraph can be a block quote: no double quote mark, a capital first
/// letter, a sentence's end last, four words at least.
fn is_block(body: &str) -> bool {
    let opens = body.chars().next().is_some_and(char::is_uppercase);
    let ends = body.trim_end_matches([')', '’', '\'']).ends_with(['.', '!', '?', '…']);
    opens && ends && !body.contains(['"', '“', '”', '„', '«', '»']) && body.split_whitespace().nth(3).is_some()
}

/// The verbs with which a writer attributes words (not `know`, `want`: a letter may say
/// `does not know Maria`).
const SAYS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "explained", "noted", "stated",
    "announced", "argued", "claimed", "insisted", "recalled", "reported", "tweeted", "posted", "asked", "replied",
];

/// Whether the paragraph `text[lo..hi]` attributes words itself: a verb of speech next
/// to a capitalised name inside its sentence (`Trooper Dan Moss said the bus slid`,
/// `said Moss`). Such a paragraph is the writer's telling, whatever the colon before it
/// announced.
fn attributes(text: &str, lo: usize, hi: usize) -> bool {
    let ts = cues::toks(text, lo, hi);
    // a capitalised word inside its sentence (a sentence's first word, `He thinks`, is
    // capitalised anyway)
    let named = |k: usize| {
        let opens = k == 0 || text.get(ts[k - 1].end..ts[k].start).is_some_and(|g| g.contains(['.', '!', '?']));
        ts[k].text.starts_with(char::is_uppercase) && !opens && !ts[k].is_word("i")
    };
    (0..ts.len()).any(|k| ts[k].in_list(SAYS) && !ts[k].text.starts_with(char::is_uppercase) && ((k > 0 && named(k - 1)) || (k + 1 < ts.len() && named(k + 1))))
}

/// Words that may stand between `Read` and the text it names (`Read the full essay`,
/// `Read his statement`); a possessive name may too (`Read Cole's column`).
const READ_BEFORE_TEXT: &[&str] = &["the", "his", "her", "their", "its", "our", "a", "an", "this", "that", "full", "entire", "complete", "whole", "unedited", "original"];

/// What may follow a verb of speech before the colon, besides a preposition's phrase:
/// nothing that opens another clause or asks (`told the AP what happened next`).
const NOT_AFTER_VERB: &[&str] = &["what", "how", "why", "when", "where", "who", "whom", "which", "that", "and", "but", "about", "if", "whether"];

/// Whether the sentence `text[lo..hi]`, ending in a colon, announces someone's words.
fn announces(text: &str, lo: usize, hi: usize) -> bool {
    let ts = cues::toks(text, lo, hi);
    let Some(first) = ts.first() else { return false };
    if first.in_list(LOOK) {
        return false;
    }
    let is_text = |t: &cues::Tok| t.in_list(DOCUMENT_NOUNS) || t.in_list(TEXTS);
    if first.is_word("read") {
        // `Read the full essay via the Herald`, not `Read more about the debate`
        let head = ts[1..].iter().position(|t| !(t.in_list(READ_BEFORE_TEXT) || t.possessive_form()));
        return head.is_some_and(|h| is_text(&ts[1 + h]) && !ts[1 + h..].iter().any(|t| t.in_list(MEDIA)));
    }
    // the last verb of speech or writing, used as a verb (`his remarks` is a noun); `read`
    // only after a text (`the letter reads:`, not `Also read:`)
    let Some(v) = (0..ts.len()).rev().find(|&k| {
        cues::is_verb(ts[k].text, false)
            && !(k > 0 && ts[k - 1].in_list(&["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these"]))
            && (!ts[k].in_list(&["read", "reads"]) || (k > 0 && is_text(&ts[k - 1])))
    }) else {
        return false;
    };
    let rest = &ts[v + 1..];
    if rest.iter().any(|t| t.in_list(MEDIA) || t.in_list(NOT_AFTER_VERB)) || text.get(ts[v].end..hi).is_some_and(|g| g.contains(',')) {
        return false;
    }
    match rest.first() {
        None => true,
        // where or when it was said: `in a statement`, `on Facebook`, `of Reyes`
        Some(t) if t.in_list(PREPOSITIONS) => true,
        // to whom: `told reporters`, `told The Associated Press`
        Some(_) if ts[v].in_list(&["told", "tells", "telling"]) => rest.len() <= 4,
        // the text it names: `posted this message`, `issued the following statement`
        Some(_) => {
            let head = rest.iter().position(|t| !t.in_list(BEFORE_TEXT));
            head.is_some_and(|h| is_text(&rest[h]) && rest[h + 1..].first().is_none_or(|t| t.in_list(PREPOSITIONS)))
        }
    }
}
