//! Annotation folders whose seed is gone: reported and kept, so that a wrong `--seeds`
//! never deletes committed work; removed by `run --prune` when the tool wrote all of
//! their files, and kept even then when a person edited one.

use crate::diag::{Diagnostic, Kind};
use crate::file;
use crate::layout::Layout;
use crate::paths;
use crate::report::Report;
use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

/// Finds the document folders of `layout` whose name is not in `names`; removes (when
/// `prune`) or reports each. `files` are the per-document stages' files.
pub fn sweep(prune: bool, layout: &Layout, names: &HashSet<&str>, files: &[&str], report: &mut Report) {
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
        if !prune || edited {
            let why = if edited { "its seed is gone, and a person edited its annotations" } else { "its seed is gone" };
            let help = if edited {
                "restore the seed, or delete the folder once its edits are no longer wanted"
            } else {
                "restore the seed, or run `pipeline run --prune` to remove the folder"
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
