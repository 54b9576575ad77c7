//! Org Viewer for Zoho CRM: sign in to Zoho, see the organization's details and logo, copy
//! them and save the logo.
//!
//! The GUI (`ui`) and the command line (`cli`) are two thin faces over the same core: the Zoho
//! client (`zoho`), the credential store (`store`) and the simulated Zoho (`sim`).

// Benchmark instrumentation (issue #6): off unless ZOHO_ORG_VIEWER_BENCH_EVENTS is set.
pub mod account;
pub mod bench_hook;
pub mod cli;
pub mod crash;
pub mod export;
pub mod i18n;
pub mod logo_change;
pub mod logo_fit;
pub mod overview;
pub mod problem;
pub mod sim;
pub mod store;
pub mod ui;
pub mod worker;
pub mod zoho;
