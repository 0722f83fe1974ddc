//! Helpers shared by the integration tests: a temporary project with a copy of the
//! corpus, and ways to run the binary on it and read what it wrote.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

pub const BIN: &str = env!("CARGO_BIN_EXE_pipeline");

/// A temporary project folder holding a copy of the corpus as `seeds/`.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn with_corpus() -> Project {
        let project = Project::empty();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
        for entry in fs::read_dir(seeds).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, project.seed_path(path.file_name().unwrap().to_str().unwrap())).unwrap();
        }
        project
    }

    pub fn empty() -> Project {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("seeds")).unwrap();
        Project { dir }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn seed_path(&self, name: &str) -> PathBuf {
        self.path("seeds").join(name)
    }

    pub fn pipeline(&self, args: &[&str]) -> Output {
        Command::new(BIN).args(args).current_dir(self.dir.path()).output().unwrap()
    }

    pub fn run(&self) -> Output {
        let out = self.pipeline(&["run"]);
        assert!(out.status.success(), "run failed:\n{}", text(&out));
        out
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Every claim shard under `annotations/claims/`, by path, in key order.
    pub fn claim_shards(&self) -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = fs::read_dir(self.path("annotations/claims"))
            .map(|dir| dir.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".yaml") && !n.starts_with('.')).collect::<Vec<String>>())
            .unwrap_or_default()
            .into_iter()
            .map(|name: String| {
                let rel = format!("annotations/claims/{name}");
                let text = self.read(&rel);
                (rel, text)
            })
            .collect();
        found.sort();
        found
    }

    /// The claim shard whose text contains `needle`.
    pub fn shard_containing(&self, needle: &str) -> String {
        self.claim_shards().into_iter().find(|(_, text)| text.contains(needle)).map(|(rel, _)| rel).unwrap_or_else(|| panic!("no claim shard holds {needle:?}:\n{}", self.claims()))
    }

    /// The claims as one `claims.yaml`, as an earlier version wrote them: every shard's
    /// claims under one header with the `documents` input.
    pub fn claims_as_one_file(&self) -> String {
        let index = self.read("annotations/claims/.index.yaml");
        let field = |name: &str| index.lines().find_map(|l| l.strip_prefix(&format!("{name}: "))).unwrap().trim_matches('"').to_string();
        let mut body = String::from("claims:\n");
        for (_, text) in self.claim_shards() {
            body.push_str(text.split_once("\nclaims:\n").unwrap().1);
        }
        let header = format!(
            "# yaml-language-server: $schema=.schema/claims.json\nstage: claims\nsource: seeds\nhashes:\n  inputs:\n    documents: {}\n  stage: {}\n  output: {}\n",
            field("documents"),
            field("fingerprint"),
            blake3_body(&format!("x\n  output: 0\n{body}"))
        );
        format!("{header}{body}")
    }

    /// The text of every claim shard, one after the other.
    pub fn claims(&self) -> String {
        self.claim_shards().into_iter().map(|(_, text)| text).collect()
    }

    pub fn write(&self, rel: &str, content: &str) {
        fs::write(self.path(rel), content).unwrap();
    }

    /// Every file under `annotations/` with its bytes; none when the folder is not
    /// there (a run killed before it made it wrote nothing).
    pub fn annotations(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        if self.path("annotations").is_dir() {
            collect(&self.path("annotations"), &self.path("annotations"), &mut files);
        }
        files
    }

    pub fn mtimes(&self) -> BTreeMap<String, SystemTime> {
        self.annotations()
            .keys()
            .map(|rel| (rel.clone(), fs::metadata(self.path("annotations").join(rel)).unwrap().modified().unwrap()))
            .collect()
    }
}

pub fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.file_name().unwrap() != ".lock" {
            out.insert(path.strip_prefix(root).unwrap().display().to_string(), fs::read(&path).unwrap());
        }
    }
}

pub fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The summary line of a stage, e.g. `segment:  5 ran, 0 cached, ...`.
pub fn line<'a>(out: &'a str, stage: &str) -> &'a str {
    out.lines().find(|l| l.starts_with(&format!("{stage}:"))).unwrap_or_else(|| panic!("no {stage} line in:\n{out}"))
}

pub const DOC0: &str = "000_d31f45b7f298f60f";
pub const DOC1: &str = "001_e37ff9940fa829ac";

/// Files are written with a coarse clock on some file systems; wait so that a rewrite
/// would show in the modification time.
pub fn let_the_clock_move() {
    std::thread::sleep(std::time::Duration::from_millis(20));
}


/// The blake3 of a file's body (what follows its header).
pub fn blake3_body(file: &str) -> String {
    let body_start = file.find("\n  output: ").map(|i| i + 1 + file[i + 1..].find('\n').unwrap() + 1).unwrap();
    blake3::hash(&file.as_bytes()[body_start..]).to_hex().to_string()
}

/// `file` (a `quotes.yaml`) with the speaker of the item whose text starts with `prefix`
/// set to `to`: an edit aimed at one item, whatever items come before it.
#[allow(dead_code)]
pub fn with_speaker(file: &str, prefix: &str, to: &str) -> String {
    let mut lines: Vec<String> = file.lines().map(String::from).collect();
    let at = lines.iter().position(|l| l.starts_with("    text: ") && l[10..].trim_start_matches('"').starts_with(prefix)).expect("the item is in the file");
    let speaker = (at..lines.len()).find(|&i| lines[i].starts_with("    speaker:")).expect("the item has a speaker");
    lines[speaker] = format!("    speaker: {to}");
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The number of lines starting with `marker` in the `file` of every document's folder.
pub fn count_items(p: &Project, file: &str, marker: &str) -> usize {
    fs::read_dir(p.path("annotations"))
        .unwrap()
        .map(|e| e.unwrap().path().join(file))
        .filter(|f| f.is_file())
        .map(|f| fs::read_to_string(f).unwrap().lines().filter(|l| l.starts_with(marker)).count())
        .sum()
}
