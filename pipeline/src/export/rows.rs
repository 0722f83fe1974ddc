//! `jsonl` and `csv`: one row per attribution (quote, mixed or indirect item).
//!
//! Each row: the document, the item's id and kind (`direct`, `mixed`, `indirect`), the
//! speaker's id, name and kind, the text, its byte span (`start`, `end`, UTF-8 bytes into
//! the raw seed, half-open, as in the YAML) and its code-point span (`cp_start`, `cp_end`,
//! what most tools outside Rust index by), the cue and its byte span, the id of the claim
//! the item is a member of, and the confidence. Rows are in document order, then in the
//! order of `quotes.yaml`.

use super::{claim_of, Document, Offsets};
use crate::diag::Diagnostic;
use serde::Serialize;
use serde_json::Value;
use stages::contract::Claims;

/// The columns, in order: the CSV header, and the keys of each JSON line in that order.
pub const COLUMNS: [&str; 16] = [
    "doc", "id", "kind", "speaker", "speaker_name", "speaker_kind", "text", "start", "end", "cp_start", "cp_end", "cue", "cue_start", "cue_end",
    "claim", "confidence",
];

/// One row. A struct rather than a JSON map: serde writes fields in declaration order, so
/// the JSON keys come in [`COLUMNS`] order without switching serde_json's map to
/// insertion order for the whole workspace (its `preserve_order` feature is unified
/// across every crate that uses serde_json, and would reorder other JSON we print).
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// The document.
    pub doc: String,
    /// The item's id.
    pub id: String,
    /// `direct`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The speaker's id.
    pub speaker: Option<String>,
    /// The speaker's canonical name.
    pub speaker_name: Option<String>,
    /// `person`, `organisation`, `group` or `document`.
    pub speaker_kind: Option<&'static str>,
    /// The item's text.
    pub text: String,
    /// UTF-8 byte offset of the start.
    pub start: usize,
    /// UTF-8 byte offset of the end.
    pub end: usize,
    /// Code-point offset of the start.
    pub cp_start: usize,
    /// Code-point offset of the end.
    pub cp_end: usize,
    /// The cue's text.
    pub cue: Option<String>,
    /// The cue's start (bytes).
    pub cue_start: Option<usize>,
    /// The cue's end (bytes).
    pub cue_end: Option<usize>,
    /// The claim the item is a member of.
    pub claim: Option<String>,
    /// How sure the rule is of the speaker.
    pub confidence: Option<f64>,
}

/// The rows of `docs`.
pub fn rows(docs: &[Document], claims: &Claims) -> Result<Vec<Row>, Diagnostic> {
    let claim_of = claim_of(claims);
    let mut rows = Vec::new();
    for d in docs {
        let offsets = Offsets::new(&d.text);
        for q in &d.quotes.quotes {
            let speaker = q.speaker.as_deref().and_then(|id| d.speaker(id));
            let (cp_start, cp_end) = offsets.cp_span(q.span, &d.shown)?;
            rows.push(Row {
                doc: d.name.clone(),
                id: q.id.clone(),
                kind: q.kind.name(),
                speaker: q.speaker.clone(),
                speaker_name: speaker.map(|s| s.name.clone()),
                speaker_kind: speaker.map(|s| s.kind.as_str()),
                text: q.text.clone(),
                start: q.span.start(),
                end: q.span.end(),
                cp_start,
                cp_end,
                cue: q.cue.as_ref().map(|c| c.text.clone()),
                cue_start: q.cue.as_ref().map(|c| c.span.start()),
                cue_end: q.cue.as_ref().map(|c| c.span.end()),
                claim: claim_of.get(&(d.name.as_str(), q.id.as_str())).map(|c| c.to_string()),
                confidence: q.confidence,
            });
        }
    }
    Ok(rows)
}

/// One JSON object a line.
pub fn jsonl(rows: &[Row]) -> String {
    rows.iter().map(|r| serde_json::to_string(r).expect("a row serializes") + "\n").collect()
}

/// A header line, then one record a row.
pub fn csv(rows: &[Row]) -> String {
    let mut out = csv_line(COLUMNS.iter().map(|c| c.to_string()));
    for row in rows {
        let Value::Object(fields) = serde_json::to_value(row).expect("a row serializes") else { unreachable!("a struct is an object") };
        out.push_str(&csv_line(COLUMNS.iter().map(|c| match &fields[*c] {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })));
    }
    out
}

/// One CSV record: fields holding a comma, a quote mark or a line break are quoted, with
/// their quote marks doubled; lines end with CRLF, as RFC 4180 says.
fn csv_line(fields: impl Iterator<Item = String>) -> String {
    let quoted: Vec<String> = fields
        .map(|f| if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f })
        .collect();
    quoted.join(",") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let line = csv_line(["plain", "a, b", "say \"hi\"", "two\nlines", ""].into_iter().map(String::from));
        assert_eq!(line, "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    #[test]
    fn json_keys_come_in_the_documented_column_order() {
        let row = Row {
            doc: "d".into(),
            id: "q-x".into(),
            kind: "direct",
            speaker: None,
            speaker_name: None,
            speaker_kind: None,
            text: "x".into(),
            start: 0,
            end: 1,
            cp_start: 0,
            cp_end: 1,
            cue: None,
            cue_start: None,
            cue_end: None,
            claim: None,
            confidence: Some(0.5),
        };
        let line = jsonl(&[row]);
        let mut at = 0;
        for column in COLUMNS {
            let found = line[at..].find(&format!("\"{column}\":")).unwrap_or_else(|| panic!("{column} missing or out of order in {line}"));
            at += found + 1;
        }
        assert_eq!(line.matches("\":").count(), COLUMNS.len(), "{line}");
    }
}
