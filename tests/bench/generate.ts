import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '@/db/client';
import * as schema from '@/db/schema';
import { COUNTRIES, NAMES_BY_COUNTRY } from '@/db/seed/names';
import { addDays, minDate, Random } from '@/db/seed/random';
import { DEMO_PARTNERS, DEMO_SERVICE_POINTS, MRCS } from '@/db/seed/reference-data';
import { insertPartners, insertServicePoints, loadCodeMaps, required, seedReferenceData } from '@/db/seed/reference';

// The benchmark's own data: a decade of the regional directorate at a volume well above the report's
// (114 persons in 8 months), so that a query that scans instead of seeking shows up in the figures.
// Deterministic (fixed seed), independent of the demo data, which is tuned for the report's exact totals.
const BENCH_SEED = 20_261_126;
const BATCH = 1000;
const FIRST_DAY = '2015-01-01';
const LAST_DAY = '2026-11-25';

/** Volumes at scale 1. */
export const BASE_VOLUMES = {
  persons: 50_000,
  accompaniments: 70_000,
  interventions: 300_000,
  referrals: 20_000,
  businesses: 5_000,
  employerFiles: 8_000,
  agreements: 1_000,
};

// Share of the accompaniments held by each office: Abitibi-Témiscamingue (08) holds most of them.
const SERVICE_POINT_WEIGHTS: Record<string, number> = {
  'val-dor': 20,
  amos: 12,
  'rouyn-noranda': 20,
  'ville-marie': 8,
  'la-sarre': 10,
  gatineau: 20,
  chibougamau: 10,
};
const AGENTS_PER_SERVICE_POINT = 3;

export interface BenchStaff {
  id: string;
  email: string;
  displayName: string;
  role: schema.StaffRole;
  servicePointId: string | null;
  servicePointCode: string | null;
  regionCode: string | null;
}

export interface GeneratedData {
  staff: BenchStaff[];
  /** Ids of persons with an accompaniment at each service point (by code), for single-record reads. */
  personIdsByServicePoint: Map<string, string[]>;
  rowsInserted: number;
  buildMs: number;
  insertMs: number;
}

function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale));
}

function weightedPick(rng: Random, weights: Record<string, number>): string {
  const total = Object.values(weights).reduce((sum, w) => sum + w, 0);
  let draw = rng.next() * total;
  for (const [key, weight] of Object.entries(weights)) {
    draw -= weight;
    if (draw < 0) return key;
  }
  return Object.keys(weights).at(-1)!;
}

async function insertInBatches<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  // One transaction per ten batches: the way a bulk import would write, without one huge transaction.
  const perTransaction = BATCH * 10;
  for (let start = 0; start < rows.length; start += perTransaction) {
    const chunk = rows.slice(start, start + perTransaction);
    await db.transaction(async (tx: DbOrTx) => {
      for (let offset = 0; offset < chunk.length; offset += BATCH) {
        await tx.insert(table).values(chunk.slice(offset, offset + BATCH));
      }
    });
  }
}

export async function generateBenchData(db: Db, scale: number): Promise<GeneratedData> {
  await db.transaction(async (tx) => {
    await seedReferenceData(tx);
    await insertServicePoints(tx, DEMO_SERVICE_POINTS);
    await insertPartners(tx, DEMO_PARTNERS);
  });
  const maps = await loadCodeMaps(db);
  const servicePointRegion = new Map<string, string>();
  for (const row of await db.select({ id: schema.servicePoints.id, regionCode: schema.servicePoints.regionCode }).from(schema.servicePoints)) {
    servicePointRegion.set(row.id, row.regionCode);
  }
  const partnerIds = [...maps.partnerIdByName.values()].sort();
  const mrcIds = MRCS.map((mrc) => required(maps.mrcIdByCode, mrc.code));
  const mrcIdsByRegion = new Map<string, string[]>();
  for (const mrc of MRCS) {
    mrcIdsByRegion.set(mrc.regionCode, [...(mrcIdsByRegion.get(mrc.regionCode) ?? []), required(maps.mrcIdByCode, mrc.code)]);
  }

  const buildStart = performance.now();
  const rng = new Random(BENCH_SEED);

  // Staff: three agents and one adviser per office, a manager per region with an office, one admin.
  // No password hash: accounts that sign in only through single sign-on, and no slow hashing here.
  const staff: BenchStaff[] = [];
  const addStaff = (role: schema.StaffRole, code: string | null, n: number) => {
    const servicePointId = code ? required(maps.servicePointIdByCode, code) : null;
    staff.push({
      id: rng.uuid(),
      email: `${role}.${code ?? 'central'}.${n}@bench.passerelle.test`,
      displayName: `${role} ${code ?? 'central'} ${n}`,
      role,
      servicePointId,
      servicePointCode: code,
      regionCode: servicePointId ? servicePointRegion.get(servicePointId)! : null,
    });
  };
  for (const code of Object.keys(SERVICE_POINT_WEIGHTS)) {
    for (let n = 1; n <= AGENTS_PER_SERVICE_POINT; n += 1) addStaff('agent', code, n);
    addStaff('adviser', code, 1);
  }
  addStaff('manager', 'rouyn-noranda', 1);
  addStaff('manager', 'gatineau', 1);
  addStaff('admin', null, 1);
  const agentsByPoint = new Map<string, BenchStaff[]>();
  const advisers: BenchStaff[] = [];
  for (const member of staff) {
    if (member.role === 'agent') agentsByPoint.set(member.servicePointCode!, [...(agentsByPoint.get(member.servicePointCode!) ?? []), member]);
    if (member.role === 'adviser') advisers.push(member);
  }

  // Persons, each with one or more successive accompaniments.
  const personCount = scaled(BASE_VOLUMES.persons, scale);
  const accompanimentCount = Math.max(personCount, scaled(BASE_VOLUMES.accompaniments, scale));
  const followUpsPerPerson = new Array<number>(personCount).fill(1);
  for (let extra = personCount; extra < accompanimentCount; extra += 1) followUpsPerPerson[rng.int(0, personCount - 1)]! += 1;

  const persons: (typeof schema.persons.$inferInsert)[] = [];
  const accompaniments: (typeof schema.accompaniments.$inferInsert)[] = [];
  const personIdsByServicePoint = new Map<string, string[]>();
  const needs = schema.need.enumValues;
  const closureReasons = schema.closureReason.enumValues.filter((reason) => reason !== 'other');
  for (let p = 0; p < personCount; p += 1) {
    const country = rng.pick(COUNTRIES);
    const names = NAMES_BY_COUNTRY[country]!;
    const personId = rng.uuid();
    const followUps = followUpsPerPerson[p]!;
    // Leave room for the later follow-ups, which start after the earlier ones end.
    let opensOn = rng.date(FIRST_DAY, addDays(LAST_DAY, -(followUps - 1) * 900));
    const arrival = addDays(opensOn, -rng.int(10, 700));
    persons.push({
      id: personId,
      firstName: rng.pick(names.given),
      lastName: rng.chance(0.15) ? `${rng.pick(names.family)}-${rng.pick(names.family)}` : rng.pick(names.family),
      birthDate: rng.date('1955-01-01', '2006-12-31'),
      countryOfBirth: country,
      immigrationStatus: rng.pick(schema.immigrationStatus.enumValues),
      arrivalInQuebecOn: arrival,
      residenceMrcId: rng.pick(mrcIds),
      email: rng.chance(0.7) ? `personne${p}@example.org` : null,
      phone: rng.chance(0.8) ? `819 ${rng.digits(3)}-${rng.digits(4)}` : null,
      collectionConsentOn: opensOn,
    });
    for (let f = 0; f < followUps && opensOn <= LAST_DAY; f += 1) {
      const code = weightedPick(rng, SERVICE_POINT_WEIGHTS);
      const agent = rng.pick(agentsByPoint.get(code)!);
      const closesOn = addDays(opensOn, rng.int(20, f < followUps - 1 ? 600 : 900));
      const closed = closesOn < LAST_DAY;
      accompaniments.push({
        id: rng.uuid(),
        personId,
        servicePointId: agent.servicePointId!,
        agentId: agent.id,
        status: closed ? 'closed' : 'open',
        openedOn: opensOn,
        closedOn: closed ? closesOn : null,
        closureReason: closed ? rng.pick(closureReasons) : null,
        needs: needs.filter(() => rng.chance(0.3)),
      });
      const atPoint = personIdsByServicePoint.get(code) ?? [];
      atPoint.push(personId);
      personIdsByServicePoint.set(code, atPoint);
      opensOn = addDays(closesOn, rng.int(30, 300));
    }
  }

  const interventions: (typeof schema.interventions.$inferInsert)[] = [];
  const interventionCount = scaled(BASE_VOLUMES.interventions, scale);
  for (let i = 0; i < interventionCount; i += 1) {
    const followUp = accompaniments[rng.int(0, accompaniments.length - 1)]!;
    interventions.push({
      id: rng.uuid(),
      accompanimentId: followUp.id!,
      authorId: followUp.agentId,
      occurredOn: rng.date(followUp.openedOn, followUp.closedOn ?? minDate(addDays(followUp.openedOn, 365), LAST_DAY)),
      kind: rng.pick(schema.interventionKind.enumValues),
      need: rng.chance(0.8) ? rng.pick(needs) : null,
      durationMinutes: rng.chance(0.9) ? rng.int(5, 180) : null,
      notes: rng.chance(0.3) ? 'Suivi régulier.' : null,
    });
  }

  const referrals: (typeof schema.referrals.$inferInsert)[] = [];
  const referralCount = scaled(BASE_VOLUMES.referrals, scale);
  const referralStatuses = schema.referralStatus.enumValues;
  for (let r = 0; r < referralCount; r += 1) {
    const followUp = accompaniments[rng.int(0, accompaniments.length - 1)]!;
    const sentOn = rng.date(followUp.openedOn, followUp.closedOn ?? LAST_DAY);
    const status = rng.pick(referralStatuses);
    referrals.push({
      id: rng.uuid(),
      accompanimentId: followUp.id!,
      partnerId: rng.pick(partnerIds),
      need: rng.pick(needs),
      status,
      sharingConsentOn: sentOn,
      sentOn,
      respondedOn: status === 'sent' ? null : addDays(sentOn, rng.int(0, 30)),
    });
  }

  const businesses: (typeof schema.businesses.$inferInsert)[] = [];
  const businessRegions: string[] = [];
  const businessCount = scaled(BASE_VOLUMES.businesses, scale);
  for (let b = 0; b < businessCount; b += 1) {
    const region = weightedPick(rng, { '08': 60, '07': 30, '10': 10 });
    businessRegions.push(region);
    businesses.push({
      id: rng.uuid(),
      legalName: `Entreprise ${b + 1} inc.`,
      // Unique by construction: the NEQ is the business's number, padded.
      neq: String(1_100_000_000 + b),
      sector: rng.pick(schema.businessSector.enumValues),
      mrcId: rng.pick(mrcIdsByRegion.get(region)!),
      city: 'Ville',
    });
  }

  const employerFiles: (typeof schema.employerFiles.$inferInsert)[] = [];
  const employerFileCount = scaled(BASE_VOLUMES.employerFiles, scale);
  for (let e = 0; e < employerFileCount; e += 1) {
    const b = rng.int(0, businesses.length - 1);
    const regional = advisers.filter((adviser) => adviser.regionCode === businessRegions[b]);
    const adviser = rng.pick(regional.length > 0 ? regional : advisers);
    const openedOn = rng.date(FIRST_DAY, LAST_DAY);
    const closesOn = addDays(openedOn, rng.int(30, 1200));
    const closed = closesOn < LAST_DAY;
    employerFiles.push({
      id: rng.uuid(),
      businessId: businesses[b]!.id!,
      adviserId: adviser.id,
      servicePointId: adviser.servicePointId!,
      status: closed ? 'closed' : 'open',
      openedOn,
      closedOn: closed ? closesOn : null,
      contactName: 'Responsable RH',
      interregionalMobility: rng.chance(0.3),
    });
  }

  const agreements: (typeof schema.agreements.$inferInsert)[] = [];
  const agreementTerritories: (typeof schema.agreementTerritories.$inferInsert)[] = [];
  const agreementCount = scaled(BASE_VOLUMES.agreements, scale);
  for (let a = 0; a < agreementCount; a += 1) {
    const status = rng.pick(schema.agreementStatus.enumValues);
    const startsOn = rng.date(FIRST_DAY, LAST_DAY);
    const id = rng.uuid();
    agreements.push({
      id,
      reference: `BENCH-${String(a + 1).padStart(6, '0')}`,
      partnerId: rng.pick(partnerIds),
      program: rng.pick(schema.fundingProgram.enumValues),
      amountCents: rng.int(5_000, 250_000) * 100,
      status,
      signedOn: status === 'draft' ? null : addDays(startsOn, -rng.int(0, 60)),
      startsOn,
      endsOn: addDays(startsOn, rng.int(90, 1095)),
    });
    const territories = new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(mrcIds)));
    for (const mrcId of territories) agreementTerritories.push({ agreementId: id, mrcId });
  }
  const buildMs = performance.now() - buildStart;

  const insertStart = performance.now();
  await insertInBatches(
    db,
    schema.users,
    staff.map(({ id, email, displayName, role, servicePointId }) => ({ id, email, displayName, role, servicePointId })),
  );
  await insertInBatches(db, schema.persons, persons);
  await insertInBatches(db, schema.accompaniments, accompaniments);
  await insertInBatches(db, schema.interventions, interventions);
  await insertInBatches(db, schema.referrals, referrals);
  await insertInBatches(db, schema.businesses, businesses);
  await insertInBatches(db, schema.employerFiles, employerFiles);
  await insertInBatches(db, schema.agreements, agreements);
  await insertInBatches(db, schema.agreementTerritories, agreementTerritories);
  const insertMs = performance.now() - insertStart;

  const rowsInserted =
    staff.length +
    persons.length +
    accompaniments.length +
    interventions.length +
    referrals.length +
    businesses.length +
    employerFiles.length +
    agreements.length +
    agreementTerritories.length;
  return { staff, personIdsByServicePoint, rowsInserted, buildMs, insertMs };
}
