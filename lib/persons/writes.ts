import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { accompaniments, servicePoints } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError } from '@/lib/errors';
import { followUpInScope } from './scope';

// The scope check every write of the persons workflow starts with. Optimistic locking and idempotent
// creates are shared by every workflow: lib/writes.ts.

/** An accompaniment the user may write to (in full scope), or NotFoundError (audited) like a missing one. */
export async function accompanimentForWrite(tx: Tx, user: SessionUser, id: string) {
  const [row] = await tx
    .select({
      id: accompaniments.id,
      personId: accompaniments.personId,
      servicePointId: accompaniments.servicePointId,
      agentId: accompaniments.agentId,
      status: accompaniments.status,
      openedOn: accompaniments.openedOn,
      closedOn: accompaniments.closedOn,
      needs: accompaniments.needs,
      version: accompaniments.version,
      regionCode: servicePoints.regionCode,
    })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(and(eq(accompaniments.id, id), followUpInScope(user)));
  if (!row) {
    await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'accompaniment', entityId: id });
    throw new NotFoundError('accompaniment');
  }
  return row;
}
