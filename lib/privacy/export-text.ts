import 'server-only';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locale';
import { countryName, languageName } from '@/lib/persons/countries';
import type { CorrectedField } from './corrections';
import type { PersonExport } from './export';

/** A list under an optional heading; an empty list reads as `none`. */
export interface ExportList {
  heading: string | null;
  items: string[];
}

/** One part of a section: a follow-up, with its lines and lists. */
export interface ExportPart {
  heading: string;
  lines: string[];
  lists: ExportList[];
}

export interface ExportSection {
  id: string;
  heading: string;
  /** Label and value pairs (the identity). */
  fields: [string, string][];
  lists: ExportList[];
  parts: ExportPart[];
}

/**
 * The answer to an access request worded in one language: the printable page and the PDF render exactly
 * these strings (as the bilan does), so the two never disagree with each other or with the JSON file.
 */
export interface ExportText {
  lang: 'fr-CA' | 'en-CA';
  title: string;
  intro: string;
  reference: string;
  none: string;
  sections: ExportSection[];
}

const section = (id: string, heading: string, content: Partial<Pick<ExportSection, 'fields' | 'lists' | 'parts'>>): ExportSection => ({
  id,
  heading,
  fields: content.fields ?? [],
  lists: content.lists ?? [],
  parts: content.parts ?? [],
});

export function personExportText(data: PersonExport, language: Locale): ExportText {
  const { t, formatDate, locale } = getTranslator(language, 'privacy');
  const { t: tEnums } = getTranslator(language, 'enums');
  const notGiven = t('export.notGiven');
  const date = (value: string | null | undefined) => (value ? formatDate(value) : notGiven);
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Toronto' });
  const at = (value: string | Date) => instant.format(new Date(value));
  const person = data.person;
  const name = person.anonymizedAt ? t('file.anonymizedName') : `${person.firstName} ${person.lastName}`;
  const field = (key: Parameters<typeof t>[0] & `fields.${string}`, value: string | null | undefined): [string, string] => [t(key), value || notGiven];

  const identity = section('export-identity', t('export.identity'), {
    fields: [
      field('fields.lastName', person.lastName),
      field('fields.firstName', person.firstName),
      field('fields.birthDate', date(person.birthDate)),
      field('fields.gender', person.gender ? tEnums(`genders.${person.gender}`) : null),
      field('fields.countryOfBirth', countryName(person.countryOfBirth, locale)),
      field('fields.citizenship', person.citizenship ? countryName(person.citizenship, locale) : null),
      field('fields.languages', person.languages.map((code) => languageName(code, locale)).join(', ')),
      field('fields.frenchLevel', person.frenchLevel ? tEnums(`frenchLevels.${person.frenchLevel}`) : null),
      field('fields.immigrationStatus', tEnums(`immigrationCategories.${person.immigrationCategory}`)),
      field('fields.arrivalInQuebecOn', date(person.arrivalInQuebecOn)),
      field('fields.arrivalInRegionOn', date(person.arrivalInRegionOn)),
      field('fields.residenceMrcId', person.residenceMrc),
      field('fields.residenceMunicipality', person.residenceMunicipality),
      field('fields.phone', person.phone),
      field('fields.email', person.email),
    ],
  });

  const consents = section('export-consents', t('export.consents'), {
    lists: [
      {
        heading: null,
        items: [
          t('export.collectionConsent', { date: date(data.consents.collectionConsentOn) }),
          t('export.sharingNow', { state: data.consents.sharingConsent ? t('export.sharingYes', { date: date(data.consents.sharingConsentOn) }) : t('export.sharingNo') }),
          ...data.consents.events.map((event) => t('export.consentEvent', { event: event.event === 'given' ? t('file.eventGiven') : t('file.eventWithdrawn'), date: date(event.effectiveOn) })),
        ],
      },
    ],
  });

  const followUps: ExportPart[] = data.accompaniments.map((followUp) => ({
    heading:
      t('export.accompanimentLine', { servicePoint: followUp.servicePoint, agent: followUp.agent, opened: date(followUp.openedOn) }) +
      (followUp.closedOn ? t('export.closedLine', { closed: date(followUp.closedOn) }) : ''),
    lines: [t('export.needs', { needs: followUp.needs.map((need) => tEnums(`needs.${need}`)).join(', ') })],
    lists: [
      {
        heading: t('export.interventions'),
        items: followUp.interventions.map(
          (item) =>
            `${date(item.occurredOn)} — ${tEnums(`interventionKinds.${item.kind}`)}${item.need ? ` — ${tEnums(`needs.${item.need}`)}` : ''} (${item.author})${item.notes ? ` : ${item.notes}` : ''}`,
        ),
      },
      { heading: t('export.actionPlan'), items: followUp.actionPlan.map((item) => `${tEnums(`needs.${item.need}`)} — ${item.goal} — ${tEnums(`actionStatuses.${item.status}`)}`) },
      {
        heading: t('export.referrals'),
        items: followUp.referrals.map((item) =>
          t('export.referralLine', {
            date: date(item.sentOn),
            partner: item.partner,
            need: tEnums(`needs.${item.need}`),
            status: tEnums(`referralStatuses.${item.status}`),
            information: item.sharedInformation.map((kind) => t(`sharedInformation.${kind}`)).join(', '),
          }),
        ),
      },
      ...(followUp.transfers.length > 0 ? [{ heading: t('export.transfers'), items: followUp.transfers.map((item) => t('export.transferLine', { date: date(item.transferredOn), reason: item.reason })) }] : []),
    ],
  }));
  const elsewhere: ExportPart[] =
    data.followUpsHeldElsewhere.length > 0
      ? [
          {
            heading: t('export.elsewhere'),
            lines: [],
            lists: [{ heading: null, items: data.followUpsHeldElsewhere.map((item) => t('export.elsewhereLine', { servicePoint: item.servicePoint, status: tEnums(`accompanimentStatuses.${item.status}`) })) }],
          },
        ]
      : [];

  const accessAction = (action: string) => {
    const key = action.replace('.', '_');
    return t.has(`actions.${key}` as 'actions.other') ? t(`actions.${key}` as 'actions.other') : t('actions.other');
  };

  return {
    lang: language === 'en' ? 'en-CA' : 'fr-CA',
    title: t('export.title', { name }),
    intro: t('export.intro', { date: at(data.exportedAt), by: data.exportedBy }),
    reference: t('file.reference', { reference: person.id }),
    none: t('export.none'),
    sections: [
      identity,
      consents,
      section('export-accompaniments', t('export.accompaniments'), { parts: [...followUps, ...elsewhere] }),
      section('export-hires', t('export.hires'), { lists: [{ heading: null, items: data.hires.map((hire) => t('export.hireLine', { date: date(hire.hiredOn), job: hire.jobTitle, employer: hire.employer })) }] }),
      section('export-corrections', t('export.corrections'), {
        lists: [
          {
            heading: null,
            items: data.corrections.map((item) =>
              t('export.correctionLine', { date: at(item.correctedAt), field: t(`fields.${item.field as CorrectedField}`), old: item.oldValue ?? '', new: item.newValue ?? '', by: item.correctedBy }),
            ),
          },
        ],
      }),
      section('export-access', t('export.accessLog'), {
        lists: [{ heading: null, items: data.accessLog.map((entry) => t('export.accessLine', { date: at(entry.occurredAt), who: entry.by ?? '—', what: accessAction(entry.action) })) }],
      }),
    ],
  };
}
