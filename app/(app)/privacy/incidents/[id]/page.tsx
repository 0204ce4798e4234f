import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { IncidentForm } from '@/components/privacy/incident-form';
import { getDb } from '@/db/client';
import { idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { requirePermission } from '@/lib/auth/require-permission';
import { formatDate } from '@/lib/i18n/format';
import { getIncident } from '@/lib/privacy/incidents';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.incidents');
  return { title: t('title') };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const HISTORY_FIELDS = [
  'informationConcerned',
  'circumstances',
  'occurredFrom',
  'occurredTo',
  'discoveredOn',
  'personsConcerned',
  'riskLevel',
  'riskReasons',
  'commissionNotifiedOn',
  'personsNotifiedOn',
  'measuresTaken',
] as const;

/** One incident: the form to edit it, and every saved version with the fields each one changed. */
export default async function IncidentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const user = await requireUser();
  const { id } = await params;
  await requirePermission(user, 'privacy:registers', { endpoint: 'page /privacy/incidents/[id]', entityId: idOf({ id }) });
  if (!z.string().uuid().safeParse(id).success) notFound();
  const incident = await getIncident(getDb(), id);
  if (!incident) notFound();
  const [t, locale] = await Promise.all([getTranslations('privacy.incidents'), getLocale()]);
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const { notice } = await searchParams;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Toronto' });
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/privacy/incidents" className="text-qc-blue underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('editTitle', { date: formatDate(incident.discoveredOn, lang) })}</h1>
      {notice === 'recorded' && (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3">
          {t('saved')}
        </p>
      )}
      {incident.riskLevel === 'serious' && (!incident.commissionNotifiedOn || !incident.personsNotifiedOn) && (
        <p className="border-l-4 border-qc-red bg-qc-red-pale p-3">{t('seriousNotice')}</p>
      )}
      <IncidentForm incident={incident} />
      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-2xl font-semibold">
          {t('history')}
        </h2>
        <p>{t('historyHelp')}</p>
        <ol className="space-y-2">
          {incident.revisions.map((revision, index) => {
            const previous = incident.revisions[index - 1]?.snapshot;
            const changed = previous ? HISTORY_FIELDS.filter((field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(revision.snapshot[field] ?? null)) : [];
            return (
              <li key={revision.version} className="rounded border border-qc-grey-pale p-2">
                <p className="font-semibold">{t('versionLine', { version: String(revision.version), date: dateTime.format(revision.changedAt), name: revision.changedBy })}</p>
                <p>{!previous ? t('firstVersion') : changed.length ? t('changedFields', { fields: changed.map((field) => t(`fields.${field}`)).join(', ') }) : t('noChange')}</p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
