//! `pipeline eval`: the hand edits as a measure of the machine.
//!
//! Every hand-edited file whose machine output is on record (`.machine/`, kept by `run`
//! when it first sees the edit) is a judgement: the machine's items against the person's.
//! Items are matched by their exact bytes:
//!
//! | stage | item | agreement |
//! |---|---|---|
//! | `segments` | a paragraph (its span) | its kind |
//! | `speakers` | a mention (its span) | the speaker it belongs to |
//! | `quotes` | an attribution (its span) | its speaker |
//! | `claims` | a member (its document and span) | the speaker the member gives |
//!
//! Precision is the share of the machine's items the person kept, recall the share of
//! the person's items the machine found, and agreement (speaker accuracy; paragraph kind
//! for `segments`) the share of matched items where both give the same speaker (kind).
//! Figures are per stage and document, per stage over the corpus, and over everything.

use crate::diag::{Diagnostic, Kind};
use crate::file::{self, Stored};
use crate::graph::files;
use crate::layout::{self, Layout};
use crate::paths;
use serde::de::DeserializeOwned;
use serde::Serialize;
use stages::contract::{Claims, Quotes, Segments, Speakers};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// `pipeline eval`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The folder of annotations.
    #[arg(long, default_value = "annotations")]
    pub annotations: PathBuf,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
}

/// The `--format` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// A table for people.
    Text,
    /// For tools.
    Json,
}

/// Counts for one stage in one document (or summed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Items in the machine output.
    pub machine: usize,
    /// Items in the person's version.
    pub person: usize,
    /// Items in both (same bytes).
    pub matched: usize,
    /// Matched items where machine and person give the same speaker (kind, for
    /// paragraphs).
    pub agree: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.machine += other.machine;
        self.person += other.person;
        self.matched += other.matched;
        self.agree += other.agree;
    }

    fn ratio(n: usize, d: usize) -> Option<f64> {
        (d > 0).then(|| n as f64 / d as f64)
    }

    /// Share of the machine's items the person kept.
    pub fn precision(&self) -> Option<f64> {
        Counts::ratio(self.matched, self.machine)
    }

    /// Share of the person's items the machine found.
    pub fn recall(&self) -> Option<f64> {
        Counts::ratio(self.matched, self.person)
    }

    /// Share of matched items with the same speaker (kind, for paragraphs).
    pub fn agreement(&self) -> Option<f64> {
        Counts::ratio(self.agree, self.matched)
    }
}

/// The figures of one line: counts and the ratios made from them.
#[derive(Debug, Serialize)]
pub struct Figures {
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
    /// See [`Counts::precision`]; `null` when the machine had no item.
    pub precision: Option<f64>,
    /// See [`Counts::recall`]; `null` when the person kept no item.
    pub recall: Option<f64>,
    /// See [`Counts::agreement`]; `null` when no item matched.
    pub speaker_accuracy: Option<f64>,
}

impl From<Counts> for Figures {
    fn from(counts: Counts) -> Figures {
        Figures { counts, precision: counts.precision(), recall: counts.recall(), speaker_accuracy: counts.agreement() }
    }
}

/// Every figure `pipeline eval` gives.
#[derive(Debug, Serialize)]
pub struct Evaluation {
    /// The hand-edited files measured.
    pub files: Vec<String>,
    /// Hand-edited files that could not be measured, and why.
    pub skipped: Vec<String>,
    /// Per stage: per document, and over the corpus.
    pub stages: BTreeMap<String, StageFigures>,
    /// Over every stage and document.
    pub overall: Figures,
}

/// One stage's figures.
#[derive(Debug, Serialize)]
pub struct StageFigures {
    /// Per document (`claims` is corpus-wide: its shards add up to `(corpus)`).
    pub documents: BTreeMap<String, Figures>,
    /// Over the documents.
    pub overall: Figures,
}

/// Measures every hand-edited file under `annotations`.
pub fn evaluate(annotations: &Path) -> Result<Evaluation, Diagnostic> {
    if !annotations.is_dir() {
        return Err(Diagnostic::new(Kind::Missing, paths::display(annotations), "is not a folder of annotations")
            .help("run `pipeline eval` where the annotations folder is, or name it with `--annotations DIR`"));
    }
    let layout = Layout::new(annotations);
    let mut counts: BTreeMap<String, BTreeMap<String, Counts>> = BTreeMap::new();
    let mut files_measured = Vec::new();
    let mut skipped = Vec::new();
    let mut measure = |stage: &str, doc: &str, path: &Path| -> Result<(), Diagnostic> {
        let Some((machine, person)) = edited_pair(path, &mut skipped)? else { return Ok(()) };
        let shown = paths::display(path);
        let machine_shown = paths::display(&layout::machine(path));
        let c = match stage {
            files::SEGMENTS => segments(&parse(&machine, &machine_shown)?, &parse(&person, &shown)?),
            files::SPEAKERS => speakers(&parse(&machine, &machine_shown)?, &parse(&person, &shown)?),
            files::QUOTES => quotes(&parse(&machine, &machine_shown)?, &parse(&person, &shown)?),
            // the claims are measured below, every edited shard together
            other => return Err(Diagnostic::new(Kind::Bug, &shown, format!("no measure of a single `{other}` file"))),
        };
        files_measured.push(shown);
        counts.entry(stage.to_string()).or_default().entry(doc.to_string()).or_default().add(c);
        Ok(())
    };
    for (doc, _) in layout.doc_dirs() {
        for stage in [files::SEGMENTS, files::SPEAKERS, files::QUOTES] {
            measure(stage, &doc, &layout.doc_file(&doc, stage))?;
        }
    }
    // the claims' edited shards measured together: merging two claims of two shards
    // moves members from one to the other
    let (mut machine_claims, mut person_claims) = (Vec::new(), Vec::new());
    for shard in crate::shards::files(&layout, files::CLAIMS) {
        let Some((machine, person)) = edited_pair(&shard, &mut skipped)? else { continue };
        let shown = paths::display(&shard);
        machine_claims.push(parse::<Claims>(&machine, &paths::display(&layout::machine(&shard)))?);
        person_claims.push(parse::<Claims>(&person, &shown)?);
        files_measured.push(shown);
    }
    if !person_claims.is_empty() {
        let (machine, person) = (crate::graph::claims::join(machine_claims), crate::graph::claims::join(person_claims));
        counts.entry(files::CLAIMS.to_string()).or_default().insert("(corpus)".to_string(), claims(&machine, &person));
    }

    let mut total = Counts::default();
    let stages = counts
        .into_iter()
        .map(|(stage, docs)| {
            let mut sum = Counts::default();
            docs.values().for_each(|c| sum.add(*c));
            total.add(sum);
            let documents = docs.into_iter().map(|(d, c)| (d, Figures::from(c))).collect();
            (stage, StageFigures { documents, overall: sum.into() })
        })
        .collect();
    Ok(Evaluation { files: files_measured, skipped, stages, overall: total.into() })
}

/// The machine output and the person's version of `path`, when it is a hand-edited file
/// with its machine output on record; a file that cannot be measured goes to `skipped`.
fn edited_pair(path: &Path, skipped: &mut Vec<String>) -> Result<Option<(Stored, Stored)>, Diagnostic> {
    let shown = paths::display(path);
    let Some(person) = file::read(path, &shown)? else { return Ok(None) };
    if person.body_hash() == person.header.output {
        return Ok(None);
    }
    let machine_path = layout::machine(path);
    let machine = file::read(&machine_path, &paths::display(&machine_path))?
        .filter(|m| m.header.output == person.header.output && m.body_hash() == m.header.output);
    match machine {
        Some(machine) => Ok(Some((machine, person))),
        None => {
            skipped.push(format!("{shown}: hand-edited, but the machine output it started from is not on record (run `pipeline run` once, then eval)"));
            Ok(None)
        }
    }
}

fn parse<T: DeserializeOwned>(stored: &Stored, shown: &str) -> Result<T, Diagnostic> {
    stored.parse(shown)
}

/// Counts items matched by key, agreeing when their values are equal.
fn count<K: Ord, V: PartialEq>(machine: Vec<(K, V)>, person: Vec<(K, V)>) -> Counts {
    let theirs: BTreeMap<K, V> = person.into_iter().collect();
    let mut c = Counts { machine: machine.len(), person: theirs.len(), ..Counts::default() };
    for (k, v) in machine {
        if let Some(w) = theirs.get(&k) {
            c.matched += 1;
            c.agree += usize::from(v == *w);
        }
    }
    c
}

fn segments(machine: &Segments, person: &Segments) -> Counts {
    let items = |s: &Segments| s.paragraphs.iter().map(|p| ((p.span.start(), p.span.end()), p.kind)).collect();
    count(items(machine), items(person))
}

fn speakers(machine: &Speakers, person: &Speakers) -> Counts {
    let items = |s: &Speakers| {
        s.speakers.iter().flat_map(|sp| sp.mentions.iter().map(move |m| ((m.span.start(), m.span.end()), sp.id.clone()))).collect()
    };
    count(items(machine), items(person))
}

fn quotes(machine: &Quotes, person: &Quotes) -> Counts {
    let items = |q: &Quotes| q.quotes.iter().map(|q| ((q.span.start(), q.span.end()), q.speaker.clone())).collect();
    count(items(machine), items(person))
}

fn claims(machine: &Claims, person: &Claims) -> Counts {
    let items = |c: &Claims| {
        c.claims.iter().flat_map(|c| c.members.iter().map(|m| ((m.doc.clone(), m.span.start(), m.span.end()), m.speaker.clone()))).collect()
    };
    count(items(machine), items(person))
}

fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{:.1}%", x * 100.0))
}

/// The evaluation as JSON.
pub fn json(eval: &Evaluation) -> String {
    serde_json::to_string_pretty(eval).expect("the evaluation serializes") + "\n"
}

/// The evaluation as a table for people.
pub fn text(eval: &Evaluation) -> String {
    let mut out = String::new();
    for s in &eval.skipped {
        let _ = writeln!(out, "note: {s}");
    }
    if eval.files.is_empty() {
        out.push_str("eval: no hand-edited file with its machine output on record; edit annotations by hand and run `pipeline run` to measure the machine against your corrections\n");
        return out;
    }
    let _ = writeln!(out, "eval: {} hand-edited file{} measured against the machine output they started from", eval.files.len(), if eval.files.len() == 1 { "" } else { "s" });
    let mut rows = vec![["stage", "document", "machine", "person", "matched", "precision", "recall", "speaker"].map(String::from)];
    let row = |stage: &str, doc: &str, f: &Figures| {
        let c = f.counts;
        [
            stage.to_string(),
            doc.to_string(),
            c.machine.to_string(),
            c.person.to_string(),
            c.matched.to_string(),
            percent(f.precision),
            percent(f.recall),
            percent(f.speaker_accuracy),
        ]
    };
    let order = [files::SEGMENTS, files::SPEAKERS, files::QUOTES, files::CLAIMS];
    for (stage, figures) in order.iter().filter_map(|s| Some((*s, eval.stages.get(*s)?))) {
        for (doc, f) in &figures.documents {
            rows.push(row(stage, doc, f));
        }
        rows.push(row(stage, "(all)", &figures.overall));
    }
    rows.push(row("(all)", "(all)", &eval.overall));
    let widths: Vec<usize> = (0..8).map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0)).collect();
    for r in &rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            let pad = widths[i] - cell.chars().count();
            if i < 2 {
                let _ = write!(line, "{cell}{}  ", " ".repeat(pad));
            } else {
                let _ = write!(line, "{}{cell}  ", " ".repeat(pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("(speaker: matched items giving the same speaker; for segments, the same paragraph kind)\n");
    out
}

/// Runs `pipeline eval` and returns what it prints.
pub fn run(args: &Args) -> Result<String, Diagnostic> {
    let eval = evaluate(&args.annotations)?;
    Ok(match args.format {
        FormatArg::Text => text(&eval),
        FormatArg::Json => json(&eval),
    })
}
