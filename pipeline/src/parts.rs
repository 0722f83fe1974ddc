//! The per-document cache of corpus stages' parts (for `claims`: each document's
//! features).
//!
//! A corpus stage links documents through parts made from each document alone (for
//! `claims`, quote words and fact sentences). They are kept in
//! `<annotations>/.cache/<stage>/<doc>.bin` (a key line, a line with the blake3 of the
//! part's bytes, then those bytes, [`Part`]), under a key made of the stage's fingerprint
//! and the content hashes of the document's seed and the files the stage reads
//! ([`crate::key::DocKey::part_key`]), so that when one document of many changes only its
//! part is made again, and the other documents' seeds and YAML are not read. The cache is
//! derived data: safe to delete, not meant to be committed (a CI job can keep it between
//! runs like `target/`). What a corpus stage remembers of its last run ([`Memo`]) is kept
//! beside them the same way, in `<annotations>/.cache/<stage>.memo`.

use crate::file;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// A per-document part as the cache keeps it: bytes that the same stage code reads back
/// exactly. A stage's own compact layout, since a run after a change reads every
/// document's part back (for `claims` at 10,000 documents, JSON was 209 MB and a second
/// of parsing).
pub trait Part: Sized {
    /// The part as bytes.
    fn to_bytes(&self) -> Vec<u8>;
    /// The part that `to_bytes` wrote as `bytes`; `None` for any other bytes (written by
    /// another version, cut short or damaged): the part is then made again.
    fn from_bytes(bytes: &[u8]) -> Option<Self>;
}

/// Whether the cache holds a part under `key` (reads the first line only).
pub fn is_fresh(path: &Path, key: &str) -> bool {
    let Ok(file) = File::open(path) else { return false };
    let mut first = String::new();
    BufReader::new(file).read_line(&mut first).is_ok() && first.trim_end() == key
}

/// The cached part under `key`; `None` when missing, stale or unreadable, or when its
/// bytes no longer hash to the checksum written with them (a damaged byte can still
/// decode, into features that are not the document's): the caller then makes it again.
pub fn read<P: Part>(path: &Path, key: &str) -> Option<P> {
    let mut reader = BufReader::new(File::open(path).ok()?);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    if first.trim_end() != key {
        return None;
    }
    let mut sum = String::new();
    reader.read_line(&mut sum).ok()?;
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).ok()?;
    if sum.trim_end() != file::hash(&rest) {
        return None;
    }
    P::from_bytes(&rest)
}

/// Stores a part under `key`, atomically.
pub fn write<P: Part>(path: &Path, key: &str, part: &P) -> io::Result<()> {
    let part = part.to_bytes();
    let mut bytes = format!("{key}\n{}\n", file::hash(&part)).into_bytes();
    bytes.extend_from_slice(&part);
    file::write_atomic(path, &bytes)
}

/// Bytes a stage remembers between runs ([`crate::graph::Linked::memo`]), kept as parts
/// are: under the stage's fingerprint, with a checksum.
pub struct Memo(pub Vec<u8>);

impl Part for Memo {
    fn to_bytes(&self) -> Vec<u8> {
        self.0.clone()
    }
    fn from_bytes(bytes: &[u8]) -> Option<Memo> {
        Some(Memo(bytes.to_vec()))
    }
}
