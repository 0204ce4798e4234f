import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { formatDate } from '@/lib/i18n/format';
import type { CorrectedField, consentHistory, correctionSummary } from '@/lib/privacy/corrections';
import { IdentityCorrectionForm, SharingConsentForm } from './file-privacy-forms';

export interface FilePrivacyProps {
  person: Record<string, unknown> & { id: string; version: number; sharingConsent: boolean; anonymizedAt: Date | null };
  canWrite: boolean;
  consents: Awaited<ReturnType<typeof consentHistory>>;
  corrections: Awaited<ReturnType<typeof correctionSummary>>;
}

/** The file's privacy side: consent to share (history, withdrawal), corrections, the access-request export. */
export async function FilePrivacy({ person, canWrite, consents, corrections }: FilePrivacyProps) {
  const [t, tFields, locale] = await Promise.all([getTranslations('privacy.file'), getTranslations('privacy.fields'), getLocale()]);
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'America/Toronto' });
  const writable = canWrite && !person.anonymizedAt;
  const formPerson: Partial<typeof person> = { ...person };
  delete formPerson.anonymizedAt;
  return (
    <div className="space-y-6">
      {person.anonymizedAt && <p className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">{t('anonymized', { date: dateTime.format(person.anonymizedAt) })}</p>}
      {corrections && (
        <p data-testid="identity-corrected" className="border-l-4 border-qc-blue bg-qc-blue-pale p-3">
          {t('corrected', {
            count: corrections.count,
            date: dateTime.format(corrections.lastAt),
            name: corrections.lastBy ?? '—',
            fields: corrections.lastFields.map((field) => tFields(field as CorrectedField)).join(', '),
          })}
        </p>
      )}
      <section aria-labelledby="sharing-consent" className="space-y-3 rounded border border-qc-grey-pale p-4">
        <h2 id="sharing-consent" className="text-2xl font-semibold">
          {t('consentHeading')}
        </h2>
        {consents.length > 0 && (
          <>
            <h3 className="text-lg font-semibold">{t('history')}</h3>
            <ul className="list-disc pl-6" data-testid="consent-history">
              {consents
                .filter((event) => event.kind === 'sharing')
                .map((event, index) => (
                  <li key={index}>{t('eventLine', { event: event.event === 'given' ? t('eventGiven') : t('eventWithdrawn'), date: formatDate(event.effectiveOn, lang), name: event.recordedBy })}</li>
                ))}
            </ul>
          </>
        )}
        {writable && (
          <details className="rounded border-2 border-qc-grey-pale bg-white p-3">
            <summary className="cursor-pointer font-semibold text-qc-blue">{person.sharingConsent ? t('withdraw') : t('give')}</summary>
            <div className="mt-3 space-y-2">
              {person.sharingConsent && <p>{t('withdrawHelp')}</p>}
              <SharingConsentForm personId={person.id} version={person.version} consenting={person.sharingConsent} />
            </div>
          </details>
        )}
      </section>
      {writable && (
        <section aria-labelledby="correct-identity" className="space-y-3 rounded border border-qc-grey-pale p-4">
          <h2 id="correct-identity" className="text-2xl font-semibold">
            {t('correct')}
          </h2>
          <details className="rounded border-2 border-qc-grey-pale bg-white p-3">
            <summary className="cursor-pointer font-semibold text-qc-blue">{t('correct')}</summary>
            <div className="mt-3 space-y-2">
              <p>{t('correctHelp')}</p>
              <IdentityCorrectionForm person={formPerson as typeof person} />
            </div>
          </details>
        </section>
      )}
      <section aria-labelledby="access-request" className="space-y-3 rounded border border-qc-grey-pale p-4">
        <h2 id="access-request" className="text-2xl font-semibold">
          {t('export')}
        </h2>
        <p>{t('exportHelp')}</p>
        <p className="flex flex-wrap gap-4">
          <Link href={`/persons/${person.id}/export`} className="font-semibold text-qc-blue underline" prefetch={false}>
            {t('export')}
          </Link>
        </p>
        <p className="font-mono text-sm">{t('reference', { reference: person.id })}</p>
      </section>
    </div>
  );
}
