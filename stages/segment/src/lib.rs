//! The `segment` stage: paragraphs with their kinds, sentences, and encoding damage.
//!
//! Every non-blank line is a paragraph: plain-text news keeps one paragraph a line, and a
//! caption and its credit often sit on adjacent lines with no blank line between. A
//! paragraph's span leaves out indentation and trailing white space; line breaks are LF,
//! CRLF, a lone CR, or the Unicode line and paragraph separators.
//!
//! - [`kinds`](self) decides what each paragraph is (headline, heading, body, caption,
//!   credit, furniture, dateline, byline, embed) and names the rule that decided it.
//! - Sentences are split inside body, headline, caption and embed paragraphs, which are
//!   the ones later stages read as prose.
//! - Mojibake is recorded as [`Damage`](contract::Damage) with the repaired text
//!   as its suggestion; the text itself is never altered.

#![deny(missing_docs)]

mod kinds;
mod lexicon;
mod mojibake;
mod sentences;

use contract::{Paragraph, ParagraphKind, Segments};
use contract::ids::IdMaker;
use contract::span::Span;
use kinds::Block;

/// Segments `text` into paragraphs (each with a kind and its sentences) and finds the
/// stretches damaged by a wrong decoding.
pub fn segment(text: &str) -> Segments {
    let lines = lines(text);
    let blocks: Vec<Block<'_>> = lines.iter().map(|l| Block { text: l.text, joined: l.joined }).collect();
    let verdicts = kinds::classify(&blocks);
    let mut ids = IdMaker::new();
    let mut paragraphs = Vec::with_capacity(lines.len());
    for (line, (kind, rule)) in lines.iter().zip(verdicts) {
        let Ok(span) = Span::within(text, line.start, line.start + line.text.len()) else { continue };
        let sentences = if has_sentences(kind) {
            sentences::split(line.text)
                .into_iter()
                .filter_map(|(a, b)| Span::new(line.start + a, line.start + b))
                .collect()
        } else {
            Vec::new()
        };
        paragraphs.push(Paragraph { id: ids.make("p", line.text), span, kind, rule: rule.to_string(), sentences });
    }
    Segments { paragraphs, damage: mojibake::find(text), unresolved: Vec::new() }
}

/// The kinds whose sentences later stages read.
fn has_sentences(kind: ParagraphKind) -> bool {
    matches!(kind, ParagraphKind::Body | ParagraphKind::Headline | ParagraphKind::Caption | ParagraphKind::Embed)
}

/// A non-blank line, trimmed.
struct Line<'a> {
    start: usize,
    text: &'a str,
    /// Whether it directly follows the previous non-blank line, with no blank line.
    joined: bool,
}

/// White space, and the byte-order mark and zero-width space that some pages start with.
fn is_padding(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}')
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out: Vec<Line<'_>> = Vec::new();
    let mut pos = 0;
    let mut blank = false;
    loop {
        let rest = &text[pos..];
        let (len, brk) = line_break(rest);
        let line = &rest[..len];
        let trimmed = line.trim_start_matches(is_padding);
        let lead = line.len() - trimmed.len();
        let body = trimmed.trim_end_matches(is_padding);
        if body.is_empty() {
            blank = true;
        } else {
            out.push(Line { start: pos + lead, text: body, joined: !out.is_empty() && !blank });
            blank = false;
        }
        if brk == 0 {
            break;
        }
        pos += len + brk;
    }
    out
}

/// The length of the first line of `rest` and of the break after it (0 at the end).
fn line_break(rest: &str) -> (usize, usize) {
    let bytes = rest.as_bytes();
    // Scans bytes, not chars: every break starts with one of these bytes (U+0085 with
    // C2, U+2028 and U+2029 with E2), and a byte search is what keeps this fast.
    let mut from = 0;
    while let Some(k) = bytes[from..].iter().position(|&b| matches!(b, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2)) {
        let i = from + k;
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'\n' | 0x0B | 0x0C, _, _) => return (i, 1),
            (b'\r', Some(b'\n'), _) => return (i, 2),
            (b'\r', _, _) => return (i, 1),
            (0xC2, Some(0x85), _) => return (i, 2),
            (0xE2, Some(0x80), Some(0xA8 | 0xA9)) => return (i, 3),
            _ => from = i + 1,
        }
    }
    (rest.len(), 0)
}
