import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ImportKind } from '@/db/enums/imports';
import type { ImportScreenData } from '@/lib/imports/screen';
import { ImportWizard } from './import-wizard';
import { UndoBatchButton } from './undo-batch-button';

// The import page of one kind: a switch between kinds (an admin imports both), the template, the wizard,
// the recent batches. A server component: the data comes from lib/imports/screen.ts through the page.

export const IMPORT_PATHS = { persons: '/imports', employer_files: '/imports/employer-files' } as const satisfies Record<ImportKind, string>;

export async function ImportScreen({ kind, data }: { kind: ImportKind; data: ImportScreenData }) {
  const [t, locale] = await Promise.all([getTranslations('imports'), getLocale()]);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  const named = data.targets !== null;
  const base = IMPORT_PATHS[kind];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {data.kinds.length > 1 && (
        <nav aria-label={t('kindSwitch')}>
          <ul className="flex flex-wrap gap-4">
            {data.kinds.map((other) => (
              <li key={other}>
                <Link href={IMPORT_PATHS[other]} aria-current={other === kind ? 'page' : undefined} className={other === kind ? 'font-bold text-qc-blue' : 'text-qc-blue underline'}>
                  {t(`kinds.${other}.name`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>{named ? t(`kinds.${kind}.introNamed`) : t(`kinds.${kind}.intro`, { servicePoint: data.servicePoint ?? '' })}</p>
      <section aria-labelledby="import-template" className="space-y-1">
        <h2 id="import-template" className="text-xl font-bold">
          {t('template')}
        </h2>
        <p>{t('templateHint')}</p>
        <p className="flex flex-wrap gap-4">
          <a className="font-semibold text-qc-blue underline" href={`${base}/template?format=xlsx`} download>
            {t('templateXlsx')}
          </a>
          <a className="font-semibold text-qc-blue underline" href={`${base}/template?format=csv`} download>
            {t('templateCsv')}
          </a>
        </p>
      </section>
      <ImportWizard kind={kind} columns={data.columns} targets={data.targets} />
      <section aria-labelledby="import-batches" className="space-y-2">
        <h2 id="import-batches" className="text-xl font-bold">
          {t('batches.title')}
        </h2>
        <p className="text-sm text-qc-grey-dark">{t('batches.undoHint')}</p>
        {data.batches.length === 0 ? (
          <p>{t('batches.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left" data-testid="import-batches">
              <caption className="sr-only">{t('batches.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3">
                    {t('batches.file')}
                  </th>
                  <th scope="col" className="pr-3">
                    {t('batches.when')}
                  </th>
                  <th scope="col" className="pr-3">
                    {t('batches.who')}
                  </th>
                  {named && (
                    <th scope="col" className="pr-3">
                      {t('batches.servicePoint')}
                    </th>
                  )}
                  <th scope="col" className="pr-3 text-right">
                    {t('batches.counts')}
                  </th>
                  <th scope="col">{t('batches.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.batches.map((batch) => (
                  <tr key={batch.id} className="border-t border-qc-grey-light">
                    <th scope="row" className="pr-3 font-normal">
                      {batch.fileName}
                    </th>
                    <td className="pr-3">{dateTime.format(batch.committedAt)}</td>
                    <td className="pr-3">{batch.importer}</td>
                    {named && <td className="pr-3">{batch.servicePoint}</td>}
                    <td className="pr-3 text-right">
                      {batch.created} / {batch.rejected}
                    </td>
                    <td className="py-1">
                      {batch.status === 'undone' ? t('batches.undone') : t('batches.committed')}
                      {batch.undoable && (
                        <span className="ml-3">
                          <UndoBatchButton id={batch.id} kind={kind} fileName={batch.fileName} created={batch.created} />
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
