import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { discoverEndpoints, type Endpoint } from '../helpers/endpoints';
import { actAs } from '../helpers/session';

// Random and hostile values thrown at every server action and route handler the code has (found like the
// authorization matrix finds them, so a new endpoint is covered without being listed), as each kind of
// user. Whatever comes in: never a 5xx or a crash, nothing written when the answer is an error, and
// nothing of what was sent in the server's log.
vi.mock('@/lib/auth', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/auth')>()), signIn: vi.fn(), signOut: vi.fn() }));

const ACTORS = [null, 'agent.valdor@passerelle.test', 'conseil.valdor@passerelle.test', 'direction@passerelle.test', 'admin@passerelle.test', 'protection@passerelle.test'];
const RUNS_PER_ACTOR = Number(process.env.HOSTILE_RUNS ?? 12);

// Marked so that the log check can find them: a name, a birth date and an e-mail as a user would type them.
const CANARY = 'Canari-Tremblay';
const PAYLOADS = [
  `${CANARY} Hélène`,
  `1987-06-05 ${CANARY}`,
  `${CANARY.toLowerCase()}@exemple.ca`,
  "' OR 1=1 --",
  "'); DROP TABLE persons; --",
  '%_\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '__proto__',
  'constructor',
  '0000-01-01',
  '2019-02-29',
  '9999-12-31',
  '-1',
  '1e309',
  'NaN',
  '08',
  'true',
  '\u0000',
  `nul\u0000${CANARY}`,
  `tab\t${CANARY}\r\n`,
  '\ud800',
  '\u202e\u200b\ufeff',
  'ǅ́̀👩🏽‍🚒',
  ' '.repeat(300),
  'x'.repeat(100_000),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const FIELD_NAMES = ['id', 'version', 'email', 'password', 'displayName', 'role', 'servicePointId', 'temporaryPassword', 'currentPassword', 'newPassword', 'confirmation', 'active', 'locale', 'callbackUrl', 'page', 'q', 'from', 'to', 'region', '__proto__', 'constructor', 'region[]', 'id[0]', 'idempotencyKey', 'name', 'address', 'city', 'postalCode', 'mrcId', 'phone', 'hours', 'regionCode', 'contactEmail', 'contactPhone', 'asOf', 'personId', 'effectiveOn', 'followerId', 'mapping', 'confirmedRows'];

const hostileString = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const scalar = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt().map(String));
const fieldName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) }, { weight: 1, arbitrary: hostileString });
const record = fc
  .array(fc.tuple(fieldName, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }))), { maxLength: 8 })
  // Through JSON.parse, as a server action's decoder would build it, so "__proto__" is a real own key.
  .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown);
const formData = fc.array(fc.tuple(fieldName, hostileString), { maxLength: 10 }).map((entries) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value); // a name may come twice
  return form;
});
const argument = fc.oneof(scalar, record, formData, fc.array(scalar, { maxLength: 3 }));

const queryString = fc.oneof(
  fc.array(fc.tuple(fieldName, hostileString), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()),
  // Raw, not encoded by us: broken percent escapes, brackets, repeated separators.
  fc.constantFrom('page=%E0%A4%A', 'q=%00', 'region=08&region=07', 'region[]=08', 'from=0000-01-01', 'to=2020-13-45', '&&&==&', 'page=1e3', 'q=%F0%9F%92%A9'),
);

// Rows that an error may still write: the audit of the refusal, the sign-in throttle counting a failure.
const MAY_CHANGE_ON_ERROR = new Set(['audit_events', 'sign_in_throttles', 'revoked_sessions']);
let db: Db;
let tables: string[] = [];

/** PGlite answers { rows }, postgres.js an array. */
async function rowsOf<Row>(query: Promise<unknown>): Promise<Row[]> {
  const result = (await query) as { rows?: Row[] } | Row[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

// Whether anything was written: a row trigger on every table (but the ones above) counts the rows each
// statement inserts, updates or deletes, and a statement trigger each TRUNCATE, in a counter row that a
// rolled-back transaction rolls back with it. Stricter than comparing the tables' contents (an UPDATE to the
// same values counts too), and it reads one row where hashing every row of every table before and after
// each call took over five minutes for this file.
async function countWrites(): Promise<void> {
  const statements = [
    'create table hostile_test_writes (n bigint not null)',
    'insert into hostile_test_writes values (0)',
    'create function hostile_test_count_write() returns trigger language plpgsql as $$ begin update hostile_test_writes set n = n + 1; return null; end $$',
    ...tables.flatMap((table) => [
      `create trigger hostile_test_count after insert or update or delete on "${table}" for each row execute function hostile_test_count_write()`,
      `create trigger hostile_test_count_truncate after truncate on "${table}" for each statement execute function hostile_test_count_write()`,
    ]),
  ];
  for (const statement of statements) await db.execute(sql.raw(statement));
}

async function fingerprint(): Promise<string> {
  const [row] = await rowsOf<{ n: string | number }>(db.execute(sql`select n from hostile_test_writes`));
  return String(row?.n);
}

async function call(endpoint: Endpoint, args: unknown[], query: string, pathValue: string): Promise<{ failed: boolean; detail: string }> {
  if (endpoint.kind === 'route') {
    // As Next.js calls a route: params only for a route with dynamic segments, undefined otherwise.
    const params = !endpoint.file.includes('[') ? undefined : Promise.resolve(endpoint.file.includes('[...nextauth]') ? { nextauth: [pathValue] } : { id: pathValue });
    const init = ['GET', 'HEAD'].includes(endpoint.name) ? { method: endpoint.name } : { method: endpoint.name, body: String(args[0] ?? '') };
    const response = (await endpoint.handler(new NextRequest(`http://localhost/api/x?${query}`, init), { params })) as Response;
    expect(response.status, `${endpoint.key} answered ${response.status} to ?${query.slice(0, 200)}`).toBeLessThan(500);
    return { failed: response.status >= 400, detail: String(response.status) };
  }
  try {
    const result = (await endpoint.handler(...args)) as { ok?: boolean; error?: string } | undefined;
    expect(result?.error, `${endpoint.key} failed unexpectedly`).not.toBe('unexpected');
    return { failed: result?.ok === false, detail: JSON.stringify(result) };
  } catch (error) {
    // Next's own control flow (a redirect to the sign-in page, say) is an answer, not a crash.
    const digest = String((error as { digest?: unknown })?.digest ?? '');
    if (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) return { failed: true, detail: digest };
    throw error;
  }
}

const printed: string[] = [];
beforeAll(async () => {
  db = await openSeededTestDatabase();
  tables = (await rowsOf<{ tablename: string }>(db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`))).map((row) => row.tablename).filter((name) => !MAY_CHANGE_ON_ERROR.has(name));
  await countWrites();
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...parts: unknown[]) => {
      printed.push(parts.map((part) => (part instanceof Error ? `${part.message}\n${part.stack}\n${String(part.cause)}` : typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
    });
  }
});
afterAll(closeTestDatabase);

describe('hostile input', async () => {
  const endpoints = await discoverEndpoints();

  it('finds endpoints to attack', () => {
    expect(endpoints.filter((endpoint) => endpoint.kind === 'action').length).toBeGreaterThan(5);
    expect(endpoints.filter((endpoint) => endpoint.kind === 'route').length).toBeGreaterThan(4);
  });

  it.each(endpoints.map((endpoint) => ({ endpoint, key: endpoint.key })))('$key: no 5xx, no crash, nothing written on error', async ({ endpoint }) => {
    for (const actor of ACTORS) {
      await actAs(db, actor);
      await fc.assert(
        fc.asyncProperty(fc.array(argument, { maxLength: 3 }), queryString, hostileString, async (args, query, pathValue) => {
          const before = await fingerprint();
          const outcome = await call(endpoint, args, query, pathValue);
          if (outcome.failed) expect(await fingerprint(), `${endpoint.key} wrote something and answered ${outcome.detail}`).toBe(before);
        }),
        { numRuns: RUNS_PER_ACTOR, seed: Number(process.env.HOSTILE_SEED ?? 20261127) },
      );
    }
    // Every actor's runs in one test: the time grows with the actors and the runs, beyond the suite's
    // default on a loaded two-core machine.
  }, 15_000 * ACTORS.length * Math.max(1, RUNS_PER_ACTOR / 12));

  it('printed nothing that was sent, and no failed query with its parameters', () => {
    const log = printed.join('\n');
    expect(log).not.toContain(CANARY);
    expect(log.toLowerCase()).not.toContain(CANARY.toLowerCase());
    expect(log).not.toMatch(/params:|Failed query/);
  });
});
