//! Validation of annotations against their seeds: the provenance check.
//!
//! Every span must lie inside its seed, on character boundaries, and slice exactly to
//! the `text` written beside it; ids must be unique; speaker ids must exist. The engine
//! runs this on every file a person edited and on everything a stage returns before it
//! is written (a failure there is a stage bug, reported instead of written). Problems are
//! collected, each pointed at the offending value by its path in the file
//! (`quotes[3].speaker`): the file is read into a tree of located nodes
//! ([`crate::yaml_pos`]) when the first problem is found, never when there is none.

use crate::diag::{self, Diagnostic, Kind, Lines};
use crate::yaml_pos::{Seg, Tree};
use stages::contract::{Attribution, Claims, QuoteKind, Quotes, Segments, Speakers};
use stages::Span;
use std::collections::{HashMap, HashSet};

use Seg::{Index as I, Key as K};

/// Collects the problems of one file.
pub struct Checker<'a> {
    path: &'a str,
    /// The file's text as written (or as it will be written), for line numbers.
    source: &'a str,
    kind: Kind,
    /// The file as a tree of located nodes, and its lines: read at the first problem.
    located: Option<(Option<Tree>, Lines<'a>)>,
    problems: Vec<Diagnostic>,
    /// Problems past the first [`diag::MAX_PER_FILE`], counted but not located.
    hidden: usize,
    /// Whether every hidden problem is an unresolved hand edit.
    hidden_conflicts_only: bool,
}

impl<'a> Checker<'a> {
    /// A checker for the file `path` whose text is `source`. `kind` is what a problem
    /// counts as: `Invalid` for a person's file, `Bug` for a stage's fresh output.
    pub fn new(path: &'a str, source: &'a str, kind: Kind) -> Checker<'a> {
        Checker { path, source, kind, located: None, problems: Vec::new(), hidden: 0, hidden_conflicts_only: true }
    }

    /// What a problem found counts as (`Invalid` in a person's file, `Bug` in output).
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The file being checked, as the tool prints paths.
    pub fn path(&self) -> &str {
        self.path
    }

    /// Whether the file being checked is a stage's fresh output (not a person's file).
    pub fn is_machine_output(&self) -> bool {
        self.kind == Kind::Bug
    }

    /// The problems found, in file order: the first [`diag::MAX_PER_FILE`] found, and a
    /// note counting the rest.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        self.problems.sort_by_key(|d| d.span.map_or(usize::MAX, |(start, _)| start));
        if self.hidden > 0 {
            let kind = if self.hidden_conflicts_only { Kind::Conflict } else { self.kind };
            self.problems.push(diag::more(kind, self.path, self.hidden));
        }
        self.problems
    }

    /// Reports a problem of kind `kind` with the value at `at` (a path in the file:
    /// `[Key("quotes"), Index(3), Key("span")]`), pointing at it, or at the deepest node
    /// on the way when the file does not hold it (an id the tool derived).
    pub fn report_at(&mut self, kind: Kind, at: &[Seg], message: String, help: impl Into<String>) {
        if self.problems.len() >= diag::MAX_PER_FILE {
            self.hidden += 1;
            self.hidden_conflicts_only &= kind == Kind::Conflict;
            return;
        }
        let d = Diagnostic::new(kind, self.path, message).help(help);
        let d = match self.node(at) {
            Some((start, end)) => {
                let (_, lines) = self.located.as_ref().expect("located by node()");
                d.at_span(lines, start, end)
            }
            None => d,
        };
        self.problems.push(d);
    }

    /// The bytes of the node at `at` (or of the deepest node on the way to it).
    fn node(&mut self, at: &[Seg]) -> Option<(usize, usize)> {
        let source = self.source;
        let (tree, _) = self.located.get_or_insert_with(|| (Tree::parse(source, 0).ok(), Lines::new(source)));
        let (id, _) = tree.as_ref()?.find(at)?;
        let node = tree.as_ref()?.node(id);
        Some((node.start, node.end))
    }

    /// The line of the node at `at`, when the file holds it.
    fn line_of(&mut self, at: &[Seg]) -> Option<usize> {
        let (start, _) = self.node(at)?;
        let (_, lines) = self.located.as_ref()?;
        Some(lines.position(start).0)
    }

    /// Checks that `span` (at `at` in the file) fits `seed` and, when given, that `text`
    /// is exactly its bytes.
    pub fn span(&mut self, at: &[Seg], seed: &str, span: Span, text: Option<&str>) {
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
        if let Some((message, help)) = problem {
            self.report_at(self.kind, at, message, help);
        }
    }

    /// Checks a bare span (a list item such as a sentence, at `at`) that must lie inside
    /// `outer`.
    pub fn inner_span(&mut self, at: &[Seg], seed: &str, span: Span, outer: Span) {
        self.inside(at, seed, span, (outer, "its paragraph"), "correct the sentence span");
    }

    /// Checks a bare span that must lie inside `outer` (named by `what`), and after the
    /// one before it in its list (`previous`): the ranges inside a quote.
    fn inside(&mut self, at: &[Seg], seed: &str, span: Span, (outer, what): (Span, &str), help: &str) {
        let message = match span.check(seed) {
            Err(e) => format!("span {span} {e}"),
            Ok(()) if !outer.contains(span) => format!("span {span} lies outside {what} {outer}"),
            Ok(()) => return,
        };
        self.report_at(self.kind, at, message, help);
    }

    /// Checks a list of ranges inside `outer` (a quote's `quoted` or `parts`): each in
    /// the seed and inside `outer`, in order, none overlapping the one before.
    pub fn ranges_inside(&mut self, at: &[Seg], seed: &str, ranges: &[Span], outer: Span) {
        let mut previous: Option<Span> = None;
        for (k, &r) in ranges.iter().enumerate() {
            let mut here = at.to_vec();
            here.push(I(k));
            self.inside(&here, seed, r, (outer, "its item's span"), "correct the range so it lies inside the item's `span`, or remove it");
            if let Some(p) = previous.filter(|p| r.start() < p.end()) {
                self.report_at(self.kind, &here, format!("range {r} does not come after the range {p} before it"), "list the ranges in order, without overlaps");
            }
            previous = Some(r);
        }
    }

    /// Checks that the ids of the items of the list `list` are unique; a repeated id is
    /// reported where it is repeated.
    pub fn unique_ids<'i>(&mut self, list: &str, ids: impl IntoIterator<Item = &'i str>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.into_iter().enumerate() {
            let Some(&before) = first.get(id) else {
                first.insert(id, i);
                continue;
            };
            let where_first = match self.line_of(&[K(list), I(before), K("id")]) {
                Some(line) if self.problems.len() < diag::MAX_PER_FILE => format!(" (the first is on line {line})"),
                _ => String::new(),
            };
            self.report_at(self.kind, &[K(list), I(i), K("id")], format!("id {id} is used twice"), format!("give each item its own id{where_first}"));
        }
    }

    /// Reports a hand edit left unresolved (its `reason` at `at`): a conflict for the
    /// person to settle, which does not stop the file from being used. `help` says how
    /// to settle it in this file.
    pub fn unresolved(&mut self, at: &[Seg], id: &str, reason: &str, help: &str) {
        self.report_at(Kind::Conflict, at, format!("unresolved hand edit {id}: {reason}"), help);
    }

    /// Reports a value (at `at`) that names something that does not exist.
    pub fn dangling(&mut self, at: &[Seg], message: String, help: &str) {
        self.report_at(self.kind, at, message, help);
    }
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
    c.unique_ids("paragraphs", segments.paragraphs.iter().map(|p| p.id.as_str()));
    for (i, p) in segments.paragraphs.iter().enumerate() {
        c.span(&[K("paragraphs"), I(i), K("span")], seed, p.span, None);
        for (j, &s) in p.sentences.iter().enumerate() {
            c.inner_span(&[K("paragraphs"), I(i), K("sentences"), I(j)], seed, s, p.span);
        }
    }
    for (i, d) in segments.damage.iter().enumerate() {
        c.span(&[K("damage"), I(i), K("span")], seed, d.span, Some(&d.text));
    }
    // their spans are in the old seed: nothing to check them against, only to report
    for (i, u) in segments.unresolved.iter().enumerate() {
        c.unresolved(
            &[K("unresolved"), I(i), K("reason")],
            &u.paragraph.id,
            &u.reason,
            "give it a span and sentences that fit the seed and move it into `paragraphs`, or delete it from `unresolved`",
        );
    }
}

/// Checks `speakers.yaml` against its seed.
pub fn speakers(c: &mut Checker, seed: &str, speakers: &Speakers) {
    c.unique_ids("speakers", speakers.speakers.iter().map(|s| s.id.as_str()));
    for (i, s) in speakers.speakers.iter().enumerate() {
        for (j, m) in s.mentions.iter().enumerate() {
            c.span(&[K("speakers"), I(i), K("mentions"), I(j), K("span")], seed, m.span, Some(&m.text));
        }
    }
    for (i, u) in speakers.unresolved.iter().enumerate() {
        c.unresolved(
            &[K("unresolved"), I(i), K("reason")],
            &u.speaker.id,
            &u.reason,
            "give the mention a span and text that match the seed and move it into that person's `mentions`, or delete it from `unresolved`",
        );
    }
}

/// Checks `quotes.yaml` against its seed and the document's speakers.
pub fn quotes(c: &mut Checker, seed: &str, quotes: &Quotes, speakers: &Speakers) {
    c.unique_ids("quotes", quotes.quotes.iter().map(|q| q.id.as_str()));
    let known: HashSet<&str> = speakers.speakers.iter().map(|s| s.id.as_str()).collect();
    for (i, q) in quotes.quotes.iter().enumerate() {
        c.span(&[K("quotes"), I(i), K("span")], seed, q.span, Some(&q.text));
        if let Some(cue) = &q.cue {
            c.span(&[K("quotes"), I(i), K("cue"), K("span")], seed, cue.span, Some(&cue.text));
        }
        c.ranges_inside(&[K("quotes"), I(i), K("quoted")], seed, &q.quoted, q.span);
        c.ranges_inside(&[K("quotes"), I(i), K("parts")], seed, &q.parts, q.span);
        match (q.kind, q.quoted.is_empty()) {
            (QuoteKind::Mixed, true) => c.report_at(
                c.kind,
                &[K("quotes"), I(i), K("kind")],
                "a mixed item lists no quoted words".to_string(),
                "list the ranges of its words in quote marks under `quoted: [start..end]`, or make it `kind: indirect`",
            ),
            (QuoteKind::Direct | QuoteKind::Indirect, false) => c.report_at(
                c.kind,
                &[K("quotes"), I(i), K("quoted")],
                format!("{} item lists quoted words", if q.kind == QuoteKind::Direct { "a direct" } else { "an indirect" }),
                "make it `kind: mixed`, or remove `quoted`",
            ),
            _ => {}
        }
        match q.speaker.as_deref() {
            Some("") => c.dangling(
                &[K("quotes"), I(i), K("speaker")],
                "speaker is empty".to_string(),
                "write `speaker: null` when the text does not say who spoke, or use an id from speakers.yaml",
            ),
            Some(id) if !known.contains(id) => c.dangling(
                &[K("quotes"), I(i), K("speaker")],
                format!("speaker {id} is not in speakers.yaml"),
                "use an id from speakers.yaml, add the person there, or write `speaker: null`",
            ),
            _ => {}
        }
    }
    for (i, n) in quotes.not_quotes.iter().enumerate() {
        c.span(&[K("not_quotes"), I(i), K("span")], seed, n.span, Some(&n.text));
    }
    // their spans are in the old seed: nothing to check them against, only to report
    for (i, u) in quotes.unresolved.iter().enumerate() {
        c.unresolved(
            &[K("unresolved"), I(i), K("reason")],
            &u.quote.id,
            &u.reason,
            "give it a span and text that match the seed and move it into `quotes`, or delete it from `unresolved`",
        );
    }
}

/// What the claims are checked against: a document's seed and its quote ids.
pub struct ClaimDoc<'a> {
    /// The seed text.
    pub text: &'a str,
    /// The ids in its `quotes.yaml`, when they are to be checked.
    pub quote_ids: Option<HashSet<&'a str>>,
}

/// Checks claims (one shard's) against the corpus.
pub fn claims(c: &mut Checker, claims: &Claims, docs: &HashMap<&str, ClaimDoc>) {
    c.unique_ids("claims", claims.claims.iter().map(|k| k.id.as_str()));
    for (i, claim) in claims.claims.iter().enumerate() {
        let said = Attribution::of(&claim.members);
        if !said.matches(claim) {
            let field = if said.speakers != claim.speakers {
                "speakers"
            } else if said.unattributed != claim.unattributed {
                "unattributed"
            } else {
                "disagree"
            };
            c.report_at(
                c.kind,
                &[K("claims"), I(i), K(field)],
                format!("claim {}: `{field}` does not follow from its members' speakers", claim.id),
                format!(
                    "correct a member's `speaker` instead; the members say speakers: {}, unattributed: [{}], disagree: {}",
                    if said.speakers.is_empty() { "{}".to_string() } else { crate::output::who_says(&said.speakers) },
                    said.unattributed.join(", "),
                    said.disagree
                ),
            );
        }
        for (j, m) in claim.members.iter().enumerate() {
            let at = |field| [K("claims"), I(i), K("members"), I(j), K(field)];
            let Some(doc) = docs.get(m.doc.as_str()) else {
                c.dangling(&at("doc"), format!("document {} is not in the corpus", m.doc), "name a seed's file name without .txt");
                continue;
            };
            c.span(&at("span"), doc.text, m.span, Some(&m.text));
            if let Some(q) = m.quote.as_deref().filter(|q| doc.quote_ids.as_ref().is_some_and(|ids| !ids.contains(q))) {
                c.dangling(&at("quote"), format!("quote {q} is not in {}/quotes.yaml", m.doc), "use a quote id from that document");
            }
        }
    }
    for (i, u) in claims.unresolved.iter().enumerate() {
        c.unresolved(
            &[K("unresolved"), I(i), K("reason")],
            &u.claim.id,
            &u.reason,
            "give the member a span and text that match its document and move it into that claim's `members`, or delete it from `unresolved`",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stages::contract::{Claim, ClaimKind, Matching, Member, Mention, MentionForm, Paragraph, ParagraphKind, Quote, Speaker};
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
    fn quoted_words_outside_their_item_and_a_mixed_item_without_them_are_reported() {
        let seed = "Kim said the plan was “a gift” to all.";
        let at = |t: &str| seed.find(t).unwrap();
        let content = span(at("the plan"), at(" to all") + " to all".len());
        let item = |kind, quoted: Vec<Span>| Quote {
            id: "q-the-plan".into(),
            kind,
            span: content,
            text: content.slice(seed).unwrap().into(),
            speaker: None,
            cue: None,
            quoted,
            parts: vec![],
            rule: None,
            confidence: None,
        };
        let shown = |q: Quote| -> Vec<String> {
            let quotes = Quotes { quotes: vec![q], ..Quotes::default() };
            problems(&quotes, |c, v| super::quotes(c, seed, v, &Speakers::default())).iter().map(|d| d.message.clone()).collect()
        };
        let words = span(at("a gift"), at("a gift") + 6);
        assert!(shown(item(QuoteKind::Mixed, vec![words])).is_empty());
        assert_eq!(shown(item(QuoteKind::Mixed, vec![])), ["a mixed item lists no quoted words"]);
        assert_eq!(shown(item(QuoteKind::Indirect, vec![words])), ["an indirect item lists quoted words"]);
        assert_eq!(shown(item(QuoteKind::Mixed, vec![span(0, 3)])), [format!("span 0..3 lies outside its item's span {content}")]);
        assert_eq!(shown(item(QuoteKind::Mixed, vec![words, words])), [format!("range {words} does not come after the range {words} before it")]);
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
        let speaker = Speaker { id: "kim-jones".into(), name: "Kim Jones".into(), kind: Default::default(), mentions: vec![mention] };
        let speakers = Speakers { speakers: vec![], unresolved: vec![UnresolvedSpeaker { reason: "ambiguous: twice".into(), speaker }] };
        let member = Member { doc: "a".into(), span: span(15, 19), text: "West".into(), quote: None, speaker: None, matching: Matching::Identical, covers: None, why: None };
        let claim = Claim { id: "c-west".into(), text: "West".into(), kind: ClaimKind::Fact, story: None, members: vec![member], ..Claim::default() };
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
                    Some((9, 13)),
                    "unresolved hand edit p-kim: orphaned: gone",
                    Some("give it a span and sentences that fit the seed and move it into `paragraphs`, or delete it from `unresolved`"),
                ),
                (
                    Kind::Conflict,
                    Some((3, 13)),
                    "unresolved hand edit kim-jones: ambiguous: twice",
                    Some("give the mention a span and text that match the seed and move it into that person's `mentions`, or delete it from `unresolved`"),
                ),
                (
                    Kind::Conflict,
                    Some((3, 13)),
                    "unresolved hand edit c-west: orphaned: no doc",
                    Some("give the member a span and text that match its document and move it into that claim's `members`, or delete it from `unresolved`"),
                ),
            ]
        );
    }

    #[test]
    fn a_hand_edited_speakers_map_that_its_members_do_not_say_is_reported() {
        let member = |doc: &str, speaker: &str| Member {
            doc: doc.into(),
            span: span(15, 19),
            text: "West".into(),
            quote: None,
            speaker: Some(speaker.into()),
            matching: Matching::Identical,
            covers: None,
            why: None,
        };
        let members = vec![member("a", "kim-jones"), member("b", "kanye-west")];
        let mut claim = Claim { id: "c-west".into(), text: "West".into(), members, ..Claim::default() };
        Attribution::of(&claim.members).apply(&mut claim);
        let docs: HashMap<&str, ClaimDoc> =
            ["a", "b"].into_iter().map(|d| (d, ClaimDoc { text: SEED, quote_ids: None })).collect();
        let right = Claims { claims: vec![claim.clone()], unresolved: vec![] };
        assert_eq!(problems(&right, |c, v| super::claims(c, v, &docs)), vec![]);

        // the person says the outlets agree, but left the members' speakers as they were
        claim.disagree = false;
        let wrong = Claims { claims: vec![claim], unresolved: vec![] };
        let found = problems(&wrong, |c, v| super::claims(c, v, &docs));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "claim c-west: `disagree` does not follow from its members' speakers");
        assert_eq!(
            found[0].help.as_deref(),
            Some("correct a member's `speaker` instead; the members say speakers: kanye-west in b; kim-jones in a, unattributed: [], disagree: true")
        );
    }
}
