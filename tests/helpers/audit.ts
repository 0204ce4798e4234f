import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents } from '@/db/schema';

/** The audit events of one action on one record, newest first. */
export function auditFor(db: Db, action: string, entityId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.id));
}

export async function auditCount(db: Db): Promise<number> {
  return (await db.select({ id: auditEvents.id }).from(auditEvents)).length;
}
