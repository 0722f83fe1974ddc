//! Validation of annotations against their seeds: the provenance check.
//!
//! Every span must lie inside its seed, on character boundaries, and slice exactly to
//! the `text` written beside it; ids must be unique; speaker ids must exist. The engine
//! runs this on every file a person edited and on everything a stage returns before it
//! is written (a failure there is a stage bug, reported instead of written). Problems are
//! collected, each pointed at the line that holds the offending value.

use crate::diag::{locate, Diagnostic, Kind};
use stages::contract::{Claims, Quotes, Segments, Speakers};
use stages::Span;
use std::collections::{HashMap, HashSet};

/// Collects the problems of one file.
pub struct Checker<'a> {
    path: &'a str,
    /// The file's text as written (or as it will be written), for line numbers.
    source: &'a str,
    kind: Kind,
    seen: HashMap<(&'static str, String), usize>,
    spans: Vec<(&'static str, Span)>,
    problems: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    /// A checker for the file `path` whose text is `source`. `kind` is what a problem
    /// counts as: `Invalid` for a person's file, `Bug` for a stage's fresh output.
    pub fn new(path: &'a str, source: &'a str, kind: Kind) -> Checker<'a> {
        Checker { path, source, kind, seen: HashMap::new(), spans: Vec::new(), problems: Vec::new() }
    }

    /// Whether the file being checked is a stage's fresh output (not a person's file).
    pub fn is_machine_output(&self) -> bool {
        self.kind == Kind::Bug
    }

    /// The problems found.
    pub fn finish(self) -> Vec<Diagnostic> {
        self.problems
    }

    fn nth(&mut self, key: &'static str, value: &str) -> usize {
        let n = self.seen.entry((key, value.to_string())).or_insert(0);
        *n += 1;
        *n - 1
    }

    fn report(&mut self, key: &'static str, value: &str, nth: usize, message: String, help: &str) {
        let mut d = Diagnostic::new(self.kind, self.path, message).help(help);
        if let Some((line, col)) = locate(self.source, key, value, nth) {
            d = d.at(self.source, line, col, value.chars().count());
        }
        self.problems.push(d);
    }

    /// How many spans equal to `span` were checked before under `key`: which of the
    /// file's lines holding it is this one. Spans are only recorded on the way (most files
    /// have no problem), and counted when one is found.
    fn nth_span(&mut self, key: &'static str, span: Span) -> usize {
        let nth = self.spans.iter().filter(|&&(k, s)| k == key && s == span).count();
        self.spans.push((key, span));
        nth
    }

    /// Checks that `span` fits `seed` and, when given, that `text` is exactly its bytes.
    pub fn span(&mut self, seed: &str, span: Span, text: Option<&str>) {
        let key = "span";
        let problem = match span.check(seed) {
            Err(e) => Some((format!("span {span} {e}"), "correct the span so it lies inside the seed on whole characters".to_string())),
            Ok(()) => match (text, span.slice(seed)) {
                (Some(text), Some(actual)) if actual != text => Some((
                    format!("span {span} does not match its text"),
                    format!("the seed has {} there; correct the span or the text", excerpt(actual)),
                )),
                _ => None,
            },
        };
        match problem {
            None => self.spans.push((key, span)),
            Some((message, help)) => {
                let nth = self.nth_span(key, span);
                self.report(key, &span.to_string(), nth, message, &help);
            }
        }
    }

    /// Checks a bare span (a list item such as a sentence) that must lie inside `outer`.
    pub fn inner_span(&mut self, seed: &str, span: Span, outer: Span) {
        let problem = match span.check(seed) {
            Err(e) => Some(format!("span {span} {e}")),
            Ok(()) if !outer.contains(span) => Some(format!("span {span} lies outside its paragraph {outer}")),
            Ok(()) => None,
        };
        let Some(message) = problem else {
            self.spans.push(("-", span));
            return;
        };
        let nth = self.nth_span("-", span);
        let shown = span.to_string();
        let mut d = Diagnostic::new(self.kind, self.path, message).help("correct the sentence span");
        if let Some((line, col)) = locate_item(self.source, &shown, nth) {
            d = d.at(self.source, line, col, shown.len());
        }
        self.problems.push(d);
    }

    /// Checks that ids are unique.
    pub fn unique_ids<'i>(&mut self, ids: impl IntoIterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let nth = self.nth("id", id);
            if !seen.insert(id) {
                self.report("id", id, nth, format!("id {id} is used twice"), "give each item its own id");
            }
        }
    }

    /// Reports a hand edit left unresolved (the item `id` of the file's `unresolved`
    /// list): a conflict for the person to settle, which does not stop the file from
    /// being used. `help` says how to settle it in this file.
    pub fn unresolved(&mut self, id: &str, reason: &str, help: &str) {
        let nth = self.nth("reason", reason);
        let mut d = Diagnostic::new(Kind::Conflict, self.path, format!("unresolved hand edit {id}: {reason}")).help(help);
        if let Some((line, col)) = locate(self.source, "reason", reason, nth) {
            d = d.at(self.source, line, col, reason.chars().count());
        }
        self.problems.push(d);
    }

    /// Reports a value that names something that does not exist.
    pub fn dangling(&mut self, key: &'static str, value: &str, message: String, help: &str) {
        let nth = self.nth(key, value);
        self.report(key, value, nth, message, help);
    }
}

/// Finds the `nth` list item `- value`: `(line, col)`, 1-based.
fn locate_item(source: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let rest = line.trim_start().strip_prefix("- ")?;
            (rest.trim().trim_matches(['"', '\'']) == value).then(|| (i + 1, line.find(rest).unwrap_or(0) + 1))
        })
        .nth(nth)
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 60;
    let mut short: String = text.chars().take(MAX).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    format!("{short:?}")
}

/// Checks `segments.yaml` against its seed.
pub fn segments(c: &mut Checker, seed: &str, segments: &Segments) {
    c.unique_ids(segments.paragraphs.iter().map(|p| p.id.as_str()));
    for p in &segments.paragraphs {
        c.span(seed, p.span, None);
        for &s in &p.sentences {
            c.inner_span(seed, s, p.span);
        }
    }
    for d in &segments.damage {
        c.span(seed, d.span, Some(&d.text));
    }
    // their spans are in the old seed: nothing to check them against, only to report
    for u in &segments.unresolved {
        c.unresolved(
            &u.paragraph.id,
            &u.reason,
            "give it a span and sentences that fit the seed and move it into `paragraphs`, or delete it from `unresolved`",
        );
    }
}

/// Checks `speakers.yaml` against its seed.
pub fn speakers(c: &mut Checker, seed: &str, speakers: &Speakers) {
    c.unique_ids(speakers.speakers.iter().map(|s| s.id.as_str()));
    for s in &speakers.speakers {
        for m in &s.mentions {
            c.span(seed, m.span, Some(&m.text));
        }
    }
    for u in &speakers.unresolved {
        c.unresolved(
            &u.speaker.id,
            &u.reason,
            "give the mention a span and text that match the seed and move it into that person's `mentions`, or delete it from `unresolved`",
        );
    }
}

/// Checks `quotes.yaml` against its seed and the document's speakers.
pub fn quotes(c: &mut Checker, seed: &str, quotes: &Quotes, speakers: &Speakers) {
    c.unique_ids(quotes.quotes.iter().map(|q| q.id.as_str()));
    let known: HashSet<&str> = speakers.speakers.iter().map(|s| s.id.as_str()).collect();
    for q in &quotes.quotes {
        c.span(seed, q.span, Some(&q.text));
        if let Some(cue) = &q.cue {
            c.span(seed, cue.span, Some(&cue.text));
        }
        if let Some(id) = q.speaker.as_deref().filter(|id| !known.contains(id)) {
            c.dangling(
                "speaker",
                id,
                format!("speaker {id} is not in speakers.yaml"),
                "use an id from speakers.yaml, add the person there, or write `speaker: null`",
            );
        }
    }
    for n in &quotes.not_quotes {
        c.span(seed, n.span, Some(&n.text));
    }
    // their spans are in the old seed: nothing to check them against, only to report
    for u in &quotes.unresolved {
        c.unresolved(&u.quote.id, &u.reason, "give it a span and text that match the seed and move it into `quotes`, or delete it from `unresolved`");
    }
}

/// What `claims.yaml` is checked against: a document's seed and its quote ids.
pub struct ClaimDoc<'a> {
    /// The seed text.
    pub text: &'a str,
    /// The ids in its `quotes.yaml`, when they are to be checked.
    pub quote_ids: Option<HashSet<&'a str>>,
}

/// Checks `claims.yaml` against the corpus.
pub fn claims(c: &mut Checker, claims: &Claims, docs: &HashMap<&str, ClaimDoc>) {
    c.unique_ids(claims.claims.iter().map(|k| k.id.as_str()));
    for claim in &claims.claims {
        for m in &claim.members {
            let Some(doc) = docs.get(m.doc.as_str()) else {
                c.dangling("doc", &m.doc, format!("document {} is not in the corpus", m.doc), "name a seed's file name without .txt");
                continue;
            };
            c.span(doc.text, m.span, Some(&m.text));
            if let Some(q) = m.quote.as_deref().filter(|q| doc.quote_ids.as_ref().is_some_and(|ids| !ids.contains(q))) {
                c.dangling("quote", q, format!("quote {q} is not in {}/quotes.yaml", m.doc), "use a quote id from that document");
            }
        }
    }
    for u in &claims.unresolved {
        c.unresolved(
            &u.claim.id,
            &u.reason,
            "give the member a span and text that match its document and move it into that claim's `members`, or delete it from `unresolved`",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::{Claim, ClaimKind, Matching, Member, Mention, MentionForm, Paragraph, ParagraphKind, Speaker};
    use stages::contract::{UnresolvedClaim, UnresolvedParagraph, UnresolvedSpeaker};

    const SEED: &str = "Kim Jones said West is busy.";

    /// The problems `check` finds in `value`, written as the tool writes it.
    fn problems<T: serde::Serialize>(value: &T, check: impl Fn(&mut Checker, &T)) -> Vec<Diagnostic> {
        let source = crate::yaml::to_string(value).unwrap();
        let mut c = Checker::new("f.yaml", &source, Kind::Invalid);
        check(&mut c, value);
        c.finish()
    }

    fn span(s: usize, e: usize) -> Span {
        Span::new(s, e).unwrap()
    }

    #[test]
    fn unresolved_edits_of_every_file_are_conflicts_at_their_reason() {
        let paragraph = Paragraph { id: "p-kim".into(), span: span(0, 28), kind: ParagraphKind::Body, rule: "prose".into(), sentences: vec![] };
        let segments = Segments {
            paragraphs: vec![paragraph.clone()],
            unresolved: vec![UnresolvedParagraph { reason: "orphaned: gone".into(), paragraph }],
            ..Segments::default()
        };
        let mention = Mention { span: span(0, 9), text: "Kim Jones".into(), form: MentionForm::Full };
        let speaker = Speaker { id: "kim-jones".into(), name: "Kim Jones".into(), mentions: vec![mention] };
        let speakers = Speakers { speakers: vec![], unresolved: vec![UnresolvedSpeaker { reason: "ambiguous: twice".into(), speaker }] };
        let member = Member { doc: "a".into(), span: span(15, 19), text: "West".into(), quote: None, speaker: None, matching: Matching::Identical, covers: None };
        let claim = Claim { id: "c-west".into(), text: "West".into(), kind: ClaimKind::Fact, disagreement: None, members: vec![member] };
        let claims_file = Claims { claims: vec![], unresolved: vec![UnresolvedClaim { reason: "orphaned: no doc".into(), claim }] };

        let found = [
            problems(&segments, |c, v| super::segments(c, SEED, v)),
            problems(&speakers, |c, v| super::speakers(c, SEED, v)),
            problems(&claims_file, |c, v| super::claims(c, v, &HashMap::new())),
        ];
        let shown: Vec<_> =
            found.iter().flatten().map(|d| (d.kind, d.at, d.message.as_str(), d.help.as_deref())).collect();
        assert_eq!(
            shown,
            [
                (
                    Kind::Conflict,
                    Some((9, 14)),
                    "unresolved hand edit p-kim: orphaned: gone",
                    Some("give it a span and sentences that fit the seed and move it into `paragraphs`, or delete it from `unresolved`"),
                ),
                (
                    Kind::Conflict,
                    Some((3, 14)),
                    "unresolved hand edit kim-jones: ambiguous: twice",
                    Some("give the mention a span and text that match the seed and move it into that person's `mentions`, or delete it from `unresolved`"),
                ),
                (
                    Kind::Conflict,
                    Some((3, 14)),
                    "unresolved hand edit c-west: orphaned: no doc",
                    Some("give the member a span and text that match its document and move it into that claim's `members`, or delete it from `unresolved`"),
                ),
            ]
        );
    }
}
