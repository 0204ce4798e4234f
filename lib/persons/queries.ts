import 'server-only';
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accompaniments, persons, servicePoints, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { followUpInScope, followUpSummaryInScope, personScope } from './scope';

export const PAGE_SIZE = 25;

export interface PersonListQuery {
  page: number;
  search?: string;
}

/** Advisers see a person only through a hire: name only, never identity or case details. */
function seesCaseContent(user: SessionUser): boolean {
  return can(user.role, 'person:read');
}

const listColumns = {
  id: persons.id,
  firstName: persons.firstName,
  lastName: persons.lastName,
  countryOfBirth: persons.countryOfBirth,
  immigrationStatus: persons.immigrationStatus,
};
/** A search term taken literally: % and _ typed by the user are not wildcards. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export async function listPersons(db: Db, user: SessionUser, query: PersonListQuery) {
  const term = query.search?.trim();
  const pattern = term ? containsPattern(term) : undefined;
  const where = and(
    personScope(db, user),
    pattern ? or(ilike(persons.lastName, pattern), ilike(persons.firstName, pattern)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(persons)
      .where(where)
      .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.id))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db.select({ value: count() }).from(persons).where(where),
  ]);
  const visible = seesCaseContent(user) ? rows : rows.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }));
  // Names on a screen are personal information read: the list is audited with its filters (whether a name
  // was searched, not what: the trail must not become a second copy of names) and the persons shown.
  await recordAuditEvent(db, {
    action: 'persons.listed',
    actorId: user.id,
    entityType: 'person',
    details: { page: query.page, search: Boolean(term), total: total?.value ?? 0, shown: rows.length, personIds: rows.map((row) => row.id) },
  });
  return { rows: visible, total: total?.value ?? 0, page: query.page, pageSize: PAGE_SIZE };
}

/**
 * One person's file, or null when it does not exist or is out of the user's scope (callers answer 404
 * either way). Every view is written to the audit trail, and so is every refusal.
 */
export async function getPerson(db: Db, user: SessionUser, id: string) {
  const [person] = await db
    .select({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      birthDate: persons.birthDate,
      countryOfBirth: persons.countryOfBirth,
      immigrationStatus: persons.immigrationStatus,
      arrivalInQuebecOn: persons.arrivalInQuebecOn,
      email: persons.email,
      phone: persons.phone,
      collectionConsentOn: persons.collectionConsentOn,
      version: persons.version,
    })
    .from(persons)
    .where(and(eq(persons.id, id), personScope(db, user)));
  if (!person) {
    await recordAuditEvent(db, { action: 'access.refused', actorId: user.id, entityType: 'person', entityId: id });
    return null;
  }
  await recordAuditEvent(db, { action: 'person.viewed', actorId: user.id, entityType: 'person', entityId: id });
  if (!seesCaseContent(user)) return { id: person.id, firstName: person.firstName, lastName: person.lastName };
  return { ...person, accompaniments: await listFollowUps(db, user, id) };
}

/** A follow-up held elsewhere in the region: that it exists, where, and whether it is open. */
export interface FollowUpElsewhere {
  heldElsewhere: true;
  servicePoint: string;
  status: 'open' | 'closed';
}

/**
 * The follow-ups of a person's file, each filtered by the reader's scope (lib/persons/scope.ts): in full
 * those in scope, as a summary those an agent may know of, and not at all the others.
 */
async function listFollowUps(db: Db, user: SessionUser, personId: string) {
  const rows = await db
    .select({
      id: accompaniments.id,
      status: accompaniments.status,
      openedOn: accompaniments.openedOn,
      closedOn: accompaniments.closedOn,
      needs: accompaniments.needs,
      servicePoint: servicePoints.name,
      agent: users.displayName,
      inScope: sqlBoolean(followUpInScope(user)),
    })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .innerJoin(users, eq(users.id, accompaniments.agentId))
    .where(and(eq(accompaniments.personId, personId), or(followUpInScope(user), followUpSummaryInScope(user))))
    .orderBy(desc(accompaniments.openedOn), asc(accompaniments.id));
  const inFull = rows
    .filter((row) => row.inScope)
    .map(({ id, status, openedOn, closedOn, needs, servicePoint, agent }) => ({ id, status, openedOn, closedOn, needs, servicePoint, agent }));
  // Summaries in the order of their service point's name: their dates, even their order, stay unknown.
  const summaries = rows
    .filter((row) => !row.inScope)
    .map((row): FollowUpElsewhere => ({ heldElsewhere: true, servicePoint: row.servicePoint, status: row.status }))
    .sort((a, b) => a.servicePoint.localeCompare(b.servicePoint, 'fr') || a.status.localeCompare(b.status));
  return [...inFull, ...summaries];
}

function sqlBoolean(condition: SQL) {
  return sql<boolean>`(${condition})`.mapWith(Boolean);
}
