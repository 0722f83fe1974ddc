//! Annotation folders whose seed is gone: removed by `run` when the tool wrote all of
//! their files, kept and reported when a person edited one.

use crate::diag::{Diagnostic, Kind};
use crate::engine::Mode;
use crate::file;
use crate::layout::Layout;
use crate::paths;
use crate::report::Report;
use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

/// Finds the document folders of `layout` whose name is not in `names`; removes or
/// reports each. `files` are the per-document stages' files.
pub fn sweep(mode: Mode, layout: &Layout, names: &HashSet<&str>, files: &[&str], report: &mut Report) {
    for (name, dir) in layout.doc_dirs() {
        if names.contains(name.as_str()) {
            continue;
        }
        let shown = paths::display(&dir);
        let present: Vec<PathBuf> = files.iter().map(|f| layout.doc_file(&name, f)).filter(|p| p.exists()).collect();
        let edited = present.iter().any(|p| match file::read(p, "") {
            Ok(Some(stored)) => stored.body_hash() != stored.header.output,
            _ => true,
        });
        if mode != Mode::Run || edited {
            let why = if edited { "its seed is gone, and a person edited its annotations" } else { "its seed is gone" };
            let help = if edited {
                "restore the seed, or delete the folder once its edits are no longer wanted"
            } else {
                "run `pipeline run` to remove it, or restore the seed"
            };
            report.problems.push(Diagnostic::new(Kind::Orphan, format!("{shown}/"), why).help(help));
            continue;
        }
        for f in &present {
            if let Err(e) = fs::remove_file(f) {
                report.problems.push(Diagnostic::new(Kind::Io, paths::display(f), format!("cannot be removed: {e}")));
            }
        }
        let _ = fs::remove_dir(&dir);
        report.notes.push(format!("removed {shown}/: its seed is gone"));
    }
}
