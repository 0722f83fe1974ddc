//! `pipeline export --format w3c|brat` and `pipeline import brat` (issue 16): every
//! exported range slices back out of the seed; the W3C output passes a JSON Schema of the
//! Web Annotation model; the brat output loads in a standoff reader (Python, following
//! brat's documentation: `tests/data/read_standoff.py`); corrections made in brat come
//! back as hand edits that `status` lists and `eval` measures; bad input names its file
//! and line and writes nothing. `exports_readers.rs` loads the same exports with readers
//! we did not write (bratly, Python's `csv`, PyLD).

mod common;

use common::*;
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn seed(p: &Project, doc: &str) -> String {
    p.read(&format!("seeds/{doc}.txt"))
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Checks every selector of a `SpecificResource` against the seed; returns the exact text.
fn check_selectors(p: &Project, resource: &Value) -> String {
    let source = resource["source"].as_str().unwrap();
    let doc = source.strip_prefix("seeds/").and_then(|s| s.strip_suffix(".txt")).unwrap_or_else(|| panic!("source {source}"));
    let seed = seed(p, doc);
    let selectors = resource["selector"].as_array().unwrap();
    let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
    let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
    let (start, end) = (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
    let exact = quote["exact"].as_str().unwrap();
    assert_eq!(chars(&seed, start, end), exact, "code points of {resource}");
    let prefix = quote["prefix"].as_str().unwrap_or("");
    let suffix = quote["suffix"].as_str().unwrap_or("");
    assert!(prefix.chars().count() <= 32 && suffix.chars().count() <= 32);
    assert_eq!(chars(&seed, start - prefix.chars().count(), start), prefix, "prefix of {resource}");
    assert_eq!(chars(&seed, end, end + suffix.chars().count()), suffix, "suffix of {resource}");
    if start >= 32 {
        assert_eq!(prefix.chars().count(), 32, "a full prefix where the text has one");
    }
    exact.to_string()
}

#[test]
fn every_w3c_range_slices_back_out_of_the_seed_and_matches_the_yaml() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["export", "--format", "w3c"]);
    assert!(out.status.success(), "{}", text(&out));
    let collection = json(&stdout(&out));
    let items = collection["first"]["items"].as_array().unwrap();
    assert_eq!(collection["total"].as_u64().unwrap() as usize, items.len());
    let quotes = count_items(&p, "quotes.yaml", "  - id: ");
    let mentions = count_items(&p, "speakers.yaml", "      - span: ");
    let members = p.claims().lines().filter(|l| l.starts_with("      - doc: ")).count();
    assert!(quotes > 10 && mentions > 10 && members > 2);
    assert_eq!(items.len(), quotes + mentions + members, "one annotation per quote item, mention and claim member");
    // the quote items' exact texts are the YAML's, byte for byte (the rows carry them)
    let rows: Vec<Value> = stdout(&p.pipeline(&["export", "--format", "jsonl"])).lines().map(json).collect();
    let mut cues = 0;
    for a in items {
        let exact = check_selectors(&p, &a["target"]);
        let id = a["id"].as_str().unwrap();
        if let Some(row) = rows.iter().find(|r| id == format!("urn:pipeline:{}:{}", r["doc"].as_str().unwrap(), r["id"].as_str().unwrap())) {
            assert_eq!(exact, row["text"].as_str().unwrap(), "{id}");
            assert_eq!(a["target"]["selector"][0]["start"], row["cp_start"], "{id}");
            assert_eq!(a["target"]["selector"][0]["end"], row["cp_end"], "{id}");
        }
        for body in a["body"].as_array().unwrap().iter().filter(|b| b["selector"].is_array()) {
            check_selectors(&p, body);
            cues += 1;
        }
    }
    assert!(cues > 10, "cues are bodies with selectors");
    assert_eq!(items.iter().filter(|a| a["motivation"] == "identifying" && a["id"].as_str().unwrap().contains(":q-")).count(), quotes);
}

#[test]
fn w3c_export_passes_a_json_schema_of_the_web_annotation_model() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["export", "--format", "w3c"]);
    assert!(out.status.success(), "{}", text(&out));
    let collection = json(&stdout(&out));
    let schema: Value = json(&fs::read_to_string(format!("{DATA}/web-annotation.schema.json")).unwrap());
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler.add_resource("web-annotation.schema.json", schema).unwrap();
    let index = compiler.compile("web-annotation.schema.json", &mut schemas).unwrap();
    if let Err(e) = schemas.validate(&collection, index) {
        panic!("{e:#}");
    }
    // the model's own context and required keys, on the collection and every annotation
    assert_eq!(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(collection["type"], "AnnotationCollection");
    for a in collection["first"]["items"].as_array().unwrap() {
        assert_eq!(a["@context"], "http://www.w3.org/ns/anno.jsonld", "{a}");
        assert_eq!(a["type"], "Annotation", "{a}");
        assert!(a["id"].as_str().unwrap().starts_with("urn:pipeline:"), "{a}");
        assert!(a["target"]["source"].as_str().unwrap().starts_with("seeds/"), "{a}");
    }
    // the schema is not a rubber stamp: a position in bytes-as-strings or a missing target fails
    let mut broken = collection.clone();
    broken["first"]["items"][0]["target"]["selector"][0]["start"] = Value::String("12".into());
    assert!(schemas.validate(&broken, index).is_err());
    let mut broken = collection.clone();
    broken["first"]["items"][0].as_object_mut().unwrap().remove("target");
    assert!(schemas.validate(&broken, index).is_err());
    let mut broken = collection;
    broken["first"]["items"][0]["@context"] = Value::String("http://example.org/other.jsonld".into());
    assert!(schemas.validate(&broken, index).is_err());
}

#[test]
fn w3c_export_of_one_document_holds_only_its_annotations() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["export", "--format", "w3c", "--doc", DOC0]);
    assert!(out.status.success(), "{}", text(&out));
    let collection = json(&stdout(&out));
    assert_eq!(collection["id"], format!("urn:pipeline:collection:{DOC0}"));
    let items = collection["first"]["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|a| a["target"]["source"] == format!("seeds/{DOC0}.txt")));
}

/// Reads an exported brat folder with the standoff reader; every problem fails the test.
fn read_standoff(dir: &Path) -> Value {
    let out = Command::new("python3").arg(format!("{DATA}/read_standoff.py")).arg(dir).output().expect("python3 runs");
    assert!(out.status.success(), "the standoff reader refused the export:\n{}", text(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn export_brat(p: &Project) -> std::path::PathBuf {
    let dir = p.path("brat");
    let out = p.pipeline(&["export", "--format", "brat", "--out", "brat"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(stdout(&out).is_empty(), "{}", text(&out));
    dir
}

#[test]
fn brat_export_loads_in_a_standoff_reader_and_every_range_slices_back_out_of_the_seed() {
    let p = Project::with_corpus();
    p.run();
    let dir = export_brat(&p);
    assert!(dir.join("annotation.conf").is_file());
    let docs = read_standoff(&dir);
    let docs = docs.as_object().unwrap();
    assert_eq!(docs.len(), 5);
    let (mut contents, mut sources, mut attributions) = (0, 0, 0);
    for (doc, anns) in docs {
        assert_eq!(fs::read(dir.join(format!("{doc}.txt"))).unwrap(), fs::read(p.seed_path(&format!("{doc}.txt"))).unwrap(), "a byte-for-byte copy");
        let seed = seed(&p, doc);
        for a in anns.as_object().unwrap().values() {
            match a["kind"].as_str().unwrap() {
                "entity" => {
                    let pieces: Vec<String> = a["fragments"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|f| chars(&seed, f[0].as_u64().unwrap() as usize, f[1].as_u64().unwrap() as usize))
                        .collect();
                    assert_eq!(pieces.join(" "), a["text"].as_str().unwrap(), "{doc}: {a}");
                    contents += usize::from(a["type"] == "Content");
                    sources += usize::from(a["type"] == "Source");
                }
                "relation" => attributions += usize::from(a["type"] == "Attribution"),
                _ => {}
            }
        }
    }
    assert_eq!(contents, count_items(&p, "quotes.yaml", "  - id: "), "a Content per quote item");
    assert_eq!(sources, count_items(&p, "speakers.yaml", "      - span: "), "a Source per mention");
    let with_speaker = count_items(&p, "quotes.yaml", "    speaker: ") - count_items(&p, "quotes.yaml", "    speaker: null");
    assert_eq!(attributions, with_speaker, "an Attribution per quote with a speaker");
}

#[test]
fn brat_export_needs_an_out_folder() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["export", "--format", "brat"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("--out: usage: brat export writes a folder of files and needs one"), "{}", text(&out));
}

#[test]
fn importing_an_unchanged_brat_export_writes_nothing() {
    let p = Project::with_corpus();
    p.run();
    let before = p.annotations();
    export_brat(&p);
    let out = p.pipeline(&["import", "brat", "brat"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(stdout(&out), "import: 0 documents changed, 5 unchanged\n");
    assert_eq!(p.annotations(), before);
}

/// The `.ann` lines of the Content whose note names `quote`: the entity, its attribute,
/// relations and notes.
fn content_id(ann: &str, quote: &str) -> String {
    let note = ann.lines().find(|l| l.contains(&format!("quote={quote}"))).unwrap_or_else(|| panic!("no {quote} in:\n{ann}"));
    note.split('\t').nth(1).unwrap().split(' ').nth(1).unwrap().to_string()
}

fn without_annotation(ann: &str, id: &str) -> String {
    let own = |l: &str| {
        let fields: Vec<&str> = l.split('\t').collect();
        fields[0] == id || fields.get(1).is_some_and(|f| f.split(' ').any(|w| w == id || w.ends_with(&format!(":{id}"))))
    };
    ann.lines().filter(|l| !own(l)).map(|l| format!("{l}\n")).collect()
}

#[test]
fn corrections_made_in_brat_come_back_as_a_hand_edit_that_status_lists_and_eval_measures() {
    let p = Project::with_corpus();
    p.run();
    export_brat(&p);
    let rel = format!("brat/{DOC0}.ann");
    let ann = p.read(&rel);
    // re-attribute one quote to Kanye West: point its Attribution at one of his mentions
    let kanye = ann.lines().find(|l| l.ends_with("speaker=kanye-west")).unwrap().split('\t').nth(1).unwrap().split(' ').nth(1).unwrap().to_string();
    let friends = content_id(&ann, "q-i-dont-think-were-less-friends");
    let ann: String = ann
        .lines()
        .map(|l| if l.contains(&format!("Attribution Arg1:{friends} ")) { format!("{} Arg2:{kanye}\n", l.rsplit_once(' ').unwrap().0) } else { format!("{l}\n") })
        .collect();
    // delete a false one
    let ann = without_annotation(&ann, &content_id(&ann, "q-president-donald-trump"));
    // add a missed one, as brat writes a new annotation
    let seed = seed(&p, DOC0);
    // (the headline's report, which no rule reads)
    let added = "Where His & Kanye's Friendship REALLY Stands";
    let at = seed[..seed.find(added).unwrap()].chars().count();
    let ann = ann + &format!("T900\tContent {at} {}\t{added}\nA900\tKind T900 indirect\n", at + added.chars().count());
    p.write(&rel, &ann);

    let out = p.pipeline(&["import", "brat", "brat"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(stdout(&out), format!("annotations/{DOC0}/quotes.yaml: written as a hand edit\nimport: 1 document changed, 4 unchanged; review them with `pipeline status`, then `pipeline run`\n"));

    let status = stdout(&p.pipeline(&["status"]));
    assert!(status.contains("quotes: changed q-i-dont-think-were-less-friends: speaker \"john-legend\" -> \"kanye-west\""), "{status}");
    assert!(status.contains("quotes: deleted q-president-donald-trump"), "{status}");
    assert!(status.contains("quotes: added q-where-his-kanyes-friendship-really-stands"), "{status}");
    let eval = json(&stdout(&p.pipeline(&["eval", "--format", "json"])));
    let quotes = &eval["stages"]["quotes"]["documents"][DOC0];
    let n = |key: &str| quotes[key].as_u64().unwrap_or_else(|| panic!("{key} in {eval}"));
    assert_eq!((n("machine") - n("matched"), n("person") - n("matched"), n("matched") - n("agree")), (1, 1, 1), "{eval}");
    // the engine keeps it as any hand edit, and the gate accepts it
    let run = stdout(&p.pipeline(&["run"]));
    assert!(line(&run, "quotes").contains("1 kept from hand edits"), "{run}");
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
    // importing the same folder again changes nothing
    let before = p.annotations();
    assert!(stdout(&p.pipeline(&["import", "brat", "brat"])).starts_with("import: 0 documents changed, 5 unchanged"));
    assert_eq!(p.annotations(), before);
}

#[test]
fn a_discontinuous_content_exports_as_fragments_and_imports_back_unchanged() {
    let p = Project::with_corpus();
    p.run();
    // a hand-added indirect item the cue `Legend explained.` interrupts
    let rel = format!("annotations/{DOC0}/quotes.yaml");
    let seed = seed(&p, DOC0);
    let first = "I don’t think we’re less friends because of the Trump thing,";
    let second = "I just think we’re doing our own thing.";
    let (a, b) = (seed.find(first).unwrap(), seed.find(second).unwrap());
    let (a_end, b_end) = (a + first.len(), b + second.len());
    let quotes = p.read(&rel);
    assert!(!quotes.contains("\nnot_quotes:") && !quotes.contains("\nunresolved:"), "the fixture expects quotes last");
    let content = &seed[a..b_end];
    let item = format!("  - kind: indirect\n    span: {a}..{b_end}\n    text: {}\n    speaker: john-legend\n    parts: [{a}..{a_end}, {b}..{b_end}]\n", serde_json::to_string(content).unwrap());
    p.write(&rel, &(quotes + &item));
    p.run();
    let edited = p.annotations();
    let dir = export_brat(&p);
    let ann = p.read(&format!("brat/{DOC0}.ann"));
    let cp = |byte: usize| seed[..byte].chars().count();
    let fragments = format!("Content {} {};{} {}\t{first} {second}", cp(a), cp(a_end), cp(b), cp(b_end));
    assert!(ann.contains(&fragments), "{fragments} in:\n{ann}");
    read_standoff(&dir);
    let out = p.pipeline(&["import", "brat", "brat"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(stdout(&out).starts_with("import: 0 documents changed"), "{}", text(&out));
    assert_eq!(p.annotations(), edited);
}

/// Imports `brat/` after `edit` changed the export, and checks that it fails naming
/// `expected` and writes nothing.
fn refused(edit: impl Fn(&Project), expected: &[&str]) {
    let p = Project::with_corpus();
    p.run();
    export_brat(&p);
    edit(&p);
    let before = p.annotations();
    let out = p.pipeline(&["import", "brat", "brat"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    for e in expected {
        assert!(text(&out).contains(e), "{e:?} in:\n{}", text(&out));
    }
    assert!(text(&out).contains("import: nothing was written"), "{}", text(&out));
    assert_eq!(p.annotations(), before, "nothing written");
}

#[test]
fn a_span_off_the_text_is_refused_at_its_line_and_nothing_is_written() {
    let rel = format!("brat/{DOC0}.ann");
    refused(
        |p| {
            let ann = p.read(&rel);
            p.write(&rel, &ann.replacen("T1\tSource 0 11\tJohn Legend", "T1\tSource 999990 999999\tJohn Legend", 1));
            // a good correction in another document is not written either
            let other = format!("brat/{DOC1}.ann");
            let q = p.read(&other);
            let id = q.lines().find(|l| l.contains("quote=")).unwrap().split('\t').nth(1).unwrap().split(' ').nth(1).unwrap().to_string();
            p.write(&other, &without_annotation(&q, &id));
        },
        &[&format!("brat/{DOC0}.ann:1:1: invalid: offsets 999990 999999 run past the end of the text"), "help: correct the offsets"],
    );
}

#[test]
fn a_text_that_does_not_match_its_offsets_is_refused_at_its_line() {
    let rel = format!("brat/{DOC0}.ann");
    refused(
        |p| p.write(&rel, &p.read(&rel).replacen("T1\tSource 0 11\tJohn Legend", "T1\tSource 0 11\tKanye West!", 1)),
        &[&format!("brat/{DOC0}.ann:1:1: invalid: its text \"Kanye West!\" is not the text at its offsets, \"John Legend\"")],
    );
}

#[test]
fn an_unknown_document_is_refused_by_name() {
    refused(
        |p| {
            fs::copy(p.path(&format!("brat/{DOC0}.ann")), p.path("brat/999_nowhere.ann")).unwrap();
        },
        &["brat/999_nowhere.ann: invalid: no document 999_nowhere in seeds"],
    );
}

#[test]
fn a_malformed_line_is_refused_at_its_line() {
    let rel = format!("brat/{DOC0}.ann");
    refused(
        |p| p.write(&rel, &(p.read(&rel) + "T901 Content 3 9 no tabs here\n")),
        &[&format!("brat/{DOC0}.ann:"), "invalid: no tab after the id \"T901 Content 3 9 no tabs here\"", "help: brat standoff lines are"],
    );
}

#[test]
fn an_unknown_speaker_is_refused_at_the_line_of_its_note() {
    let rel = format!("brat/{DOC0}.ann");
    refused(
        |p| p.write(&rel, &p.read(&rel).replacen("speaker=kanye-west", "speaker=nobody-at-all", 1)),
        &[&format!("brat/{DOC0}.ann:"), "invalid: speaker nobody-at-all of T"],
    );
}

#[test]
fn a_text_that_differs_from_the_seed_is_refused() {
    refused(
        |p| p.write(&format!("brat/{DOC0}.txt"), "Another text.\n"),
        &[&format!("brat/{DOC0}.txt: invalid: differs from the seed seeds/{DOC0}.txt"), "export again"],
    );
}

#[test]
fn jsonl_keys_come_in_the_csv_header_order() {
    let p = Project::with_corpus();
    p.run();
    let csv = stdout(&p.pipeline(&["export", "--format", "csv"]));
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let jsonl = stdout(&p.pipeline(&["export", "--format", "jsonl"]));
    for line in jsonl.lines() {
        let keys = serde_json::from_str::<serde_json::Map<String, Value>>(line).unwrap().len();
        assert_eq!(keys, header.len(), "{line}");
        let mut at = 0;
        for column in &header {
            at += line[at..].find(&format!("\"{column}\":")).unwrap_or_else(|| panic!("{column} out of order in {line}")) + 1;
        }
    }
}

#[test]
fn a_reference_to_a_refused_entity_is_not_a_second_problem() {
    let rel = format!("brat/{DOC0}.ann");
    refused(
        |p| p.write(&rel, &p.read(&rel).replacen("T1\tSource 0 11\tJohn Legend", "T1\tSource 0 11\tJohn Legnd", 1)),
        &[&format!("brat/{DOC0}.ann:1:1: invalid: its text \"John Legnd\""), "import: nothing was written (1 problem)"],
    );
}
