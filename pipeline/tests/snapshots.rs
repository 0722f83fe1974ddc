//! Snapshots of exactly what the tool writes for the corpus in `seeds/`: each stage's
//! file for each seed, the claim shards, `trace` output and diagnostics, stored in
//! `pipeline/tests/snapshots/` (inside the package, where `cargo insta` looks).
//!
//! Every seed × stage is its own test (`seed_000::quotes`, ...), made by
//! [`seed_snapshots!`], so one run reports every changed snapshot and `cargo insta
//! review` shows them all. The corpus is annotated once per test run and shared.
//!
//! Review changes with `cargo insta review`: a snapshot diff is the diff a user will see
//! in `annotations/`. The only line redacted is the stage fingerprint (`hashes.stage`),
//! which changes with any edit to a stage's code even when its output does not.

use pipeline::engine::{self, Mode, Options};
use pipeline::trace::{trace, Format};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The per-document stages' files, in graph order.
const STAGES: [&str; 3] = ["segments", "speakers", "quotes"];

/// One module per seed, one test per stage's file in it. A seed added to `seeds/` must
/// be added here too (`every_seed_has_its_snapshot_tests` fails until it is).
macro_rules! seed_snapshots {
    ($($module:ident => $doc:literal),* $(,)?) => {
        /// The seeds that have snapshot tests.
        const SEEDS: &[&str] = &[$($doc),*];
        $(
            mod $module {
                #[test]
                fn segments() {
                    super::assert_stage_file($doc, "segments");
                }
                #[test]
                fn speakers() {
                    super::assert_stage_file($doc, "speakers");
                }
                #[test]
                fn quotes() {
                    super::assert_stage_file($doc, "quotes");
                }
            }
        )*
    };
}

seed_snapshots! {
    seed_000 => "000_d31f45b7f298f60f",
    seed_001 => "001_e37ff9940fa829ac",
    seed_002 => "002_84c7d409cb193193",
    seed_003 => "003_65ed1d00470dc92a",
    seed_004 => "004_e1a94909d1470c85",
}

/// The workspace root.
fn root() -> PathBuf {
    fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join("..")).unwrap()
}

fn redact(text: &str) -> String {
    text.lines()
        .map(|line| if line.starts_with("  stage: ") { "  stage: [fingerprint]" } else { line })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// The annotations the tool writes for the corpus, made once per test run in a project
/// laid out as the repository is (so files record `seeds/...` as the committed ones do).
fn corpus_annotations() -> &'static Path {
    static DONE: OnceLock<PathBuf> = OnceLock::new();
    DONE.get_or_init(|| {
        let project = Path::new(env!("CARGO_TARGET_TMPDIR")).join("snapshot-corpus");
        let _ = fs::remove_dir_all(&project);
        fs::create_dir_all(project.join("seeds")).unwrap();
        for entry in fs::read_dir(root().join("seeds")).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, project.join("seeds").join(path.file_name().unwrap())).unwrap();
        }
        let out = project.join("annotations");
        let options = Options { jobs: Some(2), ..Options::new(project.join("seeds"), out.clone()) };
        let report = engine::execute(Mode::Run, &options).unwrap();
        assert!(report.is_clean(), "{:#?}", report.problems);
        out
    })
}

/// Snapshots the bytes written for `doc`'s `file` (fingerprint redacted).
fn assert_stage_file(doc: &str, file: &str) {
    let path = corpus_annotations().join(doc).join(format!("{file}.yaml"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    settings().bind(|| insta::assert_snapshot!(format!("{doc}.{file}"), redact(&text)));
}

/// Every claim shard, each after a line naming it, in key order.
#[test]
fn claims() {
    let dir = corpus_annotations().join("claims");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
        .collect();
    names.sort();
    let mut text = String::new();
    for name in names {
        text.push_str(&format!("=== claims/{name}\n"));
        text.push_str(&fs::read_to_string(dir.join(&name)).unwrap());
    }
    settings().bind(|| insta::assert_snapshot!("claims", redact(&text)));
}

#[test]
fn every_seed_has_its_snapshot_tests() {
    let mut names: Vec<String> = fs::read_dir(root().join("seeds"))
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().to_str()?.strip_suffix(".txt").map(String::from))
        .collect();
    names.sort();
    assert_eq!(names, SEEDS, "add each seed to `seed_snapshots!` in pipeline/tests/snapshots.rs");
}

/// The snapshot names this file asserts (`<name>.snap`), beside the seeds' files.
const OTHER_SNAPSHOTS: &[&str] = &[
    "claims",
    "trace_claim",
    "trace_quote",
    "trace_quote_json",
    "trace_speaker",
    "trace_paragraph",
    "trace_ambiguous_id",
    "diagnostics_of_broken_hand_edits",
    "diagnostics_of_structural_problems",
];

/// The folder of a `.snap` file's package, the way `cargo insta` finds pending
/// snapshots: it walks each workspace package's folder, never the workspace root.
fn package_of(root: &Path, snap: &Path) -> Option<PathBuf> {
    snap.ancestors().skip(1).take_while(|dir| *dir != root).find(|dir| dir.join("Cargo.toml").is_file()).map(Path::to_path_buf)
}

fn snapshot_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if entry.file_type().unwrap().is_dir() {
            if name != "target" && !name.starts_with('.') {
                snapshot_files(&path, found);
            }
        } else if name.ends_with(".snap") || name.ends_with(".snap.new") || name.ends_with(".pending-snap") {
            found.push(path);
        }
    }
}

#[test]
fn snapshots_live_where_cargo_insta_looks() {
    let root = root();
    let mut found = Vec::new();
    snapshot_files(&root, &mut found);
    let outside: Vec<String> = found
        .iter()
        .filter(|snap| package_of(&root, snap).is_none())
        .map(|snap| snap.strip_prefix(&root).unwrap().display().to_string())
        .collect();
    assert!(outside.is_empty(), "snapshots outside every package, where `cargo insta review` never looks: {outside:?}");
    assert!(!root.join("snapshots").exists(), "a top-level snapshots/ folder: insta snapshots belong in pipeline/tests/snapshots/");

    // every snapshot of this file is one a test asserts: none left from a removed seed
    let ours = root.join("pipeline/tests/snapshots");
    let mut expected: Vec<String> = SEEDS.iter().flat_map(|doc| STAGES.map(|file| format!("{doc}.{file}.snap"))).collect();
    expected.extend(OTHER_SNAPSHOTS.iter().map(|name| format!("{name}.snap")));
    let stray: Vec<String> = found
        .iter()
        .filter(|snap| snap.parent() == Some(ours.as_path()))
        .filter_map(|snap| snap.file_name()?.to_str().map(String::from))
        // `<test file>__<name>.snap` belong to the other test files
        .filter(|name| name.ends_with(".snap") && !name.contains("__") && !expected.contains(name))
        .collect();
    assert!(stray.is_empty(), "snapshots no test asserts (delete them): {stray:?}");
    let missing: Vec<&String> = expected.iter().filter(|name| !ours.join(name).is_file()).collect();
    assert!(missing.is_empty(), "snapshots not committed (run `cargo insta test --accept` after reviewing): {missing:?}");
}

#[test]
fn committed_annotations_pass_check() {
    // a committed file edited by mistake (or a stage changed without `pipeline run`)
    // fails here, not only in `.ci/run`
    let root = root();
    let options = Options { jobs: Some(2), ..Options::new(root.join("seeds"), root.join("annotations")) };
    let report = engine::execute(Mode::Check, &options).unwrap();
    let shown: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(
        report.is_clean(),
        "annotations/ is not what the tool would write; if the change is intended, run `cargo run --release -- run` and commit annotations/:\n{}",
        shown.join("\n")
    );
}

/// Runs the pipeline on the corpus into `target/<name>` (a relative path, so that what
/// the diagnostics print is the same on every machine).
fn fresh_annotations(name: &str) -> PathBuf {
    std::env::set_current_dir(root()).unwrap();
    let rel = PathBuf::from("target").join(name);
    let _ = fs::remove_dir_all(&rel);
    let options = Options { jobs: Some(2), ..Options::new("seeds", rel.clone()) };
    assert!(engine::execute(Mode::Run, &options).unwrap().is_clean());
    rel
}

/// The annotations the trace tests read, made once per test run.
fn trace_annotations() -> &'static Path {
    static DONE: OnceLock<PathBuf> = OnceLock::new();
    DONE.get_or_init(|| fresh_annotations("snapshot-trace"))
}

/// Snapshots `pipeline trace <id>` (`--doc` when given).
fn assert_trace(name: &str, id: &str, doc: Option<&str>, format: Format) {
    let annotations = trace_annotations();
    std::env::set_current_dir(root()).unwrap();
    let out = trace(Path::new("seeds"), annotations, id, doc, format).unwrap_or_else(|d| panic!("{d}"));
    settings().bind(|| insta::assert_snapshot!(name, out));
}

const DOC0: Option<&str> = Some("000_d31f45b7f298f60f");

#[test]
fn trace_claim() {
    assert_trace("trace_claim", "c-i-love-you-john-and-i", None, Format::Text);
}

#[test]
fn trace_quote() {
    assert_trace("trace_quote", "q-i-dont-think-were-less-friends", DOC0, Format::Text);
}

#[test]
fn trace_quote_json() {
    assert_trace("trace_quote_json", "q-i-dont-think-were-less-friends", DOC0, Format::Json);
}

#[test]
fn trace_speaker() {
    assert_trace("trace_speaker", "kim-kardashian", DOC0, Format::Text);
}

#[test]
fn trace_paragraph() {
    assert_trace("trace_paragraph", "p-john-legend-got-honest-about-where", DOC0, Format::Text);
}

#[test]
fn trace_ambiguous_id() {
    let annotations = trace_annotations();
    std::env::set_current_dir(root()).unwrap();
    let ambiguous = trace(Path::new("seeds"), annotations, "q-i-dont-think-were-less-friends", None, Format::Text).unwrap_err();
    settings().bind(|| insta::assert_snapshot!("trace_ambiguous_id", ambiguous.to_string()));
}

#[test]
fn diagnostics_of_broken_hand_edits() {
    let annotations = fresh_annotations("snapshot-diagnostics");
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
    settings().bind(|| insta::assert_snapshot!("diagnostics_of_broken_hand_edits", shown.join("\n")));
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
    let annotations = fresh_annotations("snapshot-structure");
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
    settings().bind(|| insta::assert_snapshot!("diagnostics_of_structural_problems", shown.join("\n")));
}
