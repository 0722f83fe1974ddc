//! The `segment` stage: paragraphs with their kinds, and sentences.
//!
//! Every non-blank line is a paragraph: plain-text news keeps one paragraph a line, and a
//! caption and its credit often sit on adjacent lines with no blank line between. The
//! span leaves out indentation and trailing white space (and a CR before LF).

use crate::contract::{Paragraph, ParagraphKind, Segments};
use crate::ids::IdMaker;
use crate::span::Span;

/// Segments `text` into paragraphs and sentences.
pub fn segment(text: &str) -> Segments {
    let mut ids = IdMaker::new();
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|line| {
            let at = offset;
            offset += line.len();
            (at, line)
        })
        .collect();
    for (index, &(at, line)) in lines.iter().enumerate() {
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        let span = Span::new(at + lead, at + lead + body.len()).expect("trimmed line is ordered");
        let first = paragraphs.is_empty();
        let (kind, rule) = classify(body, first, index, &lines);
        let sentences = if matches!(kind, ParagraphKind::Body | ParagraphKind::Headline | ParagraphKind::Caption) {
            sentences(body, span.start())
        } else {
            Vec::new()
        };
        paragraphs.push(Paragraph { id: ids.make("p", body), span, kind, rule: rule.to_string(), sentences });
    }
    Segments { paragraphs, damage: Vec::new() }
}

fn classify(line: &str, first: bool, _index: usize, _lines: &[(usize, &str)]) -> (ParagraphKind, &'static str) {
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', ':']);
    let words = line.split_whitespace().count();
    if line.contains("Getty") || line.starts_with("Source:") || line.contains(" | ") {
        return (ParagraphKind::Credit, "credit-agency");
    }
    if first && !ends_sentence {
        return (ParagraphKind::Headline, "first-line-title");
    }
    if !ends_sentence && words <= 8 {
        return (ParagraphKind::Heading, "short-line-without-final-punctuation");
    }
    (ParagraphKind::Body, "prose")
}

/// Sentence spans inside a paragraph that starts at `base`.
fn sentences(par: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = par.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // closing marks belong to the sentence they end
            while let Some(c) = par[end..].chars().next() {
                if matches!(c, '"' | '”' | '’' | ')' | '.') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let next = par[end..].chars().next();
            let after = par[end..].trim_start().chars().next();
            if next.is_some_and(char::is_whitespace) && after.is_some_and(|c| c.is_uppercase() || c == '"' || c == '“') {
                out.push(Span::new(base + start, base + end).expect("ordered"));
                start = end + (par[end..].len() - par[end..].trim_start().len());
            }
            i = end;
        } else {
            i += 1;
        }
    }
    if start < par.len() {
        out.push(Span::new(base + start, base + par.len()).expect("ordered"));
    }
    out
}
