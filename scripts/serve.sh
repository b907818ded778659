#!/usr/bin/env bash
# Installs what is missing, then serves the app on http://127.0.0.1:8080 with live reload.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_rust_tools
ensure_npm_packages
cd "$ROOT"
log "serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --offline "$@"
