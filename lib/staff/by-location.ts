import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { servicePoints, users, type StaffRole } from '@/db/schema';
import { frenchSortKey } from '@/lib/sql/french-text';

export interface StaffByLocationRow {
  servicePointId: string;
  servicePointName: string;
  city: string;
  role: StaffRole;
  /** Active accounts of that role whose home service point is this one (always at least 1). */
  count: number;
}

/**
 * Who is in post where, counted from the staff accounts: for each service point of the region, the active
 * accounts by role. The bilan's sentence is this count: "deux conseillères et conseillers en immigration
 * régionale sont en poste en Abitibi-Témiscamingue, soit à Rouyn-Noranda et Val-d'Or [...] quatre agentes et
 * agents d'aide à l'intégration en poste à Val-d'Or, La Sarre, Rouyn-Noranda et Ville-Marie".
 *
 * - Counts accounts that are active (a disabled account is someone gone), whatever the service point's own
 *   status (staff still posted at a closing office are still in post).
 * - Admins and the privacy officer have no service point, so they are never counted.
 * - A (service point, role) pair without anyone gives no row; service points without staff give none.
 * - Ordered by service point name (French order, accents ignored), then role in STAFF_ROLES order.
 * - Not personal information (counts only): no user scope and no audit; callers check their permission
 *   and, for a manager, pass the manager's own region.
 */
export async function staffByLocation(db: DbOrTx, regionCode: string): Promise<StaffByLocationRow[]> {
  const rows = await db
    .select({
      servicePointId: servicePoints.id,
      servicePointName: servicePoints.name,
      city: servicePoints.city,
      role: users.role,
      count: sql<number>`count(*)::int`,
    })
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(and(eq(servicePoints.regionCode, regionCode), eq(users.active, true)))
    .groupBy(servicePoints.id, servicePoints.name, servicePoints.city, users.role)
    // The enum's order is STAFF_ROLES's order (agent, adviser, manager...).
    .orderBy(frenchSortKey(servicePoints.name), asc(servicePoints.id), asc(users.role));
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** The region's totals by role, summed from staffByLocation's rows (the bilan's "deux ... quatre ..."). */
export function staffTotalsByRole(rows: StaffByLocationRow[]): Partial<Record<StaffRole, number>> {
  const totals: Partial<Record<StaffRole, number>> = {};
  for (const row of rows) totals[row.role] = (totals[row.role] ?? 0) + row.count;
  return totals;
}
