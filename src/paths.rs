//! Paths as a project stores them: the corpus folder relative to the project file where possible
//! (so a project and its articles can move together), and each article's path inside it kept
//! exactly, even where a file name is not UTF-8.

use std::borrow::Cow;
use std::path::{Component, Path, PathBuf};

/// Marks a byte of a file name that is not UTF-8, followed by its two hex digits. No file name
/// holds a NUL, so no real name reads this way, and a stored path stays one UTF-8 string.
const RAW_BYTE: char = '\0';

/// One component of an article's path as stored: the name itself, or (Unix, a name that is not
/// UTF-8) its valid parts with each other byte written as NUL and two hex digits.
pub fn stored_component(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::fmt::Write as _;
        use std::os::unix::ffi::OsStrExt as _;
        let mut out = String::with_capacity(name.len());
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                out.push(RAW_BYTE);
                write!(out, "{byte:02x}").ok();
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

/// The file a stored `/`-separated article path names, relative to the corpus folder.
pub fn stored_to_path(stored: &str) -> PathBuf {
    #[cfg(unix)]
    if stored.contains(RAW_BYTE) {
        use std::os::unix::ffi::OsStringExt as _;
        let mut bytes = Vec::with_capacity(stored.len());
        let mut rest = stored;
        while let Some(at) = rest.find(RAW_BYTE) {
            bytes.extend_from_slice(&rest.as_bytes()[..at]);
            let hex = rest.get(at + 1..at + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(byte) => {
                    bytes.push(byte);
                    rest = &rest[at + 3..];
                }
                None => {
                    rest = &rest[at + 1..];
                }
            }
        }
        bytes.extend_from_slice(rest.as_bytes());
        return PathBuf::from(std::ffi::OsString::from_vec(bytes));
    }
    PathBuf::from(stored)
}

/// A stored article path as people read it: each byte that was not UTF-8 shown as �.
pub fn shown(stored: &str) -> Cow<'_, str> {
    if !stored.contains(RAW_BYTE) {
        return Cow::Borrowed(stored);
    }
    let mut out = String::with_capacity(stored.len());
    let mut rest = stored;
    while let Some(at) = rest.find(RAW_BYTE) {
        out.push_str(&rest[..at]);
        out.push('\u{FFFD}');
        rest = rest.get(at + 3..).unwrap_or("");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

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

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_stored_exactly_and_shown_readably() {
        use std::os::unix::ffi::OsStrExt as _;
        let raw = std::ffi::OsStr::from_bytes(b"caf\xe9 \xe2\x80\x94 \xff.txt");
        let stored = stored_component(raw);
        assert!(stored.is_char_boundary(stored.len()));
        assert_eq!(stored, "caf\u{0}e9 — \u{0}ff.txt");
        assert_eq!(stored_to_path(&format!("sub/{stored}")), Path::new("sub").join(raw));
        assert_eq!(shown(&stored), "caf\u{FFFD} — \u{FFFD}.txt");
        // Valid names are stored, read back and shown as they are.
        let plain = std::ffi::OsStr::new("été — 😀 שלום.txt");
        assert_eq!(stored_component(plain), "été — 😀 שלום.txt");
        assert_eq!(stored_to_path("été — 😀 שלום.txt"), Path::new("été — 😀 שלום.txt"));
        assert!(matches!(shown("été.txt"), Cow::Borrowed(_)));
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative_path(Path::new("/a/b/corpus"), Path::new("/a/b")).as_deref(), Some("corpus"));
        assert_eq!(relative_path(Path::new("/a/corpus"), Path::new("/a/b/c")).as_deref(), Some("../../corpus"));
        assert_eq!(relative_path(Path::new("/a/b"), Path::new("/a/b")).as_deref(), Some("."));
    }
}
