import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mrcs, partners, servicePoints, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';

// The choices the persons forms offer, from reference data: names of staff, MRCs and partners of the user's
// region (no case content).

/** Active agents, of the user's service point (intake) or of the whole region but themselves (transfer). */
export function listAgents(db: Db, user: SessionUser, where: 'servicePoint' | 'region') {
  const condition =
    where === 'servicePoint'
      ? eq(users.servicePointId, user.servicePointId ?? '00000000-0000-0000-0000-000000000000')
      : and(eq(servicePoints.regionCode, user.regionCode ?? ''), ne(users.id, user.id));
  return db
    .select({ id: users.id, name: users.displayName, servicePoint: servicePoints.name })
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(and(eq(users.role, 'agent'), eq(users.active, true), condition))
    .orderBy(asc(servicePoints.name), asc(users.displayName));
}

export function listRegionMrcs(db: Db, user: SessionUser) {
  return db.select({ id: mrcs.id, name: mrcs.name }).from(mrcs).where(eq(mrcs.regionCode, user.regionCode ?? '')).orderBy(asc(mrcs.name));
}

/** Partners that may receive a referral: active, serving the user's region. */
export function listReferralPartners(db: Db, user: SessionUser) {
  return db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.regionCode, user.regionCode ?? ''), eq(partners.active, true)))
    .orderBy(asc(partners.name));
}

export async function servicePointName(db: Db, user: SessionUser): Promise<string | null> {
  if (!user.servicePointId) return null;
  const [point] = await db.select({ name: servicePoints.name }).from(servicePoints).where(eq(servicePoints.id, user.servicePointId));
  return point?.name ?? null;
}
