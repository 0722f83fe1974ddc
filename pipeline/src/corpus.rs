//! The corpus: the seed files of a folder, in a fixed order.

use crate::diag::{Diagnostic, Kind};
use crate::file::{hash, Hash};
use crate::paths;
use std::fs;
use std::path::{Path, PathBuf};

/// A seed file.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The document's name: the file name without `.txt`.
    pub name: String,
    /// Where the seed is.
    pub path: PathBuf,
}

/// The seeds of a folder, sorted by name, and notes on what was passed over.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The documents.
    pub docs: Vec<Entry>,
    /// Files that are not seeds, each with why.
    pub notes: Vec<String>,
}

/// Lists the `.txt` files of `seeds`. Anything else is passed over with a note: other
/// files, folders, hidden files (editors' temporary files among them).
pub fn list(seeds: &Path) -> Result<Corpus, Diagnostic> {
    let shown = paths::display(seeds);
    let entries = fs::read_dir(seeds).map_err(|e| {
        Diagnostic::new(Kind::Io, &shown, format!("cannot list the seeds folder: {e}")).help("give the folder of .txt seeds with --seeds")
    })?;
    let mut corpus = Corpus::default();
    for entry in entries {
        let entry = entry.map_err(|e| Diagnostic::new(Kind::Io, &shown, format!("cannot list the seeds folder: {e}")))?;
        let path = entry.path();
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            corpus.notes.push(format!("ignoring {}: its name is not UTF-8", paths::display(&path)));
            continue;
        };
        // (a link is followed to see what it points at; the listing says what the rest are)
        let is_file = entry.file_type().is_ok_and(|t| t.is_file() || (t.is_symlink() && path.is_file()));
        match file_name.strip_suffix(".txt") {
            _ if file_name.starts_with('.') => corpus.notes.push(format!("ignoring {}: hidden file", paths::display(&path))),
            Some(name) if is_file && !name.is_empty() => corpus.docs.push(Entry { name: name.to_string(), path }),
            _ if !is_file => corpus.notes.push(format!("ignoring {}: not a file", paths::display(&path))),
            _ => corpus.notes.push(format!("ignoring {}: not a .txt file", paths::display(&path))),
        }
    }
    corpus.docs.sort_by(|a, b| a.name.cmp(&b.name));
    corpus.notes.sort();
    Ok(corpus)
}

/// A seed's text and the hash of its bytes. A seed that is not UTF-8 is refused with the
/// byte offset of its first bad sequence.
pub fn read(entry: &Entry) -> Result<(String, Hash), Diagnostic> {
    let shown = paths::display(&entry.path);
    let bytes = fs::read(&entry.path).map_err(|e| Diagnostic::new(Kind::Io, &shown, format!("cannot be read: {e}")))?;
    let seed_hash = hash(&bytes);
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        Diagnostic::new(Kind::BadSeed, &shown, format!("is not valid UTF-8: the first bad byte sequence is at byte offset {at} (line {line})"))
            .help("re-encode the file as UTF-8 (for example with iconv) and run again; its annotations were left as they were")
    })?;
    Ok((text, seed_hash))
}
