import 'server-only';
import type { Db } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { IMPORT_KIND_DEFINITIONS, listBatches, servicePointName, undoable } from './batches';
import { canImport, importTargets } from './target';

/**
 * What the import page of a kind shows: the kinds the user may import (an admin: both), the columns of the
 * mapping screen, the recent batches (with whether each can be undone now), and for an admin the service
 * points to choose from with their agents or advisers; for anyone else their own service point's name.
 */
export async function importScreen(db: Db, user: SessionUser, kind: ImportKind) {
  const named = can(user.role, 'import:any-service-point');
  const [columns, batches, targets, servicePoint] = await Promise.all([
    IMPORT_KIND_DEFINITIONS[kind].columns(db, named ? null : { regionCode: user.regionCode ?? '' }),
    listBatches(db, user, kind),
    named ? importTargets(db, kind) : Promise.resolve(null),
    !named && user.servicePointId ? servicePointName(db, user.servicePointId) : Promise.resolve(null),
  ]);
  return {
    kinds: (['persons', 'employer_files'] as const).filter((candidate) => canImport(user, candidate)),
    columns,
    batches: batches.map((batch) => ({ ...batch, undoable: undoable(batch, user) })),
    targets,
    servicePoint,
  };
}

export type ImportScreenData = Awaited<ReturnType<typeof importScreen>>;
