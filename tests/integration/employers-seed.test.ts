import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { headlineMetrics } from '@/lib/metrics/counts';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const rowsOf = <Row>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];

describe('demo seed of the employer workflow', () => {
  it('gives the adviser screens real content: contacts, sizes, interactions, needs of every status, and hires named only with consent', async () => {
    const [facts] = rowsOf<Record<string, number>>(
      await db.execute(sql`
        select
          (select count(*)::int from business_contacts) as contacts,
          (select count(*)::int from businesses where size_band is null or postal_code is null) as businesses_without_details,
          (select count(*)::int from employer_interactions) as interactions,
          (select count(*)::int from employer_interactions i join employer_files f on f.id = i.employer_file_id
             where i.occurred_on < f.opened_on or i.occurred_on > coalesce(f.closed_on, current_date)) as interactions_outside_file,
          (select count(distinct status)::int from hiring_needs) as need_statuses,
          (select count(*)::int from hiring_needs n join employer_files f on f.id = n.employer_file_id where f.status = 'closed' and n.status = 'open') as open_needs_of_closed_files,
          (select count(*)::int from hires h join persons p on p.id = h.person_id where not p.sharing_consent or p.sharing_consent_on > h.hired_on) as hires_without_consent,
          (select count(*)::int from hires where person_id is not null) as hires_named,
          (select count(*)::int from employer_files f join users u on u.id = f.adviser_id
             where u.email = 'conseil.valdor@passerelle.test' and f.status = 'open'
               and not exists (select 1 from employer_interactions i where i.employer_file_id = f.id)) as valdor_open_without_interaction
      `),
    );
    expect(facts!.contacts).toBeGreaterThan(80);
    expect(facts!.businesses_without_details).toBe(0);
    expect(facts!.interactions).toBeGreaterThan(100);
    expect(facts!.interactions_outside_file).toBe(0);
    expect(facts!.need_statuses).toBe(3);
    expect(facts!.open_needs_of_closed_files).toBe(0);
    expect(facts!.hires_without_consent).toBe(0);
    expect(facts!.hires_named).toBeGreaterThan(3);
    expect(facts!.valdor_open_without_interaction).toBeGreaterThan(0);
  });

  it('keeps the report’s figures', async () => {
    expect(await headlineMetrics(db, { from: '2019-08-01', to: '2020-03-31', regionCode: '08' })).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
  });
});
