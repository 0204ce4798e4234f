import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { languageOf } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { PERSON_COLUMNS } from '@/lib/imports/persons-columns';
import { templateCsv, templateXlsx, type TemplateWords } from '@/lib/imports/template';

export const dynamic = 'force-dynamic';

const templateQuery = z.object({ format: z.enum(['xlsx', 'csv'], { message: 'invalid' }) });

/** GET /imports/template?format=xlsx|csv: the persons template in the reader's language. No personal data. */
export const GET = defineRoute('import:persons', async (request) => {
  const query = parseQuery(request, templateQuery);
  if (!query.ok) return query.response;
  const language = languageOf(await getLocale());
  const name = language === 'fr' ? 'modele-import-personnes' : 'persons-import-template';
  if (query.data.format === 'csv') {
    return new Response(templateCsv(PERSON_COLUMNS, language), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
    });
  }
  const { t } = getTranslator(language, 'imports');
  const words = Object.fromEntries(['sheet', 'column', 'english', 'required', 'yes', 'no', 'allowed', 'dateFormat', 'text', 'country', 'languages', 'boolean', 'list'].map((key) => [key, t(`columns.${key}` as never)])) as unknown as TemplateWords;
  const body = await templateXlsx(PERSON_COLUMNS, language, words);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
      'Cache-Control': 'no-store',
    },
  });
});
