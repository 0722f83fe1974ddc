//! `pipeline diff` on a git repository made in the test: the seeds annotated and
//! committed, then a person's edit of `quotes.yaml` (one quote re-attributed, one quote
//! added) and the run that follows it (which re-links the claims).

mod common;

use common::{stdout, text, Project, BIN};
use std::path::Path;
use std::process::{Command, Output};

const DOC2: &str = "002_84c7d409cb193193";

/// `program` in the project, with no user or system git configuration and no git
/// variables from outside, so the test is the same on every machine.
fn in_project(program: &str, project: &Project) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(project.dir.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
    cmd
}

/// Runs `git` in the project (see [`in_project`]).
fn git(project: &Project, args: &[&str]) -> Output {
    let out = in_project("git", project).args(args).output().expect("git runs");
    assert!(out.status.success(), "git {args:?} failed:\n{}", text(&out));
    out
}

fn commit(project: &Project, message: &str) {
    git(project, &["add", "-A"]);
    git(project, &["commit", "-q", "--no-gpg-sign", "-m", message]);
}

fn diff(project: &Project, args: &[&str]) -> Output {
    in_project(BIN, project).arg("diff").args(args).output().unwrap()
}

/// The corpus annotated and committed in a new git repository.
fn committed_repository() -> Project {
    let project = Project::with_corpus();
    project.run();
    git(&project, &["init", "-q", "-b", "main"]);
    git(&project, &["config", "user.name", "Test"]);
    git(&project, &["config", "user.email", "test@example.com"]);
    git(&project, &["config", "commit.gpgsign", "false"]);
    commit(&project, "annotate the seeds");
    project
}

/// [`committed_repository`]; then, uncommitted, `q-i-love-you-john-and-i` in document
/// 002 given to john-legend instead of kanye-west, an indirect quote added by hand, and
/// `pipeline run` (which keeps the edit and links the claims again).
fn edited_repository() -> Project {
    let project = committed_repository();

    let rel = format!("annotations/{DOC2}/quotes.yaml");
    let quotes = common::with_speaker(&project.read(&rel), "I love you John", "john-legend");
    let seed = std::fs::read_to_string(project.seed_path(&format!("{DOC2}.txt"))).unwrap();
    let added = "West was basically being used by the Trump administration to sabotage Joe Biden's campaign";
    let start = seed.find(added).unwrap();
    let item = format!(
        "  - kind: indirect\n    span: {start}..{}\n    text: \"{added}\"\n    speaker: john-legend\n",
        start + added.len()
    );
    // appended at the end of the `quotes` list (the file has no other list after it)
    assert!(!quotes.contains("\nnot_quotes:") && !quotes.contains("\nunresolved:"), "the fixture expects quotes last");
    project.write(&rel, &(quotes + &item));
    project.run();
    project
}

fn snapshot(name: &str, out: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, out));
}

/// `pipeline diff --format <format>` on [`edited_repository`]: exit 1, nothing on
/// standard error, and the output snapshotted.
fn assert_diff_snapshot(format: &str) -> String {
    let project = edited_repository();
    let out = diff(&project, &["--format", format]);
    assert_eq!(out.status.code(), Some(1), "something changed: exit 1\n{}", text(&out));
    assert!(out.stderr.is_empty(), "{}", text(&out));
    snapshot(&format!("diff_{format}"), &stdout(&out));
    stdout(&out)
}

#[test]
fn diff_text_reports_a_reattributed_quote_and_an_added_quote() {
    let shown = assert_diff_snapshot("text");
    assert!(shown.contains("re-attributed q-i-love-you-john-and-i (2024..2170): kanye-west → john-legend"), "{shown}");
    assert!(shown.contains("+ added (no id) (indirect, "), "{shown}");
}

#[test]
fn diff_markdown_reports_a_reattributed_quote_and_an_added_quote() {
    let shown = assert_diff_snapshot("markdown");
    assert!(shown.starts_with("### Annotation changes: HEAD → working tree"), "{shown}");
}

#[test]
fn diff_json_reports_a_reattributed_quote_and_an_added_quote() {
    let json: serde_json::Value = serde_json::from_str(&assert_diff_snapshot("json")).unwrap();
    assert_eq!(json["changes"], 3);
    let doc = &json["documents"][0];
    assert_eq!(doc["doc"], DOC2);
    assert_eq!(doc["quotes"]["reattributed"][0]["from"], "kanye-west");
    assert_eq!(doc["quotes"]["reattributed"][0]["to"], "john-legend");
    assert_eq!(doc["quotes"]["added"].as_array().unwrap().len(), 1);
    assert_eq!(doc["quotes"]["added"][0]["kind"], "indirect");
    assert_eq!(json["claims"]["disagreements_appeared"].as_array().unwrap().len(), 1);
}

#[test]
fn diff_of_two_revisions_matches_the_working_tree_diff_and_exits_0_when_nothing_changed() {
    let project = edited_repository();
    let worktree = stdout(&diff(&project, &["--format", "json"]));
    commit(&project, "re-attribute a quote, add one");
    // the working tree is now HEAD: nothing changed
    let none = diff(&project, &[]);
    assert_eq!(none.status.code(), Some(0), "{}", text(&none));
    assert!(stdout(&none).contains("no change to the annotations"), "{}", text(&none));
    // the commit against its parent says what the working tree said against HEAD
    let revisions = diff(&project, &["HEAD~1", "HEAD", "--format", "json"]);
    assert_eq!(revisions.status.code(), Some(1));
    let relabel = |s: &str| s.replace("\"old\": \"HEAD~1\"", "\"old\": \"HEAD\"").replace("\"new\": \"HEAD\"", "\"new\": \"working tree\"");
    assert_eq!(relabel(&stdout(&revisions)), worktree);
    // nothing was checked out over the working tree
    let status = git(&project, &["status", "--porcelain", "--", "annotations", "seeds"]);
    assert!(stdout(&status).trim().is_empty(), "{}", stdout(&status));
}

#[test]
fn diff_across_the_move_from_claims_yaml_to_shards_shows_no_change() {
    // a repository annotated by an earlier version (one claims.yaml), then the run that
    // moves the claims into shards: the same claims, so no change
    let project = committed_repository();
    let single = project.claims_as_one_file();
    std::fs::remove_dir_all(project.path("annotations/claims")).unwrap();
    project.write("annotations/claims.yaml", &single);
    commit(&project, "the claims as an earlier version kept them");
    project.run();
    assert!(!project.path("annotations/claims.yaml").exists());
    commit(&project, "the claims in shards");
    let out = diff(&project, &["HEAD~1", "HEAD"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stdout(&out).contains("no change to the annotations"), "{}", text(&out));
    // and the single file against the shards it was made from (a reader that missed
    // either layout would see every claim removed or added)
    let out = diff(&project, &["HEAD~2", "HEAD~1"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn diff_compares_two_folders_without_git() {
    let project = edited_repository();
    let old = project.path("old");
    // the committed annotations, as a plain folder
    let listing = git(&project, &["ls-files", "annotations"]);
    for rel in stdout(&listing).lines() {
        let to = old.join(Path::new(rel).strip_prefix("annotations").unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(&to, git(&project, &["show", &format!("HEAD:{rel}")]).stdout).unwrap();
    }
    let out = diff(&project, &["old", "annotations"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = stdout(&out);
    assert!(shown.starts_with("diff old → annotations: "), "{shown}");
    assert!(shown.contains("re-attributed q-i-love-you-john-and-i (2024..2170): kanye-west → john-legend"), "{shown}");
    assert!(!shown.contains('\x1b'), "no colour when standard output is not a terminal: {shown:?}");
    let same = diff(&project, &["annotations", "annotations"]);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same));
}

#[test]
fn diff_names_a_revision_that_does_not_exist_and_exits_2() {
    let project = committed_repository();
    let out = diff(&project, &["no-such-branch"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`no-such-branch` is neither a folder nor a git revision"), "{err}");
    assert!(out.stdout.is_empty());
}
