import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { accompaniments, accompanimentTransfers, actionPlanItems, consentEvents, interventions, partners, persons, referrals, servicePoints, users } from '@/db/schema';
import { recordAuditEvent, recordAuditEvents } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError } from '@/lib/errors';
import { findPossibleDuplicates } from './duplicates';
import type {
  actionPlanItemInput,
  actionPlanStatusInput,
  closeInput,
  interventionInput,
  intakeInput,
  referralInput,
  referralStatusInput,
  reopenInput,
  transferInput,
  updatePersonInput,
} from './schemas';
import { personScope } from './scope';
import { todayInQuebec } from './schemas';
import { isAnonymized, recordConsentEvent, recordCorrections } from '@/lib/privacy/corrections';
import { createOnce, updateVersioned } from '@/lib/writes';
import { accompanimentForWrite } from './writes';

// The persons workflow's writes. Each runs inside the caller's transaction, checks the scope first (an
// agent writes only to the files of their service point), and writes its audit entry (ids and codes only).

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** An active agent of the user's service point: whom a file may be given to at intake. */
async function assertAgentOfServicePoint(tx: Tx, agentId: string, servicePointId: string, field: string) {
  const [agent] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, agentId), eq(users.role, 'agent'), eq(users.active, true), eq(users.servicePointId, servicePointId)));
  if (!agent) throw new RuleError(field, 'invalid');
}

function identityColumns(input: Input<typeof updatePersonInput> | Input<typeof intakeInput>) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
    gender: input.gender ?? null,
    countryOfBirth: input.countryOfBirth,
    citizenship: input.citizenship ?? null,
    languages: input.languages,
    frenchLevel: input.frenchLevel ?? null,
    immigrationStatus: input.immigrationCategory,
    arrivalInQuebecOn: input.arrivalInQuebecOn ?? null,
    arrivalInRegionOn: input.arrivalInRegionOn ?? null,
    residenceMrcId: input.residenceMrcId ?? null,
    residenceMunicipality: input.residenceMunicipality ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    collectionConsentOn: input.collectionConsentOn,
    sharingConsent: input.sharingConsent,
    sharingConsentOn: input.sharingConsent ? (input.sharingConsentOn ?? null) : null,
  };
}

/**
 * Intake: the person and the opening of their accompaniment at the agent's service point, in one
 * transaction with its audit entry. Refused while possible duplicates in the agent's scope were not
 * looked at and dismissed: never a silent second file for the same person.
 */
export async function registerPerson(tx: Tx, user: SessionUser, input: Input<typeof intakeInput>) {
  const servicePointId = user.servicePointId;
  if (!servicePointId) throw new RuleError('agentId', 'invalid');
  await assertAgentOfServicePoint(tx, input.agentId, servicePointId, 'agentId');
  return createOnce(tx, user, 'person.register', input.idempotencyKey, async () => {
    if (!input.confirmedNotDuplicate) {
      const duplicates = await findPossibleDuplicates(tx, user, input);
      if (duplicates.inScope.length > 0 || duplicates.elsewhere) throw new RuleError('confirmedNotDuplicate', 'possibleDuplicate');
    }
    const [personId] = await insertIntakes(tx, user, servicePointId, [input]);
    return personId!;
  });
}

/**
 * Many intakes at once, for a spreadsheet import (lib/imports): each row is written as registerPerson
 * writes one (insertIntakes), in a few multi-row statements, so that the kept figure spans are refreshed
 * once for all of them rather than once per person. The caller has applied the intake's duplicate rule to
 * every row (nameMatch, against the files and the earlier rows) in this transaction, and says which rows the
 * user confirmed as other persons (`confirmedNotDuplicate`). The service point is the import's target
 * (lib/imports/target.ts: the agent's own, or the one an admin named); every agent named must be of it.
 */
export async function registerPersonsInBulk(tx: Tx, user: SessionUser, servicePointId: string, inputs: Input<typeof intakeInput>[], importBatchId: string): Promise<string[]> {
  if (inputs.length === 0) return [];
  for (const agentId of new Set(inputs.map((input) => input.agentId))) await assertAgentOfServicePoint(tx, agentId, servicePointId, 'agentId');
  return insertIntakes(tx, user, servicePointId, inputs, importBatchId);
}

/**
 * The rows of intakes, the one write of both the form and the import: each person, the opening of their
 * accompaniment at the service point, the consent to share given at intake (which starts the consent's
 * history, lib/privacy/corrections.ts) and the `person.registered` and consent audit entries.
 */
async function insertIntakes(tx: Tx, user: SessionUser, servicePointId: string, inputs: Input<typeof intakeInput>[], importBatchId?: string): Promise<string[]> {
  const created = await tx.insert(persons).values(inputs.map(identityColumns)).returning({ id: persons.id });
  const personIds = created.map((row) => row.id);
  const followUps = await tx
    .insert(accompaniments)
    .values(inputs.map((input, index) => ({ personId: personIds[index]!, servicePointId, agentId: input.agentId, openedOn: input.openedOn, needs: input.needs, nextFollowUpOn: input.nextFollowUpOn ?? null })))
    .returning({ id: accompaniments.id, personId: accompaniments.personId });
  const followUpOf = new Map(followUps.map((row) => [row.personId, row.id]));
  const consents = inputs.flatMap((input, index) => (input.sharingConsent && input.sharingConsentOn ? [{ personId: personIds[index]!, effectiveOn: input.sharingConsentOn }] : []));
  if (consents.length > 0) await tx.insert(consentEvents).values(consents.map((consent) => ({ ...consent, kind: 'sharing' as const, event: 'given' as const, recordedById: user.id })));
  await recordAuditEvents(tx, [
    ...consents.map((consent) => ({ action: 'person.consent_given' as const, actorId: user.id, entityType: 'person', entityId: consent.personId, details: { kind: 'sharing', effectiveOn: consent.effectiveOn } })),
    ...inputs.map((input, index) => ({
      action: 'person.registered' as const,
      actorId: user.id,
      entityType: 'person',
      entityId: personIds[index]!,
      details: { accompanimentId: followUpOf.get(personIds[index]!)!, duplicatesDismissed: input.confirmedNotDuplicate, ...(importBatchId ? { importBatchId } : {}) },
    })),
  ]);
  return personIds;
}

/**
 * A correction of identity or consent on a file the user holds. Each changed identity field is kept with
 * its old and new values (person_corrections) and a change of the sharing consent as a consent event, in
 * the same transaction (lib/privacy/corrections.ts). An anonymized file cannot be corrected.
 */
export async function updatePerson(tx: Tx, user: SessionUser, input: Input<typeof updatePersonInput>) {
  const [before] = await tx.select().from(persons).where(and(eq(persons.id, input.id), personScope(tx, user)));
  if (!before) throw new NotFoundError('person');
  if (before.anonymizedAt) throw new RuleError('id', 'anonymized');
  const after = identityColumns(input);
  await updateVersioned(tx, persons, input.id, input.version, after);
  const corrected = await recordCorrections(tx, user, input.id, before, after, input.correctionReason ?? null);
  if (before.sharingConsent !== after.sharingConsent) {
    await recordConsentEvent(tx, user, input.id, after.sharingConsent ? 'given' : 'withdrawn', after.sharingConsentOn ?? todayInQuebec());
  }
  await recordAuditEvent(tx, { action: 'person.updated', actorId: user.id, entityType: 'person', entityId: input.id, details: { fields: corrected } });
  return { id: input.id };
}

function assertOpen(accompaniment: { status: string }, field: string) {
  if (accompaniment.status !== 'open') throw new RuleError(field, 'accompanimentClosed');
}

export async function addIntervention(tx: Tx, user: SessionUser, input: Input<typeof interventionInput>) {
  const accompaniment = await accompanimentForWrite(tx, user, input.accompanimentId);
  assertOpen(accompaniment, 'accompanimentId');
  if (input.occurredOn < accompaniment.openedOn) throw new RuleError('occurredOn', 'beforeOpening');
  return createOnce(tx, user, 'intervention.add', input.idempotencyKey, async () => {
    const [row] = await tx
      .insert(interventions)
      .values({
        accompanimentId: accompaniment.id,
        authorId: user.id,
        occurredOn: input.occurredOn,
        kind: input.kind,
        need: input.need ?? null,
        durationMinutes: input.durationMinutes ?? null,
        notes: input.notes ?? null,
      })
      .returning({ id: interventions.id });
    if (input.nextFollowUpOn !== undefined) {
      await tx.update(accompaniments).set({ nextFollowUpOn: input.nextFollowUpOn }).where(eq(accompaniments.id, accompaniment.id));
    }
    await recordAuditEvent(tx, { action: 'intervention.added', actorId: user.id, entityType: 'intervention', entityId: row!.id, details: { accompanimentId: accompaniment.id } });
    return row!.id;
  });
}

export async function addActionPlanItem(tx: Tx, user: SessionUser, input: Input<typeof actionPlanItemInput>) {
  const accompaniment = await accompanimentForWrite(tx, user, input.accompanimentId);
  assertOpen(accompaniment, 'accompanimentId');
  return createOnce(tx, user, 'action_plan.add', input.idempotencyKey, async () => {
    const [row] = await tx.insert(actionPlanItems).values({ accompanimentId: accompaniment.id, need: input.need, goal: input.goal }).returning({ id: actionPlanItems.id });
    await recordAuditEvent(tx, { action: 'action_plan.added', actorId: user.id, entityType: 'action_plan_item', entityId: row!.id });
    return row!.id;
  });
}

export async function setActionPlanStatus(tx: Tx, user: SessionUser, input: Input<typeof actionPlanStatusInput>) {
  const [item] = await tx.select({ accompanimentId: actionPlanItems.accompanimentId }).from(actionPlanItems).where(eq(actionPlanItems.id, input.id));
  if (!item) throw new NotFoundError('action plan item');
  await accompanimentForWrite(tx, user, item.accompanimentId);
  await updateVersioned(tx, actionPlanItems, input.id, input.version, { status: input.status });
  await recordAuditEvent(tx, { action: 'action_plan.updated', actorId: user.id, entityType: 'action_plan_item', entityId: input.id, details: { status: input.status } });
  return { id: input.id };
}

/**
 * A referral shares the person's information with a partner: refused without the person's consent to
 * share, and to a partner no longer active. It records the basis (the consent's date) for the register of
 * communications.
 */
export async function addReferral(tx: Tx, user: SessionUser, input: Input<typeof referralInput>) {
  const accompaniment = await accompanimentForWrite(tx, user, input.accompanimentId);
  assertOpen(accompaniment, 'accompanimentId');
  const [person] = await tx.select({ sharingConsent: persons.sharingConsent, sharingConsentOn: persons.sharingConsentOn }).from(persons).where(eq(persons.id, accompaniment.personId));
  if (!person?.sharingConsent || !person.sharingConsentOn) {
    // Said plainly when the person took their consent back: the agent must not look for a missing box.
    const [withdrawn] = await tx.select({ id: consentEvents.id }).from(consentEvents).where(and(eq(consentEvents.personId, accompaniment.personId), eq(consentEvents.kind, 'sharing'), eq(consentEvents.event, 'withdrawn'))).limit(1);
    throw new RuleError('partnerId', withdrawn ? 'sharingConsentWithdrawn' : 'noSharingConsent');
  }
  if (input.sentOn < person.sharingConsentOn) throw new RuleError('sentOn', 'beforeSharingConsent');
  if (input.sentOn < accompaniment.openedOn) throw new RuleError('sentOn', 'beforeOpening');
  const [partner] = await tx.select({ active: partners.active, regionCode: partners.regionCode }).from(partners).where(eq(partners.id, input.partnerId));
  if (!partner?.active || partner.regionCode !== accompaniment.regionCode) throw new RuleError('partnerId', 'partnerUnavailable');
  return createOnce(tx, user, 'referral.add', input.idempotencyKey, async () => {
    const [row] = await tx
      .insert(referrals)
      .values({ accompanimentId: accompaniment.id, partnerId: input.partnerId, need: input.need, sentOn: input.sentOn, sharingConsentOn: person.sharingConsentOn!, sharedInformation: input.sharedInformation, notes: input.notes ?? null })
      .returning({ id: referrals.id });
    await recordAuditEvent(tx, { action: 'referral.sent', actorId: user.id, entityType: 'referral', entityId: row!.id, details: { partnerId: input.partnerId, need: input.need } });
    return row!.id;
  });
}

export async function setReferralStatus(tx: Tx, user: SessionUser, input: Input<typeof referralStatusInput>) {
  const [referral] = await tx.select({ accompanimentId: referrals.accompanimentId, sentOn: referrals.sentOn }).from(referrals).where(eq(referrals.id, input.id));
  if (!referral) throw new NotFoundError('referral');
  await accompanimentForWrite(tx, user, referral.accompanimentId);
  const respondedOn = input.status === 'sent' ? null : (input.respondedOn ?? null);
  if (input.status !== 'sent' && !respondedOn) throw new RuleError('respondedOn', 'required');
  if (respondedOn && respondedOn < referral.sentOn) throw new RuleError('respondedOn', 'beforeSending');
  await updateVersioned(tx, referrals, input.id, input.version, { status: input.status, respondedOn });
  await recordAuditEvent(tx, { action: 'referral.updated', actorId: user.id, entityType: 'referral', entityId: input.id, details: { status: input.status } });
  return { id: input.id };
}

/**
 * Hands an accompaniment to another agent, possibly of another service point of the region: the file leaves
 * the old scope (the old agent no longer sees it, unless another follow-up keeps it there).
 */
export async function transferAccompaniment(tx: Tx, user: SessionUser, input: Input<typeof transferInput>) {
  const accompaniment = await accompanimentForWrite(tx, user, input.accompanimentId);
  assertOpen(accompaniment, 'accompanimentId');
  const [target] = await tx
    .select({ servicePointId: users.servicePointId, regionCode: servicePoints.regionCode })
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(and(eq(users.id, input.toAgentId), eq(users.role, 'agent'), eq(users.active, true), ne(users.id, accompaniment.agentId)));
  if (!target || target.regionCode !== accompaniment.regionCode) throw new RuleError('toAgentId', 'invalid');
  if (input.transferredOn < accompaniment.openedOn) throw new RuleError('transferredOn', 'beforeOpening');
  await updateVersioned(tx, accompaniments, accompaniment.id, input.version, { agentId: input.toAgentId, servicePointId: target.servicePointId! });
  await tx.insert(accompanimentTransfers).values({
    accompanimentId: accompaniment.id,
    fromServicePointId: accompaniment.servicePointId,
    fromAgentId: accompaniment.agentId,
    toServicePointId: target.servicePointId!,
    toAgentId: input.toAgentId,
    reason: input.reason,
    transferredOn: input.transferredOn,
    transferredById: user.id,
  });
  await recordAuditEvent(tx, {
    action: 'accompaniment.transferred',
    actorId: user.id,
    entityType: 'accompaniment',
    entityId: accompaniment.id,
    details: { fromServicePointId: accompaniment.servicePointId, toServicePointId: target.servicePointId, toAgentId: input.toAgentId },
  });
  return { id: accompaniment.id, personId: accompaniment.personId };
}

export async function closeAccompaniment(tx: Tx, user: SessionUser, input: Input<typeof closeInput>) {
  const accompaniment = await accompanimentForWrite(tx, user, input.accompanimentId);
  assertOpen(accompaniment, 'accompanimentId');
  if (input.closedOn < accompaniment.openedOn) throw new RuleError('closedOn', 'beforeOpening');
  await updateVersioned(tx, accompaniments, accompaniment.id, input.version, { status: 'closed', closedOn: input.closedOn, closureReason: input.closureReason, nextFollowUpOn: null });
  await recordAuditEvent(tx, { action: 'accompaniment.closed', actorId: user.id, entityType: 'accompaniment', entityId: accompaniment.id, details: { reason: input.closureReason } });
  return { id: accompaniment.id, personId: accompaniment.personId };
}

/**
 * Reopening starts a new accompaniment linked to the closed one: the closed interval stays as it was, so
 * the figures of past periods do not move.
 */
export async function reopenAccompaniment(tx: Tx, user: SessionUser, input: Input<typeof reopenInput>) {
  const previous = await accompanimentForWrite(tx, user, input.accompanimentId);
  if (previous.status !== 'closed' || !previous.closedOn) throw new RuleError('accompanimentId', 'accompanimentOpen');
  // An anonymized file is no one's any more: a returning person is registered anew.
  if (await isAnonymized(tx, previous.personId)) throw new RuleError('accompanimentId', 'anonymized');
  if (input.openedOn < previous.closedOn) throw new RuleError('openedOn', 'beforeClosure');
  const { id } = await createOnce(tx, user, 'accompaniment.reopen', input.idempotencyKey, async () => {
    // Checked once the key is known to be new: a replay of this reopening gets its first answer back.
    const [alreadyOpen] = await tx
      .select({ id: accompaniments.id })
      .from(accompaniments)
      .where(and(eq(accompaniments.personId, previous.personId), eq(accompaniments.servicePointId, previous.servicePointId), eq(accompaniments.status, 'open')));
    if (alreadyOpen) throw new RuleError('accompanimentId', 'accompanimentOpen');
    const [row] = await tx
      .insert(accompaniments)
      .values({ personId: previous.personId, servicePointId: previous.servicePointId, agentId: user.id, openedOn: input.openedOn, needs: input.needs, reopenedFromId: previous.id })
      .returning({ id: accompaniments.id });
    await recordAuditEvent(tx, { action: 'accompaniment.reopened', actorId: user.id, entityType: 'accompaniment', entityId: row!.id, details: { reopenedFromId: previous.id } });
    return row!.id;
  });
  return { id, personId: previous.personId };
}
