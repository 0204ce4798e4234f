#!/usr/bin/env bash
# `npm test`: the whole suite. Unit and integration tests (vitest), then a production build and the
# browser tests (Playwright on Debian's Chromium). Uses the embedded database unless DATABASE_URL is set;
# with DATABASE_URL, point it at a throwaway database: the browser tests add the demo data to it.
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
  npm run db:seed # migrations and demo data on the given PostgreSQL database
fi
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json || status=1

[ $status -eq 0 ] || { echo "--- e2e server log (last 40 lines)"; tail -40 test-reports/e2e-server.log 2>/dev/null || true; }
node tests/summary.mjs test-reports/vitest.json test-reports/playwright.json
exit $status
