import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalidParameters, parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { recordAuditEvent } from '@/lib/audit/record';
import { renderBilanPdf } from '@/lib/bilan/pdf';
import { getBilanReport } from '@/lib/bilan/queries';
import { resolveBilanScope } from '@/lib/bilan/scope';
import { bilanText } from '@/lib/bilan/text';
import { getTranslator } from '@/lib/i18n/translator';
import { languageOf } from '@/lib/i18n/locale';
import { todayInQuebec } from '@/lib/settings/queries';

export const dynamic = 'force-dynamic';

// Text first: parseQuery names an unknown or repeated parameter; the bilan's own rules (a real, ordered
// period, a known region the reader may report on) come after, from resolveBilanScope.
const bilanQuery = z.object({ from: z.string().optional(), to: z.string().optional(), region: z.string().optional() });

/**
 * GET /bilan/pdf?from&to&region: the bilan as a tagged PDF in the reader's language, produced on the server.
 * Audited like an export: who, which period and region, which language.
 */
export const GET = defineRoute('bilan:read', async (request, user) => {
  const query = parseQuery(request, bilanQuery);
  if (!query.ok) return query.response;
  const db = getDb();
  const resolved = await resolveBilanScope(db, user, query.data);
  if (!resolved.ok) return invalidParameters(resolved.errors);
  const { scope } = resolved;
  const language = languageOf((await getLocale()) as 'fr' | 'en');
  const text = bilanText(await getBilanReport(db, scope), language);
  const { t, formatDate } = getTranslator(language, 'bilan');
  const pdf = await renderBilanPdf(text, t('generatedOn', { date: formatDate(todayInQuebec()) }));
  await recordAuditEvent(db, { action: 'bilan.exported', actorId: user.id, entityType: 'bilan', details: { from: scope.from, to: scope.to, region: scope.regionCode, language, format: 'pdf' } });
  const name = language === 'fr' ? 'bilan' : 'report';
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}-${scope.regionCode}-${scope.from}-${scope.to}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
});
