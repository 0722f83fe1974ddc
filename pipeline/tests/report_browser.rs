//! The seeds' report, checked in a real headless Chromium: every attribution of every
//! document highlighted in its speaker's colour, with its words, focusable and with its
//! tooltip on keyboard focus; every cue underlined; every link and resource resolving to
//! a file and anchor of the site; no console error. And the same check failing on a
//! report broken on purpose, in the browser and without it.

mod browser;

use browser::check::{self, Expected, Item, Link, Report};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// One browser at a time: the machine is shared.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

fn project() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Renders the seeds' report with the `pipeline` command into a fresh folder.
fn render() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = Command::new(env!("CARGO_BIN_EXE_pipeline"))
        .arg("report")
        .arg("--seeds")
        .arg(project().join("seeds"))
        .arg("--annotations")
        .arg(project().join("annotations"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "pipeline report failed:\n{}", String::from_utf8_lossy(&run.stderr));
    (dir, out)
}

fn expected() -> BTreeMap<String, Vec<Expected>> {
    browser::expected(&project().join("seeds"), &project().join("annotations"))
}

#[test]
fn the_seeds_report_passes_every_check_in_headless_chromium() {
    let Some(exe) = browser::chromium() else { return };
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let (_dir, site) = render();
    let expected = expected();
    let items: usize = expected.values().map(Vec::len).sum();
    assert!(expected.len() == 5 && items > 50, "the seeds have 5 documents and their attributions: {} pages, {items} items", expected.len());
    let problems = browser::check_site(&exe, &site, &expected);
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_browser_check_fails_on_a_lost_highlight_a_broken_link_and_a_console_error() {
    let Some(exe) = browser::chromium() else { return };
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let (_dir, site) = render();
    let expected = expected();
    let (page, items) = expected.iter().next().unwrap();
    let victim = &items[0].id;
    let path = site.join(page);
    let html = std::fs::read_to_string(&path).unwrap();
    // the first fragment of one attribution loses its highlight class
    let marker = format!("id=\"{victim}\" data-q=");
    let at = html.find(&marker).expect("the attribution's element");
    let class_at = html[..at].rfind("class=\"q ").expect("its class");
    let mut broken = format!("{}class=\"x {}", &html[..class_at], &html[class_at + "class=\"q ".len()..]);
    // a link to an anchor no page has, and a script that logs an error
    broken = broken.replace("</main>", "<a href=\"../index.html#no-such-anchor\">x</a><script>console.error('boom')</script></main>");
    std::fs::write(&path, broken).unwrap();
    let problems = browser::check_site(&exe, &site, &expected);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(has(&format!("{victim} is not highlighted")), "the lost highlight is not reported:\n{}", problems.join("\n"));
    assert!(has("#no-such-anchor"), "the broken link is not reported:\n{}", problems.join("\n"));
    assert!(has("console error") && has("boom"), "the console error is not reported:\n{}", problems.join("\n"));
}

fn good_item(id: &str) -> Item {
    Item {
        id: id.into(),
        found: true,
        background: "rgb(1, 2, 3)".into(),
        focusable: true,
        title: format!("{id}\ndirect · A\nrule: r · confidence: 1"),
        focus_tip: format!("\"{id}\""),
        text: "words".into(),
    }
}

/// A site of one document page: its files, its report, what it must highlight.
type OnePage = (BTreeSet<String>, BTreeMap<String, Report>, BTreeMap<String, Vec<Expected>>);

fn one_page(items: Vec<Item>, links: Vec<Link>) -> OnePage {
    let files: BTreeSet<String> = ["docs/a.html".to_string(), "style.css".to_string()].into();
    let report = Report { ids: vec!["q-1".into(), "q-2".into()], links, items, cues_not_underlined: vec![], lang: "en".into(), viewport: true, console: vec![] };
    let expected = vec![
        Expected { id: "q-1".into(), background: "rgb(1, 2, 3)".into(), text: "words".into() },
        Expected { id: "q-2".into(), background: "rgb(1, 2, 3)".into(), text: "words".into() },
    ];
    (files, [("docs/a.html".to_string(), report)].into(), [("docs/a.html".to_string(), expected)].into())
}

const ROOT: &str = "file:///site/";

#[test]
fn the_checker_passes_a_page_with_every_item_highlighted() {
    let (files, reports, expected) = one_page(vec![good_item("q-1"), good_item("q-2")], vec![Link { raw: "../style.css".into(), url: format!("{ROOT}style.css") }]);
    assert_eq!(check::problems(ROOT, &files, &reports, &expected), Vec::<String>::new());
}

#[test]
fn the_checker_reports_a_quote_without_its_highlight() {
    let unhighlighted = Item { background: "rgba(0, 0, 0, 0)".into(), ..good_item("q-2") };
    let (files, reports, expected) = one_page(vec![good_item("q-1"), unhighlighted], vec![]);
    let problems = check::problems(ROOT, &files, &reports, &expected);
    assert_eq!(problems, ["docs/a.html: q-2 is not highlighted in its speaker's colour: background rgba(0, 0, 0, 0) (expected rgb(1, 2, 3))"]);
}

#[test]
fn the_checker_reports_a_quote_with_no_element() {
    let (files, reports, expected) = one_page(vec![good_item("q-1"), Item { id: "q-2".into(), ..Item::default() }], vec![]);
    assert_eq!(check::problems(ROOT, &files, &reports, &expected), ["docs/a.html: no element has the id of q-2"]);
}

#[test]
fn the_checker_reports_links_to_missing_files_and_anchors_and_off_site() {
    let links = vec![
        Link { raw: "gone.html".into(), url: format!("{ROOT}docs/gone.html") },
        Link { raw: "#q-9".into(), url: format!("{ROOT}docs/a.html#q-9") },
        Link { raw: "#q-1".into(), url: format!("{ROOT}docs/a.html#q-1") },
        Link { raw: "https://cdn.example/x.css".into(), url: "https://cdn.example/x.css".into() },
    ];
    let (files, reports, expected) = one_page(vec![good_item("q-1"), good_item("q-2")], links);
    let problems = check::problems(ROOT, &files, &reports, &expected);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].contains("docs/gone.html, which does not exist"), "{problems:#?}");
    assert!(problems[1].contains("#q-9, which docs/a.html does not have"), "{problems:#?}");
    assert!(problems[2].contains("leaves the site"), "{problems:#?}");
}
