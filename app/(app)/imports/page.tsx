import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ImportWizard } from '@/components/imports/import-wizard';
import { UndoBatchButton } from '@/components/imports/undo-batch-button';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { importServicePoint, listBatches, servicePointName, undoable } from '@/lib/imports/batches';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('imports');
  return { title: t('title') };
}

/** The persons import of an agent's service point: the template, the wizard, the recent batches. */
export default async function ImportsPage() {
  const user = await requireUser();
  await requirePermission(user, 'import:persons', { endpoint: 'page /imports' });
  const db = getDb();
  const [t, locale] = await Promise.all([getTranslations('imports'), getLocale()]);
  const [servicePoint, batches] = await Promise.all([servicePointName(db, importServicePoint(user)), listBatches(db, user, 'persons')]);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro', { servicePoint: servicePoint ?? '' })}</p>
      <section aria-labelledby="import-template" className="space-y-1">
        <h2 id="import-template" className="text-xl font-bold">
          {t('template')}
        </h2>
        <p>{t('templateHint')}</p>
        <p className="flex flex-wrap gap-4">
          <a className="font-semibold text-qc-blue underline" href="/imports/template?format=xlsx" download>
            {t('templateXlsx')}
          </a>
          <a className="font-semibold text-qc-blue underline" href="/imports/template?format=csv" download>
            {t('templateCsv')}
          </a>
        </p>
      </section>
      <ImportWizard />
      <section aria-labelledby="import-batches" className="space-y-2">
        <h2 id="import-batches" className="text-xl font-bold">
          {t('batches.title')}
        </h2>
        <p className="text-sm text-qc-grey-dark">{t('batches.undoHint')}</p>
        {batches.length === 0 ? (
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
                  <th scope="col" className="pr-3 text-right">
                    {t('batches.counts')}
                  </th>
                  <th scope="col">{t('batches.status')}</th>
                </tr>
              </thead>
              <tbody>
                {batches.map((batch) => (
                  <tr key={batch.id} className="border-t border-qc-grey-light">
                    <th scope="row" className="pr-3 font-normal">
                      {batch.fileName}
                    </th>
                    <td className="pr-3">{dateTime.format(batch.committedAt)}</td>
                    <td className="pr-3">{batch.importer}</td>
                    <td className="pr-3 text-right">
                      {batch.created} / {batch.rejected}
                    </td>
                    <td className="py-1">
                      {batch.status === 'undone' ? t('batches.undone') : t('batches.committed')}
                      {undoable(batch, user) && (
                        <span className="ml-3">
                          <UndoBatchButton id={batch.id} fileName={batch.fileName} created={batch.created} />
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
