import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// localhost, not 127.0.0.1: Next.js rewrites a loopback address to "localhost" in the URL that route
// handlers see, so next-auth's SSO callback would answer for another origin than the one it started from.
const baseURL = `http://localhost:${PORT}`;
// Embedded mode: a fresh data folder per run, prepared (migrated + demo data) by `npm start`'s prestart.
// PostgreSQL mode: the suite's runner (tests/run-all.sh) has migrated and seeded the database as its owner,
// and DATABASE_URL, which the server inherits, logs in as the app's role.
const dataDir = process.env.E2E_PGLITE_DATA_DIR ?? '.data/e2e';
// Everything the server prints during the run, read by the log canary test at the end.
export const SERVER_LOG = process.env.E2E_SERVER_LOG ?? 'test-reports/e2e-server.log';
// Single sign-on is on for the whole run, against a local OIDC provider standing in for Entra ID.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3900);
const oidc = { clientId: 'passerelle-e2e', clientSecret: 'passerelle-e2e-secret', issuer: `http://127.0.0.1:${OIDC_PORT}` };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'journeys', testIgnore: /log-canary\.spec\.ts/ },
    // Runs after every journey, on the log they produced.
    { name: 'log-canary', testMatch: /log-canary\.spec\.ts/, dependencies: ['journeys'] },
  ],
  use: {
    baseURL,
    locale: 'fr-CA',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: 'node tests/e2e/oidc/local-provider.mjs',
      url: `${oidc.issuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_APP_URL: baseURL, E2E_OIDC_CLIENT_ID: oidc.clientId, E2E_OIDC_CLIENT_SECRET: oidc.clientSecret },
    },
    {
      command: `rm -rf ${dataDir} ${dataDir}.lock && mkdir -p $(dirname ${SERVER_LOG}) && npm start -- --port ${PORT} --hostname 127.0.0.1 > ${SERVER_LOG} 2>&1`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PGLITE_DATA_DIR: dataDir,
        NEXT_TELEMETRY_DISABLED: '1',
        AUTH_URL: baseURL,
        AUTH_MICROSOFT_ENTRA_ID_ID: oidc.clientId,
        AUTH_MICROSOFT_ENTRA_ID_SECRET: oidc.clientSecret,
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: oidc.issuer,
      },
    },
  ],
});
