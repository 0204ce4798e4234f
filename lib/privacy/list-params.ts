import { z } from 'zod';
import { INCIDENT_RISK_LEVELS } from '@/db/enums/privacy';
import { defineUrlParams, urlParam, type UrlParamValues } from '@/lib/search-params/define';
import { dateParam, tableParams } from '@/lib/search-params/parsers';

// The URLs of the privacy officer's screens (registers and retention), read by the pages and their tables.
// Shared with the browser: no database here.

export const incidentsListParams = defineUrlParams({
  ...tableParams({ sortable: ['discovered', 'occurred', 'persons'] as const, defaultSort: { column: 'discovered', direction: 'desc' } }),
  risk: urlParam<(typeof INCIDENT_RISK_LEVELS)[number]>(z.enum(INCIDENT_RISK_LEVELS, { message: 'invalid' }), String),
});
export type IncidentsListValues = UrlParamValues<typeof incidentsListParams>;

export const communicationsListParams = defineUrlParams(
  {
    ...tableParams({ sortable: ['sent'] as const, defaultSort: { column: 'sent', direction: 'desc' } }),
    from: dateParam,
    to: dateParam,
  },
  (values) => (values.from && values.to && values.from > values.to ? { from: 'notAfterTo' } : undefined),
);
export type CommunicationsListValues = UrlParamValues<typeof communicationsListParams>;

export const correctionsListParams = defineUrlParams({
  ...tableParams({ sortable: ['corrected'] as const, defaultSort: { column: 'corrected', direction: 'desc' } }),
  person: urlParam<string>(z.uuid({ message: 'invalid' }), String),
});
export type CorrectionsListValues = UrlParamValues<typeof correctionsListParams>;

export const retentionPreviewParams = defineUrlParams({
  ...tableParams({ sortable: ['lastClosed'] as const, defaultSort: { column: 'lastClosed', direction: 'asc' } }),
  asOf: dateParam,
});
export type RetentionPreviewValues = UrlParamValues<typeof retentionPreviewParams>;

export const accessLogParams = defineUrlParams({ person: urlParam<string>(z.uuid({ message: 'invalid' }), String) });
