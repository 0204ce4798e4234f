import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { PrintButton } from '@/components/privacy/print-button';
import { getDb } from '@/db/client';
import { checkAccess, idOf } from '@/lib/auth/access';
import { requireUser } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/i18n/format';
import { countryName, languageName } from '@/lib/persons/countries';
import type { CorrectedField } from '@/lib/privacy/corrections';
import { getPersonExport } from '@/lib/privacy/export';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacy.file');
  return { title: t('export') };
}

type Params = Promise<{ id: string }>;

/**
 * The answer to an access request as a readable, printable document: the same object as the JSON export
 * (lib/privacy/export.ts), worded. Roles that may open the file only; every view is an audited export.
 */
export default async function PersonExportPage({ params }: { params: Params }) {
  const user = await requireUser();
  const { id } = await params;
  if (!(await checkAccess(user, ['person:read'], { endpoint: 'page /persons/[id]/export', entityId: idOf({ id }) }))) notFound();
  if (!z.string().uuid().safeParse(id).success) notFound();
  const data = await getPersonExport(getDb(), user, id, 'html');
  if (!data) notFound();
  const [t, tFile, tFields, tEnums, tActions, tInfo, locale] = await Promise.all([
    getTranslations('privacy.export'),
    getTranslations('privacy.file'),
    getTranslations('privacy.fields'),
    getTranslations('enums'),
    getTranslations('privacy.actions'),
    getTranslations('privacy.sharedInformation'),
    getLocale(),
  ]);
  const lang = locale === 'en-CA' ? 'en' : 'fr';
  const date = (value: string | null | undefined) => (value ? formatDate(value, lang) : t('notGiven'));
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Toronto' });
  const person = data.person;
  const name = person.anonymizedAt ? tFile('anonymizedName') : `${person.firstName} ${person.lastName}`;
  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-1 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const list = (items: ReactNode[]) => (items.length === 0 ? <p>{t('none')}</p> : <ul className="list-disc pl-6">{items}</ul>);
  return (
    <article className="max-w-4xl space-y-6 print:max-w-none">
      <p className="flex flex-wrap gap-4 print:hidden">
        <Link href={`/persons/${person.id}`} className="text-qc-blue underline">
          {t('back')}
        </Link>
        <a href={`/api/v1/persons/${person.id}/export`} className="font-semibold text-qc-blue underline" download>
          {t('json')}
        </a>
        <PrintButton label={t('print')} />
      </p>
      <h1 className="text-3xl font-bold">{t('title', { name })}</h1>
      <p>{t('intro', { date: instant.format(new Date(data.exportedAt)), by: data.exportedBy })}</p>
      <p className="font-mono text-sm">{tFile('reference', { reference: person.id })}</p>

      <section aria-labelledby="export-identity" className="space-y-2">
        <h2 id="export-identity" className="text-2xl font-semibold">
          {t('identity')}
        </h2>
        <dl className="space-y-1">
          {row(tFields('lastName'), person.lastName || t('notGiven'))}
          {row(tFields('firstName'), person.firstName || t('notGiven'))}
          {row(tFields('birthDate'), date(person.birthDate))}
          {row(tFields('gender'), person.gender ? tEnums(`genders.${person.gender}`) : t('notGiven'))}
          {row(tFields('countryOfBirth'), countryName(person.countryOfBirth, locale))}
          {row(tFields('citizenship'), person.citizenship ? countryName(person.citizenship, locale) : t('notGiven'))}
          {row(tFields('languages'), person.languages.length ? person.languages.map((code) => languageName(code, locale)).join(', ') : t('notGiven'))}
          {row(tFields('frenchLevel'), person.frenchLevel ? tEnums(`frenchLevels.${person.frenchLevel}`) : t('notGiven'))}
          {row(tFields('immigrationStatus'), tEnums(`immigrationCategories.${person.immigrationCategory}`))}
          {row(tFields('arrivalInQuebecOn'), date(person.arrivalInQuebecOn))}
          {row(tFields('arrivalInRegionOn'), date(person.arrivalInRegionOn))}
          {row(tFields('residenceMrcId'), person.residenceMrc ?? t('notGiven'))}
          {row(tFields('residenceMunicipality'), person.residenceMunicipality ?? t('notGiven'))}
          {row(tFields('phone'), person.phone ?? t('notGiven'))}
          {row(tFields('email'), person.email ?? t('notGiven'))}
        </dl>
      </section>

      <section aria-labelledby="export-consents" className="space-y-2">
        <h2 id="export-consents" className="text-2xl font-semibold">
          {t('consents')}
        </h2>
        {list([
          <li key="collection">{t('collectionConsent', { date: date(data.consents.collectionConsentOn) })}</li>,
          <li key="sharing">{t('sharingNow', { state: data.consents.sharingConsent ? t('sharingYes', { date: date(data.consents.sharingConsentOn) }) : t('sharingNo') })}</li>,
          ...data.consents.events.map((event, index) => (
            <li key={index}>{t('consentEvent', { event: event.event === 'given' ? tFile('eventGiven') : tFile('eventWithdrawn'), date: date(event.effectiveOn) })}</li>
          )),
        ])}
      </section>

      <section aria-labelledby="export-accompaniments" className="space-y-4">
        <h2 id="export-accompaniments" className="text-2xl font-semibold">
          {t('accompaniments')}
        </h2>
        {data.accompaniments.length === 0 && <p>{t('none')}</p>}
        {data.accompaniments.map((followUp, index) => (
          <div key={index} className="space-y-2 border-t border-qc-grey-pale pt-3">
            <h3 className="text-xl font-semibold">
              {t('accompanimentLine', { servicePoint: followUp.servicePoint, agent: followUp.agent, opened: date(followUp.openedOn) })}
              {followUp.closedOn ? t('closedLine', { closed: date(followUp.closedOn) }) : ''}
            </h3>
            <p>{t('needs', { needs: followUp.needs.map((need) => tEnums(`needs.${need}`)).join(', ') })}</p>
            <h4 className="font-semibold">{t('interventions')}</h4>
            {list(
              followUp.interventions.map((item, key) => (
                <li key={key}>
                  {date(item.occurredOn)} — {tEnums(`interventionKinds.${item.kind}`)}
                  {item.need ? ` — ${tEnums(`needs.${item.need}`)}` : ''} ({item.author}){item.notes ? ` : ${item.notes}` : ''}
                </li>
              )),
            )}
            <h4 className="font-semibold">{t('actionPlan')}</h4>
            {list(followUp.actionPlan.map((item, key) => <li key={key}>{`${tEnums(`needs.${item.need}`)} — ${item.goal} — ${tEnums(`actionStatuses.${item.status}`)}`}</li>))}
            <h4 className="font-semibold">{t('referrals')}</h4>
            {list(
              followUp.referrals.map((item, key) => (
                <li key={key}>
                  {t('referralLine', {
                    date: date(item.sentOn),
                    partner: item.partner,
                    need: tEnums(`needs.${item.need}`),
                    status: tEnums(`referralStatuses.${item.status}`),
                    information: item.sharedInformation.map((kind) => tInfo(kind)).join(', '),
                  })}
                </li>
              )),
            )}
            {followUp.transfers.length > 0 && (
              <>
                <h4 className="font-semibold">{t('transfers')}</h4>
                {list(followUp.transfers.map((item, key) => <li key={key}>{t('transferLine', { date: date(item.transferredOn), reason: item.reason })}</li>))}
              </>
            )}
          </div>
        ))}
        {data.followUpsHeldElsewhere.length > 0 && (
          <>
            <h3 className="text-xl font-semibold">{t('elsewhere')}</h3>
            {list(data.followUpsHeldElsewhere.map((item, key) => <li key={key}>{t('elsewhereLine', { servicePoint: item.servicePoint, status: tEnums(`accompanimentStatuses.${item.status}`) })}</li>))}
          </>
        )}
      </section>

      <section aria-labelledby="export-hires" className="space-y-2">
        <h2 id="export-hires" className="text-2xl font-semibold">
          {t('hires')}
        </h2>
        {list(data.hires.map((hire, key) => <li key={key}>{t('hireLine', { date: date(hire.hiredOn), job: hire.jobTitle, employer: hire.employer })}</li>))}
      </section>

      <section aria-labelledby="export-corrections" className="space-y-2">
        <h2 id="export-corrections" className="text-2xl font-semibold">
          {t('corrections')}
        </h2>
        {list(
          data.corrections.map((item, key) => (
            <li key={key}>
              {t('correctionLine', { date: instant.format(new Date(item.correctedAt)), field: tFields(item.field as CorrectedField), old: item.oldValue ?? '', new: item.newValue ?? '', by: item.correctedBy })}
            </li>
          )),
        )}
      </section>

      <section aria-labelledby="export-access" className="space-y-2">
        <h2 id="export-access" className="text-2xl font-semibold">
          {t('accessLog')}
        </h2>
        {list(
          data.accessLog.map((entry, key) => {
            const action = entry.action.replace('.', '_');
            return (
              <li key={key}>
                {t('accessLine', { date: instant.format(new Date(entry.occurredAt)), who: entry.by ?? '—', what: tActions.has(action as 'other') ? tActions(action as 'other') : tActions('other') })}
              </li>
            );
          }),
        )}
      </section>
    </article>
  );
}
