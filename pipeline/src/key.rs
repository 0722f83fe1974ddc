//! Cache keys and staleness: what a stage's file should have been made from, and why a
//! file on disk is not that.
//!
//! A file's key is recorded in its header: the stage fingerprint, the seed's hash (per
//! document), and the content hash of every upstream file it reads. A corpus stage reads
//! one input, `documents`: a hash over every document's name, seed hash and read-file
//! hashes. Downstream keys use upstream *content*, so a stage that runs again and writes
//! the same items leaves everything downstream fresh (early cutoff).

use crate::file::{Hash, Header};
use crate::graph::Info;
use std::collections::HashMap;
use std::path::PathBuf;

/// Where a stage's file is and what it should have been made from.
pub struct Target {
    /// The stage.
    pub info: Info,
    /// The file.
    pub path: PathBuf,
    /// The file, as the tool prints paths.
    pub shown: String,
    /// The `source:` to record: the seed, or the seeds folder.
    pub source: String,
    /// The schema reference of the file's first line.
    pub schema: String,
    /// The seed's hash (per-document stages).
    pub seed: Option<Hash>,
    /// Each upstream input's name and content hash.
    pub inputs: Vec<(String, Hash)>,
}

impl Target {
    /// Why a file's header does not match what it should have been made from, or `None`.
    pub fn staleness(&self, header: &Header) -> Option<String> {
        let mut reasons = Vec::new();
        if header.stage != self.info.name {
            reasons.push(format!("it was written by stage `{}`", header.stage));
        }
        if header.source != self.source {
            reasons.push(format!("its source is `{}`, not `{}`", header.source, self.source));
        }
        if header.seed != self.seed {
            reasons.push("seed changed".to_string());
        }
        let recorded: HashMap<&str, &str> = header.inputs.iter().map(|(n, h)| (n.as_str(), h.as_str())).collect();
        for (name, h) in &self.inputs {
            if recorded.get(name.as_str()) != Some(&h.as_str()) {
                reasons.push(format!("{name} changed"));
            }
        }
        if header.inputs.len() != self.inputs.len() && reasons.is_empty() {
            reasons.push("its inputs changed".to_string());
        }
        if header.fingerprint != self.info.fingerprint {
            reasons.push("stage code changed".to_string());
        }
        (!reasons.is_empty()).then(|| reasons.join(", "))
    }

    /// The provenance header for this file when its machine output hashes to `output`.
    pub fn header(&self, output: &str) -> String {
        Header {
            stage: self.info.name.to_string(),
            source: self.source.clone(),
            seed: self.seed.clone(),
            inputs: self.inputs.clone(),
            fingerprint: self.info.fingerprint.to_string(),
            output: output.to_string(),
        }
        .render(&self.schema)
    }
}

/// One document as a corpus stage depends on it: its name, seed hash and the content
/// hashes of the files the stage reads.
#[derive(Clone, Debug)]
pub struct DocKey {
    /// The document's name.
    pub name: String,
    /// Its seed's hash.
    pub seed: Hash,
    /// The hash of each file the stage reads, in the stage's order.
    pub reads: Vec<Hash>,
}

impl DocKey {
    /// The key of the document's cached part for the stage with `fingerprint`.
    pub fn part_key(&self, fingerprint: &str) -> Hash {
        let mut h = blake3::Hasher::new();
        for part in [fingerprint, &self.name, &self.seed].into_iter().chain(self.reads.iter().map(String::as_str)) {
            h.update(part.as_bytes());
            h.update(b"\0");
        }
        h.finalize().to_hex().to_string()
    }
}

/// The `documents` input of a corpus stage: one hash over every document it reads.
pub fn corpus_input(docs: &[DocKey]) -> Hash {
    let mut corpus = blake3::Hasher::new();
    for doc in docs {
        for part in [&doc.name, &doc.seed].into_iter().chain(&doc.reads) {
            corpus.update(part.as_bytes());
            corpus.update(b"\0");
        }
        corpus.update(b"\n");
    }
    corpus.finalize().to_hex().to_string()
}
