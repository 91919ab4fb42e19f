//! The one place for operating-system specifics: the Windows console, and how native file
//! dialogs are run (off the UI thread where the OS allows it).

use std::path::PathBuf;
use std::sync::mpsc;

/// On Windows the release GUI binary has no console of its own; when it was started from a
/// terminal, attach to that terminal so the subcommands' output and errors are seen there.
/// Elsewhere this does nothing.
pub fn attach_parent_console() {
    #[cfg(windows)]
    // SAFETY: AttachConsole takes a process id and has no memory-safety preconditions; failure
    // (no parent console, e.g. started from Explorer) is expected and harmless.
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS);
    }
}

/// Can a native file dialog be shown here? On Linux rfd needs the desktop portal (over the
/// session bus) or zenity; without either it returns "cancelled" at once, so the app offers a
/// path field instead.
pub fn native_dialogs_available() -> bool {
    if cfg!(target_os = "linux") || cfg!(target_os = "freebsd") {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
        let zenity = std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join("zenity").is_file()));
        bus || zenity
    } else {
        true
    }
}

/// What a file dialog is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    PickFolder,
    PickFile,
    SaveFile,
}

/// Shows a native dialog and delivers its answer on the returned channel. The UI never waits
/// on it: on Linux and Windows it runs on a worker thread; macOS requires dialogs on the main
/// thread, where rfd runs it as a modal sheet.
pub fn run_file_dialog(dialog: rfd::FileDialog, kind: DialogKind) -> mpsc::Receiver<Option<PathBuf>> {
    let (tx, rx) = mpsc::channel();
    let show = move || {
        let answer = match kind {
            DialogKind::PickFolder => dialog.pick_folder(),
            DialogKind::PickFile => dialog.pick_file(),
            DialogKind::SaveFile => dialog.save_file(),
        };
        tx.send(answer).ok();
    };
    if cfg!(target_os = "macos") {
        show();
    } else {
        // No thread, no dialog: `tx` is dropped, the receiver reports a cancel, and the app offers a
        // path field.
        std::thread::Builder::new().name("file-dialog".into()).spawn(show).ok();
    }
    rx
}
