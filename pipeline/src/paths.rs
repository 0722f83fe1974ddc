//! Paths as the tool records and prints them: relative, with `/`, never absolute.

use std::path::{Component, Path, PathBuf};

/// `path` relative to the current directory (lexically, with `..` where needed), with
/// `/` separators, so that what the tool records is the same on every machine. An
/// absolute path that shares nothing but the filesystem root with the current directory
/// stays absolute, as the user typed it (`/data/seeds`, not `../../../data/seeds`).
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
            Component::ParentDir if parts.last().is_some_and(|p: &String| p != ".." && !p.is_empty()) => {
                parts.pop();
            }
            Component::ParentDir if parts.last().is_some_and(String::is_empty) => {}
            // joined with `/`, an empty first part gives the leading `/`
            Component::RootDir => parts.push(String::new()),
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    if parts == [""] {
        "/".to_string()
    } else if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// `path` as the tool records it in files: relative to `base` (the project: the folder
/// that holds the annotations folder), lexically, with `/`. The same bytes whatever the
/// working directory, and never absolute while both can be related.
pub fn relative(path: &Path, base: &Path) -> String {
    let absolute = |p: &Path| if p.is_absolute() { Some(p.to_path_buf()) } else { std::env::current_dir().ok().map(|c| c.join(p)) };
    let lexical = |p: &Path, b: &Path| {
        let (p, b) = (normalize(p), normalize(b));
        let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
        // climbing out of `base` through `..` needs the names of the folders above
        (!b[common..].iter().any(|c| c == "..")).then(|| {
            let mut parts: Vec<String> = vec!["..".to_string(); b.len() - common];
            parts.extend(p[common..].iter().cloned());
            if parts.is_empty() {
                ".".to_string()
            } else {
                parts.join("/")
            }
        })
    };
    if path.is_absolute() == base.is_absolute() {
        if let Some(rel) = lexical(path, base) {
            return rel;
        }
    }
    match (absolute(path), absolute(base)) {
        (Some(p), Some(b)) => lexical(&p, &b).unwrap_or_else(|| display(path)),
        _ => normalize(path).join("/"),
    }
}

/// The parts of `path` with `.` dropped and `..` applied where it can be.
fn normalize(path: &Path) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if parts.last().is_some_and(|p: &String| p != ".." && !p.is_empty()) => {
                parts.pop();
            }
            Component::RootDir => parts.push(String::new()),
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    parts
}

fn relative_to(path: &Path, base: &Path) -> Option<PathBuf> {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    // sharing only the filesystem root: `../../../x` says less than `/x`, as typed
    if !path[..common].iter().any(|c| matches!(c, Component::Normal(_))) {
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
    fn recorded_paths_are_relative_to_the_project_whatever_the_working_directory() {
        assert_eq!(relative(Path::new("seeds/a.txt"), Path::new("")), "seeds/a.txt");
        assert_eq!(relative(Path::new("./seeds/a.txt"), Path::new(".")), "seeds/a.txt");
        assert_eq!(relative(Path::new("/work/corpus/seeds/a.txt"), Path::new("/work/corpus")), "seeds/a.txt");
        assert_eq!(relative(Path::new("../shared/eval/x.txt"), Path::new("target/eval")), "../../../shared/eval/x.txt");
        assert_eq!(relative(Path::new("/data/seeds"), Path::new("/work/corpus/")), "../../data/seeds");
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(relative(&cwd.join("seeds/a.txt"), Path::new("")), "seeds/a.txt");
        assert_eq!(relative(Path::new("seeds/a.txt"), &cwd), "seeds/a.txt");
    }

    #[test]
    fn absolute_paths_become_relative_to_the_current_directory() {
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(display(&cwd.join("seeds/a.txt")), "seeds/a.txt");
        let parent = cwd.parent().unwrap().join("elsewhere/x.txt");
        assert_eq!(display(&parent), "../elsewhere/x.txt");
    }

    #[cfg(unix)]
    #[test]
    fn an_absolute_path_outside_the_working_tree_stays_as_typed() {
        let cwd = std::env::current_dir().unwrap();
        let top = cwd.components().nth(1).unwrap().as_os_str().to_string_lossy().into_owned();
        let elsewhere = format!("/not-{top}/seeds");
        assert_eq!(display(Path::new(&elsewhere)), elsewhere);
    }
}
