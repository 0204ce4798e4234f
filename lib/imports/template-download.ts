import 'server-only';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import { parseQuery } from '@/lib/api/query';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { languageOf } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import { IMPORT_KIND_DEFINITIONS } from './batches';
import { TEMPLATE_WORD_KEYS, templateResponse, type TemplateWords } from './template';

const templateQuery = z.object({ format: z.enum(['xlsx', 'csv'], { message: 'invalid' }) });

const NAMES = {
  persons: { fr: 'modele-import-personnes', en: 'persons-import-template' },
  employer_files: { fr: 'modele-import-dossiers-employeurs', en: 'employer-files-import-template' },
} as const satisfies Record<ImportKind, { fr: string; en: string }>;

/**
 * The template of a kind in the reader's language. The employer files' MRC column lists the MRCs of the
 * adviser's region (of every region for an admin, who names the service point at upload).
 */
export async function kindTemplate(request: Request, user: SessionUser, kind: ImportKind): Promise<Response> {
  const query = parseQuery(request, templateQuery);
  if (!query.ok) return query.response;
  const language = languageOf(await getLocale());
  const { t } = getTranslator(language, 'imports');
  const words = Object.fromEntries(TEMPLATE_WORD_KEYS.map((key) => [key, t(`columns.${key}` as never)])) as unknown as TemplateWords;
  const region = can(user.role, 'import:any-service-point') ? null : { regionCode: user.regionCode ?? '' };
  const columns = await IMPORT_KIND_DEFINITIONS[kind].columns(getDb(), region);
  return templateResponse(columns, query.data.format, language, NAMES[kind][language], { ...words, dataSheet: t(`dataSheet.${kind}` as never) });
}

