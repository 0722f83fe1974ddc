//! The `pipeline` command run as a user runs it, on temporary copies of the corpus:
//! caching, incremental runs, early cutoff, determinism, hand edits, bad input.

mod common;

use common::*;
use std::fs;
use std::process::Command;

#[test]
fn first_run_annotates_every_document_and_check_passes() {
    let p = Project::with_corpus();
    let out = stdout(&p.run());
    assert!(line(&out, "segment").starts_with("segment:  5 ran, 0 cached"), "{out}");
    assert!(line(&out, "claims").starts_with("claims:   1 ran"), "{out}");
    for stage in ["segments", "speakers", "quotes"] {
        assert!(p.path(&format!("annotations/{DOC0}/{stage}.yaml")).is_file());
    }
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
    assert!(stdout(&check).contains("all annotations fresh and valid"));
}

#[test]
fn second_run_rewrites_nothing() {
    let p = Project::with_corpus();
    p.run();
    let before = p.mtimes();
    let_the_clock_move();
    let out = stdout(&p.run());
    assert_eq!(p.mtimes(), before, "a run with nothing to do touched files");
    for stage in ["segment", "speakers", "quotes", "claims"] {
        assert!(line(&out, stage).contains(" 0 ran,"), "{out}");
    }
    assert!(line(&out, "segment").contains("5 cached"), "{out}");
}

#[test]
fn changing_one_seed_reruns_only_that_document_and_claims() {
    let p = Project::with_corpus();
    p.run();
    let before = p.mtimes();
    let before_bytes = p.annotations();
    let_the_clock_move();
    let seed = p.seed_path(&format!("{DOC1}.txt"));
    let text = fs::read_to_string(&seed).unwrap().replace("Legend explained.", "Legend explained later.");
    fs::write(&seed, text).unwrap();
    let out = stdout(&p.run());
    assert!(line(&out, "segment").starts_with("segment:  1 ran, 4 cached"), "{out}");
    let after = p.mtimes();
    let after_bytes = p.annotations();
    let mut shards_rewritten = 0;
    for (file, time) in &after {
        let rewritten = before[file] != *time;
        // a claim shard is rewritten only when its bytes change
        let shard = file.starts_with("claims/") && !file.starts_with("claims/.");
        // (as is what the claims stage remembers for its next run, whenever it links)
        let expected = file.starts_with(DOC1)
            || file == "claims/.index.yaml"
            || file == ".cache/claims.memo"
            || *file == format!(".cache/claims/{DOC1}.bin")
            || (shard && before_bytes[file] != after_bytes[file]);
        shards_rewritten += usize::from(shard && rewritten);
        assert_eq!(rewritten, expected, "{file}: rewritten = {rewritten}");
    }
    let shards = after.keys().filter(|f| f.starts_with("claims/") && !f.starts_with("claims/.")).count();
    assert!(shards_rewritten > 0 && shards_rewritten < shards, "{shards_rewritten} of {shards} shards rewritten");
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let one = Project::with_corpus();
    let two = Project::with_corpus();
    assert!(one.pipeline(&["run", "--jobs", "1"]).status.success());
    assert!(two.pipeline(&["run", "--jobs", "2"]).status.success());
    assert_eq!(one.annotations(), two.annotations());
}

#[test]
fn recorded_paths_are_relative_even_when_given_absolute() {
    let p = Project::with_corpus();
    let seeds = p.path("seeds");
    let annotations = p.path("annotations");
    let out = p.pipeline(&["run", "--seeds", seeds.to_str().unwrap(), "--annotations", annotations.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let quotes = p.read(&format!("annotations/{DOC0}/quotes.yaml"));
    assert!(quotes.contains(&format!("\nsource: seeds/{DOC0}.txt\n")), "{quotes}");
    let claims = p.claims();
    assert!(claims.contains("\nsource: seeds\n"), "{claims}");
    assert!(p.read("annotations/claims/.index.yaml").contains("\nsource: seeds\n"));
    let root = p.dir.path().to_str().unwrap();
    for (file, bytes) in p.annotations() {
        assert!(!String::from_utf8_lossy(&bytes).contains(root), "{file} records an absolute path");
    }
}

#[test]
fn every_file_starts_with_its_schema_and_provenance_header() {
    let p = Project::with_corpus();
    p.run();
    let quotes = p.read(&format!("annotations/{DOC0}/quotes.yaml"));
    let mut lines = quotes.lines();
    assert_eq!(lines.next(), Some("# yaml-language-server: $schema=../.schema/quotes.json"));
    assert_eq!(lines.next(), Some("stage: quotes"));
    let schema: serde_json::Value = serde_json::from_str(&p.read("annotations/.schema/quotes.json")).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    for field in ["quotes", "stage", "source", "hashes"] {
        assert!(required.contains(&field), "{required:?}");
    }
    let shards = p.claim_shards();
    assert!(!shards.is_empty());
    for (_, text) in shards {
        assert!(text.starts_with("# yaml-language-server: $schema=../.schema/claims.json\nstage: claims\n"), "{text}");
    }
}

#[test]
fn check_names_a_changed_seed_as_stale() {
    let p = Project::with_corpus();
    p.run();
    fs::write(p.seed_path(&format!("{DOC0}.txt")), "A different article.\n").unwrap();
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out);
    assert!(err.contains(&format!("annotations/{DOC0}/segments.yaml: stale: seed changed")), "{err}");
    assert!(err.contains("annotations/claims/: stale: documents changed"), "{err}");
    assert!(!p.read(&format!("annotations/{DOC0}/segments.yaml")).is_empty(), "check must not write");
}

#[test]
fn check_names_the_line_of_a_span_that_does_not_match_its_text() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC0}/quotes.yaml");
    let original = p.read(&rel);
    let (line_no, line_text) = original.lines().enumerate().find(|(_, l)| l.trim_start().starts_with("text: \"")).unwrap();
    let altered = original.replacen(line_text, &line_text.replacen("text: \"", "text: \"Not ", 1), 1);
    p.write(&rel, &altered);
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out);
    let span_line = line_no; // the span is written on the line before its text
    assert!(err.contains(&format!("{rel}:{span_line}:11: invalid: span ")), "{err}");
    assert!(err.contains("does not match its text"), "{err}");
    // run refuses too, and leaves the person's file exactly as it was
    let run = p.pipeline(&["run"]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(p.read(&rel), altered);
}

#[test]
fn a_valid_hand_edit_is_kept_and_accepted_by_check() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC0}/quotes.yaml");
    let original = p.read(&rel);
    let edited = original.replacen("speaker: john-legend", "speaker: null", 1);
    assert_ne!(edited, original);
    p.write(&rel, &edited);
    let out = stdout(&p.run());
    assert!(line(&out, "quotes").contains("1 kept from hand edits"), "{out}");
    assert_eq!(p.read(&rel), edited);
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
    assert!(line(&stdout(&check), "quotes").contains("1 hand-edited"));
}

#[test]
fn a_stage_that_reruns_with_the_same_output_stops_there() {
    // Early cutoff: pretend segment.yaml was written by other code. The stage must run
    // again; it writes the same items, so speakers and quotes stay cached.
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC0}/segments.yaml");
    let original = p.read(&rel);
    let fingerprint_line = original.lines().find(|l| l.starts_with("  stage: ")).unwrap();
    p.write(&rel, &original.replace(fingerprint_line, &format!("  stage: {}", "0".repeat(64))));
    let check = p.pipeline(&["check"]);
    assert!(text(&check).contains(&format!("{rel}: stale: stage code changed")), "{}", text(&check));
    let out = stdout(&p.run());
    assert!(line(&out, "segment").starts_with("segment:  1 ran (1 with unchanged output), 4 cached"), "{out}");
    assert!(line(&out, "speakers").starts_with("speakers: 0 ran, 5 cached"), "{out}");
    assert!(line(&out, "quotes").starts_with("quotes:   0 ran, 5 cached"), "{out}");
    assert!(line(&out, "claims").starts_with("claims:   0 ran, 1 cached"), "{out}");
    assert_eq!(p.read(&rel), original);
}

#[test]
fn an_upstream_change_reruns_the_stages_downstream() {
    // A person edits segments.yaml (drops a paragraph); speakers and quotes depend on its
    // content, so they run again on the edited segments.
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC0}/segments.yaml");
    let original = p.read(&rel);
    let edited = original.replacen("kind: body", "kind: furniture", 1);
    assert_ne!(edited, original);
    p.write(&rel, &edited);
    let out = stdout(&p.run());
    assert!(line(&out, "segment").contains("1 kept from hand edits"), "{out}");
    assert!(line(&out, "speakers").starts_with("speakers: 1 ran"), "{out}");
    assert!(line(&out, "quotes").starts_with("quotes:   1 ran"), "{out}");
    assert!(p.read(&format!("annotations/{DOC0}/speakers.yaml")).contains(&format!("    segments: {}", blake3_body(&edited))));
}


#[test]
fn seed_that_is_not_utf8_is_named_with_its_offset_and_the_rest_is_annotated() {
    let p = Project::with_corpus();
    let mut bytes = b"Fine line.\nBroken \xff byte here.\n".to_vec();
    bytes.extend_from_slice(b"More.\n");
    fs::write(p.seed_path("bad.txt"), bytes).unwrap();
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out);
    assert!(err.contains("seeds/bad.txt: bad seed: is not valid UTF-8: the first bad byte sequence is at byte offset 18 (line 2)"), "{err}");
    assert!(line(&stdout(&out), "segment").starts_with("segment:  5 ran"), "{err}");
    assert!(p.path("annotations/claims/.index.yaml").is_file());
    assert!(!p.path("annotations/bad").exists());
    assert_eq!(p.pipeline(&["check"]).status.code(), Some(1));
}

#[test]
fn empty_crlf_and_unterminated_seeds_are_annotated() {
    let p = Project::empty();
    p.write("seeds/empty.txt", "");
    p.write("seeds/crlf.txt", "Headline Here\r\n\r\n\"We will win,\" Jane Smith said.\r\n");
    p.write("seeds/unterminated.txt", "Headline\n\nShe said it was \"never a part of the plan\"");
    p.run();
    let check = p.pipeline(&["check"]);
    assert!(check.status.success(), "{}", text(&check));
    let segments = p.read("annotations/crlf/segments.yaml");
    assert!(segments.contains("span: 0..13\n"), "the CR stays outside the span:\n{segments}");
    assert!(p.read("annotations/empty/segments.yaml").contains("paragraphs: []"));
}

#[test]
fn files_that_are_not_seeds_are_ignored_with_a_note() {
    let p = Project::with_corpus();
    p.write("seeds/README.md", "notes");
    fs::create_dir(p.seed_path("drafts")).unwrap();
    let out = p.run();
    let err = text(&out);
    assert!(err.contains("note: ignoring seeds/README.md: not a .txt file"), "{err}");
    assert!(err.contains("note: ignoring seeds/drafts: not a file"), "{err}");
    assert!(!p.path("annotations/README").exists());
}

#[test]
fn annotations_of_a_deleted_seed_are_kept_and_reported_unless_pruned() {
    let p = Project::with_corpus();
    p.run();
    fs::remove_file(p.seed_path(&format!("{DOC0}.txt"))).unwrap();
    let check = p.pipeline(&["check"]);
    assert!(text(&check).contains(&format!("annotations/{DOC0}/: orphaned: its seed is gone")), "{}", text(&check));
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1), "an orphan is a problem to settle: {}", text(&out));
    assert!(text(&out).contains("--prune"), "{}", text(&out));
    assert!(p.path(&format!("annotations/{DOC0}/quotes.yaml")).exists(), "a plain run never deletes");
    let out = p.pipeline(&["run", "--prune"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("note: removed annotations/{DOC0}/")), "{}", text(&out));
    assert!(!p.path(&format!("annotations/{DOC0}")).exists());
}

#[test]
fn a_wrong_seeds_folder_deletes_nothing() {
    let p = Project::with_corpus();
    p.run();
    let before = p.annotations();
    fs::create_dir(p.path("empty")).unwrap();
    fs::create_dir(p.path("other")).unwrap();
    fs::copy(p.seed_path(&format!("{DOC0}.txt")), p.path(&format!("other/{DOC0}.txt"))).unwrap();
    for seeds in ["empty", "other"] {
        let out = p.pipeline(&["run", "--seeds", seeds]);
        assert_eq!(out.status.code(), Some(2), "{seeds}: {}", text(&out));
        let err = text(&out);
        assert!(err.contains(&format!("{seeds}: usage: ")) && err.contains("nothing was written") && err.contains("--prune"), "{err}");
        assert_eq!(p.annotations(), before, "{seeds}: the annotations are untouched");
    }
}

#[test]
fn a_seed_named_like_the_tools_own_files_is_refused_by_name() {
    for name in ["claims.yaml.txt", "claims.txt"] {
        let p = Project::with_corpus();
        p.write(&format!("seeds/{name}"), "Some text.\n");
        let out = p.pipeline(&["run"]);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", text(&out));
        assert!(text(&out).contains(&format!("seeds/{name}: usage: the document name")), "{}", text(&out));
        assert!(!p.path("annotations").exists(), "{name}: nothing written");
    }
}

#[test]
fn a_second_run_waits_for_the_first() {
    let p = Project::with_corpus();
    p.run();
    let lock = fs::File::options().write(true).open(p.path("annotations/.lock")).unwrap();
    lock.lock().unwrap();
    let mut child = Command::new(BIN)
        .arg("run")
        .current_dir(p.dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // It must still be waiting while the lock is held.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "the second run did not wait for the lock");
    lock.unlock().unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(text(&out).contains("another `pipeline run` is writing to annotations; waiting"), "{}", text(&out));
}

#[test]
fn no_temporary_files_are_left_behind() {
    let p = Project::with_corpus();
    p.run();
    for file in p.annotations().keys() {
        assert!(!file.ends_with(".tmp"), "{file}");
    }
}

#[test]
fn a_missing_seeds_folder_is_a_clear_error() {
    let p = Project::empty();
    let out = p.pipeline(&["run", "--seeds", "nowhere"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("nowhere: i/o error: cannot list the seeds folder"), "{}", text(&out));
}

#[test]
fn deep_check_revalidates_files_whose_hashes_were_forged() {
    // A file altered together with its recorded output hash passes the fast check (it
    // looks machine-made, and claims have nothing downstream that would go stale)
    // but not `check --deep`, which re-reads every span.
    let p = Project::with_corpus();
    p.run();
    let (rel, original) = p.claim_shards().into_iter().next().unwrap();
    // a member's text (members are indented under their claim)
    let line_text = original.lines().find(|l| l.starts_with("        text: \"")).unwrap();
    let altered = original.replacen(line_text, &line_text.replacen("text: \"", "text: \"Not ", 1), 1);
    let old_output = original.lines().find(|l| l.starts_with("  output: ")).unwrap();
    let new_output = blake3_body(&altered);
    let forged = altered.replace(old_output, &format!("  output: {new_output}"));
    p.write(&rel, &forged);
    // and the index that lists the shard's output
    let index = p.read("annotations/claims/.index.yaml");
    p.write("annotations/claims/.index.yaml", &index.replace(old_output.trim_start_matches("  output: "), &new_output));
    assert!(p.pipeline(&["check"]).status.success());
    let deep = p.pipeline(&["check", "--deep"]);
    assert_eq!(deep.status.code(), Some(1));
    assert!(text(&deep).contains("does not match its text"), "{}", text(&deep));
}

#[test]
fn a_20_megabyte_seed_is_annotated() {
    // One very long article (the corpus repeated): guards against work that grows
    // faster than the text, and against limits on file size.
    let p = Project::with_corpus();
    let mut big = String::new();
    let corpus: Vec<String> = fs::read_dir(p.path("seeds")).unwrap().map(|e| fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    while big.len() < 20 << 20 {
        for article in &corpus {
            big.push_str(article);
            big.push_str("\n\n");
        }
    }
    p.write("seeds/big.txt", &big);
    p.run();
    let check = p.pipeline(&["check", "--deep"]);
    assert!(check.status.success(), "{}", text(&check));
    assert!(p.read("annotations/big/quotes.yaml").matches("  - id: q-").count() > 1000);
}

#[test]
fn every_broken_span_in_a_file_is_reported_not_only_the_first() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC1}/quotes.yaml");
    let original = p.read(&rel);
    let spans: Vec<&str> = original.lines().filter(|l| l.starts_with("    span: ")).take(2).collect();
    assert_eq!(spans.len(), 2);
    let edited = original.replacen(spans[0], "    span: 99999990..99999999", 1).replacen(spans[1], "    span: 0..1", 1);
    p.write(&rel, &edited);
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out);
    assert!(err.contains("span 99999990..99999999 is out of range"), "{err}");
    assert!(err.contains("span 0..1 does not match its text"), "{err}");
    assert_eq!(p.read(&rel), edited, "check must leave the person's file as it is");
}

#[test]
fn a_span_that_is_not_a_span_is_reported_with_its_line() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC1}/quotes.yaml");
    let original = p.read(&rel);
    let first = original.lines().position(|l| l.starts_with("    span: ")).unwrap();
    let span_line = original.lines().nth(first).unwrap();
    p.write(&rel, &original.replacen(span_line, "    span: 5..3", 1));
    let err = text(&p.pipeline(&["run"]));
    assert!(err.contains(&format!("{rel}:{}:", first + 1)), "{err}");
    assert!(err.contains("`5..3` is not a span: it ends before it starts"), "{err}");
}

#[test]
fn shards_together_write_what_one_run_writes() {
    let sharded = Project::with_corpus();
    let whole = Project::with_corpus();
    let mut per_shard = Vec::new();
    for shard in ["1/2", "2/2"] {
        let out = sharded.pipeline(&["run", "--shard", shard]);
        assert!(out.status.success(), "{}", text(&out));
        assert!(text(&out).contains(&format!("note: shard {shard}:")), "{}", text(&out));
        per_shard.push(line(&stdout(&out), "segment").to_string());
    }
    assert!(!sharded.path("annotations/claims").exists(), "a shard must not run claims");
    let ran: usize = per_shard.iter().map(|l| l.split_whitespace().nth(1).unwrap().parse::<usize>().unwrap()).sum();
    assert_eq!(ran, 5, "{per_shard:?}");
    let merge = stdout(&sharded.run());
    assert!(line(&merge, "segment").starts_with("segment:  0 ran, 5 cached"), "{merge}");
    assert!(line(&merge, "claims").starts_with("claims:   1 ran"), "{merge}");
    whole.run();
    assert_eq!(sharded.annotations(), whole.annotations());
}

#[test]
fn a_malformed_shard_is_refused() {
    let p = Project::with_corpus();
    for bad in ["0/2", "3/2", "1", "a/b"] {
        let out = p.pipeline(&["run", "--shard", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(text(&out).contains("is not a shard"), "{}", text(&out));
    }
}

#[test]
fn adding_a_document_reuses_the_claims_features_of_the_others() {
    let p = Project::with_corpus();
    p.run();
    let cached = |p: &Project| p.mtimes().into_iter().filter(|(f, _)| f.starts_with(".cache/claims/")).collect::<Vec<_>>();
    let before = cached(&p);
    assert_eq!(before.len(), 5, "{before:?}");
    let_the_clock_move();
    p.write("seeds/new.txt", &p.read(&format!("seeds/{DOC0}.txt")).replace("Legend explained", "Legend said"));
    let out = stdout(&p.run());
    assert!(line(&out, "claims").starts_with("claims:   1 ran"), "{out}");
    let after = cached(&p);
    assert_eq!(after.len(), 6);
    assert_eq!(after.into_iter().filter(|(f, _)| f != ".cache/claims/new.bin").collect::<Vec<_>>(), before);
    assert!(p.claims().contains("- doc: new\n"), "the new document's quotes link");
}

#[test]
fn a_damaged_claims_feature_cache_is_made_again_and_links_the_same() {
    let p = Project::with_corpus();
    p.run();
    let claims = p.claims();
    let rel = format!("annotations/.cache/claims/{DOC0}.bin");
    let bytes = fs::read(p.path(&rel)).unwrap();
    // the key line kept (it says fresh), the features cut short, or one byte of their last
    // word hash changed (which still decodes: the checksum beside them tells)
    let key_end = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    let mut flipped = bytes.clone();
    let last = flipped.len() - 20;
    flipped[last] ^= 0x55;
    for damaged in [bytes[..key_end + (bytes.len() - key_end) / 2].to_vec(), flipped] {
        fs::write(p.path(&rel), &damaged).unwrap();
        fs::remove_dir_all(p.path("annotations/claims")).unwrap();
        let out = p.run();
        assert!(out.status.success(), "{}", text(&out));
        assert_eq!(p.claims(), claims);
        assert!(fs::read(p.path(&rel)).unwrap() == bytes, "the features are written again");
    }
}

#[test]
fn writing_to_a_closed_pipe_ends_quietly() {
    let p = Project::with_corpus();
    p.run();
    for command in ["status", "check"] {
        let mut child = Command::new(BIN)
            .arg(command)
            .current_dir(p.dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // the reader goes away before the command writes (as `pipeline status | true`)
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{command}: {err}");
        assert_eq!(out.status.code(), Some(0), "{command}: {err}");
    }
}

#[test]
fn the_source_header_does_not_depend_on_the_working_directory() {
    let p = Project::with_corpus();
    p.run();
    let plain = p.annotations();
    // the same project, run with absolute paths from another folder
    let q = Project::with_corpus();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["run", "--seeds", q.path("seeds").to_str().unwrap(), "--annotations", q.path("annotations").to_str().unwrap()])
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(q.annotations(), plain);
    assert!(q.read(&format!("annotations/{DOC0}/segments.yaml")).contains(&format!("\nsource: seeds/{DOC0}.txt\n")));
}

#[test]
fn a_wrong_source_header_is_stale_and_run_mends_it() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC0}/speakers.yaml");
    let good = p.read(&rel);
    p.write(&rel, &good.replace(&format!("source: seeds/{DOC0}.txt"), "source: /etc/passwd"));
    for args in [&["check"][..], &["check", "--deep"][..]] {
        let out = p.pipeline(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        assert!(text(&out).contains("its source is `/etc/passwd`"), "{}", text(&out));
    }
    p.run();
    assert_eq!(p.read(&rel), good);
}

#[test]
fn a_killed_runs_temporary_files_are_removed_by_the_next_run() {
    let p = Project::with_corpus();
    p.run();
    let leftovers = [
        format!("annotations/{DOC0}/.quotes.yaml.4242.tmp"),
        "annotations/claims/.3f.yaml.4242.tmp".to_string(),
        "annotations/.schema/.quotes.json.4242.tmp".to_string(),
        format!("annotations/.cache/claims/.{DOC0}.bin.4242.tmp"),
    ];
    for rel in &leftovers {
        p.write(rel, "");
    }
    p.write(&format!("annotations/{DOC0}/notes.4242.tmp"), "a person's file");
    p.run();
    for rel in &leftovers {
        assert!(!p.path(rel).exists(), "{rel} is left");
    }
    assert!(p.path(&format!("annotations/{DOC0}/notes.4242.tmp")).exists(), "only the tool's own temporary files go");
}

#[cfg(unix)]
#[test]
fn the_tool_never_writes_through_a_symbolic_link() {
    let p = Project::with_corpus();
    p.run();
    let outside = tempfile::tempdir().unwrap();
    // a document folder linked elsewhere
    let doc = p.path(&format!("annotations/{DOC0}"));
    fs::remove_dir_all(&doc).unwrap();
    std::os::unix::fs::symlink(outside.path(), &doc).unwrap();
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains(&format!("annotations/{DOC0}: i/o error: is a symbolic link")), "{}", text(&out));
    assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0, "nothing written through the link");
    fs::remove_file(&doc).unwrap();
    p.run();
    // a document's `.machine` folder linked elsewhere (found in the listing of the
    // document's folder, not by a look of its own); a temporary file beside it is gone
    // once the link is
    let machine = p.path(&format!("annotations/{DOC0}/.machine"));
    std::os::unix::fs::symlink(outside.path(), &machine).unwrap();
    p.write(&format!("annotations/{DOC0}/.quotes.yaml.4242.tmp"), "");
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains(&format!("annotations/{DOC0}/.machine: i/o error: is a symbolic link")), "{}", text(&out));
    assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0, "nothing written through the link");
    fs::remove_file(&machine).unwrap();
    p.run();
    assert!(!p.path(&format!("annotations/{DOC0}/.quotes.yaml.4242.tmp")).exists(), "the next run removes the temporary file");
    // a lock file linked to a file that does not exist yet
    fs::remove_file(p.path("annotations/.lock")).unwrap();
    let target = outside.path().join("created-by-the-lock");
    std::os::unix::fs::symlink(&target, p.path("annotations/.lock")).unwrap();
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("annotations/.lock: i/o error: is a symbolic link"), "{}", text(&out));
    assert!(!target.exists());
}

#[test]
fn trace_refuses_a_doc_that_is_a_path() {
    let p = Project::with_corpus();
    p.run();
    for doc in ["../../etc", "a/b", ".schema", ""] {
        let out = p.pipeline(&["trace", "q-x", "--doc", doc]);
        assert_eq!(out.status.code(), Some(1), "{doc}: {}", text(&out));
        assert!(text(&out).contains("is not a document name"), "{doc}: {}", text(&out));
    }
}
