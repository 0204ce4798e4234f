import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { NaicsSector } from '@/db/enums/employers';
import type { EmployerFile } from '@/lib/employers/file';
import { formatDate } from '@/lib/i18n/format';
import { AddContactForm, BusinessForm, CloseFileForm, EditContactForm, FileDetailsForm, HireForm, InteractionForm, NeedForm, NeedStatusForm, ReopenFileForm } from './file-forms';
import { Details, Section } from '@/components/ui/file-section';

type Option = { value: string; label: string };

/** The employer file: business and contacts, the file's details, needs, interactions, hires, closure. */
export async function EmployerFileView({ file, canWrite, mrcs }: { file: EmployerFile; canWrite: boolean; mrcs: Option[] }) {
  const [t, tFields, tEnums, tStatus, locale] = await Promise.all([
    getTranslations('employers.file'),
    getTranslations('employers.fields'),
    getTranslations('employers.enums'),
    getTranslations('employers.status'),
    getLocale(),
  ]);
  const date = (value: string) => formatDate(value, locale === 'en-CA' ? 'en' : 'fr');
  const none = t('noneValue');
  // The form labels say which fields may stay empty; the file itself does not need to.
  const plain = (label: string) => label.replace(/ \((facultatif|optional)\)$/, '').replace(/, (facultatif|optional)\)$/, ')');
  const row = (label: string, value: ReactNode) => (
    <div className="grid gap-1 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold">{plain(label)}</dt>
      <dd>{value}</dd>
    </div>
  );
  const open = file.status === 'open';
  const writable = canWrite && open;
  const { business } = file;
  const needOptions = file.needs.map((need) => ({ value: need.id, label: `${need.jobTitle} (${need.nocCode})` }));

  return (
    <div className="space-y-6">
      <Section id="file" title={t('fileHeading')}>
        <ul className="space-y-1" data-testid="file-status">
          <li className="font-semibold">{tStatus(file.status)}</li>
          <li>{t('openedOn', { date: date(file.openedOn) })}</li>
          {file.closedOn && file.closureReason && <li>{t('closedOn', { date: date(file.closedOn), reason: tEnums(`closureReasons.${file.closureReason}`) })}</li>}
          <li>{t('adviser', { name: file.adviser })}</li>
          <li>{file.recruitmentChannels.length ? t('channels', { channels: file.recruitmentChannels.map((channel) => tEnums(`channels.${channel}`)).join(', ') }) : t('noChannels')}</li>
        </ul>
        <dl className="space-y-2">
          {row(tFields('contactName'), file.contactName)}
          {row(tFields('contactEmail'), file.contactEmail ?? none)}
          {row(tFields('contactPhone'), file.contactPhone ?? none)}
          {row(tFields('notes'), file.notes ? <span className="whitespace-pre-line">{file.notes}</span> : none)}
        </dl>
        {writable && (
          <Details summary={t('editFile')}>
            <FileDetailsForm file={{ id: file.id, version: file.version, contactName: file.contactName, contactEmail: file.contactEmail, contactPhone: file.contactPhone, recruitmentChannels: file.recruitmentChannels, notes: file.notes }} />
          </Details>
        )}
      </Section>

      <Section id="needs" title={t('needsHeading')}>
        {file.needs.length === 0 ? (
          <p>{t('noNeeds')}</p>
        ) : (
          <ul className="divide-y divide-qc-grey-pale rounded border border-qc-grey-pale" data-testid="needs">
            {file.needs.map((need) => (
              <li key={need.id} className="space-y-2 p-3">
                <p>
                  <span className="font-semibold">{need.jobTitle}</span> · {tEnums(`needStatuses.${need.status}`)}
                </p>
                <p className="text-sm">
                  {t('needLine', { noc: need.nocCode, positions: need.positions })}
                  {need.wantedStartOn ? ` · ${t('wantedBy', { date: date(need.wantedStartOn) })}` : ''}
                </p>
                {canWrite && (
                  <Details summary={t('updateStatus')}>
                    <NeedStatusForm id={need.id} version={need.version} status={need.status} />
                  </Details>
                )}
              </li>
            ))}
          </ul>
        )}
        {writable && (
          <Details summary={t('newNeed')}>
            <NeedForm employerFileId={file.id} />
          </Details>
        )}
      </Section>

      <Section id="interactions" title={t('interactionsHeading')}>
        {file.interactions.length === 0 ? (
          <p>{t('noInteractions')}</p>
        ) : (
          <ol className="divide-y divide-qc-grey-pale rounded border border-qc-grey-pale" data-testid="interactions">
            {file.interactions.map((interaction) => (
              <li key={interaction.id} className="p-3">
                <p>
                  <span className="font-semibold">{date(interaction.occurredOn)}</span> · {tEnums(`interactionKinds.${interaction.kind}`)} · {interaction.author}
                </p>
                {interaction.notes && <p className="whitespace-pre-line">{interaction.notes}</p>}
              </li>
            ))}
          </ol>
        )}
        {writable && (
          <Details summary={t('newInteraction')}>
            <InteractionForm employerFileId={file.id} />
          </Details>
        )}
      </Section>

      <Section id="hires" title={t('hiresHeading')}>
        {file.hires.length === 0 ? (
          <p>{t('noHires')}</p>
        ) : (
          <ul className="divide-y divide-qc-grey-pale rounded border border-qc-grey-pale" data-testid="hires">
            {file.hires.map((hire) => (
              <li key={hire.id} className="p-3">
                <p className="font-semibold">{hire.jobTitle}</p>
                <p className="text-sm">{t('hireLine', { date: date(hire.hiredOn), channel: tEnums(`channels.${hire.channel}`) })}</p>
                {/* The name only: the adviser never opens the person's file. */}
                {hire.personLastName && <p className="text-sm">{t('hiredPerson', { name: `${hire.personFirstName} ${hire.personLastName}` })}</p>}
              </li>
            ))}
          </ul>
        )}
        {canWrite && (
          <Details summary={t('newHire')}>
            <HireForm employerFileId={file.id} needs={needOptions} />
          </Details>
        )}
      </Section>

      <Section id="business" title={t('businessHeading')}>
        <dl className="space-y-2">
          {row(tFields('legalName'), business.legalName)}
          {row(tFields('neq'), business.neq)}
          {row(tFields('naicsSector'), tEnums(`naicsSectors.${business.naicsSector as NaicsSector}`))}
          {row(tFields('sizeBand'), business.sizeBand ? tEnums(`sizeBands.${business.sizeBand}`) : none)}
          {row(tFields('mrcId'), business.mrc)}
          {row(tFields('city'), business.city)}
          {row(tFields('address'), [business.address, business.postalCode].filter(Boolean).join(', ') || none)}
        </dl>
        {canWrite && (
          <Details summary={t('editBusiness')}>
            <BusinessForm business={{ ...business }} mrcs={mrcs} />
          </Details>
        )}
        <h3 className="text-xl font-semibold">{t('contactsHeading')}</h3>
        {file.contacts.length === 0 ? (
          <p>{t('noContacts')}</p>
        ) : (
          <ul className="divide-y divide-qc-grey-pale rounded border border-qc-grey-pale" data-testid="contacts">
            {file.contacts.map((contact) => (
              <li key={contact.id} className="space-y-2 p-3">
                <p>
                  <span className="font-semibold">{contact.name}</span>
                  {contact.jobTitle ? `, ${contact.jobTitle}` : ''}
                </p>
                <p className="text-sm">{[contact.email, contact.phone].filter(Boolean).join(' · ') || none}</p>
                {canWrite && (
                  <Details summary={t('editContact', { name: contact.name })}>
                    <EditContactForm contact={contact} />
                  </Details>
                )}
              </li>
            ))}
          </ul>
        )}
        {canWrite && (
          <Details summary={t('newContact')}>
            <AddContactForm businessId={business.id} />
          </Details>
        )}
      </Section>

      {file.history.length > 0 && (
        <Section id="history" title={t('historyHeading')}>
          <ul className="list-disc pl-6" data-testid="history">
            {file.history.map((other) => (
              <li key={other.id}>
                <Link href={`/employers/${other.id}`} className="text-qc-blue underline">
                  {t('openedOn', { date: date(other.openedOn) })}
                </Link>{' '}
                · {tStatus(other.status)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {canWrite && open && (
        <Section id="close" title={t('closeHeading')}>
          <CloseFileForm id={file.id} version={file.version} />
        </Section>
      )}
      {canWrite && !open && !file.history.some((other) => other.status === 'open') && (
        <Section id="reopen" title={t('reopenHeading')}>
          <p>{t('reopenHint')}</p>
          <ReopenFileForm id={file.id} />
        </Section>
      )}
    </div>
  );
}
