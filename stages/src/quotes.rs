//! The `quotes` stage: direct quotes in quote marks, their speaker and cue.

use crate::contract::{Cue, Quote, Quotes, Segments, Speakers};
use crate::ids::IdMaker;
use crate::span::Span;
use crate::text::{is_closing_mark, is_double_mark, is_opening_mark};

/// Verbs that attribute speech.
const VERBS: &[&str] = &[
    "said", "says", "explained", "continued", "added", "told", "wrote", "shared", "revealed",
    "tweeted", "replied", "concluded", "saying",
];

/// Finds the direct quotes in `text` and attributes each to a speaker where a cue names one.
pub fn quotes(text: &str, segments: &Segments, speakers: &Speakers) -> Quotes {
    let mut ids = IdMaker::new();
    let mut quotes = Vec::new();
    for par in segments.paragraphs.iter().filter(|p| p.kind.is_prose()) {
        let Some(body) = par.span.slice(text) else { continue };
        let marks: Vec<(usize, char)> = body
            .char_indices()
            .filter(|&(i, c)| is_double_mark(c) && !segments.is_damaged(par.span.start() + i))
            .collect();
        let mut k = 0;
        while k + 1 < marks.len() {
            let (open, oc) = marks[k];
            let (close, cc) = marks[k + 1];
            // a curly closing mark cannot open a quote: skip it and re-pair
            if is_closing_mark(oc) || is_opening_mark(cc) {
                k += 1;
                continue;
            }
            let start = open + oc.len_utf8();
            let inner = &body[start..close];
            if inner.trim().is_empty() || inner.split_whitespace().count() < 3 {
                k += 2;
                continue;
            }
            let span = Span::new(par.span.start() + start, par.span.start() + close).expect("ordered");
            let cue = find_cue(body, open, close + cc.len_utf8()).map(|(s, e)| {
                let span = Span::new(par.span.start() + s, par.span.start() + e).expect("ordered");
                Cue { span, text: text[span.start()..span.end()].to_string() }
            });
            let speaker = cue.as_ref().and_then(|c| speaker_in(speakers, c.span));
            quotes.push(Quote {
                id: ids.make("q", inner),
                span,
                text: inner.to_string(),
                speaker,
                rule: Some(if cue.is_some() { "adjacent-cue" } else { "no-cue" }.to_string()),
                confidence: Some(if cue.is_some() { 0.9 } else { 0.0 }),
                cue,
            });
            k += 2;
        }
    }
    Quotes { quotes }
}

/// A cue next to a quote: `, Name verb` after it, or `Name verb:` before it.
fn find_cue(body: &str, open: usize, close_end: usize) -> Option<(usize, usize)> {
    let after = &body[close_end..];
    let lead = after.len() - after.trim_start().len();
    let tail: Vec<&str> = after.trim_start().split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == ':').take(3).collect();
    if tail.len() >= 2 && VERBS.contains(&tail[1]) && tail[0].chars().next().is_some_and(char::is_uppercase) {
        let start = close_end + lead;
        return Some((start, start + tail[0].len() + 1 + tail[1].len()));
    }
    let before = body[..open].trim_end();
    let before = before.strip_suffix(':').or_else(|| before.strip_suffix(',')).unwrap_or(before).trim_end();
    let ws: Vec<&str> = before.rsplit(' ').take(2).collect();
    if ws.len() == 2 && VERBS.contains(&ws[0]) && ws[1].chars().next().is_some_and(char::is_uppercase) {
        let end = before.len();
        return Some((end - ws[0].len() - 1 - ws[1].len(), end));
    }
    None
}

/// The speaker with a mention inside `cue`.
fn speaker_in(speakers: &Speakers, cue: Span) -> Option<String> {
    speakers
        .speakers
        .iter()
        .find(|s| s.mentions.iter().any(|m| cue.contains(m.span)))
        .map(|s| s.id.clone())
}
