// The browser tests can run on several app servers at once (E2E_SERVERS=2; default 1), one per group of spec
// files, each with its own database holding its own copy of the demo data. Many journeys assert exact demo
// figures, so two files that write must never share a server while they run: each group runs its files one
// after the other, in file-name order, on its own server (playwright.config.ts makes one project per group,
// one worker each). On a clean clone on two cores, the embedded browser run took 508 s on two servers and
// 600 s on one (README, Tests). One stays the default until two have passed a whole clean-clone .ci/run on
// both databases: that run is still to do.

/**
 * Spec files per server (two), balanced by their measured times (test-reports/timings.md). A
 * spec file that is in no list runs on the first server; move it when the slowest-files table shows a group
 * running long. By default, every file runs on the one server.
 */
const TWO_SERVER_GROUPS: readonly (readonly string[])[] = [
  [],
  ['agreements', 'employers', 'foundation', 'imports', 'imports-employers', 'onboarding', 'persons', 'security-headers', 'sso'],
];

const GROUPS: readonly (readonly string[])[] = process.env.E2E_SERVERS === '2' ? TWO_SERVER_GROUPS : [[]];

export const SERVER_COUNT = GROUPS.length;

const basePort = Number(process.env.E2E_PORT ?? 3100);
const dataDirPrefix = process.env.E2E_PGLITE_DATA_DIR ?? '.data/e2e';
const logPrefix = process.env.E2E_SERVER_LOG?.replace(/\.log$/, '') ?? 'test-reports/e2e-server';

export interface AppServer {
  index: number;
  port: number;
  /** localhost, not 127.0.0.1: Next.js rewrites a loopback address to "localhost" in the URL that route
   * handlers see, so next-auth's SSO callback would answer for another origin than the one it started from. */
  baseURL: string;
  /** Embedded mode: the server's own PGlite data folder. */
  dataDir: string;
  /** Everything the server prints, read by the log canary at the end of the run. */
  log: string;
  /** Its operators' metrics listener (METRICS_PORT), on 127.0.0.1 only. */
  metricsPort: number;
  /** PostgreSQL mode: the server's own database (tests/run-all.sh copies the seeded one for each server). */
  databaseUrl: string | undefined;
  /** The spec files it runs: its Playwright project's testMatch and testIgnore. */
  specs: { testMatch: RegExp; testIgnore: RegExp[] };
}

const specPattern = (names: readonly string[]) => new RegExp(`/(${names.join('|') || '(?!)'})\\.spec\\.ts$`);
const LOG_CANARY = /log-canary\.spec\.ts$/;

export function appServer(index: number): AppServer {
  const port = basePort + index;
  const listedElsewhere = GROUPS.flatMap((group, other) => (other === index ? [] : group));
  return {
    index,
    port,
    baseURL: `http://localhost:${port}`,
    dataDir: `${dataDirPrefix}-${index}`,
    log: `${logPrefix}-${index}.log`,
    // Past the ports of the servers (+index) and of live.spec.ts's second server (+50).
    metricsPort: port + 80,
    databaseUrl: serverDatabaseUrl(index),
    specs:
      index === 0
        ? { testMatch: /\.spec\.ts$/, testIgnore: [specPattern(listedElsewhere), LOG_CANARY] }
        : { testMatch: specPattern(GROUPS[index]!), testIgnore: [LOG_CANARY] },
  };
}

/** The first server uses DATABASE_URL's database, the others a copy named after it (`<name>_e2e_<index>`). */
export function serverDatabaseUrl(index: number, url = process.env.DATABASE_URL): string | undefined {
  if (!url || index === 0) return url;
  const copy = new URL(url);
  copy.pathname = `/${copyDatabaseName(copy.pathname.slice(1), index)}`;
  return copy.href;
}

export function copyDatabaseName(name: string, index: number): string {
  return `${name}_e2e_${index}`;
}

export const APP_SERVERS = Array.from({ length: SERVER_COUNT }, (_, index) => appServer(index));

/** The server a test's baseURL points at. */
export function appServerFor(baseURL: string | undefined): AppServer {
  const server = APP_SERVERS.find((candidate) => candidate.baseURL === baseURL);
  if (!server) throw new Error(`no e2e app server at ${baseURL}`);
  return server;
}

