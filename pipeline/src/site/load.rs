//! Reading a corpus for the report: the seeds, each document's annotations and the
//! claims, through the contract types, with every span the report will slice checked
//! against its seed first, so that a stale or broken file is a message, never a panic
//! or a highlight on the wrong words.

use crate::corpus;
use crate::diag::{Diagnostic, Kind};
use crate::file;
use crate::graph::files;
use crate::layout::Layout;
use crate::paths;
use serde::de::DeserializeOwned;
use stages::contract::{Claims, Quotes, Segments, Speakers};
use stages::Span;
use std::path::Path;

/// One document: its seed and annotations.
#[derive(Debug)]
pub struct Doc {
    /// The seed's file name without `.txt`.
    pub name: String,
    /// The seed's text.
    pub text: String,
    /// `segments.yaml`.
    pub segments: Segments,
    /// `speakers.yaml`.
    pub speakers: Speakers,
    /// `quotes.yaml`.
    pub quotes: Quotes,
}

/// A corpus as the report reads it.
#[derive(Debug)]
pub struct Corpus {
    /// The documents, sorted by name.
    pub docs: Vec<Doc>,
    /// The claims, every shard's.
    pub claims: Claims,
}

impl Corpus {
    /// The document called `name`.
    pub fn doc(&self, name: &str) -> Option<&Doc> {
        self.docs.binary_search_by(|d| d.name.as_str().cmp(name)).ok().map(|i| &self.docs[i])
    }
}

const WHAT_TO_DO: &str = "run `pipeline check` to see what is stale or broken, then `pipeline run`";

/// Reads the seeds in `seeds` and their annotations in `annotations`.
pub fn load(seeds: &Path, annotations: &Path) -> Result<Corpus, Diagnostic> {
    let listed = corpus::list(seeds)?;
    if listed.docs.is_empty() {
        return Err(Diagnostic::new(Kind::Usage, paths::display(seeds), "holds no .txt seeds: there is nothing to report")
            .help("give the folder of seeds with --seeds, or run from inside the project"));
    }
    let layout = Layout::new(annotations);
    let mut docs = Vec::with_capacity(listed.docs.len());
    for entry in &listed.docs {
        let (text, _) = corpus::read(entry)?;
        let doc = Doc {
            segments: load_file(&layout.doc_file(&entry.name, files::SEGMENTS))?,
            speakers: load_file(&layout.doc_file(&entry.name, files::SPEAKERS))?,
            quotes: load_file(&layout.doc_file(&entry.name, files::QUOTES))?,
            name: entry.name.clone(),
            text,
        };
        check_doc(&layout, &doc)?;
        docs.push(doc);
    }
    let claims_path = layout.shard_dir(files::CLAIMS);
    let claims: Claims = crate::shards::claims(&layout)?
        .map(|(c, _)| c)
        .ok_or_else(|| Diagnostic::new(Kind::Missing, paths::display(&claims_path), "no claims: the report needs every annotation file").help("run `pipeline run` to annotate the seeds first"))?;
    let corpus = Corpus { docs, claims };
    check_claims(&claims_path, &corpus)?;
    Ok(corpus)
}

fn load_file<T: DeserializeOwned>(path: &Path) -> Result<T, Diagnostic> {
    let shown = paths::display(path);
    let stored = file::read(path, &shown)?
        .ok_or_else(|| Diagnostic::new(Kind::Missing, &shown, "no such file: the report needs every annotation file").help("run `pipeline run` to annotate the seeds first"))?;
    stored.parse(&shown).map_err(|d| if d.help.is_none() { d.help(WHAT_TO_DO) } else { d })
}

/// The seed's bytes in `span`, or a diagnostic naming `file` and `what`.
fn slice<'a>(text: &'a str, span: Span, file: &Path, what: &str) -> Result<&'a str, Diagnostic> {
    span.check(text).map_err(|e| Diagnostic::new(Kind::Invalid, paths::display(file), format!("{what}: span {span} {e}")).help(WHAT_TO_DO))?;
    Ok(&text[span.start()..span.end()])
}

/// `span` slices to `expected` in `text`.
fn matches(text: &str, span: Span, expected: &str, file: &Path, what: &str) -> Result<(), Diagnostic> {
    if slice(text, span, file, what)? == expected {
        Ok(())
    } else {
        Err(Diagnostic::new(Kind::Stale, paths::display(file), format!("{what}: span {span} does not match its text (the seed changed since it was annotated?)")).help(WHAT_TO_DO))
    }
}

fn check_doc(layout: &Layout, doc: &Doc) -> Result<(), Diagnostic> {
    let text = &doc.text;
    let quotes = layout.doc_file(&doc.name, files::QUOTES);
    for q in &doc.quotes.quotes {
        let what = format!("quote {}", q.id);
        matches(text, q.span, &q.text, &quotes, &what)?;
        if let Some(cue) = &q.cue {
            matches(text, cue.span, &cue.text, &quotes, &format!("the cue of {what}"))?;
        }
        for s in q.quoted.iter().chain(&q.parts) {
            slice(text, *s, &quotes, &what)?;
        }
    }
    let segments = layout.doc_file(&doc.name, files::SEGMENTS);
    for p in &doc.segments.paragraphs {
        slice(text, p.span, &segments, &format!("paragraph {}", p.id))?;
    }
    for d in &doc.segments.damage {
        matches(text, d.span, &d.text, &segments, "damage")?;
    }
    Ok(())
}

fn check_claims(path: &Path, corpus: &Corpus) -> Result<(), Diagnostic> {
    for claim in &corpus.claims.claims {
        for m in &claim.members {
            let what = format!("claim {}, member in {}", claim.id, m.doc);
            let doc = corpus.doc(&m.doc).ok_or_else(|| {
                Diagnostic::new(Kind::Stale, paths::display(path), format!("{what}: no such document among the seeds")).help(WHAT_TO_DO)
            })?;
            matches(&doc.text, m.span, &m.text, path, &what)?;
        }
    }
    Ok(())
}
