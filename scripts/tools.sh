# Sourced by serve.sh, test.sh and bench.sh: installs what is missing, skips what is there.
# Every step checks first, so a second run costs seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read it from Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# cargo-binstall is tried first where it is already installed (prebuilt binaries, when a
# host serves them); otherwise, or if it fails, the crate is built from crates.io.
cargo_install() {
  local crate="$1" version="$2"; shift 2
  if command -v cargo-binstall >/dev/null 2>&1 &&
     timeout 120 cargo binstall -y --disable-strategies compile "$crate@$version" >/dev/null 2>&1; then
    return 0
  fi
  # Release LTO makes these tools take three times longer to build and does not matter for a CLI.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install "$crate" --version "$version" "$@"
}

ensure_rust_tools() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown ||
    { log "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION (cold: about 10 minutes)"
    cargo_install trunk "$TRUNK_VERSION" --locked
  fi
  local wb; wb="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb" ]; then
    log "installing wasm-bindgen-cli $wb (cold: about 7 minutes)"
    # Not --locked: its locked webpki-roots version is yanked from the registry.
    cargo_install wasm-bindgen-cli "$wb"
  fi
}

# The README names the Node.js version that every package of package-lock.json supports; package.json's
# "engines" holds it, and .npmrc's engine-strict makes npm refuse a package that would not run on it.
ensure_node() {
  local need have
  need="$(sed -n 's/.*"node": *">=\([0-9][0-9]*\).*/\1/p' "$ROOT/package.json" | head -1)"
  if ! command -v node >/dev/null 2>&1; then
    printf 'Node.js %s (ou plus récent) est nécessaire et n'"'"'est pas installé.\nSur Debian : sudo apt-get install nodejs npm, puis relancez cette commande.\n' "$need" >&2
    exit 1
  fi
  have="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$have" -lt "$need" ]; then
    printf 'Node.js %s est installé, mais ce projet demande Node.js %s ou plus récent (voir README).\nInstallez une version plus récente de Node.js, puis relancez cette commande.\n' "$(node --version)" "$need" >&2
    exit 1
  fi
}

ensure_npm_packages() {
  ensure_node
  # The lock file's hash is remembered so that npm ci runs only when the lock changes.
  local stamp="$ROOT/node_modules/.lock-hash" hash
  hash="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
    log "installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
    echo "$hash" > "$stamp"
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    log "installing Debian's chromium"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  fi
}
