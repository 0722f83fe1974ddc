//! JSON Schemas (draft-07) for the annotation files, generated from the contract types so
//! that editors check hand edits against exactly what the tool reads.
//!
//! They are written to `<annotations>/.schema/<file>.json` (see [`crate::layout`]); every
//! annotation file's first line points at its schema with a relative path.

use crate::diag::{Diagnostic, Kind};
use crate::graph::{Graph, Node};
use crate::layout::Layout;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Value};

/// The text of the schema for the files of `node`'s stage.
pub fn text(node: &Node) -> String {
    let info = node.info();
    let mut schema = node.schema();
    let object = schema.as_object_mut().expect("a struct's schema is an object");
    object.insert("title".into(), json!(format!("{} annotations", info.file)));
    let hash = json!({"type": "string", "pattern": "^[0-9a-f]{64}$"});
    // a per-document file records its seed's hash; a corpus file, the corpus's as input
    let required: &[&str] = if node.per_document() { &["seed", "inputs", "stage", "output"] } else { &["inputs", "stage", "output"] };
    let header = [
        ("stage", json!({"const": info.name, "description": "The stage that wrote the file."})),
        ("source", json!({"type": "string", "description": "The seed this file describes, relative to the project."})),
        (
            "hashes",
            json!({
                "type": "object",
                "description": "Provenance: what the stage read and what it wrote. Written by the tool; do not edit.",
                "properties": {
                    "seed": hash,
                    "inputs": {"type": "object", "additionalProperties": hash},
                    "stage": hash,
                    "output": hash
                },
                "required": required,
                "additionalProperties": false
            }),
        ),
    ];
    if let Some(Value::Object(props)) = object.get_mut("properties") {
        for (name, value) in header {
            props.insert(name.into(), value);
        }
    }
    if let Some(Value::Array(required)) = object.get_mut("required") {
        for name in ["stage", "source", "hashes"] {
            required.push(json!(name));
        }
    }
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
}

/// The draft-07 schema of a stage's items.
pub fn body<T: JsonSchema>() -> schemars::Schema {
    SchemaSettings::draft07().into_generator().into_root_schema_for::<T>()
}

/// Brings the schemas under `annotations` up to date; writes only what differs.
pub fn write(graph: &Graph, layout: &Layout) -> Result<(), Diagnostic> {
    for node in graph.nodes() {
        let path = layout.schema(node.info().file);
        let want = text(node);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            crate::file::write_atomic(&path, want.as_bytes()).map_err(|e| {
                Diagnostic::new(Kind::Io, crate::paths::display(&path), format!("cannot be written: {e}"))
            })?;
        }
    }
    Ok(())
}

/// Reports schemas under `annotations` that are missing or out of date.
pub fn check(graph: &Graph, layout: &Layout) -> Vec<Diagnostic> {
    graph
        .nodes()
        .iter()
        .filter_map(|node| {
            let path = layout.schema(node.info().file);
            match std::fs::read_to_string(&path) {
                Ok(have) if have == text(node) => None,
                Ok(_) => Some(Diagnostic::new(Kind::Stale, crate::paths::display(&path), "stale: the schema changed").help("run `pipeline run`")),
                Err(_) => Some(Diagnostic::new(Kind::Missing, crate::paths::display(&path), "no such file (the schemas are written by `pipeline run`)").help("run `pipeline run`")),
            }
        })
        .collect()
}
