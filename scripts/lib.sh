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

# What compiling needs besides Rust: a C compiler and the C library's headers (the linker, and
# ring's C and assembly parts). rustup does not bring them.
# shellcheck disable=SC2034 # used by the scripts that source this file
BUILD_PACKAGES=(gcc libc6-dev)

# rustfmt and clippy, which a minimal rustup profile leaves out.
ensure_rust_tools() {
    if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
        return 0
    fi
    if ! command -v rustup >/dev/null 2>&1; then
        echo "error: cargo fmt and cargo clippy are needed; install rustfmt and clippy for this Rust" >&2
        return 1
    fi
    rustup component add rustfmt clippy
}

# The fonts the package recommends so that a fresh desktop shows any script (issue 14).
# shellcheck disable=SC2034 # used by the scripts that source this file
FONT_PACKAGES=(fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji)
# The libraries eframe loads at run time (dlopen), which no linker sees.
# shellcheck disable=SC2034 # used by the scripts that source this file
RUNTIME_PACKAGES=(libx11-6 libxcursor1 libxrandr2 libxi6 libx11-xcb1 libxkbcommon-x11-0 libgl1 libegl1 libgl1-mesa-dri libegl-mesa0)

# The Node.js the OAuth test peer needs (oauth2-mock-server 8.2.3 asks for 20.19 or later).
NODE_VERSION=20.20.2

# Whether `node` is 20.19 or later and `npm` is there.
node_is_recent() {
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
        node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
                 process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' 2>/dev/null
}

# Makes Node.js 20.19+ and npm available. Debian 12 ships Node 18, so when the system's Node is
# older, npm (Debian's) fetches Node $NODE_VERSION from the npm registry as the node-linux-<arch>
# package into target/node, which then goes first on PATH for this script and its children.
ensure_node() {
    if node_is_recent; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        ensure_packages nodejs npm
    fi
    if node_is_recent; then
        return 0
    fi
    local arch
    case "$(uname -m)" in
        x86_64) arch=x64 ;;
        aarch64) arch=arm64 ;;
        *)
            echo "error: no Node.js $NODE_VERSION package for $(uname -m); install Node.js 20.19 or later" >&2
            return 1
            ;;
    esac
    local prefix=$PWD/target/node
    local bin=$prefix/node_modules/node-linux-$arch/bin
    if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$NODE_VERSION" ]; then
        echo "Fetching Node.js $NODE_VERSION from the npm registry (the system's is older than 20.19)"
        mkdir -p "$prefix"
        npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund \
            --loglevel=error "node-linux-$arch@$NODE_VERSION"
    fi
    export PATH=$bin:$PATH
    if ! node_is_recent; then
        echo "error: Node.js 20.19 or later is needed for the OAuth test peer, and could not be set up" >&2
        return 1
    fi
    echo "Using Node.js $(node --version) from $bin"
}
