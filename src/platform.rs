//! Operating-system specifics of the command line: the Windows console. (The desk's own, how
//! native file dialogs are run, live in `app::file_dialogs`.)

/// On Windows the release GUI binary has no console of its own; when it was started from a
/// terminal, attach to that terminal so the subcommands' output and errors are seen there.
/// Elsewhere this does nothing.
#[allow(unsafe_code)]
pub fn attach_parent_console() {
    #[cfg(windows)]
    // SAFETY: AttachConsole takes a process id and has no memory-safety preconditions; failure
    // (no parent console, e.g. started from Explorer) is expected and harmless.
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS);
    }
}
