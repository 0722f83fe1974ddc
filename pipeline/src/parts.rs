//! The per-document cache of corpus stages' parts (for `claims`: each document's
//! features).
//!
//! A corpus stage links documents through parts made from each document alone (for
//! `claims`, quote words and fact sentences). They are kept in
//! `<annotations>/.cache/<stage>/<doc>.json`, under a key made of the stage's fingerprint
//! and the content hashes of the document's seed and the files the stage reads
//! ([`crate::key::DocKey::part_key`]), so that when one document of many changes only its
//! part is made again, and the other documents' seeds and YAML are not read. The cache is
//! derived data: safe to delete, not meant to be committed (a CI job can keep it between
//! runs like `target/`).

use crate::file;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// Whether the cache holds a part under `key` (reads the first line only).
pub fn is_fresh(path: &Path, key: &str) -> bool {
    let Ok(file) = File::open(path) else { return false };
    let mut first = String::new();
    BufReader::new(file).read_line(&mut first).is_ok() && first.trim_end() == key
}

/// The cached part under `key`; `None` when missing, stale or unreadable (the caller
/// then makes it again).
pub fn read<P: DeserializeOwned>(path: &Path, key: &str) -> Option<P> {
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

/// Stores a part under `key`, atomically.
pub fn write<P: Serialize>(path: &Path, key: &str, part: &P) -> io::Result<()> {
    let mut bytes = format!("{key}\n").into_bytes();
    serde_json::to_writer(&mut bytes, part).map_err(io::Error::other)?;
    file::write_atomic(path, &bytes)
}
