//! The command as people who live in cargo and git expect it (issue 16): exit codes,
//! counts that add up, singulars, JSON output and errors, colour, `-q` and `-v`, shell
//! completions, running from a subfolder, the elapsed time, `trace` across documents.

mod common;

use common::*;
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn in_dir(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN).args(args).current_dir(dir).env_remove("NO_COLOR").output().unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", text(out)))
}

/// The numbers of the `status:` summary: (documents, files, [(count, state)]).
fn status_summary(out: &str) -> (usize, usize, Vec<(usize, String)>) {
    let summary = out.lines().find(|l| l.starts_with("status: ")).unwrap_or_else(|| panic!("no summary in:\n{out}"));
    let (head, states) = summary["status: ".len()..].split_once(": ").unwrap();
    let states = states.split(';').next().unwrap();
    let mut head = head.split(", ").map(|p| p.split(' ').next().unwrap().parse::<usize>().unwrap());
    let (docs, files) = (head.next().unwrap(), head.next().unwrap());
    let states = states.split(", ").map(|p| p.split_once(' ').map(|(n, s)| (n.parse().unwrap(), s.to_string())).unwrap()).collect();
    (docs, files, states)
}

fn assert_status_adds_up(p: &Project, why: &str) -> Output {
    let out = p.pipeline(&["status"]);
    let printed = stdout(&out);
    let (_, files, states) = status_summary(&printed);
    assert_eq!(states.iter().map(|(n, _)| n).sum::<usize>(), files, "{why}: the states do not add up to the files:\n{printed}");
    let v = json(&p.pipeline(&["status", "--format", "json"]));
    let by_state: usize = v["by_state"].as_object().unwrap().values().map(|n| n.as_u64().unwrap() as usize).sum();
    assert_eq!(by_state as u64, v["files"].as_u64().unwrap(), "{why}: {v}");
    out
}

#[test]
fn status_exits_0_when_everything_is_fresh() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["status"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stdout(&out).contains("status: 5 documents, 16 annotation files: 16 fresh\n"), "{}", text(&out));
}

#[test]
fn status_exits_1_when_a_document_is_stale() {
    let p = Project::with_corpus();
    p.run();
    p.write(&format!("seeds/{DOC0}.txt"), "A different article.\n");
    let out = assert_status_adds_up(&p, "stale");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(stdout(&out).contains(&format!("annotations/{DOC0}/segments.yaml: stale: seed changed")), "{}", text(&out));
}

#[test]
fn status_exits_1_when_a_file_is_missing_and_says_missing_once() {
    let p = Project::with_corpus();
    p.run();
    fs::remove_file(p.path(&format!("annotations/{DOC0}/quotes.yaml"))).unwrap();
    let out = assert_status_adds_up(&p, "missing");
    assert_eq!(out.status.code(), Some(1));
    let printed = stdout(&out);
    assert!(!printed.contains("missing: missing"), "{printed}");
    assert!(printed.contains(&format!("annotations/{DOC0}/quotes.yaml: missing: ")), "{printed}");
    assert!(printed.contains("1 missing"), "{printed}");
}

#[test]
fn status_exits_1_when_a_hand_edit_is_invalid_and_0_when_it_is_valid() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC0}/quotes.yaml");
    let good = p.read(&rel);
    p.write(&rel, &good.replacen("speaker: john-legend", "speaker: null", 1));
    // until a run, claims (which reads the quotes) is stale
    assert_eq!(assert_status_adds_up(&p, "edit not yet run").status.code(), Some(1));
    p.run();
    let out = assert_status_adds_up(&p, "valid edit");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stdout(&out).contains("15 fresh, 1 hand-edited"), "{}", text(&out));
    p.write(&rel, &good.replacen("speaker: john-legend", "speaker: nobody-known", 1));
    let out = assert_status_adds_up(&p, "invalid edit");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(stdout(&out).contains("1 invalid"), "{}", text(&out));
}

#[test]
fn status_counts_a_document_with_an_unreadable_seed_in_its_files() {
    let p = Project::with_corpus();
    p.run();
    fs::write(p.seed_path("bad.txt"), b"Broken \xff byte.\n").unwrap();
    let out = assert_status_adds_up(&p, "bad seed");
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("status: 6 documents, 19 annotation files:"), "{}", text(&out));
}

#[test]
fn status_says_1_document_in_the_singular() {
    let p = Project::empty();
    p.write("seeds/one.txt", "Headline\n\n\"We will win,\" Jane Smith said.\n");
    p.run();
    let out = p.pipeline(&["status"]);
    assert!(stdout(&out).contains("status: 1 document, 4 annotation files: 4 fresh\n"), "{}", text(&out));
    let check = stdout(&p.pipeline(&["check"]));
    assert!(check.contains("check: 1 document, all annotations fresh and valid"), "{check}");
}

#[test]
fn run_check_and_status_print_one_json_object_of_the_documented_shape() {
    let p = Project::with_corpus();
    let run = p.pipeline(&["run", "--format", "json"]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    let v = json(&run);
    assert_eq!((v["version"].as_u64(), v["command"].as_str(), v["ok"].as_bool()), (Some(1), Some("run"), Some(true)), "{v}");
    assert_eq!(v["documents"], 5);
    assert_eq!(v["files"], 16);
    assert_eq!(v["stages"][0]["name"], "segment");
    assert_eq!(v["stages"][0]["ran"], 5);
    assert!(v["elapsed_seconds"].is_number(), "{v}");
    assert_eq!(v["problems"], Value::Array(vec![]));
    p.write(&format!("seeds/{DOC0}.txt"), "A different article.\n");
    for command in ["check", "status"] {
        let out = p.pipeline(&[command, "--message-format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", text(&out));
        let v = json(&out);
        assert_eq!(v["command"], command);
        assert_eq!(v["ok"], false);
        let first = &v["problems"][0];
        assert_eq!(first["severity"], "error", "{v}");
        assert_eq!(first["kind"], "stale", "{v}");
        assert_eq!(first["path"], format!("annotations/{DOC0}/segments.yaml"), "{v}");
        assert_eq!(first["message"], "seed changed", "{v}");
        assert_eq!(first["help"], "run `pipeline run`", "{v}");
        assert!(first["rendered"].as_str().unwrap().starts_with(&format!("annotations/{DOC0}/segments.yaml: stale: ")));
        assert!(v["by_state"]["stale"].as_u64().unwrap() >= 1, "{v}");
        assert!(out.stderr.is_empty(), "{command}: JSON mode prints nothing else: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn a_problem_with_a_line_carries_it_in_json() {
    let p = Project::with_corpus();
    p.run();
    let rel = format!("annotations/{DOC1}/quotes.yaml");
    let original = p.read(&rel);
    let first = original.lines().position(|l| l.starts_with("    span: ")).unwrap();
    p.write(&rel, &original.replacen(original.lines().nth(first).unwrap(), "    span: 5..3", 1));
    let v = json(&p.pipeline(&["check", "--format=json"]));
    let problem = v["problems"].as_array().unwrap().iter().find(|d| d["path"] == rel.as_str()).unwrap_or_else(|| panic!("{v}"));
    assert_eq!(problem["kind"], "invalid");
    assert_eq!(problem["line"], first + 1);
    assert!(problem["column"].is_u64() && problem["start"].is_u64() && problem["end"].is_u64(), "{problem}");
}

#[test]
fn errors_are_json_too_when_json_is_asked_for() {
    let p = Project::empty();
    let out = p.pipeline(&["check", "--seeds", "nowhere", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let v = json(&out);
    assert_eq!((v["ok"].as_bool(), v["command"].as_str()), (Some(false), Some("check")), "{v}");
    assert_eq!(v["error"]["kind"], "i/o error", "{v}");
    assert_eq!(v["error"]["path"], "nowhere", "{v}");
    // arguments the command refuses
    let out = p.pipeline(&["status", "--format", "json", "--jobs", "0"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let v = json(&out);
    assert_eq!(v["error"]["kind"], "usage", "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("--jobs"), "{v}");
    // and trace's
    p.write("seeds/one.txt", "Headline\n");
    p.run();
    let out = p.pipeline(&["trace", "q-nothing", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["message"], "no annotation has the id q-nothing");
}

#[test]
fn diagnostics_are_coloured_only_when_asked_or_on_a_terminal() {
    let p = Project::with_corpus();
    p.run();
    p.write(&format!("seeds/{DOC0}.txt"), "A different article.\n");
    let plain = p.pipeline(&["check"]);
    assert!(!text(&plain).contains('\x1b'), "piped output has no colour:\n{}", text(&plain));
    let forced = p.pipeline(&["check", "--color", "always"]);
    assert!(String::from_utf8_lossy(&forced.stderr).contains("\x1b[1;31mstale\x1b[0m"), "{}", text(&forced));
    let never = p.pipeline(&["--color=never", "status"]);
    assert!(!text(&never).contains('\x1b'));
    let json = p.pipeline(&["check", "--color", "always", "--format", "json"]);
    assert!(!stdout(&json).contains('\x1b'), "JSON is never coloured");
}

/// Runs the binary on a pseudo-terminal (python3's `pty`), with `NO_COLOR` set or not,
/// and returns what it printed.
fn on_a_terminal(dir: &Path, args: &[&str], no_color: bool) -> String {
    let script = "import os, pty, sys\nout = []\ndef read(fd):\n    data = os.read(fd, 65536)\n    out.append(data)\n    return data\npty.spawn(sys.argv[1:], read)\nsys.stdout.buffer.write(b''.join(out))\n";
    let mut command = Command::new("python3");
    command.arg("-c").arg(script).arg(BIN).args(args).current_dir(dir).env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let out = command.output().expect("python3 runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[cfg(unix)]
#[test]
fn on_a_terminal_diagnostics_are_coloured_unless_no_color_is_set() {
    let p = Project::with_corpus();
    p.run();
    p.write(&format!("seeds/{DOC0}.txt"), "A different article.\n");
    let coloured = on_a_terminal(p.dir.path(), &["check"], false);
    assert!(coloured.contains("\x1b[1;31mstale\x1b[0m"), "{coloured:?}");
    let plain = on_a_terminal(p.dir.path(), &["check"], true);
    assert!(plain.contains("stale: seed changed") && !plain.contains('\x1b'), "{plain:?}");
}

#[test]
fn quiet_prints_only_problems_and_verbose_prints_them_in_full() {
    let p = Project::with_corpus();
    let out = p.pipeline(&["-q", "run"]);
    assert!(out.status.success());
    assert_eq!(text(&out), "", "a quiet run that went well prints nothing");
    assert_eq!(text(&p.pipeline(&["check", "--quiet"])), "");
    p.write(&format!("seeds/{DOC0}.txt"), "A different article.\n");
    let out = p.pipeline(&["check", "-q"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("stale: seed changed"), "{}", text(&out));
    assert!(!text(&out).contains("segment:"), "no stage table when quiet: {}", text(&out));
    let verbose = stdout(&p.pipeline(&["status", "-v"]));
    assert!(verbose.contains("= help: run `pipeline run`"), "{verbose}");
    assert!(!stdout(&p.pipeline(&["status"])).contains("= help:"));
    assert_eq!(p.pipeline(&["-q", "-v", "status"]).status.code(), Some(2), "-q and -v conflict");
}

#[test]
fn completions_are_printed_for_bash_zsh_and_fish() {
    let p = Project::empty();
    for (shell, marker) in [("bash", "complete -F"), ("zsh", "#compdef pipeline"), ("fish", "complete -c pipeline")] {
        let out = p.pipeline(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", text(&out));
        let script = stdout(&out);
        assert!(script.contains(marker), "{shell}: {script}");
        // fish writes long options as `-l format`
        for word in ["status", "trace", "format", "color", "message-format"] {
            assert!(script.contains(word), "{shell} completes {word}");
        }
    }
    assert_eq!(p.pipeline(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn commands_run_from_a_subfolder_find_the_project() {
    let p = Project::with_corpus();
    p.run();
    let deep = p.path(&format!("annotations/{DOC0}"));
    let out = in_dir(&deep, &["check"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(stdout(&out).contains("check: 5 documents, all annotations fresh and valid"), "{}", text(&out));
    let out = in_dir(&p.path("seeds"), &["status"]);
    assert!(out.status.success(), "{}", text(&out));
    // paths in messages are relative to where the command runs, and files record the
    // same `source:` as from the root
    p.write(&format!("seeds/{DOC1}.txt"), &p.read(&format!("seeds/{DOC1}.txt")).replace("Legend explained.", "Legend explained later."));
    let out = in_dir(&deep, &["check"]);
    assert!(text(&out).contains(&format!("../../annotations/{DOC1}/segments.yaml: stale: seed changed")), "{}", text(&out));
    let before = p.annotations();
    assert!(in_dir(&deep, &["run"]).status.success());
    let after = p.annotations();
    assert_ne!(before, after);
    assert!(p.read(&format!("annotations/{DOC1}/segments.yaml")).contains(&format!("\nsource: seeds/{DOC1}.txt\n")));
    assert!(in_dir(p.dir.path(), &["check"]).status.success());
}

#[test]
fn a_pipeline_toml_marks_the_project_root() {
    let p = Project::with_corpus();
    p.write("pipeline.toml", "");
    fs::create_dir_all(p.path("notes/drafts")).unwrap();
    let out = in_dir(&p.path("notes/drafts"), &["run"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(p.path(&format!("annotations/{DOC0}/quotes.yaml")).is_file());
    assert!(!p.path("notes/drafts/annotations").exists());
}

#[test]
fn paths_in_messages_are_as_typed() {
    let p = Project::empty();
    let out = p.pipeline(&["run", "--seeds", "/nonexistent-seeds-folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).starts_with("/nonexistent-seeds-folder: i/o error"), "{}", text(&out));
    let out = in_dir(&p.path("seeds"), &["run", "--seeds", "nowhere"]);
    assert!(text(&out).starts_with("nowhere: i/o error"), "{}", text(&out));
}

#[test]
fn run_and_check_end_with_the_documents_and_the_elapsed_time() {
    let p = Project::with_corpus();
    for command in ["run", "check"] {
        let out = stdout(&p.pipeline(&[command]));
        let last = out.lines().last().unwrap();
        let rest = last.strip_prefix("Finished 5 documents in ").unwrap_or_else(|| panic!("{command}: {out}"));
        let seconds = rest.strip_suffix('s').unwrap_or_else(|| panic!("{last}"));
        assert!(seconds.parse::<f64>().is_ok(), "{last}");
    }
    assert!(!stdout(&p.pipeline(&["status"])).contains("Finished"), "status explains; it is not timed");
}

#[test]
fn trace_of_a_speaker_lists_them_in_every_document_with_their_claims() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["trace", "john-legend"]);
    assert!(out.status.success(), "{}", text(&out));
    let printed = stdout(&out);
    assert!(printed.starts_with("speaker john-legend\n  name: John Legend, in 5 documents\n"), "{printed}");
    for doc in [DOC0, DOC1] {
        assert!(printed.contains(&format!("  in {doc} as \"John Legend\": ")), "{printed}");
    }
    assert!(printed.contains("said (direct) q-i-dont-think-were-less-friends"), "{printed}");
    assert!(printed.contains("claim c-"), "{printed}");
    let v = json(&p.pipeline(&["trace", "john-legend", "--format", "json"]));
    assert_eq!(v["documents"].as_array().unwrap().len(), 5, "{v}");
    let claims = v["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for member in claims.iter().flat_map(|c| c["members"].as_array().unwrap()) {
        let at = &member["at"];
        let seed = p.read(at["path"].as_str().unwrap());
        let (start, end) = (at["start"].as_u64().unwrap() as usize, at["end"].as_u64().unwrap() as usize);
        assert_eq!(&seed[start..end], at["text"].as_str().unwrap());
    }
}

#[test]
fn trace_with_a_wrong_doc_says_there_is_no_such_document() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["trace", "john-legend", "--doc", "999_nothing"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).starts_with("--doc: usage: no document 999_nothing in seeds"), "{}", text(&out));
    assert!(!text(&out).contains("no annotation has the id"), "{}", text(&out));
    // with a right one, the speaker in that document only
    let out = stdout(&p.pipeline(&["trace", "john-legend", "--doc", DOC0]));
    assert!(out.starts_with(&format!("speaker john-legend in {DOC0}\n")), "{out}");
}

#[test]
fn help_says_what_the_tool_does_for_its_user() {
    let p = Project::empty();
    let help = stdout(&p.pipeline(&["--help"]));
    assert!(help.contains("Who said what in the news, down to the byte"), "{help}");
    assert!(help.contains("corrected by hand") || help.contains("by hand"), "{help}");
    for command in ["run", "status", "trace", "check", "completions"] {
        assert!(help.contains(&format!("\n  {command} ")), "{command}: {help}");
    }
}

#[test]
fn every_exported_range_slices_back_out_of_the_seed() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["export", "--format", "jsonl"]);
    assert!(out.status.success(), "{}", text(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let quotes: usize = fs::read_dir(p.path("annotations"))
        .unwrap()
        .map(|e| e.unwrap().path().join("quotes.yaml"))
        .filter(|f| f.is_file())
        .map(|f| fs::read_to_string(f).unwrap().matches("\n  - id: ").count())
        .sum();
    assert!(quotes > 10);
    assert_eq!(rows.len(), quotes, "one row per attribution");
    let mut with_claim = 0;
    for row in &rows {
        let seed = p.read(&format!("seeds/{}.txt", row["doc"].as_str().unwrap()));
        let n = |k: &str| row[k].as_u64().unwrap() as usize;
        let text = row["text"].as_str().unwrap();
        assert_eq!(&seed[n("start")..n("end")], text, "bytes: {row}");
        let chars: Vec<char> = seed.chars().collect();
        assert_eq!(chars[n("cp_start")..n("cp_end")].iter().collect::<String>(), text, "code points: {row}");
        if let Some(cue) = row["cue"].as_str() {
            assert_eq!(&seed[n("cue_start")..n("cue_end")], cue, "cue: {row}");
        }
        with_claim += usize::from(row["claim"].is_string());
        assert!(["direct", "mixed", "indirect"].contains(&row["kind"].as_str().unwrap()), "{row}");
    }
    assert!(with_claim > 0, "rows name their claim");
    assert!(rows.iter().any(|r| r["speaker_name"] == "John Legend"));
    // the same rows as CSV, read back by Python's csv module
    let csv = p.path("attributions.csv");
    let out = p.pipeline(&["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    print(json.dumps(list(csv.DictReader(f))))\n";
    let read = Command::new("python3").arg("-c").arg(script).arg(&csv).output().expect("python3 runs");
    assert!(read.status.success(), "{}", text(&read));
    let back: Vec<Value> = serde_json::from_slice(&read.stdout).unwrap();
    assert_eq!(back.len(), rows.len());
    for (csv_row, row) in back.iter().zip(&rows) {
        for (key, value) in row.as_object().unwrap() {
            let expected = match value {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(csv_row[key].as_str().unwrap(), expected, "{key} of {row}");
        }
    }
}

#[test]
fn export_of_a_wrong_doc_says_there_is_no_such_document() {
    let p = Project::with_corpus();
    p.run();
    let out = p.pipeline(&["export", "--format", "csv", "--doc", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("no document nope in seeds"), "{}", text(&out));
    let one = stdout(&p.pipeline(&["export", "--format", "jsonl", "--doc", DOC0]));
    assert!(!one.is_empty() && one.lines().all(|l| l.contains(&format!("\"doc\":\"{DOC0}\""))), "{one}");
}

/// The bytes a person or a tool reads, as snapshots in `snapshots/`: the JSON of a `check`
/// that finds a stale document, and the text of a first `run`, with the elapsed time (the
/// one figure that varies) replaced.
#[test]
fn the_json_shape_and_the_run_summary_are_pinned_by_snapshots() {
    let p = Project::with_corpus();
    let run = stdout(&p.run());
    let (rest, last) = run.trim_end().rsplit_once('\n').unwrap();
    assert!(last.starts_with("Finished 5 documents in "), "{run}");
    let run = format!("{rest}\nFinished 5 documents in [elapsed]\n");
    p.write(&format!("seeds/{DOC0}.txt"), "A different article.\n");
    let mut check = json(&p.pipeline(&["check", "--format", "json"]));
    assert!(check["elapsed_seconds"].is_number());
    check["elapsed_seconds"] = Value::String("[elapsed]".into());
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::assert_snapshot!("cli_run_summary", run);
        insta::assert_snapshot!("cli_check_json", serde_json::to_string_pretty(&check).unwrap());
    });
}
