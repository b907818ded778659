#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting, lints, native unit and content
# tests, a release build, and the browser tests against it (served on 127.0.0.1).
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_rust_tools
ensure_npm_packages
ensure_chromium
cd "$ROOT"

log "cargo fmt --check"
cargo fmt --all --check
log "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
log "native tests: domain logic, content validation, generator"
cargo test --workspace --quiet

# The README's serve command, on a tree as fresh as a new clone (a missing watch path once stopped it).
bash scripts/check-serve.sh

bash scripts/build.sh
# The same build under a sub-path, for the deployment test.
bash scripts/build.sh /guide/ target/dist-sous-chemin

log "browser tests (Playwright + Debian chromium)"
npx playwright test "$@"
