//! Writing a file so that a crash, a full disk, a failed write or a shared folder never leaves it
//! half-written or writes somewhere else: a temporary file of our own, created exclusively beside
//! the real target (a symlink's target, not the link), flushed, given the old file's permissions,
//! then renamed over it, and the folder flushed too.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// What every temporary file of ours ends with.
const TEMP_SUFFIX: &str = ".tally-tmp";

/// A temporary file of ours older than this was left by a save that died: it is removed.
const STALE_AFTER: Duration = Duration::from_secs(3600);

/// Replaces `target` with `bytes` atomically.
pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with_hook(target, bytes, || Ok(()))
}

/// Like [`write`], with `before_rename` run between the flushed temp file and the rename. Tests
/// use it to stand for a crash or a failure at the worst moment.
pub fn write_with_hook(target: &Path, bytes: &[u8], before_rename: impl FnOnce() -> io::Result<()>) -> io::Result<()> {
    let real = real_target(target)?;
    let folder = match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = real.file_name().map_or_else(|| "tally".into(), |n| n.to_string_lossy().into_owned());
    let old_permissions = std::fs::metadata(&real).ok().map(|m| m.permissions());
    // Created with O_EXCL under a random name: no planted file or link can be written through, and
    // two saves never share a temporary file.
    let mut temp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(TEMP_SUFFIX).tempfile_in(&folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if let Some(permissions) = old_permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    // On failure the temporary file is dropped, and with it removed; the target is untouched.
    before_rename()?;
    temp.persist(&real).map_err(|e| e.error)?;
    sync_folder(&folder);
    remove_stale_temps(&folder, &name);
    Ok(())
}

/// The file to replace: `target`, or the file a symlink at `target` leads to (so the link stays a
/// link). An existing target that is not a regular file (a device, a folder) is refused.
fn real_target(target: &Path) -> io::Result<PathBuf> {
    let real = match std::fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => std::fs::canonicalize(target).or_else(|_| {
            // A dangling link: write where it points.
            std::fs::read_link(target).map(|to| target.parent().unwrap_or(Path::new(".")).join(to))
        })?,
        _ => target.to_owned(),
    };
    match std::fs::metadata(&real) {
        Ok(meta) if !meta.is_file() => {
            Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{} is not a regular file", real.display())))
        }
        _ => Ok(real),
    }
}

/// Flushes the folder's entry for the renamed file (Unix; elsewhere the rename is enough).
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        dir.sync_all().ok();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// Removes temporary files of ours for `name` that a save which died left behind.
fn remove_stale_temps(folder: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{name}.");
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if !(file.starts_with(&prefix) && file.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if stale {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temps(folder: &Path) -> Vec<String> {
        std::fs::read_dir(folder)
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(TEMP_SUFFIX))
            .collect()
    }

    #[test]
    fn failure_before_rename_keeps_the_old_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("review.ron");
        std::fs::write(&target, "old, good").expect("write");
        let crash = write_with_hook(&target, b"new", || Err(io::Error::other("power cut")));
        assert!(crash.is_err());
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old, good");
        assert!(temps(dir.path()).is_empty(), "no temp file left behind");
        write(&target, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
    }

    #[test]
    fn a_planted_temp_name_is_never_written_through() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("review.ron");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").expect("write");
        // The old fixed temp name, planted as a file (and, on Unix, as a link to the victim).
        std::fs::write(dir.path().join(".review.ron.tally-tmp"), "planted").expect("write");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&victim, dir.path().join(".review.ron.x.tally-tmp")).expect("link");
        write(&target, b"saved").expect("write");
        assert_eq!(std::fs::read_to_string(&victim).expect("read"), "precious");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "saved");
    }

    #[test]
    fn a_folder_or_device_is_not_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("review.ron");
        std::fs::create_dir(&folder).expect("mkdir");
        assert!(write(&folder, b"x").is_err());
        assert!(folder.is_dir());
        #[cfg(unix)]
        assert!(write(Path::new("/dev/null"), b"x").is_err(), "a device node is refused");
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_file_is_written_through_the_link_and_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.ron");
        std::fs::write(&real, "old").expect("write");
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        write(&link, b"new").expect("write");
        assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "still a link");
        assert_eq!(std::fs::read_to_string(&real).expect("read"), "new", "the real file written");
        let mode = std::fs::metadata(&real).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "permissions kept");
    }

    #[test]
    fn saves_to_one_file_at_once_each_use_their_own_temp_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("review.ron");
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let target = target.clone();
                std::thread::spawn(move || write(&target, format!("save {i}").repeat(10_000).as_bytes()))
            })
            .collect();
        for h in handles {
            assert!(h.join().expect("thread").is_ok());
        }
        // Whichever won, the file is one save whole, not a mix.
        let text = std::fs::read_to_string(&target).expect("read");
        let first = &text[..6];
        assert_eq!(text, first.repeat(10_000));
        assert!(temps(dir.path()).is_empty());
    }

    #[test]
    fn temp_files_a_dead_save_left_behind_are_cleaned_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("review.ron");
        let old = dir.path().join(".review.ron.dead01.tally-tmp");
        let fresh = dir.path().join(".review.ron.live01.tally-tmp");
        let other = dir.path().join(".notes.txt.dead02.tally-tmp");
        for f in [&old, &fresh, &other] {
            std::fs::write(f, "partial").expect("write");
        }
        let long_ago = SystemTime::now() - Duration::from_secs(2 * 3600);
        for f in [&old, &other] {
            std::fs::File::options().write(true).open(f).expect("open").set_modified(long_ago).expect("mtime");
        }
        write(&target, b"saved").expect("write");
        assert!(!old.exists(), "a dead save's temp file is removed");
        assert!(fresh.exists(), "one that may belong to a save under way is kept");
        assert!(other.exists(), "another file's temps are not ours to judge here");
    }
}
