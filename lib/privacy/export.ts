import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  accompaniments,
  accompanimentTransfers,
  actionPlanItems,
  auditEvents,
  businesses,
  consentEvents,
  employerFiles,
  hires,
  interventions,
  mrcs,
  partners,
  personCorrections,
  persons,
  referrals,
  servicePoints,
  users,
} from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { followUpInScope, followUpSummaryInScope, personScope } from '@/lib/persons/scope';
import { fileAccessCondition } from './registers';

// An access or portability request (A-2.1 s. 83-84): what Passerelle holds about one person, as structured
// data (JSON) and as the readable page built from the same object. Only a reader who may open the file
// (personScope) may export it, and the follow-ups are those the file shows that reader (FOLLOW_UP_VISIBILITY):
// an export never reads more than the file. Every export is audited.

export const EXPORT_FORMAT_VERSION = 1;

/** A child row without the follow-up id it was grouped by. */
function withoutFollowUp<T extends { accompanimentId: string }>(row: T): Omit<T, 'accompanimentId'> {
  const copy: Partial<T> = { ...row };
  delete copy.accompanimentId;
  return copy as Omit<T, 'accompanimentId'>;
}

export async function getPersonExport(db: Db, user: SessionUser, personId: string, format: 'json' | 'html' | 'pdf') {
  const [person] = await db
    .select({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      birthDate: persons.birthDate,
      gender: persons.gender,
      countryOfBirth: persons.countryOfBirth,
      citizenship: persons.citizenship,
      languages: persons.languages,
      frenchLevel: persons.frenchLevel,
      immigrationCategory: persons.immigrationStatus,
      arrivalInQuebecOn: persons.arrivalInQuebecOn,
      arrivalInRegionOn: persons.arrivalInRegionOn,
      residenceMrc: mrcs.name,
      residenceMunicipality: persons.residenceMunicipality,
      email: persons.email,
      phone: persons.phone,
      collectionConsentOn: persons.collectionConsentOn,
      sharingConsent: persons.sharingConsent,
      sharingConsentOn: persons.sharingConsentOn,
      anonymizedAt: persons.anonymizedAt,
      createdAt: persons.createdAt,
    })
    .from(persons)
    .leftJoin(mrcs, eq(mrcs.id, persons.residenceMrcId))
    .where(and(eq(persons.id, personId), personScope(db, user)));
  if (!person) {
    await recordAuditEvent(db, { action: 'access.refused', actorId: user.id, entityType: 'person', entityId: personId, details: { endpoint: 'person export' } });
    return null;
  }

  const agent = alias(users, 'agent');
  const followUps = await db
    .select({
      id: accompaniments.id,
      servicePoint: servicePoints.name,
      agent: agent.displayName,
      status: accompaniments.status,
      openedOn: accompaniments.openedOn,
      closedOn: accompaniments.closedOn,
      closureReason: accompaniments.closureReason,
      needs: accompaniments.needs,
      nextFollowUpOn: accompaniments.nextFollowUpOn,
    })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .innerJoin(agent, eq(agent.id, accompaniments.agentId))
    .where(and(eq(accompaniments.personId, personId), followUpInScope(user)))
    .orderBy(asc(accompaniments.openedOn), asc(accompaniments.id));
  const elsewhere = await db
    .select({ servicePoint: servicePoints.name, status: accompaniments.status })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(and(eq(accompaniments.personId, personId), followUpSummaryInScope(user), sql`not (${followUpInScope(user)})`))
    .orderBy(asc(servicePoints.name));
  const ids = followUps.map((row) => row.id);
  const author = alias(users, 'author');
  const [notes, plan, sent, transfers, hired, consents, corrections, accessLog] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ accompanimentId: interventions.accompanimentId, occurredOn: interventions.occurredOn, kind: interventions.kind, need: interventions.need, durationMinutes: interventions.durationMinutes, notes: interventions.notes, author: author.displayName })
          .from(interventions)
          .innerJoin(author, eq(author.id, interventions.authorId))
          .where(inArray(interventions.accompanimentId, ids))
          .orderBy(asc(interventions.occurredOn), asc(interventions.createdAt)),
    ids.length === 0
      ? []
      : db
          .select({ accompanimentId: actionPlanItems.accompanimentId, need: actionPlanItems.need, goal: actionPlanItems.goal, status: actionPlanItems.status })
          .from(actionPlanItems)
          .where(inArray(actionPlanItems.accompanimentId, ids))
          .orderBy(asc(actionPlanItems.createdAt)),
    ids.length === 0
      ? []
      : db
          .select({
            accompanimentId: referrals.accompanimentId,
            partner: partners.name,
            need: referrals.need,
            status: referrals.status,
            sentOn: referrals.sentOn,
            respondedOn: referrals.respondedOn,
            sharedInformation: referrals.sharedInformation,
            communicationBasis: referrals.communicationBasis,
            sharingConsentOn: referrals.sharingConsentOn,
            notes: referrals.notes,
          })
          .from(referrals)
          .innerJoin(partners, eq(partners.id, referrals.partnerId))
          .where(inArray(referrals.accompanimentId, ids))
          .orderBy(asc(referrals.sentOn)),
    ids.length === 0
      ? []
      : db
          .select({ accompanimentId: accompanimentTransfers.accompanimentId, transferredOn: accompanimentTransfers.transferredOn, reason: accompanimentTransfers.reason })
          .from(accompanimentTransfers)
          .where(inArray(accompanimentTransfers.accompanimentId, ids))
          .orderBy(asc(accompanimentTransfers.transferredOn)),
    db
      .select({ hiredOn: hires.hiredOn, jobTitle: hires.jobTitle, channel: hires.channel, employer: businesses.legalName })
      .from(hires)
      .innerJoin(employerFiles, eq(employerFiles.id, hires.employerFileId))
      .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
      .where(eq(hires.personId, personId))
      .orderBy(asc(hires.hiredOn)),
    db
      .select({ kind: consentEvents.kind, event: consentEvents.event, effectiveOn: consentEvents.effectiveOn, recordedAt: consentEvents.recordedAt })
      .from(consentEvents)
      .where(eq(consentEvents.personId, personId))
      .orderBy(asc(consentEvents.effectiveOn), asc(consentEvents.recordedAt)),
    db
      .select({ field: personCorrections.field, oldValue: personCorrections.oldValue, newValue: personCorrections.newValue, reason: personCorrections.reason, correctedAt: personCorrections.correctedAt, correctedBy: users.displayName })
      .from(personCorrections)
      .innerJoin(users, eq(users.id, personCorrections.actorId))
      .where(eq(personCorrections.personId, personId))
      .orderBy(asc(personCorrections.correctedAt)),
    db
      .select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action, by: users.displayName, role: users.role })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(fileAccessCondition(personId))
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(1000),
  ]);

  await recordAuditEvent(db, { action: 'person.exported', actorId: user.id, entityType: 'person', entityId: personId, details: { format } });

  const { anonymizedAt, createdAt, ...identity } = person;
  return {
    format: 'passerelle.person-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    exportedBy: user.displayName,
    person: { ...identity, registeredAt: createdAt.toISOString(), anonymizedAt: anonymizedAt?.toISOString() ?? null },
    accompaniments: followUps.map((followUp) => ({
      ...followUp,
      interventions: notes.filter((row) => row.accompanimentId === followUp.id).map(withoutFollowUp),
      actionPlan: plan.filter((row) => row.accompanimentId === followUp.id).map(withoutFollowUp),
      referrals: sent.filter((row) => row.accompanimentId === followUp.id).map(withoutFollowUp),
      transfers: transfers.filter((row) => row.accompanimentId === followUp.id).map(withoutFollowUp),
    })),
    // Held by another service point of the region: that it exists, where, whether open (as the file shows).
    followUpsHeldElsewhere: elsewhere,
    hires: hired,
    consents: { collectionConsentOn: person.collectionConsentOn, sharingConsent: person.sharingConsent, sharingConsentOn: person.sharingConsentOn, events: consents },
    corrections: corrections.map((row) => ({ ...row, correctedAt: row.correctedAt.toISOString() })),
    accessLog: accessLog.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
  };
}

export type PersonExport = NonNullable<Awaited<ReturnType<typeof getPersonExport>>>;
