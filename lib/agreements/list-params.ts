import { z } from 'zod';
import { AGREEMENT_STATUSES, FUNDED_PROJECT_TYPES, FUNDING_PROGRAMS, type AgreementStatus, type FundedProjectType, type FundingProgram } from '@/db/enums/agreements';
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { dateRangeParams, searchParam, tableParams } from '@/lib/search-params/parsers';

// The URLs of the agreements list (/agreements?q=…&program=PASI&status=active&mrc=…&signedFrom=…) and of
// the funded projects list (/projects?type=…&mrc=…), read by the pages, their tables and the CSV export.
// Shared with the browser: no database here.

export const AGREEMENT_SORT_COLUMNS = ['signed', 'reference', 'title', 'amount'] as const;
export type AgreementSortColumn = (typeof AGREEMENT_SORT_COLUMNS)[number];

const signedPeriod = dateRangeParams('signedFrom', 'signedTo');
const id = urlParam<string>(z.uuid({ message: 'invalid' }), String);

export const agreementsListParams = defineUrlParams(
  {
    ...tableParams({ sortable: AGREEMENT_SORT_COLUMNS, defaultSort: { column: 'signed', direction: 'desc' } }),
    /** Words of the title, the reference or the partner's name; accents and case ignored. */
    q: searchParam({ max: 100 }),
    program: urlParam<FundingProgram>(z.enum(FUNDING_PROGRAMS, { message: 'invalid' }), String),
    status: urlParam<AgreementStatus>(z.enum(AGREEMENT_STATUSES, { message: 'invalid' }), String),
    mrc: id,
    ...signedPeriod.params,
  },
  signedPeriod.check,
);

export type AgreementsListValues = UrlParamValues<typeof agreementsListParams>;

export const PROJECT_SORT_COLUMNS = ['starts', 'title'] as const;
export type ProjectSortColumn = (typeof PROJECT_SORT_COLUMNS)[number];

export const projectsListParams = defineUrlParams({
  ...tableParams({ sortable: PROJECT_SORT_COLUMNS, defaultSort: { column: 'starts', direction: 'desc' } }),
  q: searchParam({ max: 100 }),
  type: urlParam<FundedProjectType>(z.enum(FUNDED_PROJECT_TYPES, { message: 'invalid' }), String),
  mrc: id,
});

export type ProjectsListValues = UrlParamValues<typeof projectsListParams>;
