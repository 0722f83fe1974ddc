//! Snapshots of exactly what the tool writes for the corpus in `seeds/`: each stage's
//! file for each seed, and `claims.yaml`, stored in the top-level `snapshots/`.
//!
//! Review changes with `cargo insta review`: a snapshot diff is the diff a user will see
//! in `annotations/`. The only line redacted is the stage fingerprint (`hashes.stage`),
//! which changes with any edit to a stage's code even when its output does not.

use pipeline::engine::{self, Mode, Options};
use pipeline::trace::{trace, Format};
use std::fs;
use std::path::{Path, PathBuf};

fn redact(text: &str) -> String {
    text.lines()
        .map(|line| if line.starts_with("  stage: ") { "  stage: [fingerprint]" } else { line })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn corpus_annotations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let seeds = root.join("seeds");
    let project = tempfile::tempdir().unwrap();
    // The engine records paths relative to the project (the folder holding the
    // annotations folder); lay it out as the repository is, so the snapshots say
    // `seeds/...` as the committed annotations do.
    fs::create_dir(project.path().join("seeds")).unwrap();
    for entry in fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, project.path().join("seeds").join(path.file_name().unwrap())).unwrap();
    }
    let out = project.path().join("annotations");
    let options = Options { jobs: Some(2), ..Options::new(project.path().join("seeds"), out.clone()) };
    let report = engine::execute(Mode::Run, &options).unwrap();
    assert!(report.is_clean(), "{:#?}", report.problems);

    let mut names: Vec<String> = fs::read_dir(&seeds)
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().to_str()?.strip_suffix(".txt").map(String::from))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for name in &names {
            for file in ["segments", "speakers", "quotes"] {
                let text = fs::read_to_string(out.join(name).join(format!("{file}.yaml"))).unwrap();
                insta::assert_snapshot!(format!("{name}.{file}"), redact(&text));
            }
        }
        let claims = fs::read_to_string(out.join("claims.yaml")).unwrap();
        insta::assert_snapshot!("claims", redact(&claims));
    });
}

fn settings(root: &Path) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// Runs the pipeline on the corpus into `target/<name>` (a relative path, so that what
/// the diagnostics print is the same on every machine).
fn fresh_annotations(root: &Path, name: &str) -> PathBuf {
    std::env::set_current_dir(root).unwrap();
    let rel = PathBuf::from("target").join(name);
    let _ = fs::remove_dir_all(&rel);
    let options = Options { jobs: Some(2), ..Options::new("seeds", rel.clone()) };
    assert!(engine::execute(Mode::Run, &options).unwrap().is_clean());
    rel
}

#[test]
fn trace_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let annotations = fresh_annotations(&root, "snapshot-trace");
    let seeds = Path::new("seeds");
    let doc0 = Some("000_d31f45b7f298f60f");
    let cases: [(&str, &str, Option<&str>, Format); 5] = [
        ("trace_claim", "c-i-love-you-john-and-i", None, Format::Text),
        ("trace_quote", "q-i-dont-think-were-less-friends", doc0, Format::Text),
        ("trace_quote_json", "q-i-dont-think-were-less-friends", doc0, Format::Json),
        ("trace_speaker", "kim-kardashian", doc0, Format::Text),
        ("trace_paragraph", "p-john-legend-got-honest-about-where", doc0, Format::Text),
    ];
    settings(&root).bind(|| {
        for (name, id, doc, format) in cases {
            let out = trace(seeds, &annotations, id, doc, format).unwrap_or_else(|d| panic!("{d}"));
            insta::assert_snapshot!(name, out);
        }
        let ambiguous = trace(seeds, &annotations, "q-i-dont-think-were-less-friends", None, Format::Text).unwrap_err();
        insta::assert_snapshot!("trace_ambiguous_id", ambiguous.to_string());
    });
}

#[test]
fn diagnostics_of_broken_hand_edits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let annotations = fresh_annotations(&root, "snapshot-diagnostics");
    let quotes = annotations.join("000_d31f45b7f298f60f/quotes.yaml");
    let text = fs::read_to_string(&quotes).unwrap();
    let broken = text
        .replacen("text: \"I don’t think", "text: \"I do think", 1)
        .replacen("speaker: john-legend", "speaker: jon-legend", 2)
        .replacen("span: 1180..1221", "span: 1180..1222", 1);
    fs::write(&quotes, broken).unwrap();
    let segments = annotations.join("001_e37ff9940fa829ac/segments.yaml");
    let text = fs::read_to_string(&segments).unwrap();
    fs::write(&segments, text.replacen("kind: body", "kind: [body", 1)).unwrap();
    let options = Options { jobs: Some(1), ..Options::new("seeds", annotations) };
    let report = engine::execute(Mode::Check, &options).unwrap();
    let shown: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    settings(&root).bind(|| insta::assert_snapshot!("diagnostics_of_broken_hand_edits", shown.join("\n")));
}

/// `text` with the `nth` (0-based) occurrence of `from` replaced by `to`.
fn replace_nth(text: &str, from: &str, to: &str, nth: usize) -> String {
    let (at, _) = text.match_indices(from).nth(nth).unwrap_or_else(|| panic!("no {from:?} #{nth}"));
    format!("{}{to}{}", &text[..at], &text[at + from.len()..])
}

#[test]
fn diagnostics_of_structural_problems() {
    // every problem of a file, each at its value: a misspelt key, a value of the wrong
    // type, a repeated key and a span that does not parse in one file; an empty speaker
    // in another
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let annotations = fresh_annotations(&root, "snapshot-structure");
    let quotes = annotations.join("002_84c7d409cb193193/quotes.yaml");
    let mut text = fs::read_to_string(&quotes).unwrap();
    text = replace_nth(&text, "    confidence: ", "    confidance: ", 0);
    text = replace_nth(&text, "speaker: john-legend", "speaker: [john-legend]", 1);
    text = replace_nth(&text, "    rule: ", "    rule: by-hand\n    rule: ", 2);
    let span = text.match_indices("    span: ").nth(4).map(|(at, _)| at + 10).unwrap();
    let dots = span + text[span..].find("..").unwrap();
    text = format!("{}{}", &text[..dots + 2], &text[text[dots..].find('\n').unwrap() + dots..]);
    fs::write(&quotes, text).unwrap();
    let other = annotations.join("003_65ed1d00470dc92a/quotes.yaml");
    let text = fs::read_to_string(&other).unwrap();
    let speaker = text.match_indices("    speaker: ").nth(1).map(|(at, _)| at).unwrap();
    let end = speaker + text[speaker..].find('\n').unwrap();
    fs::write(&other, format!("{}    speaker: \"\"{}", &text[..speaker], &text[end..])).unwrap();
    let options = Options { jobs: Some(1), ..Options::new("seeds", annotations) };
    let report = engine::execute(Mode::Check, &options).unwrap();
    let shown: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    settings(&root).bind(|| insta::assert_snapshot!("diagnostics_of_structural_problems", shown.join("\n")));
}
