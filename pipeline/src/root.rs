//! Finding the project from any folder inside it, as cargo and git do.
//!
//! The project root is the nearest folder, from the working directory upward, that holds
//! a `pipeline.toml` file, or both a `seeds/` and an `annotations/` folder. The working
//! directory itself also counts when it holds only `seeds/` (a project before its first
//! `run`). The root is returned relative to the working directory (`""`, `..`,
//! `../..`), so the paths the tool prints stay relative and short, as git prints them.

use std::path::{Path, PathBuf};

/// The file that marks a project root explicitly (its content is not read yet).
pub const MARKER: &str = "pipeline.toml";

/// The project root seen from `cwd`, relative to it (empty for `cwd` itself); `None`
/// when no folder from `cwd` upward looks like a project.
pub fn find(cwd: &Path) -> Option<PathBuf> {
    for (depth, dir) in cwd.ancestors().enumerate() {
        let has = |name: &str| dir.join(name).is_dir();
        let marked = dir.join(MARKER).is_file();
        if marked || (has("seeds") && has("annotations")) || (depth == 0 && has("seeds")) {
            return Some((0..depth).map(|_| "..").collect());
        }
    }
    None
}

/// The seeds and annotations folders to use: each as given on the command line
/// (relative to the working directory, as typed), or else the project's, found from
/// the working directory; `seeds` and `annotations` when there is no project.
pub fn folders(seeds: Option<PathBuf>, annotations: Option<PathBuf>) -> (PathBuf, PathBuf) {
    let root = || std::env::current_dir().ok().and_then(|cwd| find(&cwd)).unwrap_or_default();
    match (seeds, annotations) {
        (Some(s), Some(a)) => (s, a),
        (s, a) => {
            let root = root();
            (s.unwrap_or_else(|| root.join("seeds")), a.unwrap_or_else(|| root.join("annotations")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn the_root_is_found_from_a_subfolder_as_a_relative_path() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("seeds")).unwrap();
        fs::create_dir_all(dir.path().join("annotations/doc/.machine")).unwrap();
        assert_eq!(find(dir.path()), Some(PathBuf::new()));
        assert_eq!(find(&dir.path().join("annotations/doc/.machine")), Some(PathBuf::from("../../..")));
        assert_eq!(find(&dir.path().join("seeds")), Some(PathBuf::from("..")));
    }

    #[test]
    fn a_marker_file_makes_a_root_and_seeds_alone_counts_only_where_you_are() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("a/seeds")).unwrap();
        fs::create_dir_all(dir.path().join("a/b/c")).unwrap();
        // a project before its first run: only from its own folder
        assert_eq!(find(&dir.path().join("a")), Some(PathBuf::new()));
        fs::write(dir.path().join("a/b/pipeline.toml"), "").unwrap();
        assert_eq!(find(&dir.path().join("a/b/c")), Some(PathBuf::from("..")));
    }
}
