import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { defineRoute } from '@/lib/api/route';
import { recordAuditEvent } from '@/lib/audit/record';
import { toCsv } from '@/lib/csv';
import type { NaicsSector } from '@/db/enums/employers';
import { employerFilesListParams, lastEmployerPage, toEmployerListQuery } from '@/lib/employers/list-params';
import { listEmployerFiles } from '@/lib/employers/queries';
import { parseUrlParams } from '@/lib/search-params/request';

export const dynamic = 'force-dynamic';

const EXPORT_PAGE_SIZE = 100;

/**
 * GET /employers/export?(the list's parameters): the filtered employer files as CSV for Excel in French,
 * within the caller's scope and the list's bound (1,000 files). Audited with its filters and row count.
 */
export const GET = defineRoute('employer:read', async (request, user) => {
  const parsed = parseUrlParams(request, employerFilesListParams);
  if (!parsed.ok) return parsed.response;
  const db = getDb();
  const query = { ...toEmployerListQuery({ ...parsed.data, pageSize: EXPORT_PAGE_SIZE }), pageSize: EXPORT_PAGE_SIZE };
  const rows: Awaited<ReturnType<typeof listEmployerFiles>>['rows'] = [];
  for (let page = 1; page <= lastEmployerPage(EXPORT_PAGE_SIZE); page++) {
    const result = await listEmployerFiles(db, user, { ...query, page });
    rows.push(...result.rows);
    if (result.rows.length < EXPORT_PAGE_SIZE) break;
  }
  const [t, tStatus, tEnums] = await Promise.all([getTranslations('employers.list'), getTranslations('employers.status'), getTranslations('employers.enums')]);
  const csv = toCsv(
    [t('business'), t('neq'), t('status'), t('opened'), t('closedOn'), t('city'), t('mrc'), t('sector'), t('adviser')],
    rows.map((row) => [row.legalName, row.neq, tStatus(row.status), row.openedOn, row.closedOn, row.city, row.mrc, tEnums(`naicsSectors.${row.naicsSector as NaicsSector}`), row.adviser]),
  );
  const filters = Object.fromEntries(
    Object.entries({ status: query.status, mrc: query.mrcId, naics: query.naicsSector, adviser: query.adviserId, openedFrom: query.openedFrom, openedTo: query.openedTo }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  await recordAuditEvent(db, { action: 'employer_files.exported', actorId: user.id, entityType: 'employer_file', details: { ...filters, search: Boolean(query.search), rows: rows.length } });
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="dossiers-employeurs.csv"', 'Cache-Control': 'no-store' },
  });
});
