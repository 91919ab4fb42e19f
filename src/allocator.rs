//! The program's memory allocator (mimalloc, on Linux) and how it is tuned for each way the
//! program runs. `main.rs` and the benchmarks that model it install it; tests keep the system's.

/// The allocator `main.rs` installs: a claim is a dozen small strings, and reading, comparing and
/// listing an archive allocates and frees millions of them (20-25% faster than glibc's malloc).
#[cfg(target_os = "linux")]
pub use mimalloc::MiMalloc as Allocator;

/// How the program is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    /// The desk: open for hours.
    Desk,
    /// A subcommand: runs for seconds, then exits.
    Command,
}

/// Tunes the allocator for `run`; call it first thing in `main`, before any thread starts.
///
/// - Never transparent huge pages: asking the kernel for 2 MiB pages makes it compact memory on
///   the spot when free memory is fragmented (any machine that has been up a while), which cost
///   `tally check` on the 10,000-article archive 2 s of system time of its 4 s.
/// - A subcommand keeps the memory it frees for its next step, rather than hand it back to the
///   system 10 ms after the free (mimalloc's default) only to have the kernel zero fresh pages
///   for it a moment later. The desk keeps the default: it should give memory back.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub fn tune(run: Run) {
    use std::ffi::{c_int, c_long, c_ulong};
    unsafe extern "C" {
        fn mi_option_set(option: c_int, value: c_long);
        fn prctl(option: c_int, arg2: c_ulong, arg3: c_ulong, arg4: c_ulong, arg5: c_ulong) -> c_int;
    }
    /// `PR_SET_THP_DISABLE` in `<linux/prctl.h>`: no transparent huge pages for this process
    /// (mimalloc's own switch is read once, before `main`).
    const PR_SET_THP_DISABLE: c_int = 41;
    /// `mi_option_purge_delay`'s position in mimalloc 3's `mi_option_t`.
    const MI_OPTION_PURGE_DELAY: c_int = 15;
    TUNED.store(true, std::sync::atomic::Ordering::Relaxed);
    // SAFETY: prctl with PR_SET_THP_DISABLE only sets a flag on this process (failure, on a
    // kernel without it, leaves things as they were); mi_option_set only stores an option's
    // value, read by later purges, and the allocator is linked through the `mimalloc` crate.
    unsafe {
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
        if run == Run::Command {
            mi_option_set(MI_OPTION_PURGE_DELAY, -1);
        }
    }
}

/// Elsewhere the system's allocator runs untuned.
#[cfg(not(target_os = "linux"))]
pub fn tune(_run: Run) {}

/// Has [`tune`] run (is mimalloc the allocator in use)? Tests keep the system's allocator.
#[cfg(target_os = "linux")]
static TUNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Hands the memory freed so far back to the system now: call it when a large piece of work is
/// done and its intermediate results are dropped (a corpus opened, a comparison made, a save
/// written).
///
/// mimalloc returns freed pages some milliseconds after the free, but only from within a later
/// call to the allocator on a thread still running. A worker thread ends just after its work, and
/// an idle desk draws no frames, so without this the pages freed at the end of a job stayed
/// resident until the next key press or mouse move: 135 MB of the desk's 518 MB on the
/// 10,000-article archive, measured under X. The collection takes 2–6 ms there, once per
/// job.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub fn give_back() {
    unsafe extern "C" {
        fn mi_collect(force: bool);
    }
    if TUNED.load(std::sync::atomic::Ordering::Relaxed) {
        // SAFETY: mi_collect takes no pointers; it frees what mimalloc itself holds unused, and
        // the allocator in use is mimalloc (`tune` ran, and only main.rs and the benches call it
        // with `Allocator` installed).
        unsafe { mi_collect(true) };
    }
}

/// Elsewhere the system's allocator returns memory itself.
#[cfg(not(target_os = "linux"))]
pub fn give_back() {}
