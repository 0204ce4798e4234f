import 'server-only';
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { mrcs, partners, regions } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { wordsMatch } from '@/lib/agreements/queries';
import { frenchSortKey } from '@/lib/sql/french-text';
import type { PartnersListValues } from './list-params';

// The partners directory: organizations, no personal information (a contact's work details at most), read
// by every role with partner:read, whatever their region, so an agent can refer across a regional border.

/** The directory's one read condition (the list and the detail): partner:read, or nothing. */
export function partnerScope(user: SessionUser): SQL {
  return can(user.role, 'partner:read') ? sql`true` : sql`false`;
}

const partnerColumns = {
  id: partners.id,
  name: partners.name,
  kind: partners.kind,
  regionCode: partners.regionCode,
  regionName: regions.name,
  mrcId: partners.mrcId,
  mrcName: mrcs.name,
  services: partners.services,
  territory: partners.territory,
  listedAsResource: partners.listedAsResource,
  active: partners.active,
};

export type PartnerListQuery = Pick<PartnersListValues, 'page' | 'pageSize' | 'sort'> & Partial<PartnersListValues>;

export async function listPartners(db: DbOrTx, user: SessionUser, query: PartnerListQuery) {
  const status = query.status ?? 'active';
  const where = and(
    partnerScope(user),
    query.kind ? eq(partners.kind, query.kind) : undefined,
    query.region ? eq(partners.regionCode, query.region) : undefined,
    query.mrc ? eq(partners.mrcId, query.mrc) : undefined,
    status === 'all' ? undefined : eq(partners.active, status === 'active'),
    query.resource === 'yes' ? eq(partners.listedAsResource, true) : undefined,
    wordsMatch(query.q, [partners.searchText]),
  );
  const dir = sql.raw(query.sort.direction);
  const order =
    query.sort.column === 'region'
      ? [sql`${partners.regionCode} ${dir}`, sql`${frenchSortKey(partners.name)} asc`]
      : [sql`${frenchSortKey(partners.name)} ${dir}`];
  const [rows, [total]] = await Promise.all([
    db
      .select(partnerColumns)
      .from(partners)
      .innerJoin(regions, eq(regions.code, partners.regionCode))
      .leftJoin(mrcs, eq(mrcs.id, partners.mrcId))
      .where(where)
      .orderBy(...order, asc(partners.name), asc(partners.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(partners).where(where),
  ]);
  return { rows, total: total?.value ?? 0, page: query.page, pageSize: query.pageSize };
}

export type PartnerListRow = Awaited<ReturnType<typeof listPartners>>['rows'][number];

export async function getPartner(db: DbOrTx, user: SessionUser, id: string) {
  const [row] = await db
    .select({
      ...partnerColumns,
      address: partners.address,
      contactName: partners.contactName,
      email: partners.email,
      phone: partners.phone,
      website: partners.website,
      version: partners.version,
    })
    .from(partners)
    .innerJoin(regions, eq(regions.code, partners.regionCode))
    .leftJoin(mrcs, eq(mrcs.id, partners.mrcId))
    .where(and(eq(partners.id, id), partnerScope(user)));
  return row ?? null;
}

export type PartnerDetail = NonNullable<Awaited<ReturnType<typeof getPartner>>>;

/** Regions and their MRCs, for the directory's filters and form (reference data). */
export async function listRegionsWithMrcs(db: DbOrTx) {
  const [regionRows, mrcRows] = await Promise.all([
    db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code)),
    db.select({ id: mrcs.id, name: mrcs.name, regionCode: mrcs.regionCode }).from(mrcs).orderBy(asc(mrcs.regionCode), asc(frenchSortKey(mrcs.name))),
  ]);
  return { regions: regionRows, mrcs: mrcRows };
}
