import { z } from 'zod';
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { searchParam, tableParams } from '@/lib/search-params/parsers';

// The service points list's URL (/admin/reference/service-points?q=…&region=08&status=active&sort=city.asc),
// shared by the page and its table. Shared with the browser: no database here.

export const SERVICE_POINT_SORT_COLUMNS = ['name', 'city'] as const;
export type ServicePointSortColumn = (typeof SERVICE_POINT_SORT_COLUMNS)[number];

export const SERVICE_POINT_STATUSES = ['active', 'inactive'] as const;
export type ServicePointStatus = (typeof SERVICE_POINT_STATUSES)[number];

export const servicePointListParams = defineUrlParams({
  ...tableParams({ sortable: SERVICE_POINT_SORT_COLUMNS, defaultSort: { column: 'name', direction: 'asc' } }),
  /** Part of the name or the city, accents and case ignored. */
  q: searchParam({ max: 100 }),
  region: urlParam<string>(z.string().regex(/^\d{2}$/, 'invalidRegion'), String),
  status: urlParam<ServicePointStatus>(z.enum(SERVICE_POINT_STATUSES, { message: 'invalid' }), String),
});

export type ServicePointListQuery = UrlParamValues<typeof servicePointListParams>;
