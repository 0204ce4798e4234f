import 'server-only';
import type { DbOrTx } from '@/db/client';
import { auditEvents } from '@/db/schema';

export type AuditAction =
  | 'auth.sign_in.success'
  | 'auth.sign_in.failure'
  | 'auth.sign_in.throttled'
  | 'auth.sign_out'
  | 'access.refused'
  | 'staff.created'
  | 'staff.updated'
  | 'staff.role_changed'
  | 'staff.disabled'
  | 'staff.enabled'
  | 'staff.password_reset'
  | 'account.password_changed'
  | 'account.signed_out_everywhere'
  | 'person.viewed';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  entityType?: string;
  entityId?: string;
  ipAddress?: string | null;
  /** Ids and codes only: never names, birth dates or free text about a person. */
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAuditEvent(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    action: entry.action,
    actorId: entry.actorId ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ipAddress: entry.ipAddress ?? null,
    details: entry.details ?? null,
  });
}
