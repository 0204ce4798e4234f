import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { BilanReportView } from '@/components/bilan/bilan-report';
import { LiveRefresh } from '@/components/live/live-refresh';
import { ScopeFilter } from '@/components/metrics/scope-filter';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { getBilanReport } from '@/lib/bilan/queries';
import { bilanRegionsFor, resolveBilanScope } from '@/lib/bilan/scope';
import { bilanText } from '@/lib/bilan/text';
import { languageOf } from '@/lib/i18n/locale';
import { listRegions } from '@/lib/reference/queries';
import './print.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('bilan');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const FIELDS = ['from', 'to', 'region'] as const;

/** /bilan?from=YYYY-MM-DD&to=YYYY-MM-DD&region=08: the report of achievements, written from the records. */
export default async function BilanPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  await requirePermission(user, 'bilan:read', { endpoint: 'page /bilan' });
  const [t, locale, params] = await Promise.all([getTranslations('bilan'), getLocale(), searchParams]);
  const db = getDb();
  const request = { from: params.from, to: params.to, region: params.region };
  const [resolved, defaults, regions] = await Promise.all([resolveBilanScope(db, user, request), resolveBilanScope(db, user, {}), listRegions(db)]);
  const formScope = resolved.ok ? resolved.scope : defaults.ok ? defaults.scope : null;

  if (!resolved.ok) {
    // A bad period or region is said, field by field; the defaults are never shown in its place.
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <div role="alert" className="border-l-4 border-qc-red bg-qc-red-pale p-4" data-testid="bilan-errors">
          <p className="font-semibold">{t('invalidHeading')}</p>
          <ul className="mt-2 list-disc pl-6">
            {FIELDS.filter((field) => resolved.errors[field]).map((field) => (
              <li key={field}>
                {t(`fields.${field}`)} : {t(`errors.${errorCode(resolved.errors[field]!)}`)}
              </li>
            ))}
          </ul>
        </div>
        {formScope && <ScopeFilter scope={formScope} regions={bilanRegionsFor(user, regions)} />}
      </div>
    );
  }

  const { scope } = resolved;
  const text = bilanText(await getBilanReport(db, scope), languageOf(locale as 'fr' | 'en' | 'fr-CA' | 'en-CA'));
  const pdfHref = `/bilan/pdf?${new URLSearchParams({ from: scope.from, to: scope.to, region: scope.regionCode })}`;
  return (
    <div className="bilan-page space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4 print:hidden">
        <LiveRefresh />
        {/* A file download, never prefetched: each one is an audited export. */}
        <a href={pdfHref} className="rounded bg-qc-blue px-4 py-2 font-semibold text-white hover:bg-qc-blue-dark" data-testid="bilan-pdf">
          {t('downloadPdf')}
        </a>
      </div>
      <div className="print:hidden">
        <ScopeFilter scope={scope} regions={bilanRegionsFor(user, regions)} />
      </div>
      <BilanReportView text={text} />
    </div>
  );
}

const KNOWN_ERRORS = ['invalidDate', 'dateOutOfRange', 'notAfterTo', 'notBeforeFrom', 'invalidRegion', 'unknownRegion', 'outsideYourRegion', 'repeated'] as const;
function errorCode(code: string): (typeof KNOWN_ERRORS)[number] | 'invalid' {
  return (KNOWN_ERRORS as readonly string[]).includes(code) ? (code as (typeof KNOWN_ERRORS)[number]) : 'invalid';
}
