#!/usr/bin/env bash
# Guard for the README's serve command: copies the tracked tree into a fresh folder (no target/, dist/
# or node_modules/, as in a new clone), runs `bash scripts/serve.sh` there, and checks that the app
# answers with its page and its wasm, that nothing rebuilds in a loop, and that an edit is rebuilt and
# served (live reload). Its Rust build cache is kept in target/serve-check/ (its own: binaries built from
# another folder must not replace this checkout's), so only the first run pays for the dev build.
# Usage: bash scripts/check-serve.sh [port (default 18080)]
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"
port="${1:-18080}"
url="http://127.0.0.1:$port"
tree="$(mktemp -d)"
log_file="$tree/serve.log"
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill -- -"$pid" 2>/dev/null || true
    sleep 1
    kill -9 -- -"$pid" 2>/dev/null || true
  fi
  rm -rf "$tree"
}
trap 'status=$?; cleanup; exit $status' EXIT
fail() { printf 'ÉCHEC du démarrage de scripts/serve.sh sur un arbre neuf : %s\n--- fin du journal ---\n' "$*" >&2; tail -40 "$log_file" >&2; exit 1; }

# Tracked and new (not ignored) files, as they are now: what a clone of this commit would hold.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | tar -c --null -T - -f - | tar -x -C "$tree"
for stale in target dist node_modules; do [ ! -e "$tree/$stale" ] || fail "$stale/ existe déjà dans l'arbre neuf"; done

curl -s -o /dev/null "$url/" && fail "le port $port est déjà pris par un autre serveur : l'arrêter, ou donner un autre port"
log "serve.sh on a fresh tree ($tree), port $port"
start=$(date +%s)
# In its own session, so that stopping it stops trunk and the cargo it runs; it writes its own pid
# (setsid may fork, so $! would not be it).
( cd "$tree" && CARGO_TARGET_DIR="$ROOT/target/serve-check" setsid bash -c 'echo $$ >pid; exec bash scripts/serve.sh --port "$1"' _ "$port" >"$log_file" 2>&1 & )
for _ in $(seq 50); do [ -s "$tree/pid" ] && break; sleep 0.1; done
pid="$(cat "$tree/pid")"

builds() { grep -c 'success' "$log_file" 2>/dev/null || true; }
wait_for_build() { # $1 = number of successful builds to wait for, $2 = seconds
  local deadline=$(( $(date +%s) + $2 ))
  while [ "$(builds)" -lt "$1" ]; do
    kill -0 "$pid" 2>/dev/null || fail "le serveur s'est arrêté"
    grep -q 'ERROR' "$log_file" && fail "trunk signale une erreur"
    [ "$(date +%s)" -lt "$deadline" ] || fail "pas de compilation réussie après $2 s"
    sleep 2
  done
}
wait_for_build 1 1800
page="$(curl -fsS "$url/")" || fail "$url/ ne répond pas"
grep -q '<div id="app">' <<<"$page" || fail "la page servie n'est pas celle de l'application"
wasm="$(grep -o '[A-Za-z0-9_./-]*_bg\.wasm' <<<"$page" | head -1)"
[ -n "$wasm" ] || fail "la page ne charge aucun wasm"
type="$(curl -fsS -o /dev/null -w '%{content_type} %{size_download}' "$url/${wasm#/}")" || fail "le wasm $wasm ne répond pas"
[[ "$type" == application/wasm* ]] || fail "le wasm est servi en « $type »"
grep -q "$url/" "$log_file" || true
log "served after $(( $(date +%s) - start )) s: page and wasm ($type bytes)"

# No rebuild loop: nothing must rebuild while nobody edits.
sleep 15
[ "$(builds)" -eq 1 ] || fail "trunk recompile sans modification (boucle de recompilation)"
# Live reload: an edit is rebuilt and served.
printf '\n/* serve check */\n' >>"$tree/style/main.css"
wait_for_build 2 600
page="$(curl -fsS "$url/")" || fail "$url/ ne répond plus après la modification"
css="$(grep -o 'main-[0-9a-f]*\.css' <<<"$page" | head -1)"
curl -fsS "$url/$css" | grep -q 'serve check' || fail "la modification n'est pas servie après recompilation"
log "serve check passed in $(( $(date +%s) - start )) s (rebuilt after an edit, no rebuild loop)"
