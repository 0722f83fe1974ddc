//! `pipeline import brat DIR`: annotations corrected in brat or INCEpTION come back as hand
//! edits of `quotes.yaml`.
//!
//! The folder is one `pipeline export --format brat` wrote (see [`crate::export::brat`]),
//! corrected since: a `Content` moved, deleted or added, its `Kind` changed, its
//! `Attribution` pointed at another `Source`, its `Cued_by` at another `Cue`, `Quoted`
//! words marked. Each `<doc>.ann` becomes that document's `quotes.yaml` items, written
//! under the file's header as it stands: the body no longer hashes to the recorded
//! output, so the engine sees a hand edit and treats it as every other one (validated,
//! kept, carried when the seed changes, listed by `status`, measured by `eval`).
//!
//! - A Content whose note names a quote of the file (`quote=<id>`) keeps that id;
//!   another gets the id the engine derives from its words. Its rule and confidence are
//!   kept while its span and speaker are the machine's, and dropped once a person
//!   changed them (they described the machine's judgement).
//! - A quote's speaker is the `speaker=<id>` note of the Source its `Attribution` points
//!   at (or, for a Source without a note, the speaker of `speakers.yaml` with a mention
//!   exactly there); with no `Attribution`, the Content's own `speaker=` note, else none.
//! - `speakers.yaml` is not written: a Source says who a quote's speaker is; mentions
//!   are corrected in `speakers.yaml` itself (a mention edit would make `quotes.yaml`
//!   stale under the person's own edit).
//! - `not_quotes` and `unresolved` are kept as they are.
//!
//! All or nothing: every `.ann` is read and checked first (each `.txt` against its seed,
//! every offset and text against the seed, every reference), and any problem stops the
//! import before a file is written, each problem at its file and line.
//! When the file was the machine's own output until now, that output is recorded under
//! `.machine/` as `run` would, so `status` and `eval` measure the import at once.

use crate::corpus;
use crate::diag::{Diagnostic, Kind};
use crate::export::brat::{self, Line};
use crate::export::Offsets;
use crate::file::{self, Stored};
use crate::graph::{files, Items};
use crate::layout::{self, Layout};
use crate::paths;
use crate::validate::{self, Checker};
use stages::contract::{Cue, Quote, QuoteKind, Quotes, Speakers};
use stages::Span;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Imports every `.ann` of `dir`; the summary to print, or every problem found (nothing
/// written).
pub fn brat(seeds: &Path, annotations: &Path, dir: &Path) -> Result<String, Vec<Diagnostic>> {
    let shown_dir = paths::display(dir);
    let listed = std::fs::read_dir(dir).map_err(|e| {
        vec![Diagnostic::new(Kind::Io, &shown_dir, format!("cannot list the folder: {e}")).help("give the folder `pipeline export --format brat --out DIR` wrote")]
    })?;
    let mut anns: Vec<(String, PathBuf)> = listed
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let path = e.path();
            let name = path.file_name()?.to_str()?.strip_suffix(".ann")?.to_string();
            (!name.starts_with('.')).then_some((name, path))
        })
        .collect();
    anns.sort();
    if anns.is_empty() {
        return Err(vec![Diagnostic::new(Kind::Usage, &shown_dir, "holds no .ann file").help("give the folder `pipeline export --format brat --out DIR` wrote")]);
    }
    let corpus = corpus::list(seeds).map_err(|d| vec![d])?;
    // held from the first read to the last write, so a `run` cannot change a file between
    let _lock = crate::lock::acquire(annotations).map_err(|d| vec![d])?;
    let layout = Layout::new(annotations);
    let mut problems = Vec::new();
    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    let mut unchanged = 0;
    let mut changed = Vec::new();
    for (name, path) in &anns {
        let ann_shown = paths::display(path);
        let Some(entry) = corpus.docs.iter().find(|e| &e.name == name).filter(|_| layout::is_doc_name(name)) else {
            problems.push(
                Diagnostic::new(Kind::Invalid, &ann_shown, format!("no document {name} in {}", paths::display(seeds)))
                    .help("import only .ann files exported from this project's seeds, or remove this one from the folder"),
            );
            continue;
        };
        match document(entry, path, &ann_shown, dir, &layout) {
            Ok(None) => unchanged += 1,
            Ok(Some(mut files)) => {
                changed.push(paths::display(&files[0].0));
                writes.append(&mut files);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (path, text) in &writes {
        crate::step::write(path, text).map_err(|d| vec![d])?;
    }
    let mut summary = String::new();
    for path in &changed {
        summary.push_str(&format!("{path}: written as a hand edit\n"));
    }
    let documents = |n: usize| if n == 1 { "1 document".to_string() } else { format!("{n} documents") };
    summary.push_str(&format!("import: {} changed, {unchanged} unchanged", documents(changed.len())));
    if !changed.is_empty() {
        summary.push_str("; review them with `pipeline status`, then `pipeline run`");
    }
    summary.push('\n');
    Ok(summary)
}

/// The files to write for one document (its `quotes.yaml` first), `None` when the `.ann`
/// says what the file says already.
fn document(entry: &corpus::Entry, ann_path: &Path, ann_shown: &str, dir: &Path, layout: &Layout) -> Result<Option<Vec<(PathBuf, String)>>, Vec<Diagnostic>> {
    let one = |d: Diagnostic| vec![d];
    let (seed, seed_hash) = corpus::read(entry).map_err(one)?;
    let txt = dir.join(format!("{}.txt", entry.name));
    let txt_shown = paths::display(&txt);
    match std::fs::read(&txt) {
        Ok(bytes) if bytes == seed.as_bytes() => {}
        Ok(_) => {
            return Err(one(Diagnostic::new(Kind::Invalid, &txt_shown, format!("differs from the seed {}", paths::display(&entry.path))).help(
                "the offsets of the .ann count in the text it was exported with: export again from the current seeds (`pipeline export --format brat`) and redo the corrections there",
            )))
        }
        Err(e) => {
            return Err(one(Diagnostic::new(Kind::Io, &txt_shown, format!("cannot be read beside {ann_shown}: {e}")).help("keep the .txt the export wrote beside each .ann")))
        }
    }
    let quotes_path = layout.doc_file(&entry.name, files::QUOTES);
    let quotes_shown = paths::display(&quotes_path);
    let stored = file::read(&quotes_path, &quotes_shown)
        .map_err(one)?
        .ok_or_else(|| one(Diagnostic::new(Kind::Missing, &quotes_shown, "no such file (not annotated yet, or deleted)").help("run `pipeline run`, then export and import again")))?;
    if stored.header.seed.as_deref() != Some(seed_hash.as_str()) {
        return Err(one(Diagnostic::new(Kind::Stale, &quotes_shown, format!("was written for another version of {}", paths::display(&entry.path)))
            .help("run `pipeline run`, export again and redo the corrections there: the import would not know where its offsets belong")));
    }
    let mut current: Quotes = stored.parse(&quotes_shown).map_err(one)?;
    current.prepare();
    let speakers_path = layout.doc_file(&entry.name, files::SPEAKERS);
    let speakers_shown = paths::display(&speakers_path);
    let speakers: Speakers = file::read(&speakers_path, &speakers_shown)
        .map_err(one)?
        .ok_or_else(|| one(Diagnostic::new(Kind::Missing, &speakers_shown, "no such file (not annotated yet, or deleted)").help("run `pipeline run`")))?
        .parse(&speakers_shown)
        .map_err(one)?;
    let ann_text = std::fs::read_to_string(ann_path)
        .map_err(|e| one(Diagnostic::new(Kind::Io, ann_shown, format!("cannot be read as UTF-8 text: {e}")).help("save the file as UTF-8")))?;
    let lines = brat::parse(&ann_text, ann_shown)?;
    let read = Reading { seed: &seed, offsets: Offsets::new(&seed), ann: &ann_text, shown: ann_shown, speakers: &speakers };
    let mut imported = read.quotes(&lines, &current)?;
    imported.prepare();
    if imported == current {
        return Ok(None);
    }
    let (body, _) = crate::step::render(&imported, &quotes_shown).map_err(one)?;
    let text = stored.text[..stored.body_start].to_string() + &body;
    let mut checker = Checker::new(&quotes_shown, &text, Kind::Invalid);
    validate::quotes(&mut checker, &seed, &imported, &speakers);
    let blocking: Vec<Diagnostic> = checker.finish().into_iter().filter(|d| d.kind != Kind::Conflict).collect();
    if !blocking.is_empty() {
        return Err(blocking
            .into_iter()
            .map(|d| {
                let mut out = Diagnostic::new(Kind::Invalid, ann_shown, format!("would not be a valid hand edit of {quotes_shown}: {}", d.message));
                out.help = d.help;
                out
            })
            .collect());
    }
    let mut writes = vec![(quotes_path.clone(), text)];
    if let Some(machine) = machine_copy(&stored, &quotes_path) {
        writes.push(machine);
    }
    Ok(Some(writes))
}

/// The `.machine/` copy to record before the file becomes a hand edit: when the file is
/// the machine's own output now, it is exactly what `run` would record as the base of the
/// edit; a file a person edited already has its copy (or `run` makes it).
fn machine_copy(stored: &Stored, path: &Path) -> Option<(PathBuf, String)> {
    let machine = layout::machine(path);
    (stored.body_hash() == stored.header.output && !machine.exists()).then(|| (machine, layout::machine_copy(&stored.text)))
}

/// One `.ann` file being read against its seed.
struct Reading<'a> {
    seed: &'a str,
    offsets: Offsets<'a>,
    ann: &'a str,
    shown: &'a str,
    speakers: &'a Speakers,
}

/// An entity of the `.ann`, in bytes.
struct Entity {
    line: usize,
    kind: String,
    /// Its fragments in bytes, line breaks between them joined again.
    ranges: Vec<Span>,
}

impl Entity {
    fn hull(&self) -> Span {
        let (first, last) = (self.ranges[0], self.ranges[self.ranges.len() - 1]);
        Span::new(first.start(), last.end()).unwrap_or(first)
    }
}

/// (Content, relation type) → the entities it points at, each with its line.
type Links<'a> = HashMap<(&'a str, &'a str), Vec<(&'a str, usize)>>;

/// The value of a `key=value` note on an entity, with its line.
type NoteOf<'a> = dyn Fn(&str, &str) -> Option<(String, usize)> + 'a;

const UNKNOWN_SPEAKER: &str = "use an id from the document's speakers.yaml (add the person there first if they are missing)";

const TYPES: [&str; 4] = ["Source", "Cue", "Content", "Quoted"];

impl Reading<'_> {
    fn problem(&self, line: usize, message: impl Into<String>, help: &str) -> Diagnostic {
        brat::at_line(self.shown, self.ann, line, message).help(help)
    }

    /// The quotes the `.ann` describes, with `current` (the file as it stands) for the ids,
    /// rules and confidences to keep and the lists the `.ann` does not hold.
    fn quotes(&self, lines: &[(usize, Line)], current: &Quotes) -> Result<Quotes, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut entities: BTreeMap<&str, Entity> = BTreeMap::new();
        let mut order: Vec<&str> = Vec::new();
        // entities refused already: what points at them is not a second problem
        let mut broken: HashSet<&str> = HashSet::new();
        for (line, l) in lines {
            let Line::Entity { id, kind, ranges, text } = l else { continue };
            if entities.contains_key(id.as_str()) || broken.contains(id.as_str()) {
                problems.push(self.problem(*line, format!("{id} is used twice"), "give each annotation its own id"));
                continue;
            }
            match self.entity(*line, kind, ranges, text) {
                Ok(e) => {
                    order.push(id);
                    entities.insert(id, e);
                }
                Err(d) => {
                    broken.insert(id);
                    problems.push(d);
                }
            }
        }
        let mut notes: HashMap<&str, BTreeMap<String, (String, usize)>> = HashMap::new();
        let mut kinds: HashMap<&str, (QuoteKind, usize)> = HashMap::new();
        let mut links: Links = HashMap::new();
        let expect = |line: usize, id: &str, types: &[&str], what: &str| -> Result<(), Option<Diagnostic>> {
            match entities.get(id) {
                Some(e) if types.contains(&e.kind.as_str()) => Ok(()),
                Some(e) => Err(Some(self.problem(line, format!("{what} is on {id}, a {}; it belongs on a {}", e.kind, types.join(" or ")), "point it at an entity of the right type, or remove the line"))),
                None if broken.contains(id) => Err(None),
                None => Err(Some(self.problem(line, format!("{what} names {id}, which is not an entity of this file"), "remove the line, or name an entity of this file"))),
            }
        };
        for (line, l) in lines {
            let line = *line;
            match l {
                Line::Entity { .. } => {}
                Line::Note { target, text } => {
                    if let Err(d) = expect(line, target, &TYPES, "a note") {
                        problems.extend(d);
                        continue;
                    }
                    // free words in a note are a person's remarks; only `key=value` pairs are ours
                    for (key, value) in text.split_whitespace().filter_map(|w| w.split_once('=')) {
                        notes.entry(target.as_str()).or_default().insert(key.to_string(), (value.to_string(), line));
                    }
                }
                Line::Attribute { name, target, value } => {
                    if name != "Kind" {
                        problems.push(self.problem(line, format!("unknown attribute {name}"), "the export's only attribute is `Kind` (direct, mixed or indirect) on a Content"));
                        continue;
                    }
                    if let Err(d) = expect(line, target, &["Content"], "the attribute Kind") {
                        problems.extend(d);
                        continue;
                    }
                    let kind = match value.as_deref() {
                        Some("direct") => QuoteKind::Direct,
                        Some("mixed") => QuoteKind::Mixed,
                        Some("indirect") => QuoteKind::Indirect,
                        other => {
                            problems.push(self.problem(line, format!("Kind {} is not a kind of quote", other.unwrap_or("(none)")), "give direct, mixed or indirect"));
                            continue;
                        }
                    };
                    if kinds.insert(target, (kind, line)).is_some() {
                        problems.push(self.problem(line, format!("{target} has two Kind attributes"), "keep one"));
                    }
                }
                Line::Relation { id, kind, arg1, arg2 } => {
                    let to = match kind.as_str() {
                        "Attribution" => "Source",
                        "Cued_by" => "Cue",
                        other => {
                            problems.push(self.problem(line, format!("unknown relation {other} ({id})"), "the export's relations are `Attribution` (Content → Source) and `Cued_by` (Content → Cue)"));
                            continue;
                        }
                    };
                    let checked = expect(line, arg1, &["Content"], &format!("Arg1 of {id}")).and_then(|()| expect(line, arg2, &[to], &format!("Arg2 of {id}")));
                    match checked {
                        Ok(()) => links.entry((arg1.as_str(), kind.as_str())).or_default().push((arg2.as_str(), line)),
                        Err(d) => problems.extend(d),
                    }
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }

        let by_id: HashMap<&str, &Quote> = current.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
        let known: HashSet<&str> = self.speakers.speakers.iter().map(|s| s.id.as_str()).collect();
        let note = |entity: &str, key: &str| notes.get(entity).and_then(|n| n.get(key)).cloned();
        // a speaker no quote points at yet is still a person's mistake to hear about
        for (entity, n) in &notes {
            if let Some((id, line)) = n.get("speaker").filter(|(id, _)| !known.contains(id.as_str())) {
                problems.push(self.problem(*line, format!("speaker {id} of {entity} is not in speakers.yaml"), UNKNOWN_SPEAKER));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let contents: Vec<&str> = order.iter().copied().filter(|id| entities[id].kind == "Content").collect();
        // each Quoted entity belongs to the narrowest content around it
        let mut quoted: HashMap<&str, Vec<Span>> = HashMap::new();
        for id in order.iter().copied().filter(|id| entities[id].kind == "Quoted") {
            let words = &entities[id];
            let span = words.hull();
            let around = contents.iter().copied().filter(|c| entities[c].hull().contains(span)).min_by_key(|c| (entities[c].hull().len(), entities[c].line));
            match around {
                Some(c) => quoted.entry(c).or_default().push(span),
                None => problems.push(self.problem(words.line, format!("Quoted {id} lies in no Content"), "mark the verbatim words inside the mixed item's Content, or remove them")),
            }
        }
        let mut kept: Vec<(usize, Quote)> = Vec::new();
        let mut added: Vec<Quote> = Vec::new();
        let mut taken: HashSet<String> = HashSet::new();
        for c in contents {
            let e = &entities[c];
            let span = e.hull();
            let kind = kinds.get(c).map_or(QuoteKind::Direct, |(k, _)| *k);
            let speaker = match self.speaker(c, &links, &entities, &note, &known) {
                Ok(s) => s,
                Err(d) => {
                    problems.push(d);
                    continue;
                }
            };
            let cue = match links.get(&(c, "Cued_by")).map(Vec::as_slice).unwrap_or_default() {
                [] => None,
                [(cue, _)] => {
                    let ce = &entities[cue];
                    if ce.ranges.len() > 1 {
                        problems.push(self.problem(ce.line, format!("Cue {cue} is in several fragments"), "a cue is one stretch of text: mark it in one piece"));
                        continue;
                    }
                    Some(Cue { span: ce.ranges[0], text: self.seed[ce.ranges[0].start()..ce.ranges[0].end()].to_string() })
                }
                [_, (_, line), ..] => {
                    problems.push(self.problem(*line, format!("{c} has more than one Cued_by relation"), "keep the one cue that attributes it"));
                    continue;
                }
            };
            let mut words = quoted.remove(c).unwrap_or_default();
            words.sort();
            if !words.is_empty() && kind != QuoteKind::Mixed {
                problems.push(self.problem(e.line, format!("{c} holds Quoted words but its Kind is {}", kind.name()), "set its Kind to mixed, or remove the Quoted words inside it"));
                continue;
            }
            let mut q = Quote {
                id: String::new(),
                kind,
                span,
                text: self.seed[span.start()..span.end()].to_string(),
                speaker,
                cue,
                quoted: words,
                parts: if e.ranges.len() > 1 { e.ranges.clone() } else { Vec::new() },
                rule: None,
                confidence: None,
            };
            let before = note(c, "quote").map(|(id, _)| id).filter(|id| by_id.contains_key(id.as_str()) && !taken.contains(id));
            match before {
                Some(id) => {
                    let old = by_id[id.as_str()];
                    if old.span == q.span && old.speaker == q.speaker {
                        q.rule.clone_from(&old.rule);
                        q.confidence = old.confidence;
                    }
                    let at = current.quotes.iter().position(|o| o.id == id).expect("an id of the file");
                    q.id.clone_from(&id);
                    taken.insert(id);
                    kept.push((at, q));
                }
                None => added.push(q),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // the person's items where the file had them; new ones where their text stands
        kept.sort_by_key(|(at, _)| *at);
        let mut quotes: Vec<Quote> = kept.into_iter().map(|(_, q)| q).collect();
        added.sort_by_key(|q| (q.span, q.kind));
        for q in added {
            let at = quotes.iter().position(|k| k.span.start() > q.span.start()).unwrap_or(quotes.len());
            quotes.insert(at, q);
        }
        Ok(Quotes { quotes, not_quotes: current.not_quotes.clone(), unresolved: current.unresolved.clone() })
    }

    /// An entity line in bytes: its offsets inside the seed, its text the seed's there.
    fn entity(&self, line: usize, kind: &str, ranges: &[(usize, usize)], text: &str) -> Result<Entity, Diagnostic> {
        if !TYPES.contains(&kind) {
            return Err(self.problem(line, format!("unknown entity type {kind}"), "the export's entity types are Source, Cue, Content and Quoted"));
        }
        let mut spans = Vec::new();
        let mut pieces = Vec::new();
        for &(s, e) in ranges {
            let (Some(start), Some(end)) = (self.offsets.byte(s), self.offsets.byte(e)) else {
                return Err(self.problem(
                    line,
                    format!("offsets {s} {e} run past the end of the text ({} characters)", self.offsets.len()),
                    "correct the offsets: they count characters (code points) of the .txt beside this file",
                ));
            };
            let span = Span::new(start, end).expect("start before end, checked when parsed");
            pieces.push(&self.seed[start..end]);
            spans.push(span);
        }
        let found = pieces.join(" ");
        if found != text {
            return Err(self.problem(
                line,
                format!("its text {text:?} is not the text at its offsets, {found:?}"),
                "correct the offsets or the text so they agree with the .txt beside this file",
            ));
        }
        Ok(Entity { line, kind: kind.to_string(), ranges: brat::merge_line_breaks(self.seed, spans) })
    }

    /// The speaker of the Content `c`: the one its `Attribution` points at, else its own
    /// `speaker=` note, else none.
    fn speaker(
        &self,
        c: &str,
        links: &Links,
        entities: &BTreeMap<&str, Entity>,
        note: &NoteOf,
        known: &HashSet<&str>,
    ) -> Result<Option<String>, Diagnostic> {
        let unknown = |id: &str, line: usize| self.problem(line, format!("speaker {id} is not in speakers.yaml"), UNKNOWN_SPEAKER);
        match links.get(&(c, "Attribution")).map(Vec::as_slice).unwrap_or_default() {
            [] => match note(c, "speaker") {
                Some((id, line)) if !known.contains(id.as_str()) => Err(unknown(&id, line)),
                Some((id, _)) => Ok(Some(id)),
                None => Ok(None),
            },
            [(source, line)] => match note(source, "speaker") {
                Some((id, line)) if !known.contains(id.as_str()) => Err(unknown(&id, line)),
                Some((id, _)) => Ok(Some(id)),
                None => {
                    let e = &entities[source];
                    let at: Vec<&str> = self
                        .speakers
                        .speakers
                        .iter()
                        .filter(|s| s.mentions.iter().any(|m| e.ranges == [m.span]))
                        .map(|s| s.id.as_str())
                        .collect();
                    match at.as_slice() {
                        [one] => Ok(Some(one.to_string())),
                        _ => Err(self.problem(
                            *line,
                            format!("{c} is attributed to the Source {source}, which has no speaker note and is not a mention in speakers.yaml"),
                            "add a note `speaker=<id>` to that Source (an id from speakers.yaml), or attribute the quote to a Source the export wrote",
                        )),
                    }
                }
            },
            [_, (_, line), ..] => Err(self.problem(*line, format!("{c} has more than one Attribution relation"), "a quote has one speaker: keep one Attribution")),
        }
    }
}
