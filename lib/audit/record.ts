import 'server-only';
import type { DbOrTx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';

export type AuditAction =
  | 'auth.sign_in.success'
  | 'auth.sign_in.failure'
  | 'auth.sign_in.throttled'
  | 'auth.sign_in.sso_success'
  | 'auth.sign_in.sso_refused'
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
  | 'person.viewed'
  | 'persons.listed'
  | 'persons.exported'
  | 'person.registered'
  | 'person.updated'
  | 'intervention.added'
  | 'action_plan.added'
  | 'action_plan.updated'
  | 'referral.sent'
  | 'referral.updated'
  | 'accompaniment.transferred'
  | 'accompaniment.closed'
  | 'accompaniment.reopened'
  | 'employer_file.viewed'
  | 'employer_files.exported'
  | 'business.created'
  | 'business.updated'
  | 'business_contact.added'
  | 'business_contact.updated'
  | 'employer_file.opened'
  | 'employer_file.updated'
  | 'employer_file.closed'
  | 'employer_file.reopened'
  | 'hiring_need.added'
  | 'hiring_need.updated'
  | 'employer_interaction.added'
  | 'hire.recorded'
  | 'agreement.created'
  | 'agreement.updated'
  | 'agreements.exported'
  | 'funded_project.created'
  | 'funded_project.updated'
  | 'partner.created'
  | 'partner.updated'
  | 'partner.deactivated'
  | 'partner.reactivated'
  | 'service_point.created'
  | 'service_point.updated'
  | 'mrc.created'
  | 'mrc.updated'
  | 'settings.contact_line_updated'
  | 'person.exported'
  | 'person.consent_given'
  | 'person.consent_withdrawn'
  | 'person.anonymized'
  | 'person_corrections.listed'
  | 'retention.rule_updated'
  | 'retention.previewed'
  | 'retention.applied'
  | 'incident.recorded'
  | 'incident.updated'
  | 'incidents.exported'
  | 'bilan.exported'
  | 'metrics.exported'
  | 'import.previewed'
  | 'import.committed'
  | 'import.undone';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  entityType?: string;
  entityId?: string;
  ipAddress?: string | null;
  /** Ids and codes only: never names, birth dates or free text about a person. */
  details?: Record<string, string | number | boolean | null | string[]>;
}

/** "From where": the caller's address, when the event happens inside a request. */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null; // outside a request (scripts, seed)
  }
}

export async function recordAuditEvent(db: DbOrTx, entry: AuditEntry): Promise<void> {
  const ipAddress = entry.ipAddress !== undefined ? entry.ipAddress : await requestAddress();
  await db.insert(auditEvents).values({
    action: entry.action,
    actorId: entry.actorId ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ipAddress,
    details: entry.details ?? null,
  });
}

/** Several events of one request in one statement (a spreadsheet import's persons): the same rows as one call each. */
export async function recordAuditEvents(db: DbOrTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const ipAddress = await requestAddress();
  await db.insert(auditEvents).values(
    entries.map((entry) => ({
      action: entry.action,
      actorId: entry.actorId ?? null,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ipAddress: entry.ipAddress !== undefined ? entry.ipAddress : ipAddress,
      details: entry.details ?? null,
    })),
  );
}
