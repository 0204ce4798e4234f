import { inArray, isNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../client';
import * as schema from '../schema';
import { hashPassword } from '@/lib/auth/password';
import { todayInQuebec } from '@/lib/persons/schemas';
import { buildAgreements } from './demo-agreements';
import { buildCurrentCaseload } from './demo-caseload';
import { buildEmployers } from './demo-employers';
import { addEmployerDetails } from './demo-employer-details';
import { buildPeople, REPORT_PERIOD } from './demo-people';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo-staff';
import { Random } from './random';
import { DEMO_PARTNERS, DEMO_SERVICE_POINTS } from './reference-data';
import { insertPartners, insertServicePoints, loadCodeMaps, required, seedReferenceData } from './reference';

// Fixed seed: the demo data is the same on every machine and every run.
const DEMO_SEED = 20_192_020;
const CASELOAD_SEED = 20_192_022;
const BATCH = 500;

async function insertAll<T extends PgTable>(tx: DbOrTx, table: T, rows: T['$inferInsert'][]) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.insert(table).values(rows.slice(start, start + BATCH)).onConflictDoNothing();
  }
}

async function seedDemoStaff(tx: DbOrTx, servicePointIdByCode: Map<string, string>) {
  const existing = await tx
    .select({ email: schema.users.email })
    .from(schema.users)
    .where(inArray(schema.users.email, DEMO_STAFF.map((staff) => staff.email)));
  const existingEmails = new Set(existing.map((row) => row.email));
  const missing = DEMO_STAFF.filter((staff) => !existingEmails.has(staff.email));
  // Hashing is slow on purpose; hash only for accounts that are not there yet.
  const passwordHash = missing.length > 0 ? await hashPassword(DEMO_PASSWORD) : null;
  for (const staff of missing) {
    await tx
      .insert(schema.users)
      .values({
        email: staff.email,
        displayName: staff.displayName,
        role: staff.role,
        servicePointId: staff.servicePointCode ? required(servicePointIdByCode, staff.servicePointCode) : null,
        passwordHash,
      })
      .onConflictDoNothing({ target: schema.users.email });
  }
  const rows = await tx
    .select({ id: schema.users.id, email: schema.users.email, servicePointId: schema.users.servicePointId })
    .from(schema.users)
    .where(inArray(schema.users.email, DEMO_STAFF.map((staff) => staff.email)));
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  const userIdByKey = new Map<string, string>();
  const servicePointByKey = new Map<string, string>();
  for (const staff of DEMO_STAFF) {
    const row = byEmail.get(staff.email)!;
    userIdByKey.set(staff.key, row.id);
    if (row.servicePointId) servicePointByKey.set(staff.key, row.servicePointId);
  }
  return { userIdByKey, servicePointByKey };
}

/**
 * Reference data, demo accounts and deterministic synthetic records. Idempotent: every row has a stable
 * key and is inserted only when missing, so a second run changes nothing.
 *
 * `today` (YYYY-MM-DD, by default the date in Quebec) dates the agents' and advisers' current files back
 * from the morning the demo is seeded (db/seed/demo-caseload.ts); tests give their own to pin them.
 */
export async function seedDemoData(db: Db, { today = todayInQuebec() }: { today?: string } = {}): Promise<void> {
  await db.transaction(async (tx) => {
    await seedReferenceData(tx);
    await insertServicePoints(tx, DEMO_SERVICE_POINTS);
    await insertPartners(tx, DEMO_PARTNERS);
    const maps = await loadCodeMaps(tx);
    const { userIdByKey, servicePointByKey } = await seedDemoStaff(tx, maps.servicePointIdByCode);

    const partnerRows = await tx.select({ id: schema.partners.id, regionCode: schema.partners.regionCode }).from(schema.partners);
    const partnerIdsByRegion = new Map<string, string[]>();
    for (const row of partnerRows.sort((a, b) => a.id.localeCompare(b.id))) {
      partnerIdsByRegion.set(row.regionCode, [...(partnerIdsByRegion.get(row.regionCode) ?? []), row.id]);
    }

    const rng = new Random(DEMO_SEED);
    const people = buildPeople(rng, userIdByKey, maps.servicePointIdByCode, maps.mrcIdByCode, partnerIdsByRegion);
    const employers = buildEmployers(rng, userIdByKey, servicePointByKey, maps.mrcIdByCode, people.personIdsByRegion);
    const agreements = buildAgreements(rng, maps.partnerIdByName, maps.mrcIdByCode);
    // Its own random stream, after the others: the records above (and the report's figures) stay as they were.
    const employerDetails = addEmployerDetails(employers, people.persons);
    // Its own stream too, last: today's caseload, dated from `today`, after the dated records above.
    const current = buildCurrentCaseload(new Random(CASELOAD_SEED), today, { userIdByKey, servicePointByKey, servicePointIdByCode: maps.servicePointIdByCode, mrcIdByCode: maps.mrcIdByCode }, employers);

    await insertAll(tx, schema.persons, [...people.persons, ...current.people.persons]);
    await insertAll(tx, schema.accompaniments, [...people.accompaniments, ...current.people.accompaniments]);
    await insertAll(tx, schema.interventions, [...people.interventions, ...current.people.interventions]);
    await insertAll(tx, schema.actionPlanItems, [...people.actionPlanItems, ...current.people.actionPlanItems]);
    await insertAll(tx, schema.referrals, people.referrals);
    await insertAll(tx, schema.businesses, [...employers.businesses, ...current.employers.businesses]);
    await insertAll(tx, schema.employerFiles, [...employers.employerFiles, ...current.employers.employerFiles]);
    await insertAll(tx, schema.hiringNeeds, [...employers.hiringNeeds, ...current.employers.hiringNeeds]);
    await insertAll(tx, schema.hires, employers.hires);
    await insertAll(tx, schema.businessContacts, [...employerDetails.businessContacts, ...current.businessContacts]);
    await insertAll(tx, schema.employerInteractions, [...employerDetails.employerInteractions, ...current.employerInteractions]);
    await insertAll(tx, schema.agreements, agreements.agreements);
    await insertAll(tx, schema.agreementTerritories, agreements.agreementTerritories);
    await insertAll(tx, schema.fundedProjects, agreements.fundedProjects);
    await insertAll(tx, schema.fundedProjectTerritories, agreements.fundedProjectTerritories);

    // The demo opens on the report's period, so the home page reproduces the report's figures.
    // Only while no period is set, so that an admin's later choice survives a re-run.
    await tx
      .update(schema.appSettings)
      .set({ defaultPeriodFrom: REPORT_PERIOD.from, defaultPeriodTo: REPORT_PERIOD.to })
      .where(isNull(schema.appSettings.defaultPeriodFrom));
  });
}
