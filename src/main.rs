//! The `zoho-org-viewer` binary: parse the command line, start logging, run the window or a
//! command.

// A release build opens no console window behind the app; the command line attaches to the
// terminal it was started from instead (see `cli::attach_parent_console`).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use zoho_org_viewer::cli;
use zoho_org_viewer::i18n::{self, Lang};

fn main() -> ExitCode {
    // Chosen once, before anything is printed (`--help` included), for every thread.
    i18n::set_process_language(Lang::from_system());
    let arguments = match cli::parse() {
        Ok(arguments) => arguments,
        Err(error) => {
            // Help, the version and usage mistakes are printed, so they need the terminal too.
            cli::attach_parent_console();
            error.exit()
        }
    };
    if arguments.needs_console() {
        cli::attach_parent_console();
    }
    cli::init_logging();
    // A bug stops a release build at once; leave a report the next start can point to.
    if let Ok(paths) = zoho_org_viewer::store::AppPaths::platform() {
        // The cache holds the org's contact details: folders an older version left open close.
        paths.make_private();
        zoho_org_viewer::crash::install_report(paths.data_dir);
    }
    cli::run(arguments)
}
