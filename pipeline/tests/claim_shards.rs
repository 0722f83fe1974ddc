//! The claims are kept in shards (`annotations/claims/<kk>.yaml`) with an index: what a
//! run writes and leaves alone, what `check` says when the folder is not what the index
//! records, and how a `claims.yaml` of an earlier version is replaced.

mod common;

use common::*;
use std::fs;

#[test]
fn a_claims_yaml_of_an_earlier_version_is_read_then_replaced_by_shards() {
    let p = Project::with_corpus();
    p.run();
    let shards = p.annotations().into_iter().filter(|(f, _)| f.starts_with("claims/")).collect::<Vec<_>>();
    let single = p.claims_as_one_file();
    fs::remove_dir_all(p.path("annotations/claims")).unwrap();
    p.write("annotations/claims.yaml", &single);
    // read where it is: the export finds the same claims
    let rows = stdout(&p.pipeline(&["export", "--format", "jsonl"]));
    assert!(rows.contains("\"claim\":\"c-"), "{rows}");
    // `check` says it is to be replaced, and `run` replaces it with the same shards
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("annotations/claims/: stale: it is kept in the layout of an earlier version"), "{}", text(&out));
    p.run();
    assert!(!p.path("annotations/claims.yaml").exists());
    assert_eq!(p.annotations().into_iter().filter(|(f, _)| f.starts_with("claims/")).collect::<Vec<_>>(), shards);
    assert!(p.pipeline(&["check"]).status.success());
}

#[test]
fn a_hand_edited_claims_yaml_of_an_earlier_version_is_a_conflict_and_kept() {
    let p = Project::with_corpus();
    p.run();
    let single = p.claims_as_one_file();
    fs::remove_dir_all(p.path("annotations/claims")).unwrap();
    let edited = single.replacen("    kind: fact\n", "    kind: quote\n", 1);
    assert_ne!(edited, single);
    p.write("annotations/claims.yaml", &edited);
    let out = p.pipeline(&["run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("annotations/claims.yaml: conflict: hand-edited, and kept in the layout of an earlier version"), "{}", text(&out));
    assert_eq!(p.read("annotations/claims.yaml"), edited);
    assert!(!p.path("annotations/claims").exists(), "nothing is written beside the person's file");
}

#[test]
fn a_deleted_shard_is_stale_and_written_again() {
    let p = Project::with_corpus();
    p.run();
    let (rel, text_before) = p.claim_shards().into_iter().next().unwrap();
    fs::remove_file(p.path(&rel)).unwrap();
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("annotations/claims/: stale: its shards are not the ones last written"), "{}", text(&out));
    // readers refuse a folder that is not what the index lists, rather than read a mix
    let out = p.pipeline(&["export", "--format", "jsonl"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("annotations/claims/: stale: its shards are not the ones last written"), "{}", text(&out));
    let out = stdout(&p.run());
    assert!(line(&out, "claims").starts_with("claims:   1 ran"), "{out}");
    assert_eq!(p.read(&rel), text_before);
    assert!(p.pipeline(&["export", "--format", "jsonl"]).status.success());
}

#[test]
fn a_run_that_changes_nothing_rewrites_no_shard() {
    let p = Project::with_corpus();
    p.run();
    let before = p.mtimes();
    let_the_clock_move();
    // a broken index only means the claims are linked again
    p.write("annotations/claims/.index.yaml", "not: [an index");
    let out = stdout(&p.run());
    assert!(line(&out, "claims").starts_with("claims:   1 ran (1 with unchanged output)"), "{out}");
    let after = p.mtimes();
    for (file, time) in &after {
        if file.starts_with("claims/") && file != "claims/.index.yaml" {
            assert_eq!(before[file], *time, "{file} was rewritten");
        }
    }
    assert!(p.pipeline(&["check"]).status.success());
}

#[test]
fn a_document_removed_rewrites_only_the_shards_it_was_in_and_matches_a_cold_run() {
    let p = Project::with_corpus();
    p.run();
    let before = p.claim_shards();
    let times = p.mtimes();
    let_the_clock_move();
    let gone = fs::read_dir(p.path("seeds")).unwrap().map(|e| e.unwrap().path()).find(|path| path.file_name().unwrap().to_str().unwrap().starts_with("001_")).unwrap();
    fs::remove_file(&gone).unwrap();
    let out = p.pipeline(&["run", "--prune"]);
    assert!(out.status.success(), "{}", text(&out));
    let after = p.claim_shards();
    let old: std::collections::BTreeMap<String, String> = before.into_iter().collect();
    let (mut kept, mut rewritten) = (0, 0);
    let now = p.mtimes();
    for (rel, text) in &after {
        let file = rel.trim_start_matches("annotations/");
        let touched = times.get(file) != Some(&now[file]);
        match old.get(rel) {
            Some(was) if was == text => {
                assert!(!touched, "{rel} holds the same bytes and was written again");
                kept += 1;
            }
            _ => rewritten += 1,
        }
    }
    assert!(kept > 0 && rewritten > 0, "kept {kept}, rewritten {rewritten}");
    // and the shards are those a run from nothing writes
    fs::remove_dir_all(p.path("annotations/claims")).unwrap();
    p.run();
    assert_eq!(p.claim_shards(), after);
    assert!(p.pipeline(&["check"]).status.success());
}

#[test]
fn shards_whose_claims_are_gone_are_removed() {
    let p = Project::with_corpus();
    p.run();
    assert!(p.claim_shards().len() > 1);
    // one document left: nothing links, so no claim and no shard
    for entry in fs::read_dir(p.path("seeds")).unwrap() {
        let path = entry.unwrap().path();
        if !path.file_name().unwrap().to_str().unwrap().starts_with("000_") {
            fs::remove_file(path).unwrap();
        }
    }
    let out = p.pipeline(&["run", "--prune"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(p.claim_shards(), Vec::<(String, String)>::new());
    assert!(p.read("annotations/claims/.index.yaml").contains("shards: {}"), "{}", p.read("annotations/claims/.index.yaml"));
    assert!(p.pipeline(&["check"]).status.success());
}

#[test]
fn an_edited_shard_is_kept_listed_and_its_machine_output_recorded_beside_it() {
    let p = Project::with_corpus();
    p.run();
    let rel = p.shard_containing("  - id: c-in-october-2019-legend-told-vanity\n");
    let machine = p.read(&rel);
    let edited = machine.replacen("    kind: fact\n", "    kind: quote\n", 1);
    assert_ne!(edited, machine);
    p.write(&rel, &edited);
    let out = stdout(&p.run());
    assert!(line(&out, "claims").contains("1 kept from hand edits"), "{out}");
    assert_eq!(p.read(&rel), edited);
    let name = rel.rsplit('/').next().unwrap();
    let copy = p.read(&format!("annotations/claims/.machine/{name}"));
    assert_eq!(copy, machine.replacen("$schema=../.schema/", "$schema=../../.schema/", 1));
    let status = stdout(&p.pipeline(&["status"]));
    assert!(status.contains(&format!("{rel}: hand-edited\n")), "{status}");
    assert!(status.contains("claims: changed c-in-october-2019-legend-told-vanity: kind"), "{status}");
    // the edit is validated like any file's
    p.write(&rel, &edited.replacen("        span: ", "        span: 1", 1));
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains(&format!("{rel}:")), "{}", text(&out));
}

#[test]
fn trace_names_the_shard_a_claim_is_in() {
    let p = Project::with_corpus();
    p.run();
    let rel = p.shard_containing("  - id: c-in-october-2019-legend-told-vanity\n");
    let out = p.pipeline(&["trace", "c-in-october-2019-legend-told-vanity", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out));
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value["file"], rel.as_str());
}

#[test]
fn a_run_killed_between_a_carried_shard_and_its_machine_copy_is_carried_again_not_a_conflict() {
    let p = Project::with_corpus();
    p.run();
    let rel = p.shard_containing("  - id: c-in-october-2019-legend-told-vanity\n");
    let edited = p.read(&rel).replacen("    kind: fact\n", "    kind: quote\n", 1);
    p.write(&rel, &edited);
    p.run();
    // what such a run leaves: the shard written, its machine copy not, the index old
    let name = rel.rsplit('/').next().unwrap();
    fs::remove_file(p.path(&format!("annotations/claims/.machine/{name}"))).unwrap();
    let index = p.read("annotations/claims/.index.yaml");
    let documents = index.lines().find(|l| l.starts_with("documents: ")).unwrap();
    p.write("annotations/claims/.index.yaml", &index.replace(documents, &format!("documents: {}", "0".repeat(64))));
    let out = p.pipeline(&["run"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(line(&stdout(&out), "claims").contains("1 kept from hand edits"), "{}", text(&out));
    assert_eq!(p.read(&rel), edited);
    assert!(p.path(&format!("annotations/claims/.machine/{name}")).is_file());
    assert!(p.pipeline(&["check"]).status.success());
}

#[test]
fn a_claim_pasted_into_another_shard_is_refused_with_the_shard_it_belongs_in() {
    // Two shards holding one id would give two claims one id across the corpus.
    let p = Project::with_corpus();
    p.run();
    let shards = p.claim_shards();
    let (from, source) = &shards[0];
    let (to, target) = &shards[1];
    let first = source.find("\n  - id: ").unwrap() + 1;
    let end = source[first + 1..].find("\n  - id: ").map_or(source.len(), |e| first + 1 + e + 1);
    let claim = &source[first..end];
    let id = claim.lines().next().unwrap().trim_start_matches("  - id: ");
    p.write(to, &format!("{target}{claim}"));
    let out = p.pipeline(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let key = from.rsplit('/').next().unwrap();
    assert!(text(&out).contains(&format!("{to}:")), "{}", text(&out));
    assert!(text(&out).contains(&format!("invalid: claim {id} is kept in the shard of another id: its id's shard is {key}")), "{}", text(&out));
}

#[test]
fn a_changed_seed_gives_the_claims_of_a_cold_run_with_the_memo_damaged_or_gone() {
    let p = Project::with_corpus();
    p.run();
    // what the claims were made from is remembered: each cluster's claims in the cache,
    // each shard's hash in the index
    assert!(p.path("annotations/.cache/claims.memo").is_file());
    assert!(p.read("annotations/claims/.index.yaml").contains("\nmade_from:\n"));
    legend_quote_added(&p);
    p.run();
    let after = p.claim_shards();
    // a damaged memo is no memo
    p.write("annotations/.cache/claims.memo", "claims\nnot a checksum\nnot a memo");
    p.write("annotations/claims/.index.yaml", "not: [an index");
    p.run();
    assert_eq!(p.claim_shards(), after);
    // and a run from nothing writes the same shards
    fs::remove_dir_all(p.path("annotations")).unwrap();
    p.run();
    assert_eq!(p.claim_shards(), after);
    assert!(p.pipeline(&["check"]).status.success());
}

/// The memo is cached before the claims are put in place, so that a run stopped between
/// the two leaves a memo ahead of the claims beside it, which the next run replaces.
/// The other order left fresh claims beside the memo of the run before, which no later
/// run replaced (found by `a_run_killed_at_any_point_recovers_to_the_bytes_of_a_clean_run`).
/// Here the run is stopped by an index it cannot write.
#[test]
fn a_run_stopped_before_its_claims_are_in_place_has_cached_the_new_memo() {
    let p = Project::with_corpus();
    p.run();
    let (seed, original, changed) = legend_quote_added(&p);
    p.run();
    let clean = p.annotations();
    let memo = |p: &Project| p.annotations().remove(".cache/claims.memo").expect("a memo");
    fs::write(&seed, &original).unwrap();
    p.run();
    assert_ne!(memo(&p), clean[".cache/claims.memo"], "the two texts' memos are the same: the test would show nothing");
    // the change again, with a folder where the claims' index is to go
    fs::write(&seed, &changed).unwrap();
    let index = p.path("annotations/claims/.index.yaml");
    fs::remove_file(&index).unwrap();
    fs::create_dir_all(index.join("in-the-way")).unwrap();
    let out = p.pipeline(&["run"]);
    assert!(!out.status.success(), "the index was written over a folder:\n{}", text(&out));
    assert!(memo(&p) == clean[".cache/claims.memo"], "the memo is not the new one");
    // the next run finds the claims stale and gives a clean run's bytes
    fs::remove_dir_all(&index).unwrap();
    p.run();
    assert!(p.annotations() == clean, "not the bytes of a clean run");
    assert!(p.pipeline(&["check"]).status.success());
}

/// Adds a paragraph with a quote of Legend's to seed 002, after its title; returns the
/// seed's path, its text before and its text after.
fn legend_quote_added(p: &Project) -> (std::path::PathBuf, String, String) {
    let seed = fs::read_dir(p.path("seeds")).unwrap().map(|e| e.unwrap().path()).find(|path| path.file_name().unwrap().to_str().unwrap().starts_with("002_")).unwrap();
    let original = fs::read_to_string(&seed).unwrap();
    let changed = original.replacen("\n\n", "\n\n“We are never going to agree on politics, and that is fine with me,” Legend said on Monday.\n\n", 1);
    assert_ne!(changed, original);
    fs::write(&seed, &changed).unwrap();
    (seed, original, changed)
}
