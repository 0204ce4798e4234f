import { getLocale } from 'next-intl/server';
import { defineRoute } from '@/lib/api/route';
import { getTranslator } from '@/lib/i18n/translator';
import { languageOf } from '@/lib/i18n/locale';
import { readPersonExport } from '@/lib/privacy/export-request';
import { renderPersonExportPdf } from '@/lib/privacy/export-pdf';
import { personExportText } from '@/lib/privacy/export-text';

export const dynamic = 'force-dynamic';

/**
 * GET /persons/:id/export/pdf: the printable answer to an access request as a tagged PDF in the reader's
 * language, the same words as the page. Roles that may open the file only; 404 out of scope; audited.
 */
export const GET = defineRoute('person:read', async (request, user, context) => {
  const read = await readPersonExport(request, user, context, 'pdf');
  if ('response' in read) return read.response;
  const language = languageOf((await getLocale()) as 'fr' | 'en');
  const pdf = await renderPersonExportPdf(personExportText(read.data, language), getTranslator(language, 'bilan').t('ministry'));
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="passerelle-${read.data.person.id}.pdf"`, 'Cache-Control': 'no-store' },
  });
});
