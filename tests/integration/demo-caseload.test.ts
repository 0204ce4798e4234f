import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { CURRENT_CASELOAD } from '@/db/seed/demo-caseload';
import { seedDemoData } from '@/db/seed/demo';
import { DEMO_STAFF } from '@/db/seed/demo-staff';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getAdviserHome } from '@/lib/employers/home';
import { headlineMetrics } from '@/lib/metrics/counts';
import { getCaseload } from '@/lib/persons/caseload';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

// The demo seeded on a morning years after its fixed records (2019-2020, late 2026): every demo agent and
// adviser still opens their home on a caseload of that day, and the report's figures do not move.
const TODAY = '2031-05-14';
const RECENT_SINCE = '2031-04-24'; // 20 days: the last activity of an active file.
const AGENTS = DEMO_STAFF.filter((staff) => staff.role === 'agent');
const ADVISERS = DEMO_STAFF.filter((staff) => staff.role === 'adviser');

let db: Db;
const rowsOf = <Row>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
const sessionOf = async (email: string) => {
  await actAs(db, email);
  return (await getCurrentUser())!;
};

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDemoData(db, { today: TODAY });
});
afterAll(closeTestDatabase);

describe('the demo’s caseload on the day it is seeded', () => {
  it.each(AGENTS.map((agent) => [agent.email]))('gives %s open files, most worked on lately, some idle, some due this week', async (email) => {
    const caseload = await getCaseload(db, await sessionOf(email), TODAY);
    expect(caseload.open.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.filesPerAgent);
    expect(caseload.inactive.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.idlePerAgent);
    const recent = caseload.open.filter((row) => row.lastInterventionOn !== null && row.lastInterventionOn >= RECENT_SINCE && row.lastInterventionOn <= TODAY);
    expect(recent.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.filesPerAgent - CURRENT_CASELOAD.idlePerAgent);
    expect(caseload.dueThisWeek.length).toBeGreaterThan(0);
    expect(caseload.open.every((row) => row.needs.length > 0)).toBe(true);
  });

  it.each(ADVISERS.map((adviser) => [adviser.email]))('gives %s open employer files with open needs, most contacted lately, some idle', async (email) => {
    const home = await getAdviserHome(db, await sessionOf(email), TODAY);
    expect(home.open.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.filesPerAdviser);
    expect(home.inactive.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.idlePerAdviser);
    const recent = home.open.filter((row) => row.lastInteractionOn !== null && row.lastInteractionOn >= RECENT_SINCE && row.lastInteractionOn <= TODAY);
    expect(recent.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.filesPerAdviser - CURRENT_CASELOAD.idlePerAdviser);
    expect(home.openNeeds.length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.filesPerAdviser);
    expect(home.openNeeds.filter((need) => need.wantedStartOn !== null && need.wantedStartOn > TODAY).length).toBeGreaterThanOrEqual(CURRENT_CASELOAD.filesPerAdviser);
  });

  it('dates the current files within 300 days before the seed’s day, never after it', async () => {
    const [facts] = rowsOf<Record<string, string | number>>(
      await db.execute(sql`
        select
          (select count(*)::int from accompaniments where opened_on > '2027-01-01') as accompaniments,
          (select min(opened_on)::text from accompaniments where opened_on > '2027-01-01') as first_accompaniment,
          (select count(*)::int from employer_files where opened_on > '2027-01-01') as employer_files,
          (select min(opened_on)::text from employer_files where opened_on > '2027-01-01') as first_employer_file,
          (select max(occurred_on)::text from interventions) as last_intervention,
          (select max(occurred_on)::text from employer_interactions) as last_interaction,
          (select count(*)::int from employer_interactions i join employer_files f on f.id = i.employer_file_id where i.occurred_on < f.opened_on) as interactions_before_opening,
          (select count(*)::int from interventions i join accompaniments a on a.id = i.accompaniment_id where i.occurred_on < a.opened_on) as interventions_before_opening,
          (select count(*)::int from accompaniments where opened_on > '2027-01-01' and status <> 'open') as current_closed
      `),
    );
    expect(facts).toEqual({
      accompaniments: AGENTS.length * CURRENT_CASELOAD.filesPerAgent,
      first_accompaniment: expect.any(String),
      employer_files: ADVISERS.length * CURRENT_CASELOAD.filesPerAdviser,
      first_employer_file: expect.any(String),
      last_intervention: expect.any(String),
      last_interaction: expect.any(String),
      interactions_before_opening: 0,
      interventions_before_opening: 0,
      current_closed: 0,
    });
    const earliest = '2030-07-18'; // TODAY minus 300 days
    expect(String(facts!.first_accompaniment) >= earliest && String(facts!.first_employer_file) >= earliest).toBe(true);
    expect(String(facts!.last_intervention) <= TODAY && String(facts!.last_interaction) <= TODAY).toBe(true);
  });

  it('keeps the report’s figures and those of the periods the other tests assert', async () => {
    expect(await headlineMetrics(db, { from: '2019-08-01', to: '2020-03-31', regionCode: '08' })).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
    expect(await headlineMetrics(db, { from: '2020-04-01', to: '2021-03-31', regionCode: '08' })).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 4 });
    expect(await headlineMetrics(db, { from: '2020-04-01', to: '2020-06-30', regionCode: '08' })).toMatchObject({ personsAccompanied: 89, agreementsSigned: 2 });
  });

  it('is the same demo seeded again, another day: nothing is added', async () => {
    const count = async () => rowsOf<{ n: number }>(await db.execute(sql`select (select count(*) from persons) + (select count(*) from employer_files) + (select count(*) from interventions) + (select count(*) from employer_interactions) as n`))[0]!.n;
    const before = await count();
    await seedDemoData(db, { today: '2031-06-30' });
    expect(await count()).toBe(before);
  });
});
