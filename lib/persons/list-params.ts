import { z } from 'zod';
import { IMMIGRATION_CATEGORIES, NEEDS, type Need } from '@/db/enums/persons';

type ImmigrationCategory = (typeof IMMIGRATION_CATEGORIES)[number];
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { dateParam, searchParam, tableParams } from '@/lib/search-params/parsers';
import { PERSON_LIST_STATUSES, type PersonListQuery, type PersonListSort, type PersonListStatus } from './list-query';

// The "Personnes" screen's URL (/persons?q=…&status=open&need=employment&sort=opened.desc&page=2), read by
// the page and its table. Shared with the browser: no database here.

export const PERSON_SORT_COLUMNS = ['name', 'opened'] as const;

export const personsListParams = defineUrlParams({
  ...tableParams({ sortable: PERSON_SORT_COLUMNS, defaultSort: { column: 'name', direction: 'asc' } }),
  q: searchParam({ max: 100 }),
  status: urlParam<PersonListStatus>(z.enum(PERSON_LIST_STATUSES, { message: 'invalid' }), String),
  need: urlParam<Need>(z.enum(NEEDS, { message: 'invalid' }), String),
  agent: urlParam<string>(z.uuid({ message: 'invalid' }), String),
  mrc: urlParam<string>(z.uuid({ message: 'invalid' }), String),
  openedFrom: dateParam,
  openedTo: dateParam,
  // The dashboard's drill-down (lib/metrics/drill-down.ts): follow-ups overlapping a period, of a service
  // point; persons born in a country, of an immigration category.
  activeFrom: dateParam,
  activeTo: dateParam,
  servicePoint: urlParam<string>(z.uuid({ message: 'invalid' }), String),
  country: urlParam<string>(z.string().regex(/^[A-Z]{2}$/, 'invalid'), String),
  category: urlParam<ImmigrationCategory>(z.enum(IMMIGRATION_CATEGORIES, { message: 'invalid' }), String),
});

export type PersonsListValues = UrlParamValues<typeof personsListParams>;

/** The screen's values as listPersons reads them. */
export function toListQuery(values: PersonsListValues): PersonListQuery {
  const sort: PersonListSort =
    values.sort.column === 'opened' ? (values.sort.direction === 'asc' ? 'opened_asc' : 'opened_desc') : values.sort.direction === 'asc' ? 'name' : 'name_desc';
  return {
    page: values.page,
    pageSize: values.pageSize,
    search: values.q ?? undefined,
    status: values.status ?? undefined,
    need: values.need ?? undefined,
    agentId: values.agent ?? undefined,
    mrcId: values.mrc ?? undefined,
    openedFrom: values.openedFrom ?? undefined,
    openedTo: values.openedTo ?? undefined,
    activeFrom: values.activeFrom ?? undefined,
    activeTo: values.activeTo ?? undefined,
    servicePointId: values.servicePoint ?? undefined,
    countryOfBirth: values.country ?? undefined,
    immigrationCategory: values.category ?? undefined,
    sort,
  };
}
