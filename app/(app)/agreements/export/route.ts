import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { centsToInput } from '@/lib/agreements/amount';
import { agreementsListParams } from '@/lib/agreements/list-params';
import { listAgreements, type AgreementListRow } from '@/lib/agreements/queries';
import { defineRoute } from '@/lib/api/route';
import { recordAuditEvent } from '@/lib/audit/record';
import { toCsv } from '@/lib/csv';
import { parseUrlParams } from '@/lib/search-params/request';

export const dynamic = 'force-dynamic';

const EXPORT_PAGE_SIZE = 100;
/** A regional directorate signs a few dozen agreements a year: this bound is decades of them. */
const EXPORT_MAX_PAGES = 50;

/**
 * GET /agreements/export?(the list's parameters): the filtered agreements as CSV for Excel in French,
 * within the caller's scope (agreementScope). Audited with its filters and the agreements it held.
 */
export const GET = defineRoute('agreement:read', async (request, user) => {
  const parsed = parseUrlParams(request, agreementsListParams);
  if (!parsed.ok) return parsed.response;
  const db = getDb();
  const rows: AgreementListRow[] = [];
  for (let page = 1; page <= EXPORT_MAX_PAGES; page++) {
    const result = await listAgreements(db, user, { ...parsed.data, page, pageSize: EXPORT_PAGE_SIZE });
    rows.push(...result.rows);
    if (result.rows.length < EXPORT_PAGE_SIZE) break;
  }
  const [t, locale] = await Promise.all([getTranslations('agreements'), getLocale()]);
  const language = locale.startsWith('en') ? 'en' : 'fr';
  const csv = toCsv(
    [t('reference'), t('agreementTitle'), t('partner'), t('program'), t('programComponent'), t('amount'), t('status'), t('signedOn'), t('startsOn'), t('endsOn'), t('mrcs')],
    rows.map((row) => [
      row.reference,
      row.title,
      row.partnerName,
      t(`programsShort.${row.program}`),
      row.programComponent,
      // Exact, from the integer cents; the decimal mark of the reader's spreadsheet.
      centsToInput(row.amountCents, language),
      t(`statuses.${row.status}`),
      row.signedOn,
      row.startsOn,
      row.endsOn,
      row.mrcs.map((mrc) => mrc.name).join(', '),
    ]),
  );
  const { program, status, mrc, signedFrom, signedTo, q } = parsed.data;
  const filters = Object.fromEntries(Object.entries({ program, status, mrc, signedFrom, signedTo }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  await recordAuditEvent(db, {
    action: 'agreements.exported',
    actorId: user.id,
    entityType: 'agreement',
    details: { ...filters, search: Boolean(q), rows: rows.length, agreementIds: rows.map((row) => row.id) },
  });
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="ententes.csv"', 'Cache-Control': 'no-store' },
  });
});
