//! The JSON Schemas the annotation files point at accept what the tool writes and refuse
//! the nonsense a person can type, so that an editor flags it as they type (checked with
//! a real validator, with ECMA-262 regexes as editors use).

use pipeline::engine::{execute, Mode, Options};
use serde_json::Value;
use std::fs;
use std::path::Path;

const DOC0: &str = "000_d31f45b7f298f60f";

/// A fresh run of the corpus; returns the project folder.
fn annotated() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("seeds")).unwrap();
    for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join("seeds").join(path.file_name().unwrap())).unwrap();
    }
    let options = Options { jobs: Some(2), ..Options::new(dir.path().join("seeds"), dir.path().join("annotations")) };
    assert!(execute(Mode::Run, &options).unwrap().is_clean());
    dir
}

/// The claim shards under `annotations`, relative to it (`claims/3f.yaml`), sorted.
fn claim_shards(annotations: &Path) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(annotations.join("claims"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
        .map(|n| format!("claims/{n}"))
        .collect();
    found.sort();
    found
}

/// The errors of `file` (an annotation file's YAML, as a person left it) against the
/// schema its first line names.
fn errors(annotations: &Path, rel: &str, yaml: &str) -> Option<String> {
    let first = yaml.lines().next().unwrap();
    let schema_ref = first.strip_prefix("# yaml-language-server: $schema=").expect("a schema line");
    let schema_path = annotations.join(rel).parent().unwrap().join(schema_ref);
    let schema: Value = serde_json::from_str(&fs::read_to_string(&schema_path).unwrap()).unwrap();
    let instance: Value = serde_yaml::from_str(yaml).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("schema.json", schema).unwrap();
    let index = compiler.compile("schema.json", &mut schemas).unwrap();
    schemas.validate(&instance, index).err().map(|e| format!("{e:#}"))
}

#[test]
fn every_file_the_tool_writes_passes_its_schema() {
    let dir = annotated();
    let annotations = dir.path().join("annotations");
    let mut files = claim_shards(&annotations);
    assert!(!files.is_empty());
    let shards = files.len();
    for entry in fs::read_dir(&annotations).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.starts_with('.') && name != "claims" && annotations.join(&name).is_dir() {
            for file in ["segments", "speakers", "quotes"] {
                files.push(format!("{name}/{file}.yaml"));
            }
        }
    }
    assert_eq!(files.len(), 15 + shards);
    for rel in files {
        let yaml = fs::read_to_string(annotations.join(&rel)).unwrap();
        assert_eq!(errors(&annotations, &rel, &yaml), None, "{rel}");
    }
}

#[test]
fn the_schemas_refuse_what_a_person_should_not_write() {
    let dir = annotated();
    let annotations = dir.path().join("annotations");
    let quotes = format!("{DOC0}/quotes.yaml");
    let speakers = format!("{DOC0}/speakers.yaml");
    let read = |rel: &str| fs::read_to_string(annotations.join(rel)).unwrap();
    let q = read(&quotes);
    let first_confidence = q.lines().find(|l| l.trim_start().starts_with("confidence: ")).unwrap().to_string();
    let first_speaker = q.lines().find(|l| l.trim_start().starts_with("speaker: ")).unwrap().to_string();
    let first_id = q.lines().find(|l| l.trim_start().starts_with("- id: ")).unwrap().to_string();
    let seed_line = q.lines().find(|l| l.trim_start().starts_with("seed: ")).unwrap().to_string();
    let shard = claim_shards(&annotations).into_iter().find(|rel| read(rel).contains("    story: s-")).expect("a claim with a story");
    let claims = read(&shard);
    let first_doc = claims.lines().find(|l| l.trim_start().starts_with("- doc: ")).unwrap().to_string();
    let cases: Vec<(&str, String, String)> = vec![
        ("a confidence above 1", quotes.clone(), q.replacen(&first_confidence, "    confidence: 7", 1)),
        ("an empty speaker", quotes.clone(), q.replacen(&first_speaker, "    speaker: \"\"", 1)),
        ("an id with a space", quotes.clone(), q.replacen(&first_id, "  - id: hello world", 1)),
        ("a member doc that is a path", shard.clone(), claims.replacen(&first_doc, "      - doc: ../../etc", 1)),
        ("a story id with a space", shard.clone(), claims.replacen("    story: s-", "    story: a story s-", 1)),
        ("a missing seed hash", quotes.clone(), q.replacen(&format!("{seed_line}\n"), "", 1)),
        ("a speaker id starting with a dash", speakers.clone(), read(&speakers).replacen("  - id: ", "  - id: -", 1)),
        ("a speaker kind that is no kind", speakers.clone(), read(&speakers).replacen("    mentions:", "    kind: robot\n    mentions:", 1)),
    ];
    for (what, rel, yaml) in cases {
        assert_ne!(yaml, read(&rel), "{what}: the case changed nothing");
        assert!(errors(&annotations, &rel, &yaml).is_some(), "{what}: the schema accepts it");
    }
}
