//! Hand edits, as a person makes them in an editor: kept, validated, fed downstream, and
//! carried onto new output when the seed under them changes.

mod common;

use common::*;

const QUOTES0: &str = "annotations/000_d31f45b7f298f60f/quotes.yaml";
const SEED0: &str = "seeds/000_d31f45b7f298f60f.txt";
/// A sentence of seed 000 that the machine does not report as a quote.
const MISSED: &str = "Legend revealed he and West are at different stages in their lives";

fn insert_paragraph_at_top(p: &Project) -> usize {
    let note = "Editor's note: this article was updated.\n\n";
    let seed = p.read(SEED0);
    p.write(SEED0, &format!("{note}{seed}"));
    note.len()
}

fn add_missed_quote(p: &Project) {
    let seed = p.read(SEED0);
    let start = seed.find(MISSED).unwrap();
    let quotes = p.read(QUOTES0);
    assert!(quotes.ends_with('\n') && !quotes.contains("\nnot_quotes:"), "the added quote goes at the end of the quotes list");
    p.write(QUOTES0, &format!("{quotes}  - span: {}..{}\n    text: \"{MISSED}\"\n", start, start + MISSED.len()));
}

/// The quote whose text starts with `prefix`, as (span, speaker) lines of the file.
fn quote_fields(file: &str, prefix: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = file.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("    text: ") && l[10..].trim_start_matches('"').starts_with(prefix))?;
    let span = lines[at - 1].trim().to_string();
    let speaker = lines.get(at + 1).filter(|l| l.starts_with("    speaker:")).map(|l| l.trim().to_string()).unwrap_or_default();
    Some((span, speaker))
}

#[test]
fn edits_are_kept_checked_and_recorded_against_the_machine_output() {
    let p = Project::with_corpus();
    p.run();
    let machine = p.read(QUOTES0);
    let edited = with_speaker(&machine, "I don’t think", "kanye-west");
    p.write(QUOTES0, &edited);
    add_missed_quote(&p);
    let edited = p.read(QUOTES0);
    let out = stdout(&p.run());
    assert!(line(&out, "quotes").contains("1 kept from hand edits"), "{out}");
    assert!(line(&out, "claims").starts_with("claims:   1 ran"), "claims reads the edited quotes: {out}");
    assert_eq!(p.read(QUOTES0), edited, "run must never rewrite a person's file");
    // the machine output the edit started from is on record, its schema line one folder deeper
    let on_record = machine.replacen("$schema=../.schema/", "$schema=../../.schema/", 1);
    assert_eq!(p.read("annotations/000_d31f45b7f298f60f/.machine/quotes.yaml"), on_record, "the machine output the edit started from is on record");
    let schema_ref = on_record.lines().next().unwrap().split_once("$schema=").unwrap().1;
    assert!(p.path("annotations/000_d31f45b7f298f60f/.machine").join(schema_ref).is_file(), "the .machine copy's schema line resolves");
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
    // a second run has nothing left to do
    let before = p.mtimes();
    let_the_clock_move();
    let again = stdout(&p.run());
    assert_eq!(p.mtimes(), before, "{again}");
}

#[test]
fn a_changed_speaker_and_an_added_quote_survive_a_paragraph_inserted_at_the_top() {
    let p = Project::with_corpus();
    p.run();
    let machine = p.read(QUOTES0);
    let (old_span, _) = quote_fields(&machine, "I don’t think").unwrap();
    p.write(QUOTES0, &with_speaker(&machine, "I don’t think", "kanye-west"));
    add_missed_quote(&p);
    p.run();
    let shift = insert_paragraph_at_top(&p);
    let out = p.run();
    assert!(out.status.success(), "{}", text(&out));
    assert!(line(&stdout(&out), "quotes").contains("(1 carried onto new output)"), "{}", text(&out));
    let carried = p.read(QUOTES0);
    let (span, speaker) = quote_fields(&carried, "I don’t think").unwrap();
    assert_eq!(speaker, "speaker: kanye-west", "{carried}");
    let old: stages::Span = old_span.trim_start_matches("span: ").parse().unwrap();
    assert_eq!(span, format!("span: {}", old.shifted(shift as isize).unwrap()));
    let seed = p.read(SEED0);
    let start = seed.find(MISSED).unwrap();
    let (span, _) = quote_fields(&carried, MISSED).expect("the added quote is carried");
    assert_eq!(span, format!("span: {}..{}", start, start + MISSED.len()));
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
}

#[test]
fn a_deleted_false_quote_stays_deleted_when_the_seed_changes() {
    let p = Project::with_corpus();
    p.run();
    let machine = p.read(QUOTES0);
    let start = machine.find("  - id: q-i-just-think").expect("the second quote");
    let end = start + 2 + machine[start + 2..].find("  - id: ").unwrap();
    let removed_text = quote_fields(&machine[start..end], "I just think").is_some();
    assert!(removed_text);
    p.write(QUOTES0, &format!("{}{}", &machine[..start], &machine[end..]));
    p.run();
    insert_paragraph_at_top(&p);
    assert!(p.run().status.success());
    let carried = p.read(QUOTES0);
    assert!(quote_fields(&carried, "I just think").is_none(), "the deleted quote came back:\n{carried}");
    assert!(quote_fields(&carried, "I don’t think").is_some());
}

#[test]
fn an_added_quote_whose_text_is_gone_is_kept_as_unresolved_until_resolved() {
    let p = Project::with_corpus();
    p.run();
    add_missed_quote(&p);
    p.run();
    let seed = p.read(SEED0);
    p.write(SEED0, &seed.replace("at different stages", "at other stages"));
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1), "an unresolved edit fails the run");
    let err = text(&out);
    assert!(err.contains("conflict: unresolved hand edit q-legend-revealed-he-and-west-are: orphaned: the quote you added is no longer in the seed"), "{err}");
    let file = p.read(QUOTES0);
    assert!(file.contains("\nunresolved:\n  - reason: \"orphaned: the quote you added is no longer in the seed\"\n"), "{file}");
    assert!(file[file.find("\nunresolved:").unwrap()..].contains(MISSED), "the person's quote is kept in the file:\n{file}");
    let check = p.pipeline(&["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check).contains("unresolved hand edit"), "{}", text(&check));
    // the person resolves it by deleting the entry
    let resolved = file[..file.find("\nunresolved:\n").unwrap() + 1].to_string();
    p.write(QUOTES0, &resolved);
    // what is left is exactly the machine's output: claims read it again
    let out = stdout(&p.run());
    assert!(line(&out, "quotes").starts_with("quotes:   0 ran, 5 cached, 0 kept"), "{out}");
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
}

#[test]
fn an_added_quote_that_now_stands_in_two_places_is_ambiguous() {
    let p = Project::with_corpus();
    p.run();
    add_missed_quote(&p);
    p.run();
    // the sentence's paragraph is gone, and two new ones, at the top and at the end,
    // repeat it: the text now stands twice and neither place is where a move puts it
    let seed = p.read(SEED0);
    let at = seed.find(MISSED).unwrap();
    let par_start = seed[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let par_end = at + seed[at..].find("\n\n").unwrap() + 2;
    p.write(
        SEED0,
        &format!("As one source put it, {MISSED}.\n\n{}{}\n\nAs another put it, {MISSED}.\n", &seed[..par_start], &seed[par_end..].trim_end()),
    );
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("ambiguous: the quote you added now stands in 2 places"), "{}", text(&out));
}

#[test]
fn a_corrected_canonical_name_survives_a_paragraph_inserted_above() {
    let p = Project::with_corpus();
    p.run();
    let rel = "annotations/000_d31f45b7f298f60f/speakers.yaml";
    let edited = p.read(rel).replacen("name: John Legend", "name: John Roger Stephens", 1);
    p.write(rel, &edited);
    p.run();
    let shift = insert_paragraph_at_top(&p);
    let out = p.pipeline(&["run"]);
    assert!(out.status.success(), "{}", text(&out));
    let carried = p.read(rel);
    assert!(carried.contains("  - id: john-legend\n    name: John Roger Stephens\n"), "{carried}");
    // the machine's mentions moved with the text
    assert!(carried.contains(&format!("      - span: {}..{}\n        text: Donald Trump\n", 773 + shift, 785 + shift)), "{carried}");
    let check = p.pipeline(&["check", "--deep"]);
    assert!(check.status.success(), "{}", text(&check));
}

#[test]
fn a_fixed_paragraph_kind_survives_a_paragraph_inserted_above() {
    let p = Project::with_corpus();
    p.run();
    let rel = "annotations/000_d31f45b7f298f60f/segments.yaml";
    let credit = "  - id: p-christopher-polk-mtv1415-getty-images-entertainm\n    span: 75..139\n    kind: credit\n    rule: credit-slash\n";
    assert!(p.read(rel).contains(credit));
    p.write(rel, &p.read(rel).replacen(credit, &credit.replace("kind: credit", "kind: caption"), 1));
    p.run();
    let shift = insert_paragraph_at_top(&p);
    let out = p.pipeline(&["run"]);
    assert!(out.status.success(), "{}", text(&out));
    let carried = p.read(rel);
    let moved = format!("  - id: p-christopher-polk-mtv1415-getty-images-entertainm\n    span: {}..{}\n    kind: caption\n", 75 + shift, 139 + shift);
    assert!(carried.contains(&moved), "{carried}");
    assert!(carried.contains("  - id: p-editors-note-this-article-was-updated\n"), "the new paragraph is there: {carried}");
    assert!(p.pipeline(&["check", "--deep"]).status.success());
}

#[test]
fn a_removed_claim_member_stays_removed_when_another_document_changes() {
    let p = Project::with_corpus();
    p.run();
    let rel = &p.shard_containing("  - id: c-in-october-2019-legend-told-vanity\n");
    let wrong = "      - doc: \"003_65ed1d00470dc92a\"\n        span: 2205..2380\n        text: \"However, last October, John revealed in an interview with Vanity Fair that he and Kanye \\\"were never the closest of friends\\\" and went on to discuss the rapper's views on Trump.\"\n        quote: q-he-and-kanye-were-never-the\n        speaker: john-legend\n        match: paraphrase\n        why:\n          with: \"000_d31f45b7f298f60f\"\n          shared:\n            - October\n            - John\n            - Vanity\n            - Fair\n            - Kanye\n";
    // who says it follows from the members: the person updates it with the member
    let said = "    speakers:\n      john-legend:\n        - \"000_d31f45b7f298f60f\"\n        - \"003_65ed1d00470dc92a\"\n    members:\n";
    let said_now = "    speakers:\n      john-legend:\n        - \"000_d31f45b7f298f60f\"\n    members:\n";
    assert!(p.read(rel).contains(wrong) && p.read(rel).contains(said), "{}", p.read(rel));
    p.write(rel, &p.read(rel).replacen(wrong, "", 1).replacen(said, said_now, 1));
    p.run();
    // another document changes: claims runs again, under the person's edit
    let seed1 = "seeds/001_e37ff9940fa829ac.txt";
    p.write(seed1, &format!("Editor's note: this article was updated.\n\n{}", p.read(seed1)));
    let out = p.pipeline(&["run"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("claims:   1 ran"), "{}", text(&out));
    let carried = p.read(rel);
    assert!(!carried.contains("However, last October, John revealed"), "{carried}");
    assert!(carried.contains("  - id: c-in-october-2019-legend-told-vanity\n"), "{carried}");
    assert!(p.pipeline(&["check", "--deep"]).status.success());
}

#[test]
fn a_removed_claim_member_left_in_the_speakers_list_is_reported_with_what_to_write() {
    let p = Project::with_corpus();
    p.run();
    let rel = &p.shard_containing("  - id: c-in-october-2019-legend-told-vanity\n");
    let wrong = "      - doc: \"003_65ed1d00470dc92a\"\n        span: 2205..2380\n        text: \"However, last October, John revealed in an interview with Vanity Fair that he and Kanye \\\"were never the closest of friends\\\" and went on to discuss the rapper's views on Trump.\"\n        quote: q-he-and-kanye-were-never-the\n        speaker: john-legend\n        match: paraphrase\n        why:\n          with: \"000_d31f45b7f298f60f\"\n          shared:\n            - October\n            - John\n            - Vanity\n            - Fair\n            - Kanye\n";
    assert!(p.read(rel).contains(wrong), "{}", p.read(rel));
    p.write(rel, &p.read(rel).replacen(wrong, "", 1));
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = text(&out);
    assert!(shown.contains("claim c-in-october-2019-legend-told-vanity: `speakers` does not follow from its members' speakers"), "{shown}");
    assert!(shown.contains("the members say speakers: john-legend in 000_d31f45b7f298f60f, unattributed: [], disagree: false"), "{shown}");
}

#[test]
fn an_edit_whose_seed_changed_before_any_run_is_a_conflict_and_the_file_is_kept() {
    // The edit and the seed change arrive together (one commit): the machine output the
    // edit started from was never recorded, so there is nothing to carry it from.
    let p = Project::with_corpus();
    p.run();
    let rel = "annotations/000_d31f45b7f298f60f/speakers.yaml";
    let edited = p.read(rel).replacen("name: John Legend", "name: John Roger Stephens", 1);
    p.write(rel, &edited);
    insert_paragraph_at_top(&p);
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains(&format!("{rel}: conflict: hand-edited, but seed changed")), "{}", text(&out));
    assert_eq!(p.read(rel), edited);
    assert_eq!(p.pipeline(&["check"]).status.code(), Some(1));
}

#[test]
fn a_broken_edit_is_reported_rustc_style_and_left_as_it_is() {
    let p = Project::with_corpus();
    p.run();
    let machine = p.read(QUOTES0);
    let edited = machine.replacen("speaker: john-legend", "speaker: jon-legend", 1).replacen("confidence: 0.95", "confidence: [", 1);
    p.write(QUOTES0, &edited);
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out);
    assert!(err.contains(&format!("{QUOTES0}:")), "{err}");
    assert!(err.contains("invalid: does not parse"), "{err}");
    assert!(err.contains(" | ") && err.contains('^'), "an excerpt with a caret: {err}");
    assert_eq!(p.read(QUOTES0), edited);
    // once the YAML parses, the unknown speaker is named with its line
    let edited = machine.replacen("speaker: john-legend", "speaker: jon-legend", 1);
    p.write(QUOTES0, &edited);
    let err = text(&p.pipeline(&["check"]));
    assert!(err.contains("invalid: speaker jon-legend is not in speakers.yaml"), "{err}");
}

#[test]
fn absurd_input_in_an_annotation_file_is_refused_quickly() {
    let p = Project::with_corpus();
    p.run();
    let header_end = |file: &str| file.find("\nquotes:").unwrap() + 1;
    let machine = p.read(QUOTES0);
    let header = &machine[..header_end(&machine)];
    // an alias bomb
    let mut bomb = String::from("quotes:\n  - &a [x, x, x, x, x, x, x, x, x]\n");
    for i in 0..9 {
        let prev = if i == 0 { "a".to_string() } else { format!("b{}", i - 1) };
        bomb.push_str(&format!("  - &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    // deep nesting, and a gigantic number
    let deep = format!("quotes: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let huge = machine.replacen("span: ", "span: 99999999999999999999999999999", 1);
    for (what, body) in [("alias bomb", format!("{header}{bomb}")), ("deep nesting", format!("{header}{deep}")), ("huge number", huge)] {
        p.write(QUOTES0, &body);
        let out = p.pipeline(&["check"]);
        assert_eq!(out.status.code(), Some(1), "{what}: {}", text(&out));
        assert!(text(&out).contains(QUOTES0), "{what}: {}", text(&out));
        assert_eq!(p.read(QUOTES0), body);
    }
}

#[test]
fn a_claim_member_naming_a_path_outside_the_corpus_is_refused() {
    let p = Project::with_corpus();
    p.run();
    let (rel, claims) = p.claim_shards().into_iter().next().unwrap();
    let rel = &rel;
    let doc_line = claims.lines().find(|l| l.trim_start().starts_with("- doc: ")).unwrap();
    let indent = &doc_line[..doc_line.find('-').unwrap()];
    p.write(rel, &claims.replacen(doc_line, &format!("{indent}- doc: ../../etc/passwd"), 1));
    let err = text(&p.pipeline(&["check"]));
    assert!(err.contains("invalid: document ../../etc/passwd is not in the corpus"), "{err}");
}

#[test]
fn status_lists_what_people_changed_and_what_is_stale() {
    let p = Project::with_corpus();
    p.run();
    p.write(QUOTES0, &with_speaker(&p.read(QUOTES0), "I don’t think", "kanye-west"));
    add_missed_quote(&p);
    // before any run has recorded the machine output, status makes it again
    for round in 0..2 {
        let out = p.pipeline(&["status"]);
        // before the first run, claims (which reads the quotes) is stale: exit 1
        assert_eq!(out.status.code(), Some(if round == 0 { 1 } else { 0 }), "{}", text(&out));
        let out = stdout(&out);
        assert!(out.contains(&format!("{QUOTES0}: hand-edited\n")), "{out}");
        assert!(out.contains("  quotes: changed q-i-dont-think-were-less-friends: speaker \"john-legend\" -> \"kanye-west\"\n"), "{out}");
        assert!(out.contains("  quotes: added (no id) 984..1050 \"Legend revealed he and West are at different stage…\"\n"), "{out}");
        p.run();
    }
    let seed = "seeds/001_e37ff9940fa829ac.txt";
    p.write(seed, &p.read(seed).replace("Legend explained.", "Legend explained again."));
    let out = stdout(&p.pipeline(&["status"]));
    assert!(out.contains("annotations/001_e37ff9940fa829ac/segments.yaml: stale: seed changed\n"), "{out}");
    assert!(out.contains("status: 5 documents, 16 annotation files:"), "{out}");
}

#[test]
fn a_fixed_span_is_kept_and_moves_with_the_text() {
    let p = Project::with_corpus();
    p.run();
    let machine = p.read(QUOTES0);
    let (span_line, _) = quote_fields(&machine, "I just think").unwrap();
    let old: stages::Span = span_line.trim_start_matches("span: ").parse().unwrap();
    // the person leaves the final full stop out of the quote
    let fixed = stages::Span::new(old.start(), old.end() - 1).unwrap();
    let edited = machine
        .replacen(&span_line, &format!("span: {fixed}"), 1)
        .replacen("text: \"I just think we’re doing our own thing.\"", "text: \"I just think we’re doing our own thing\"", 1);
    assert_ne!(edited, machine);
    p.write(QUOTES0, &edited);
    let out = stdout(&p.run());
    assert!(line(&out, "quotes").contains("1 kept from hand edits"), "{out}");
    let shift = insert_paragraph_at_top(&p);
    assert!(p.run().status.success());
    let carried = p.read(QUOTES0);
    let (span, _) = quote_fields(&carried, "I just think").unwrap();
    assert_eq!(span, format!("span: {}", fixed.shifted(shift as isize).unwrap()), "{carried}");
    assert!(carried.contains("text: \"I just think we’re doing our own thing\"\n"), "{carried}");
    assert!(p.pipeline(&["check"]).status.success());
}

#[test]
fn where_the_person_and_the_new_output_disagree_the_person_wins_and_it_is_reported() {
    let p = Project::with_corpus();
    p.run();
    p.write(QUOTES0, &with_speaker(&p.read(QUOTES0), "I don’t think", "null"));
    p.run();
    // the seed now gives the first quote to West: the machine changes its mind too
    p.write(SEED0, &p.read(SEED0).replacen("Legend explained.", "West explained.", 1));
    let out = p.run();
    let all = text(&out);
    assert!(
        all.contains(&format!("note: {QUOTES0}: q-i-dont-think-were-less-friends: your speaker null kept; the new machine output says kanye-west")),
        "{all}"
    );
    let (_, speaker) = quote_fields(&p.read(QUOTES0), "I don’t think").unwrap();
    assert_eq!(speaker, "speaker: null");
}
