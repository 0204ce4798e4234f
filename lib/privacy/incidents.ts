import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import { confidentialityIncidents, incidentRevisions, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError } from '@/lib/errors';
import { createOnce, updateVersioned } from '@/lib/writes';
import type { incidentInput, incidentUpdateInput } from './schemas';

// The register of confidentiality incidents (A-2.1 s. 63.11). Kept by the privacy officer; every version
// of an incident is kept in incident_revisions, so the register shows what was known when.

type IncidentFields = Omit<z.output<typeof incidentInput>, 'idempotencyKey'>;

function columns(input: IncidentFields) {
  return {
    informationConcerned: input.informationConcerned,
    circumstances: input.circumstances,
    occurredFrom: input.occurredFrom,
    occurredTo: input.occurredTo ?? null,
    discoveredOn: input.discoveredOn,
    personsConcerned: input.personsConcerned,
    riskLevel: input.riskLevel,
    riskReasons: input.riskReasons ?? null,
    commissionNotifiedOn: input.commissionNotifiedOn ?? null,
    personsNotifiedOn: input.personsNotifiedOn ?? null,
    measuresTaken: input.measuresTaken ?? null,
  };
}

const incidentColumns = {
  id: confidentialityIncidents.id,
  informationConcerned: confidentialityIncidents.informationConcerned,
  circumstances: confidentialityIncidents.circumstances,
  occurredFrom: confidentialityIncidents.occurredFrom,
  occurredTo: confidentialityIncidents.occurredTo,
  discoveredOn: confidentialityIncidents.discoveredOn,
  personsConcerned: confidentialityIncidents.personsConcerned,
  riskLevel: confidentialityIncidents.riskLevel,
  riskReasons: confidentialityIncidents.riskReasons,
  commissionNotifiedOn: confidentialityIncidents.commissionNotifiedOn,
  personsNotifiedOn: confidentialityIncidents.personsNotifiedOn,
  measuresTaken: confidentialityIncidents.measuresTaken,
  version: confidentialityIncidents.version,
  createdAt: confidentialityIncidents.createdAt,
  updatedAt: confidentialityIncidents.updatedAt,
};

export type Incident = Awaited<ReturnType<typeof getIncident>> extends infer T ? NonNullable<T> : never;

/** Keeps the incident's state as saved, as its next revision. */
async function snapshot(tx: Tx, user: SessionUser, id: string) {
  const [saved] = await tx.select(incidentColumns).from(confidentialityIncidents).where(eq(confidentialityIncidents.id, id));
  const state: Partial<typeof saved> = { ...saved };
  delete state.createdAt;
  delete state.updatedAt;
  await tx.insert(incidentRevisions).values({ incidentId: id, version: saved!.version, changedById: user.id, snapshot: state });
}

export async function recordIncident(tx: Tx, user: SessionUser, input: z.output<typeof incidentInput>) {
  return createOnce(tx, user, 'incident.record', input.idempotencyKey, async () => {
    const [row] = await tx.insert(confidentialityIncidents).values({ ...columns(input), recordedById: user.id }).returning({ id: confidentialityIncidents.id });
    await snapshot(tx, user, row!.id);
    await recordAuditEvent(tx, { action: 'incident.recorded', actorId: user.id, entityType: 'confidentiality_incident', entityId: row!.id, details: { riskLevel: input.riskLevel } });
    return row!.id;
  });
}

export async function updateIncident(tx: Tx, user: SessionUser, input: z.output<typeof incidentUpdateInput>) {
  const [exists] = await tx.select({ id: confidentialityIncidents.id }).from(confidentialityIncidents).where(eq(confidentialityIncidents.id, input.id));
  if (!exists) throw new NotFoundError('incident');
  await updateVersioned(tx, confidentialityIncidents, input.id, input.version, columns(input));
  await snapshot(tx, user, input.id);
  await recordAuditEvent(tx, { action: 'incident.updated', actorId: user.id, entityType: 'confidentiality_incident', entityId: input.id, details: { riskLevel: input.riskLevel } });
  return { id: input.id };
}

/** One incident with each of its saved versions (oldest first), who saved it and when. */
export async function getIncident(db: DbOrTx, id: string) {
  const [incident] = await db
    .select({ ...incidentColumns, recordedBy: users.displayName })
    .from(confidentialityIncidents)
    .innerJoin(users, eq(users.id, confidentialityIncidents.recordedById))
    .where(eq(confidentialityIncidents.id, id));
  if (!incident) return null;
  const revisions = await db
    .select({ version: incidentRevisions.version, changedAt: incidentRevisions.changedAt, changedBy: users.displayName, snapshot: incidentRevisions.snapshot })
    .from(incidentRevisions)
    .innerJoin(users, eq(users.id, incidentRevisions.changedById))
    .where(eq(incidentRevisions.incidentId, id))
    .orderBy(asc(incidentRevisions.version));
  return { ...incident, revisions: revisions.map((revision) => ({ ...revision, snapshot: revision.snapshot as Record<string, unknown> })) };
}

export const INCIDENT_SORTS = ['discovered', 'occurred', 'persons'] as const;

/** The register, a page at a time, latest discovery first by default. */
export async function listIncidents(db: DbOrTx, query: { page: number; pageSize: number; sort: { column: (typeof INCIDENT_SORTS)[number]; direction: 'asc' | 'desc' }; risk?: string | null }) {
  const column = { discovered: confidentialityIncidents.discoveredOn, occurred: confidentialityIncidents.occurredFrom, persons: confidentialityIncidents.personsConcerned }[query.sort.column];
  const order = query.sort.direction === 'asc' ? asc : desc;
  const where = query.risk ? sql`${confidentialityIncidents.riskLevel}::text = ${query.risk}` : undefined;
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(confidentialityIncidents).where(where);
  const rows = await db
    .select(incidentColumns)
    .from(confidentialityIncidents)
    .where(where)
    .orderBy(order(column), desc(confidentialityIncidents.createdAt), asc(confidentialityIncidents.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: counted?.total ?? 0 };
}

/** The whole register for the CSV export, in discovery order. */
export async function allIncidents(db: DbOrTx) {
  return db.select(incidentColumns).from(confidentialityIncidents).orderBy(asc(confidentialityIncidents.discoveredOn), asc(confidentialityIncidents.createdAt));
}
