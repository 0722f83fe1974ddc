//! Stage fingerprints: a hash of everything that decides what a stage writes.
//!
//! Shared by the build script (which bakes the fingerprints into the binary) and by a
//! test (which checks that they follow the sources). Every stage is a crate under
//! `stages/<name>/`. A crate's fingerprint covers:
//!
//! - its own files (sources and data files; not `tests/`, `examples/` or `benches/`),
//!   and those of every workspace crate it depends on, transitively (the shared
//!   `contract` crate for every stage), read from the `[dependencies]` of the manifests;
//! - the locked versions (`Cargo.lock`) of the registry crates those manifests name, and
//!   of the crates that serialize;
//! - the YAML printer (`pipeline/src/yaml.rs`), which decides the bytes of every file;
//! - the Unicode version of the standard library, whose tables drive `is_alphanumeric`
//!   and `to_lowercase`. Only that part of the toolchain decides what a stage writes, so
//!   a toolchain upgrade that keeps the tables keeps the committed annotations fresh.
//!
//! Editing one stage's crate changes only that stage's fingerprint; editing a crate it
//! depends on changes it too. Nobody bumps a version by hand, and a stage cannot read
//! code the fingerprint does not cover: the compiler only lets it use the crates its
//! manifest names.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

/// Crates whose version can change the bytes of any stage's file.
const SERIALIZING_CRATES: [&str; 4] = ["serde", "serde_core", "serde_derive", "yaml_serde"];

/// Folders of a crate that do not go into the library it builds.
const NOT_BUILT: [&str; 3] = ["tests", "examples", "benches"];

/// The name under which the Unicode version is an input.
pub const UNICODE: &str = "unicode-version";

/// One input of the fingerprints: a name that is stable across machines, and its bytes.
pub struct Input {
    /// `stages/quotes/src/lib.rs`, with `/` on every platform; or `Cargo.lock`,
    /// `pipeline/src/yaml.rs`, [`UNICODE`].
    pub name: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

/// Reads every input of the fingerprints from the workspace at `root`, sorted by name.
/// `unicode` is the standard library's Unicode version, as the build sees it.
pub fn collect(root: &Path, unicode: &str) -> io::Result<Vec<Input>> {
    let mut inputs = Vec::new();
    let stages = root.join("stages");
    for entry in fs::read_dir(&stages)? {
        let dir = entry?.path();
        if dir.join("Cargo.toml").is_file() {
            walk(root, &dir, &mut inputs)?;
        }
    }
    for name in ["pipeline/src/yaml.rs", "Cargo.lock"] {
        inputs.push(Input { name: name.to_string(), bytes: fs::read(root.join(name))? });
    }
    inputs.push(Input { name: UNICODE.to_string(), bytes: unicode.as_bytes().to_vec() });
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(inputs)
}

/// The blake3 of the engine's sources (every file under `pipeline/src`, by name), as hex.
pub fn engine(root: &Path) -> io::Result<String> {
    let mut inputs = Vec::new();
    walk(root, &root.join("pipeline/src"), &mut inputs)?;
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    let mut h = blake3::Hasher::new();
    for input in &inputs {
        h.update(input.name.as_bytes());
        h.update(&(input.bytes.len() as u64).to_le_bytes());
        h.update(&input.bytes);
    }
    Ok(h.finalize().to_hex().to_string())
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Input>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if path.is_dir() {
            if !NOT_BUILT.contains(&file_name) && file_name != "target" {
                walk(root, &path, out)?;
            }
        } else {
            let rel = path.strip_prefix(root).expect("walked below root");
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push(Input { name, bytes: fs::read(&path)? });
        }
    }
    Ok(())
}

/// A crate under `stages/`, as its manifest declares it.
struct Crate {
    /// Its folder: `stages/quotes`.
    dir: String,
    /// The names in its `[dependencies]`.
    deps: Vec<String>,
}

/// The crates under `stages/`, by package name.
fn crates(inputs: &[Input]) -> BTreeMap<String, Crate> {
    let mut out = BTreeMap::new();
    for input in inputs {
        let Some(dir) = input.name.strip_suffix("/Cargo.toml") else { continue };
        if dir.matches('/').count() != 1 || !dir.starts_with("stages/") {
            continue;
        }
        let manifest = String::from_utf8_lossy(&input.bytes);
        let (name, deps) = manifest_names(&manifest);
        if let Some(name) = name {
            out.insert(name, Crate { dir: dir.to_string(), deps });
        }
    }
    out
}

/// The package name and the dependency names of a manifest. A small reader, not a TOML
/// parser: it knows the shape our manifests have (`[package]` with `name = "..."`,
/// `[dependencies]` with one `name = ...` or `name.workspace = true` a line).
fn manifest_names(manifest: &str) -> (Option<String>, Vec<String>) {
    let mut section = "";
    let mut name = None;
    let mut deps = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        let key = key.trim();
        match section {
            "[package]" if key == "name" => name = Some(value.trim().trim_matches('"').to_string()),
            "[dependencies]" if !key.starts_with('#') => {
                let dep = key.split('.').next().unwrap_or(key).trim();
                deps.push(dep.to_string());
            }
            _ => {}
        }
    }
    (name, deps)
}

/// The `[[package]]` entries of `names`, as they stand in `Cargo.lock`.
fn locked_versions(lock: &str, names: &BTreeSet<&str>) -> String {
    lock.split("[[package]]")
        .filter(|block| {
            block.lines().find_map(|l| l.strip_prefix("name = ")).is_some_and(|n| names.contains(n.trim_matches('"')))
        })
        .collect::<Vec<_>>()
        .join("[[package]]")
}

/// The fingerprint of every crate under `stages/`, by package name, as hex.
pub fn fingerprints(inputs: &[Input]) -> BTreeMap<String, String> {
    let crates = crates(inputs);
    let find = |name: &str| inputs.iter().find(|i| i.name == name).map(|i| i.bytes.as_slice()).unwrap_or_default();
    let lock = String::from_utf8_lossy(find("Cargo.lock")).into_owned();
    let mut out = BTreeMap::new();
    for name in crates.keys() {
        // the crate and the workspace crates it depends on, transitively
        let mut closure = BTreeSet::new();
        let mut todo = vec![name.as_str()];
        while let Some(next) = todo.pop() {
            if closure.insert(next) {
                todo.extend(crates[next].deps.iter().map(String::as_str).filter(|d| crates.contains_key(*d)));
            }
        }
        let mut registry: BTreeSet<&str> = SERIALIZING_CRATES.into_iter().collect();
        for member in &closure {
            registry.extend(crates[*member].deps.iter().map(String::as_str).filter(|d| !crates.contains_key(*d)));
        }
        let dirs: Vec<String> = closure.iter().map(|c| format!("{}/", crates[*c].dir)).collect();
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"pipeline stage fingerprint 2\0");
        hasher.update(name.as_bytes());
        let mut part = |label: &str, bytes: &[u8]| {
            hasher.update(&(label.len() as u64).to_le_bytes());
            hasher.update(label.as_bytes());
            hasher.update(&(bytes.len() as u64).to_le_bytes());
            hasher.update(bytes);
        };
        let built = |file: &str| {
            dirs.iter().any(|d| {
                file.strip_prefix(d.as_str())
                    .is_some_and(|rest| !NOT_BUILT.iter().any(|n| rest.strip_prefix(n).is_some_and(|r| r.starts_with('/'))))
            })
        };
        for input in inputs.iter().filter(|i| built(&i.name)) {
            part(&input.name, &input.bytes);
        }
        part("pipeline/src/yaml.rs", find("pipeline/src/yaml.rs"));
        part(UNICODE, find(UNICODE));
        part("Cargo.lock", locked_versions(&lock, &registry).as_bytes());
        out.insert(name.clone(), hasher.finalize().to_hex().to_string());
    }
    out
}
