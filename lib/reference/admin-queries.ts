import 'server-only';
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { appSettings, mrcs, regions, servicePoints } from '@/db/schema';
import { accentFolded, containsPattern, foldAccents, frenchSortKey } from '@/lib/sql/french-text';
import type { ServicePointListQuery, ServicePointSortColumn } from './service-point-list-params';

// Reads of the reference data screens (service points, MRCs, the shared contact line). Reference data is
// not personal information: these reads take no user scope. The pages and actions that use them check
// `reference:manage` (or the staff screens' permission) first.

function servicePointOrder(column: ServicePointSortColumn, direction: 'asc' | 'desc'): SQL[] {
  const dir = sql.raw(direction === 'desc' ? 'desc' : 'asc');
  const first = column === 'city' ? servicePoints.city : servicePoints.name;
  return [sql`${frenchSortKey(first)} ${dir}`, sql`${frenchSortKey(servicePoints.name)} asc`, asc(servicePoints.id)];
}

/** One page of the service points, searched in the name and the city (accents and case ignored). */
export async function listServicePoints(db: DbOrTx, query: ServicePointListQuery) {
  const pattern = query.q ? foldAccents(containsPattern(query.q)) : undefined;
  const where = and(
    pattern ? or(ilike(accentFolded(servicePoints.name), pattern), ilike(accentFolded(servicePoints.city), pattern)) : undefined,
    query.region ? eq(servicePoints.regionCode, query.region) : undefined,
    query.status ? eq(servicePoints.active, query.status === 'active') : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: servicePoints.id,
        name: servicePoints.name,
        address: servicePoints.address,
        city: servicePoints.city,
        postalCode: servicePoints.postalCode,
        regionName: regions.name,
        mrcName: mrcs.name,
        active: servicePoints.active,
      })
      .from(servicePoints)
      .innerJoin(regions, eq(regions.code, servicePoints.regionCode))
      .innerJoin(mrcs, eq(mrcs.id, servicePoints.mrcId))
      .where(where)
      .orderBy(...servicePointOrder(query.sort.column, query.sort.direction))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(servicePoints).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function getServicePoint(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: servicePoints.id,
      version: servicePoints.version,
      name: servicePoints.name,
      address: servicePoints.address,
      city: servicePoints.city,
      postalCode: servicePoints.postalCode,
      mrcId: servicePoints.mrcId,
      regionCode: servicePoints.regionCode,
      email: servicePoints.email,
      phone: servicePoints.phone,
      hours: servicePoints.hours,
      active: servicePoints.active,
    })
    .from(servicePoints)
    .where(eq(servicePoints.id, id));
  return row ?? null;
}

/** Every MRC with its region, regions in code order and MRCs in French order within each. */
export async function listMrcsByRegion(db: DbOrTx) {
  const rows = await db
    .select({
      id: mrcs.id,
      name: mrcs.name,
      regionCode: mrcs.regionCode,
      regionName: regions.name,
      // How many offices are in the MRC: tells an admin which ones the public sees.
      servicePoints: sql<number>`(select count(*)::int from ${servicePoints} where ${servicePoints.mrcId} = ${mrcs.id})`,
    })
    .from(mrcs)
    .innerJoin(regions, eq(regions.code, mrcs.regionCode))
    .orderBy(asc(mrcs.regionCode), frenchSortKey(mrcs.name), asc(mrcs.id));
  return groupByRegion(rows);
}

export async function getMrc(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ id: mrcs.id, version: mrcs.version, name: mrcs.name, regionCode: mrcs.regionCode, regionName: regions.name })
    .from(mrcs)
    .innerJoin(regions, eq(regions.code, mrcs.regionCode))
    .where(eq(mrcs.id, id));
  return row ?? null;
}

/** The shared contact line (e-mail and phone) printed in the bilan, with the settings row's version. */
export async function getContactLine(db: DbOrTx) {
  const [row] = await db.select({ contactEmail: appSettings.contactEmail, contactPhone: appSettings.contactPhone, version: appSettings.version }).from(appSettings).where(eq(appSettings.id, 1));
  return row ?? null;
}

/** Rows that carry their region, as one group per region in the rows' order: the form selects' optgroups. */
export function groupByRegion<Row extends { regionCode: string; regionName: string }>(rows: Row[]) {
  const groups: { regionCode: string; regionName: string; items: Row[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.regionCode === row.regionCode) last.items.push(row);
    else groups.push({ regionCode: row.regionCode, regionName: row.regionName, items: [row] });
  }
  return groups;
}

/** The open service points of a region, in French order (the staff by location screen names those without staff). */
export function activeServicePointsOfRegion(db: DbOrTx, regionCode: string) {
  return db
    .select({ id: servicePoints.id, name: servicePoints.name })
    .from(servicePoints)
    .where(and(eq(servicePoints.regionCode, regionCode), eq(servicePoints.active, true)))
    .orderBy(frenchSortKey(servicePoints.name), asc(servicePoints.id));
}
