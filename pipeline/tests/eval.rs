//! `pipeline eval` on the corpus with a few hand edits: a quote re-attributed, a false
//! one (`President Donald Trump`) deleted, a missed one added; a paragraph's kind
//! corrected; a wrong mention removed.

mod common;

use common::{stdout, text, Project, DOC0, DOC1};

const DOC2: &str = "002_84c7d409cb193193";

/// `file` with the YAML list item (at `indent`) whose lines include `needle` removed.
fn without_item(file: &str, indent: &str, needle: &str) -> String {
    let lines: Vec<&str> = file.lines().collect();
    let at = lines.iter().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("no {needle:?}"));
    let start = (0..=at).rev().find(|&i| lines[i].starts_with(&format!("{indent}- "))).unwrap();
    let end = (at + 1..lines.len()).find(|&i| !lines[i].starts_with(&format!("{indent}  "))).unwrap_or(lines.len());
    let mut out: Vec<&str> = lines[..start].to_vec();
    out.extend(&lines[end..]);
    out.join("\n") + "\n"
}

/// The corpus annotated, then edited by hand and run again (which records the machine
/// output under `.machine/`).
fn corrected_corpus() -> Project {
    let project = Project::with_corpus();
    project.run();
    // 000: one quote given another speaker, one deleted, one added
    let rel = format!("annotations/{DOC0}/quotes.yaml");
    let quotes = common::with_speaker(&project.read(&rel), "I don’t think we’re less friends", "kanye-west");
    let quotes = without_item(&quotes, "  ", "id: q-president-donald-trump");
    let seed = std::fs::read_to_string(project.seed_path(&format!("{DOC0}.txt"))).unwrap();
    // (the headline's report, which no rule reads)
    let added = "Where His & Kanye's Friendship REALLY Stands";
    let start = seed.find(added).expect("the added words are in the seed");
    let item = format!("  - kind: indirect\n    span: {start}..{}\n    text: {added}\n    speaker: null\n", start + added.len());
    assert!(!quotes.contains("\nnot_quotes:") && !quotes.contains("\nunresolved:"), "the fixture expects quotes last");
    project.write(&rel, &(quotes + &item));
    // 001: a paragraph's kind corrected
    let rel = format!("annotations/{DOC1}/segments.yaml");
    project.write(&rel, &project.read(&rel).replacen("kind: body", "kind: caption", 1));
    // 002: a mention removed from a speaker
    let rel = format!("annotations/{DOC2}/speakers.yaml");
    let speakers = project.read(&rel);
    let pronoun = speakers.lines().position(|l| l.trim() == "form: pronoun").expect("a pronoun mention");
    let lines: Vec<&str> = speakers.lines().collect();
    let mut kept: Vec<&str> = lines[..pronoun - 2].to_vec();
    kept.extend(&lines[pronoun + 1..]);
    project.write(&rel, &(kept.join("\n") + "\n"));
    let out = project.pipeline(&["run"]);
    assert!(out.status.success(), "{}", text(&out));
    project
}

fn snapshot(name: &str, out: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, out));
}

#[test]
fn eval_text_gives_precision_recall_and_speaker_accuracy_per_stage_and_document() {
    let project = corrected_corpus();
    let out = project.pipeline(&["eval"]);
    assert!(out.status.success(), "{}", text(&out));
    snapshot("eval_text", &stdout(&out));
}

#[test]
fn eval_json_counts_a_deleted_an_added_and_a_reattributed_quote() {
    let project = corrected_corpus();
    let out = project.pipeline(&["eval", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out));
    snapshot("eval_json", &stdout(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let quotes = &json["stages"]["quotes"]["documents"][DOC0];
    let n = |key: &str| quotes[key].as_u64().unwrap();
    // one deleted (a false positive), one added (a miss), one re-attributed
    assert_eq!(n("machine"), n("matched") + 1);
    assert_eq!(n("person"), n("matched") + 1);
    assert_eq!(n("matched"), n("agree") + 1);
    assert_eq!(json["files"].as_array().unwrap().len(), 3);
}

#[test]
fn eval_skips_an_edit_whose_machine_output_is_not_on_record() {
    let project = Project::with_corpus();
    project.run();
    let rel = format!("annotations/{DOC0}/quotes.yaml");
    project.write(&rel, &common::with_speaker(&project.read(&rel), "I don’t think we’re less friends", "kanye-west"));
    // no `run` since the edit: no `.machine/` copy to measure against
    let out = project.pipeline(&["eval"]);
    assert!(out.status.success(), "{}", text(&out));
    let shown = stdout(&out);
    assert!(shown.contains(&format!("{DOC0}/quotes.yaml: hand-edited, but the machine output it started from is not on record")), "{shown}");
    assert!(shown.contains("eval: no hand-edited file"), "{shown}");
}
