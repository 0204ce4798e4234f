import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalidParameters, parseQuery } from '@/lib/api/query';
import { defineRoute, jsonError } from '@/lib/api/route';
import { getTranslator } from '@/lib/i18n/translator';
import { languageOf } from '@/lib/i18n/locale';
import { getPersonExport } from '@/lib/privacy/export';
import { renderPersonExportPdf } from '@/lib/privacy/export-pdf';
import { personExportText } from '@/lib/privacy/export-text';

export const dynamic = 'force-dynamic';

const personId = z.string().uuid();
const noParameters = z.object({});

/**
 * GET /persons/:id/export/pdf: the printable answer to an access request as a tagged PDF in the reader's
 * language, the same words as the page. Roles that may open the file only; 404 out of scope; audited.
 */
export const GET = defineRoute('person:read', async (request, user, context) => {
  const { id } = await context.params;
  const parsed = personId.safeParse(id);
  if (!parsed.success) return invalidParameters({ id: 'invalid' });
  const query = parseQuery(request, noParameters);
  if (!query.ok) return query.response;
  const data = await getPersonExport(getDb(), user, parsed.data, 'pdf');
  if (!data) return jsonError(404, 'not_found', { message: 'No such person in your scope.' });
  const language = languageOf((await getLocale()) as 'fr' | 'en');
  const pdf = await renderPersonExportPdf(personExportText(data, language), getTranslator(language, 'bilan').t('ministry'));
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="passerelle-${parsed.data}.pdf"`, 'Cache-Control': 'no-store' },
  });
});
