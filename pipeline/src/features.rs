//! The per-document cache of the `claims` stage's features.
//!
//! `claims` links documents through features extracted from each one alone (quote
//! words, fact sentences). They are kept in `<annotations>/.cache/claims/<doc>.json`,
//! under a key made of the claims stage's fingerprint and the content hashes of the
//! document's seed, segments and quotes, so that when one document of many changes only
//! its features are made again, and the other documents' seeds and YAML are not read.
//! The cache is derived data: safe to delete, not meant to be committed (a CI job can
//! keep it between runs like `target/`).

use crate::file::{self, Hash};
use crate::stage::Stage;
use stages::claims::DocFeatures;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The folder of the cache, inside the annotations folder.
pub const DIR: &str = ".cache/claims";

/// The key of a document's features: what they are made from.
pub fn key(name: &str, seed: &str, segments: &str, quotes: &str) -> Hash {
    let mut h = blake3::Hasher::new();
    for part in [Stage::Claims.fingerprint(), name, seed, segments, quotes] {
        h.update(part.as_bytes());
        h.update(b"\0");
    }
    h.finalize().to_hex().to_string()
}

/// Where a document's features are cached.
pub fn path(annotations: &Path, name: &str) -> PathBuf {
    annotations.join(DIR).join(format!("{name}.json"))
}

/// Whether the cache holds features under `key` (reads the first line only).
pub fn is_fresh(path: &Path, key: &str) -> bool {
    let Ok(file) = File::open(path) else { return false };
    let mut first = String::new();
    BufReader::new(file).read_line(&mut first).is_ok() && first.trim_end() == key
}

/// The cached features under `key`; `None` when missing, stale or unreadable (the
/// caller then makes them again).
pub fn read(path: &Path, key: &str) -> Option<DocFeatures> {
    let mut reader = BufReader::new(File::open(path).ok()?);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    if first.trim_end() != key {
        return None;
    }
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).ok()?;
    serde_json::from_slice(&rest).ok()
}

/// Stores features under `key`, atomically.
pub fn write(path: &Path, key: &str, features: &DocFeatures) -> io::Result<()> {
    let mut bytes = format!("{key}\n").into_bytes();
    serde_json::to_writer(&mut bytes, features).map_err(io::Error::other)?;
    file::write_atomic(path, &bytes)
}
