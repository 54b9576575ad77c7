//! Printing from a Windows release build, which is a GUI-subsystem program with no console.

/// Connects stdout and stderr to the terminal this program was started from, so the command
/// line's output is seen on Windows. Elsewhere, and when there is no such terminal (started
/// from Explorer) or the output is redirected to a file, it changes nothing.
pub fn attach_parent_console() {
    #[cfg(windows)]
    attach_on_windows();
}

/// The one unsafe call in the app. `AttachConsole` takes a plain integer and touches no memory
/// of ours; its only effect is on the process's console, and a failure (no parent console, or
/// one already attached as in a debug build) is harmless, so its result is ignored.
#[cfg(windows)]
#[expect(unsafe_code, reason = "AttachConsole: no pointers, see above")]
fn attach_on_windows() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: no pointers are passed; see above.
    let _attached = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}
