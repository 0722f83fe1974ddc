//! `pipeline export`: the annotations out of our YAML, for the tools people already use.
//!
//! | format | module | what |
//! |---|---|---|
//! | `jsonl`, `csv` | [`rows`] | one row per attribution, for pandas, R and spreadsheets |
//! | `w3c` | [`w3c`] | W3C Web Annotation Data Model (JSON-LD), for Hypothesis-style clients |
//! | `brat` | [`brat`] | brat standoff `.ann` files beside copies of the texts, for brat and INCEpTION |
//!
//! Every format reads the same [`Document`]s, in document order, and the claims through
//! [`claims`] alone: the same annotations give the same bytes. Offsets are UTF-8 bytes in
//! the YAML; other units (code points) are derived here, through [`Offsets`].

pub mod brat;
pub mod rows;
pub mod w3c;

use crate::corpus::{self, Entry};
use crate::diag::{Diagnostic, Kind};
use crate::file;
use crate::graph::{files, Items};
use crate::layout::{self, Layout};
use crate::paths;
use serde::de::DeserializeOwned;
use stages::contract::{Claims, Quotes, Speakers};
use stages::Span;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use rows::COLUMNS;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header line (RFC 4180 quoting).
    Csv,
    /// One W3C Web Annotation `AnnotationCollection` (JSON-LD).
    W3c,
    /// brat standoff files, one `.ann` per document beside a copy of its text.
    Brat,
}

/// Exports the corpus (or `doc`) in `format`. The text formats return their text, written
/// to `out` when given; `brat` writes a folder and needs `out`.
pub fn export(seeds: &Path, annotations: &Path, doc: Option<&str>, format: Format, out: Option<&Path>) -> Result<Option<String>, Diagnostic> {
    if format == Format::Brat {
        let dir = out.ok_or_else(|| {
            Diagnostic::new(Kind::Usage, "--out", "brat export writes a folder of files and needs one").help("give it with --out DIR, e.g. `--out brat/`")
        })?;
        let docs = documents(seeds, annotations, doc)?;
        brat::write(dir, &docs, &claims(annotations)?)?;
        return Ok(None);
    }
    let docs = documents(seeds, annotations, doc)?;
    let claims = claims(annotations)?;
    let text = match format {
        Format::Jsonl => rows::jsonl(&rows::rows(&docs, &claims)?),
        Format::Csv => rows::csv(&rows::rows(&docs, &claims)?),
        Format::W3c => w3c::collection(&docs, (&claims, &paths::display(&claims_path(annotations))), doc)?,
        Format::Brat => unreachable!("written above"),
    };
    match out {
        Some(path) => {
            file::write_atomic(path, text.as_bytes()).map_err(|e| {
                Diagnostic::new(Kind::Io, paths::display(path), format!("cannot write the export: {e}")).help("check that the folder exists and is writable")
            })?;
            Ok(None)
        }
        None => Ok(Some(text)),
    }
}

/// One document as every format reads it: its seed and its annotations.
pub struct Document {
    /// The seed's file name without `.txt`.
    pub name: String,
    /// The seed's path as recorded in the files (`seeds/<doc>.txt`), relative to the
    /// project.
    pub source: String,
    /// The seed.
    pub text: String,
    /// Its `quotes.yaml`.
    pub quotes: Quotes,
    /// Its `speakers.yaml`.
    pub speakers: Speakers,
    /// Where its `quotes.yaml` is, as messages show it.
    pub shown: String,
}

impl Document {
    /// The speaker with id `id`.
    pub fn speaker(&self, id: &str) -> Option<&stages::contract::Speaker> {
        self.speakers.speakers.iter().find(|s| s.id == id)
    }
}

/// The documents of the corpus (or only `doc`), sorted by name, with their annotations.
pub fn documents(seeds: &Path, annotations: &Path, doc: Option<&str>) -> Result<Vec<Document>, Diagnostic> {
    let mut entries: Vec<Entry> = corpus::list(seeds)?.docs;
    if let Some(doc) = doc {
        if !layout::is_doc_name(doc) || !entries.iter().any(|e| e.name == doc) {
            return Err(Diagnostic::new(Kind::Usage, "--doc", format!("no document {doc} in {}", paths::display(seeds)))
                .help("give a seed's file name without .txt"));
        }
        entries.retain(|e| e.name == doc);
    }
    let layout = Layout::new(annotations);
    let project = layout.project();
    entries
        .iter()
        .map(|entry| {
            let (text, _) = corpus::read(entry)?;
            let quotes_path = layout.doc_file(&entry.name, files::QUOTES);
            let mut quotes: Quotes = load(&quotes_path)?;
            // a quote a person added may have no id yet: the one the engine derives
            quotes.prepare();
            let speakers: Speakers = load(&layout.doc_file(&entry.name, files::SPEAKERS))?;
            let source = paths::relative(&entry.path, &project);
            Ok(Document { name: entry.name.clone(), source, text, quotes, speakers, shown: paths::display(&quotes_path) })
        })
        .collect()
}

/// The corpus's claims: the one place the exports read them, so that where they are kept
/// (shards, or an earlier version's `claims.yaml`) is decided in `shards.rs` alone. No file yet means no claims.
pub fn claims(annotations: &Path) -> Result<Claims, Diagnostic> {
    Ok(crate::shards::claims(&Layout::new(annotations))?.map(|(c, _)| c).unwrap_or_default())
}

/// Where [`claims`] reads the claims, for messages about them: their folder of shards.
pub fn claims_path(annotations: &Path) -> PathBuf {
    Layout::new(annotations).shard_dir(files::CLAIMS)
}

/// (document, quote id) → the id of the first claim the quote is a member of.
pub fn claim_of(claims: &Claims) -> BTreeMap<(&str, &str), &str> {
    let mut map = BTreeMap::new();
    for claim in &claims.claims {
        for m in &claim.members {
            if let Some(q) = &m.quote {
                map.entry((m.doc.as_str(), q.as_str())).or_insert(claim.id.as_str());
            }
        }
    }
    map
}

/// A seed's byte offsets as code points (what Python, R, brat and the W3C model count),
/// by binary search over its character boundaries.
pub struct Offsets<'a> {
    text: &'a str,
    /// The byte offset of every character, and the text's length last.
    starts: Vec<usize>,
}

impl<'a> Offsets<'a> {
    /// The offsets of `text`.
    pub fn new(text: &'a str) -> Offsets<'a> {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        Offsets { text, starts }
    }

    /// The code point at byte `at`; `None` inside a character or past the end.
    pub fn cp(&self, at: usize) -> Option<usize> {
        self.starts.binary_search(&at).ok()
    }

    /// The byte at code point `cp`; `None` past the end.
    pub fn byte(&self, cp: usize) -> Option<usize> {
        self.starts.get(cp).copied()
    }

    /// The length in code points.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// `span` in code points, or a diagnostic naming `shown` (a file the span is from).
    pub fn cp_span(&self, span: Span, shown: &str) -> Result<(usize, usize), Diagnostic> {
        match (self.cp(span.start()), self.cp(span.end())) {
            (Some(s), Some(e)) => Ok((s, e)),
            _ => Err(Diagnostic::new(Kind::Invalid, shown, format!("span {span} does not fit the seed")).help("run `pipeline check` and correct the file")),
        }
    }
}

fn load<T: DeserializeOwned>(path: &Path) -> Result<T, Diagnostic> {
    let shown = paths::display(path);
    let stored = file::read(path, &shown)?.ok_or_else(|| Diagnostic::new(Kind::Missing, &shown, "no such file (not annotated yet, or deleted)").help("run `pipeline run`"))?;
    stored.parse(&shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points_and_refuse_the_middle_of_a_character() {
        let o = Offsets::new("a’b😀");
        assert_eq!((o.cp(0), o.cp(1), o.cp(4), o.cp(5), o.cp(9)), (Some(0), Some(1), Some(2), Some(3), Some(4)));
        assert_eq!((o.cp(2), o.cp(10)), (None, None));
        assert_eq!((o.byte(2), o.byte(4), o.byte(5)), (Some(4), Some(9), None));
        assert_eq!(o.len(), 4);
    }
}
