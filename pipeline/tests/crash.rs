//! A killed run never leaves the annotations wrong: `pipeline run` killed with SIGKILL
//! (`child.kill()`) at many points, then run again to completion, gives exactly the
//! bytes of a clean run, `check` is clean and no temporary file remains.
//!
//! Three scenarios, each at several kill points spread over the length of a clean run
//! (measured first, so the points fall inside the run on a slow machine or a fast one):
//!
//! - **from nothing**: the kill falls while the first run writes the annotations;
//! - **killed again and again**: several kills in a row on the same folder, each later
//!   than the last, before the run that completes;
//! - **incremental**: some seeds changed after a complete run; the kill falls while the
//!   run rewrites their files and `claims`.
//!
//! Right after each kill, every annotation file present is the old one or the new one,
//! byte for byte (writes are atomic), and `check` answers (exit 0 or 1) instead of
//! failing. The kill points vary from run to run with the machine's timing; the
//! assertions hold at every one of them.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Documents grown from the seeds on top of the five seeds, so a run lasts long enough
/// to be killed in the middle.
const GROWN: usize = 35;
/// Kill points per scenario.
const POINTS: u32 = 6;

type Files = BTreeMap<String, Vec<u8>>;

/// A project holding the five seeds and [`GROWN`] documents grown from them.
fn project() -> Project {
    let project = Project::with_corpus();
    let lib = gen_corpus::Library::load(&project.path("seeds")).unwrap();
    gen_corpus::write(&lib, GROWN, 17, &project.path("seeds")).unwrap();
    project
}

/// Changes every fourth seed: a paragraph at the top, so every offset below it moves.
fn change_seeds(project: &Project) {
    let mut names: Vec<_> = fs::read_dir(project.path("seeds")).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for path in names.iter().step_by(4) {
        let text = fs::read_to_string(path).unwrap();
        fs::write(path, format!("Editor’s note: this story was updated.\n\n{text}")).unwrap();
    }
}

/// Runs to completion and returns the annotations and how long it took.
fn complete(project: &Project) -> (Files, Duration) {
    let started = Instant::now();
    project.run();
    let took = started.elapsed();
    (project.annotations(), took)
}

/// Starts `pipeline run` and kills it (SIGKILL) after `delay`.
fn kill_after(project: &Project, delay: Duration) {
    let mut child = Command::new(BIN)
        .arg("run")
        .current_dir(project.dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    // the run may have finished already: then there is nothing to kill
    let _ = child.kill();
    child.wait().unwrap();
}

/// Whether `name` is a temporary file of an atomic write (`.<name>.<pid>.tmp`).
fn is_temporary(name: &str) -> bool {
    let name = name.rsplit('/').next().unwrap_or(name);
    name.starts_with('.') && name.ends_with(".tmp")
}

/// Right after a kill: every file is `before`'s or `after`'s, byte for byte, and `check`
/// answers. Returns whether the kill stopped the run before it finished.
fn assert_old_or_new(project: &Project, before: &Files, after: &Files, at: &str) -> bool {
    let files = project.annotations();
    for (name, bytes) in &files {
        if is_temporary(name) {
            continue;
        }
        let old = before.get(name) == Some(bytes);
        let new = after.get(name) == Some(bytes);
        assert!(old || new, "{at}: {name} is neither the old file nor the new one:\n{}", String::from_utf8_lossy(bytes));
    }
    let check = project.pipeline(&["check"]);
    assert!(matches!(check.status.code(), Some(0 | 1)), "{at}: check after the kill failed:\n{}", text(&check));
    files != *after
}

/// After the run that completes: the bytes of a clean run, `check` clean, no temporary
/// file left.
fn assert_recovered(project: &Project, clean: &Files, at: &str) {
    let (files, _) = complete(project);
    let temporaries: Vec<&String> = files.keys().filter(|n| is_temporary(n)).collect();
    assert!(temporaries.is_empty(), "{at}: temporary files remain: {temporaries:?}");
    let names = |f: &Files| f.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&files), names(clean), "{at}: not the files of a clean run");
    for (name, bytes) in &files {
        assert!(clean[name] == *bytes, "{at}: {name} differs from a clean run's");
    }
    let check = project.pipeline(&["check"]);
    assert!(check.status.success(), "{at}: check is not clean:\n{}", text(&check));
}

/// `POINTS` delays spread over `0..1.2 × length`, a little past its end.
fn points(length: Duration) -> impl Iterator<Item = Duration> {
    (0..POINTS).map(move |k| length.mul_f64(1.2 * (f64::from(k) + 0.5) / f64::from(POINTS)))
}

fn clear(project: &Project) {
    fs::remove_dir_all(project.path("annotations")).unwrap();
}

#[test]
fn a_run_killed_at_any_point_recovers_to_the_bytes_of_a_clean_run() {
    let project = project();
    let started = Instant::now();
    let original: Files = fs::read_dir(project.path("seeds")).unwrap().map(|e| e.unwrap().path()).map(|p| (name(&p), fs::read(&p).unwrap())).collect();
    let restore = |project: &Project| {
        for (name, bytes) in &original {
            fs::write(project.seed_path(name), bytes).unwrap();
        }
    };
    // the clean runs: from nothing, then after some seeds changed (the same bytes as
    // from nothing on the changed seeds)
    let (clean, length) = complete(&project);
    change_seeds(&project);
    let (changed, incremental) = complete(&project);
    clear(&project);
    let (again, length_again) = complete(&project);
    assert!(again == changed, "an incremental run and a run from nothing differ");
    // the shorter of two runs from nothing, in case the machine was busy during one
    let length = length.min(length_again);
    restore(&project);
    let none = Files::new();
    let mut kills = Vec::new();
    let mut unfinished = 0;

    // from nothing
    for (k, delay) in points(length).enumerate() {
        clear(&project);
        let at = format!("from nothing, kill {k} after {delay:?}");
        kill_after(&project, delay);
        unfinished += usize::from(assert_old_or_new(&project, &none, &clean, &at));
        assert_recovered(&project, &clean, &at);
        kills.push(delay);
    }

    // killed again and again, each time later, then completed
    clear(&project);
    for (k, delay) in points(length).enumerate() {
        let at = format!("again and again, kill {k} after {delay:?}");
        kill_after(&project, delay);
        unfinished += usize::from(assert_old_or_new(&project, &none, &clean, &at));
        kills.push(delay);
    }
    assert_recovered(&project, &clean, "again and again");

    // incremental: some seeds changed since the complete run, then changed back
    for (k, delay) in points(incremental).enumerate() {
        let (before, after) = if k % 2 == 0 {
            change_seeds(&project);
            (&clean, &changed)
        } else {
            restore(&project);
            (&changed, &clean)
        };
        let at = format!("incremental, kill {k} after {delay:?}");
        kill_after(&project, delay);
        unfinished += usize::from(assert_old_or_new(&project, before, after, &at));
        assert_recovered(&project, after, &at);
        kills.push(delay);
    }
    eprintln!(
        "crash test: {} documents, clean run {length:?}, incremental run {incremental:?}, {} kills at {kills:?}, {unfinished} before the run finished, {:?} in all",
        original.len(),
        kills.len(),
        started.elapsed()
    );
    // the points follow the measured length, so most fall inside a run; were none to,
    // the test would have tested nothing
    assert!(unfinished > 0, "no kill fell before the end of a run: the kill points need to be earlier");
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_str().unwrap().to_string()
}
