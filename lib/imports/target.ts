import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import { servicePoints, users, type StaffRole } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { can, type Permission } from '@/lib/authz';
import { RuleError } from '@/lib/errors';
import type { ImportTarget } from './kind';

// Where an import writes. An agent imports persons and an adviser employer files into their own service
// point, followed by themselves; they may name neither another service point nor another follower. An admin
// names both (no default): the service point, and the agent or adviser of it who will follow the files.

export const IMPORT_PERMISSION = { persons: 'import:persons', employer_files: 'import:employer-files' } as const satisfies Record<ImportKind, Permission>;

/** Who follows the files of each kind: the role of the intake's agent, of the file's adviser. */
export const FOLLOWER_ROLE = { persons: 'agent', employer_files: 'adviser' } as const satisfies Record<ImportKind, StaffRole>;

export function canImport(user: SessionUser, kind: ImportKind): boolean {
  return can(user.role, IMPORT_PERMISSION[kind]);
}

/** What the upload form sent about the target: nothing, for an agent or adviser; both, for an admin. */
export interface RequestedTarget {
  servicePointId?: string;
  followerId?: string;
}

export async function resolveImportTarget(db: DbOrTx, user: SessionUser, kind: ImportKind, requested: RequestedTarget): Promise<ImportTarget> {
  if (!canImport(user, kind)) throw new RuleError('kind', 'invalid');
  if (can(user.role, 'import:any-service-point')) {
    if (!requested.servicePointId) throw new RuleError('servicePointId', 'required');
    const [point] = await db.select({ id: servicePoints.id, regionCode: servicePoints.regionCode }).from(servicePoints).where(eq(servicePoints.id, requested.servicePointId));
    if (!point) throw new RuleError('servicePointId', 'invalid');
    if (!requested.followerId) throw new RuleError('followerId', 'required');
    const [follower] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, requested.followerId), eq(users.role, FOLLOWER_ROLE[kind]), eq(users.active, true), eq(users.servicePointId, point.id)));
    if (!follower) throw new RuleError('followerId', 'invalid');
    return { servicePointId: point.id, regionCode: point.regionCode, followerId: follower.id, named: true };
  }
  if (!user.servicePointId || !user.regionCode) throw new RuleError('servicePointId', 'servicePointRequired');
  // Naming another service point or follower is refused, not ignored: the request asked for what the role
  // may not do, and the refusal is audited as any other.
  const foreignPoint = requested.servicePointId !== undefined && requested.servicePointId !== user.servicePointId;
  const foreignFollower = requested.followerId !== undefined && requested.followerId !== user.id;
  if (foreignPoint || foreignFollower) {
    await recordAuditEvent(db, { action: 'access.refused', actorId: user.id, entityType: 'service_point', entityId: requested.servicePointId ?? user.servicePointId });
    throw new RuleError(foreignPoint ? 'servicePointId' : 'followerId', 'notYours');
  }
  return { servicePointId: user.servicePointId, regionCode: user.regionCode, followerId: user.id, named: false };
}

/** For an admin's upload form: every service point, with its active agents and advisers (names only). */
export async function importTargets(db: DbOrTx, kind: ImportKind) {
  const [points, staff] = await Promise.all([
    db.select({ id: servicePoints.id, name: servicePoints.name }).from(servicePoints).orderBy(asc(servicePoints.name)),
    db
      .select({ id: users.id, name: users.displayName, servicePointId: users.servicePointId })
      .from(users)
      .where(and(eq(users.role, FOLLOWER_ROLE[kind]), eq(users.active, true)))
      .orderBy(asc(users.displayName)),
  ]);
  return points.map((point) => ({ ...point, followers: staff.filter((member) => member.servicePointId === point.id).map(({ id, name }) => ({ id, name })) }));
}

export type ImportTargetChoice = Awaited<ReturnType<typeof importTargets>>[number];
