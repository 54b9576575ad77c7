//! Logging to stderr, as `RUST_LOG` asks (default `warn`), with the HTTP and TLS stack capped
//! so that no level can make it print what travels over the wire.

use std::io::IsTerminal;

use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Crates that could log request or connection data at their most detailed levels, and the most
/// detail they may log whatever `RUST_LOG` says.
///
/// Why each is capped (checked against the versions in Cargo.lock):
/// * `reqwest`: with `connection_verbose` it logs every byte read and written at trace level
///   (target `reqwest::connect::verbose`), which would be the `Authorization` header and token
///   bodies. The app does not turn it on; the cap keeps it harmless if anyone ever does.
/// * `hyper`, `hyper_util`, `h2`, `tower`, `axum`, `rustls`, `tokio_rustls`, `hyper_rustls`:
///   today they log connection events and host names but leave header values and bodies out
///   (h2's frame `Debug` omits them on purpose; hyper's own tracing needs a build flag). Capping
///   them keeps it that way across upgrades, and their debug output helps no one here.
/// * `zbus`, `secret_service`, `keyring`, `keyring_core`: the keychain path, where the session
///   (with the refresh token) is written; their trace output describes D-Bus messages.
const CAPPED_CRATES: [&str; 14] = [
    "reqwest",
    "hyper",
    "hyper_util",
    "h2",
    "tower",
    "tower_http",
    "axum",
    "rustls",
    "tokio_rustls",
    "hyper_rustls",
    "zbus",
    "secret_service",
    "keyring",
    "keyring_core",
];

/// The most detail a capped crate may log.
const CAP: LevelFilter = LevelFilter::INFO;

/// The filter applied after `RUST_LOG`: everything passes except the capped crates' detail.
pub(crate) fn wire_cap() -> Targets {
    CAPPED_CRATES.iter().fold(
        Targets::new().with_default(LevelFilter::TRACE),
        |targets, name| targets.with_target(*name, CAP),
    )
}

/// The detail `RUST_LOG` asks for (`warn`, `zoho_org_viewer=debug,info`, …); unset or unreadable
/// means `warn`. `tracing-subscriber`'s `Targets` reads the common form without pulling in a
/// regular-expression engine, which span filters (not needed here) would.
fn requested_detail(rust_log: Option<&str>) -> Targets {
    let default = || Targets::new().with_default(LevelFilter::WARN);
    match rust_log.map(str::trim).filter(|value| !value.is_empty()) {
        None => default(),
        Some(value) => {
            value
                .parse()
                .unwrap_or_else(|error: tracing_subscriber::filter::ParseError| {
                    eprintln!(
                        "{}",
                        crate::i18n::t::cli_log_setting_unreadable(error.to_string())
                    );
                    default()
                })
        }
    }
}

/// Starts logging to stderr. `RUST_LOG` picks the detail (default `warn`); an unreadable
/// `RUST_LOG` falls back to the default for the parts it cannot read. Safe to call twice: the
/// second call changes nothing.
pub fn init_logging() {
    let from_environment = requested_detail(std::env::var("RUST_LOG").ok().as_deref());
    let output = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    // Both filters must let an event through: RUST_LOG cannot lift the cap.
    let started = tracing_subscriber::registry()
        .with(wire_cap())
        .with(from_environment)
        .with(output)
        .try_init();
    if started.is_err() {
        tracing::debug!("logging was already started");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing::Level;

    #[test]
    fn the_wire_crates_are_capped_and_everything_else_passes() {
        let cap = wire_cap();
        assert!(!cap.would_enable("reqwest::connect::verbose", &Level::TRACE));
        assert!(!cap.would_enable("h2::codec", &Level::DEBUG));
        assert!(!cap.would_enable("hyper_util::client::legacy", &Level::TRACE));
        assert!(cap.would_enable("reqwest::connect", &Level::INFO));
        assert!(cap.would_enable("zoho_org_viewer::zoho::session", &Level::TRACE));
        assert!(cap.would_enable("webbrowser", &Level::DEBUG));
    }

    #[test]
    fn rust_log_is_read_with_a_warn_default() {
        assert!(!requested_detail(None).would_enable("zoho_org_viewer", &Level::INFO));
        assert!(requested_detail(None).would_enable("zoho_org_viewer", &Level::WARN));
        let asked = requested_detail(Some("zoho_org_viewer=debug,info"));
        assert!(asked.would_enable("zoho_org_viewer::worker", &Level::DEBUG));
        assert!(asked.would_enable("reqwest", &Level::INFO));
        assert!(!asked.would_enable("reqwest", &Level::DEBUG));
        assert!(requested_detail(Some("trace")).would_enable("anything", &Level::TRACE));
        assert!(!requested_detail(Some("[{bad")).would_enable("x", &Level::INFO));
    }
}
