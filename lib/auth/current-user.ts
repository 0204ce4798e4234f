import 'server-only';
import { cache } from 'react';
import { eq, sql } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { servicePoints, users, type StaffRole } from '@/db/schema';
import { readSession } from './read-session';
import { isRevoked } from './revocation';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  servicePointId: string | null;
  /** The region of the home service point; null for an admin without one. */
  regionCode: string | null;
  /** The home service point's name, shown in the header and on the account page. */
  servicePointName: string | null;
  /** Set by an admin's forced reset: the user must choose a new password before anything else. */
  mustChangePassword: boolean;
}

/**
 * The signed-in staff member, checked against the database on every request: a disabled account, a
 * bumped session version (role change, "sign out everywhere") or a signed-out session ends it at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSession();
  if (!claims) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      servicePointId: users.servicePointId,
      regionCode: servicePoints.regionCode,
      servicePointName: servicePoints.name,
      mustChangePassword: users.mustChangePassword,
      active: users.active,
      sessionVersion: users.sessionVersion,
      // In the same query: this runs on every request.
      revoked: claims.sessionId ? isRevoked(claims.sessionId) : sql<boolean>`false`,
    })
    .from(users)
    .leftJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(eq(users.id, claims.userId));
  if (!row || !row.active || row.revoked || row.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    servicePointId: row.servicePointId,
    regionCode: row.regionCode,
    servicePointName: row.servicePointName,
    mustChangePassword: row.mustChangePassword,
  };
});

/**
 * For pages: the signed-in user, or a redirect to the sign-in page. A user whose password was reset by an
 * admin is sent to their account page until they choose a new one (that page passes `passwordChange`).
 */
export async function requireUser(options: { passwordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (user.mustChangePassword && !options.passwordChange) redirect('/account');
  return user;
}
