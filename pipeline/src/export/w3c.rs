//! `w3c`: the annotations as W3C Web Annotation Data Model annotations, in JSON-LD
//! (<https://www.w3.org/TR/annotation-model/>), for Hypothesis-style clients.
//!
//! The output is one `AnnotationCollection` whose embedded first (and only)
//! `AnnotationPage` holds every annotation, so the whole export is one JSON-LD document a
//! client can load at once; each annotation carries its own `@context` as well, so it
//! stands alone when taken out of the page. One annotation per quote item (motivation
//! `identifying`: who said it), per speaker mention (`identifying`: who is meant) and per
//! claim member (`linking`: the claim it carries).
//!
//! Identifiers:
//! - the target's `source` is the seed as a relative IRI, exactly the `source:` of the
//!   YAML headers (`seeds/<doc>.txt`, relative to the project): it resolves to the seed
//!   when the export is read from the project folder;
//! - everything else is a URN under `urn:pipeline:`: an annotation
//!   `urn:pipeline:<doc>:<quote id>`, `urn:pipeline:<doc>:mention:<start>-<end>` (bytes),
//!   `urn:pipeline:claim:<claim id>:<doc>:<start>-<end>`; a speaker
//!   `urn:pipeline:speaker:<id>`; a claim `urn:pipeline:claim:<id>`.
//!
//! Each target has two selectors for the same range (alternatives, as the model reads a
//! list of selectors): a `TextPositionSelector` in code points, as the model requires,
//! and a `TextQuoteSelector` with the exact text and up to [`CONTEXT`] code points of
//! prefix and suffix, so a client can re-anchor it in a changed text. A discontinuous
//! content (`parts`) is targeted by its whole range, as its `text` in the YAML is.
//!
//! Bodies use only the model's own classes and purposes: `classifying` `TextualBody` for
//! the kind (`direct`, `mixed`, `indirect`; a mention's form; a member's match),
//! `identifying` `SpecificResource` (the speaker's URN) and `TextualBody` (their name),
//! `describing` `SpecificResource` for the cue (the seed with its selectors), `linking`
//! `SpecificResource` for the claim.

use super::{Document, Offsets};
use crate::diag::{Diagnostic, Kind};
use serde_json::{json, Value};
use stages::contract::Claims;
use stages::Span;

/// The JSON-LD context of the model.
pub const CONTEXT_IRI: &str = "http://www.w3.org/ns/anno.jsonld";

/// How many code points of text a `TextQuoteSelector` gives on each side.
pub const CONTEXT: usize = 32;

/// The collection of `docs`'s annotations (of `doc`'s only, when given), pretty-printed;
/// `claims` with the path of their file, as messages name it.
pub fn collection(docs: &[Document], claims: (&Claims, &str), doc: Option<&str>) -> Result<String, Diagnostic> {
    let items = annotations(docs, claims)?;
    let id = match doc {
        Some(doc) => format!("urn:pipeline:collection:{}", urn_part(doc)),
        None => "urn:pipeline:collection".to_string(),
    };
    let mut collection = json!({
        "@context": CONTEXT_IRI,
        "id": id,
        "type": "AnnotationCollection",
        "label": "Who said what: attributions, speaker mentions and claim members",
        "total": items.len(),
    });
    // an empty collection has no pages
    if !items.is_empty() {
        let page = format!("{id}:page:1");
        collection["first"] = json!({ "id": page, "type": "AnnotationPage", "partOf": id, "startIndex": 0, "items": items });
        collection["last"] = json!(page);
    }
    Ok(serde_json::to_string_pretty(&collection).expect("JSON values serialize") + "\n")
}

/// Every annotation of `docs`: per document, its quote items, its speaker mentions, then
/// the claim members it holds (`claims`, with the path of their file).
pub fn annotations(docs: &[Document], (claims, claims_shown): (&Claims, &str)) -> Result<Vec<Value>, Diagnostic> {
    let mut out = Vec::new();
    let claim_of = super::claim_of(claims);
    for d in docs {
        let offsets = Offsets::new(&d.text);
        let target = |span: Span| -> Result<Value, Diagnostic> { target(d, &offsets, span) };
        let speaker_bodies = |id: &str| -> Vec<Value> {
            let mut bodies = vec![json!({ "type": "SpecificResource", "purpose": "identifying", "source": format!("urn:pipeline:speaker:{}", urn_part(id)) })];
            if let Some(s) = d.speaker(id) {
                bodies.push(json!({ "type": "TextualBody", "purpose": "identifying", "value": s.name, "format": "text/plain" }));
            }
            bodies
        };
        for q in &d.quotes.quotes {
            let mut body = vec![classifying(q.kind.name())];
            if let Some(s) = &q.speaker {
                body.extend(speaker_bodies(s));
            }
            if let Some(cue) = &q.cue {
                let mut cue_body = target(cue.span)?;
                cue_body["purpose"] = json!("describing");
                body.push(cue_body);
            }
            if let Some(claim) = claim_of.get(&(d.name.as_str(), q.id.as_str())) {
                body.push(json!({ "type": "SpecificResource", "purpose": "linking", "source": format!("urn:pipeline:claim:{}", urn_part(claim)) }));
            }
            out.push(annotation(format!("urn:pipeline:{}:{}", urn_part(&d.name), urn_part(&q.id)), "identifying", body, target(q.span)?));
        }
        for s in &d.speakers.speakers {
            for m in &s.mentions {
                let mut body = speaker_bodies(&s.id);
                body.push(classifying(&crate::carry::show_serde(&m.form)));
                let id = format!("urn:pipeline:{}:mention:{}-{}", urn_part(&d.name), m.span.start(), m.span.end());
                out.push(annotation(id, "identifying", body, target(m.span)?));
            }
        }
        for claim in &claims.claims {
            for m in claim.members.iter().filter(|m| m.doc == d.name) {
                let claim_urn = format!("urn:pipeline:claim:{}", urn_part(&claim.id));
                let mut body = vec![
                    json!({ "type": "SpecificResource", "purpose": "linking", "source": claim_urn }),
                    json!({ "type": "TextualBody", "purpose": "describing", "value": claim.text, "format": "text/plain" }),
                    classifying(&crate::carry::show_serde(&m.matching)),
                ];
                if let Some(s) = &m.speaker {
                    body.extend(speaker_bodies(s));
                }
                let id = format!("{claim_urn}:{}:{}-{}", urn_part(&d.name), m.span.start(), m.span.end());
                out.push(annotation(id, "linking", body, target(m.span).map_err(|e| claims_problem(e, &claim.id, claims_shown))?));
            }
        }
    }
    Ok(out)
}

/// A member's span that does not fit its seed is a problem of the claims' file.
fn claims_problem(mut d: Diagnostic, claim: &str, shown: &str) -> Diagnostic {
    d.message = format!("claim {claim}: a member's {}", d.message);
    d.path = shown.to_string();
    d
}

fn annotation(id: String, motivation: &str, body: Vec<Value>, target: Value) -> Value {
    json!({ "@context": CONTEXT_IRI, "id": id, "type": "Annotation", "motivation": motivation, "body": body, "target": target })
}

fn classifying(value: &str) -> Value {
    json!({ "type": "TextualBody", "purpose": "classifying", "value": value, "format": "text/plain" })
}

/// A `SpecificResource` on the seed selecting `span`, by position and by quote.
fn target(d: &Document, offsets: &Offsets, span: Span) -> Result<Value, Diagnostic> {
    let (start, end) = offsets.cp_span(span, &d.shown)?;
    let exact = span.slice(&d.text).ok_or_else(|| Diagnostic::new(Kind::Invalid, &d.shown, format!("span {span} does not fit the seed")))?;
    let byte = |cp: usize| offsets.byte(cp).expect("inside the text");
    let prefix = &d.text[byte(start.saturating_sub(CONTEXT))..span.start()];
    let suffix = &d.text[span.end()..byte((end + CONTEXT).min(offsets.len()))];
    let mut quote = json!({ "type": "TextQuoteSelector", "exact": exact });
    if !prefix.is_empty() {
        quote["prefix"] = json!(prefix);
    }
    if !suffix.is_empty() {
        quote["suffix"] = json!(suffix);
    }
    Ok(json!({
        "type": "SpecificResource",
        "source": iri_path(&d.source),
        "selector": [{ "type": "TextPositionSelector", "start": start, "end": end }, quote],
    }))
}

/// `text` with every byte that is not unreserved in a URN's specific string (RFC 8141)
/// percent-encoded, so that any document or item name makes a valid IRI.
fn urn_part(text: &str) -> String {
    encode(text, |b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// A relative path as an IRI reference: `/` kept, other reserved bytes encoded.
fn iri_path(path: &str) -> String {
    encode(path, |b| b.is_ascii_alphanumeric() || b"-._~/".contains(&b))
}

fn encode(text: &str, keep: impl Fn(u8) -> bool) -> String {
    text.bytes().map(|b| if keep(b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_outside_the_unreserved_set_are_percent_encoded() {
        assert_eq!(urn_part("000_d31f"), "000_d31f");
        assert_eq!(urn_part("a b:c"), "a%20b%3Ac");
        assert_eq!(iri_path("seeds/é x.txt"), "seeds/%C3%A9%20x.txt");
    }
}
