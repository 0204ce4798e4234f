import { z } from 'zod';
import { IMMIGRATION_CATEGORIES, NEEDS } from '@/db/enums/persons';
import { boundedText, calendarDate } from '@/lib/validation';

// The query parameters of the persons list ("Personnes"), shared by the JSON API and the page. Plain zod,
// no server import: the page's URL state (nuqs) can wrap it. Read it with parseQuery (lib/api/query.ts):
// an unknown or repeated parameter is a 400 naming it.

export const PAGE_SIZE = 25;
/**
 * The list counts exactly up to this many persons; beyond, it says "more than 1,000" and offers the first
 * 40 pages only: no agent reads past page 40 of a name list, they search or filter. It keeps every list read
 * bounded, the count as much as OFFSET paging (README, Benchmarks).
 */
export const COUNT_LIMIT = 1000;
export const MAX_PAGE = COUNT_LIMIT / PAGE_SIZE;

/** The last page a list of this page size offers: OFFSET never skips more than COUNT_LIMIT rows. */
export function lastListablePage(pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.floor(COUNT_LIMIT / pageSize));
}

export const PERSON_LIST_STATUSES = ['open', 'closed'] as const;
/** name: last name then first name, accents and case ignored; opened: the latest opening among the follow-ups shown. */
export const PERSON_LIST_SORTS = ['name', 'name_desc', 'opened_desc', 'opened_asc'] as const;
export type PersonListStatus = (typeof PERSON_LIST_STATUSES)[number];
export type PersonListSort = (typeof PERSON_LIST_SORTS)[number];

const id = z.uuid({ message: 'invalid' });

export const personListQuery = z
  .object({
    page: z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(MAX_PAGE, 'pageBeyondLimit').default(1),
    /** Words of a name, in any order; accents, case, hyphens and apostrophes ignored. */
    q: boundedText({ max: 100 }).optional(),
    /** open: a follow-up in scope is open; closed: all the follow-ups in scope are closed. */
    status: z.enum(PERSON_LIST_STATUSES, { message: 'invalid' }).optional(),
    need: z.enum(NEEDS, { message: 'invalid' }).optional(),
    /** A staff member's id: follow-ups held by that agent. */
    agent: id.optional(),
    /** An MRC's id: where the person lives. */
    mrc: id.optional(),
    openedFrom: calendarDate.optional(),
    openedTo: calendarDate.optional(),
    closedFrom: calendarDate.optional(),
    closedTo: calendarDate.optional(),
    /** A follow-up whose [opened, closed] interval overlaps activeFrom..activeTo: the dashboard's counting rule (lib/metrics). */
    activeFrom: calendarDate.optional(),
    activeTo: calendarDate.optional(),
    /** A service point's id: follow-ups it holds. */
    servicePoint: id.optional(),
    /** ISO 3166-1 alpha-2: the person's country of birth. */
    country: z.string({ message: 'invalid' }).regex(/^[A-Z]{2}$/, 'invalid').optional(),
    /** The person's immigration category. */
    category: z.enum(IMMIGRATION_CATEGORIES, { message: 'invalid' }).optional(),
    sort: z.enum(PERSON_LIST_SORTS, { message: 'invalid' }).default('name'),
  })
  .refine((query) => !query.openedFrom || !query.openedTo || query.openedFrom <= query.openedTo, { message: 'notAfterOpenedTo', path: ['openedFrom'] })
  .refine((query) => !query.closedFrom || !query.closedTo || query.closedFrom <= query.closedTo, { message: 'notAfterClosedTo', path: ['closedFrom'] })
  .refine((query) => !query.activeFrom || !query.activeTo || query.activeFrom <= query.activeTo, { message: 'notAfterActiveTo', path: ['activeFrom'] });

export type PersonListParams = z.output<typeof personListQuery>;

/**
 * What listPersons takes. Every follow-up criterion (status open, need, agent, dates) must hold for one
 * same follow-up in the reader's scope: "open files with a francization need opened in 2025" are files
 * whose one follow-up is all of that. `closed` means no follow-up in scope is open.
 */
export interface PersonListQuery {
  page: number;
  /** 25 unless the screen chose another of the table's sizes (10 to 100). */
  pageSize?: number;
  search?: string;
  status?: PersonListStatus;
  need?: (typeof NEEDS)[number];
  agentId?: string;
  mrcId?: string;
  openedFrom?: string;
  openedTo?: string;
  closedFrom?: string;
  closedTo?: string;
  activeFrom?: string;
  activeTo?: string;
  servicePointId?: string;
  countryOfBirth?: string;
  immigrationCategory?: (typeof IMMIGRATION_CATEGORIES)[number];
  sort?: PersonListSort;
}

export function toPersonListQuery(params: PersonListParams): PersonListQuery {
  const { q, agent, mrc, servicePoint, country, category, ...rest } = params;
  return { ...rest, search: q, agentId: agent, mrcId: mrc, servicePointId: servicePoint, countryOfBirth: country, immigrationCategory: category };
}
