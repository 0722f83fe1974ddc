//! Stage fingerprints: a hash of everything that decides what a stage writes.
//!
//! Shared by the build script (which bakes the fingerprints into the binary) and by a
//! test (which checks that they follow the sources). A stage's fingerprint covers its own
//! module (`stages/src/<stage>.rs` or `stages/src/<stage>/**`, data files included), the
//! stages crate's shared files (every file under `stages/src` that belongs to no stage),
//! the stages crate manifest, the YAML printer, and the locked versions of the crates
//! that serialize. Editing one stage's module changes only that stage's fingerprint;
//! editing a shared file changes all of them. Nobody bumps a version by hand.

use std::fs;
use std::io;
use std::path::Path;

/// The stages, in graph order.
pub const STAGES: [&str; 4] = ["segment", "speakers", "quotes", "claims"];

/// Crates whose version can change the bytes a stage writes.
const SERIALIZING_CRATES: [&str; 4] = ["serde", "serde_core", "serde_derive", "yaml_serde"];

/// One input of the fingerprints: a name that is stable across machines, and its bytes.
pub struct Input {
    /// `stages/src/quotes.rs`, with `/` on every platform.
    pub name: String,
    /// The file's content.
    pub bytes: Vec<u8>,
}

/// The stage that owns a file under `stages/src`, or `None` for a shared file.
pub fn owner(name: &str) -> Option<&'static str> {
    let rest = name.strip_prefix("stages/src/")?;
    STAGES.into_iter().find(|stage| {
        rest.strip_prefix(stage)
            .is_some_and(|after| after == ".rs" || after.starts_with('/'))
    })
}

/// Reads every input of the fingerprints from the workspace at `root`, sorted by name.
pub fn collect(root: &Path) -> io::Result<Vec<Input>> {
    let mut inputs = Vec::new();
    walk(root, &root.join("stages/src"), &mut inputs)?;
    for name in ["stages/Cargo.toml", "pipeline/src/yaml.rs"] {
        inputs.push(Input { name: name.to_string(), bytes: fs::read(root.join(name))? });
    }
    if let Ok(lock) = fs::read_to_string(root.join("Cargo.lock")) {
        inputs.push(Input { name: "Cargo.lock".to_string(), bytes: locked_versions(&lock).into_bytes() });
    }
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(inputs)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Input>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root).expect("walked below root");
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push(Input { name, bytes: fs::read(&path)? });
        }
    }
    Ok(())
}

/// The `[[package]]` entries of the serializing crates, as they stand in `Cargo.lock`.
fn locked_versions(lock: &str) -> String {
    lock.split("[[package]]")
        .filter(|block| {
            SERIALIZING_CRATES.iter().any(|name| block.contains(&format!("name = \"{name}\"\n")))
        })
        .collect::<Vec<_>>()
        .join("[[package]]")
}

/// The fingerprint of each stage, in [`STAGES`] order, as hex.
pub fn fingerprints(inputs: &[Input]) -> Vec<(&'static str, String)> {
    STAGES
        .into_iter()
        .map(|stage| {
            let mut hasher = blake3::Hasher::new();
            hasher.update(b"pipeline stage fingerprint 1\0");
            hasher.update(stage.as_bytes());
            for input in inputs {
                if owner(&input.name).is_none_or(|o| o == stage) {
                    hasher.update(&(input.name.len() as u64).to_le_bytes());
                    hasher.update(input.name.as_bytes());
                    hasher.update(&(input.bytes.len() as u64).to_le_bytes());
                    hasher.update(&input.bytes);
                }
            }
            (stage, hasher.finalize().to_hex().to_string())
        })
        .collect()
}
