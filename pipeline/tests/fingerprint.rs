//! The stage fingerprints follow the stages' crates with nobody bumping a version.

#[path = "../build/fingerprint.rs"]
#[allow(dead_code)]
mod fingerprint;

use fingerprint::{fingerprints, Input, UNICODE};

fn manifest(name: &str, deps: &[&str]) -> String {
    let deps: String = deps.iter().map(|d| format!("{d}.workspace = true\n")).collect();
    format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\n\n[dependencies]\n{deps}\n[dev-dependencies]\nproptest.workspace = true\n")
}

/// A small workspace: the shared crate, three stages (quotes depends on `regexish`, a
/// registry crate), and a helper crate that only `claims` uses.
fn base() -> Vec<(String, String)> {
    let lock = "version = 4\n\n[[package]]\nname = \"regexish\"\nversion = \"1.0.0\"\n\n[[package]]\nname = \"proptest\"\nversion = \"1.0.0\"\n";
    [
        ("stages/contract/Cargo.toml", manifest("contract", &["serde"])),
        ("stages/contract/src/lib.rs", "pub struct Span;".into()),
        ("stages/segment/Cargo.toml", manifest("segment", &["contract"])),
        ("stages/segment/src/lib.rs", "fn segment() {}".into()),
        ("stages/segment/tests/cases.rs", "#[test] fn t() {}".into()),
        ("stages/quotes/Cargo.toml", manifest("quotes", &["contract", "regexish"])),
        ("stages/quotes/src/lib.rs", "fn quotes() {}".into()),
        ("stages/quotes/src/verbs.txt", "said\ntold\n".into()),
        ("stages/claims/Cargo.toml", manifest("claims", &["contract", "matching"])),
        ("stages/claims/src/lib.rs", "fn claims() {}".into()),
        ("stages/matching/Cargo.toml", manifest("matching", &["contract"])),
        ("stages/matching/src/lib.rs", "fn align() {}".into()),
        ("pipeline/src/yaml.rs", "fn print() {}".into()),
        ("Cargo.lock", lock.into()),
        (UNICODE, "16.0.0".into()),
    ]
    .into_iter()
    .map(|(n, b)| (n.to_string(), b))
    .collect()
}

fn inputs(files: &[(String, String)]) -> Vec<Input> {
    let mut inputs: Vec<Input> = files.iter().map(|(n, b)| Input { name: n.clone(), bytes: b.as_bytes().to_vec() }).collect();
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs
}

/// The stages (not the helper crates) whose fingerprint `edit` changes.
fn changed(edit: impl FnOnce(&mut Vec<(String, String)>)) -> Vec<String> {
    let before = fingerprints(&inputs(&base()));
    let mut files = base();
    edit(&mut files);
    let after = fingerprints(&inputs(&files));
    ["segment", "quotes", "claims"].into_iter().filter(|s| before[*s] != after[*s]).map(String::from).collect()
}

fn set(name: &str, bytes: &str) -> impl FnOnce(&mut Vec<(String, String)>) {
    let (name, bytes) = (name.to_string(), bytes.to_string());
    move |files| match files.iter_mut().find(|(n, _)| *n == name) {
        Some(file) => file.1 = bytes,
        None => files.push((name, bytes)),
    }
}

#[test]
fn editing_a_stage_crate_changes_only_that_stage() {
    assert_eq!(changed(set("stages/segment/src/lib.rs", "fn segment() { 1; }")), ["segment"]);
    assert_eq!(changed(set("stages/quotes/src/lib.rs", "fn quotes() { 1; }")), ["quotes"]);
    assert_eq!(changed(set("stages/quotes/src/cues.rs", "fn cue() {}")), ["quotes"]);
}

#[test]
fn a_stage_data_file_is_part_of_its_fingerprint() {
    assert_eq!(changed(set("stages/quotes/src/verbs.txt", "said\n")), ["quotes"]);
}

#[test]
fn a_crate_a_stage_depends_on_is_part_of_its_fingerprint() {
    assert_eq!(changed(set("stages/matching/src/lib.rs", "fn align() { 2; }")), ["claims"]);
    // a new dependency in the manifest brings the crate in
    let edit = |files: &mut Vec<(String, String)>| {
        set("stages/segment/Cargo.toml", &manifest("segment", &["contract", "matching"]))(files);
    };
    assert_eq!(changed(edit), ["segment"]);
    let mut files = base();
    set("stages/segment/Cargo.toml", &manifest("segment", &["contract", "matching"]))(&mut files);
    let before = fingerprints(&inputs(&files));
    set("stages/matching/src/lib.rs", "fn align() { 3; }")(&mut files);
    let after = fingerprints(&inputs(&files));
    assert_ne!(before["segment"], after["segment"]);
}

#[test]
fn editing_shared_code_the_yaml_printer_or_the_unicode_tables_changes_every_stage() {
    let all = ["segment", "quotes", "claims"];
    assert_eq!(changed(set("stages/contract/src/lib.rs", "pub struct Span(u8);")), all);
    assert_eq!(changed(set("pipeline/src/yaml.rs", "fn print() { 2; }")), all);
    assert_eq!(changed(set(UNICODE, "17.0.0")), all);
}

#[test]
fn a_locked_version_counts_only_for_the_stages_that_name_the_crate() {
    let lock = "version = 4\n\n[[package]]\nname = \"regexish\"\nversion = \"1.1.0\"\n\n[[package]]\nname = \"proptest\"\nversion = \"1.0.0\"\n";
    assert_eq!(changed(set("Cargo.lock", lock)), ["quotes"]);
    // a dev-dependency does not go into what the stage writes
    let lock = "version = 4\n\n[[package]]\nname = \"regexish\"\nversion = \"1.0.0\"\n\n[[package]]\nname = \"proptest\"\nversion = \"1.9.0\"\n";
    assert!(changed(set("Cargo.lock", lock)).is_empty());
}

#[test]
fn tests_and_examples_of_a_stage_are_not_part_of_its_fingerprint() {
    assert!(changed(set("stages/segment/tests/cases.rs", "#[test] fn u() {}")).is_empty());
    assert!(changed(set("stages/segment/examples/bench.rs", "fn main() {}")).is_empty());
}

/// The real workspace: every stage is a crate, and each has a fingerprint.
#[test]
fn every_stage_of_the_workspace_has_a_fingerprint() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let found = fingerprints(&fingerprint::collect(&root, "test").unwrap());
    for stage in ["segment", "speakers", "quotes", "claims"] {
        assert!(found.contains_key(stage), "no crate stages/{stage}: {:?}", found.keys().collect::<Vec<_>>());
    }
}
