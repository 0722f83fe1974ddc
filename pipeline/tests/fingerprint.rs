//! The stage fingerprints follow the stages' sources with nobody bumping a version.

#[path = "../build/fingerprint.rs"]
#[allow(dead_code)]
mod fingerprint;

use fingerprint::{fingerprints, owner, Input, STAGES};
use std::path::Path;

fn workspace(files: &[(&str, &str)]) -> Vec<Input> {
    let mut inputs: Vec<Input> = files.iter().map(|(n, b)| Input { name: n.to_string(), bytes: b.as_bytes().to_vec() }).collect();
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs
}

const BASE: &[(&str, &str)] = &[
    ("stages/src/lib.rs", "pub mod quotes;"),
    ("stages/src/segment.rs", "fn segment() {}"),
    ("stages/src/speakers.rs", "fn speakers() {}"),
    ("stages/src/quotes/mod.rs", "fn quotes() {}"),
    ("stages/src/quotes/verbs.txt", "said\ntold\n"),
    ("stages/src/claims.rs", "fn claims() {}"),
    ("pipeline/src/yaml.rs", "fn print() {}"),
];

fn changed(edit: (&str, &str)) -> Vec<&'static str> {
    let before = fingerprints(&workspace(BASE));
    let files: Vec<(&str, &str)> = BASE.iter().map(|&(n, b)| if n == edit.0 { (n, edit.1) } else { (n, b) }).collect();
    let after = fingerprints(&workspace(&files));
    before.iter().zip(&after).filter(|(a, b)| a.1 != b.1).map(|(a, _)| a.0).collect()
}

#[test]
fn editing_a_stage_module_changes_only_that_stage() {
    assert_eq!(changed(("stages/src/segment.rs", "fn segment() { 1; }")), ["segment"]);
    assert_eq!(changed(("stages/src/quotes/mod.rs", "fn quotes() { 1; }")), ["quotes"]);
}

#[test]
fn a_stage_data_file_is_part_of_its_fingerprint() {
    assert_eq!(changed(("stages/src/quotes/verbs.txt", "said\n")), ["quotes"]);
}

#[test]
fn editing_shared_code_or_the_yaml_printer_changes_every_stage() {
    assert_eq!(changed(("stages/src/lib.rs", "pub mod quotes; pub mod more;")), STAGES);
    assert_eq!(changed(("pipeline/src/yaml.rs", "fn print() { 2; }")), STAGES);
}

#[test]
fn files_belong_to_the_stage_whose_module_they_are_in() {
    assert_eq!(owner("stages/src/quotes.rs"), Some("quotes"));
    assert_eq!(owner("stages/src/quotes/cues.rs"), Some("quotes"));
    assert_eq!(owner("stages/src/quotesy.rs"), None);
    assert_eq!(owner("stages/src/contract.rs"), None);
}

/// A stage that used another stage's module would change output when that module
/// changed, without its own fingerprint changing: the cache would serve stale files.
#[test]
fn stage_modules_do_not_use_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let inputs = fingerprint::collect(&root).unwrap();
    let mut offences = Vec::new();
    for input in &inputs {
        let Some(stage) = owner(&input.name) else { continue };
        let text = String::from_utf8_lossy(&input.bytes);
        for other in STAGES.iter().filter(|&&s| s != stage) {
            for path in [format!("crate::{other}"), format!("stages::{other}")] {
                if text.contains(&path) {
                    offences.push(format!("{} uses {path}", input.name));
                }
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}
