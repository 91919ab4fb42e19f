//! Writing a file so that a crash, a full disk or a failed write never leaves it half-written:
//! write a temporary file beside it, flush it to disk, then rename it over the target.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The temporary file used while `target` is being written.
pub fn temp_path(target: &Path) -> PathBuf {
    let name = target.file_name().map_or_else(|| "tally".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.tally-tmp"))
}

/// Replaces `target` with `bytes` atomically.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with_hook(target, bytes, || Ok(()))
}

/// Like [`write`], with `before_rename` run between the flushed temp file and the rename. Tests
/// use it to stand for a crash or a failure at the worst moment.
pub fn write_with_hook(target: &Path, bytes: &[u8], before_rename: impl FnOnce() -> io::Result<()>) -> io::Result<()> {
    let temp = temp_path(target);
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        before_rename()?;
        std::fs::rename(&temp, target)
    })();
    if result.is_err() {
        // The temp file is garbage now; the target was never touched.
        std::fs::remove_file(&temp).ok();
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_before_rename_keeps_the_old_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("review.ron");
        std::fs::write(&target, "old, good").expect("write");
        let crash = write_with_hook(&target, b"new", || Err(io::Error::other("power cut")));
        assert!(crash.is_err());
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old, good");
        assert!(!temp_path(&target).exists(), "no temp file left behind");
        write(&target, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
    }
}
