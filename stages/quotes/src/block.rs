//! Block quotes: a paragraph set off as someone's words with no quote marks.
//!
//! A web page shows a letter, a post or a passage of a speech as an indented block, and
//! the plain text keeps the words but not the indent: `Hewitt writes:` or `Read the full
//! rant via Gawker:` ends one paragraph, and the next is the text itself, unmarked. Such
//! a paragraph is read as one quote when the paragraph before ends in a colon that
//! announces words:
//!
//! - a verb of speech or writing ends that sentence, or is followed only by where or to
//!   whom it was said or by the text it names (`he said:`, `Hewitt writes:`, `observing of
//!   Trump:`, `wrote in a statement:`, `told reporters:`, `posted this message:`); a verb
//!   with another object announces evidence, not words (`CNN noted the sparse
//!   attendance:` comes before a picture the plain text lost);
//! - or the sentence tells the reader to read a text (`Read the full rant via Gawker:`,
//!   `Read his statement below:`).
//!
//! Never after a call to watch, listen or look, nor a verb followed by a video, a photo
//! or another medium: the plain text lost what it announced, and the next paragraph is
//! the writer's again. The block itself is one body paragraph with no double quote mark
//! (a paragraph that has them is read by its marks; one that quotes inside it is more
//! likely the writer's), opening with a capital letter and ending a sentence. Only that
//! one paragraph: where a longer block ends, the plain text does not say.

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
        let Some(body) = block.span.slice(text) else { continue };
        if !is_block(body) {
            continue;
        }
        let last = intro.sentences.last().copied().unwrap_or(intro.span);
        if !last.slice(text).is_some_and(|s| s.trim_end().ends_with(':')) || !announces(text, last.start(), last.end()) {
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

/// Whether the sentence `text[lo..hi]`, ending in a colon, announces someone's words.
fn announces(text: &str, lo: usize, hi: usize) -> bool {
    let ts = cues::toks(text, lo, hi);
    let Some(first) = ts.first() else { return false };
    if first.in_list(LOOK) {
        return false;
    }
    if first.is_word("read") {
        let rest = &ts[1..];
        return rest.iter().any(|t| t.in_list(DOCUMENT_NOUNS) || t.in_list(TEXTS)) && !rest.iter().any(|t| t.in_list(MEDIA));
    }
    // the last verb of speech or writing, used as a verb (`his remarks` is a noun)
    let Some(v) = (0..ts.len()).rev().find(|&k| cues::is_verb(ts[k].text, false) && !(k > 0 && ts[k - 1].in_list(&["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these"]))) else {
        return false;
    };
    let rest = &ts[v + 1..];
    if rest.iter().any(|t| t.in_list(MEDIA)) {
        return false;
    }
    match rest.first() {
        None => true,
        // where or when it was said: `in a statement`, `on Facebook`, `of Trump`
        Some(t) if t.in_list(PREPOSITIONS) => true,
        // to whom: `told reporters`
        Some(_) if ts[v].in_list(&["told", "tells", "telling"]) => true,
        // the text it names: `posted this message`, `issued the following statement`
        Some(_) => {
            let head = rest.iter().position(|t| !t.in_list(BEFORE_TEXT));
            head.is_some_and(|h| (rest[h].in_list(DOCUMENT_NOUNS) || rest[h].in_list(TEXTS)) && rest[h + 1..].first().is_none_or(|t| t.in_list(PREPOSITIONS)))
        }
    }
}
