//! The annotations folder's layout: every path the tool reads or writes under it.
//!
//! ```text
//! <annotations>/<doc>/<file>.yaml          a per-document stage's file
//! <annotations>/<doc>/.machine/<file>.yaml the machine output a hand edit started from
//! <annotations>/<file>/<key>.yaml         a corpus stage's shard (`claims/3f.yaml`)
//! <annotations>/<file>/.machine/<key>.yaml the machine output a hand edit of a shard started from
//! <annotations>/<file>/.index.yaml         which inputs the shards were made from (the tool's)
//! <annotations>/.cache/<stage>/<doc>.bin   a corpus stage's per-document parts (derived)
//! <annotations>/.cache/<stage>.memo        what a corpus stage remembers between runs (derived)
//! <annotations>/.cache/seen.bin             what runs saw of untouched documents' files (derived)
//! <annotations>/.schema/<file>.json        the JSON Schema each file points at
//! <annotations>/.lock                      held while `run` writes
//! ```
//!
//! Names starting with `.` are the tool's own, and so are the corpus stages' folders;
//! every other folder is a document's. No other module builds a path under the
//! annotations folder by hand.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The folder beside an edited file that keeps the machine output it started from.
const MACHINE: &str = ".machine";
/// Derived data, safe to delete.
const CACHE: &str = ".cache";
/// The JSON Schemas.
const SCHEMA: &str = ".schema";
/// The run lock.
const LOCK: &str = ".lock";
/// In a corpus stage's folder, the record of what its shards were made from.
const INDEX: &str = ".index.yaml";
/// The corpus stages, whose output is a folder of shards named after a stable key of
/// their items (a corpus-wide file would grow without bound, and every change would
/// rewrite all of it). Seeds cannot take these names.
pub const CORPUS_FOLDERS: &[&str] = &[crate::graph::files::CLAIMS];

/// The annotations folder.
#[derive(Clone, Debug)]
pub struct Layout {
    root: PathBuf,
    /// The seeds' names, when the caller knows them ([`Layout::knowing`]).
    documents: Option<Arc<HashSet<String>>>,
}

impl Layout {
    /// The layout of the annotations folder at `root`.
    pub fn new(root: &Path) -> Layout {
        Layout { root: root.to_path_buf(), documents: None }
    }

    /// The same layout, told the names of the corpus's documents. A folder named after
    /// one is that document's, so telling a document's folder from a corpus stage's
    /// needs no look inside it for an index: one failed file lookup per document saved,
    /// four times a run (the caller must leave out a name a corpus stage's folder could
    /// take, which the engine refuses as a seed's name anyway).
    pub fn knowing(self, documents: HashSet<String>) -> Layout {
        Layout { documents: Some(Arc::new(documents)), ..self }
    }

    /// Whether the folder `name` is known to be a document's.
    fn is_document(&self, name: &str) -> bool {
        self.documents.as_ref().is_some_and(|d| d.contains(name))
    }

    /// The annotations folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The project: the folder that holds the annotations folder. Paths recorded in
    /// files (`source:`) are relative to it.
    pub fn project(&self) -> PathBuf {
        self.root.join("..")
    }

    /// A document's folder.
    pub fn doc_dir(&self, doc: &str) -> PathBuf {
        self.root.join(doc)
    }

    /// The folder that keeps the machine output a document's hand edits started from:
    /// `<doc>/.machine`.
    pub fn doc_machine_dir(&self, doc: &str) -> PathBuf {
        self.doc_dir(doc).join(MACHINE)
    }

    /// A per-document stage's file: `<doc>/<file>.yaml`.
    pub fn doc_file(&self, doc: &str, file: &str) -> PathBuf {
        self.doc_dir(doc).join(file_name(file))
    }

    /// The file an earlier version of the tool kept a corpus stage's items in:
    /// `<file>.yaml`. Read when there is no folder of shards; removed once the shards
    /// are written (unless a person edited it).
    pub fn corpus_file(&self, file: &str) -> PathBuf {
        self.root.join(file_name(file))
    }

    /// A corpus stage's folder of shards: `<file>/`.
    pub fn shard_dir(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }

    /// One shard of a corpus stage: `<file>/<key>.yaml`.
    pub fn shard(&self, file: &str, key: &str) -> PathBuf {
        self.shard_dir(file).join(file_name(key))
    }

    /// The record of what a corpus stage's shards were made from: `<file>/.index.yaml`.
    pub fn shard_index(&self, file: &str) -> PathBuf {
        self.shard_dir(file).join(INDEX)
    }

    /// The shards present in a corpus stage's folder, by key, sorted (the tool's own
    /// files and folders in it left out).
    pub fn shards(&self, file: &str) -> Vec<(String, PathBuf)> {
        let Ok(entries) = std::fs::read_dir(self.shard_dir(file)) else { return Vec::new() };
        let mut found: Vec<(String, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_string();
                let key = name.strip_suffix(".yaml")?;
                (!key.is_empty() && !name.starts_with('.')).then(|| (key.to_string(), e.path()))
            })
            .collect();
        found.sort();
        found
    }

    /// Where a corpus stage caches one document's part: `.cache/<stage>/<doc>.bin`.
    pub fn part(&self, stage: &str, doc: &str) -> PathBuf {
        self.root.join(CACHE).join(stage).join(format!("{doc}.bin"))
    }

    /// What a corpus stage remembers between runs: `.cache/<stage>.memo`.
    pub fn memo(&self, stage: &str) -> PathBuf {
        self.root.join(CACHE).join(format!("{stage}.memo"))
    }

    /// What runs saw of the untouched documents' files (`crate::seen`): `.cache/seen.bin`.
    pub fn seen(&self) -> PathBuf {
        self.root.join(CACHE).join("seen.bin")
    }

    /// The schema of `file`'s files.
    pub fn schema(&self, file: &str) -> PathBuf {
        self.root.join(SCHEMA).join(schema_name(file))
    }

    /// The lock `run` holds.
    pub fn lock(&self) -> PathBuf {
        self.root.join(LOCK)
    }

    /// The tool's own folders outside the documents' (the corpus stages' with their
    /// `.machine` folders, the cache's, the schemas'), which a run writes into.
    fn own_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = vec![self.root.join(MACHINE), self.root.join(SCHEMA), self.root.join(CACHE)];
        for dir in self.corpus_dirs() {
            dirs.extend([dir.join(MACHINE), dir]);
        }
        if let Ok(stages) = std::fs::read_dir(self.root.join(CACHE)) {
            dirs.extend(stages.flatten().map(|e| e.path()));
        }
        dirs
    }

    /// Removes what killed runs left in the annotations folder and the tool's own
    /// folders: temporary files of atomic writes. Called under the run lock.
    pub fn remove_leftovers(&self) {
        crate::file::remove_temporaries(&self.root);
        for dir in self.own_dirs() {
            crate::file::remove_temporaries(&dir);
        }
    }

    /// The first folder the tool would write into that is a symbolic link, among the
    /// tool's own folders, with the lock file. The tool never writes through a link: it
    /// could lead out of the annotations folder.
    pub fn linked(&self) -> Option<PathBuf> {
        let mut candidates = self.own_dirs();
        candidates.push(self.lock());
        candidates.into_iter().find(|p| is_link(p))
    }

    /// Makes `doc`'s folder ready for a run's writes: `Err` with the first of its folders
    /// (its own, its `.machine`) that is a symbolic link, which the tool never writes
    /// through; else removes the temporary files a killed run left in them. One listing
    /// of the folder serves both (a run does this for every document, and most have no
    /// `.machine` folder to look for).
    pub fn prepare_doc(&self, doc: &str) -> Result<(), PathBuf> {
        let dir = self.doc_dir(doc);
        if is_link(&dir) {
            return Err(dir);
        }
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(()) };
        let mut machine = None;
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else { continue };
            let name = entry.file_name();
            if name == MACHINE {
                if kind.is_symlink() {
                    return Err(entry.path());
                }
                machine = kind.is_dir().then(|| entry.path());
            } else {
                crate::file::remove_if_temporary(&entry);
            }
        }
        if let Some(machine) = machine {
            crate::file::remove_temporaries(&machine);
        }
        Ok(())
    }

    /// The corpus stages' folders: the standard ones, and any other holding an index
    /// (a corpus stage added to the graph).
    fn corpus_dirs(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = CORPUS_FOLDERS.iter().map(|f| self.shard_dir(f)).collect();
        if let Ok(entries) = std::fs::read_dir(&self.root) {
            for e in entries.flatten() {
                let path = e.path();
                let document = e.file_name().to_str().is_some_and(|n| self.is_document(n));
                if e.file_type().is_ok_and(|t| t.is_dir()) && !document && path.join(INDEX).exists() && !dirs.contains(&path) {
                    dirs.push(path);
                }
            }
        }
        dirs.sort();
        dirs
    }

    /// The document folders present, sorted (the tool's own folders left out).
    pub fn doc_dirs(&self) -> Vec<(String, PathBuf)> {
        let Ok(entries) = std::fs::read_dir(&self.root) else { return Vec::new() };
        let mut dirs: Vec<(String, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_string();
                // a corpus stage's folder holds an index; a document's never does
                (!is_own(&name) && (self.is_document(&name) || !e.path().join(INDEX).exists())).then(|| (name, e.path()))
            })
            .collect();
        dirs.sort();
        dirs
    }
}

/// `segments` → `segments.yaml`.
pub fn file_name(file: &str) -> String {
    format!("{file}.yaml")
}

/// `segments` → `segments.json`.
pub fn schema_name(file: &str) -> String {
    format!("{file}.json")
}

/// The schema reference written on a file's first line: relative to the file, so the
/// folder can move.
pub fn schema_ref(file: &str, per_document: bool) -> String {
    let up = if per_document { "../" } else { "" };
    format!("{up}{SCHEMA}/{}", schema_name(file))
}

/// A file's text as its `.machine/` copy holds it: the same bytes, but a relative
/// schema reference on the first line climbs one folder more, so that it still
/// resolves from inside `.machine/`.
pub fn machine_copy(text: &str) -> String {
    const LEAD: &str = "# yaml-language-server: $schema=";
    match text.strip_prefix(LEAD) {
        Some(rest) if !rest.starts_with('/') && !rest.split('\n').next().unwrap_or("").contains("://") => format!("{LEAD}../{rest}"),
        _ => text.to_string(),
    }
}

/// Where the machine output a hand edit of `path` started from is kept:
/// `.machine/<file>` beside it.
pub fn machine(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    dir.join(MACHINE).join(path.file_name().unwrap_or_default())
}

/// Whether `doc` can only name a document folder: not empty, no path separator, not the
/// tool's own name, so that `--doc ../../x` cannot reach outside the folder.
pub fn is_doc_name(doc: &str) -> bool {
    !doc.is_empty() && !is_own(doc) && !doc.contains(['/', '\\']) && doc != ".."
}

/// Whether `path` is a symbolic link (not followed).
fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether a name under the annotations folder is the tool's own (not a document's).
pub fn is_own(name: &str) -> bool {
    name.starts_with('.') || CORPUS_FOLDERS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_machine_copys_schema_line_climbs_one_folder_more() {
        let doc = "# yaml-language-server: $schema=../.schema/quotes.json\nstage: quotes\n";
        assert_eq!(machine_copy(doc), "# yaml-language-server: $schema=../../.schema/quotes.json\nstage: quotes\n");
        let corpus = "# yaml-language-server: $schema=.schema/claims.json\nstage: claims\n";
        assert_eq!(machine_copy(corpus), "# yaml-language-server: $schema=../.schema/claims.json\nstage: claims\n");
        for kept in ["# yaml-language-server: $schema=https://example.org/q.json\n", "# yaml-language-server: $schema=/abs/q.json\n", "stage: quotes\n"] {
            assert_eq!(machine_copy(kept), kept);
        }
    }
}
