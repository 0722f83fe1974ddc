//! Where problems in a hand-edited annotation file are reported: at the line and column
//! of the offending value (found by its path in the file, not by searching the text),
//! every one of them, in file order.

use pipeline::diag::{Diagnostic, Kind, Severity, MAX_PER_FILE};
use pipeline::file::{parse_stored, Stored};
use pipeline::validate::{self, Checker};
use stages::contract::{Quotes, Speaker, Speakers};

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
    let speaker = |id: &str, name: &str| Speaker { id: id.into(), name: name.into(), kind: Default::default(), mentions: vec![] };
    Speakers { speakers: vec![speaker("john-legend", "John Legend"), speaker("kanye-west", "Kanye West")], unresolved: vec![] }
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

fn structural(stored: &Stored) -> Vec<Diagnostic> {
    stored.parse_all::<Quotes>("x/quotes.yaml").expect_err("the file is broken")
}

fn checked(stored: &Stored) -> Vec<Diagnostic> {
    let quotes: Quotes = stored.parse_all("x/quotes.yaml").unwrap_or_else(|found| panic!("{}", found[0]));
    let mut c = Checker::new("x/quotes.yaml", &stored.text, Kind::Invalid);
    validate::quotes(&mut c, SEED, &quotes, &speakers());
    c.finish()
}

#[test]
fn a_duplicate_key_is_reported_at_its_second_occurrence() {
    let body = format!(
        "quotes:\n  - id: q-a\n    span: {}\n    text: I don’t think we’re less friends.\n    speaker: john-legend\n    span: {}\n",
        span("I don’t think we’re less friends."),
        span("Bro, I love you."),
    );
    let stored = file(&body);
    let found = structural(&stored);
    assert_eq!(found.len(), 1, "{found:#?}");
    let second = line_of(&stored.text, "span:", 1);
    assert_eq!(
        first_line(&found[0]),
        format!("x/quotes.yaml:{second}:5: invalid: duplicate key `span` (the first is on line {})", second - 3)
    );
    assert_eq!(pointed(&stored, &found[0]), "span");
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
fn every_broken_item_in_a_file_is_reported_not_only_the_first() {
    let ok = span("Bro, I love you.");
    let item = |i: usize, span: &str, extra: &str| format!("  - id: q-{i}\n    span: {span}\n    text: Bro, I love you.\n{extra}");
    let body = format!(
        "quotes:\n{}{}{}{}{}",
        item(0, &ok, "    spaker: john-legend\n"),
        item(1, "75-91", ""),
        item(2, &ok, "    confidence: high\n"),
        item(3, &ok, "    cue: [Legend explained]\n"),
        item(4, &ok, "    quoted: 1\n"),
    );
    let stored = file(&body);
    let found = structural(&stored);
    let shown: Vec<String> = found.iter().map(first_line).collect();
    let at = |needle: &str, col: usize| format!("x/quotes.yaml:{}:{col}: invalid: ", line_of(&stored.text, needle, 0));
    assert_eq!(
        shown,
        vec![
            format!("{}quotes[0]: unknown field `spaker`, expected one of `id`, `kind`, `span`, `text`, `speaker`, `cue`, `quoted`, `parts`, `rule`, `confidence`", at("spaker", 5)),
            format!("{}quotes[1].span: `75-91` is not a span: write it as start..end, e.g. 12..40", at("75-91", 11)),
            format!("{}quotes[2].confidence: invalid type: string \"high\", expected f64", at("confidence", 17)),
            format!("{}quotes[3].cue: invalid type: sequence, expected struct Cue", at("cue:", 10)),
            format!("{}quotes[4].quoted: invalid type: integer `1`, expected a sequence", at("quoted", 13)),
        ]
    );
    assert_eq!(pointed(&stored, &found[1]), "75-91");
    assert_eq!(pointed(&stored, &found[2]), "high");
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

#[test]
fn a_span_that_does_not_parse_points_at_its_value_even_in_a_list() {
    let body = "paragraphs:\n  - id: p-a\n    span: 0..20\n    kind: body\n    rule: prose\n    sentences:\n      - 0..5\n      - 5..\n";
    let stored = parse_stored(format!("{HEADER}{body}").replace("stage: quotes", "stage: segment"), "x/segments.yaml").unwrap();
    let found = stored.parse_all::<stages::contract::Segments>("x/segments.yaml").unwrap_err();
    assert_eq!(found.len(), 1);
    assert_eq!(pointed(&stored, &found[0]), "5..");
    assert!(first_line(&found[0]).contains("paragraphs[0].sentences[1]: `5..` is not a span"), "{}", found[0]);
}

#[test]
fn broken_yaml_is_reported_where_the_reader_stopped_with_where_the_broken_part_starts() {
    let body = format!("quotes:\n  - id: q-a\n    span: {}\n    text: [Bro\n    speaker: kanye-west\n", span("Bro"));
    let stored = file(&body);
    let found = structural(&stored);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(first_line(&found[0]).contains("invalid: does not parse: did not find expected ',' or ']'"), "{}", found[0]);
    assert_eq!(found[1].severity, Severity::Note);
    let open = line_of(&stored.text, "text: [", 0);
    assert_eq!(first_line(&found[1]), format!("x/quotes.yaml:{open}:11: note: while parsing the flow sequence that starts here"));
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
fn thousands_of_problems_in_a_megabyte_show_the_first_hundred_and_a_count() {
    let ok = span("I don’t think we’re less friends.");
    let n = 5_000;
    // structural: every other span does not parse
    let text = big_file(n, |i| if i % 2 == 0 { ok.clone() } else { format!("{i}-{i}") });
    assert!(text.len() > 1_000_000, "{}", text.len());
    let stored = parse_stored(text, "x/quotes.yaml").unwrap();
    let found = structural(&stored);
    assert_eq!(found.len(), MAX_PER_FILE + 1);
    assert_eq!(first_line(&found[MAX_PER_FILE]), format!("x/quotes.yaml: note: {} more problems in this file not shown", n / 2 - MAX_PER_FILE));
    assert_eq!(pointed(&stored, &found[99]), "199-199");

    // against the seed: every other span does not match its text
    let text = big_file(n, |i| if i % 2 == 0 { ok.clone() } else { span("I don’t think we’re less friends") });
    let stored = parse_stored(text, "x/quotes.yaml").unwrap();
    let found = checked(&stored);
    assert_eq!(found.len(), MAX_PER_FILE + 1);
    assert_eq!(first_line(&found[MAX_PER_FILE]), format!("x/quotes.yaml: note: {} more problems in this file not shown", n / 2 - MAX_PER_FILE));
    let last = line_of(&stored.text, "span:", 199);
    assert!(first_line(&found[99]).starts_with(&format!("x/quotes.yaml:{last}:11: ")), "{}", found[99]);
}
