import { z } from 'zod';
import { PARTNER_KINDS, type PartnerKind } from '@/db/enums/agreements';
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { searchParam, tableParams } from '@/lib/search-params/parsers';

// The partners directory's URL (/partners?q=…&kind=…&region=08&status=active), read by the page and its
// table. Shared with the browser: no database here.

export const PARTNER_SORT_COLUMNS = ['name', 'region'] as const;
export const PARTNER_STATUSES = ['active', 'inactive', 'all'] as const;
export type PartnerStatusFilter = (typeof PARTNER_STATUSES)[number];

export const partnersListParams = defineUrlParams({
  ...tableParams({ sortable: PARTNER_SORT_COLUMNS, defaultSort: { column: 'name', direction: 'asc' } }),
  /** Words of the name, the services or the territory; accents and case ignored. */
  q: searchParam({ max: 100 }),
  kind: urlParam<PartnerKind>(z.enum(PARTNER_KINDS, { message: 'invalid' }), String),
  region: urlParam<string>(z.string({ message: 'invalidRegion' }).regex(/^\d{2}$/, 'invalidRegion'), String),
  mrc: urlParam<string>(z.uuid({ message: 'invalid' }), String),
  /** Active partners by default: those that may receive a referral. */
  status: urlParam<PartnerStatusFilter>(z.enum(PARTNER_STATUSES, { message: 'invalid' }), String).withDefault('active'),
  /** Only the resources the bilan lists. */
  resource: urlParam<'yes'>(z.literal('yes', { message: 'invalid' }), String),
});

export type PartnersListValues = UrlParamValues<typeof partnersListParams>;
