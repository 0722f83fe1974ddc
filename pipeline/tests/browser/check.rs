//! What the browser test checks, apart from the browser: the script each page runs, what
//! it reports, and the problems found in those reports. Kept pure so that a test can
//! hand it a broken page's report and see the problem named.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// An attribution a document page must highlight.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Expected {
    /// The quote id: the id of its first highlighted element.
    pub id: String,
    /// The speaker's colour, as `getComputedStyle` gives it (`rgb(r, g, b)`).
    pub background: String,
    /// The item's words: its parts' text joined, or its span's.
    pub text: String,
}

/// What the page script saw of one attribution.
#[derive(Clone, Debug, Deserialize, Default)]
pub struct Item {
    pub id: String,
    pub found: bool,
    pub background: String,
    pub focusable: bool,
    pub title: String,
    /// The `::after` content once the element has the keyboard focus.
    pub focus_tip: String,
    /// The text of every fragment of the item, joined.
    pub text: String,
}

/// A link or resource reference, resolved by the browser.
#[derive(Clone, Debug, Deserialize)]
pub struct Link {
    pub raw: String,
    pub url: String,
}

/// What the page script reports, plus the console errors the driver saw.
#[derive(Clone, Debug, Deserialize, Default)]
pub struct Report {
    pub ids: Vec<String>,
    pub links: Vec<Link>,
    pub items: Vec<Item>,
    /// Cue elements whose computed text decoration has no underline.
    pub cues_not_underlined: Vec<String>,
    pub lang: String,
    pub viewport: bool,
    #[serde(default)]
    pub console: Vec<String>,
}

/// The script run in each page: `EXPECTED` is replaced by the page's expected items.
pub const SCRIPT: &str = r#"(() => {
  const expected = EXPECTED;
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const links = [];
  for (const el of document.querySelectorAll('[href], [src]')) {
    const attr = el.hasAttribute('href') ? 'href' : 'src';
    const raw = el.getAttribute(attr);
    links.push({ raw, url: new URL(raw, document.baseURI).href });
  }
  const items = expected.map(x => {
    const el = document.getElementById(x.id);
    if (!el) return { id: x.id, found: false, background: '', focusable: false, title: '', focus_tip: '', text: '' };
    el.focus();
    const focused = document.activeElement === el;
    const focusTip = getComputedStyle(el, '::after').content;
    el.blur();
    const fragments = [...document.querySelectorAll('[data-q]')].filter(f => f.dataset.q === x.id);
    return {
      id: x.id, found: true,
      background: getComputedStyle(el).backgroundColor,
      focusable: focused && el.tabIndex >= 0,
      title: el.getAttribute('title') || '',
      focus_tip: focusTip,
      text: fragments.map(f => f.textContent).join(''),
    };
  });
  const cues_not_underlined = [...document.querySelectorAll('.cue')]
    .filter(c => !getComputedStyle(c).textDecorationLine.includes('underline'))
    .map(c => c.textContent);
  const viewport = !!document.querySelector('meta[name="viewport"][content*="width=device-width"]');
  return { ids, links, items, cues_not_underlined, lang: document.documentElement.lang, viewport };
})()"#;

/// The script for a page that must highlight `expected`.
pub fn script(expected: &[Expected]) -> String {
    SCRIPT.replace("EXPECTED", &serde_json::to_string(expected).expect("JSON"))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(b) = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every problem in `reports` (site path of each page → its report), for a site whose
/// files are `files` (site paths) under the URL `root` (`file:///.../`), and whose
/// document pages must highlight `expected` (site path → items).
pub fn problems(root: &str, files: &BTreeSet<String>, reports: &BTreeMap<String, Report>, expected: &BTreeMap<String, Vec<Expected>>) -> Vec<String> {
    let mut out = Vec::new();
    for (page, items) in expected {
        let Some(report) = reports.get(page) else {
            out.push(format!("{page}: the document page was not visited (missing?)"));
            continue;
        };
        for x in items {
            let Some(seen) = report.items.iter().find(|i| i.id == x.id) else {
                out.push(format!("{page}: {} was not checked", x.id));
                continue;
            };
            if !seen.found {
                out.push(format!("{page}: no element has the id of {}", x.id));
                continue;
            }
            if seen.background != x.background {
                out.push(format!("{page}: {} is not highlighted in its speaker's colour: background {} (expected {})", x.id, seen.background, x.background));
            }
            if seen.text != x.text {
                out.push(format!("{page}: {} highlights {:?}, not its words {:?}", x.id, seen.text, x.text));
            }
            if !seen.focusable {
                out.push(format!("{page}: {} cannot take the keyboard focus", x.id));
            }
            if !seen.title.contains(&x.id) || !seen.title.contains("rule") || !seen.title.contains("confidence") {
                out.push(format!("{page}: {}'s title does not give its id, rule and confidence: {:?}", x.id, seen.title));
            }
            if !seen.focus_tip.contains(&x.id) {
                out.push(format!("{page}: {} shows no tooltip on keyboard focus (::after is {:?})", x.id, seen.focus_tip));
            }
        }
    }
    for (page, report) in reports {
        for e in &report.console {
            out.push(format!("{page}: console error: {e}"));
        }
        for c in &report.cues_not_underlined {
            out.push(format!("{page}: the cue {c:?} is not underlined"));
        }
        if report.lang.is_empty() {
            out.push(format!("{page}: <html> has no lang"));
        }
        if !report.viewport {
            out.push(format!("{page}: no viewport meta for phones"));
        }
        let mut seen = BTreeSet::new();
        for id in &report.ids {
            if !seen.insert(id) {
                out.push(format!("{page}: the id {id} is used twice"));
            }
        }
        for link in &report.links {
            if link.url.starts_with("data:") {
                continue;
            }
            let Some(rest) = link.url.strip_prefix(root) else {
                out.push(format!("{page}: {} leaves the site ({})", link.raw, link.url));
                continue;
            };
            let (file, anchor) = match rest.split_once('#') {
                Some((f, a)) => (percent_decode(f), Some(percent_decode(a))),
                None => (percent_decode(rest), None),
            };
            if !files.contains(&file) {
                out.push(format!("{page}: {} points at {file}, which does not exist", link.raw));
                continue;
            }
            if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
                match reports.get(&file) {
                    Some(target) if target.ids.contains(&anchor) => {}
                    Some(_) => out.push(format!("{page}: {} points at #{anchor}, which {file} does not have", link.raw)),
                    None => out.push(format!("{page}: {} points into {file}, which is not a page", link.raw)),
                }
            }
        }
    }
    out
}
