import type { DbOrTx } from '../client';
import { appSettings, mrcs, partners, regions, retentionRules, servicePoints } from '../schema';
import { DEFAULT_RETENTION_RULES } from '@/lib/privacy/retention-rules';
import { MRCS, REGIONS, REFERENCE_PARTNERS, REFERENCE_SERVICE_POINTS, SHARED_EMAIL, SHARED_PHONE, type PartnerData } from './reference-data';

export interface CodeMaps {
  mrcIdByCode: Map<string, string>;
  servicePointIdByCode: Map<string, string>;
  partnerIdByName: Map<string, string>;
}

export async function loadCodeMaps(tx: DbOrTx): Promise<CodeMaps> {
  const [mrcRows, pointRows, partnerRows] = await Promise.all([
    tx.select({ id: mrcs.id, code: mrcs.code }).from(mrcs),
    tx.select({ id: servicePoints.id, code: servicePoints.code }).from(servicePoints),
    tx.select({ id: partners.id, name: partners.name }).from(partners),
  ]);
  return {
    mrcIdByCode: new Map(mrcRows.map((row) => [row.code, row.id])),
    servicePointIdByCode: new Map(pointRows.map((row) => [row.code, row.id])),
    partnerIdByName: new Map(partnerRows.map((row) => [row.name, row.id])),
  };
}

export function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to unknown code "${key}"`);
  return value;
}

export async function insertServicePoints(tx: DbOrTx, points: typeof REFERENCE_SERVICE_POINTS): Promise<void> {
  const { mrcIdByCode } = await loadCodeMaps(tx);
  await tx
    .insert(servicePoints)
    .values(points.map(({ mrcCode, ...point }) => ({ ...point, mrcId: required(mrcIdByCode, mrcCode) })))
    .onConflictDoNothing({ target: servicePoints.code });
}

export async function insertPartners(tx: DbOrTx, list: PartnerData[]): Promise<void> {
  const { mrcIdByCode } = await loadCodeMaps(tx);
  await tx
    .insert(partners)
    .values(list.map(({ mrcCode, ...partner }) => ({ ...partner, mrcId: required(mrcIdByCode, mrcCode) })))
    .onConflictDoNothing({ target: partners.name });
}

/**
 * Reference data needed by any install, demo or production. Inserts only what is missing, so it can
 * run again after an upgrade without touching what admins have changed since.
 */
export async function seedReferenceData(tx: DbOrTx): Promise<void> {
  await tx.insert(regions).values([...REGIONS]).onConflictDoNothing();
  const regionMrcs = MRCS.map((mrc) => ({ ...mrc }));
  await tx.insert(mrcs).values(regionMrcs).onConflictDoNothing({ target: mrcs.code });
  await insertServicePoints(tx, REFERENCE_SERVICE_POINTS);
  await insertPartners(tx, REFERENCE_PARTNERS);
  // Default region of the home page totals; a null period means the current fiscal year. The shared
  // contact line is the report's.
  await tx.insert(appSettings).values({ id: 1, defaultRegionCode: '08', contactEmail: SHARED_EMAIL, contactPhone: SHARED_PHONE }).onConflictDoNothing();
  // The retention schedule's defaults (lib/privacy/retention-rules.ts); the privacy officer may change them.
  await tx
    .insert(retentionRules)
    .values(Object.entries(DEFAULT_RETENTION_RULES).map(([kind, rule]) => ({ kind: kind as keyof typeof DEFAULT_RETENTION_RULES, ...rule })))
    .onConflictDoNothing();
}
