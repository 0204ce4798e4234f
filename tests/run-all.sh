#!/usr/bin/env bash
# `npm test`: the whole suite. Unit and integration tests (vitest), then a production build and the
# browser tests (Playwright on Debian's Chromium). Uses the embedded database unless DATABASE_URL is set;
# with DATABASE_URL, point it at a throwaway database (as a user that may create databases and roles):
# the browser tests add the demo data to it, and their server runs as the app's role.
# PASSERELLE_REUSE_BUILD=1 (set by .ci/run, which builds once for both databases) uses the existing
# `.next` build instead of building again; without it, or without a build, the suite builds.
# At the end: the test counts, the wall time of each phase and the slowest files (test-reports/timings.*).
# TEST_REPORTS_DIR (default test-reports) and E2E_OUTPUT_DIR, E2E_PORT, E2E_OIDC_PORT, E2E_PGLITE_DATA_DIR
# let two runs share a checkout side by side, as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
reports="${TEST_REPORTS_DIR:-test-reports}"
export E2E_SERVER_LOG="${E2E_SERVER_LOG:-$reports/e2e-server.log}"
mkdir -p "$reports"
rm -f "$reports"/vitest-*.json "$reports"/playwright.json "$reports"/phases.tsv

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium is missing at $chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi

status=0
# phase NAME COMMAND...: runs the command, records its wall time (ms); a failure fails the suite at the end.
phase() {
  local name="$1" start end
  shift
  start=$(date +%s%N)
  "$@" || status=1
  end=$(date +%s%N)
  printf '%s\t%s\n' "$name" "$(( (end - start) / 1000000 ))" >> "$reports/phases.tsv"
}

phase "vitest unit" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$reports/vitest-unit.json"
phase "vitest integration" npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$reports/vitest-integration.json"

if [ "${PASSERELLE_REUSE_BUILD:-}" = 1 ] && [ -f .next/BUILD_ID ]; then
  echo "Reusing the build in .next ($(cat .next/BUILD_ID))."
else
  phase "next build" npx next build
fi
if [ -n "${DATABASE_URL:-}" ]; then
  # As in production: migrations and demo data as the owner (the URL given), the server as the app's
  # role that the migrations granted: same server and database, that user, no password (trust auth).
  app_role="${DATABASE_APP_ROLE:-passerelle_app}"
  owner_url="$DATABASE_URL"
  DATABASE_URL="$(node -e 'const u = new URL(process.argv[1]); u.username = process.argv[2]; u.password = ""; console.log(u.href)' "$owner_url" "$app_role")"
  export DATABASE_URL
  phase "seed (PostgreSQL)" env DATABASE_OWNER_URL="$owner_url" npm run db:seed
  # Each browser-test server but the first gets its own copy of the seeded database (tests/e2e/servers.ts).
  phase "copy databases" env DATABASE_OWNER_URL="$owner_url" npx tsx tests/e2e/copy-databases.ts
  trap 'DATABASE_OWNER_URL="$owner_url" npx tsx tests/e2e/copy-databases.ts --drop >/dev/null || true' EXIT
  echo "The browser tests' server connects as $app_role."
fi
phase "playwright" env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json

if [ $status -ne 0 ]; then
  for log in "${E2E_SERVER_LOG%.log}"-*.log; do echo "--- $log (last 40 lines)"; tail -40 "$log" 2>/dev/null || true; done
fi
node tests/summary.mjs "$reports" || status=1
exit $status
