import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { accompaniments, businessContacts, businesses, employerFiles, employerInteractions, hires, hiringNeeds, mrcs, persons, servicePoints } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { NotFoundError, RuleError } from '@/lib/errors';
import { createOnce, updateVersioned } from '@/lib/writes';
import { findSimilarBusinesses } from './duplicates';
import type {
  addContactInput,
  addHireInput,
  addInteractionInput,
  addNeedInput,
  closeFileInput,
  needStatusInput,
  openFileInput,
  reopenFileInput,
  updateBusinessInput,
  updateContactInput,
  updateFileInput,
} from './schemas';
import { employerScope } from './scope';

// The employer workflow's writes. Each runs inside the caller's transaction (the action's), checks the
// scope first (an adviser writes only to businesses and files of their region), and writes its audit entry
// (ids and codes only: never a business contact's or a person's name, never notes).

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** A business the user may write to, or NotFoundError (audited) like a missing one. */
async function businessForWrite(tx: Tx, user: SessionUser, id: string) {
  const [row] = await tx.select({ id: businesses.id, mrcId: businesses.mrcId }).from(businesses).where(and(eq(businesses.id, id), employerScope(tx, user)));
  if (!row) {
    await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'business', entityId: id });
    throw new NotFoundError('business');
  }
  return row;
}

/** An employer file the user may write to (through its business), or NotFoundError (audited). */
export async function fileForWrite(tx: Tx, user: SessionUser, id: string) {
  const [row] = await tx
    .select({ id: employerFiles.id, businessId: employerFiles.businessId, status: employerFiles.status, openedOn: employerFiles.openedOn, closedOn: employerFiles.closedOn })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .where(and(eq(employerFiles.id, id), employerScope(tx, user)));
  if (!row) {
    await recordAuditEvent(tx, { action: 'access.refused', actorId: user.id, entityType: 'employer_file', entityId: id });
    throw new NotFoundError('employer file');
  }
  return row;
}

function assertOpen(file: { status: string }, field: string) {
  if (file.status !== 'open') throw new RuleError(field, 'employerFileClosed');
}

/** The MRC must be one of the adviser's region: a business elsewhere would leave their scope at once. */
async function assertMrcOfRegion(tx: Tx, user: SessionUser, mrcId: string) {
  const [mrc] = await tx.select({ id: mrcs.id }).from(mrcs).where(and(eq(mrcs.id, mrcId), eq(mrcs.regionCode, user.regionCode ?? '')));
  if (!mrc) throw new RuleError('mrcId', 'invalid');
}

/** The NEQ is unique: a second business with it is refused on the field, never a unique-violation 500. */
async function assertNeqFree(tx: Tx, neq: string, exceptId?: string) {
  const [taken] = await tx.select({ id: businesses.id }).from(businesses).where(eq(businesses.neq, neq));
  if (taken && taken.id !== exceptId) throw new RuleError('neq', 'neqTaken');
}

type BusinessInput = Input<typeof updateBusinessInput> | Extract<Input<typeof openFileInput>, { businessMode: 'new' }>;
/** A business's columns from a form's values: shared by the opening form, its edit and the import (lib/imports). */
export function businessColumns(input: BusinessInput) {
  return {
    legalName: input.legalName,
    neq: input.neq,
    naicsSector: input.naicsSector,
    sizeBand: input.sizeBand ?? null,
    mrcId: input.mrcId,
    city: input.city,
    address: input.address ?? null,
    postalCode: input.postalCode ?? null,
  };
}

/** A new file's columns from the opening form's values, for the one who follows it: shared with the import. */
export function openedFileColumns(input: Input<typeof openFileInput>, owner: { businessId: string; adviserId: string; servicePointId: string }) {
  return {
    ...owner,
    openedOn: input.openedOn,
    contactName: input.contactName,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    recruitmentChannels: input.recruitmentChannels,
    notes: input.notes ?? null,
  };
}

/** An open file of this business already: a second one would count the same recruitment twice. */
async function assertNoOpenFile(tx: Tx, businessId: string, field: string) {
  const [open] = await tx.select({ id: employerFiles.id }).from(employerFiles).where(and(eq(employerFiles.businessId, businessId), eq(employerFiles.status, 'open')));
  if (open) throw new RuleError(field, 'employerFileAlreadyOpen');
}

/**
 * Opens an employer file, for a business already known or a new one, in one transaction with its audit
 * entries; a replayed submit (same key) gets the first file back. A new business is refused when its NEQ
 * is taken, and while close names in its MRC were not looked at and dismissed.
 */
export async function openEmployerFile(tx: Tx, user: SessionUser, input: Input<typeof openFileInput>) {
  const servicePointId = user.servicePointId;
  if (!servicePointId) throw new RuleError('form', 'invalid');
  return createOnce(tx, user, 'employer_file.open', input.idempotencyKey, async () => {
    let businessId: string;
    if (input.businessMode === 'existing') {
      businessId = (await businessForWrite(tx, user, input.businessId)).id;
      await assertNoOpenFile(tx, businessId, 'businessId');
    } else {
      await assertMrcOfRegion(tx, user, input.mrcId);
      await assertNeqFree(tx, input.neq);
      if (!input.confirmedNotDuplicate) {
        const found = await findSimilarBusinesses(tx, user, input);
        if (found.similar.length > 0) throw new RuleError('confirmedNotDuplicate', 'possibleDuplicateBusiness');
      }
      const [business] = await tx.insert(businesses).values(businessColumns(input)).returning({ id: businesses.id });
      businessId = business!.id;
      await recordAuditEvent(tx, { action: 'business.created', actorId: user.id, entityType: 'business', entityId: businessId, details: { mrcId: input.mrcId, naicsSector: input.naicsSector, duplicatesDismissed: input.confirmedNotDuplicate } });
    }
    const [file] = await tx
      .insert(employerFiles)
      .values(openedFileColumns(input, { businessId, adviserId: user.id, servicePointId }))
      .returning({ id: employerFiles.id });
    await recordAuditEvent(tx, { action: 'employer_file.opened', actorId: user.id, entityType: 'employer_file', entityId: file!.id, details: { businessId, channels: input.recruitmentChannels } });
    return file!.id;
  });
}

export async function updateBusiness(tx: Tx, user: SessionUser, input: Input<typeof updateBusinessInput>) {
  await businessForWrite(tx, user, input.id);
  await assertMrcOfRegion(tx, user, input.mrcId);
  await assertNeqFree(tx, input.neq, input.id);
  await updateVersioned(tx, businesses, input.id, input.version, businessColumns(input));
  await recordAuditEvent(tx, { action: 'business.updated', actorId: user.id, entityType: 'business', entityId: input.id, details: { mrcId: input.mrcId, naicsSector: input.naicsSector } });
  return { id: input.id };
}

export async function addBusinessContact(tx: Tx, user: SessionUser, input: Input<typeof addContactInput>) {
  await businessForWrite(tx, user, input.businessId);
  return createOnce(tx, user, 'business_contact.add', input.idempotencyKey, async () => {
    const [row] = await tx
      .insert(businessContacts)
      .values({ businessId: input.businessId, name: input.name, jobTitle: input.jobTitle ?? null, email: input.email ?? null, phone: input.phone ?? null })
      .returning({ id: businessContacts.id });
    await recordAuditEvent(tx, { action: 'business_contact.added', actorId: user.id, entityType: 'business_contact', entityId: row!.id, details: { businessId: input.businessId } });
    return row!.id;
  });
}

export async function updateBusinessContact(tx: Tx, user: SessionUser, input: Input<typeof updateContactInput>) {
  const [contact] = await tx.select({ businessId: businessContacts.businessId }).from(businessContacts).where(eq(businessContacts.id, input.id));
  if (!contact) throw new NotFoundError('business contact');
  await businessForWrite(tx, user, contact.businessId);
  await updateVersioned(tx, businessContacts, input.id, input.version, { name: input.name, jobTitle: input.jobTitle ?? null, email: input.email ?? null, phone: input.phone ?? null });
  await recordAuditEvent(tx, { action: 'business_contact.updated', actorId: user.id, entityType: 'business_contact', entityId: input.id, details: { businessId: contact.businessId } });
  return { id: input.id };
}

export async function updateEmployerFile(tx: Tx, user: SessionUser, input: Input<typeof updateFileInput>) {
  await fileForWrite(tx, user, input.id);
  await updateVersioned(tx, employerFiles, input.id, input.version, {
    contactName: input.contactName,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    recruitmentChannels: input.recruitmentChannels,
    notes: input.notes ?? null,
  });
  await recordAuditEvent(tx, { action: 'employer_file.updated', actorId: user.id, entityType: 'employer_file', entityId: input.id, details: { channels: input.recruitmentChannels } });
  return { id: input.id };
}

export async function addHiringNeed(tx: Tx, user: SessionUser, input: Input<typeof addNeedInput>) {
  const file = await fileForWrite(tx, user, input.employerFileId);
  assertOpen(file, 'employerFileId');
  return createOnce(tx, user, 'hiring_need.add', input.idempotencyKey, async () => {
    const [row] = await tx
      .insert(hiringNeeds)
      .values({ employerFileId: file.id, jobTitle: input.jobTitle, nocCode: input.nocCode, positions: input.positions, wantedStartOn: input.wantedStartOn ?? null })
      .returning({ id: hiringNeeds.id });
    await recordAuditEvent(tx, { action: 'hiring_need.added', actorId: user.id, entityType: 'hiring_need', entityId: row!.id, details: { employerFileId: file.id, nocCode: input.nocCode, positions: input.positions } });
    return row!.id;
  });
}

export async function setHiringNeedStatus(tx: Tx, user: SessionUser, input: Input<typeof needStatusInput>) {
  const [need] = await tx.select({ employerFileId: hiringNeeds.employerFileId }).from(hiringNeeds).where(eq(hiringNeeds.id, input.id));
  if (!need) throw new NotFoundError('hiring need');
  await fileForWrite(tx, user, need.employerFileId);
  await updateVersioned(tx, hiringNeeds, input.id, input.version, { status: input.status });
  await recordAuditEvent(tx, { action: 'hiring_need.updated', actorId: user.id, entityType: 'hiring_need', entityId: input.id, details: { status: input.status } });
  return { id: input.id };
}

export async function addInteraction(tx: Tx, user: SessionUser, input: Input<typeof addInteractionInput>) {
  const file = await fileForWrite(tx, user, input.employerFileId);
  assertOpen(file, 'employerFileId');
  if (input.occurredOn < file.openedOn) throw new RuleError('occurredOn', 'beforeFileOpening');
  return createOnce(tx, user, 'employer_interaction.add', input.idempotencyKey, async () => {
    const [row] = await tx
      .insert(employerInteractions)
      .values({ employerFileId: file.id, authorId: user.id, occurredOn: input.occurredOn, kind: input.kind, notes: input.notes ?? null })
      .returning({ id: employerInteractions.id });
    await recordAuditEvent(tx, { action: 'employer_interaction.added', actorId: user.id, entityType: 'employer_interaction', entityId: row!.id, details: { employerFileId: file.id, kind: input.kind } });
    return row!.id;
  });
}

/**
 * The person a hire may be linked to: an accompanied person (a follow-up in the adviser's region) who
 * consented to the sharing of their information. Otherwise the hire is refused on that field, and the
 * adviser records it without a person.
 */
async function assertShareablePerson(tx: Tx, user: SessionUser, personId: string, hiredOn: string) {
  const [person] = await tx
    .select({ sharingConsent: persons.sharingConsent, sharingConsentOn: persons.sharingConsentOn })
    .from(persons)
    .where(
      and(
        eq(persons.id, personId),
        sql`exists (select 1 from ${accompaniments} join ${servicePoints} on ${servicePoints.id} = ${accompaniments.servicePointId}
                    where ${accompaniments.personId} = ${persons.id} and ${servicePoints.regionCode} = ${user.regionCode ?? ''})`,
      ),
    );
  if (!person) throw new RuleError('personId', 'unknownAccompaniedPerson');
  if (!person.sharingConsent || !person.sharingConsentOn || person.sharingConsentOn > hiredOn) throw new RuleError('personId', 'noHireConsent');
}

export async function recordHire(tx: Tx, user: SessionUser, input: Input<typeof addHireInput>) {
  const file = await fileForWrite(tx, user, input.employerFileId);
  if (input.hiredOn < file.openedOn) throw new RuleError('hiredOn', 'beforeFileOpening');
  if (file.closedOn && input.hiredOn > file.closedOn) throw new RuleError('hiredOn', 'afterFileClosure');
  if (input.hiringNeedId) {
    const [need] = await tx.select({ id: hiringNeeds.id }).from(hiringNeeds).where(and(eq(hiringNeeds.id, input.hiringNeedId), eq(hiringNeeds.employerFileId, file.id)));
    if (!need) throw new RuleError('hiringNeedId', 'invalid');
  }
  if (input.personId) await assertShareablePerson(tx, user, input.personId, input.hiredOn);
  return createOnce(tx, user, 'hire.record', input.idempotencyKey, async () => {
    const [row] = await tx
      .insert(hires)
      .values({ employerFileId: file.id, hiringNeedId: input.hiringNeedId ?? null, personId: input.personId ?? null, hiredOn: input.hiredOn, jobTitle: input.jobTitle, channel: input.channel })
      .returning({ id: hires.id });
    await recordAuditEvent(tx, {
      action: 'hire.recorded',
      actorId: user.id,
      entityType: 'hire',
      entityId: row!.id,
      details: { employerFileId: file.id, hiringNeedId: input.hiringNeedId ?? null, personId: input.personId ?? null, channel: input.channel },
    });
    return row!.id;
  });
}

export async function closeEmployerFile(tx: Tx, user: SessionUser, input: Input<typeof closeFileInput>) {
  const file = await fileForWrite(tx, user, input.id);
  assertOpen(file, 'id');
  if (input.closedOn < file.openedOn) throw new RuleError('closedOn', 'beforeFileOpening');
  await updateVersioned(tx, employerFiles, file.id, input.version, { status: 'closed', closedOn: input.closedOn, closureReason: input.closureReason });
  await recordAuditEvent(tx, { action: 'employer_file.closed', actorId: user.id, entityType: 'employer_file', entityId: file.id, details: { reason: input.closureReason } });
  return { id: file.id };
}

/**
 * Reopening starts a new file linked to the closed one (reopenedFromId), followed by the adviser who
 * reopens it: the closed interval stays as it was, so the figures of past periods never move.
 */
export async function reopenEmployerFile(tx: Tx, user: SessionUser, input: Input<typeof reopenFileInput>) {
  const previous = await fileForWrite(tx, user, input.id);
  if (previous.status !== 'closed' || !previous.closedOn) throw new RuleError('id', 'employerFileAlreadyOpen');
  if (input.openedOn < previous.closedOn) throw new RuleError('openedOn', 'beforeClosure');
  const servicePointId = user.servicePointId;
  if (!servicePointId) throw new RuleError('form', 'invalid');
  return createOnce(tx, user, 'employer_file.reopen', input.idempotencyKey, async () => {
    // Checked once the key is known to be new: a replay gets its first answer back.
    await assertNoOpenFile(tx, previous.businessId, 'id');
    const [old] = await tx.select().from(employerFiles).where(eq(employerFiles.id, previous.id));
    const [row] = await tx
      .insert(employerFiles)
      .values({
        businessId: previous.businessId,
        adviserId: user.id,
        servicePointId,
        openedOn: input.openedOn,
        contactName: old!.contactName,
        contactEmail: old!.contactEmail,
        contactPhone: old!.contactPhone,
        recruitmentChannels: old!.recruitmentChannels,
        reopenedFromId: previous.id,
      })
      .returning({ id: employerFiles.id });
    await recordAuditEvent(tx, { action: 'employer_file.reopened', actorId: user.id, entityType: 'employer_file', entityId: row!.id, details: { reopenedFromId: previous.id } });
    return row!.id;
  });
}
