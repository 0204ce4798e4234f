import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import { servicePoints, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { hashPassword } from '@/lib/auth/password';
import { NotFoundError, RuleError, VersionConflictError } from '@/lib/errors';
import { createOnce } from '@/lib/writes';
import { worksFromServicePoint, type createStaffInput, type resetStaffPasswordInput, type setStaffActiveInput, type updateStaffInput } from './schemas';
import { generateTemporaryPassword } from './temporary-password';

type Changes = PgUpdateSetSource<typeof users>;

/**
 * Updates one account if its version is still the one the admin saw; bumps the version. Throws
 * NotFoundError or VersionConflictError, so a concurrent edit is never silently overwritten.
 */
async function updateAccount(tx: DbOrTx, id: string, expectedVersion: number, changes: Changes) {
  const [updated] = await tx
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning({ id: users.id, version: users.version });
  if (updated) return updated;
  const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
  throw exists ? new VersionConflictError() : new NotFoundError('staff account');
}

/** A home service point must exist and be open; otherwise the form names the field instead of a 500. */
async function assertServicePointUsable(tx: DbOrTx, servicePointId: string | null) {
  if (!servicePointId) return;
  const [point] = await tx.select({ active: servicePoints.active }).from(servicePoints).where(eq(servicePoints.id, servicePointId));
  if (!point?.active) throw new RuleError('servicePointId', 'invalid');
}

async function currentAccount(tx: DbOrTx, id: string) {
  const [account] = await tx.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, id));
  if (!account) throw new NotFoundError('staff account');
  return account;
}

/**
 * Creates an account with a generated temporary password, returned here and nowhere else: the admin sees it
 * once and hands it over; only its argon2id hash is stored, and the account must replace it at first
 * sign-in. A replayed submit (same idempotency key) creates nothing and gets no password back: the admin
 * resets it if it was lost.
 */
export async function createStaff(tx: Tx, admin: SessionUser, input: z.output<typeof createStaffInput>): Promise<{ id: string; temporaryPassword: string | null }> {
  let temporaryPassword: string | null = null;
  const { id } = await createOnce(tx, admin, 'staff.created', input.idempotencyKey, async () => {
    await assertServicePointUsable(tx, homeServicePoint(input));
    temporaryPassword = generateTemporaryPassword();
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        servicePointId: homeServicePoint(input),
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    await recordAuditEvent(tx, { action: 'staff.created', actorId: admin.id, entityType: 'user', entityId: created!.id, details: { role: input.role } });
    return created!.id;
  });
  return { id, temporaryPassword };
}

/** Admins and the privacy officer work from no service point, whatever the form sent. */
function homeServicePoint(input: { role: string; servicePointId: string | null }): string | null {
  return worksFromServicePoint(input.role) ? input.servicePointId : null;
}

export async function updateStaff(tx: Tx, admin: SessionUser, input: z.output<typeof updateStaffInput>) {
  const before = await currentAccount(tx, input.id);
  await assertServicePointUsable(tx, homeServicePoint(input));
  const roleChanged = before.role !== input.role;
  // The form offers no role on one's own account; a request that sends one anyway is refused here.
  if (roleChanged && input.id === admin.id) throw new RuleError('role', 'cannotChangeOwnRole');
  // A new role takes effect at once: the open sessions of the account end on their next request.
  const updated = await updateAccount(tx, input.id, input.version, {
    displayName: input.displayName,
    role: input.role,
    servicePointId: homeServicePoint(input),
    ...(roleChanged ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
  });
  await recordAuditEvent(tx, {
    action: roleChanged ? 'staff.role_changed' : 'staff.updated',
    actorId: admin.id,
    entityType: 'user',
    entityId: input.id,
    details: roleChanged ? { from: before.role, to: input.role } : undefined,
  });
  return updated;
}

export async function setStaffActive(tx: Tx, admin: SessionUser, input: z.output<typeof setStaffActiveInput>) {
  if (input.id === admin.id && !input.active) throw new RuleError('active', 'cannotDisableSelf');
  await currentAccount(tx, input.id);
  const updated = await updateAccount(tx, input.id, input.version, {
    active: input.active,
    // Disabling ends every open session on its next request.
    ...(input.active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }),
  });
  await recordAuditEvent(tx, { action: input.active ? 'staff.enabled' : 'staff.disabled', actorId: admin.id, entityType: 'user', entityId: input.id });
  return updated;
}

/** A new generated temporary password, returned once (as at creation); the open sessions end. */
export async function resetStaffPassword(tx: Tx, admin: SessionUser, input: z.output<typeof resetStaffPasswordInput>) {
  // One's own password is changed on the account page, which asks for the current one.
  if (input.id === admin.id) throw new RuleError('id', 'cannotResetOwnPassword');
  await currentAccount(tx, input.id);
  const temporaryPassword = generateTemporaryPassword();
  const updated = await updateAccount(tx, input.id, input.version, {
    passwordHash: await hashPassword(temporaryPassword),
    mustChangePassword: true,
    sessionVersion: sql`${users.sessionVersion} + 1`,
  });
  await recordAuditEvent(tx, { action: 'staff.password_reset', actorId: admin.id, entityType: 'user', entityId: input.id });
  return { ...updated, temporaryPassword };
}
