import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { recordAuditEvent } from '@/lib/audit/record';
import { toCsv } from '@/lib/csv';
import { allIncidents } from '@/lib/privacy/incidents';

export const dynamic = 'force-dynamic';

const noParameters = z.object({});

/** GET /privacy/incidents/export: the whole register as CSV (BOM, formula-safe), audited with its row count. */
export const GET = defineRoute('privacy:registers', async (request, user) => {
  const query = parseQuery(request, noParameters);
  if (!query.ok) return query.response;
  const db = getDb();
  const rows = await allIncidents(db);
  const [t, tRisk] = await Promise.all([getTranslations('privacy.incidents.fields'), getTranslations('privacy.riskLevels'), getLocale()]);
  const csv = toCsv(
    [
      t('discoveredOn'),
      t('occurredFrom'),
      t('occurredTo'),
      t('personsConcerned'),
      t('informationConcerned'),
      t('circumstances'),
      t('riskLevel'),
      t('riskReasons'),
      t('commissionNotifiedOn'),
      t('personsNotifiedOn'),
      t('measuresTaken'),
      'version',
    ],
    rows.map((row) => [
      row.discoveredOn,
      row.occurredFrom,
      row.occurredTo,
      row.personsConcerned,
      row.informationConcerned,
      row.circumstances,
      tRisk(row.riskLevel),
      row.riskReasons,
      row.commissionNotifiedOn,
      row.personsNotifiedOn,
      row.measuresTaken,
      row.version,
    ]),
  );
  await recordAuditEvent(db, { action: 'incidents.exported', actorId: user.id, entityType: 'confidentiality_incident', details: { rows: rows.length } });
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="incidents-confidentialite.csv"', 'Cache-Control': 'no-store' },
  });
});
