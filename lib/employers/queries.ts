import 'server-only';
import { and, asc, between, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { businesses, employerFiles, mrcs, servicePoints, users } from '@/db/schema';
import { searchWords } from '@/lib/persons/names';
import type { SessionUser } from '@/lib/auth/current-user';
import { EMPLOYER_COUNT_LIMIT, lastEmployerPage, type EmployerFileListQuery } from './list-params';
import { employerScope } from './scope';

/** A search of digits only (spaces and dashes allowed) is an NEQ, read as a prefix. */
function neqPrefix(term: string): string | null {
  const digits = term.replace(/[\s-]/g, '');
  return /^\d{1,10}$/.test(digits) ? digits : null;
}

/** The list's criteria on a file and its business, inside the user's scope. */
function listCriteria(db: DbOrTx, user: SessionUser, query: EmployerFileListQuery): SQL | undefined {
  const term = query.search?.trim();
  const neq = term ? neqPrefix(term) : null;
  const words = term && !neq ? searchWords(term) : [];
  // A search with no letter or digit (% or _ alone) finds nothing rather than everything.
  if (term && !neq && words.length === 0) return sql`false`;
  return and(
    employerScope(db, user),
    query.status ? eq(employerFiles.status, query.status) : undefined,
    query.mrcId ? eq(businesses.mrcId, query.mrcId) : undefined,
    query.naicsSector ? eq(businesses.naicsSector, query.naicsSector) : undefined,
    query.adviserId ? eq(employerFiles.adviserId, query.adviserId) : undefined,
    query.openedFrom ? gte(employerFiles.openedOn, query.openedFrom) : undefined,
    query.openedTo ? lte(employerFiles.openedOn, query.openedTo) : undefined,
    // An NEQ is exactly 10 digits: the prefix is a range of the unique index (LIKE 'x%' uses a btree only
    // under the C collation; the servers here run C.UTF-8).
    neq ? between(businesses.neq, neq.padEnd(10, '0'), neq.padEnd(10, '9')) : undefined,
    // No LIKE wildcard survives normalization (% _ and \ are separators): the words are taken literally.
    ...words.map((word) => like(businesses.searchName, `%${word}%`)),
  );
}

function orderOf(sort: EmployerFileListQuery['sort']) {
  switch (sort) {
    case 'name_asc':
      return [asc(businesses.searchName), asc(employerFiles.openedOn), asc(employerFiles.id)];
    case 'name_desc':
      return [desc(businesses.searchName), desc(employerFiles.openedOn), desc(employerFiles.id)];
    case 'opened_asc':
      return [asc(employerFiles.openedOn), asc(employerFiles.id)];
    case 'opened_desc':
      return [desc(employerFiles.openedOn), desc(employerFiles.id)];
  }
}

/**
 * The employer files list: the files of the businesses in the user's scope (employerScope) that meet the
 * filters, sorted, a page at a time, with a count exact up to EMPLOYER_COUNT_LIMIT (as the persons list:
 * every read is bounded, OFFSET never skips more than 1,000 rows). No personal information: business names,
 * sectors, places and the adviser following each file.
 */
export async function listEmployerFiles(db: Db, user: SessionUser, query: EmployerFileListQuery) {
  const lastPage = lastEmployerPage(query.pageSize);
  if (!Number.isInteger(query.page) || query.page < 1 || query.page > lastPage) throw new RangeError(`page must be 1 to ${lastPage}`);
  return db.transaction(async (tx) => {
    // No parallel workers for these reads (this transaction only), as for the persons list: each step is an
    // index walk that stops early; split over workers the same walks read more and timed erratically.
    await tx.execute(sql`select set_config('max_parallel_workers_per_gather', '0', true)`);
    return listEmployerFilesIn(tx, user, query);
  });
}

async function listEmployerFilesIn(db: DbOrTx, user: SessionUser, query: EmployerFileListQuery) {
  const where = listCriteria(db, user, query);
  const counted = db
    .select({ one: sql`1` })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .where(where)
    .limit(EMPLOYER_COUNT_LIMIT + 1)
    .as('counted');
  const [count] = await db.select({ found: sql<number>`count(*)::int` }).from(counted);
  const rows = await db
    .select({
      id: employerFiles.id,
      businessId: businesses.id,
      legalName: businesses.legalName,
      neq: businesses.neq,
      naicsSector: businesses.naicsSector,
      city: businesses.city,
      mrc: mrcs.name,
      adviser: users.displayName,
      status: employerFiles.status,
      openedOn: employerFiles.openedOn,
      closedOn: employerFiles.closedOn,
    })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .innerJoin(users, eq(users.id, employerFiles.adviserId))
    .where(where)
    .orderBy(...orderOf(query.sort))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const found = count?.found ?? 0;
  const total = Math.min(found, EMPLOYER_COUNT_LIMIT);
  return { rows, total, totalIsExact: found <= EMPLOYER_COUNT_LIMIT, page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize) };
}

/** The advisers whose files the user may filter on: those of the user's region (active or not). */
export function listRegionAdvisers(db: Db, user: SessionUser) {
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(and(eq(users.role, 'adviser'), eq(servicePoints.regionCode, user.regionCode ?? '')))
    .orderBy(asc(users.displayName));
}

/** A business of the user's scope, for opening a new file for it; null when missing or out of scope. */
export async function getBusinessSummary(db: Db, user: SessionUser, id: string) {
  const [row] = await db
    .select({ id: businesses.id, legalName: businesses.legalName, neq: businesses.neq, city: businesses.city, mrc: mrcs.name })
    .from(businesses)
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .where(and(eq(businesses.id, id), employerScope(db, user)));
  return row ?? null;
}
