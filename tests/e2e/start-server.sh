#!/usr/bin/env bash
# Starts one of the browser tests' app servers (playwright.config.ts, tests/e2e/servers.ts):
#   tests/e2e/start-server.sh INDEX PORT DATA_DIR LOG
# Embedded mode: the first server migrates and seeds one template data folder, and every server starts on
# its own copy of it, so the demo data is made once per run, not once per server.
# PostgreSQL mode: DATABASE_URL is already this server's own database (tests/run-all.sh made the copies).
set -euo pipefail
index="$1" port="$2" data_dir="$3" log="$4"
template="$(dirname "$data_dir")/e2e-template"
mkdir -p "$(dirname "$log")"

if [ -z "${DATABASE_URL:-}" ]; then
  if [ "$index" = 0 ]; then
    rm -rf "$template" "$template.lock" "$template.ready"
    PGLITE_DATA_DIR="$template" npx tsx db/scripts/prepare.ts
    echo "$E2E_RUN_ID" > "$template.ready"
  else
    # Playwright starts its web servers one after the other, but do not rely on it: wait for the template.
    # The marker names this run (E2E_RUN_ID), so a previous run's marker is not taken for this one's.
    ready() { [ "$(cat "$template.ready" 2>/dev/null)" = "$E2E_RUN_ID" ]; }
    for _ in $(seq 1 360); do ready && break; sleep 0.5; done
    ready || { echo "the e2e template data folder was not ready in 180 s" >&2; exit 1; }
  fi
  rm -rf "$data_dir" "$data_dir.lock"
  cp -r "$template" "$data_dir"
fi
PGLITE_DATA_DIR="$data_dir" exec npm start -- --port "$port" --hostname 127.0.0.1 > "$log" 2>&1
