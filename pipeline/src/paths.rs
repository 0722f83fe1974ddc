//! Paths as the tool records and prints them: relative, with `/`, never absolute.

use std::path::{Component, Path, PathBuf};

/// `path` relative to the current directory (lexically, with `..` where needed), with
/// `/` separators, so that what the tool records is the same on every machine.
pub fn display(path: &Path) -> String {
    let relative = if path.is_absolute() {
        std::env::current_dir().ok().and_then(|cwd| relative_to(path, &cwd)).unwrap_or_else(|| path.to_path_buf())
    } else {
        path.to_path_buf()
    };
    let mut parts = Vec::new();
    for component in relative.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if parts.last().is_some_and(|p| p != "..") => {
                parts.pop();
            }
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

fn relative_to(path: &Path, base: &Path) -> Option<PathBuf> {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &path[common..] {
        out.push(c.as_os_str());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_kept_and_tidied() {
        assert_eq!(display(Path::new("./seeds/a.txt")), "seeds/a.txt");
        assert_eq!(display(Path::new("seeds/../seeds/a.txt")), "seeds/a.txt");
        assert_eq!(display(Path::new("../shared/seeds")), "../shared/seeds");
    }

    #[test]
    fn absolute_paths_become_relative_to_the_current_directory() {
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(display(&cwd.join("seeds/a.txt")), "seeds/a.txt");
        let parent = cwd.parent().unwrap().join("elsewhere/x.txt");
        assert_eq!(display(&parent), "../elsewhere/x.txt");
    }
}
