import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/i18n/format';
import type { getAccessLog, getPersonFile } from '@/lib/persons/file';
import { countryName, languageName } from '@/lib/persons/countries';
import { CloseForm, GoalForm, GoalStatusForm, InterventionForm, ReferralForm, ReferralStatusForm, ReopenForm, TransferForm } from './file-forms';
import { Details, Section } from '@/components/ui/file-section';

type File = Extract<Awaited<ReturnType<typeof getPersonFile>>, { kind: 'full' }>;
type Option = { value: string; label: string };

export interface PersonFileProps {
  file: File;
  canWrite: boolean;
  partners: Option[];
  agents: Option[];
  accessLog: Awaited<ReturnType<typeof getAccessLog>>;
}

/** The person's file: identity and consents, then each follow-up in scope with its work, then the rest. */
export async function PersonFile({ file, canWrite, partners, agents, accessLog }: PersonFileProps) {
  const [t, tForms, tEnums, locale] = await Promise.all([getTranslations('persons.file'), getTranslations('persons.forms'), getTranslations('enums'), getLocale()]);
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale === 'en-CA' ? 'en' : 'fr') : t('notGiven'));
  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-1 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const detailsOf = new Map(file.followUpDetails.map((detail) => [detail.id, detail]));
  const inScope = file.accompaniments.filter((followUp): followUp is Extract<typeof followUp, { id: string }> => !('heldElsewhere' in followUp));
  const elsewhere = file.accompaniments.filter((followUp) => 'heldElsewhere' in followUp);

  return (
    <div className="space-y-6">
      <Section id="identity" title={t('identity')}>
        <dl className="space-y-2">
          {row(t('birthDate'), date(file.birthDate))}
          {row(t('gender'), file.gender ? tEnums(`genders.${file.gender}`) : t('notGiven'))}
          {row(t('countryOfBirth'), countryName(file.countryOfBirth, locale))}
          {row(t('citizenship'), file.citizenship ? countryName(file.citizenship, locale) : t('notGiven'))}
          {row(t('languages'), file.languages.length ? file.languages.map((code) => languageName(code, locale)).join(', ') : t('notGiven'))}
          {row(t('frenchLevel'), file.frenchLevel ? tEnums(`frenchLevels.${file.frenchLevel}`) : t('notGiven'))}
          {row(t('immigrationCategory'), tEnums(`immigrationCategories.${file.immigrationStatus}`))}
          {row(t('arrivalInQuebecOn'), date(file.arrivalInQuebecOn))}
          {row(t('arrivalInRegionOn'), date(file.arrivalInRegionOn))}
          {row(t('residence'), [file.residenceMunicipality, file.residenceMrc].filter(Boolean).join(', ') || t('notGiven'))}
          {row(t('phone'), file.phone ?? t('notGiven'))}
          {row(t('email'), file.email ?? t('notGiven'))}
        </dl>
        <h3 className="text-xl font-semibold">{t('consent')}</h3>
        <ul className="list-disc pl-6">
          <li>{t('collectionConsentOn', { date: date(file.collectionConsentOn) })}</li>
          <li data-testid="sharing-consent">{file.sharingConsent ? t('sharingConsentYes', { date: date(file.sharingConsentOn) }) : t('sharingConsentNo')}</li>
        </ul>
      </Section>

      <Section id="follow-ups" title={t('followUps')}>
        {elsewhere.length > 0 && (
          <div className="border-l-4 border-qc-blue bg-qc-blue-pale p-3" data-testid="held-elsewhere">
            <ul>
              {elsewhere.map((followUp) => (
                <li key={`${followUp.servicePoint}-${followUp.status}`}>{t('heldElsewhere', { servicePoint: followUp.servicePoint, status: tEnums(`accompanimentStatuses.${followUp.status}`) })}</li>
              ))}
            </ul>
            <p className="text-sm">{t('heldElsewhereHelp')}</p>
          </div>
        )}
        {inScope.map((followUp) => {
          const detail = detailsOf.get(followUp.id)!;
          const open = followUp.status === 'open';
          const timeline = file.timeline.filter((item) => item.accompanimentId === followUp.id);
          const plan = file.actionPlan.filter((item) => item.accompanimentId === followUp.id);
          const sent = file.referrals.filter((item) => item.accompanimentId === followUp.id);
          const moves = file.transfers.filter((item) => item.accompanimentId === followUp.id);
          return (
            <article key={followUp.id} aria-labelledby={`follow-up-${followUp.id}`} className="space-y-4 border-t border-qc-grey-pale pt-4">
              <h3 id={`follow-up-${followUp.id}`} className="text-xl font-semibold">
                {t('heldHere', { servicePoint: followUp.servicePoint, agent: followUp.agent })} — {tEnums(`accompanimentStatuses.${followUp.status}`)}
              </h3>
              <p>
                {t('openedOn', { date: date(followUp.openedOn) })}
                {followUp.closedOn && ` · ${t('closedOn', { date: date(followUp.closedOn), reason: detail.closureReason ? tEnums(`closureReasons.${detail.closureReason}`) : '' })}`}
                {detail.nextFollowUpOn && open && ` · ${tForms('nextFollowUpOn').replace(/ \(.*\)$/, '')} : ${date(detail.nextFollowUpOn)}`}
              </p>
              {detail.reopenedFromId && <p>{t('reopened')}</p>}
              <p>{t('needs', { needs: followUp.needs.map((need) => tEnums(`needs.${need}`)).join(', ') })}</p>

              <h4 className="text-lg font-semibold">{t('timeline')}</h4>
              {timeline.length === 0 ? (
                <p>{t('noInterventions')}</p>
              ) : (
                <ol className="space-y-2 border-l-2 border-qc-blue pl-4" data-testid="timeline">
                  {timeline.map((item) => (
                    <li key={item.id}>
                      <p className="font-semibold">
                        {date(item.occurredOn)} — {tEnums(`interventionKinds.${item.kind}`)}
                        {item.need && ` — ${tEnums(`needs.${item.need}`)}`}
                        {item.durationMinutes && ` — ${t('minutes', { count: item.durationMinutes })}`}
                      </p>
                      <p className="text-sm">{t('by', { name: item.author })}</p>
                      {item.notes && <p className="whitespace-pre-line">{item.notes}</p>}
                    </li>
                  ))}
                </ol>
              )}
              {canWrite && open && (
                <Details summary={tForms('intervention')}>
                  <InterventionForm accompanimentId={followUp.id} />
                </Details>
              )}

              <h4 className="text-lg font-semibold">{t('actionPlan')}</h4>
              {plan.length === 0 ? (
                <p>{t('noActionPlan')}</p>
              ) : (
                <ul className="space-y-2">
                  {plan.map((item) => (
                    <li key={item.id} className="rounded border border-qc-grey-pale p-2">
                      <p>
                        <span className="font-semibold">{tEnums(`needs.${item.need}`)}</span> — {item.goal} — {tEnums(`actionStatuses.${item.status}`)}
                      </p>
                      {canWrite && open && <GoalStatusForm id={item.id} version={item.version} status={item.status} />}
                    </li>
                  ))}
                </ul>
              )}
              {canWrite && open && (
                <Details summary={tForms('addGoal')}>
                  <GoalForm accompanimentId={followUp.id} />
                </Details>
              )}

              <h4 className="text-lg font-semibold">{t('referrals')}</h4>
              {sent.length === 0 ? (
                <p>{t('noReferrals')}</p>
              ) : (
                <ul className="space-y-2">
                  {sent.map((item) => (
                    <li key={item.id} className="rounded border border-qc-grey-pale p-2">
                      <p>
                        {t('referralLine', { partner: item.partner, need: tEnums(`needs.${item.need}`), date: date(item.sentOn) })} — {tEnums(`referralStatuses.${item.status}`)}
                      </p>
                      {canWrite && open && <ReferralStatusForm id={item.id} version={item.version} status={item.status} />}
                    </li>
                  ))}
                </ul>
              )}
              {canWrite && open && (
                <Details summary={tForms('referral')}>
                  {file.sharingConsent ? <ReferralForm accompanimentId={followUp.id} partners={partners} /> : <p role="note">{tForms('noConsentForReferral')}</p>}
                </Details>
              )}

              {moves.length > 0 && (
                <>
                  <h4 className="text-lg font-semibold">{t('transfers')}</h4>
                  <ul>
                    {moves.map((move) => (
                      <li key={`${move.transferredOn}-${move.reason}`}>{t('transferLine', { date: date(move.transferredOn), reason: move.reason })}</li>
                    ))}
                  </ul>
                </>
              )}
              {canWrite && open && (
                <div className="grid gap-3 md:grid-cols-2">
                  <Details summary={tForms('transfer')}>
                    <TransferForm accompanimentId={followUp.id} version={detail.version} agents={agents} />
                  </Details>
                  <Details summary={tForms('close')}>
                    <CloseForm accompanimentId={followUp.id} version={detail.version} />
                  </Details>
                </div>
              )}
              {canWrite && !open && !inScope.some((other) => other.status === 'open') && (
                <Details summary={tForms('reopen')}>
                  <ReopenForm accompanimentId={followUp.id} />
                </Details>
              )}
            </article>
          );
        })}
      </Section>

      {accessLog && (
        <Section id="access-log" title={t('accessLog')}>
          <p>{t('accessLogHelp')}</p>
          {accessLog.length === 0 ? (
            <p>{t('accessLogEmpty')}</p>
          ) : (
            <table className="w-full text-left">
              <caption className="sr-only">{t('accessLog')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('when')}</th>
                  <th scope="col">{t('who')}</th>
                  <th scope="col">{t('what')}</th>
                </tr>
              </thead>
              <tbody>
                {accessLog.map((entry, index) => {
                  const key = entry.action.replace('.', '_');
                  const known = ['person_viewed', 'persons_listed', 'person_registered', 'person_updated', 'access_refused'].includes(key);
                  return (
                    <tr key={index} className="border-t border-qc-grey-pale">
                      <td>{new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' }).format(entry.occurredAt)}</td>
                      <td>{entry.actor ?? '—'}</td>
                      <td>{tEnums(`auditActions.${(known ? key : 'other') as 'other'}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Section>
      )}
    </div>
  );
}
