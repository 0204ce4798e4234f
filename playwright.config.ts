import { defineConfig } from '@playwright/test';
import { APP_SERVERS } from './tests/e2e/servers';

// Several app servers, one per group of spec files (tests/e2e/servers.ts says why and which).
// Embedded mode: each server gets its own copy of a data folder migrated and seeded once per run.
// PostgreSQL mode: the suite's runner (tests/run-all.sh) has migrated and seeded the database as its owner
// and copied it for each server; DATABASE_URL, which the servers inherit, logs in as the app's role.
// Single sign-on is on for the whole run, against a local OIDC provider standing in for Entra ID.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3900);
const oidc = { clientId: 'passerelle-e2e', clientSecret: 'passerelle-e2e-secret', issuer: `http://127.0.0.1:${OIDC_PORT}` };
// Names this run for the servers' start script; set once here, the worker processes inherit it.
const runId = (process.env.E2E_RUN_ID ??= `${process.pid}-${Date.now()}`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: APP_SERVERS.length,
  retries: 0,
  // A journey's bound, not a performance target: the longest take about 30 s alone, and up to twice that when
  // the two databases' browser runs share the two cores (.ci/run).
  timeout: 90_000,
  reporter: [['list']],
  // Its own folder per run: Playwright empties it when a run starts (.ci/run runs two side by side).
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  projects: [
    // One worker per server: its files run one after the other, in file-name order, on their own data.
    ...APP_SERVERS.map((server) => ({
      name: `journeys-${server.index}`,
      workers: 1,
      ...server.specs,
      use: { baseURL: server.baseURL },
    })),
    // Runs after every journey, on the logs they produced.
    { name: 'log-canary', testMatch: /log-canary\.spec\.ts/, dependencies: APP_SERVERS.map((server) => `journeys-${server.index}`), use: { baseURL: APP_SERVERS[0]!.baseURL } },
  ],
  use: {
    locale: 'fr-CA',
    // As a person who asked their system for less motion: the notifications (sonner) then appear without their
    // fade. Axe judges colours as painted, and a toast caught mid-fade by a check is half transparent: it
    // failed colour contrast on a loaded machine although the toast, once shown, passes.
    reducedMotion: 'reduce',
    // A failed test leaves its error, the page's accessibility snapshot and source (error-context.md) and a
    // screenshot. A trace (DOM snapshots of every step, network, console) is recorded with E2E_TRACE=1 only:
    // recording one for every test, to keep those that fail, cost the runner about a third of its CPU
    // (17 s against 11 s for the staff and privacy journeys) and Chromium more. Never the screencast: it
    // cost Chromium about half of its CPU time on these two cores.
    screenshot: 'only-on-failure',
    trace: process.env.E2E_TRACE === '1' ? { mode: 'retain-on-failure', screenshots: false } : 'off',
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
      env: {
        E2E_OIDC_PORT: String(OIDC_PORT),
        E2E_APP_URLS: APP_SERVERS.map((server) => server.baseURL).join(' '),
        E2E_OIDC_CLIENT_ID: oidc.clientId,
        E2E_OIDC_CLIENT_SECRET: oidc.clientSecret,
      },
    },
    ...APP_SERVERS.map((server) => ({
      command: `tests/e2e/start-server.sh ${server.index} ${server.port} ${server.dataDir} ${server.log}`,
      url: `http://127.0.0.1:${server.port}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}),
        E2E_RUN_ID: runId,
        NEXT_TELEMETRY_DISABLED: '1',
        METRICS_PORT: String(server.metricsPort),
        AUTH_URL: server.baseURL,
        AUTH_MICROSOFT_ENTRA_ID_ID: oidc.clientId,
        AUTH_MICROSOFT_ENTRA_ID_SECRET: oidc.clientSecret,
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: oidc.issuer,
      },
    })),
  ],
});
