import { NAICS_SECTORS } from '@/db/enums/employers';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { COUNTRIES, NAMES_BY_COUNTRY } from '@/db/seed/names';
import { addDays, minDate, Random } from '@/db/seed/random';
import { DEMO_PARTNERS, DEMO_SERVICE_POINTS, MRCS } from '@/db/seed/reference-data';
import { insertPartners, insertServicePoints, loadCodeMaps, required, seedReferenceData } from '@/db/seed/reference';
import { insertRows } from './bulk-insert';
import { streamAgreementExtras, type GeneratedAgreement } from './generate-agreements';

// The benchmark's own data: a decade of the regional directorate at a volume well above the report's
// (114 persons in 8 months), so that a query that scans instead of seeking shows up in the figures.
// Deterministic (fixed seed), independent of the demo data, which is tuned for the report's exact totals.
//
// Streamed: persons are generated a chunk at a time together with their accompaniments, interventions and
// referrals, and each chunk is inserted (one multi-row statement per table and ROWS_PER_STATEMENT rows)
// while the next one is generated. Memory stays that of one chunk whatever the scale; only the small
// tables other rows point to at random (businesses) are kept whole.
// Loaded as pg_restore loads a dump: indexes and keys are dropped first and put back at the end (each index
// built in one pass, each key checked once), instead of one index insertion and one foreign-key lookup per
// row and per index. What is put back is read from the database itself, so it is exactly the migrations'.
const BENCH_SEED = 20_261_126;
const PERSONS_PER_CHUNK = 5_000;
const ROWS_PER_STATEMENT = 10_000;
const FIRST_DAY = '2015-01-01';
const LAST_DAY = '2026-11-25';
/** Persons kept per service point for the single-record reads, sampled over the whole table. */
const SAMPLED_PERSONS = 2_000;

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
  /** A sample of the persons with an accompaniment at each service point (by code), for single-record reads. */
  personIdsByServicePoint: Map<string, string[]>;
  /** A sample of the employer files of the businesses of each region (by code), for single-file reads. */
  employerFileIdsByRegion: Map<string, string[]>;
  /** A sample of the agreements (about 1 in 97), for the agreement page's read. */
  agreementIds: string[];
  rowsInserted: number;
  /** Wall time of generating and inserting (overlapped), and how much of it was spent waiting for the database. */
  generationMs: number;
  waitMs: number;
  /** Of generationMs, the time spent rebuilding the indexes and checking the foreign keys at the end. */
  rebuildMs: number;
  /** After generationMs: rebuilding the dashboard's kept spans (migration 0013) from the rows. */
  figuresMs: number;
}

export function scaled(base: number, scale: number): number {
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

/**
 * Spreads exactly `total` items over `slots` slots met one after the other, without knowing them in
 * advance: each slot draws its share of what is left (selection sampling), so the total is exact and the
 * items land anywhere, as an array of all slots would have given, in constant memory.
 */
class Spreader {
  private left: number;
  private slotsLeft: number;

  constructor(
    private readonly rng: Random,
    total: number,
    slots: number,
  ) {
    this.left = total;
    this.slotsLeft = slots;
  }

  /** How many items this slot gets: the whole quotient plus, at random, one of the remainder. */
  take(): number {
    if (this.slotsLeft <= 0) return 0;
    const base = Math.floor(this.left / this.slotsLeft);
    const remainder = this.left - base * this.slotsLeft;
    const n = base + (this.rng.next() * this.slotsLeft < remainder ? 1 : 0);
    this.left -= n;
    this.slotsLeft -= 1;
    return n;
  }
}

/** Rows waiting to be inserted, table by table, in the order foreign keys need. */
export class Pending {
  private readonly tables = new Map<PgTable, unknown[]>();
  count = 0;

  add<T extends PgTable>(table: T, row: T['$inferInsert']): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = []));
    rows.push(row);
    this.count += 1;
  }

  async insert(db: Db): Promise<void> {
    for (const [table, rows] of this.tables) {
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        await insertRows(db, table, rows.slice(start, start + ROWS_PER_STATEMENT) as never[]);
      }
    }
  }
}

/** Generates and inserts chunk after chunk; the next chunk is built while the database inserts the last. */
export class Pipeline {
  private inFlight: Promise<void> = Promise.resolve();
  private waitMs = 0;
  rows = 0;

  constructor(private readonly db: Db) {}

  async send(pending: Pending): Promise<void> {
    await this.drain();
    this.rows += pending.count;
    this.inFlight = pending.insert(this.db);
    // Rejections surface at the next drain; keep Node from reporting them as unhandled meanwhile.
    this.inFlight.catch(() => {});
  }

  async drain(): Promise<void> {
    const start = performance.now();
    await this.inFlight;
    this.waitMs += performance.now() - start;
  }

  get insertWaitMs(): number {
    return this.waitMs;
  }
}

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/**
 * Runs `load` on bare tables, as pg_restore does: the foreign keys, primary keys, unique constraints and
 * indexes of schema public are dropped first and put back afterwards exactly as they were (their
 * definitions read from the catalog), so each index is built once by sorting instead of updated row by
 * row, and each constraint is checked once by a join. Putting them back validates the data: a duplicate id
 * or a dangling reference fails there. Check constraints and defaults stay.
 */
async function onBareTables(db: Db, load: () => Promise<void>): Promise<number> {
  const constraints = await rows<{ tableName: string; name: string; definition: string; kind: string }>(
    db,
    sql`select conrelid::regclass::text as "tableName", conname as name, pg_get_constraintdef(oid) as definition, contype as kind
        from pg_constraint where contype in ('f', 'p', 'u') and connamespace = 'public'::regnamespace
        order by contype = 'f' desc, conname`,
  );
  const indexes = await rows<{ name: string; definition: string }>(
    db,
    sql`select i.indexname as name, i.indexdef as definition from pg_indexes i
        where i.schemaname = 'public' and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = 'public'::regnamespace)
        order by i.indexname`,
  );
  // Foreign keys first (they depend on the keys they reference).
  for (const constraint of constraints) await db.execute(sql.raw(`alter table ${constraint.tableName} drop constraint "${constraint.name}"`));
  for (const index of indexes) await db.execute(sql.raw(`drop index public."${index.name}"`));
  await load();
  const start = performance.now();
  // Keys first, foreign keys last.
  for (const constraint of [...constraints].reverse()) {
    await db.execute(sql.raw(`alter table ${constraint.tableName} add constraint "${constraint.name}" ${constraint.definition}`));
  }
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  return performance.now() - start;
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

  const start = performance.now();
  const pipeline = new Pipeline(db);
  let generated: Awaited<ReturnType<typeof streamRows>> | undefined;
  // The dashboard's per-day counts (migration 0011) and kept spans (0013) are computed once after the load,
  // as pg_restore would rebuild a summary, rather than by their triggers on every bulk statement.
  const counted = ['interventions', 'referrals', 'accompaniments', 'employer_files'];
  for (const table of counted) await db.execute(sql.raw(`alter table ${table} disable trigger user`));
  const rebuildMs = await onBareTables(db, async () => {
    generated = await streamRows(pipeline, scale, { maps, servicePointRegion, partnerIds, mrcIds, mrcIdsByRegion });
    await pipeline.drain();
  });
  for (const table of counted) await db.execute(sql.raw(`alter table ${table} enable trigger user`));
  await db.execute(sql`select passerelle_rebuild_daily_counts()`);
  const figuresStart = performance.now();
  await db.execute(sql`select passerelle_rebuild_figures()`);
  const generationMs = figuresStart - start;
  return { ...generated!, rowsInserted: pipeline.rows, generationMs, waitMs: pipeline.insertWaitMs + rebuildMs, rebuildMs, figuresMs: performance.now() - figuresStart };
}

interface References {
  maps: Awaited<ReturnType<typeof loadCodeMaps>>;
  servicePointRegion: Map<string, string>;
  partnerIds: string[];
  mrcIds: string[];
  mrcIdsByRegion: Map<string, string[]>;
}

async function streamRows(pipeline: Pipeline, scale: number, { maps, servicePointRegion, partnerIds, mrcIds, mrcIdsByRegion }: References) {
  const rng = new Random(BENCH_SEED);
  // A stream of its own for the sample of ids, so that sampling never changes the data.
  const sampler = new Random(BENCH_SEED + 1);

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
  const staffRows = new Pending();
  for (const { id, email, displayName, role, servicePointId } of staff) staffRows.add(schema.users, { id, email, displayName, role, servicePointId });
  await pipeline.send(staffRows);

  // Persons, each with one or more successive accompaniments, and these with their interventions and
  // referrals, generated and inserted a chunk of persons at a time.
  const personCount = scaled(BASE_VOLUMES.persons, scale);
  const accompanimentCount = Math.max(personCount, scaled(BASE_VOLUMES.accompaniments, scale));
  const extraFollowUps = new Spreader(rng, accompanimentCount - personCount, personCount);
  const interventionsPerFollowUp = new Spreader(rng, scaled(BASE_VOLUMES.interventions, scale), accompanimentCount);
  const referralsPerFollowUp = new Spreader(rng, scaled(BASE_VOLUMES.referrals, scale), accompanimentCount);
  const personIdsByServicePoint = new Map<string, string[]>();
  const seenAtPoint = new Map<string, number>();
  const needs = schema.need.enumValues;
  const closureReasons = schema.closureReason.enumValues.filter((reason) => reason !== 'other');
  const referralStatuses = schema.referralStatus.enumValues;

  let chunk = new Pending();
  for (let p = 0; p < personCount; p += 1) {
    const country = rng.pick(COUNTRIES);
    const names = NAMES_BY_COUNTRY[country]!;
    const personId = rng.uuid();
    // Mostly one follow-up; some persons come back once or more (at most one extra each here).
    const followUps = 1 + extraFollowUps.take();
    // Leave room for the later follow-ups, which start after the earlier ones end.
    let opensOn = rng.date(FIRST_DAY, addDays(LAST_DAY, -(followUps - 1) * 900));
    const arrival = addDays(opensOn, -rng.int(10, 700));
    chunk.add(schema.persons, {
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
      const followUp = {
        id: rng.uuid(),
        personId,
        servicePointId: agent.servicePointId!,
        agentId: agent.id,
        status: closed ? ('closed' as const) : ('open' as const),
        openedOn: opensOn,
        closedOn: closed ? closesOn : null,
        closureReason: closed ? rng.pick(closureReasons) : null,
        needs: needs.filter(() => rng.chance(0.3)),
      };
      chunk.add(schema.accompaniments, followUp);
      for (let i = interventionsPerFollowUp.take(); i > 0; i -= 1) {
        chunk.add(schema.interventions, {
          id: rng.uuid(),
          accompanimentId: followUp.id,
          authorId: followUp.agentId,
          occurredOn: rng.date(followUp.openedOn, followUp.closedOn ?? minDate(addDays(followUp.openedOn, 365), LAST_DAY)),
          kind: rng.pick(schema.interventionKind.enumValues),
          need: rng.chance(0.8) ? rng.pick(needs) : null,
          durationMinutes: rng.chance(0.9) ? rng.int(5, 180) : null,
          notes: rng.chance(0.3) ? 'Suivi régulier.' : null,
        });
      }
      for (let r = referralsPerFollowUp.take(); r > 0; r -= 1) {
        const sentOn = rng.date(followUp.openedOn, followUp.closedOn ?? LAST_DAY);
        const status = rng.pick(referralStatuses);
        chunk.add(schema.referrals, {
          id: rng.uuid(),
          accompanimentId: followUp.id,
          partnerId: rng.pick(partnerIds),
          need: rng.pick(needs),
          status,
          sharingConsentOn: sentOn,
          sentOn,
          respondedOn: status === 'sent' ? null : addDays(sentOn, rng.int(0, 30)),
        });
      }
      // Reservoir sample (algorithm R) of the persons followed at each service point.
      const seen = (seenAtPoint.get(code) ?? 0) + 1;
      seenAtPoint.set(code, seen);
      const sample = personIdsByServicePoint.get(code) ?? [];
      personIdsByServicePoint.set(code, sample);
      if (sample.length < SAMPLED_PERSONS) sample.push(personId);
      else {
        const slot = Math.floor(sampler.next() * seen);
        if (slot < SAMPLED_PERSONS) sample[slot] = personId;
      }
      opensOn = addDays(closesOn, rng.int(30, 300));
    }
    if ((p + 1) % PERSONS_PER_CHUNK === 0) {
      await pipeline.send(chunk);
      chunk = new Pending();
    }
  }
  await pipeline.send(chunk);

  // Businesses and their employer files: employer files point at any business, so the businesses' ids
  // and regions are kept (a tenth of the persons).
  const businessCount = scaled(BASE_VOLUMES.businesses, scale);
  const businessIds: string[] = [];
  const businessRegions: string[] = [];
  // The employer workflow's details (names, contacts, needs, interactions) come from a stream of their own,
  // so that adding them changed none of the rows drawn before or after (the agreements).
  const employerRng = new Random(BENCH_SEED + 2);
  const employerFileIdsByRegion = new Map<string, string[]>();
  const NAME_WORDS = ['Forage', 'Scierie', 'Usinage', 'Transport', 'Résidence', 'Boulangerie', 'Construction', 'Mines', 'Serres', 'Clinique'];
  const NAME_PLACES = ['Boréal', 'du Lac', 'Harricana', 'Kinojévis', 'des Quinze', 'Osisko', 'Témis', 'du Nord'];
  chunk = new Pending();
  for (let b = 0; b < businessCount; b += 1) {
    const region = weightedPick(rng, { '08': 60, '07': 30, '10': 10 });
    const id = rng.uuid();
    businessIds.push(id);
    businessRegions.push(region);
    chunk.add(schema.businesses, {
      id,
      // Unique by its number; the words give the search and the duplicate check real names to compare.
      legalName: `${employerRng.pick(NAME_WORDS)} ${employerRng.pick(NAME_PLACES)} ${b + 1} inc.`,
      // Unique by construction: the NEQ is the business's number, padded.
      neq: String(1_100_000_000 + b),
      naicsSector: rng.pick(NAICS_SECTORS),
      mrcId: rng.pick(mrcIdsByRegion.get(region)!),
      city: 'Ville',
      sizeBand: employerRng.pick(schema.businessSizeBand.enumValues),
    });
    chunk.add(schema.businessContacts, { id: employerRng.uuid(), businessId: id, name: 'Responsable RH', email: 'rh@exemple.test' });
    if (chunk.count >= ROWS_PER_STATEMENT) {
      await pipeline.send(chunk);
      chunk = new Pending();
    }
  }
  // Employer files may refer to businesses of any earlier chunk: chunks go in one after the other.
  await pipeline.send(chunk);

  const employerFileCount = scaled(BASE_VOLUMES.employerFiles, scale);
  chunk = new Pending();
  for (let e = 0; e < employerFileCount; e += 1) {
    const b = rng.int(0, businessCount - 1);
    const regional = advisers.filter((adviser) => adviser.regionCode === businessRegions[b]);
    const adviser = rng.pick(regional.length > 0 ? regional : advisers);
    const openedOn = rng.date(FIRST_DAY, LAST_DAY);
    const closesOn = addDays(openedOn, rng.int(30, 1200));
    const closed = closesOn < LAST_DAY;
    const fileId = rng.uuid();
    chunk.add(schema.employerFiles, {
      id: fileId,
      businessId: businessIds[b]!,
      adviserId: adviser.id,
      servicePointId: adviser.servicePointId!,
      status: closed ? 'closed' : 'open',
      openedOn,
      closedOn: closed ? closesOn : null,
      closureReason: closed ? 'needs_filled' : null,
      contactName: 'Responsable RH',
      recruitmentChannels: rng.chance(0.3) ? ['in_quebec', 'interregional_mobility'] : ['in_quebec'],
    });
    const regionFiles = employerFileIdsByRegion.get(businessRegions[b]!) ?? [];
    if (regionFiles.length < SAMPLED_PERSONS) regionFiles.push(fileId);
    employerFileIdsByRegion.set(businessRegions[b]!, regionFiles);
    // About two needs and three interactions per file, dated within it.
    const fileEnd = closed ? closesOn : LAST_DAY;
    for (let n = employerRng.int(0, 4); n > 0; n -= 1) {
      chunk.add(schema.hiringNeeds, {
        id: employerRng.uuid(),
        employerFileId: fileId,
        jobTitle: 'Soudeur ou soudeuse',
        nocCode: '72106',
        positions: employerRng.int(1, 5),
        wantedStartOn: employerRng.date(openedOn, fileEnd),
        status: closed ? employerRng.pick(['filled', 'cancelled'] as const) : employerRng.pick(['open', 'open', 'filled'] as const),
      });
    }
    for (let n = employerRng.int(0, 6); n > 0; n -= 1) {
      chunk.add(schema.employerInteractions, { id: employerRng.uuid(), employerFileId: fileId, authorId: adviser.id, occurredOn: employerRng.date(openedOn, fileEnd), kind: employerRng.pick(schema.interactionKind.enumValues), notes: 'Suivi.' });
    }
    if (chunk.count >= ROWS_PER_STATEMENT) {
      await pipeline.send(chunk);
      chunk = new Pending();
    }
  }
  await pipeline.send(chunk);

  const agreementCount = scaled(BASE_VOLUMES.agreements, scale);
  // Kept for the funded projects generated after them (generate-agreements.ts), with a stream of their own.
  const madeAgreements: GeneratedAgreement[] = [];
  chunk = new Pending();
  for (let a = 0; a < agreementCount; a += 1) {
    const status = rng.pick(schema.agreementStatus.enumValues);
    const startsOn = rng.date(FIRST_DAY, LAST_DAY);
    const id = rng.uuid();
    chunk.add(schema.agreements, {
      id,
      reference: `BENCH-${String(a + 1).padStart(6, '0')}`,
      title: `Entente ${a + 1}`,
      partnerId: rng.pick(partnerIds),
      program: rng.pick(schema.fundingProgram.enumValues),
      amountCents: rng.int(5_000, 250_000) * 100,
      status,
      signedOn: status === 'draft' ? null : addDays(startsOn, -rng.int(0, 60)),
      startsOn,
      endsOn: addDays(startsOn, rng.int(90, 1095)),
    });
    const territories = new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(mrcIds)));
    for (const mrcId of territories) chunk.add(schema.agreementTerritories, { agreementId: id, mrcId });
    madeAgreements.push({ id, startsOn, mrcIds: [...territories] });
    if (chunk.count >= ROWS_PER_STATEMENT) {
      await pipeline.send(chunk);
      chunk = new Pending();
    }
  }
  await pipeline.send(chunk);
  await streamAgreementExtras(pipeline, () => new Pending(), scale, madeAgreements, mrcIdsByRegion);

  return { staff, personIdsByServicePoint, employerFileIdsByRegion, agreementIds: madeAgreements.filter((_, index) => index % 97 === 0).map((agreement) => agreement.id) };
}
