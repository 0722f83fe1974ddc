//! Snapshots of exactly what the tool writes for the corpus in `seeds/`: each stage's
//! file for each seed, and `claims.yaml`, stored in the top-level `snapshots/`.
//!
//! Review changes with `cargo insta review`: a snapshot diff is the diff a user will see
//! in `annotations/`. The only line redacted is the stage fingerprint (`hashes.stage`),
//! which changes with any edit to a stage's code even when its output does not.

use pipeline::engine::{self, Mode, Options};
use std::fs;
use std::path::Path;

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
    let out = tempfile::tempdir().unwrap();
    // The engine records paths relative to the working directory; run from the project
    // root so the snapshots say `seeds/...` as the committed annotations do.
    std::env::set_current_dir(&root).unwrap();
    let options = Options { seeds: "seeds".into(), annotations: out.path().to_path_buf(), jobs: Some(2), progress: false, deep: false, shard: None, list_edits: false };
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
                let text = fs::read_to_string(out.path().join(name).join(format!("{file}.yaml"))).unwrap();
                insta::assert_snapshot!(format!("{name}.{file}"), redact(&text));
            }
        }
        let claims = fs::read_to_string(out.path().join("claims.yaml")).unwrap();
        insta::assert_snapshot!("claims", redact(&claims));
    });
}
