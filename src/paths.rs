//! Where a project's corpus folder is written: relative to the project file where possible, so a
//! project and its articles can move together.

use std::path::{Component, Path};

/// The corpus root as stored in a project at `project_path`: relative where possible.
pub fn stored_root(root: &Path, project_path: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
    let root = absolute(root);
    let base = absolute(project_path.parent().unwrap_or(Path::new(".")));
    relative_path(&root, &base).unwrap_or_else(|| root.to_string_lossy().replace('\\', "/"))
}

/// `target` relative to the folder `base`, `/`-separated; `None` across drives or roots.
pub fn relative_path(target: &Path, base: &Path) -> Option<String> {
    let t: Vec<Component> = target.components().filter(|c| *c != Component::CurDir).collect();
    let b: Vec<Component> = base.components().filter(|c| *c != Component::CurDir).collect();
    if t.first() != b.first() {
        return None;
    }
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_owned(), b.len() - common).collect();
    parts.extend(t[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    Some(if parts.is_empty() { ".".to_owned() } else { parts.join("/") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(relative_path(Path::new("/a/b/corpus"), Path::new("/a/b")).as_deref(), Some("corpus"));
        assert_eq!(relative_path(Path::new("/a/corpus"), Path::new("/a/b/c")).as_deref(), Some("../../corpus"));
        assert_eq!(relative_path(Path::new("/a/b"), Path::new("/a/b")).as_deref(), Some("."));
    }
}
