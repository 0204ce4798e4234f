import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { VerifiedAccount } from './credentials';

/** The claims of the identity provider's ID token that the mapping reads; the rest is ignored. */
export interface SsoClaims {
  email?: unknown;
  preferred_username?: unknown;
  upn?: unknown;
}

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+$/.test(value);

/**
 * The e-mail address the identity provider vouches for, lower-cased: `email` when present, otherwise
 * Entra's sign-in name (`preferred_username`, then `upn`), which is the address in a Microsoft 365 tenant.
 */
export function ssoEmail(claims: SsoClaims): string | null {
  for (const value of [claims.email, claims.preferred_username, claims.upn]) {
    if (typeof value !== 'string') continue;
    const email = value.trim().toLowerCase();
    if (email && looksLikeEmail(email)) return email;
  }
  return null;
}

/**
 * Maps a single sign-on to an existing, active staff account by e-mail address. SSO never creates an
 * account: an unknown or disabled one is refused. Both outcomes go to the audit trail (the refusal with a
 * reason code only, never the address that was presented).
 */
export async function findStaffForSso(db: Db, claims: SsoClaims, ipAddress: string | null): Promise<VerifiedAccount | null> {
  const email = ssoEmail(claims);
  const [account] = email
    ? await db.select({ id: users.id, active: users.active, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email))
    : [];
  if (!account || !account.active) {
    await recordAuditEvent(db, {
      action: 'auth.sign_in.sso_refused',
      actorId: account?.id ?? null,
      ipAddress,
      details: { reason: !email ? 'no_email' : !account ? 'unknown_account' : 'account_disabled' },
    });
    return null;
  }
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, account.id));
  await recordAuditEvent(db, { action: 'auth.sign_in.sso_success', actorId: account.id, ipAddress });
  return { id: account.id, sessionVersion: account.sessionVersion };
}
