import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { businessContacts, businesses, employerFiles, employerInteractions, hires, hiringNeeds, mrcs, persons, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { employerScope } from './scope';

/**
 * One employer file with its business, contacts, needs, interactions, hires and the business's other
 * files; null when it does not exist or is out of the user's scope (callers answer 404 either way). Every
 * child is read through the file, itself reached through employerScope. A hire shows the person's name
 * only (never their file): the link exists only with the person's consent to share. Every view is audited,
 * and so is every refusal.
 */
export async function getEmployerFile(db: Db, user: SessionUser, id: string) {
  const [file] = await db
    .select({
      id: employerFiles.id,
      status: employerFiles.status,
      openedOn: employerFiles.openedOn,
      closedOn: employerFiles.closedOn,
      closureReason: employerFiles.closureReason,
      contactName: employerFiles.contactName,
      contactEmail: employerFiles.contactEmail,
      contactPhone: employerFiles.contactPhone,
      recruitmentChannels: employerFiles.recruitmentChannels,
      notes: employerFiles.notes,
      reopenedFromId: employerFiles.reopenedFromId,
      version: employerFiles.version,
      adviser: users.displayName,
      business: {
        id: businesses.id,
        legalName: businesses.legalName,
        neq: businesses.neq,
        naicsSector: businesses.naicsSector,
        sizeBand: businesses.sizeBand,
        mrcId: businesses.mrcId,
        mrc: mrcs.name,
        city: businesses.city,
        address: businesses.address,
        postalCode: businesses.postalCode,
        version: businesses.version,
      },
    })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .innerJoin(users, eq(users.id, employerFiles.adviserId))
    .where(and(eq(employerFiles.id, id), employerScope(db, user)));
  if (!file) {
    await recordAuditEvent(db, { action: 'access.refused', actorId: user.id, entityType: 'employer_file', entityId: id });
    return null;
  }
  const [contacts, needs, interactions, hired, history] = await Promise.all([
    db
      .select({ id: businessContacts.id, name: businessContacts.name, jobTitle: businessContacts.jobTitle, email: businessContacts.email, phone: businessContacts.phone, version: businessContacts.version })
      .from(businessContacts)
      .where(eq(businessContacts.businessId, file.business.id))
      .orderBy(asc(businessContacts.name), asc(businessContacts.id)),
    db
      .select({
        id: hiringNeeds.id,
        jobTitle: hiringNeeds.jobTitle,
        nocCode: hiringNeeds.nocCode,
        positions: hiringNeeds.positions,
        wantedStartOn: hiringNeeds.wantedStartOn,
        status: hiringNeeds.status,
        version: hiringNeeds.version,
      })
      .from(hiringNeeds)
      .where(eq(hiringNeeds.employerFileId, id))
      .orderBy(asc(hiringNeeds.createdAt), asc(hiringNeeds.id)),
    db
      .select({ id: employerInteractions.id, occurredOn: employerInteractions.occurredOn, kind: employerInteractions.kind, notes: employerInteractions.notes, author: users.displayName })
      .from(employerInteractions)
      .innerJoin(users, eq(users.id, employerInteractions.authorId))
      .where(eq(employerInteractions.employerFileId, id))
      .orderBy(desc(employerInteractions.occurredOn), desc(employerInteractions.createdAt)),
    db
      .select({
        id: hires.id,
        hiredOn: hires.hiredOn,
        jobTitle: hires.jobTitle,
        channel: hires.channel,
        hiringNeedId: hires.hiringNeedId,
        personId: hires.personId,
        personFirstName: persons.firstName,
        personLastName: persons.lastName,
      })
      .from(hires)
      .leftJoin(persons, eq(persons.id, hires.personId))
      .where(eq(hires.employerFileId, id))
      .orderBy(desc(hires.hiredOn), asc(hires.id)),
    db
      .select({ id: employerFiles.id, status: employerFiles.status, openedOn: employerFiles.openedOn, closedOn: employerFiles.closedOn })
      .from(employerFiles)
      .where(eq(employerFiles.businessId, file.business.id))
      .orderBy(desc(employerFiles.openedOn), desc(employerFiles.id)),
  ]);
  await recordAuditEvent(db, {
    action: 'employer_file.viewed',
    actorId: user.id,
    entityType: 'employer_file',
    entityId: id,
    // The persons named on the screen, by id: who saw whose name is part of the access log.
    details: { personIds: hired.flatMap((hire) => (hire.personId ? [hire.personId] : [])) },
  });
  // The person's id stays on the server: the screen shows a name, never a way into the file.
  const shownHires = hired.map((hire) => ({
    id: hire.id,
    hiredOn: hire.hiredOn,
    jobTitle: hire.jobTitle,
    channel: hire.channel,
    hiringNeedId: hire.hiringNeedId,
    personFirstName: hire.personFirstName,
    personLastName: hire.personLastName,
  }));
  return { ...file, contacts, needs, interactions, hires: shownHires, history: history.filter((other) => other.id !== id) };
}

export type EmployerFile = NonNullable<Awaited<ReturnType<typeof getEmployerFile>>>;
