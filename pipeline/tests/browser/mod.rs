//! Checking a report in a real headless Chromium: the driver ([`cdp`]) and the checks
//! ([`check`]).

pub mod cdp;
pub mod check;

use check::{Expected, Report};
use pipeline::site::{colour, html, load};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The browser, or `None` when it is missing and the developer opted out with
/// `PIPELINE_SKIP_BROWSER=1` (never honoured under CI: CI must run the check).
pub fn chromium() -> Option<PathBuf> {
    if let Some(exe) = cdp::find() {
        return Some(exe);
    }
    let opted_out = std::env::var("PIPELINE_SKIP_BROWSER").is_ok_and(|v| v == "1");
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    if opted_out && !ci {
        eprintln!("SKIPPED: no chromium, and PIPELINE_SKIP_BROWSER=1: the report was not checked in a browser");
        return None;
    }
    panic!(
        "the report's browser test needs Chromium and found none: install it (Debian: `apt-get install -y chromium`; .ci/run does), \
         or set PIPELINE_CHROMIUM to its path; for local development only, PIPELINE_SKIP_BROWSER=1 skips the check (not under CI)"
    );
}

/// What each document page of the report of `seeds` + `annotations` must highlight.
pub fn expected(seeds: &Path, annotations: &Path) -> BTreeMap<String, Vec<Expected>> {
    let corpus = load::load(seeds, annotations).expect("the annotations load");
    let mut out = BTreeMap::new();
    for doc in &corpus.docs {
        let items = doc
            .quotes
            .quotes
            .iter()
            .map(|q| Expected {
                id: q.id.clone(),
                background: colour::speaker(q.speaker.as_deref()).css_rgb(),
                text: if q.parts.is_empty() { q.text.clone() } else { q.parts.iter().map(|s| &doc.text[s.start()..s.end()]).collect() },
            })
            .collect();
        out.insert(html::path::doc(&doc.name), items);
    }
    out
}

/// The site's files, as site paths.
pub fn files(root: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.insert(path.strip_prefix(root).unwrap().to_str().unwrap().replace('\\', "/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, root, &mut out);
    out
}

/// The `file://` URL of the folder `root`, ending in `/`.
pub fn root_url(root: &Path) -> String {
    let root = root.canonicalize().unwrap();
    let mut url = String::from("file://");
    for b in root.to_str().unwrap().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url.push('/');
    url
}

/// Opens every page of the site at `root` in `browser` and returns what each reported,
/// with the problems found in them.
pub fn check_site(exe: &Path, root: &Path, expected: &BTreeMap<String, Vec<Expected>>) -> Vec<String> {
    let mut browser = cdp::Browser::launch(exe).unwrap_or_else(|e| panic!("cannot drive {}: {e}", exe.display()));
    let files = files(root);
    let base = root_url(root);
    let mut reports: BTreeMap<String, Report> = BTreeMap::new();
    for page in files.iter().filter(|f| f.ends_with(".html")) {
        let url = format!("{base}{page}");
        browser.open(&url).unwrap_or_else(|e| panic!("{page}: {e}"));
        let items = expected.get(page).map_or(&[][..], Vec::as_slice);
        let value = browser.eval(&check::script(items)).unwrap_or_else(|e| panic!("{page}: {e}"));
        let mut report: Report = serde_json::from_value(value).unwrap_or_else(|e| panic!("{page}: the page script's report: {e}"));
        report.console = browser.errors();
        reports.insert(page.clone(), report);
    }
    check::problems(&base, &files, &reports, expected)
}
