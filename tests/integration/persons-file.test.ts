import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { accompaniments, auditEvents, interventions, users } from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { endOfWeek, getCaseload, INACTIVE_AFTER_DAYS } from '@/lib/persons/caseload';
import { getAccessLog, getPersonFile } from '@/lib/persons/file';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

let db: Db;
const TODAY = '2026-11-27';
const me = async (email: string) => {
  await actAs(db, email);
  return (await getCurrentUser())!;
};

beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

describe('the agent home (Mes dossiers)', () => {
  it('lists the agent’s own open files, those due by Sunday and those idle for 30 days, as cuts of one list', async () => {
    const agent = await me('agent.valdor@passerelle.test');
    const caseload = await getCaseload(db, agent, TODAY);
    expect(caseload.weekEnd).toBe('2026-11-29');
    expect(caseload.open.length).toBeGreaterThan(0);
    const [mine] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'agent.valdor@passerelle.test'));
    const own = await db.select({ id: accompaniments.id, agentId: accompaniments.agentId, status: accompaniments.status }).from(accompaniments).where(eq(accompaniments.agentId, mine!.id));
    expect(caseload.open.length).toBe(own.filter((row) => row.status === 'open').length);
    for (const row of caseload.dueThisWeek) expect(row.nextFollowUpOn! <= '2026-11-29').toBe(true);
    for (const row of caseload.inactive) expect((row.lastInterventionOn ?? row.openedOn) < caseload.inactiveSince).toBe(true);
    const idle = caseload.open.filter((row) => !caseload.inactive.includes(row));
    for (const row of idle) expect((row.lastInterventionOn ?? row.openedOn) >= caseload.inactiveSince).toBe(true);
    expect(INACTIVE_AFTER_DAYS).toBe(30);
    expect(caseload.inactiveSince).toBe('2026-10-28');
  });

  it('moves a file out of "idle" once an intervention is logged', async () => {
    const agent = await me('agent.valdor@passerelle.test');
    const before = await getCaseload(db, agent, TODAY);
    const idle = before.inactive[0]!;
    await db.insert(interventions).values({ accompanimentId: idle.accompanimentId, authorId: agent.id, occurredOn: TODAY, kind: 'phone_call' });
    const after = await getCaseload(db, agent, TODAY);
    expect(after.inactive.map((row) => row.accompanimentId)).not.toContain(idle.accompanimentId);
    expect(after.inactive.length).toBe(before.inactive.length - 1);
  });

  it('knows which Sunday ends the week', () => {
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06');
  });
});

describe('the file', () => {
  it('shows the timeline, plan and referrals of follow-ups in scope, and nothing of those held elsewhere', async () => {
    const agent = await me('agent.valdor@passerelle.test');
    const caseload = await getCaseload(db, agent, TODAY);
    const file = await getPersonFile(db, agent, caseload.open[0]!.personId);
    expect(file?.kind).toBe('full');
    const full = file as Extract<Awaited<ReturnType<typeof getPersonFile>>, { kind: 'full' }>;
    expect(full.timeline.length).toBeGreaterThan(0);
    expect(full.actionPlan.length).toBeGreaterThan(0);
    const inScope = new Set(full.followUpDetails.map((row) => row.id));
    for (const child of [...full.timeline, ...full.actionPlan, ...full.referrals]) expect(inScope.has(child.accompanimentId)).toBe(true);
  });

  it('gives the manager the access log of a file of the region, and nobody else', async () => {
    const agent = await me('agent.valdor@passerelle.test');
    const personId = (await getCaseload(db, agent, TODAY)).open[0]!.personId;
    await getPersonFile(db, agent, personId);
    const manager = await me('direction@passerelle.test');
    const log = await getAccessLog(db, manager, personId);
    expect(log!.some((entry) => entry.action === 'person.viewed' && entry.actor === agent.displayName)).toBe(true);
    expect(log!.some((entry) => entry.action === 'persons.listed')).toBe(true);
    expect(await getAccessLog(db, agent, personId)).toBeNull();
    expect(await getAccessLog(db, await me('agent.gatineau@passerelle.test'), personId)).toBeNull();
  });
});

describe('the CSV export of the list', () => {
  it('holds the filtered list of the scope only, for Excel in French, and is audited with its row count', async () => {
    const { GET } = await import('@/app/(app)/persons/export/route');
    const agent = await me('agent.valdor@passerelle.test');
    const own = (await getCaseload(db, agent, TODAY)).open[0]!;
    const response = await GET(new Request('http://localhost/persons/export?status=open'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel needs
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain(`${own.lastName}, ${own.firstName}`);
    const lines = csv.trim().split('\r\n');
    await me('agent.gatineau@passerelle.test');
    const other = await (await GET(new Request('http://localhost/persons/export'))).text();
    expect(other).not.toContain(`${own.lastName}, ${own.firstName}`);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'persons.exported')).orderBy(desc(auditEvents.id)).limit(2);
    expect(event).toBeDefined();
    const first = (await db.select().from(auditEvents).where(eq(auditEvents.action, 'persons.exported')).orderBy(auditEvents.id).limit(1))[0]!;
    expect(first.details).toMatchObject({ status: 'open', rows: lines.length - 1 });
    expect((await GET(new Request('http://localhost/persons/export?status=open&status=closed'))).status).toBe(400);
  });
});
