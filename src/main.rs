//! The `zoho-org-viewer` binary.

fn main() {}
