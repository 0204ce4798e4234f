import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { servicePoints, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';

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


/** Staff accounts, for admins only. Returns [] to anyone else: the page and action check too. */
export async function listStaff(db: DbOrTx, user: SessionUser) {
  if (!can(user.role, 'staff:manage')) return [];
  const rows = await db.select(staffColumns).from(users).leftJoin(servicePoints, eq(servicePoints.id, users.servicePointId));
  // French alphabetical order (Éric with the E's), which the database's default collation does not give.
  return rows.sort((a, b) => FRENCH_ORDER.compare(a.displayName, b.displayName));
}

const FRENCH_ORDER = new Intl.Collator('fr-CA', { sensitivity: 'base' });

export async function getStaff(db: DbOrTx, user: SessionUser, id: string) {
  if (!can(user.role, 'staff:manage')) return null;
  const [row] = await db.select(staffColumns).from(users).leftJoin(servicePoints, eq(servicePoints.id, users.servicePointId)).where(eq(users.id, id));
  return row ?? null;
}

export function listServicePointOptions(db: DbOrTx) {
  return db
    .select({ id: servicePoints.id, name: servicePoints.name, regionCode: servicePoints.regionCode })
    .from(servicePoints)
    .where(eq(servicePoints.active, true))
    .orderBy(asc(servicePoints.regionCode), asc(servicePoints.name));
}
