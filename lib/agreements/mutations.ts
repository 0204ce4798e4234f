import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { AGREEMENT_TRANSITIONS } from '@/db/enums/agreements';
import { agreements, agreementTerritories, fundedProjects, fundedProjectTerritories, mrcs, partners } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError, VersionConflictError } from '@/lib/errors';
import { createOnce, updateVersioned } from '@/lib/writes';
import type { z } from 'zod';
import type { createFundedProjectInput, CreateAgreementInput, updateFundedProjectInput, UpdateAgreementInput } from './schemas';
import { agreementScope } from './scope';

// Writes of agreements and funded projects: each in the caller's transaction with its territories and its
// audit entry (ids and codes only), so nothing is ever half written.

/** The agreement, if it exists and is in the user's scope; otherwise NotFoundError, audited. */
async function agreementForWrite(tx: Tx, user: SessionUser, id: string) {
  const [row] = await tx
    .select({ id: agreements.id, status: agreements.status, partnerId: agreements.partnerId, version: agreements.version })
    .from(agreements)
    .where(and(eq(agreements.id, id), agreementScope(tx, user)));
  if (!row) {
    await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'agreement', entityId: id });
    throw new NotFoundError('agreement');
  }
  return row;
}

/** Every id names an MRC (RuleError on the field otherwise: a forged or stale form). */
async function checkMrcs(tx: Tx, ids: string[], field = 'mrcIds') {
  const found = await tx.select({ id: mrcs.id }).from(mrcs).where(inArray(mrcs.id, ids));
  if (found.length !== ids.length) throw new RuleError(field, 'invalid');
}

/** A partner that may sign a new agreement: it exists and is active (a kept partner may have left since). */
async function checkPartner(tx: Tx, partnerId: string, keptPartnerId?: string) {
  const [partner] = await tx.select({ active: partners.active }).from(partners).where(eq(partners.id, partnerId));
  if (!partner) throw new RuleError('partnerId', 'invalid');
  if (!partner.active && partnerId !== keptPartnerId) throw new RuleError('partnerId', 'partnerInactive');
}

/** References are unique: said on the field, before the unique index would refuse it less clearly. */
async function checkReference(tx: Tx, reference: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.reference, reference), exceptId ? ne(agreements.id, exceptId) : undefined));
  if (taken) throw new RuleError('reference', 'referenceTaken');
}

function agreementColumns(input: CreateAgreementInput | UpdateAgreementInput) {
  return {
    partnerId: input.partnerId,
    program: input.program,
    programComponent: input.programComponent ?? null,
    title: input.title,
    reference: input.reference,
    amountCents: input.amount,
    status: input.status,
    signedOn: input.signedOn ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    deliverables: input.deliverables ?? null,
  };
}

export async function createAgreement(tx: Tx, user: SessionUser, input: CreateAgreementInput) {
  return createOnce(tx, user, 'agreement.create', input.idempotencyKey, async () => {
    await checkPartner(tx, input.partnerId);
    await checkMrcs(tx, input.mrcIds);
    await checkReference(tx, input.reference);
    const [row] = await tx.insert(agreements).values(agreementColumns(input)).returning({ id: agreements.id });
    await tx.insert(agreementTerritories).values(input.mrcIds.map((mrcId) => ({ agreementId: row!.id, mrcId })));
    await recordAuditEvent(tx, {
      action: 'agreement.created',
      actorId: user.id,
      entityType: 'agreement',
      entityId: row!.id,
      details: { program: input.program, status: input.status, partnerId: input.partnerId, mrcIds: input.mrcIds },
    });
    return row!.id;
  });
}

/** Edits an agreement seen at `version`; its status may only move along AGREEMENT_TRANSITIONS. */
export async function updateAgreement(tx: Tx, user: SessionUser, input: UpdateAgreementInput) {
  const current = await agreementForWrite(tx, user, input.id);
  // A stale form is a conflict first: its status and fields were chosen against an older agreement.
  if (current.version !== input.version) throw new VersionConflictError();
  if (input.status !== current.status && !AGREEMENT_TRANSITIONS[current.status].includes(input.status)) throw new RuleError('status', 'forbiddenTransition');
  await checkPartner(tx, input.partnerId, current.partnerId);
  await checkMrcs(tx, input.mrcIds);
  await checkReference(tx, input.reference, input.id);
  await updateVersioned(tx, agreements, input.id, input.version, agreementColumns(input));
  // Territories are replaced as a whole, inside the same transaction as the version check above.
  await tx.delete(agreementTerritories).where(eq(agreementTerritories.agreementId, input.id));
  await tx.insert(agreementTerritories).values(input.mrcIds.map((mrcId) => ({ agreementId: input.id, mrcId })));
  await recordAuditEvent(tx, {
    action: 'agreement.updated',
    actorId: user.id,
    entityType: 'agreement',
    entityId: input.id,
    details: { status: input.status, previousStatus: current.status, mrcIds: input.mrcIds },
  });
  return { id: input.id };
}

/** A project's MRCs must be among its agreement's: it is paid for under that agreement. */
async function checkProjectMrcs(tx: Tx, agreementId: string, mrcIds: string[]) {
  await checkMrcs(tx, mrcIds);
  const covered = await tx
    .select({ mrcId: agreementTerritories.mrcId })
    .from(agreementTerritories)
    .where(and(eq(agreementTerritories.agreementId, agreementId), inArray(agreementTerritories.mrcId, mrcIds)));
  if (covered.length !== mrcIds.length) throw new RuleError('mrcIds', 'mrcNotCovered');
}

type ProjectCreate = z.output<typeof createFundedProjectInput>;
type ProjectUpdate = z.output<typeof updateFundedProjectInput>;

function projectColumns(input: ProjectCreate | ProjectUpdate) {
  return {
    type: input.type,
    title: input.title,
    description: input.description ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    participants: input.participants ?? null,
  };
}

export async function createFundedProject(tx: Tx, user: SessionUser, input: ProjectCreate) {
  return createOnce(tx, user, 'funded_project.create', input.idempotencyKey, async () => {
    await agreementForWrite(tx, user, input.agreementId);
    await checkProjectMrcs(tx, input.agreementId, input.mrcIds);
    const [row] = await tx.insert(fundedProjects).values({ agreementId: input.agreementId, ...projectColumns(input) }).returning({ id: fundedProjects.id });
    await tx.insert(fundedProjectTerritories).values(input.mrcIds.map((mrcId) => ({ fundedProjectId: row!.id, mrcId })));
    await recordAuditEvent(tx, {
      action: 'funded_project.created',
      actorId: user.id,
      entityType: 'funded_project',
      entityId: row!.id,
      details: { agreementId: input.agreementId, type: input.type, mrcIds: input.mrcIds },
    });
    return row!.id;
  });
}

export async function updateFundedProject(tx: Tx, user: SessionUser, input: ProjectUpdate) {
  const [project] = await tx.select({ agreementId: fundedProjects.agreementId }).from(fundedProjects).where(eq(fundedProjects.id, input.id));
  if (!project) throw new NotFoundError('funded project');
  await agreementForWrite(tx, user, project.agreementId);
  await checkProjectMrcs(tx, project.agreementId, input.mrcIds);
  await updateVersioned(tx, fundedProjects, input.id, input.version, projectColumns(input));
  await tx.delete(fundedProjectTerritories).where(eq(fundedProjectTerritories.fundedProjectId, input.id));
  await tx.insert(fundedProjectTerritories).values(input.mrcIds.map((mrcId) => ({ fundedProjectId: input.id, mrcId })));
  await recordAuditEvent(tx, {
    action: 'funded_project.updated',
    actorId: user.id,
    entityType: 'funded_project',
    entityId: input.id,
    details: { agreementId: project.agreementId, type: input.type, mrcIds: input.mrcIds },
  });
  return { id: input.id };
}
