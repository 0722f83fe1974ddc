//! Where problems in a hand-edited annotation file are reported: at the line and column
//! of the offending value (found by its path in the file, not by searching the text), in
//! file order.

use pipeline::diag::{Diagnostic, Kind, MAX_PER_FILE};
use pipeline::file::{parse_stored, Stored};
use pipeline::validate::{self, Checker};
use stages::contract::{Quotes, Speaker, Speakers};
use std::time::{Duration, Instant};

const SEED: &str = "John Legend said: “I don’t think we’re less friends.” Kanye West tweeted: “Bro, I love you.” Legend explained.";

const HEADER: &str = "stage: quotes\nsource: seeds/x.txt\nhashes:\n  seed: a\n  inputs: {}\n  stage: b\n  output: c\n";

fn file(body: &str) -> Stored {
    parse_stored(format!("{HEADER}{body}"), "x/quotes.yaml").unwrap()
}

/// `start..end` of `part` in the seed.
fn span(part: &str) -> String {
    let start = SEED.find(part).unwrap();
    format!("{start}..{}", start + part.len())
}

fn speakers() -> Speakers {
    let speaker = |id: &str, name: &str| Speaker { id: id.into(), name: name.into(), mentions: vec![] };
    Speakers { speakers: vec![speaker("john-legend", "John Legend"), speaker("kanye-west", "Kanye West")] }
}

/// The 1-based line of the `nth` line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str, nth: usize) -> usize {
    text.lines().enumerate().filter(|(_, l)| l.contains(needle)).nth(nth).unwrap_or_else(|| panic!("no {needle}")).0 + 1
}

fn first_line(d: &Diagnostic) -> String {
    d.to_string().lines().next().unwrap().to_string()
}

/// The bytes a diagnostic points at.
fn pointed<'t>(stored: &'t Stored, d: &Diagnostic) -> &'t str {
    let (start, end) = d.span.unwrap_or_else(|| panic!("not located: {d}"));
    &stored.text[start..end]
}

fn checked(stored: &Stored) -> Vec<Diagnostic> {
    let quotes: Quotes = stored.parse("x/quotes.yaml").unwrap_or_else(|d| panic!("{d}"));
    let mut c = Checker::new("x/quotes.yaml", &stored.text, Kind::Invalid);
    validate::quotes(&mut c, SEED, &quotes, &speakers());
    c.finish()
}

#[test]
fn an_empty_speaker_is_reported_on_its_own_line() {
    let body = format!(
        "quotes:\n  - id: q-a\n    span: {}\n    text: I don’t think we’re less friends.\n    speaker: john-legend\n  - id: q-b\n    span: {}\n    text: Bro, I love you.\n    speaker: \"\"\n",
        span("I don’t think we’re less friends."),
        span("Bro, I love you."),
    );
    let stored = file(&body);
    let found = checked(&stored);
    assert_eq!(found.len(), 1, "{found:#?}");
    let line = line_of(&stored.text, "speaker: \"\"", 0);
    assert_eq!(first_line(&found[0]), format!("x/quotes.yaml:{line}:14: invalid: speaker is empty"));
    assert_eq!(pointed(&stored, &found[0]), "\"\"");
    assert!(found[0].to_string().contains("write `speaker: null`"), "{}", found[0]);
}

#[test]
fn a_wrong_span_points_at_the_span_value() {
    // the cue is written in flow style, on the line of the quote's speaker: text search
    // used to miss it
    let wrong = span("Legend explain");
    let body = format!(
        "quotes:\n  - id: q-a\n    span: {}\n    text: Bro, I love you.\n    speaker: kanye-west\n    cue: {{span: {wrong}, text: Legend explained}}\n  - id: q-b\n    span: {}\n    text: I don’t think we’re less friends.\n",
        span("Bro, I love you."),
        span("I don’t think we’re less friends"),
    );
    let stored = file(&body);
    let found = checked(&stored);
    let shown: Vec<String> = found.iter().map(first_line).collect();
    let cue = line_of(&stored.text, "cue:", 0);
    let quote = line_of(&stored.text, "span:", 2);
    assert_eq!(
        shown,
        vec![
            format!("x/quotes.yaml:{cue}:17: invalid: span {wrong} does not match its text"),
            format!("x/quotes.yaml:{quote}:11: invalid: span {} does not match its text", span("I don’t think we’re less friends")),
        ]
    );
    assert_eq!(pointed(&stored, &found[0]), wrong);
    let excerpt = found[0].to_string();
    let caret = excerpt.lines().nth(3).unwrap();
    assert_eq!(caret.find('^').unwrap() - caret.find('|').unwrap() - 2, 16, "{excerpt}");
}

/// A file of about a megabyte with `n` quotes, each with a span on its own line.
fn big_file(n: usize, span_of: impl Fn(usize) -> String) -> String {
    let mut body = String::from("quotes:\n");
    let text = "I don’t think we’re less friends.";
    for i in 0..n {
        body.push_str(&format!(
            "  - id: q-{i}\n    span: {}\n    text: {text}\n    speaker: john-legend\n    rule: a-rule-name-long-enough-to-make-the-item-weigh-some-two-hundred-bytes\n    confidence: 0.9\n",
            span_of(i)
        ));
    }
    format!("{HEADER}{body}")
}

#[test]
fn thousands_of_problems_in_a_megabyte_are_located_quickly_the_first_hundred_shown() {
    let ok = span("I don’t think we’re less friends.");
    let n = 5_000;
    // every other span does not match its text
    let text = big_file(n, |i| if i % 2 == 0 { ok.clone() } else { span("I don’t think we’re less friends") });
    assert!(text.len() > 1_000_000, "{}", text.len());
    let stored = parse_stored(text, "x/quotes.yaml").unwrap();
    let clock = Instant::now();
    let found = checked(&stored);
    let took = clock.elapsed();
    assert_eq!(found.len(), MAX_PER_FILE + 1);
    assert_eq!(first_line(&found[MAX_PER_FILE]), format!("x/quotes.yaml: note: {} more problems in this file not shown", n / 2 - MAX_PER_FILE));
    let last = line_of(&stored.text, "span:", 199);
    assert!(first_line(&found[99]).starts_with(&format!("x/quotes.yaml:{last}:11: ")), "{}", found[99]);
    assert!(took < Duration::from_secs(10), "problems against the seed took {took:?}");
}
