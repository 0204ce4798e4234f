import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { defineRoute } from '@/lib/api/route';
import { recordAuditEvent } from '@/lib/audit/record';
import { toCsv } from '@/lib/csv';
import { countryName } from '@/lib/persons/countries';
import { lastListablePage } from '@/lib/persons/list-query';
import { personsListParams, toListQuery } from '@/lib/persons/list-params';
import { listPersons } from '@/lib/persons/queries';
import { parseUrlParams } from '@/lib/search-params/request';

export const dynamic = 'force-dynamic';

const EXPORT_PAGE_SIZE = 100;

interface ExportRow {
  id: string;
  lastName: string;
  firstName: string;
  countryOfBirth: string;
  immigrationStatus: string;
  status: 'open' | 'closed';
  latestOpenedOn: string | null;
}

/**
 * GET /persons/export?(the list's parameters): the filtered list as CSV for Excel in French, within the
 * caller's scope and the list's bound (1,000 persons). Audited with its filters and how many rows left.
 */
export const GET = defineRoute('person:read', async (request, user) => {
  const parsed = parseUrlParams(request, personsListParams);
  if (!parsed.ok) return parsed.response;
  const db = getDb();
  const query = { ...toListQuery(parsed.data), pageSize: EXPORT_PAGE_SIZE };
  const rows: ExportRow[] = [];
  for (let page = 1; page <= lastListablePage(EXPORT_PAGE_SIZE); page++) {
    const result = await listPersons(db, user, { ...query, page });
    rows.push(...(result.rows as unknown as ExportRow[]));
    if (result.rows.length < EXPORT_PAGE_SIZE) break;
  }
  const [t, tEnums, locale] = await Promise.all([getTranslations('persons.list'), getTranslations('enums'), getLocale()]);
  const csv = toCsv(
    [t('name'), t('status'), t('latestOpened'), t('country'), t('category')],
    rows.map((row) => [
      `${row.lastName}, ${row.firstName}`,
      row.status === 'open' ? t('open') : t('closed'),
      row.latestOpenedOn,
      countryName(row.countryOfBirth, locale),
      tEnums(`immigrationCategories.${row.immigrationStatus as 'other'}`),
    ]),
  );
  const filters = Object.fromEntries(
    Object.entries({
      status: query.status,
      need: query.need,
      agent: query.agentId,
      mrc: query.mrcId,
      openedFrom: query.openedFrom,
      openedTo: query.openedTo,
      activeFrom: query.activeFrom,
      activeTo: query.activeTo,
      servicePoint: query.servicePointId,
      country: query.countryOfBirth,
      category: query.immigrationCategory,
    }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  await recordAuditEvent(db, { action: 'persons.exported', actorId: user.id, entityType: 'person', details: { ...filters, search: Boolean(query.search), rows: rows.length, personIds: rows.map((row) => row.id) } });
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="personnes.csv"', 'Cache-Control': 'no-store' },
  });
});
