#!/usr/bin/env bash
# Benchmark (not part of the tests): release build, sizes of the first load (raw, gzip, brotli),
# and Lighthouse (mobile preset, simulated throttling) on each route, served precompressed from
# 127.0.0.1 as a CDN would. Results are printed and written to bench-results/.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_rust_tools
ensure_npm_packages
ensure_chromium
cd "$ROOT"
bash scripts/build.sh
log "measuring"
node scripts/bench.mjs "$@"
