//! `pipeline export`: the annotations out of our YAML, one row per attribution, for
//! pandas, R and spreadsheets (`jsonl`, `csv`).
//!
//! Each row: the document, the item's id and kind (`direct`, `mixed`, `indirect`), the
//! speaker's id, name and kind, the text, its byte span (`start`, `end`, UTF-8 bytes into
//! the raw seed, half-open, as in the YAML) and its code-point span (`cp_start`, `cp_end`,
//! what most tools outside Rust index by), the cue and its byte span, the id of the claim
//! the item is a member of, and the confidence. Rows are in document order, then in the
//! order of `quotes.yaml`: the same annotations give the same bytes.

use crate::corpus::{self, Entry};
use crate::diag::{Diagnostic, Kind};
use crate::file;
use crate::graph::files;
use crate::layout::{self, Layout};
use crate::paths;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use stages::contract::{Claims, Quotes, Speakers};
use std::collections::BTreeMap;
use std::path::Path;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header line (RFC 4180 quoting).
    Csv,
}

/// The columns, in order (the CSV header; the JSON keys).
pub const COLUMNS: [&str; 16] = [
    "doc", "id", "kind", "speaker", "speaker_name", "speaker_kind", "text", "start", "end", "cp_start", "cp_end", "cue", "cue_start", "cue_end",
    "claim", "confidence",
];

/// Every attribution of the corpus (or of `doc`), in `format`.
pub fn export(seeds: &Path, annotations: &Path, doc: Option<&str>, format: Format) -> Result<String, Diagnostic> {
    let rows = rows(seeds, annotations, doc)?;
    Ok(match format {
        Format::Jsonl => rows.iter().map(|r| serde_json::to_string(r).expect("JSON values serialize") + "\n").collect(),
        Format::Csv => {
            let mut out = csv_line(COLUMNS.iter().map(|c| c.to_string()));
            for row in &rows {
                out.push_str(&csv_line(COLUMNS.iter().map(|c| match &row[*c] {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })));
            }
            out
        }
    })
}

/// The rows, one JSON object each with the [`COLUMNS`] as keys.
pub fn rows(seeds: &Path, annotations: &Path, doc: Option<&str>) -> Result<Vec<Value>, Diagnostic> {
    let corpus = corpus::list(seeds)?;
    let mut entries: Vec<Entry> = corpus.docs;
    if let Some(doc) = doc {
        if !layout::is_doc_name(doc) || !entries.iter().any(|e| e.name == doc) {
            return Err(Diagnostic::new(Kind::Usage, "--doc", format!("no document {doc} in {}", paths::display(seeds)))
                .help("give a seed's file name without .txt"));
        }
        entries.retain(|e| e.name == doc);
    }
    let layout = Layout::new(annotations);
    let claims_path = layout.corpus_file(files::CLAIMS);
    let claims: Claims = if claims_path.is_file() { load(&claims_path)? } else { Claims::default() };
    // (document, quote id) -> claim id
    let mut claim_of: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    for claim in &claims.claims {
        for m in &claim.members {
            if let Some(q) = &m.quote {
                claim_of.entry((m.doc.as_str(), q.as_str())).or_insert(claim.id.as_str());
            }
        }
    }
    let mut rows = Vec::new();
    for entry in &entries {
        let (text, _) = corpus::read(entry)?;
        let quotes: Quotes = load(&layout.doc_file(&entry.name, files::QUOTES))?;
        let speakers: Speakers = load(&layout.doc_file(&entry.name, files::SPEAKERS))?;
        let shown = paths::display(&layout.doc_file(&entry.name, files::QUOTES));
        let cp = |at: usize| -> Result<usize, Diagnostic> {
            text.get(..at)
                .map(|s| s.chars().count())
                .ok_or_else(|| Diagnostic::new(Kind::Invalid, &shown, format!("byte offset {at} does not fit the seed")).help("run `pipeline check`"))
        };
        for q in &quotes.quotes {
            let speaker = q.speaker.as_deref().and_then(|id| speakers.speakers.iter().find(|s| s.id == id));
            rows.push(json!({
                "doc": entry.name,
                "id": q.id,
                "kind": q.kind.name(),
                "speaker": q.speaker,
                "speaker_name": speaker.map(|s| s.name.clone()),
                "speaker_kind": speaker.map(|s| s.kind.as_str()),
                "text": q.text,
                "start": q.span.start(),
                "end": q.span.end(),
                "cp_start": cp(q.span.start())?,
                "cp_end": cp(q.span.end())?,
                "cue": q.cue.as_ref().map(|c| c.text.clone()),
                "cue_start": q.cue.as_ref().map(|c| c.span.start()),
                "cue_end": q.cue.as_ref().map(|c| c.span.end()),
                "claim": claim_of.get(&(entry.name.as_str(), q.id.as_str())),
                "confidence": q.confidence,
            }));
        }
    }
    Ok(rows)
}

/// One CSV record: fields holding a comma, a quote mark or a line break are quoted, with
/// their quote marks doubled; lines end with CRLF, as RFC 4180 says.
fn csv_line(fields: impl Iterator<Item = String>) -> String {
    let quoted: Vec<String> = fields
        .map(|f| if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f })
        .collect();
    quoted.join(",") + "\r\n"
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
    fn csv_quotes_only_what_needs_it() {
        let line = csv_line(["plain", "a, b", "say \"hi\"", "two\nlines", ""].into_iter().map(String::from));
        assert_eq!(line, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }
}
