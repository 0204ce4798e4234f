#!/usr/bin/env bash
# `npm test`: the whole suite. Unit and integration tests (vitest), then a production build and the
# browser tests (Playwright on Debian's Chromium). Uses the embedded database unless DATABASE_URL is set;
# with DATABASE_URL, point it at a throwaway database (as a user that may create databases and roles):
# the browser tests add the demo data to it, and their server runs as the app's role.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-reports

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium is missing at $chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json || status=1

npx next build
if [ -n "${DATABASE_URL:-}" ]; then
  # As in production: migrations and demo data as the owner (the URL given), the server as the app's
  # role that the migrations granted: same server and database, that user, no password (trust auth).
  app_role="${DATABASE_APP_ROLE:-passerelle_app}"
  owner_url="$DATABASE_URL"
  DATABASE_URL="$(node -e 'const u = new URL(process.argv[1]); u.username = process.argv[2]; u.password = ""; console.log(u.href)' "$owner_url" "$app_role")"
  export DATABASE_URL
  DATABASE_OWNER_URL="$owner_url" npm run db:seed
  echo "The browser tests' server connects as $app_role."
fi
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json || status=1

[ $status -eq 0 ] || { echo "--- e2e server log (last 40 lines)"; tail -40 test-reports/e2e-server.log 2>/dev/null || true; }
node tests/summary.mjs test-reports/vitest.json test-reports/playwright.json
exit $status
