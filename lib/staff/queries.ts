import 'server-only';
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { regions, servicePoints, users } from '@/db/schema';
import { groupByRegion } from '@/lib/reference/admin-queries';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { accentFolded, containsPattern, foldAccents, frenchSortKey } from '@/lib/sql/french-text';
import type { StaffListQuery, StaffSortColumn } from './list-params';

const staffColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  servicePointId: users.servicePointId,
  servicePointName: servicePoints.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
};

/** The first key of each order, then the name and the id: every page of a sort has the same rows. */
function staffOrder(column: StaffSortColumn, direction: 'asc' | 'desc'): SQL[] {
  const dir = sql.raw(direction === 'desc' ? 'desc' : 'asc');
  const byName = [sql`${frenchSortKey(users.displayName)} asc`, asc(users.displayName)];
  // Accounts without a service point (admins) and never signed in come last both ways.
  const first: Record<StaffSortColumn, SQL[]> = {
    name: [sql`${frenchSortKey(users.displayName)} ${dir}`, sql`${users.displayName} ${dir}`],
    email: [sql`${users.email} ${dir}`],
    servicePoint: [sql`${frenchSortKey(servicePoints.name)} ${dir} nulls last`, ...byName],
    lastSignIn: [sql`${users.lastSignInAt} ${dir} nulls last`, ...byName],
  };
  return [...first[column], asc(users.id)];
}

/**
 * One page of the staff accounts, for admins only (nothing for anyone else: the page and the route check
 * too). Searched in the name (accents and case ignored) and the e-mail address, filtered by role and
 * status, sorted and paginated in SQL.
 */
export async function listStaff(db: DbOrTx, user: SessionUser, query: StaffListQuery) {
  const page = { page: query.page, pageSize: query.pageSize };
  if (!can(user.role, 'staff:manage')) return { rows: [], total: 0, ...page };
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const where = and(
    pattern ? or(ilike(accentFolded(users.displayName), foldAccents(pattern)), ilike(users.email, pattern)) : undefined,
    query.role ? eq(users.role, query.role) : undefined,
    query.status ? eq(users.active, query.status === 'active') : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(staffColumns)
      .from(users)
      .leftJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
      .where(where)
      .orderBy(...staffOrder(query.sort.column, query.sort.direction))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.value ?? 0, ...page };
}

export async function getStaff(db: DbOrTx, user: SessionUser, id: string) {
  if (!can(user.role, 'staff:manage')) return null;
  const [row] = await db.select(staffColumns).from(users).leftJoin(servicePoints, eq(servicePoints.id, users.servicePointId)).where(eq(users.id, id));
  return row ?? null;
}

/** The open service points, one group per region (region code order, names in French order): the form's optgroups. */
export async function listServicePointOptions(db: DbOrTx) {
  const rows = await db
    .select({ id: servicePoints.id, name: servicePoints.name, regionCode: servicePoints.regionCode, regionName: regions.name })
    .from(servicePoints)
    .innerJoin(regions, eq(regions.code, servicePoints.regionCode))
    .where(eq(servicePoints.active, true))
    .orderBy(asc(servicePoints.regionCode), frenchSortKey(servicePoints.name), asc(servicePoints.id));
  return groupByRegion(rows);
}
