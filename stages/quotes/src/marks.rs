//! Finding quote marks and pairing them into quoted stretches.
//!
//! Only double marks delimit quotes: `"`, `“ ”`, `„`, `« »`, and `''` (two apostrophes, as
//! some newspapers' archives print them). Single marks are nested quotes or apostrophes
//! (`it’s`, `Jones'`), and telling those apart at the top level costs more precision than
//! it brings. A mark inside encoding damage is not a mark.
//!
//! The direction of a mark comes from its neighbours first (a mark after white space and
//! before a word opens), then from its shape (curly marks), then from the pairing state
//! (a straight mark closes an open quote). Pairing recovers locally from a bad mark and
//! keeps going: an opening mark inside an open quote closes it when the text before
//! ends a clause (a missing closing mark), and otherwise replaces the first opener (a
//! stray one); a closing mark with nothing open is dropped. A quote still open at the end
//! of a paragraph continues into the next prose paragraph when that one opens with a
//! mark (the convention for quotes running over paragraphs); otherwise it ends with its
//! paragraph.

use contract::{Paragraph, ParagraphKind, Segments};

/// Which way a mark faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    /// Absolute offset of the mark.
    at: usize,
    /// Its length in bytes.
    len: usize,
    dir: Dir,
    /// The mark's character (`"` stands for `''` too).
    c: char,
}

/// How a quoted stretch was delimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum How {
    /// An opening and a closing mark in one paragraph.
    Paired,
    /// Several paragraphs, each opened by a mark, the last one closed.
    MultiParagraph,
    /// The closing mark is missing before the next opening mark.
    MissingClose,
    /// The closing mark is missing before the end of the paragraph.
    Unclosed,
    /// No marks: a paragraph announced as someone's words (`block.rs`).
    Block,
}

impl How {
    pub(super) fn name(self) -> &'static str {
        match self {
            How::Paired => "paired-marks",
            How::MultiParagraph => "multi-paragraph",
            How::MissingClose => "missing-closing-mark",
            How::Unclosed => "unclosed-at-paragraph-end",
            How::Block => "block-quote",
        }
    }
}

/// A quoted stretch.
#[derive(Clone, Copy, Debug)]
pub(super) struct Stretch {
    /// Offset of the opening mark.
    pub open: usize,
    /// The words inside, trimmed of white space.
    pub start: usize,
    pub end: usize,
    /// Offset just past the closing mark (or where it should have been).
    pub close_end: usize,
    /// Index (among prose paragraphs) of the paragraph it opens in and ends in.
    pub first_par: usize,
    pub last_par: usize,
    pub how: How,
}

struct Open {
    at: usize,
    start: usize,
    par: usize,
    multi: bool,
    c: char,
}

/// Every quoted stretch of the prose paragraphs `pars`, in order.
pub(super) fn stretches(text: &str, pars: &[&Paragraph], segments: &Segments) -> Vec<Stretch> {
    let mut out = Vec::new();
    let mut carry: Option<(Open, usize)> = None;
    for (pi, par) in pars.iter().enumerate() {
        let marks = scan(text, par, segments);
        let mut k = 0;
        let mut open: Option<Open> = None;
        if let Some((c, prev_end)) = carry.take() {
            // a quote runs on only from a paragraph that ends a sentence; one that stops
            // mid-sentence lost its closing mark instead
            let ended = text.get(c.start..prev_end).is_some_and(|t| t.trim_end().ends_with(['.', '!', '?', '…', ':', ';', '—']));
            if ended && marks.first().is_some_and(|m| m.at == par.span.start() && m.dir != Dir::Close) {
                open = Some(Open { multi: true, ..c });
                k = 1;
            } else {
                unclosed(text, c, prev_end, pars[pi.saturating_sub(1)], pi.saturating_sub(1), &mut out);
            }
        }
        while let Some(&m) = marks.get(k) {
            k += 1;
            open = match (open.take(), m.dir) {
                (None, Dir::Close) => None,
                (None, _) => Some(Open { at: m.at, start: m.at + m.len, par: pi, multi: false, c: m.c }),
                (Some(o), Dir::Open) if !(o.c == '„' && m.c == '“') => {
                    let before = text.get(o.start..m.at).unwrap_or("").trim_end();
                    if before.ends_with(['.', ',', '!', '?', ';', ':', '—', '…']) {
                        push(text, &o, m.at, m.at, pi, How::MissingClose, &mut out);
                    }
                    Some(Open { at: m.at, start: m.at + m.len, par: pi, multi: false, c: m.c })
                }
                (Some(o), _) => {
                    let how = if o.multi { How::MultiParagraph } else { How::Paired };
                    push(text, &o, m.at, m.at + m.len, pi, how, &mut out);
                    None
                }
            };
        }
        carry = open.map(|o| (o, par.span.end()));
    }
    if let Some((c, end)) = carry {
        if let Some(&last) = pars.last() {
            unclosed(text, c, end, last, pars.len() - 1, &mut out);
        }
    }
    out
}

/// A quote left open at the end of its paragraph: kept when it reads as speech (four
/// words, or three after a mark that only opens at the end of a headline, which loses
/// its closing mark more often than it holds a stray one), dropped when it is most
/// likely a stray mark. Whether it is a title is judged after, as for any quote.
fn unclosed(text: &str, o: Open, end: usize, paragraph: &Paragraph, par: usize, out: &mut Vec<Stretch>) {
    let inner = text.get(o.start..end).unwrap_or("");
    let least = if paragraph.kind == ParagraphKind::Headline && contract::text::is_opening_mark(o.c) { 3 } else { 4 };
    if inner.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= least {
        let how = if o.multi { How::MultiParagraph } else { How::Unclosed };
        push(text, &o, end, end, par, how, out);
    }
}

fn push(text: &str, o: &Open, end: usize, close_end: usize, last_par: usize, how: How, out: &mut Vec<Stretch>) {
    let Some(inner) = text.get(o.start..end) else { return };
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = o.start + lead;
    out.push(Stretch { open: o.at, start, end: start + trimmed.len(), close_end, first_par: o.par, last_par, how });
}

/// Every double quote mark of `body`, in order: its offset, its length in bytes, its
/// character (`"` stands for `''` too), and the characters right before and after it.
/// A byte search for what can start a mark (`"`, `'`, and the lead bytes of `“ ” „`,
/// 0xE2, and of `« »`, 0xC2) finds them; characters are decoded only there.
fn marks_in(body: &str) -> impl Iterator<Item = (usize, usize, char, Option<char>, Option<char>)> + '_ {
    let bytes = body.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let at = i + bytes.get(i..)?.iter().position(|b| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2))?;
        let c = body[at..].chars().next()?;
        i = at + c.len_utf8();
        let (len, kind) = match c {
            '“' | '”' | '„' | '«' | '»' | '"' => (c.len_utf8(), c),
            '\'' if bytes.get(at + 1) == Some(&b'\'') => {
                i += 1;
                (2, '"')
            }
            _ => continue,
        };
        return Some((at, len, kind, body[..at].chars().next_back(), body[at + len..].chars().next()));
    })
}

/// The double quote marks of a paragraph, with their likely direction.
fn scan(text: &str, par: &Paragraph, segments: &Segments) -> Vec<Mark> {
    let Some(body) = par.span.slice(text) else { return Vec::new() };
    let base = par.span.start();
    let mut out = Vec::new();
    for (at, len, kind, before, next) in marks_in(body) {
        if segments.is_damaged(base + at) {
            continue;
        }
        let opens_here = before.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '„' | '«'));
        let closes_here = next.is_none_or(|n| {
            n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…' | '”' | '’' | '»' | '"')
        });
        let dir = match kind {
            // curly marks are trusted unless their neighbours plainly disagree
            '“' | '„' | '«' => {
                if closes_here && !opens_here {
                    Dir::Close
                } else {
                    Dir::Open
                }
            }
            '”' | '»' => {
                if opens_here && !closes_here {
                    Dir::Open
                } else {
                    Dir::Close
                }
            }
            _ => match (opens_here, closes_here) {
                (true, false) => Dir::Open,
                (false, true) => Dir::Close,
                _ => Dir::Either,
            },
        };
        out.push(Mark { at: base + at, len, dir, c: kind });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::marks_in;

    /// The byte search finds what a walk over every character finds (the reading it
    /// replaced), with the same neighbours, on every string of up to five characters
    /// drawn from marks, apostrophes, letters, spaces and other multi-byte characters.
    #[test]
    fn the_byte_search_finds_the_marks_a_character_walk_finds() {
        let walk = |body: &str| {
            let mut out = Vec::new();
            let mut prev = None;
            let mut chars = body.char_indices().peekable();
            while let Some((at, c)) = chars.next() {
                let (len, kind) = match c {
                    '“' | '”' | '„' | '«' | '»' | '"' => (c.len_utf8(), c),
                    '\'' if chars.peek().is_some_and(|x| x.1 == '\'') => {
                        chars.next();
                        (2, '"')
                    }
                    _ => {
                        prev = Some(c);
                        continue;
                    }
                };
                out.push((at, len, kind, prev.replace(c), chars.peek().map(|x| x.1)));
            }
            out
        };
        let alphabet = ['a', ' ', '"', '\'', '’', '“', '”', '„', '«', '»', '—', 'é'];
        for body in &crate::every_string(&alphabet, 5) {
            assert_eq!(marks_in(body).collect::<Vec<_>>(), walk(body), "{body:?}");
        }
    }
}
