// npm run bench [-- --scale 0.2]: builds a large deterministic data set in a fresh database (in-memory
// PGlite, or a throwaway database on the DATABASE_URL server, dropped at the end), then times the reads
// every page view runs. It prints figures; it never passes or fails on time.
import os from 'node:os';
import { asc, eq, sql } from 'drizzle-orm';
import { databaseKind, type Db } from '@/db/client';
import { headlineMetrics } from '@/lib/metrics/counts';
import { businesses, mrcs, persons } from '@/db/schema';
import { findSimilarBusinesses } from '@/lib/employers/duplicates';
import { getEmployerFile } from '@/lib/employers/file';
import { getAdviserHome } from '@/lib/employers/home';
import type { EmployerFileListQuery } from '@/lib/employers/list-params';
import { listEmployerFiles } from '@/lib/employers/queries';
import { getDashboard } from '@/lib/metrics/dashboard';
import { businessBreakdownsSql, headlineTotalsSql, personBreakdownsSql, secondaryTotalsSql } from '@/lib/metrics/figures';
import type { MetricsScope } from '@/lib/metrics/period';
import { samePeriodLastYear } from '@/lib/metrics/period-choices';
import { getCaseload } from '@/lib/persons/caseload';
import { findPossibleDuplicates } from '@/lib/persons/duplicates';
import { getPersonFile } from '@/lib/persons/file';
import type { PersonListQuery } from '@/lib/persons/list-query';
import { getPerson, listPersons } from '@/lib/persons/queries';
import { getAgreement, listAgreements, listFundedProjects, type AgreementListQuery, type ProjectListQuery } from '@/lib/agreements/queries';
import { getPartner, listPartners, type PartnerListQuery } from '@/lib/partners/queries';
import { partners } from '@/db/schema';
import { listServicePoints } from '@/lib/reference/admin-queries';
import { staffByLocation } from '@/lib/staff/by-location';
import type { SessionUser } from '@/lib/auth/current-user';
import { closeTestDatabase, openTestDatabase } from '@/tests/helpers/database';
import { generateBenchData, type BenchStaff } from './generate';
import { benchImport } from './imports';
import { formatCount, formatMs, formatTable, measure } from './measure';

const WARMUPS = 3;
// The app's 30 s statement limit (db/timeouts.ts) is for serving pages; generating province-scale data runs
// statements that rightly take longer.
process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= '0';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

function positiveNumber(value: string | undefined, fallback: number, label: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${label} must be a positive number, got "${value}"`);
  return number;
}

const scale = positiveNumber(option('scale') ?? process.env.BENCH_SCALE, 1, 'scale (--scale or BENCH_SCALE)');
const runs = Math.round(positiveNumber(option('runs') ?? process.env.BENCH_RUNS, 20, 'runs (--runs or BENCH_RUNS)'));
// `--only dashboard` or `--only listAgreements,listPartners`: time only the operations whose name contains one
// of these words (the data set is the same).
const only = option('only')?.toLowerCase().split(',').filter(Boolean);
// `--explain`: print EXPLAIN (ANALYZE, BUFFERS) of the dashboard's statements for the fiscal year first.
const explain = process.argv.includes('--explain');

const MAIN_TABLES = ['persons', 'accompaniments', 'interventions', 'referrals', 'businesses', 'employer_files', 'hiring_needs', 'employer_interactions', 'agreements', 'audit_events', 'funded_projects', 'partners', 'users', 'service_points'];

async function countRows(db: Db): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of MAIN_TABLES) {
    const result = await db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
    const rows = Array.isArray(result) ? result : (result as unknown as { rows: { n: number }[] }).rows;
    counts.set(table, rows[0]!.n);
  }
  return counts;
}

function sessionUser(member: BenchStaff): SessionUser {
  return {
    id: member.id,
    email: member.email,
    displayName: member.displayName,
    role: member.role,
    servicePointId: member.servicePointId,
    regionCode: member.regionCode,
    servicePointName: null,
    mustChangePassword: false,
  };
}

interface Operation {
  name: string;
  table: string;
  run: (iteration: number) => Promise<string>;
}

async function main() {
  const kind = databaseKind();
  console.log(`Passerelle benchmark: ${kind}, scale ${scale}, ${WARMUPS} warm-ups + ${runs} runs per operation, ${os.cpus().length} cores`);

  const db = await openTestDatabase();
  const data = await generateBenchData(db, scale);
  // Fresh tables have no statistics and no visibility map yet (index-only scans need it); a production
  // database has had autovacuum's VACUUM and ANALYZE long ago.
  const analyzeStart = performance.now();
  await db.execute(sql`VACUUM ANALYZE`);
  const analyzeMs = performance.now() - analyzeStart;
  const counts = await countRows(db);

  console.log(
    `\nData: ${formatCount(data.rowsInserted)} rows generated and inserted in ${(data.generationMs / 1000).toFixed(1)} s = ` +
      `${formatCount(Math.round(data.rowsInserted / (data.generationMs / 1000)))} rows/s ` +
      `(${(data.waitMs / 1000).toFixed(1)} s of it waiting for the database, of which indexes and foreign keys ` +
      `${(data.rebuildMs / 1000).toFixed(1)} s), the dashboard's kept spans ${(data.figuresMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(analyzeMs / 1000).toFixed(1)} s`,
  );
  console.log(MAIN_TABLES.filter((t) => !['audit_events', 'users', 'service_points'].includes(t)).map((t) => `${t} ${formatCount(counts.get(t)!)}`).join(', '));

  const agentMember = data.staff.find((m) => m.role === 'agent' && m.servicePointCode === 'val-dor')!;
  const managerMember = data.staff.find((m) => m.role === 'manager' && m.regionCode === '08')!;
  const agent = sessionUser(agentMember);
  const manager = sessionUser(managerMember);
  const agentPersonIds = data.personIdsByServicePoint.get('val-dor')!;
  const managerPersonIds = ['val-dor', 'amos', 'rouyn-noranda', 'ville-marie', 'la-sarre'].flatMap((code) => data.personIdsByServicePoint.get(code) ?? []);
  // A different file on each call, spread over the whole table, as successive page views would be.
  const pickId = (ids: string[], iteration: number) => ids[(iteration * 7919) % ids.length]!;

  const fiscalYear = { from: '2025-04-01', to: '2026-03-31', regionCode: '08' };
  const decade = { from: '2016-04-01', to: '2026-03-31', regionCode: '08' };
  const headline = async (scope: typeof fiscalYear) => {
    const m = await headlineMetrics(db, scope);
    return `${formatCount(m.personsAccompanied)} / ${formatCount(m.businessesAccompanied)} / ${formatCount(m.agreementsSigned)}`;
  };
  const list = async (user: SessionUser, query: Partial<PersonListQuery> = {}) => {
    const result = await listPersons(db, user, { page: 1, ...query });
    return `${result.rows.length} of ${formatCount(result.total)}${result.totalIsExact ? '' : '+'}`;
  };
  const [mrc] = await db.select({ id: mrcs.id }).from(mrcs).where(eq(mrcs.regionCode, '08')).orderBy(asc(mrcs.code)).limit(1);
  const view = async (user: SessionUser, id: string) => {
    const person = await getPerson(db, user, id);
    if (!person) throw new Error('getPerson returned null for a person in scope: the generator and the scope disagree');
    return 'accompaniments' in person ? `follow-ups: ${person.accompaniments.length}` : 'name only';
  };

  const viewFile = async (user: SessionUser, id: string) => {
    const file = await getPersonFile(db, user, id);
    if (file?.kind !== 'full') throw new Error('getPersonFile gave no file for a person in scope');
    return `interventions: ${file.timeline.length}`;
  };
  const caseload = async (user: SessionUser) => {
    const home = await getCaseload(db, user, '2026-11-27');
    return `${home.open.length} open, ${home.dueThisWeek.length} due, ${home.inactive.length} idle`;
  };
  const duplicates = async (user: SessionUser, id: string) => {
    const [person] = await db.select({ firstName: persons.firstName, lastName: persons.lastName, birthDate: persons.birthDate }).from(persons).where(eq(persons.id, id));
    const found = await findPossibleDuplicates(db, user, person!);
    return `${found.inScope.length} in scope${found.elsewhere ? ', elsewhere' : ''}`;
  };

  // The employer workflow: the Val-d'Or adviser (the files of region 08's businesses) and the manager.
  const adviser = sessionUser(data.staff.find((m) => m.role === 'adviser' && m.servicePointCode === 'val-dor')!);
  const employerFileIds = data.employerFileIdsByRegion.get('08')!;
  const businessIds = (await db.select({ id: businesses.id }).from(businesses).orderBy(asc(businesses.id)).limit(2_000)).map((row) => row.id);
  const employerList = async (user: SessionUser, query: Partial<EmployerFileListQuery> = {}) => {
    const result = await listEmployerFiles(db, user, { page: 1, pageSize: 25, sort: 'opened_desc', ...query });
    return `${result.rows.length} of ${formatCount(result.total)}${result.totalIsExact ? '' : '+'}`;
  };
  const employerFile = async (user: SessionUser, id: string) => {
    const file = await getEmployerFile(db, user, id);
    if (!file) throw new Error('getEmployerFile gave no file for a file in scope');
    return `${file.needs.length} needs, ${file.interactions.length} interactions`;
  };
  const adviserHome = async () => {
    const home = await getAdviserHome(db, adviser, '2026-11-27');
    return `${home.open.length} open, ${home.inactive.length} idle, ${home.openNeeds.length} needs`;
  };
  const similarBusinesses = async (iteration: number) => {
    const [business] = await db.select({ legalName: businesses.legalName, mrcId: businesses.mrcId }).from(businesses).innerJoin(mrcs, eq(mrcs.id, businesses.mrcId)).where(eq(mrcs.regionCode, '08')).offset((iteration * 7919) % 1000).limit(1);
    const found = await findSimilarBusinesses(db, adviser, { legalName: business!.legalName, mrcId: business!.mrcId, neq: '1099999999' });
    return `${found.similar.length} similar`;
  };
  // Agreements, funded projects and the partners directory (no personal information: no audit row).
  const admin = sessionUser(data.staff.find((m) => m.role === 'admin')!);
  const agreementList = async (user: SessionUser, query: Partial<AgreementListQuery> = {}) => {
    const result = await listAgreements(db, user, { page: 1, pageSize: 25, sort: { column: 'signed', direction: 'desc' }, ...query });
    return `${result.rows.length} of ${formatCount(result.total)}`;
  };
  const projectList = async (user: SessionUser, query: Partial<ProjectListQuery> = {}) => {
    const result = await listFundedProjects(db, user, { page: 1, pageSize: 25, sort: { column: 'starts', direction: 'desc' }, ...query });
    return `${result.rows.length} of ${formatCount(result.total)}`;
  };
  const partnerList = async (user: SessionUser, query: Partial<PartnerListQuery> = {}) => {
    const result = await listPartners(db, user, { page: 1, pageSize: 25, sort: { column: 'name', direction: 'asc' }, status: 'active', ...query });
    return `${result.rows.length} of ${formatCount(result.total)}`;
  };
  const viewAgreement = async (user: SessionUser, iteration: number) => {
    for (let step = 0; step < data.agreementIds.length; step++) {
      const agreement = await getAgreement(db, user, pickId(data.agreementIds, iteration + step));
      if (agreement) return `projects: ${agreement.projects.length}`;
    }
    throw new Error('no sampled agreement in scope');
  };
  const partnerIds = (await db.select({ id: partners.id }).from(partners).orderBy(asc(partners.id))).map((row) => row.id);
  const viewPartner = async (user: SessionUser, iteration: number) => ((await getPartner(db, user, pickId(partnerIds, iteration))) ? 'found' : 'none');
  const agreementOperations: Operation[] = [
    { name: 'listAgreements manager, page 1 (latest signed)', table: 'agreements', run: () => agreementList(manager) },
    { name: 'listAgreements manager, page 10', table: 'agreements', run: () => agreementList(manager, { page: 10 }) },
    { name: 'listAgreements manager, search "mosaique"', table: 'agreements', run: () => agreementList(manager, { q: 'mosaique' }) },
    { name: 'listAgreements manager, PASI + active', table: 'agreements', run: () => agreementList(manager, { program: 'PASI', status: 'active' }) },
    { name: 'listAgreements manager, MRC', table: 'agreements', run: () => agreementList(manager, { mrc: mrc!.id }) },
    { name: 'listAgreements manager, signed in fiscal 2025-26', table: 'agreements', run: () => agreementList(manager, { signedFrom: '2025-04-01', signedTo: '2026-03-31' }) },
    { name: 'listAgreements manager, by amount', table: 'agreements', run: () => agreementList(manager, { sort: { column: 'amount', direction: 'desc' } }) },
    { name: 'listAgreements admin, page 1', table: 'agreements', run: () => agreementList(admin) },
    { name: 'getAgreement manager (with projects)', table: 'agreements', run: (i) => viewAgreement(manager, i) },
    { name: 'listFundedProjects manager, page 1', table: 'funded_projects', run: () => projectList(manager) },
    { name: 'listFundedProjects manager, type + MRC', table: 'funded_projects', run: () => projectList(manager, { type: 'womens_circle', mrc: mrc!.id }) },
    { name: 'listPartners agent, page 1 (active)', table: 'partners', run: () => partnerList(agent) },
    { name: 'listPartners agent, search "francisation"', table: 'partners', run: () => partnerList(agent, { q: 'francisation' }) },
    { name: 'listPartners agent, region 08 + kind', table: 'partners', run: () => partnerList(agent, { region: '08', kind: 'community_organization' }) },
    { name: 'getPartner agent', table: 'partners', run: (i) => viewPartner(agent, i) },
  ];

  // The manager's whole dashboard (getDashboard: every figure, breakdown, label and suppression), and its
  // floor: the same aggregate statements run bare, in parallel the same way, without labels or mapping.
  const dashboard = async (scope: MetricsScope) => {
    const figures = await getDashboard(db, manager, scope);
    const cells = figures.breakdowns.reduce((sum, breakdown) => sum + breakdown.cells.length, 0);
    return `${formatCount(figures.headline.personsAccompanied.current.count.value ?? 0)} persons, ${cells} cells`;
  };
  const dashboardFloor = async (scope: MetricsScope) => {
    const previous = { ...samePeriodLastYear(scope), regionCode: scope.regionCode };
    // With the same per-transaction setting as the dashboard (no JIT): the floor measures the SQL.
    const results = await Promise.all(
      [personBreakdownsSql(scope), businessBreakdownsSql(scope), secondaryTotalsSql(scope), headlineTotalsSql(previous)].map((statement) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select set_config('jit', 'off', true)`);
          return tx.execute(statement);
        }),
      ),
    );
    return `${results.length} statements`;
  };

  // What the triggers add to a write of a follow-up or an employer file: its person's or business's spans recomputed.
  const refreshSpans = async (subject: 'person' | 'business', id: string) => {
    await db.execute(sql`select passerelle_refresh_figures(${subject}, array[${id}]::uuid[])`);
    return 'refreshed';
  };

  const allOperations: Operation[] = [
    { name: 'dashboard manager, fiscal year 2025-26 (every figure)', table: 'accompaniments', run: () => dashboard(fiscalYear) },
    { name: 'dashboard floor, fiscal year 2025-26 (same SQL, bare)', table: 'accompaniments', run: () => dashboardFloor(fiscalYear) },
    { name: 'dashboard manager, 2016-04-01..2026-03-31 (every figure)', table: 'accompaniments', run: () => dashboard(decade) },
    { name: 'dashboard floor, 2016-04-01..2026-03-31 (same SQL, bare)', table: 'accompaniments', run: () => dashboardFloor(decade) },
    { name: 'headlineMetrics, fiscal year 2025-26, region 08', table: 'accompaniments', run: () => headline(fiscalYear) },
    { name: 'headlineMetrics, 2016-04-01..2026-03-31, region 08', table: 'accompaniments', run: () => headline(decade) },
    { name: 'dashboard spans of a person, refreshed (added to each follow-up write)', table: 'accompaniments', run: (i) => refreshSpans('person', pickId(managerPersonIds, i)) },
    { name: 'dashboard spans of a business, refreshed (added to each employer-file write)', table: 'employer_files', run: (i) => refreshSpans('business', pickId(businessIds, i)) },
    { name: 'listPersons agent, page 1', table: 'persons', run: () => list(agent) },
    { name: 'listPersons agent, page 40 (the last)', table: 'persons', run: () => list(agent, { page: 40 }) },
    { name: 'listPersons agent, search "nguy"', table: 'persons', run: () => list(agent, { search: 'nguy' }) },
    { name: 'listPersons agent, search "lefebvre chloe"', table: 'persons', run: () => list(agent, { search: 'lefebvre chloe' }) },
    { name: 'listPersons agent, open + need francization', table: 'persons', run: () => list(agent, { status: 'open', need: 'francization' }) },
    { name: 'listPersons agent, MRC of residence', table: 'persons', run: () => list(agent, { mrcId: mrc!.id }) },
    { name: 'listPersons agent, opened in fiscal 2025-26', table: 'persons', run: () => list(agent, { openedFrom: '2025-04-01', openedTo: '2026-03-31' }) },
    { name: 'listPersons agent, opened in January 2025', table: 'persons', run: () => list(agent, { openedFrom: '2025-01-01', openedTo: '2025-01-31' }) },
    { name: 'listPersons agent, latest opening first', table: 'persons', run: () => list(agent, { sort: 'opened_desc' }) },
    { name: 'listPersons manager, page 1', table: 'persons', run: () => list(manager) },
    { name: 'listPersons manager, page 40 (the last)', table: 'persons', run: () => list(manager, { page: 40 }) },
    { name: 'listPersons manager, search "nguy"', table: 'persons', run: () => list(manager, { search: 'nguy' }) },
    { name: 'listPersons manager, closed in 2024', table: 'persons', run: () => list(manager, { status: 'closed', closedFrom: '2024-01-01', closedTo: '2024-12-31' }) },
    { name: 'getPerson agent (+ audit row)', table: 'persons', run: (i) => view(agent, pickId(agentPersonIds, i)) },
    { name: 'getPerson manager (+ audit row)', table: 'persons', run: (i) => view(manager, pickId(managerPersonIds, i)) },
    { name: 'getPersonFile agent, with timeline, plan, referrals', table: 'persons', run: (i) => viewFile(agent, pickId(agentPersonIds, i)) },
    { name: "caseload home (Mes dossiers) of the agent", table: 'accompaniments', run: () => caseload(agent) },
    { name: 'duplicate check at intake (birth date + names)', table: 'persons', run: (i) => duplicates(agent, pickId(agentPersonIds, i)) },
    { name: 'listEmployerFiles adviser, page 1 (latest opening first)', table: 'employer_files', run: () => employerList(adviser) },
    { name: 'listEmployerFiles adviser, page 40 (the last)', table: 'employer_files', run: () => employerList(adviser, { page: 40 }) },
    { name: 'listEmployerFiles adviser, by name', table: 'employer_files', run: () => employerList(adviser, { sort: 'name_asc' }) },
    { name: 'listEmployerFiles adviser, search "boreal"', table: 'employer_files', run: () => employerList(adviser, { search: 'boreal' }) },
    { name: 'listEmployerFiles adviser, search "mines boreal"', table: 'employer_files', run: () => employerList(adviser, { search: 'mines boreal' }) },
    { name: 'listEmployerFiles adviser, search NEQ "11000012"', table: 'employer_files', run: () => employerList(adviser, { search: '11000012' }) },
    { name: 'listEmployerFiles adviser, open + sector 21', table: 'employer_files', run: () => employerList(adviser, { status: 'open', naicsSector: '21' }) },
    { name: 'listEmployerFiles adviser, MRC', table: 'employer_files', run: () => employerList(adviser, { mrcId: mrc!.id }) },
    { name: 'listEmployerFiles adviser, opened in fiscal 2025-26', table: 'employer_files', run: () => employerList(adviser, { openedFrom: '2025-04-01', openedTo: '2026-03-31' }) },
    { name: 'listEmployerFiles adviser, followed by themselves', table: 'employer_files', run: () => employerList(adviser, { adviserId: adviser.id }) },
    { name: 'listEmployerFiles manager, page 1', table: 'employer_files', run: () => employerList(manager) },
    { name: 'getEmployerFile adviser, with needs, log, hires (+ audit row)', table: 'employer_files', run: (i) => employerFile(adviser, pickId(employerFileIds, i)) },
    { name: "adviser's home (Mes dossiers employeurs)", table: 'employer_files', run: () => adviserHome() },
    { name: 'duplicate check of a new business (NEQ, close name in the MRC)', table: 'businesses', run: (i) => similarBusinesses(i) },
    ...agreementOperations,
    { name: 'staffByLocation, region 08', table: 'users', run: async () => `${(await staffByLocation(db, '08')).length} rows` },
    { name: 'listServicePoints, search "rouyn"', table: 'service_points', run: async () => `${(await listServicePoints(db, { page: 1, pageSize: 25, sort: { column: 'name', direction: 'asc' }, q: 'rouyn', region: null, status: null })).total} found` },
  ];
  if (explain) {
    const previous = { ...samePeriodLastYear(fiscalYear), regionCode: fiscalYear.regionCode };
    for (const statement of [personBreakdownsSql(fiscalYear), businessBreakdownsSql(fiscalYear), secondaryTotalsSql(fiscalYear), headlineTotalsSql(previous)]) {
      const result = await db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('jit', 'off', true)`);
        return tx.execute(sql`explain (analyze, buffers) ${statement}`);
      });
      const lines = (Array.isArray(result) ? result : (result as unknown as { rows: Record<string, string>[] }).rows) as Record<string, string>[];
      console.log(`\n${lines.map((line) => Object.values(line)[0]).join('\n')}`);
    }
  }
  const operations = only ? allOperations.filter((operation) => only.some((word) => operation.name.toLowerCase().includes(word))) : allOperations;

  const rows: string[][] = [];
  for (const operation of operations) {
    let result = '';
    const timing = await measure(async (iteration) => (result = await operation.run(iteration)), WARMUPS, runs);
    rows.push([
      operation.name,
      kind,
      `${operation.table} ${formatCount(counts.get(operation.table)!)}`,
      result,
      formatMs(timing.medianMs),
      formatMs(timing.p95Ms),
    ]);
  }
  console.log(`\n${formatTable(['operation', 'database', 'main table rows', 'result', 'median ms', 'p95 ms'], rows)}`);
  console.log('\nresult: headlineMetrics = persons / businesses / agreements; listPersons = rows of total (+: more than that).');
  // The import writes: run once, last, and only when asked for or when everything is.
  if (!only || only.some((word) => 'import'.includes(word) || word.includes('import'))) {
    const importRows = await benchImport(db, agent, Number(option('import-rows') ?? 10_000));
    console.log(`\n${formatTable(['spreadsheet import (' + kind + ')', 'time', 'rate', 'result', 'resident memory'], importRows)}`);
  }
}

let closing: Promise<void> | undefined;
const close = () => (closing ??= closeTestDatabase());
process.once('SIGINT', () => {
  console.error('\nInterrupted: dropping the benchmark database.');
  void close().finally(() => process.exit(130));
});

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  await close();
}
