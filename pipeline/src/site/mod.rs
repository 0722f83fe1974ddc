//! `pipeline report`: a static HTML site of a corpus's annotations.
//!
//! The site opens from the file system (no server, no script, no network): an index
//! with the attribution disagreements first, then the documents, people and claims; a
//! page per document with every attribution highlighted in its speaker's colour and its
//! cue underlined; a page per claim with its members side by side and their word-level
//! differences marked; a page per speaker with everything attributed to them.
//!
//! One concern a file: [`load`] reads and checks the annotations, [`model`] derives the
//! people and disagreements, [`marks`] nests overlapping highlights into well-formed
//! HTML, [`worddiff`] compares wordings, [`colour`] gives each speaker a colour,
//! [`html`] escapes and links, and [`index`], [`document`], [`claim`] and [`person`]
//! make the pages. The same annotations give the same bytes; the site is written into
//! a temporary folder beside the output and renamed into place.

pub mod claim;
pub mod colour;
pub mod document;
pub mod html;
pub mod index;
pub mod load;
pub mod marks;
pub mod model;
pub mod person;
pub mod widgets;
pub mod worddiff;

use crate::diag::{Diagnostic, Kind};
use crate::paths;
use crate::output::count;
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The stylesheet every page links.
pub const STYLE: &str = include_str!("style.css");

/// The file that marks a folder as a report this command wrote. Only such a folder, or
/// an empty one, is ever replaced: `--out .` must not wipe a project.
pub const MARKER: &str = ".pipeline-report";

/// The arguments of `pipeline report`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The folder to write the site into, replaced as a whole [default: `report/`
    /// beside the annotations folder]. Never inside the annotations or seeds.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The folder of .txt seeds [default: the project's seeds/].
    #[arg(long)]
    pub seeds: Option<PathBuf>,
    /// The folder of annotations [default: the project's annotations/].
    #[arg(long)]
    pub annotations: Option<PathBuf>,
}

/// What a report run wrote.
#[derive(Debug)]
pub struct Summary {
    /// The site's folder.
    pub out: PathBuf,
    /// How many documents, speakers, claims and disagreements it shows.
    pub documents: usize,
    /// Speakers merged across documents.
    pub people: usize,
    /// Claims.
    pub claims: usize,
    /// Claims whose documents disagree on the speaker.
    pub disagreements: usize,
    /// Files written.
    pub files: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let out = paths::display(&self.out);
        write!(
            f,
            "report: {}, {}, {} ({}): {} in {out}; open {}",
            count(self.documents, "document"),
            count(self.people, "speaker"),
            count(self.claims, "claim"),
            count(self.disagreements, "disagreement"),
            count(self.files, "file"),
            paths::display(&self.out.join(html::path::INDEX)),
        )
    }
}

/// Runs `pipeline report`.
pub fn run(args: &Args) -> Result<Summary, Diagnostic> {
    let (seeds, annotations) = crate::root::folders(args.seeds.clone(), args.annotations.clone());
    let out = args.out.clone().unwrap_or_else(|| default_out(&annotations));
    refuse_inside(&out, &annotations, "annotations")?;
    refuse_inside(&out, &seeds, "seeds")?;
    let corpus = load::load(&seeds, &annotations)?;
    let site = build(&corpus);
    write(&site, &out)?;
    Ok(Summary {
        out,
        documents: corpus.docs.len(),
        people: model::people(&corpus).len(),
        claims: corpus.claims.claims.len(),
        disagreements: corpus.claims.claims.iter().filter(|c| model::disagrees(c)).count(),
        files: site.len(),
    })
}

/// `report/` beside the annotations folder (in the project, `annotations/../report`).
pub fn default_out(annotations: &Path) -> PathBuf {
    annotations.parent().unwrap_or(Path::new("")).join("report")
}

/// Every file of the site: its path (relative, `/`-separated) → its bytes.
pub fn build(corpus: &load::Corpus) -> BTreeMap<String, String> {
    let people = model::people(corpus);
    let claims_of = model::claims_of_quotes(corpus);
    let mut site = BTreeMap::new();
    site.insert(html::path::STYLE.to_string(), STYLE.to_string());
    site.insert(html::path::INDEX.to_string(), index::page(corpus, &people));
    for doc in &corpus.docs {
        let at = html::path::doc(&doc.name);
        let page = document::page(&at, doc, &people, &claims_of);
        site.insert(at, page);
    }
    for c in &corpus.claims.claims {
        let at = html::path::claim(&c.id);
        let page = claim::page(&at, c, corpus, &people);
        site.insert(at, page);
    }
    for p in people.values() {
        let at = html::path::person(p.id);
        let page = person::page(&at, p, corpus, &people);
        site.insert(at, page);
    }
    site
}

/// `path` made absolute with its links resolved, as far as it exists (the rest appended
/// as given), so that two spellings of one folder compare equal.
fn resolved(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            return rest.iter().rev().fold(canonical, |acc: PathBuf, part| acc.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

fn refuse_inside(out: &Path, folder: &Path, what: &str) -> Result<(), Diagnostic> {
    if resolved(out).starts_with(resolved(folder)) {
        return Err(Diagnostic::new(Kind::Usage, paths::display(out), format!("is inside the {what} folder {}: the report is never written there", paths::display(folder)))
            .help("give another folder with --out (the default is report/ beside the annotations)"));
    }
    Ok(())
}

fn io(path: &Path, doing: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::new(Kind::Io, paths::display(path), format!("cannot {doing}: {e}")).help("check that the folder is writable, or give another with --out")
}

/// Writes `site` into `out`, replacing a report written there before: into a temporary
/// folder beside it first, then renamed into place, so a killed run leaves the old
/// report or the new one. A folder that is neither empty nor a report is refused.
pub fn write(site: &BTreeMap<String, String>, out: &Path) -> Result<(), Diagnostic> {
    let shown = paths::display(out);
    if out.is_symlink() {
        return Err(Diagnostic::new(Kind::Usage, &shown, "is a symbolic link; the report is never written through a link").help("give the real folder with --out"));
    }
    let exists = out.exists();
    if exists {
        if !out.is_dir() {
            return Err(Diagnostic::new(Kind::Usage, &shown, "exists and is not a folder").help("give a folder with --out"));
        }
        let empty = fs::read_dir(out).map_err(|e| io(out, "read the folder", e))?.next().is_none();
        if !empty && !out.join(MARKER).is_file() {
            return Err(Diagnostic::new(Kind::Usage, &shown, format!("exists and is not a report written by `pipeline report` (it has no {MARKER} file), so it is not replaced"))
                .help("give a new or empty folder with --out, or remove this one"));
        }
    }
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).filter(|n| n != "..").ok_or_else(|| {
        Diagnostic::new(Kind::Usage, &shown, "does not name a folder").help("give a folder with --out, e.g. --out report")
    })?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| io(&parent, "create the folder", e))?;
    remove_leftovers(&parent, &name);
    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.{pid}.tmp"));
    let old = parent.join(format!(".{name}.{pid}.old"));
    let written = (|| {
        let _ = fs::remove_dir_all(&tmp);
        for (rel, text) in site {
            let path = tmp.join(rel);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| io(dir, "create the folder", e))?;
            }
            fs::write(&path, text).map_err(|e| io(&path, "write the file", e))?;
        }
        fs::write(tmp.join(MARKER), "Written by `pipeline report`; this folder is replaced as a whole by the next report.\n").map_err(|e| io(&tmp, "write the file", e))?;
        if exists {
            fs::rename(out, &old).map_err(|e| io(out, "move the old report aside", e))?;
        }
        fs::rename(&tmp, out).map_err(|e| {
            if exists {
                let _ = fs::rename(&old, out);
            }
            io(out, "move the new report into place", e)
        })?;
        if exists {
            let _ = fs::remove_dir_all(&old);
        }
        Ok(())
    })();
    if written.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    written
}

/// Removes what a killed report run left beside `out` (`.<name>.<pid>.tmp` and `.old`
/// folders), only when they carry the report's marker or are partial temporary folders
/// of this name.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else { continue };
        let Some((pid, suffix)) = rest.rsplit_once('.') else { continue };
        let ours = !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) && (suffix == "tmp" || suffix == "old");
        if ours && entry.file_type().is_ok_and(|t| t.is_dir()) && !entry.file_type().is_ok_and(|t| t.is_symlink()) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
