//! `pipeline trace <id>`: the chain from an annotation down to the seed's bytes.
//!
//! For a claim, each member's document, line and column, and the source line with the
//! span underlined; for a quote, its cue and its speaker's mentions near it; for a
//! speaker, every mention (without `--doc`: in every document it is in, with the quotes
//! it is given and the claims whose members it said); for a paragraph, its sentences. `--format json` gives the same
//! for tools.

use crate::corpus::{self, Entry};
use crate::diag::{Diagnostic, Kind};
use crate::file;
use crate::graph::files;
use crate::layout::Layout;
use crate::paths;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use stages::contract::{Claims, Quote, Quotes, Segments, Speaker, Speakers};
use stages::Span;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How to print a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// For people: locations with the source line and the span underlined.
    Text,
    /// For tools.
    Json,
}

/// Finds `id` (in `doc` when given) and returns its trace.
pub fn trace(seeds: &Path, annotations: &Path, id: &str, doc: Option<&str>, format: Format) -> Result<String, Diagnostic> {
    if let Some(doc) = doc.filter(|d| !crate::layout::is_doc_name(d)) {
        return Err(Diagnostic::new(Kind::Usage, "--doc", format!("`{doc}` is not a document name"))
            .help("give a seed's file name without .txt, e.g. --doc 000_d31f45b7f298f60f"));
    }
    let corpus = corpus::list(seeds)?;
    let mut seeds_by_name: BTreeMap<String, Entry> = corpus.docs.into_iter().map(|e| (e.name.clone(), e)).collect();
    if let Some(doc) = doc.filter(|d| !seeds_by_name.contains_key(*d)) {
        let known: Vec<&str> = seeds_by_name.keys().map(String::as_str).take(5).collect();
        let more = if seeds_by_name.len() > known.len() { ", ..." } else { "" };
        return Err(Diagnostic::new(Kind::Usage, "--doc", format!("no document {doc} in {}", paths::display(seeds)))
            .help(format!("give a seed's file name without .txt: {}{more}", known.join(", "))));
    }
    let mut sources = Sources { seeds: &mut seeds_by_name, texts: BTreeMap::new() };
    let not_found = || {
        Diagnostic::new(Kind::Missing, paths::display(annotations), format!("no annotation has the id {id}"))
            .help("ids are listed in the annotation files (quotes: q-..., paragraphs: p-..., claims: c-..., speakers: their slug)")
    };
    let layout = Layout::new(annotations);
    let claim_files = crate::shards::files(&layout, files::CLAIMS);
    // a claim is in the shard its id names, unless a person moved it
    let expected = layout.shard(files::CLAIMS, &crate::graph::claims::shard_key(id));
    let holding = if claim_files.contains(&expected) && has_id(&expected, id) { Some(&expected) } else { claim_files.iter().find(|p| has_id(p, id)) };
    if let (None, Some(claims_path)) = (doc, holding) {
        let claims: Claims = load(claims_path)?;
        let claim = claims.claims.iter().find(|c| c.id == id).ok_or_else(not_found)?;
        let mut members = Vec::new();
        for m in &claim.members {
            let place = sources.place(&m.doc, m.span)?;
            let mut member = json!({"doc": m.doc, "quote": m.quote, "speaker": m.speaker, "match": m.matching, "at": place});
            if let Some(why) = &m.why {
                member["why"] = json!(why);
            }
            members.push(member);
        }
        let value = json!({"kind": "claim", "id": claim.id, "file": paths::display(claims_path), "text": claim.text, "speakers": claim.speakers, "unattributed": claim.unattributed, "disagree": claim.disagree, "members": members});
        return Ok(render(format, &value));
    }
    let docs: Vec<String> = match doc {
        Some(d) => vec![d.to_string()],
        None => sources.seeds.keys().cloned().collect(),
    };
    let mut found: Vec<(String, &str, PathBuf)> = Vec::new();
    for d in &docs {
        for file in [files::QUOTES, files::SPEAKERS, files::SEGMENTS] {
            let path = layout.doc_file(d, file);
            if has_id(&path, id) {
                found.push((d.clone(), file, path));
            }
        }
    }
    if doc.is_none() && !found.is_empty() && found.iter().all(|(_, file, _)| *file == files::SPEAKERS) {
        let value = trace_speaker_everywhere(&mut sources, &layout, id, &found)?;
        return Ok(render(format, &value));
    }
    let (doc, file, path) = match found.as_slice() {
        [] => return Err(not_found()),
        [one] => one.clone(),
        many => {
            let docs: Vec<&str> = many.iter().map(|(d, _, _)| d.as_str()).collect();
            return Err(Diagnostic::new(Kind::Usage, paths::display(annotations), format!("{id} is in {} documents", many.len()))
                .help(format!("name one with --doc: {}", docs.join(", "))));
        }
    };
    let value = match file {
        files::QUOTES => {
            let quotes: Quotes = load(&path)?;
            let speakers: Speakers = load(&layout.doc_file(&doc, files::SPEAKERS)).unwrap_or_default();
            let segments: Segments = load(&layout.doc_file(&doc, files::SEGMENTS)).unwrap_or_default();
            let quote = quotes.quotes.iter().find(|q| q.id == id).ok_or_else(not_found)?;
            trace_quote(&mut sources, &doc, quote, &speakers, &segments)?
        }
        files::SPEAKERS => {
            let speakers: Speakers = load(&path)?;
            let speaker = speakers.speakers.iter().find(|s| s.id == id).ok_or_else(not_found)?;
            let mentions = speaker.mentions.iter().map(|m| sources.place(&doc, m.span)).collect::<Result<Vec<_>, _>>()?;
            json!({"kind": "speaker", "id": speaker.id, "doc": doc, "name": speaker.name, "speaker_kind": speaker.kind.as_str(), "mentions": mentions})
        }
        _ => {
            let segments: Segments = load(&path)?;
            let par = segments.paragraphs.iter().find(|p| p.id == id).ok_or_else(not_found)?;
            let sentences = par.sentences.iter().map(|s| sources.place(&doc, *s)).collect::<Result<Vec<_>, _>>()?;
            json!({"kind": "paragraph", "id": par.id, "doc": doc, "paragraph_kind": par.kind, "rule": par.rule,
                   "at": sources.place(&doc, par.span)?, "sentences": sentences})
        }
    };
    Ok(render(format, &value))
}

/// A speaker in every document it is in (`found`), with its mentions there, the quotes
/// it is given, and the claims whose members it said.
fn trace_speaker_everywhere(sources: &mut Sources, layout: &Layout, id: &str, found: &[(String, &str, PathBuf)]) -> Result<Value, Diagnostic> {
    let mut documents = Vec::new();
    let (mut name, mut kind) = (String::new(), "person");
    for (doc, _, path) in found {
        let speakers: Speakers = load(path)?;
        let Some(speaker) = speakers.speakers.iter().find(|s| s.id == id) else { continue };
        if name.is_empty() {
            name = speaker.name.clone();
            kind = speaker.kind.as_str();
        }
        let mentions = speaker.mentions.iter().map(|m| sources.place(doc, m.span)).collect::<Result<Vec<_>, _>>()?;
        let quotes: Quotes = load(&layout.doc_file(doc, files::QUOTES)).unwrap_or_default();
        let said: Vec<Value> = quotes
            .quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(id))
            .map(|q| json!({"id": q.id, "attribution": q.kind.name(), "text": q.text}))
            .collect();
        documents.push(json!({"doc": doc, "name": speaker.name, "mentions": mentions, "quotes": said}));
    }
    let claims: Claims = crate::shards::claims(layout)?.map(|(c, _)| c).unwrap_or_default();
    let mut theirs = Vec::new();
    for claim in &claims.claims {
        let members: Vec<Value> = claim
            .members
            .iter()
            .filter(|m| m.speaker.as_deref() == Some(id))
            .map(|m| Ok(json!({"doc": m.doc, "quote": m.quote, "match": m.matching, "at": sources.place(&m.doc, m.span)?})))
            .collect::<Result<_, Diagnostic>>()?;
        if !members.is_empty() {
            theirs.push(json!({"id": claim.id, "text": claim.text, "members": members}));
        }
    }
    Ok(json!({"kind": "speaker", "id": id, "name": name, "speaker_kind": kind, "documents": documents, "claims": theirs}))
}

fn trace_quote(sources: &mut Sources, doc: &str, quote: &Quote, speakers: &Speakers, segments: &Segments) -> Result<Value, Diagnostic> {
    let cue = match &quote.cue {
        Some(cue) => json!({"text": cue.text, "at": sources.place(doc, cue.span)?}),
        None => Value::Null,
    };
    let speaker = match quote.speaker.as_deref().and_then(|id| speakers.speakers.iter().find(|s| s.id == id)) {
        Some(s) => {
            let near = mentions_near(s, quote, segments);
            let mentions = near.into_iter().map(|span| sources.place(doc, span)).collect::<Result<Vec<_>, _>>()?;
            json!({"id": s.id, "name": s.name, "speaker_kind": s.kind.as_str(), "mentions_in_all": s.mentions.len(), "mentions_near": mentions})
        }
        None => json!(quote.speaker),
    };
    let mut value = json!({"kind": "quote", "id": quote.id, "attribution": quote.kind.name(), "doc": doc, "text": quote.text,
              "at": sources.place(doc, quote.span)?, "rule": quote.rule, "confidence": quote.confidence, "cue": cue, "speaker": speaker});
    // the verbatim words of a mixed item, and the pieces of an interrupted content
    for (key, ranges) in [("quoted", &quote.quoted), ("parts", &quote.parts)] {
        if !ranges.is_empty() {
            let places = ranges.iter().map(|&r| sources.place(doc, r)).collect::<Result<Vec<_>, _>>()?;
            value[key] = Value::Array(places);
        }
    }
    Ok(value)
}

/// The speaker's mentions in the quote's paragraph, or the last one before the quote.
fn mentions_near(speaker: &Speaker, quote: &Quote, segments: &Segments) -> Vec<Span> {
    let par = segments.paragraph_at(quote.span.start()).map(|p| p.span);
    let inside: Vec<Span> = speaker.mentions.iter().map(|m| m.span).filter(|m| par.is_some_and(|p| p.contains(*m))).collect();
    if !inside.is_empty() {
        return inside;
    }
    speaker.mentions.iter().map(|m| m.span).rfind(|m| m.end() <= quote.span.start()).into_iter().collect()
}

/// Seeds, read once each.
struct Sources<'a> {
    seeds: &'a mut BTreeMap<String, Entry>,
    texts: BTreeMap<String, (String, String)>,
}

impl Sources<'_> {
    /// Where `span` of `doc` stands: path, line, column, bytes, and the source line.
    fn place(&mut self, doc: &str, span: Span) -> Result<Value, Diagnostic> {
        if !self.texts.contains_key(doc) {
            let entry = self.seeds.get(doc).ok_or_else(|| Diagnostic::new(Kind::Missing, doc, "no such document in the seeds"))?;
            let (text, _) = corpus::read(entry)?;
            self.texts.insert(doc.to_string(), (paths::display(&entry.path), text));
        }
        let (path, text) = &self.texts[doc];
        let Some(slice) = span.slice(text) else {
            return Err(Diagnostic::new(Kind::Invalid, path.as_str(), format!("span {span} does not fit the seed")).help("run `pipeline check`"));
        };
        let line_start = text[..span.start()].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[span.start()..].find('\n').map_or(text.len(), |i| span.start() + i);
        let line = text[..span.start()].matches('\n').count() + 1;
        let column = text[line_start..span.start()].chars().count() + 1;
        Ok(json!({
            "path": path, "line": line, "column": column, "start": span.start(), "end": span.end(), "text": slice,
            "source_line": text[line_start..line_end].trim_end_matches('\r'),
        }))
    }
}

fn has_id(path: &Path, id: &str) -> bool {
    std::fs::read_to_string(path).is_ok_and(|t| t.lines().any(|l| l.trim_start().trim_start_matches("- ").strip_prefix("id: ") == Some(id)))
}

fn load<T: DeserializeOwned>(path: &Path) -> Result<T, Diagnostic> {
    let shown = paths::display(path);
    let stored = file::read(path, &shown)?.ok_or_else(|| Diagnostic::new(Kind::Missing, &shown, "no such file (not annotated yet, or deleted)").help("run `pipeline run`"))?;
    stored.parse(&shown)
}

fn render(format: Format, value: &Value) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(value).expect("JSON values serialize") + "\n",
        Format::Text => text(value),
    }
}

fn text(v: &Value) -> String {
    let mut out = String::new();
    let s = |v: &Value| v.as_str().map(String::from).unwrap_or_else(|| v.to_string());
    let kind = s(&v["kind"]);
    let _ = write!(out, "{kind} {}", s(&v["id"]));
    if let Some(doc) = v["doc"].as_str() {
        let _ = write!(out, " in {doc}");
    }
    out.push('\n');
    match kind.as_str() {
        "claim" => {
            let _ = writeln!(out, "  text: {:?}", s(&v["text"]));
            let speakers: BTreeMap<String, Vec<String>> = serde_json::from_value(v["speakers"].clone()).unwrap_or_default();
            if v["disagree"].as_bool() == Some(true) {
                let _ = writeln!(out, "  speakers disagree: {}", crate::output::who_says(&speakers));
            } else if !speakers.is_empty() {
                let _ = writeln!(out, "  said by: {}", crate::output::who_says(&speakers));
            }
            if let Some(docs) = v["unattributed"].as_array().filter(|d| !d.is_empty()) {
                let docs: Vec<String> = docs.iter().map(s).collect();
                let _ = writeln!(out, "  no speaker in: {}", docs.join(", "));
            }
            for m in v["members"].as_array().into_iter().flatten() {
                let quote = m["quote"].as_str().map(|q| format!(" quote {q}")).unwrap_or_default();
                let speaker = m["speaker"].as_str().unwrap_or("nobody");
                let _ = writeln!(out, "  member in {}{quote}, {} match, said by {speaker}", s(&m["doc"]), s(&m["match"]));
                place(&mut out, &m["at"]);
                if let Some(why) = m["why"].as_object() {
                    let shared: Vec<String> = why.get("shared").and_then(|v| v.as_array()).into_iter().flatten().map(s).collect();
                    let _ = writeln!(out, "    linked to {}, sharing {}", why.get("with").map(s).unwrap_or_default(), shared.join(", "));
                }
            }
        }
        "quote" => {
            let _ = writeln!(out, "  {}: {:?}", s(&v["attribution"]), s(&v["text"]));
            place(&mut out, &v["at"]);
            for (key, label) in [("parts", "part"), ("quoted", "quoted words")] {
                for r in v[key].as_array().into_iter().flatten() {
                    let _ = writeln!(out, "  {label}: {:?}", s(&r["text"]));
                    place(&mut out, r);
                }
            }
            match &v["cue"] {
                Value::Null => out.push_str("  cue: none\n"),
                cue => {
                    let _ = writeln!(out, "  cue: {:?}", s(&cue["text"]));
                    place(&mut out, &cue["at"]);
                }
            }
            let rule = v["rule"].as_str().unwrap_or("(none)");
            match &v["speaker"] {
                Value::Null => {
                    let _ = writeln!(out, "  speaker: nobody (rule {rule})");
                }
                Value::String(id) => {
                    let _ = writeln!(out, "  speaker: {id} (not in speakers.yaml; rule {rule})");
                }
                sp => {
                    let _ = writeln!(out, "  speaker: {} ({}{}), rule {rule}; {} mention(s) in all, near the quote:", s(&sp["id"]), s(&sp["name"]), entity_kind(&sp["speaker_kind"]), sp["mentions_in_all"]);
                    for m in sp["mentions_near"].as_array().into_iter().flatten() {
                        place(&mut out, m);
                    }
                }
            }
        }
        "speaker" if v["documents"].is_array() => {
            let docs = v["documents"].as_array().map_or(0, Vec::len);
            let _ = writeln!(out, "  name: {}{}, in {docs} document{}", s(&v["name"]), entity_kind(&v["speaker_kind"]), if docs == 1 { "" } else { "s" });
            for d in v["documents"].as_array().into_iter().flatten() {
                let mentions = d["mentions"].as_array().map_or(0, Vec::len);
                let _ = writeln!(out, "  in {} as {:?}: {mentions} mention(s)", s(&d["doc"]), s(&d["name"]));
                for m in d["mentions"].as_array().into_iter().flatten() {
                    place(&mut out, m);
                }
                for q in d["quotes"].as_array().into_iter().flatten() {
                    let _ = writeln!(out, "    said ({}) {}: {:?}", s(&q["attribution"]), s(&q["id"]), s(&q["text"]));
                }
            }
            let claims = v["claims"].as_array().map_or(0, Vec::len);
            let _ = writeln!(out, "  {claims} claim(s) with a member said by {}", s(&v["id"]));
            for c in v["claims"].as_array().into_iter().flatten() {
                let _ = writeln!(out, "  claim {}: {:?}", s(&c["id"]), s(&c["text"]));
                for m in c["members"].as_array().into_iter().flatten() {
                    let quote = m["quote"].as_str().map(|q| format!(" quote {q}")).unwrap_or_default();
                    let _ = writeln!(out, "    member in {}{quote}, {} match", s(&m["doc"]), s(&m["match"]));
                    place(&mut out, &m["at"]);
                }
            }
        }
        "speaker" => {
            let _ = writeln!(out, "  name: {}{}", s(&v["name"]), entity_kind(&v["speaker_kind"]));
            for m in v["mentions"].as_array().into_iter().flatten() {
                place(&mut out, m);
            }
        }
        _ => {
            let _ = writeln!(out, "  kind: {} (rule {})", s(&v["paragraph_kind"]), s(&v["rule"]));
            place(&mut out, &v["at"]);
            let _ = writeln!(out, "  {} sentence(s)", v["sentences"].as_array().map_or(0, Vec::len));
        }
    }
    out
}

/// `, an organisation` after a speaker's name when it is not a person (nothing for one).
fn entity_kind(kind: &Value) -> String {
    match kind.as_str() {
        Some("person") | None => String::new(),
        Some(k) => format!(", {} {k}", if k.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }),
    }
}

/// `--> path:line:col (bytes a..b)`, then the source line (cut to a window around the
/// span when long) with the span underlined.
fn place(out: &mut String, at: &Value) {
    const CONTEXT: usize = 30;
    const MAX_MARK: usize = 60;
    let line = at["line"].as_u64().unwrap_or(0);
    let col = at["column"].as_u64().unwrap_or(1) as usize;
    let _ = writeln!(out, "    --> {}:{line}:{col} (bytes {}..{})", at["path"].as_str().unwrap_or(""), at["start"], at["end"]);
    let source: Vec<char> = at["source_line"].as_str().unwrap_or("").chars().collect();
    let len = at["text"].as_str().unwrap_or("").chars().take_while(|&c| c != '\n').count();
    let from = (col - 1).saturating_sub(CONTEXT);
    let to = (col - 1 + len.min(MAX_MARK) + CONTEXT).min(source.len());
    let mut shown: String = source[from.min(source.len())..to].iter().collect();
    let mut lead = col - 1 - from;
    if from > 0 {
        shown.insert(0, '…');
        lead += 1;
    }
    if to < source.len() {
        shown.push('…');
    }
    let gutter = " ".repeat(line.to_string().len());
    let mark = if len > MAX_MARK { format!("{}…", "^".repeat(MAX_MARK)) } else { "^".repeat(len.max(1)) };
    let _ = writeln!(out, "     {gutter} |\n     {line} | {shown}\n     {gutter} | {}{mark}", " ".repeat(lead));
}
