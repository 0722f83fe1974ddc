//! The `speakers` stage: the people in a document and every mention of them.
//!
//! A person is a run of two or three capitalised words in prose that is not a known
//! outlet, place or work; the run's words are the canonical name. Later bare uses of the
//! first name or surname are mentions of the same person.

use crate::contract::{Mention, MentionForm, Segments, Speaker, Speakers};
use crate::span::Span;

/// Words that start runs of capitalised words which are not people.
const NOT_PEOPLE: &[&str] = &[
    "The", "Vanity", "Getty", "Sunday", "Times", "Images", "White", "House", "United", "States",
    "America", "Vice", "President", "Sen", "Comment", "Policy", "Video", "Music", "Awards",
    "Axe", "Files", "Wall", "Street", "Journal", "Democratic", "Republican", "Hollywood",
    "Instagram", "Twitter", "Magazine", "People", "Next", "Article", "Load", "Comments", "Make",
    "Great", "Again", "Number", "One", "Bossip", "Forbes", "Vogue", "BuzzFeed", "Wyoming",
    "Longtime", "Not", "Soon", "Like", "However", "Political", "Back", "According", "Meanwhile",
];

/// Finds the people in `text` and their mentions, reading only prose paragraphs.
pub fn speakers(text: &str, segments: &Segments) -> Speakers {
    let mut people: Vec<(String, Vec<Mention>)> = Vec::new();
    let prose: Vec<Span> = segments.paragraphs.iter().filter(|p| p.kind.is_prose()).map(|p| p.span).collect();
    // full names first
    for &span in &prose {
        let par = span.slice(text).unwrap_or("");
        for (start, end) in name_runs(par) {
            let name = &par[start..end];
            if !people.iter().any(|(n, _)| n == name) {
                people.push((name.to_string(), Vec::new()));
            }
        }
    }
    // then every mention of each person
    for &span in &prose {
        let par = span.slice(text).unwrap_or("");
        for (start, end) in words(par) {
            let word = &par[start..end];
            for (name, mentions) in people.iter_mut() {
                let parts: Vec<&str> = name.split(' ').collect();
                let form = if par[start..].starts_with(name.as_str()) {
                    Some((MentionForm::Full, name.len()))
                } else if parts.len() > 1 && word == parts[parts.len() - 1] && !preceded_by_first(par, start, parts[0]) {
                    Some((MentionForm::Surname, word.len()))
                } else if parts.len() > 1 && word == parts[0] && !par[start..].starts_with(name.as_str()) {
                    Some((MentionForm::First, word.len()))
                } else {
                    None
                };
                if let Some((form, len)) = form {
                    let at = span.start() + start;
                    if let Some(s) = Span::new(at, at + len) {
                        mentions.push(Mention { span: s, text: text[at..at + len].to_string(), form });
                    }
                }
            }
        }
    }
    let speakers = people
        .into_iter()
        .filter(|(_, m)| !m.is_empty())
        .map(|(name, mut mentions)| {
            mentions.sort_by_key(|m| m.span);
            mentions.dedup_by_key(|m| m.span);
            Speaker { id: crate::ids::slug(&name, 8, 64), name, mentions }
        })
        .collect();
    Speakers { speakers }
}

fn preceded_by_first(par: &str, start: usize, first: &str) -> bool {
    par[..start].trim_end().ends_with(first)
}

/// Byte ranges of the words of `par`: letters, digits, apostrophes and hyphens.
fn words(par: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in par.char_indices() {
        let word_char = c.is_alphanumeric() || (start.is_some() && c == '-');
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, par.len()));
    }
    out
}

/// Runs of two or three capitalised words that look like a person's name.
fn name_runs(par: &str) -> Vec<(usize, usize)> {
    let ws = words(par);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        while j < ws.len() && is_name_word(&par[ws[j].0..ws[j].1]) && (j == i || par[ws[j - 1].1..ws[j].0] == *" ") {
            j += 1;
        }
        let n = j - i;
        if (2..=3).contains(&n) && !NOT_PEOPLE.contains(&&par[ws[i].0..ws[i].1]) && !NOT_PEOPLE.contains(&&par[ws[j - 1].0..ws[j - 1].1]) {
            out.push((ws[i].0, ws[j - 1].1));
        }
        i = j.max(i + 1);
    }
    out
}

fn is_name_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.clone().next().is_some() && cs.all(|c| c.is_lowercase())
}
