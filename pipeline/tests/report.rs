//! `pipeline report` as a user meets it: where it writes, what it refuses, what it says
//! when the annotations cannot make a report, and the same bytes every time.

mod common;

use common::{text, Project};
use std::fs;

#[test]
fn report_writes_beside_the_annotations_by_default_and_says_where() {
    let project = Project::with_corpus();
    project.run();
    let out = project.pipeline(&["report"]);
    assert!(out.status.success(), "{}", text(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("5 documents") && said.contains("report/index.html"), "{said}");
    for page in ["index.html", "style.css", "docs/000_d31f45b7f298f60f.html", "people/john-legend.html", "claims/c-i-dont-think-were-less-friends.html"] {
        assert!(project.path("report").join(page).is_file(), "no {page}");
    }
    assert!(!project.path("annotations/report").exists());
}

#[test]
fn the_same_annotations_give_the_same_bytes() {
    let project = Project::with_corpus();
    project.run();
    assert!(project.pipeline(&["report", "--out", "a"]).status.success());
    assert!(project.pipeline(&["report", "--out", "b"]).status.success());
    let (a, b) = (read_all(&project.path("a")), read_all(&project.path("b")));
    assert!(a.len() > 10);
    assert_eq!(a, b);
}

#[test]
fn a_second_report_replaces_the_first_and_leaves_no_temporary_folder() {
    let project = Project::with_corpus();
    project.run();
    assert!(project.pipeline(&["report"]).status.success());
    fs::write(project.path("report/stale.html"), "old").unwrap();
    assert!(project.pipeline(&["report"]).status.success());
    assert!(!project.path("report/stale.html").exists());
    let leftovers: Vec<_> = fs::read_dir(project.dir.path()).unwrap().flatten().map(|e| e.file_name()).filter(|n| n.to_string_lossy().starts_with(".report")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn report_refuses_to_write_inside_the_annotations_or_over_a_folder_it_did_not_write() {
    let project = Project::with_corpus();
    project.run();
    let inside = project.pipeline(&["report", "--out", "annotations/site"]);
    assert_eq!(inside.status.code(), Some(2), "{}", text(&inside));
    assert!(String::from_utf8_lossy(&inside.stderr).contains("inside the annotations folder"), "{}", text(&inside));
    fs::create_dir(project.path("mine")).unwrap();
    fs::write(project.path("mine/notes.txt"), "keep me").unwrap();
    let over = project.pipeline(&["report", "--out", "mine"]);
    assert_eq!(over.status.code(), Some(2), "{}", text(&over));
    assert!(String::from_utf8_lossy(&over.stderr).contains("is not a report written by `pipeline report`"), "{}", text(&over));
    assert_eq!(project.read("mine/notes.txt"), "keep me");
}

#[test]
fn a_missing_annotation_file_is_named_with_what_to_do() {
    let project = Project::with_corpus();
    project.run();
    fs::remove_file(project.path("annotations/001_e37ff9940fa829ac/quotes.yaml")).unwrap();
    let out = project.pipeline(&["report"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("annotations/001_e37ff9940fa829ac/quotes.yaml") && err.contains("pipeline run"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!project.path("report").exists());
}

#[test]
fn a_span_that_no_longer_matches_its_seed_is_refused_not_highlighted() {
    let project = Project::with_corpus();
    project.run();
    // the seed changes under its annotations: every span after the insertion is off
    let seed = project.seed_path("000_d31f45b7f298f60f.txt");
    let original = fs::read_to_string(&seed).unwrap();
    fs::write(&seed, format!("An inserted line.\n\n{original}")).unwrap();
    let out = project.pipeline(&["report"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("000_d31f45b7f298f60f") && err.contains("does not match its text") && err.contains("pipeline check"), "{err}");
}

#[test]
fn text_from_the_seed_and_the_annotations_is_escaped() {
    let project = Project::empty();
    project.write("seeds/a.txt", "Markup in the news\n\n\"We <b>never</b> said & meant <script>alert(1)</script>,\" Jane Doe said on Monday.\n");
    project.run();
    assert!(project.pipeline(&["report"]).status.success());
    let page = project.read("report/docs/a.html");
    assert!(page.contains("&lt;b&gt;never&lt;/b&gt;"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{page}");
    assert!(!page.contains("<script>") && !page.contains("<b>"), "{page}");
}

#[test]
fn a_claim_whose_documents_name_different_speakers_is_listed_first_as_a_disagreement() {
    let project = Project::with_corpus();
    project.run();
    // (the seeds' other claims may hold disagreements of their own: counted before)
    let disagreements = |project: &Project| {
        let out = project.pipeline(&["report"]);
        assert!(out.status.success(), "{}", text(&out));
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let count = stdout.split(" claims (").nth(1).and_then(|rest| rest.split(' ').next()).and_then(|n| n.parse::<usize>().ok());
        count.unwrap_or_else(|| panic!("no count of disagreements in {stdout}"))
    };
    let before = disagreements(&project);
    // a person re-attributes one outlet's copy of West's reply to Legend
    let quotes = "annotations/002_84c7d409cb193193/quotes.yaml";
    let edited = project.read(quotes).replacen(
        "  - id: q-i-love-you-john-and-i\n    span: 2024..2170\n    text: I love you John and I appreciate your thoughts. You bringing up my fans or my legacy is a tactic based on fear used to manipulate my free thought.\n    speaker: kanye-west",
        "  - id: q-i-love-you-john-and-i\n    span: 2024..2170\n    text: I love you John and I appreciate your thoughts. You bringing up my fans or my legacy is a tactic based on fear used to manipulate my free thought.\n    speaker: john-legend",
        1,
    );
    assert_ne!(edited, project.read(quotes), "the quote to re-attribute moved");
    project.write(quotes, &edited);
    project.run();
    assert_eq!(disagreements(&project), before + 1);
    let index = project.read("report/index.html");
    let section = &index[index.find("id=\"disagreements\"").unwrap()..index.find("id=\"documents\"").unwrap()];
    assert!(section.contains("claims/c-i-love-you-john-and-i.html"), "{section}");
    assert!(section.contains("people/john-legend.html") && section.contains("people/kanye-west.html"), "{section}");
    let claim = project.read("report/claims/c-i-love-you-john-and-i.html");
    assert!(claim.contains("The documents disagree on who said it"), "{claim}");
}

fn read_all(root: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    common::collect(root, root, &mut files);
    files
}
