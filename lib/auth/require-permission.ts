import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type Permission } from '@/lib/authz';
import type { SessionUser } from './current-user';

/**
 * For pages: a screen the role may not open does not exist for that user (404, as for an out-of-scope
 * record), and the attempt goes to the audit trail like any refused access.
 */
export async function requirePermission(user: SessionUser, permission: Permission): Promise<void> {
  if (can(user.role, permission) && !user.mustChangePassword) return;
  await recordAuditEvent(getDb(), { action: 'access.refused', actorId: user.id, details: { permission } });
  notFound();
}
