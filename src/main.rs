//! The `zoho-org-viewer` binary (temporary entry point until the command line lands).

use std::process::ExitCode;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    let Ok(paths) = zoho_org_viewer::store::AppPaths::platform() else {
        return ExitCode::FAILURE;
    };
    let mut config = zoho_org_viewer::worker::WorkerConfig::from_environment(paths, None, None);
    config.start_in_demo = std::env::args().any(|arg| arg == "demo");
    match zoho_org_viewer::ui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
