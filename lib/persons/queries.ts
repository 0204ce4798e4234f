import 'server-only';
import { and, asc, desc, eq, exists, gte, inArray, isNull, like, lte, notExists, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias, type SelectedFields } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '@/db/client';
import { accompaniments, persons, servicePoints, users } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { COUNT_LIMIT, lastListablePage, PAGE_SIZE, type PersonListQuery } from './list-query';
import { searchWords } from './names';
import { accompanimentInScope, followUpInScope, followUpSummaryInScope, personScope, type AccompanimentsTable } from './scope';

export { PAGE_SIZE, type PersonListQuery };

/** Advisers see a person only through a hire: name only, never identity or case details. */
function seesCaseContent(user: SessionUser): boolean {
  return can(user.role, 'person:read');
}

/** The follow-up criteria of the list, on one follow-up (the table or an alias). */
function followUpCriteria(table: AccompanimentsTable, query: PersonListQuery): SQL | undefined {
  return and(
    query.status === 'open' ? eq(table.status, 'open') : undefined,
    query.need ? sql`${table.needs} @> array[${query.need}]::need[]` : undefined,
    query.agentId ? eq(table.agentId, query.agentId) : undefined,
    query.openedFrom ? gte(table.openedOn, query.openedFrom) : undefined,
    query.openedTo ? lte(table.openedOn, query.openedTo) : undefined,
    query.closedFrom ? gte(table.closedOn, query.closedFrom) : undefined,
    query.closedTo ? lte(table.closedOn, query.closedTo) : undefined,
    // Overlaps the period, as the dashboard counts (lib/metrics/counts.ts): opened by its end, not closed before its start.
    query.activeTo ? lte(table.openedOn, query.activeTo) : undefined,
    query.activeFrom ? or(isNull(table.closedOn), gte(table.closedOn, query.activeFrom)) : undefined,
    query.servicePointId ? eq(table.servicePointId, query.servicePointId) : undefined,
  );
}

function hasFollowUpCriteria(query: PersonListQuery): boolean {
  return Boolean(
    query.status || query.need || query.agentId || query.openedFrom || query.openedTo || query.closedFrom || query.closedTo || query.activeFrom || query.activeTo || query.servicePointId,
  );
}

/** An open follow-up of the person (`persons` row) in the user's scope. */
function openFollowUpInScope(db: DbOrTx, user: SessionUser): SQL {
  const open = alias(accompaniments, 'open_follow_up');
  return exists(
    db
      .select({ one: sql`1` })
      .from(open)
      .where(and(eq(open.personId, persons.id), accompanimentInScope(db, user, open), eq(open.status, 'open'))),
  );
}

/**
 * The criteria on the `persons` row itself: where they live, the searched words (each a substring of the
 * normalized name, in any order: the trigram index serves words of three letters or more), and, for
 * "closed", no open follow-up in scope.
 */
function personCriteria(db: DbOrTx, user: SessionUser, query: PersonListQuery, words: string[]): SQL | undefined {
  return and(
    // An anonymized file has no name left to list (lib/privacy/retention.ts); its empty name would sort
    // first and fill the first pages. It stays in the counts and opens by its reference.
    isNull(persons.anonymizedAt),
    query.mrcId ? eq(persons.residenceMrcId, query.mrcId) : undefined,
    query.countryOfBirth ? eq(persons.countryOfBirth, query.countryOfBirth) : undefined,
    query.immigrationCategory ? eq(persons.immigrationStatus, query.immigrationCategory) : undefined,
    // No LIKE wildcard survives normalization (% _ and \ are separators): the words are taken literally.
    ...words.map((word) => like(persons.searchName, `%${word}%`)),
    query.status === 'closed' ? sql`not ${openFollowUpInScope(db, user)}` : undefined,
  );
}

async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/**
 * The persons list ("Personnes"): the persons of the user's scope (personScope: an agent's service point, a
 * manager's region, an adviser's hires) that meet the filters, sorted, a page at a time, with a count exact
 * up to COUNT_LIMIT. Every read is audited.
 *
 * It stays fast on a million persons whatever the filters (README, Benchmarks), in two steps:
 * 1. the matching persons are collected up to COUNT_LIMIT + 1, in whatever order the planner finds them
 *    fastest (a selective filter drives from its index: follow-ups of a month, a trigram search). That is the
 *    count; and when they are at most COUNT_LIMIT, the page is sorted out of them in the same statement.
 * 2. otherwise there are many, and the list's order is walked until the page is complete: name order
 *    walks persons_search_name_idx index-only, probing each person's scope in
 *    accompaniments_person_scope_idx index-only; latest-opening order walks the scope's follow-ups by
 *    opening date (accompaniments_service_point_opened_idx), keeping each person's latest matching one.
 * Pages stop at lastListablePage(), so OFFSET never skips more than COUNT_LIMIT rows.
 */
export async function listPersons(db: Db, user: SessionUser, query: PersonListQuery) {
  const lastPage = lastListablePage(query.pageSize);
  if (!Number.isInteger(query.page) || query.page < 1 || query.page > lastPage) throw new RangeError(`page must be 1 to ${lastPage}`);
  return db.transaction(async (tx) => {
    // No parallel workers for these reads (this transaction only): every step is an index walk that stops
    // after a few thousand entries; split over workers it read one and a half to two times the buffers
    // (agent's page 40 at --scale 20: 19,000 instead of 12,000) and its timings turned erratic on a busy
    // two-core server, for no gain in the median (README, Benchmarks).
    await tx.execute(sql`select set_config('max_parallel_workers_per_gather', '0', true)`);
    return listPersonsIn(tx, user, query);
  });
}

async function listPersonsIn(db: DbOrTx, user: SessionUser, query: PersonListQuery) {
  const caseContent = seesCaseContent(user);
  // Advisers read persons through hires and see no follow-up: they sort by name only, and a follow-up
  // criterion leaves them nothing.
  const sort = caseContent ? (query.sort ?? 'name') : query.sort === 'name_desc' ? 'name_desc' : 'name';
  const byName = sort === 'name' || sort === 'name_desc';
  const term = query.search?.trim();
  const words = term ? searchWords(term) : [];
  const nothing = Boolean(term && words.length === 0) || (!caseContent && hasFollowUpCriteria(query));
  const pageSize = query.pageSize ?? PAGE_SIZE;
  const offset = (query.page - 1) * pageSize;

  const where = nothing
    ? sql`false`
    : and(
        personScope(db, user, (scoped) => followUpCriteria(scoped, query)),
        personCriteria(db, user, query, words),
      );
  // The latest opening among the follow-ups in scope that meet the criteria, for a `persons` row.
  const latestOpenedOn = (person: SQLWrapper) => {
    const latest = alias(accompaniments, 'latest_follow_up');
    return sql`(${db
      .select({ value: sql`max(${latest.openedOn})` })
      .from(latest)
      .where(and(eq(latest.personId, person), accompanimentInScope(db, user, latest), followUpCriteria(latest, query)))})`;
  };

  // Step 1: the matches, up to COUNT_LIMIT + 1; the page out of them when that is all of them.
  const order = byName
    ? sql.raw(sort === 'name' ? 'person.search_name asc, person.id asc' : 'person.search_name desc, person.id desc')
    : sql.join([latestOpenedOn(sql.raw('person.id')), sql.raw(sort === 'opened_desc' ? 'desc' : 'asc'), sql.raw(', person.search_name asc, person.id asc')], sql` `);
  const [step1] = await rowsOf<{ found: number; ids: string[] | null }>(
    db,
    sql`with matched as materialized (select ${persons.id} as id from ${persons} where ${where} limit ${COUNT_LIMIT + 1})
        select (select count(*) from matched)::int as found,
          case when (select count(*) from matched) <= ${COUNT_LIMIT} then (
            select coalesce(json_agg(page.id order by page.n), '[]'::json) from (
              select id, n from (
                select person.id, row_number() over (order by ${order}) as n from matched join ${persons} person on person.id = matched.id
              ) numbered
              order by n limit ${pageSize} offset ${offset}
            ) page
          ) end as ids`,
  );
  const found = step1?.found ?? 0;
  let ids = step1?.ids ?? null;

  // Step 2: many matches; walk the list's order.
  if (ids === null) {
    if (byName) {
      const direction = sort === 'name' ? asc : desc;
      ids = (
        await db.select({ id: persons.id }).from(persons).where(where).orderBy(direction(persons.searchName), direction(persons.id)).limit(pageSize).offset(offset)
      ).map((row) => row.id);
    } else {
      // Each person once, by their latest follow-up in scope that meets the criteria: a follow-up is listed
      // when no later one of the same person (by opening date, then id) is in scope and meets them too.
      const listed = alias(accompaniments, 'listed_follow_up');
      const later = alias(accompaniments, 'later_follow_up');
      const direction = sort === 'opened_desc' ? desc : asc;
      ids = (
        await db
          .select({ id: persons.id })
          .from(listed)
          .innerJoin(persons, eq(persons.id, listed.personId))
          .where(
            and(
              accompanimentInScope(db, user, listed),
              followUpCriteria(listed, query),
              personCriteria(db, user, query, words),
              notExists(
                db
                  .select({ one: sql`1` })
                  .from(later)
                  .where(
                    and(
                      eq(later.personId, listed.personId),
                      accompanimentInScope(db, user, later),
                      followUpCriteria(later, query),
                      or(sql`${later.openedOn} > ${listed.openedOn}`, and(eq(later.openedOn, listed.openedOn), sql`${later.id} > ${listed.id}`)),
                    ),
                  ),
              ),
            ),
          )
          .orderBy(direction(listed.openedOn), asc(persons.searchName), asc(persons.id))
          .limit(pageSize)
          .offset(offset)
      ).map((row) => row.id);
    }
  }

  // The page's rows. What each shows of its follow-ups: the latest opening among those the criteria kept,
  // and whether one in scope is open.
  const columns: SelectedFields = caseContent
    ? {
        id: persons.id,
        firstName: persons.firstName,
        lastName: persons.lastName,
        countryOfBirth: persons.countryOfBirth,
        immigrationStatus: persons.immigrationStatus,
        status: sql<'open' | 'closed'>`case when ${openFollowUpInScope(db, user)} then 'open' else 'closed' end`,
        latestOpenedOn: sql<string | null>`${latestOpenedOn(persons.id)}`,
      }
    : { id: persons.id, firstName: persons.firstName, lastName: persons.lastName };
  const fetched = ids.length > 0 ? await db.select(columns).from(persons).where(inArray(persons.id, ids)) : [];
  const position = new Map(ids.map((id, index) => [id, index]));
  const rows = fetched.sort((a, b) => position.get(a.id as string)! - position.get(b.id as string)!);
  const total = Math.min(found, COUNT_LIMIT);
  const totalIsExact = found <= COUNT_LIMIT;

  // Names on a screen are personal information read: the list is audited with its filters (codes, ids and
  // dates; whether a name was searched, never what: the trail must not become a second copy of names) and
  // the persons shown.
  const filters = Object.fromEntries(
    Object.entries({
      status: query.status,
      need: query.need,
      agent: query.agentId,
      mrc: query.mrcId,
      openedFrom: query.openedFrom,
      openedTo: query.openedTo,
      closedFrom: query.closedFrom,
      closedTo: query.closedTo,
      activeFrom: query.activeFrom,
      activeTo: query.activeTo,
      servicePoint: query.servicePointId,
      country: query.countryOfBirth,
      category: query.immigrationCategory,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  await recordAuditEvent(db, {
    action: 'persons.listed',
    actorId: user.id,
    entityType: 'person',
    details: { page: query.page, sort, search: Boolean(term), ...filters, total, totalIsExact, shown: rows.length, personIds: ids },
  });
  return { rows, total, totalIsExact, page: query.page, pageSize, pageCount: Math.ceil(total / pageSize), sort };
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
