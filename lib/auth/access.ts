import 'server-only';
import { getDb } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type Permission } from '@/lib/authz';
import type { SessionUser } from './current-user';

/** What was refused: the action, route or page by name, and the record it named when there was one. */
export interface AccessTarget {
  endpoint: string;
  entityId?: string;
}

/**
 * The one gate of actions, routes and pages: the role must hold one of the permissions, and after an
 * admin's reset only `account:self` (changing the password) stays open until a new one is chosen.
 * A refusal is written to the audit trail; the caller decides how to answer (result, 403 or 404).
 */
export async function checkAccess(user: SessionUser, permissions: readonly Permission[], target: AccessTarget): Promise<boolean> {
  const allowed = permissions.some((permission) => can(user.role, permission) && (!user.mustChangePassword || permission === 'account:self'));
  if (!allowed) {
    await recordAuditEvent(getDb(), {
      action: 'access.refused',
      actorId: user.id,
      entityId: target.entityId,
      details: { permission: permissions.join(' '), endpoint: target.endpoint },
    });
  }
  return allowed;
}

/** A record id taken from an input that has not been validated yet: only a well-formed UUID is kept. */
export function idOf(raw: unknown): string | undefined {
  const id = raw instanceof FormData ? raw.get('id') : (raw as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : undefined;
}
