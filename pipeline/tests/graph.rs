//! The stage graph is data: a test adds toy stages to the standard graph, and the engine
//! runs them, caches them and cuts off early, with no change to the engine.

use pipeline::engine::{execute_graph, Mode, Options};
use pipeline::graph::{Blocked, CorpusStage, Doc, DocumentStage, Docs, Graph, Info, Items};
use pipeline::report::Report;
use pipeline::validate::Checker;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use stages::contract::Segments;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Toy items: one number per paragraph, or one per document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
struct Numbers {
    numbers: Vec<usize>,
}

impl Items for Numbers {}

/// Per document: each paragraph's length in bytes, from `segments.yaml`. Its
/// fingerprint is a field, so a test can "change its code" without changing its output.
struct Lengths {
    fingerprint: &'static str,
}

impl DocumentStage for Lengths {
    type Items = Numbers;
    fn info(&self) -> Info {
        Info { name: "lengths", file: "lengths", reads: &["segments"], fingerprint: self.fingerprint }
    }
    fn compute(&self, doc: &Doc) -> Result<Numbers, Blocked> {
        let segments = doc.input::<Segments>("segments")?;
        Ok(Numbers { numbers: segments.paragraphs.iter().map(|p| p.span.end() - p.span.start()).collect() })
    }
    fn validate(&self, _doc: &Doc, _items: &Numbers, _c: &mut Checker) {}
}

/// Per document: the longest paragraph, from `lengths.yaml` (a toy stage reading a toy
/// stage).
struct Longest;

impl DocumentStage for Longest {
    type Items = Numbers;
    fn info(&self) -> Info {
        Info { name: "longest", file: "longest", reads: &["lengths"], fingerprint: "longest-1" }
    }
    fn compute(&self, doc: &Doc) -> Result<Numbers, Blocked> {
        let lengths = doc.input::<Numbers>("lengths")?;
        Ok(Numbers { numbers: lengths.numbers.iter().max().copied().into_iter().collect() })
    }
    fn validate(&self, _doc: &Doc, _items: &Numbers, _c: &mut Checker) {}
}

/// Over the corpus: every document's total length, each document's part being its own.
struct Totals;

/// A document's total length: `Totals`' part, cached as its decimal digits.
struct Length(usize);

impl pipeline::parts::Part for Length {
    fn to_bytes(&self) -> Vec<u8> {
        self.0.to_string().into_bytes()
    }
    fn from_bytes(bytes: &[u8]) -> Option<Length> {
        std::str::from_utf8(bytes).ok()?.parse().ok().map(Length)
    }
}

impl CorpusStage for Totals {
    type Items = Numbers;
    type Part = Length;
    fn info(&self) -> Info {
        Info { name: "totals", file: "totals", reads: &["lengths"], fingerprint: "totals-1" }
    }
    fn part(&self, doc: &Doc) -> Result<Length, Blocked> {
        Ok(Length(doc.input::<Numbers>("lengths")?.numbers.iter().sum()))
    }
    fn link(&self, parts: &[(&str, &Length)]) -> Numbers {
        Numbers { numbers: parts.iter().map(|(_, n)| n.0).collect() }
    }
    /// Even and odd totals in two shards.
    fn split(&self, items: Numbers) -> BTreeMap<String, Numbers> {
        let mut shards: BTreeMap<String, Numbers> = BTreeMap::new();
        for n in items.numbers {
            shards.entry(if n % 2 == 0 { "even" } else { "odd" }.to_string()).or_default().numbers.push(n);
        }
        shards
    }
    fn join(&self, shards: Vec<Numbers>) -> Numbers {
        Numbers { numbers: shards.into_iter().flat_map(|s| s.numbers).collect() }
    }
    fn validate(&self, _docs: &Docs, _items: &Numbers, _c: &mut Checker) {}
}

fn graph(lengths_fingerprint: &'static str) -> Graph {
    Graph::standard().document(Lengths { fingerprint: lengths_fingerprint }).document(Longest).corpus(Totals)
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("seeds")).unwrap();
    for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.path().join("seeds").join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn run(dir: &Path, graph: &Graph, mode: Mode) -> Report {
    let options = Options { jobs: Some(2), ..Options::new(dir.join("seeds"), dir.join("annotations")) };
    let report = execute_graph(graph, mode, &options).unwrap();
    assert!(report.is_clean(), "{:#?}", report.problems);
    report
}

/// (ran, unchanged, cached) of a stage.
fn counts(report: &Report, stage: &str) -> (usize, usize, usize) {
    let c = report.counts(stage).unwrap_or_else(|| panic!("no stage {stage} in the report"));
    (c.ran, c.unchanged, c.cached)
}

#[test]
fn a_toy_stage_added_to_the_graph_runs_and_is_cached() {
    let dir = project();
    let first = run(dir.path(), &graph("lengths-1"), Mode::Run);
    assert_eq!(first.stages.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ["segment", "speakers", "quotes", "claims", "lengths", "longest", "totals"]);
    assert_eq!(counts(&first, "lengths"), (5, 0, 0));
    assert_eq!(counts(&first, "longest"), (5, 0, 0));
    assert_eq!(counts(&first, "totals"), (1, 0, 0));
    assert_eq!(first.files, 5 * 5 + 2);

    // its files are where the layout says, with a header and a schema like any other
    let doc = "000_d31f45b7f298f60f";
    let lengths = fs::read_to_string(dir.path().join("annotations").join(doc).join("lengths.yaml")).unwrap();
    assert!(lengths.starts_with("# yaml-language-server: $schema=../.schema/lengths.json\nstage: lengths\n"), "{lengths}");
    assert!(lengths.contains("    segments: "), "the header records its input: {lengths}");
    assert!(dir.path().join("annotations/.schema/totals.json").is_file());
    // a corpus stage's output is a folder of shards, with its index
    let shards: Vec<String> = ["even", "odd"].iter().filter_map(|k| fs::read_to_string(dir.path().join(format!("annotations/totals/{k}.yaml"))).ok()).collect();
    assert!(shards.len() == 2 && shards.iter().all(|s| s.starts_with("# yaml-language-server: $schema=../.schema/totals.json\nstage: totals\n") && s.contains("numbers:\n  - ")), "{shards:#?}");
    assert!(dir.path().join("annotations/totals/.index.yaml").is_file());

    let second = run(dir.path(), &graph("lengths-1"), Mode::Run);
    for stage in ["lengths", "longest", "totals"] {
        assert_eq!(counts(&second, stage), (0, 0, second.counts(stage).unwrap().cached), "{stage}");
    }
    assert_eq!(counts(&second, "lengths").2, 5);
    assert_eq!(counts(&second, "totals").2, 1);
    let check = run(dir.path(), &graph("lengths-1"), Mode::Check);
    assert_eq!(counts(&check, "longest"), (0, 0, 5));
}

#[test]
fn a_toy_stage_whose_code_changes_but_not_its_output_cuts_off_downstream() {
    let dir = project();
    run(dir.path(), &graph("lengths-1"), Mode::Run);
    // new code for `lengths`, same output: it runs again, and nothing downstream does
    let report = run(dir.path(), &graph("lengths-2"), Mode::Run);
    assert_eq!(counts(&report, "lengths"), (5, 5, 0));
    assert_eq!(counts(&report, "longest"), (0, 0, 5));
    assert_eq!(counts(&report, "totals"), (0, 0, 1));
    assert_eq!(counts(&report, "segment"), (0, 0, 5));
}

#[test]
fn one_changed_seed_reruns_only_its_document_and_the_corpus_toy_stage() {
    let dir = project();
    run(dir.path(), &graph("lengths-1"), Mode::Run);
    let seed = dir.path().join("seeds/001_e37ff9940fa829ac.txt");
    let text = fs::read_to_string(&seed).unwrap();
    fs::write(&seed, format!("A new first paragraph.\n\n{text}")).unwrap();
    let report = run(dir.path(), &graph("lengths-1"), Mode::Run);
    assert_eq!(counts(&report, "lengths"), (1, 0, 4));
    assert_eq!(counts(&report, "longest").2, 4, "the other documents' stay cached");
    assert_eq!(counts(&report, "totals"), (1, 0, 0));
}

/// Per document: panics on one document, as a stage with a bug would.
struct Fragile;

impl DocumentStage for Fragile {
    type Items = Numbers;
    fn info(&self) -> Info {
        Info { name: "fragile", file: "fragile", reads: &["segments"], fingerprint: "fragile-1" }
    }
    fn compute(&self, doc: &Doc) -> Result<Numbers, Blocked> {
        let paragraphs = doc.input::<Segments>("segments")?.paragraphs.len();
        if doc.name.starts_with("002") {
            let none: Vec<usize> = Vec::new();
            return Ok(Numbers { numbers: vec![none[paragraphs]] });
        }
        Ok(Numbers { numbers: vec![paragraphs] })
    }
    fn validate(&self, _doc: &Doc, _items: &Numbers, _c: &mut Checker) {}
}

#[test]
fn a_stage_that_panics_on_one_document_is_a_reported_bug_and_the_others_are_done() {
    let dir = project();
    let graph = Graph::standard().document(Fragile);
    let options = Options { jobs: Some(2), ..Options::new(dir.path().join("seeds"), dir.path().join("annotations")) };
    let report = execute_graph(&graph, Mode::Run, &options).unwrap();
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("002_84c7d409cb193193/fragile.yaml: stage bug: stage `fragile` panicked: index out of bounds: the len is 0 but the index is "), "{}", problems[0]);
    assert_eq!(counts(&report, "fragile"), (4, 0, 0));
    assert_eq!(report.counts("fragile").unwrap().invalid, 1);
    assert!(!dir.path().join("annotations/002_84c7d409cb193193/fragile.yaml").exists());
    assert!(dir.path().join("annotations/003_65ed1d00470dc92a/fragile.yaml").exists());
}
