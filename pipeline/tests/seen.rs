//! What earlier runs saw of untouched documents' files (`pipeline::seen`): a run takes a
//! document nobody touched as fresh without reading it, and any change to one of its
//! files (a hand edit, a rewritten seed, a deleted file, a leftover of a killed run) has
//! it read again.
//!
//! A run records a document only when its files last changed well before the run began
//! (the kernel's change time, which no tool can set back). Files a test has just written
//! have not, so these tests say the run began an hour from now (`Options::started`),
//! except where they check that rule itself.

use pipeline::engine::{execute, Mode, Options};
use pipeline::report::Report;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

mod common;

use common::{Project, DOC1};

/// A run as if begun at `started` (`None`: the clock's time).
fn run_at(dir: &Path, started: Option<SystemTime>) -> Report {
    let options = Options { jobs: Some(2), started, ..Options::new(dir.join("seeds"), dir.join("annotations")) };
    execute(Mode::Run, &options).unwrap()
}

/// A run as if begun an hour from now: every file there now counts as settled.
fn run(dir: &Path) -> Report {
    run_at(dir, Some(SystemTime::now() + Duration::from_secs(3600)))
}

/// (ran, cached, kept) of each stage.
fn counts(report: &Report) -> Vec<(&'static str, usize, usize, usize)> {
    report.stages.iter().map(|(n, c)| (*n, c.ran, c.cached, c.kept)).collect()
}

/// Every annotation file with its bytes, the derived cache left out (the index changes
/// as runs record documents).
fn annotations(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    common::collect(&dir.join("annotations"), &dir.join("annotations"), &mut files);
    files.retain(|rel, _| !rel.starts_with(".cache"));
    files
}

/// A project with a copy of the corpus, annotated, then run once more so that the second
/// run records every document; with that second run's report.
fn recorded() -> (Project, Report) {
    let project = Project::with_corpus();
    let first = run(project.dir.path());
    assert!(first.is_clean(), "{:#?}", first.problems);
    let second = run(project.dir.path());
    assert!(second.is_clean(), "{:#?}", second.problems);
    assert_eq!(second.unread, 0, "the first run wrote the files: the second reads them all");
    (project, second)
}

#[test]
fn a_document_nobody_touched_is_fresh_without_being_read() {
    let (project, read) = recorded();
    let dir = &project.dir;
    let before = annotations(dir.path());
    let trusted = run(dir.path());
    assert!(trusted.is_clean(), "{:#?}", trusted.problems);
    assert_eq!(trusted.unread, 5);
    assert_eq!(counts(&trusted), counts(&read), "the same counts as a run that read every file");
    assert_eq!(annotations(dir.path()), before, "nothing written");
    // and `check` reads every file whatever a run saw
    let check = execute(Mode::Check, &Options::new(dir.path().join("seeds"), dir.path().join("annotations"))).unwrap();
    assert!(check.is_clean() && check.unread == 0);
}

#[test]
fn a_hand_edit_after_the_record_is_read() {
    let (project, _) = recorded();
    let dir = &project.dir;
    let path = dir.path().join("annotations").join(DOC1).join("quotes.yaml");
    let text = fs::read_to_string(&path).unwrap();
    // a person notes a check: the body no longer hashes to its recorded output
    let edited = text.replacen("\n  - id: ", "\n  # checked by hand\n  - id: ", 1);
    assert_ne!(edited, text);
    fs::write(&path, edited).unwrap();
    let report = run(dir.path());
    assert_eq!(report.unread, 4);
    let quotes = report.counts("quotes").unwrap();
    assert_eq!((quotes.cached, quotes.kept), (4, 1), "{:#?}", report.problems);
}

/// A seed rewritten in place with other bytes of the same length, its modification time
/// set back to what it was (as `rsync -t` or an archive would): its change time still
/// moved, so the document is read and annotated again.
#[test]
fn a_seed_rewritten_with_its_size_and_modification_time_kept_is_read_again() {
    let (project, _) = recorded();
    let dir = &project.dir;
    let seed = dir.path().join("seeds").join(format!("{DOC1}.txt"));
    let mtime = fs::metadata(&seed).unwrap().modified().unwrap();
    let text = fs::read_to_string(&seed).unwrap();
    let at = text.find(" the ").expect("a ` the ` to change");
    let changed = format!("{} tho {}", &text[..at], &text[at + 5..]);
    assert_eq!(changed.len(), text.len());
    let file = fs::OpenOptions::new().write(true).open(&seed).unwrap();
    std::io::Write::write_all(&mut &file, changed.as_bytes()).unwrap();
    file.set_modified(mtime).unwrap();
    drop(file);
    assert_eq!(fs::metadata(&seed).unwrap().modified().unwrap(), mtime);
    assert_eq!(fs::metadata(&seed).unwrap().len() as usize, text.len());
    let report = run(dir.path());
    assert_eq!(report.unread, 4);
    assert_eq!(report.counts("segment").unwrap().ran, 1);
    let header = fs::read_to_string(dir.path().join("annotations").join(DOC1).join("segments.yaml")).unwrap();
    assert!(header.contains(&format!("seed: {}", blake3::hash(changed.as_bytes()).to_hex())), "{header}");
}

#[test]
fn a_deleted_annotation_file_is_made_again() {
    let (project, _) = recorded();
    let dir = &project.dir;
    fs::remove_file(dir.path().join("annotations").join(DOC1).join("speakers.yaml")).unwrap();
    let report = run(dir.path());
    assert_eq!(report.unread, 4);
    assert_eq!(report.counts("speakers").unwrap().ran, 1);
    assert!(dir.path().join("annotations").join(DOC1).join("speakers.yaml").is_file());
}

/// A killed run's temporary file in a document's folder changes the folder: the next run
/// looks in it and removes the file.
#[test]
fn a_leftover_of_a_killed_run_is_removed_from_a_document_recorded_before() {
    let (project, _) = recorded();
    let dir = &project.dir;
    let leftover = dir.path().join("annotations").join(DOC1).join(".quotes.yaml.1234.tmp");
    fs::write(&leftover, "half a file").unwrap();
    let report = run(dir.path());
    assert!(report.is_clean(), "{:#?}", report.problems);
    assert_eq!(report.unread, 4);
    assert!(!leftover.exists(), "the leftover is removed");
}

/// Files that changed less than `SETTLE` before the run began are read by every run
/// until they have settled: a write in the same tick of the file system's clock could
/// otherwise go unseen.
#[test]
fn files_that_changed_just_before_the_run_are_not_recorded() {
    let project = Project::with_corpus();
    let dir = &project.dir;
    run(dir.path());
    // a run that began before the files were written records none of them
    let early = run_at(dir.path(), Some(SystemTime::now() - Duration::from_secs(3600)));
    assert!(early.is_clean());
    let report = run(dir.path());
    assert_eq!(report.unread, 0, "nothing was recorded");
    assert_eq!(run(dir.path()).unread, 5, "the run after records them all");
}

/// The index is derived data: damaged, it is none, and the run reads every file and
/// writes it again.
#[test]
fn a_damaged_index_is_none() {
    let (project, _) = recorded();
    let dir = &project.dir;
    let index = dir.path().join("annotations/.cache/seen.bin");
    let bytes = fs::read(&index).unwrap();
    fs::write(&index, &bytes[..bytes.len() / 2]).unwrap();
    let report = run(dir.path());
    assert!(report.is_clean(), "{:#?}", report.problems);
    assert_eq!(report.unread, 0);
    assert_eq!(fs::read(&index).unwrap(), bytes, "written again, the same");
    assert_eq!(run(dir.path()).unread, 5);
}

/// A claim shard, not the folder's index.
fn is_shard(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml") && !path.file_name().unwrap().to_string_lossy().starts_with('.')
}

/// The claims' folder is recorded too: its shards are not read while the documents and
/// the folder are what a run saw, and a shard a person edits after that is read and
/// kept.
#[test]
fn a_hand_edit_of_a_claim_shard_after_the_record_is_read() {
    let (project, _) = recorded();
    let dir = &project.dir;
    assert_eq!(run(dir.path()).counts("claims").unwrap().cached, 1);
    let shards = dir.path().join("annotations/claims");
    let mut names: Vec<_> = fs::read_dir(&shards).unwrap().map(|e| e.unwrap().path()).filter(|p| is_shard(p)).collect();
    names.sort();
    let shard = &names[0];
    let text = fs::read_to_string(shard).unwrap();
    let edited = text.replacen("\n  - id: ", "\n  # checked by hand\n  - id: ", 1);
    assert_ne!(edited, text);
    fs::write(shard, edited).unwrap();
    let report = run(dir.path());
    assert!(report.is_clean(), "{:#?}", report.problems);
    let claims = report.counts("claims").unwrap();
    assert_eq!((claims.cached, claims.kept), (0, 1));
}

#[test]
fn a_removed_claim_shard_is_made_again() {
    let (project, _) = recorded();
    let dir = &project.dir;
    let shards = dir.path().join("annotations/claims");
    let before = annotations(dir.path());
    let shard = fs::read_dir(&shards).unwrap().map(|e| e.unwrap().path()).find(|p| is_shard(p)).unwrap();
    fs::remove_file(&shard).unwrap();
    let report = run(dir.path());
    assert!(report.is_clean(), "{:#?}", report.problems);
    assert_eq!(report.counts("claims").unwrap().ran, 1);
    assert_eq!(annotations(dir.path()), before, "the shard is written again, the same");
}

/// A link among a document's annotation files is read through, so its own metadata says
/// nothing of an edit to its target: such a document is read by every run.
#[cfg(unix)]
#[test]
fn a_document_with_a_linked_annotation_file_is_read_every_time() {
    let (project, _) = recorded();
    let dir = &project.dir;
    let quotes = dir.path().join("annotations").join(DOC1).join("quotes.yaml");
    let outside = dir.path().join("quotes-elsewhere.yaml");
    fs::rename(&quotes, &outside).unwrap();
    std::os::unix::fs::symlink(&outside, &quotes).unwrap();
    run(dir.path());
    assert_eq!(run(dir.path()).unread, 4, "the linked document is not recorded");
    let text = fs::read_to_string(&outside).unwrap();
    fs::write(&outside, text.replacen("\n  - id: ", "\n  # checked by hand\n  - id: ", 1)).unwrap();
    let report = run(dir.path());
    let counts = report.counts("quotes").unwrap();
    assert_eq!((counts.cached, counts.kept), (4, 1), "{:#?}", report.problems);
}
