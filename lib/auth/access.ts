import 'server-only';
import { getDb } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type Permission } from '@/lib/authz';
import type { SessionUser } from './current-user';

/**
 * The one gate of actions, routes and pages: the role must hold one of the permissions, and after an
 * admin's reset only `account:self` (changing the password) stays open until a new one is chosen.
 * A refusal is written to the audit trail; the caller decides how to answer (result, 403 or 404).
 */
export async function checkAccess(user: SessionUser, permissions: readonly Permission[]): Promise<boolean> {
  const allowed = permissions.some((permission) => can(user.role, permission) && (!user.mustChangePassword || permission === 'account:self'));
  if (!allowed) {
    await recordAuditEvent(getDb(), { action: 'access.refused', actorId: user.id, details: { permission: permissions.join(' ') } });
  }
  return allowed;
}
