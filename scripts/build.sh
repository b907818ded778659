#!/usr/bin/env bash
# The production build, ready to publish: release build into dist/ (or the folder given), main
# routes prerendered, .br/.gz written next to each file.
# Usage: bash scripts/build.sh [public-url (default /)] [dist folder (default dist)]
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_rust_tools
ensure_npm_packages
ensure_chromium
cd "$ROOT"
public_url="${1:-/}"
dist="${2:-dist}"
log "release build into $dist/ (public URL $public_url)"
trunk build --release --offline --public-url "$public_url" --dist "$dist"
log "prerendering the main routes"
node scripts/prerender.mjs "$dist" --base "$public_url"
node scripts/compress.mjs "$dist"
