# shellcheck shell=bash
# Shared helpers for the scripts in this folder. Source it: `. "$(dirname "$0")/lib.sh"`.

# Prints a step heading.
step() {
    printf '\n==> %s\n' "$*"
}

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: '$*' needs root, and sudo is not available" >&2
        return 1
    fi
}

# Installs the Debian packages that are not installed yet; `apt-get update` runs once, first,
# and only when something is missing.
ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    if [ -z "${APT_UPDATED:-}" ]; then
        as_root apt-get update -qq
        export APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The libraries eframe loads at run time (dlopen), which no linker sees.
# shellcheck disable=SC2034 # used by the scripts that source this file
RUNTIME_PACKAGES=(libx11-6 libxcursor1 libxrandr2 libxi6 libx11-xcb1 libxkbcommon-x11-0 libgl1 libegl1 libgl1-mesa-dri libegl-mesa0)
