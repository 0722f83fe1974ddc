//! `brat`: standoff annotation files for brat and INCEpTION
//! (<https://brat.nlplab.org/standoff.html>), one `<doc>.ann` beside a byte-for-byte copy
//! of each seed as `<doc>.txt`, and the `annotation.conf` that declares the types.
//!
//! Offsets are code points, as brat counts them (Python string indexes). Per document:
//!
//! - a `Source` entity per speaker mention, with a note `speaker=<id>`;
//! - a `Content` entity per quote item, with a `Kind` attribute (`direct`, `mixed`,
//!   `indirect`) and a note `quote=<id>` (and `claim=<id>` when it is a claim member); a
//!   discontinuous content (`parts`) is one entity of several fragments
//!   (`start end;start end`);
//! - a `Cue` entity per distinct cue, and a `Quoted` entity per range of a mixed item's
//!   verbatim words (inside its `Content`);
//! - relations `Attribution` (Content → the Source of its speaker: the speaker's mention
//!   inside the cue, else the one nearest to the content) and `Cued_by` (Content → Cue).
//!   A speaker with no mention in the text is named by a `speaker=<id>` note on the
//!   Content instead.
//!
//! A line of the `.ann` holds one line of text, so a range that crosses a line break is
//! cut there into fragments (the line break left out); [`merge_line_breaks`] joins them
//! again on import.
//!
//! [`parse`] reads the standoff lines back (for `pipeline import brat`).

use super::{claim_of, Document, Offsets};
use crate::diag::{Diagnostic, Kind};
use crate::{file, paths};
use stages::contract::Claims;
use stages::Span;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The entity, relation and attribute types, for brat (INCEpTION maps them to its layers
/// on import). Overlaps of every kind are allowed: a mention can stand inside a content,
/// and a cue can cut into one.
pub const ANNOTATION_CONF: &str = "\
# The types of `pipeline export --format brat` (and of `pipeline import brat`).
[entities]
Source
Cue
Content
Quoted

[relations]
Attribution\tArg1:Content, Arg2:Source
Cued_by\tArg1:Content, Arg2:Cue
<OVERLAP>\tArg1:Source|Cue|Content|Quoted, Arg2:Source|Cue|Content|Quoted, <OVL-TYPE>:<ANY>

[events]

[attributes]
Kind\tArg:Content, Value:direct|mixed|indirect
";

/// Writes `annotation.conf` and, for each document, `<doc>.txt` and `<doc>.ann` into `dir`.
pub fn write(dir: &Path, docs: &[Document], claims: &Claims) -> Result<(), Diagnostic> {
    let fail = |path: &Path, e: std::io::Error| {
        Diagnostic::new(Kind::Io, paths::display(path), format!("cannot write the export: {e}")).help("check that the folder is writable")
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
    let mut files = vec![(dir.join("annotation.conf"), ANNOTATION_CONF.to_string())];
    for d in docs {
        files.push((dir.join(format!("{}.ann", d.name)), ann(d, claims)?));
    }
    for (path, text) in files {
        file::write_atomic(&path, text.as_bytes()).map_err(|e| fail(&path, e))?;
    }
    for d in docs {
        let path = dir.join(format!("{}.txt", d.name));
        file::write_atomic(&path, d.text.as_bytes()).map_err(|e| fail(&path, e))?;
    }
    Ok(())
}

/// The characters that end a line for brat or for a reader that splits lines as Python's
/// `str.splitlines` does: none may stand in a `.ann` line.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `ranges` cut at line breaks (left out), empty pieces dropped.
pub fn fragments(text: &str, ranges: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for r in ranges {
        let mut start = r.start();
        for (i, c) in text[r.start()..r.end()].char_indices() {
            if is_line_break(c) {
                let at = r.start() + i;
                if at > start {
                    out.extend(Span::new(start, at));
                }
                start = at + c.len_utf8();
            }
        }
        if r.end() > start {
            out.extend(Span::new(start, r.end()));
        }
    }
    out
}

/// Byte ranges in order, those separated only by line breaks joined (undoing
/// [`fragments`]).
pub fn merge_line_breaks(text: &str, mut ranges: Vec<Span>) -> Vec<Span> {
    ranges.sort();
    let mut out: Vec<Span> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if last.end() <= r.start() && text[last.end()..r.start()].chars().all(is_line_break) => {
                *last = Span::new(last.start(), r.end()).unwrap_or(*last);
            }
            _ => out.push(r),
        }
    }
    out
}

/// The `.ann` of one document.
pub fn ann(d: &Document, claims: &Claims) -> Result<String, Diagnostic> {
    let offsets = Offsets::new(&d.text);
    let claim_of = claim_of(claims);
    let mut out = String::new();
    let (mut t, mut r, mut a, mut n) = (0, 0, 0, 0);
    let mut entity = |out: &mut String, kind: &str, ranges: &[Span]| -> Result<String, Diagnostic> {
        t += 1;
        let pieces = fragments(&d.text, ranges);
        let mut at = Vec::new();
        for p in &pieces {
            let (s, e) = offsets.cp_span(*p, &d.shown)?;
            at.push(format!("{s} {e}"));
        }
        let text: Vec<&str> = pieces.iter().map(|p| &d.text[p.start()..p.end()]).collect();
        let _ = writeln!(out, "T{t}\t{kind} {}\t{}", at.join(";"), text.join(" "));
        Ok(format!("T{t}"))
    };
    let mut note = |out: &mut String, on: &str, text: &str| {
        n += 1;
        let _ = writeln!(out, "#{n}\tAnnotatorNotes {on}\t{text}");
    };
    // (speaker id) -> [(mention span, entity id)]
    let mut sources: BTreeMap<&str, Vec<(Span, String)>> = BTreeMap::new();
    for s in &d.speakers.speakers {
        for m in &s.mentions {
            let id = entity(&mut out, "Source", &[m.span])?;
            note(&mut out, &id, &format!("speaker={}", s.id));
            sources.entry(s.id.as_str()).or_default().push((m.span, id));
        }
    }
    let mut cues: BTreeMap<Span, String> = BTreeMap::new();
    for q in &d.quotes.quotes {
        let ranges = if q.parts.is_empty() { vec![q.span] } else { q.parts.clone() };
        let content = entity(&mut out, "Content", &ranges)?;
        a += 1;
        let _ = writeln!(out, "A{a}\tKind {content} {}", q.kind.name());
        let mut ids = format!("quote={}", q.id);
        if let Some(claim) = claim_of.get(&(d.name.as_str(), q.id.as_str())) {
            let _ = write!(ids, " claim={claim}");
        }
        if let Some(speaker) = &q.speaker {
            match sources.get(speaker.as_str()).and_then(|mentions| nearest(mentions, q.span, q.cue.as_ref().map(|c| c.span))) {
                Some(source) => {
                    r += 1;
                    let _ = writeln!(out, "R{r}\tAttribution Arg1:{content} Arg2:{source}");
                }
                None => {
                    let _ = write!(ids, " speaker={speaker}");
                }
            }
        }
        note(&mut out, &content, &ids);
        if let Some(cue) = &q.cue {
            let cue_id = match cues.get(&cue.span) {
                Some(id) => id.clone(),
                None => {
                    let id = entity(&mut out, "Cue", &[cue.span])?;
                    cues.insert(cue.span, id.clone());
                    id
                }
            };
            r += 1;
            let _ = writeln!(out, "R{r}\tCued_by Arg1:{content} Arg2:{cue_id}");
        }
        for w in &q.quoted {
            entity(&mut out, "Quoted", &[*w])?;
        }
    }
    Ok(out)
}

/// The mention to link a quote to: one inside its cue, else the nearest to its content
/// outside it (a mention inside the content, `he` in `he and West were never close`, is
/// rarely the one the attribution names), else the nearest inside; the earlier on a tie.
fn nearest(mentions: &[(Span, String)], content: Span, cue: Option<Span>) -> Option<String> {
    if let Some((_, id)) = cue.and_then(|cue| mentions.iter().find(|(m, _)| cue.contains(*m))) {
        return Some(id.clone());
    }
    let distance = |m: Span| {
        if m.end() <= content.start() {
            content.start() - m.end()
        } else if m.start() >= content.end() {
            m.start() - content.end()
        } else {
            0
        }
    };
    mentions.iter().min_by_key(|(m, _)| (content.overlaps(*m), distance(*m), m.start())).map(|(_, id)| id.clone())
}

/// One line of a `.ann` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// `T1<TAB>Type start end[;start end]*<TAB>text`: code-point ranges.
    Entity {
        /// Its id.
        id: String,
        /// Its type.
        kind: String,
        /// Its fragments, in code points.
        ranges: Vec<(usize, usize)>,
        /// The text the file gives (fragments joined by a space).
        text: String,
    },
    /// `R1<TAB>Type Arg1:T1 Arg2:T2`.
    Relation {
        /// Its id.
        id: String,
        /// Its type.
        kind: String,
        /// Arg1's entity.
        arg1: String,
        /// Arg2's entity.
        arg2: String,
    },
    /// `A1<TAB>Name T1 [value]` (or the older `M1`).
    Attribute {
        /// Its name.
        name: String,
        /// The entity it is on.
        target: String,
        /// Its value (none for a binary attribute).
        value: Option<String>,
    },
    /// `#1<TAB>AnnotatorNotes T1<TAB>text`.
    Note {
        /// The annotation it is on.
        target: String,
        /// What it says.
        text: String,
    },
}

/// The lines of a `.ann` file (`shown` names it in problems), each with its 1-based line
/// number; every line that does not follow the standoff format is a problem at its line.
/// Events (`E`), normalisations (`N`) and equivalences (`*`) are refused: the export
/// writes none, and they would have nowhere to go.
pub fn parse(text: &str, shown: &str) -> Result<Vec<(usize, Line)>, Vec<Diagnostic>> {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(parsed) => lines.push((i + 1, parsed)),
            Err((message, help)) => problems.push(at_line(shown, text, i + 1, message).help(help)),
        }
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems)
    }
}

/// A problem with line `line` of the `.ann` file `shown` (whose text is `text`).
pub fn at_line(shown: &str, text: &str, line: usize, message: impl Into<String>) -> Diagnostic {
    let width = text.split('\n').nth(line - 1).map_or(1, |l| l.trim_end_matches('\r').chars().count());
    Diagnostic::new(Kind::Invalid, shown, message).at(text, line, 1, width)
}

type LineError = (String, &'static str);

fn parse_line(line: &str) -> Result<Line, LineError> {
    const FORMAT: &str = "brat standoff lines are `T1<TAB>Type start end<TAB>text`, `R1<TAB>Type Arg1:T1 Arg2:T2`, `A1<TAB>Name T1 value` or `#1<TAB>AnnotatorNotes T1<TAB>text`";
    let mut fields = line.splitn(3, '\t');
    let id = fields.next().unwrap_or_default();
    let Some(middle) = fields.next() else {
        return Err((format!("no tab after the id {id:?}"), FORMAT));
    };
    let rest = fields.next();
    let words: Vec<&str> = middle.split(' ').filter(|w| !w.is_empty()).collect();
    match id.chars().next() {
        Some('T') => {
            let (Some(kind), Some(text)) = (words.first(), rest) else {
                return Err(("an entity needs a type, its offsets and its text".to_string(), FORMAT));
            };
            let offsets = middle[middle.find(kind).unwrap_or(0) + kind.len()..].trim();
            let mut ranges = Vec::new();
            for fragment in offsets.split(';') {
                let numbers: Vec<&str> = fragment.split_whitespace().collect();
                let parsed = match numbers.as_slice() {
                    [s, e] => s.parse::<usize>().ok().zip(e.parse::<usize>().ok()),
                    _ => None,
                };
                match parsed {
                    Some((s, e)) if s < e => ranges.push((s, e)),
                    Some((s, e)) => return Err((format!("fragment {s} {e} of {id} is empty or reversed"), "give the start before the end")),
                    None => return Err((format!("{id} has offsets {offsets:?}; expected `start end` or `start end;start end`"), FORMAT)),
                }
            }
            Ok(Line::Entity { id: id.to_string(), kind: kind.to_string(), ranges, text: text.to_string() })
        }
        Some('R') => {
            let (mut arg1, mut arg2) = (None, None);
            for w in words.iter().skip(1) {
                match w.split_once(':') {
                    Some(("Arg1", t)) => arg1 = Some(t.to_string()),
                    Some(("Arg2", t)) => arg2 = Some(t.to_string()),
                    _ => return Err((format!("relation {id} has an argument {w:?}; expected Arg1:T.. and Arg2:T.."), FORMAT)),
                }
            }
            match (words.first(), arg1, arg2) {
                (Some(kind), Some(arg1), Some(arg2)) => Ok(Line::Relation { id: id.to_string(), kind: kind.to_string(), arg1, arg2 }),
                _ => Err((format!("relation {id} needs a type, Arg1 and Arg2"), FORMAT)),
            }
        }
        Some('A' | 'M') => match words.as_slice() {
            [name, target] => Ok(Line::Attribute { name: name.to_string(), target: target.to_string(), value: None }),
            [name, target, value] => Ok(Line::Attribute { name: name.to_string(), target: target.to_string(), value: Some(value.to_string()) }),
            _ => Err((format!("attribute {id} needs a name, an entity and a value"), FORMAT)),
        },
        Some('#') => match (words.as_slice(), rest) {
            ([_, target], Some(text)) => Ok(Line::Note { target: target.to_string(), text: text.to_string() }),
            ([_, target], None) => Ok(Line::Note { target: target.to_string(), text: String::new() }),
            _ => Err((format!("note {id} needs a type and the id it is on"), FORMAT)),
        },
        Some('E' | 'N' | '*') => Err((
            format!("{id}: events, normalisations and equivalences are not part of the export's schema"),
            "link a Content to its Source with an `Attribution` relation and to its Cue with `Cued_by`; remove this line",
        )),
        _ => Err((format!("unknown annotation id {id:?}"), FORMAT)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: usize, e: usize) -> Span {
        Span::new(s, e).unwrap()
    }

    #[test]
    fn ranges_are_cut_at_line_breaks_and_joined_again() {
        let text = "ab\ncd\r\n\nef";
        let cut = fragments(text, &[span(0, text.len())]);
        assert_eq!(cut, [span(0, 2), span(3, 5), span(8, 10)]);
        assert_eq!(merge_line_breaks(text, cut), [span(0, text.len())]);
        // a real gap (a word between) stays a gap
        assert_eq!(merge_line_breaks("ab cd", vec![span(3, 5), span(0, 2)]), [span(0, 2), span(3, 5)]);
    }

    #[test]
    fn a_quote_links_to_the_mention_in_its_cue_else_the_nearest_outside_it() {
        let mentions = vec![(span(0, 2), "T1".to_string()), (span(10, 12), "T2".to_string()), (span(30, 32), "T3".to_string())];
        // the content holds T2 (`he` inside reported speech); T1 is nearer than T3 outside it
        assert_eq!(nearest(&mentions, span(8, 20), None).as_deref(), Some("T1"));
        assert_eq!(nearest(&mentions, span(8, 20), Some(span(28, 40))).as_deref(), Some("T3"));
        assert_eq!(nearest(&mentions[1..2], span(8, 20), None).as_deref(), Some("T2"), "the one inside when there is no other");
    }

    #[test]
    fn a_content_across_lines_is_cut_a_shared_cue_written_once_and_a_speaker_without_mention_noted() {
        use stages::contract::{Cue, Quote, QuoteKind, Quotes, Speaker, Speakers};
        let text = "Kim said: “Go\nnow” and “stay”.\n";
        let at = |t: &str| text.find(t).unwrap();
        let cue = Cue { span: span(0, 8), text: "Kim said".into() };
        let quote = |id: &str, s: Span, speaker: &str| Quote {
            id: id.into(),
            kind: QuoteKind::Direct,
            span: s,
            text: text[s.start()..s.end()].into(),
            speaker: Some(speaker.into()),
            cue: Some(cue.clone()),
            quoted: vec![],
            parts: vec![],
            rule: None,
            confidence: None,
        };
        let go = span(at("Go"), at("now") + 3);
        let stay = span(at("stay"), at("stay") + 4);
        let doc = Document {
            name: "d".into(),
            source: "seeds/d.txt".into(),
            text: text.into(),
            quotes: Quotes { quotes: vec![quote("q-go-now", go, "kim"), quote("q-stay", stay, "lee")], ..Quotes::default() },
            speakers: Speakers {
                speakers: vec![
                    Speaker { id: "kim".into(), name: "Kim".into(), kind: Default::default(), mentions: vec![stages::contract::Mention { span: span(0, 3), text: "Kim".into(), form: stages::contract::MentionForm::First }] },
                    Speaker { id: "lee".into(), name: "Lee".into(), kind: Default::default(), mentions: vec![] },
                ],
                ..Speakers::default()
            },
            shown: "q.yaml".into(),
        };
        let ann = ann(&doc, &Claims::default()).unwrap();
        let cp = |b: usize| text[..b].chars().count();
        let expected = format!(
            "T1\tSource 0 3\tKim\n#1\tAnnotatorNotes T1\tspeaker=kim\n\
             T2\tContent {} {};{} {}\tGo now\nA1\tKind T2 direct\nR1\tAttribution Arg1:T2 Arg2:T1\n#2\tAnnotatorNotes T2\tquote=q-go-now\n\
             T3\tCue 0 8\tKim said\nR2\tCued_by Arg1:T2 Arg2:T3\n\
             T4\tContent {} {}\tstay\nA2\tKind T4 direct\n#3\tAnnotatorNotes T4\tquote=q-stay speaker=lee\nR3\tCued_by Arg1:T4 Arg2:T3\n",
            cp(go.start()),
            cp(at("\n")),
            cp(at("now")),
            cp(go.end()),
            cp(stay.start()),
            cp(stay.end()),
        );
        assert_eq!(ann, expected);
        let lines = parse(&ann, "d.ann").unwrap();
        assert_eq!(lines.len(), ann.lines().count());
    }

    #[test]
    fn standoff_lines_parse_and_a_malformed_one_names_its_line() {
        let ann = "T1\tContent 0 5;6 9\thello wor\nA1\tKind T1 mixed\nR1\tAttribution Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tquote=q-x\n";
        let parsed = parse(ann, "x.ann").unwrap();
        assert_eq!(parsed[0], (1, Line::Entity { id: "T1".into(), kind: "Content".into(), ranges: vec![(0, 5), (6, 9)], text: "hello wor".into() }));
        assert_eq!(parsed[1].1, Line::Attribute { name: "Kind".into(), target: "T1".into(), value: Some("mixed".into()) });
        assert_eq!(parsed[2].1, Line::Relation { id: "R1".into(), kind: "Attribution".into(), arg1: "T1".into(), arg2: "T2".into() });
        assert_eq!(parsed[3].1, Line::Note { target: "T1".into(), text: "quote=q-x".into() });
        let broken = parse("T1\tContent 0 5\thello\nT2\tContent five 9\tx\n", "x.ann").unwrap_err();
        assert_eq!(broken.len(), 1);
        assert_eq!((broken[0].path.as_str(), broken[0].at), ("x.ann", Some((2, 1))));
    }
}
