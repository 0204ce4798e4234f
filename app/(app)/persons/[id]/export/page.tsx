import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PrintButton } from '@/components/privacy/print-button';
import { getDb } from '@/db/client';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { languageOf } from '@/lib/i18n/locale';
import { getPersonExport } from '@/lib/privacy/export';
import { personExportText, type ExportList } from '@/lib/privacy/export-text';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.file');
  return { title: t('export') };
}

type Params = Promise<{ id: string }>;

/**
 * The answer to an access request as a readable, printable document: the same object as the JSON export
 * (lib/privacy/export.ts), worded once (export-text.ts) for this page and the PDF. Roles that may open the
 * file only; every view is an audited export.
 */
export default async function PersonExportPage({ params }: { params: Params }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['person:read'], { endpoint: 'page /persons/[id]/export', entityId: idOf({ id }) }))) notFound();
  if (!z.string().uuid().safeParse(id).success) notFound();
  const data = await getPersonExport(getDb(), user, id, 'html');
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations('privacy.export'), getLocale()]);
  const text = personExportText(data, languageOf(locale as 'fr' | 'en'));
  const lists = (values: ExportList[], Heading: 'h3' | 'h4') =>
    values.map((value, index) => (
      <div key={index} className="space-y-1">
        {value.heading && <Heading className="font-semibold">{value.heading}</Heading>}
        {value.items.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <ul className="list-disc pl-6">
            {value.items.map((item, key) => (
              <li key={key}>{item}</li>
            ))}
          </ul>
        )}
      </div>
    ));
  return (
    <article className="max-w-4xl space-y-6 print:max-w-none">
      <p className="flex flex-wrap gap-4 print:hidden">
        <Link href={`/persons/${data.person.id}`} className="text-qc-blue underline">
          {t('back')}
        </Link>
        <a href={`/api/v1/persons/${data.person.id}/export`} className="font-semibold text-qc-blue underline" download>
          {t('json')}
        </a>
        <a href={`/persons/${data.person.id}/export/pdf`} className="font-semibold text-qc-blue underline" download>
          {t('pdf')}
        </a>
        <PrintButton label={t('print')} />
      </p>
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p>{text.intro}</p>
      <p className="font-mono text-sm">{text.reference}</p>
      {text.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="space-y-2">
          <h2 id={section.id} className="text-2xl font-semibold">
            {section.heading}
          </h2>
          {section.fields.length > 0 && (
            <dl className="space-y-1">
              {section.fields.map(([label, value]) => (
                <div key={label} className="grid gap-1 sm:grid-cols-[16rem_1fr]">
                  <dt className="font-semibold">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
          {lists(section.lists, 'h3')}
          {section.parts.map((part, index) => (
            <div key={index} className="space-y-2 border-t border-qc-grey-pale pt-3">
              <h3 className="text-xl font-semibold">{part.heading}</h3>
              {part.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
              {lists(part.lists, 'h4')}
            </div>
          ))}
          {section.fields.length === 0 && section.lists.length === 0 && section.parts.length === 0 && <p>{text.none}</p>}
        </section>
      ))}
    </article>
  );
}
