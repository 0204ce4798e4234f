import { z } from 'zod';
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { searchParam, tableParams, type Sort } from '@/lib/search-params/parsers';
import { STAFF_ROLES, type StaffRole } from '@/db/enums/staff';

// The staff list's URL (/admin/staff?q=…&role=agent&sort=lastSignIn.desc&page=2), shared by the page, its
// table and GET /api/v1/staff. Shared with the browser: no database here.

export const STAFF_SORT_COLUMNS = ['name', 'email', 'servicePoint', 'lastSignIn'] as const;
export type StaffSortColumn = (typeof STAFF_SORT_COLUMNS)[number];

export const STAFF_STATUSES = ['active', 'disabled'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const staffListParams = defineUrlParams({
  ...tableParams({ sortable: STAFF_SORT_COLUMNS, defaultSort: { column: 'name', direction: 'asc' } }),
  /** Part of the name or of the e-mail address, accents and case ignored. */
  q: searchParam({ max: 100 }),
  role: urlParam<StaffRole>(z.enum(STAFF_ROLES, { message: 'invalid' }), String),
  status: urlParam<StaffStatus>(z.enum(STAFF_STATUSES, { message: 'invalid' }), String),
});

export type StaffListQuery = UrlParamValues<typeof staffListParams>;
export type StaffSort = Sort<StaffSortColumn>;
