//! The one place for operating-system specifics.

/// On Windows the release GUI binary has no console of its own; when it was started from a
/// terminal, attach to that terminal so the subcommands' output and errors are seen there.
/// Elsewhere this does nothing.
pub fn attach_parent_console() {
    #[cfg(windows)]
    // SAFETY: AttachConsole takes a process id and has no memory-safety preconditions; failure
    // (no parent console, e.g. started from Explorer) is expected and harmless.
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(
            windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS,
        );
    }
}
