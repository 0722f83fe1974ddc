//! Where `pipeline diff` reads annotations from: a folder (the working tree's
//! annotations, or any other), or a git revision, read with `git` run as a process
//! (`git ls-tree`, `git show REV:path`), so nothing is ever checked out over the working
//! tree.

use crate::diag::{Diagnostic, Kind};
use crate::file;
use crate::graph::files;
use crate::layout::{self, Layout};
use crate::paths;
use serde::de::DeserializeOwned;
use stages::contract::{Claims, Quotes, Segments, Speakers};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One side of a diff: where its annotations come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A folder of annotations, as it stands on disk.
    Folder(PathBuf),
    /// The annotations folder `dir` (a path in the working tree) as it was at revision
    /// `rev`.
    Revision {
        /// Anything `git rev-parse` takes: `HEAD`, `main`, `HEAD~2`, a hash.
        rev: String,
        /// The annotations folder in the working tree; the revision's files are those
        /// at the same place in the repository.
        dir: PathBuf,
    },
}

impl Source {
    /// A command-line argument: a folder when it names one, a git revision otherwise
    /// (read at `annotations`).
    pub fn from_arg(arg: &str, annotations: &Path) -> Source {
        if Path::new(arg).is_dir() {
            Source::Folder(PathBuf::from(arg))
        } else {
            Source::Revision { rev: arg.to_string(), dir: annotations.to_path_buf() }
        }
    }

    /// How the side is named in the output.
    pub fn label(&self) -> String {
        match self {
            Source::Folder(dir) => paths::display(dir),
            Source::Revision { rev, .. } => rev.clone(),
        }
    }
}

/// What one side holds: per document its paragraphs, quotes and speakers, and the claims.
#[derive(Debug, Default)]
pub struct Side {
    /// Per document (folder name), its files; a file absent on this side is `None`.
    pub docs: BTreeMap<String, Doc>,
    /// The claims (every shard's, or an earlier version's `claims.yaml`), when there are any.
    pub claims: Option<Claims>,
}

/// One document's files on one side.
#[derive(Debug, Default)]
pub struct Doc {
    /// `segments.yaml`.
    pub segments: Option<Segments>,
    /// `quotes.yaml`.
    pub quotes: Option<Quotes>,
    /// `speakers.yaml`.
    pub speakers: Option<Speakers>,
}

/// Reads a side.
pub fn read(source: &Source) -> Result<Side, Diagnostic> {
    match source {
        Source::Folder(dir) => read_folder(dir),
        Source::Revision { rev, dir } => read_revision(rev, dir),
    }
}

fn read_folder(dir: &Path) -> Result<Side, Diagnostic> {
    if !dir.is_dir() {
        return Err(Diagnostic::new(Kind::Missing, paths::display(dir), "is not a folder of annotations")
            .help("give an annotations folder (`--annotations DIR`) or two folders or git revisions to compare"));
    }
    let layout = Layout::new(dir);
    let mut side = Side::default();
    for (doc, _) in layout.doc_dirs() {
        let segments = load_file(&layout.doc_file(&doc, files::SEGMENTS))?;
        let quotes = load_file(&layout.doc_file(&doc, files::QUOTES))?;
        let speakers = load_file(&layout.doc_file(&doc, files::SPEAKERS))?;
        if segments.is_some() || quotes.is_some() || speakers.is_some() {
            side.docs.insert(doc, Doc { segments, quotes, speakers });
        }
    }
    side.claims = crate::shards::claims(&layout)?.map(|(c, _)| c);
    Ok(side)
}

fn load_file<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, Diagnostic> {
    let shown = paths::display(path);
    match file::read(path, &shown)? {
        None => Ok(None),
        Some(stored) => stored.parse(&shown).map(Some),
    }
}

fn parse_text<T: DeserializeOwned>(text: String, shown: &str) -> Result<T, Diagnostic> {
    file::parse_stored(text, shown)?.parse(shown)
}

/// Runs `git` in `dir` and returns its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Diagnostic> {
    let shown = paths::display(dir);
    let out = Command::new("git").arg("-C").arg(dir).args(args).output().map_err(|e| {
        Diagnostic::new(Kind::Io, &shown, format!("cannot run git: {e}"))
            .help("install git to compare revisions, or compare two folders: `pipeline diff OLD_DIR NEW_DIR`")
    })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("failed").trim().to_string();
        return Err(Diagnostic::new(Kind::Usage, shown, format!("git {}: {first}", args.join(" "))));
    }
    Ok(out.stdout)
}

fn read_revision(rev: &str, dir: &Path) -> Result<Side, Diagnostic> {
    let shown = paths::display(dir);
    if !dir.is_dir() {
        return Err(Diagnostic::new(Kind::Missing, &shown, "is not a folder in the working tree")
            .help("run `pipeline diff` where the annotations folder is, or name it with `--annotations DIR`"));
    }
    if rev.starts_with('-') {
        return Err(Diagnostic::new(Kind::Usage, &shown, format!("`{rev}` is neither a folder nor a git revision")));
    }
    let commit = format!("{rev}^{{commit}}");
    if git(dir, &["rev-parse", "--verify", "--quiet", &commit]).is_err() {
        return Err(Diagnostic::new(Kind::Usage, &shown, format!("`{rev}` is neither a folder nor a git revision of this repository"))
            .help("give a revision (`HEAD`, `main`, `HEAD~1`, a commit hash) or an existing folder of annotations"));
    }
    // names relative to `dir`, as the revision has them
    let listing = git(dir, &["ls-tree", "-r", "-z", "--name-only", rev, "--", "."])?;
    let mut side = Side::default();
    // the claims: the shards when the revision has them, else the earlier single file
    let mut shards: Vec<Claims> = Vec::new();
    let mut single: Option<Claims> = None;
    for name in listing.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        let name = String::from_utf8_lossy(name).into_owned();
        let parts: Vec<&str> = name.split('/').collect();
        let shown_file = format!("{rev}:{}", paths::display(&dir.join(&name)));
        let show = || -> Result<String, Diagnostic> {
            let bytes = git(dir, &["show", &format!("{rev}:./{name}")])?;
            String::from_utf8(bytes).map_err(|_| Diagnostic::new(Kind::Invalid, &shown_file, "is not UTF-8"))
        };
        match parts.as_slice() {
            [file] if *file == layout::file_name(files::CLAIMS) => single = Some(parse_text(show()?, &shown_file)?),
            [dir, file] if *dir == files::CLAIMS && file.ends_with(".yaml") && !file.starts_with('.') => shards.push(parse_text(show()?, &shown_file)?),
            [doc, file] if layout::is_doc_name(doc) => {
                if *file == layout::file_name(files::SEGMENTS) {
                    side.docs.entry(doc.to_string()).or_default().segments = Some(parse_text(show()?, &shown_file)?);
                } else if *file == layout::file_name(files::QUOTES) {
                    side.docs.entry(doc.to_string()).or_default().quotes = Some(parse_text(show()?, &shown_file)?);
                } else if *file == layout::file_name(files::SPEAKERS) {
                    side.docs.entry(doc.to_string()).or_default().speakers = Some(parse_text(show()?, &shown_file)?);
                }
            }
            _ => {}
        }
    }
    side.claims = if shards.is_empty() { single } else { Some(crate::graph::claims::join(shards)) };
    Ok(side)
}
