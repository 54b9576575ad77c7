# shellcheck shell=bash
# Shared by scripts/package and the scripts/check-* scripts (sourced, not run).
#
# Each script installs what it needs itself: Debian packages only when missing (one
# `apt-get update` first, and only then), cargo-deb only when missing. Nothing asks a question.

set -euo pipefail
# A command that fails outside a check ends the script: say which, so CI's log explains it.
trap 'printf "FAILED: line %s of %s: %s\n" "$LINENO" "${BASH_SOURCE[0]}" "$BASH_COMMAND" >&2' ERR

export DEBIAN_FRONTEND=noninteractive

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# as_root and ensure_packages, shared with every script.
# shellcheck source=scripts/lib.sh
source "$REPO_ROOT/scripts/lib.sh"
PACKAGE_NAME="zoho-org-viewer"
# Pinned so the same tool builds the package everywhere; any installed version is accepted.
CARGO_DEB_VERSION="3.8.0"

say() { printf '%s\n' "$*"; }
fail() {
    printf 'FAILED: %s\n' "$*" >&2
    exit 1
}

# Installs cargo-deb when `cargo deb` is not available (about a minute on two cores).
ensure_cargo_deb() {
    if cargo deb --version >/dev/null 2>&1; then
        return 0
    fi
    say "installing cargo-deb $CARGO_DEB_VERSION (cargo install --locked)"
    cargo install --locked --quiet cargo-deb --version "$CARGO_DEB_VERSION"
}

# The app's version in Cargo.toml, which is also the package's upstream version. Asked for by
# name: the workspace also holds the benchmark crate, which cargo metadata may list first.
crate_version() {
    cargo pkgid --manifest-path "$REPO_ROOT/Cargo.toml" -p "$PACKAGE_NAME" | sed 's/.*@//'
}

# Where scripts/package leaves the .deb for this version.
deb_path() {
    printf '%s/target/debian/%s_%s-1_amd64.deb\n' "$REPO_ROOT" "$PACKAGE_NAME" "$(crate_version)"
}
