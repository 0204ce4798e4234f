import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';

// The per-day, per-service-point counts kept by triggers (migration 0011) must always equal the live
// aggregates they stand for: after the seed, and after every kind of write that moves them.

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const rowsOf = <Row>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];

/** Every non-zero (service point, day, measure) of the kept counts, and of the live rows. */
async function keptAndLive(): Promise<{ kept: string[]; live: string[] }> {
  const kept = rowsOf<{ line: string }>(
    await db.execute(sql`select service_point_id || ' ' || day || ' ' || m.name || ' ' || m.value as line
      from daily_service_point_counts d cross join lateral (values ('interventions', d.interventions), ('sent', d.referrals_sent),
        ('accepted', d.referrals_accepted), ('completed', d.referrals_completed), ('declined', d.referrals_declined)) as m(name, value)
      where m.value <> 0 order by 1`),
  ).map((row) => row.line);
  const live = rowsOf<{ line: string }>(
    await db.execute(sql`select line from (
        select a.service_point_id || ' ' || i.occurred_on || ' interventions ' || count(*) as line from interventions i join accompaniments a on a.id = i.accompaniment_id group by a.service_point_id, i.occurred_on
        union all
        select a.service_point_id || ' ' || r.sent_on || ' ' || r.status || ' ' || count(*) from referrals r join accompaniments a on a.id = r.accompaniment_id group by a.service_point_id, r.sent_on, r.status
      ) l order by 1`),
  ).map((row) => row.line);
  return { kept, live };
}

async function expectEqual() {
  const { kept, live } = await keptAndLive();
  expect(live.length).toBeGreaterThan(0);
  expect(kept).toEqual(live);
}

describe('daily service point counts', () => {
  it('equal the live aggregates after the demo seed (the migration backfills, the triggers follow)', async () => {
    await expectEqual();
  });

  it('follow inserts of many rows at once, edits that move a row to another day or follow-up, and deletes', async () => {
    const follows = await db.select().from(schema.accompaniments).limit(3);
    const [a, b] = follows;
    const inserted = await db
      .insert(schema.interventions)
      .values([
        { accompanimentId: a!.id, authorId: a!.agentId, occurredOn: '2026-05-01', kind: 'meeting' },
        { accompanimentId: a!.id, authorId: a!.agentId, occurredOn: '2026-05-01', kind: 'phone_call' },
        { accompanimentId: b!.id, authorId: b!.agentId, occurredOn: '2026-05-02', kind: 'email' },
      ])
      .returning();
    await expectEqual();
    await db.update(schema.interventions).set({ occurredOn: '2026-06-01', accompanimentId: b!.id }).where(eq(schema.interventions.id, inserted[0]!.id));
    await expectEqual();
    await db.delete(schema.interventions).where(inArray(schema.interventions.id, [inserted[1]!.id, inserted[2]!.id]));
    await expectEqual();
  });

  it('follow referrals sent, answered and removed', async () => {
    const [follow] = await db.select().from(schema.accompaniments).limit(1);
    const [partner] = await db.select().from(schema.partners).limit(1);
    const [referral] = await db
      .insert(schema.referrals)
      .values({ accompanimentId: follow!.id, partnerId: partner!.id, need: 'employment', sharingConsentOn: '2026-05-01', sentOn: '2026-05-03' })
      .returning();
    await expectEqual();
    await db.update(schema.referrals).set({ status: 'accepted', respondedOn: '2026-05-10' }).where(eq(schema.referrals.id, referral!.id));
    await expectEqual();
    await db.update(schema.referrals).set({ status: 'completed' }).where(eq(schema.referrals.id, referral!.id));
    await expectEqual();
    await db.delete(schema.referrals).where(eq(schema.referrals.id, referral!.id));
    await expectEqual();
  });

  it('move with a follow-up transferred to another service point, and can be rebuilt from the rows', async () => {
    const [moved] = rowsOf<{ id: string; service_point_id: string }>(
      await db.execute(sql`select a.id, a.service_point_id from accompaniments a where exists (select 1 from interventions i where i.accompaniment_id = a.id)
        and exists (select 1 from referrals r where r.accompaniment_id = a.id) limit 1`),
    );
    const [target] = await db.select().from(schema.servicePoints).where(sql`${schema.servicePoints.id} <> ${moved!.service_point_id}`).limit(1);
    await db.update(schema.accompaniments).set({ servicePointId: target!.id }).where(eq(schema.accompaniments.id, moved!.id));
    await expectEqual();
    // An update that changes no service point leaves the counts as they are.
    await db.update(schema.accompaniments).set({ nextFollowUpOn: '2026-12-01' }).where(eq(schema.accompaniments.id, moved!.id));
    await expectEqual();
    const before = await keptAndLive();
    await db.execute(sql`select passerelle_rebuild_daily_counts()`);
    expect((await keptAndLive()).kept).toEqual(before.kept);
  });
});
