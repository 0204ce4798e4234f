import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AccessLogTable } from '@/components/privacy/access-log-table';
import { TextField } from '@/components/ui/text-field';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { accessLogParams } from '@/lib/privacy/list-params';
import { officerAccessLog } from '@/lib/privacy/registers';
import { readSearchParams, type PageSearchParams } from '@/lib/search-params/define';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.accessLog');
  return { title: t('title') };
}

/** The access log of any file, found by its reference (its id): the privacy officer reads no content. */
export default async function AccessLogPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireUser();
  // Any file's log, without its content: the privacy officer's (managers read their region's on the file).
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy/access-log' });
  const [t, tSections] = await Promise.all([getTranslations('privacy.accessLog'), getTranslations('privacy.sections')]);
  const raw = await searchParams;
  const { values, invalid } = readSearchParams(accessLogParams, raw);
  const log = values.person ? await officerAccessLog(getDb(), values.person) : null;
  const typed = typeof raw.person === 'string' ? raw.person : '';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="max-w-3xl">{t('intro')}</p>
      </div>
      <form method="get" action="/privacy/access-log" className="flex flex-wrap items-end gap-3">
        <TextField
          label={t('reference')}
          hint={t('referenceHint')}
          name="person"
          defaultValue={typed}
          autoComplete="off"
          spellCheck={false}
          error={invalid.includes('person') ? t('invalid') : values.person && !log ? t('notFound') : undefined}
          className="min-w-[24rem]"
        />
        <button type="submit" className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark">
          {t('show')}
        </button>
      </form>
      {log && (
        <section aria-labelledby="log" className="space-y-3">
          <h2 id="log" className="font-mono text-xl font-semibold">
            {t('caption', { reference: log.personId })}
          </h2>
          {log.anonymized && <p>{t('anonymized')}</p>}
          <p>
            <Link href={`/privacy/corrections?person=${log.personId}`} className="text-qc-blue underline">
              {tSections('corrections')}
            </Link>
          </p>
          <AccessLogTable entries={log.entries} caption={t('caption', { reference: log.personId })} />
        </section>
      )}
    </div>
  );
}
