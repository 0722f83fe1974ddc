//! Annotation files on disk: the provenance header, the body, atomic writes.
//!
//! A file is a header (`stage`, `source`, `hashes`) followed by the body (the stage's
//! items). `hashes.output` is the blake3 of the body's bytes exactly as the tool wrote
//! them, so a file whose body no longer hashes to it was edited by a person. The header
//! is read by a strict line parser for the layout the tool writes (fast: a no-op run over
//! a large corpus reads only headers and hashes bodies), with a YAML fallback for headers
//! a person reformatted.

use crate::diag::{Diagnostic, Kind};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// A blake3 hash as lower-case hex.
pub type Hash = String;

/// The blake3 of `bytes`, as hex.
pub fn hash(bytes: &[u8]) -> Hash {
    blake3::hash(bytes).to_hex().to_string()
}

/// Annotation files larger than this are refused rather than parsed. The largest are
/// claim shards (a few megabytes each at 100,000 documents) and the single `claims.yaml`
/// of earlier versions (about 0.5 GiB at 100,000 documents); this leaves room for more.
const MAX_FILE: u64 = 8 << 30;

/// The provenance header of an annotation file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The stage that wrote the file.
    pub stage: String,
    /// The seed (or seed folder, for `claims`) it describes, relative.
    pub source: String,
    /// The blake3 of the seed bytes (per-document stages only).
    pub seed: Option<Hash>,
    /// The content hash of each upstream annotation, in graph order.
    pub inputs: Vec<(String, Hash)>,
    /// The stage's fingerprint when it ran.
    pub fingerprint: Hash,
    /// The blake3 of the body as the stage wrote it.
    pub output: Hash,
}

impl Header {
    /// The header as written, starting with the schema line.
    pub fn render(&self, schema: &str) -> String {
        let mut out = format!("# yaml-language-server: $schema={schema}\nstage: {}\nsource: ", self.stage);
        crate::yaml::string(&mut out, &self.source);
        out.push_str("\nhashes:\n");
        if let Some(seed) = &self.seed {
            out.push_str(&format!("  seed: {seed}\n"));
        }
        if self.inputs.is_empty() {
            out.push_str("  inputs: {}\n");
        } else {
            out.push_str("  inputs:\n");
            for (name, h) in &self.inputs {
                out.push_str(&format!("    {name}: {h}\n"));
            }
        }
        out.push_str(&format!("  stage: {}\n  output: {}\n", self.fingerprint, self.output));
        out
    }
}

/// An annotation file as read from disk.
#[derive(Debug)]
pub struct Stored {
    /// Its header.
    pub header: Header,
    /// The whole file.
    pub text: String,
    /// Byte offset where the body starts.
    pub body_start: usize,
    /// Number of lines before the body (to report body lines as file lines).
    pub body_line: usize,
}

impl Stored {
    /// The body: the items.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The hash of the body as it stands now.
    pub fn body_hash(&self) -> Hash {
        hash(self.body().as_bytes())
    }

    /// Parses the body into the stage's items; when it does not parse, every problem
    /// found in it (see [`crate::structure`]), each at its line and column in the file.
    pub fn parse_all<T: DeserializeOwned>(&self, path: &str) -> Result<T, Vec<Diagnostic>> {
        serde_yaml::from_str(self.body()).map_err(|e| crate::structure::problems::<T>(path, &self.text, self.body_start, &e))
    }

    /// Parses the body into the stage's items; when it does not parse, the first problem
    /// (for readers of an upstream file, whose problems are reported on the file itself).
    pub fn parse<T: DeserializeOwned>(&self, path: &str) -> Result<T, Diagnostic> {
        self.parse_all(path).map_err(|mut found| found.swap_remove(0))
    }
}

fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// Reads the annotation file at `path`; `Ok(None)` when there is none.
pub fn read(path: &Path, shown: &str) -> Result<Option<Stored>, Diagnostic> {
    let io_error = |e: io::Error| Diagnostic::new(Kind::Io, shown, format!("cannot be read: {e}"));
    // (opened first and measured through the open file: one path lookup, not two, for
    // each of the files a run reads)
    let file = match fs::File::open(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error(e)),
        Ok(file) => file,
    };
    let len = file.metadata().map_err(io_error)?.len();
    if len > MAX_FILE {
        return Err(Diagnostic::new(Kind::Invalid, shown, format!("is {len} bytes; annotation files over {MAX_FILE} bytes are refused")));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // (through `take`, whose reading asks the file for no size again)
    file.take(u64::MAX).read_to_end(&mut bytes).map_err(io_error)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Diagnostic::new(Kind::Invalid, shown, format!("is not UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to()))
            .help("save the file as UTF-8")
    })?;
    parse_stored(text, shown).map(Some)
}

/// Splits a file's text into header and body.
pub fn parse_stored(text: String, shown: &str) -> Result<Stored, Diagnostic> {
    if let Some((header, body_start)) = fast_header(&text) {
        let body_line = text[..body_start].matches('\n').count();
        return Ok(Stored { header, text, body_start, body_line });
    }
    slow_header(text, shown)
}

/// The header in exactly the layout [`Header::render`] writes.
fn fast_header(text: &str) -> Option<(Header, usize)> {
    let mut lines = LineCursor { text, at: 0 };
    let first = lines.next()?;
    if !first.starts_with("# yaml-language-server:") {
        return None;
    }
    let stage = lines.next()?.strip_prefix("stage: ")?.to_string();
    let source_raw = lines.next()?.strip_prefix("source: ")?;
    let source = if source_raw.starts_with('"') { serde_yaml::from_str::<String>(source_raw).ok()? } else { source_raw.to_string() };
    if lines.next()? != "hashes:" {
        return None;
    }
    let mut line = lines.next()?;
    let seed = match line.strip_prefix("  seed: ") {
        Some(h) => {
            line = lines.next()?;
            Some(h.to_string())
        }
        None => None,
    };
    let mut inputs = Vec::new();
    if line != "  inputs: {}" {
        if line != "  inputs:" {
            return None;
        }
        loop {
            line = lines.next()?;
            let Some(entry) = line.strip_prefix("    ") else { break };
            let (name, h) = entry.split_once(": ")?;
            inputs.push((name.to_string(), h.to_string()));
        }
    } else {
        line = lines.next()?;
    }
    let fingerprint = line.strip_prefix("  stage: ")?.to_string();
    let output = lines.next()?.strip_prefix("  output: ")?.to_string();
    let all_hex = |h: &str| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit());
    if !all_hex(&fingerprint) || !all_hex(&output) || !seed.as_deref().is_none_or(all_hex) || !inputs.iter().all(|(_, h)| all_hex(h)) {
        return None;
    }
    Some((Header { stage, source, seed, inputs, fingerprint, output }, lines.at))
}

struct LineCursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> LineCursor<'a> {
    fn next(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.at..];
        let end = rest.find('\n')?;
        self.at += end + 1;
        Some(&rest[..end])
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderRepr {
    stage: String,
    source: String,
    hashes: HashesRepr,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HashesRepr {
    #[serde(default)]
    seed: Option<String>,
    #[serde(default)]
    inputs: BTreeMap<String, String>,
    stage: String,
    output: String,
}

/// The header of a file a person reformatted: everything before the first top-level key
/// that is not part of the header, read as YAML.
fn slow_header(text: String, shown: &str) -> Result<Stored, Diagnostic> {
    let mut body_start = text.len();
    let mut body_line = text.matches('\n').count();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let top_level = line.starts_with(|c: char| !c.is_whitespace() && c != '#' && c != '-');
        let key = line.split(':').next().unwrap_or("").trim();
        if top_level && !matches!(key, "stage" | "source" | "hashes") {
            body_start = offset;
            body_line = i;
            break;
        }
        offset += line.len();
    }
    let repr: HeaderRepr = serde_yaml::from_str(&text[..body_start]).map_err(|e| {
        let d = Diagnostic::new(Kind::Invalid, shown, format!("has a broken header: {}", strip_location(&e.to_string())))
            .help("restore the `stage`, `source` and `hashes` lines the tool wrote, or delete the file to have it written anew");
        match e.location() {
            Some(loc) => d.at(&text, loc.line(), loc.column(), 1),
            None => d,
        }
    })?;
    let header = Header {
        stage: repr.stage,
        source: repr.source,
        seed: repr.hashes.seed,
        inputs: repr.hashes.inputs.into_iter().collect(),
        fingerprint: repr.hashes.stage,
        output: repr.hashes.output,
    };
    Ok(Stored { header, text, body_start, body_line })
}

/// How the temporary files of [`write_atomic`] end: `.<name>.<pid>.tmp`.
const TEMPORARY: &str = ".tmp";

/// Whether `name` is one of [`write_atomic`]'s temporary files.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with('.')
        && name.strip_suffix(TEMPORARY).and_then(|rest| rest.rsplit_once('.')).is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Removes the temporary files a killed run left in `dir` (call it under the run lock,
/// so that no live run's file is taken). A folder that cannot be read has none to
/// remove.
pub fn remove_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        remove_if_temporary(&entry);
    }
}

/// Removes the listed `entry` when it is one of [`write_atomic`]'s temporary files (for
/// a caller that lists a folder for more than its leftovers).
pub fn remove_if_temporary(entry: &fs::DirEntry) {
    if entry.file_name().to_str().is_some_and(is_temporary) && entry.file_type().is_ok_and(|t| t.is_file()) {
        let _ = fs::remove_file(entry.path());
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so
/// that a killed run leaves the old file or the new one, never a mix.
///
/// No fsync: the rename is atomic for every reader and survives the process being
/// killed, which is what a run must guarantee; syncing each of 300,000 files made a cold
/// run ten times slower (BENCHMARKS.md). After a power loss a file may be empty or old;
/// `pipeline check` then names it and `pipeline run` writes it again.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = write_temporary(path, bytes)?;
    put_in_place(&tmp, path)
}

/// Writes `bytes` to a temporary file beside `path` (one a later run removes if this one
/// is killed before [`put_in_place`]) and returns its path: the first half of
/// [`write_atomic`], for output that must be all made and checked before any of it
/// replaces what is there.
pub fn write_temporary(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    if !dir.is_dir() {
        fs::create_dir_all(dir)?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}{TEMPORARY}", std::process::id()));
    let result = fs::File::create(&tmp).and_then(|mut file| file.write_all(bytes));
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Renames the temporary file `tmp` ([`write_temporary`]) over `path`; on failure the
/// temporary file is removed and `path` keeps what it held.
pub fn put_in_place(tmp: &Path, path: &Path) -> io::Result<()> {
    let result = fs::rename(tmp, path);
    if result.is_err() {
        let _ = fs::remove_file(tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            stage: "quotes".into(),
            source: "seeds/a b.txt".into(),
            seed: Some("a".repeat(64)),
            inputs: vec![("segments".into(), "b".repeat(64)), ("speakers".into(), "c".repeat(64))],
            fingerprint: "d".repeat(64),
            output: "e".repeat(64),
        }
    }

    #[test]
    fn temporary_files_are_told_from_annotations() {
        assert!(is_temporary(".quotes.yaml.4242.tmp"));
        assert!(is_temporary(".000_d31f.json.7.tmp"));
        assert!(!is_temporary("quotes.yaml"));
        assert!(!is_temporary(".quotes.yaml.tmp"));
        assert!(!is_temporary("notes.4242.tmp"));
        assert!(!is_temporary(".schema"));
    }

    #[test]
    fn the_written_header_reads_back_on_the_fast_path() {
        let text = header().render("../.schema/quotes.json") + "quotes: []\n";
        let (parsed, body_start) = fast_header(&text).expect("fast path");
        assert_eq!(parsed, header());
        assert_eq!(&text[body_start..], "quotes: []\n");
    }

    #[test]
    fn a_reformatted_header_reads_back_through_yaml() {
        let text = format!(
            "stage: quotes\nsource: 'seeds/a b.txt'\nhashes: {{seed: {s}, inputs: {{segments: {b}, speakers: {c}}}, stage: {d}, output: {e}}}\nquotes: []\n",
            s = "a".repeat(64), b = "b".repeat(64), c = "c".repeat(64), d = "d".repeat(64), e = "e".repeat(64)
        );
        let stored = parse_stored(text, "x").unwrap();
        assert_eq!(stored.header, header());
        assert_eq!(stored.body(), "quotes: []\n");
        assert_eq!(stored.body_line, 3);
    }

    #[test]
    fn a_broken_header_is_a_diagnostic_not_a_panic() {
        let err = parse_stored("stage: [\nquotes: []\n".into(), "x.yaml").unwrap_err();
        assert_eq!(err.kind, Kind::Invalid);
        assert!(err.message.contains("broken header"), "{err}");
    }
}
