import { FRENCH_LEVELS, GENDERS, INTAKE_IMMIGRATION_CATEGORIES, NEEDS, NEW_INTERVENTION_KINDS, type Need } from '../enums/persons';
import type { accompaniments, actionPlanItems, interventions, persons, referrals } from '../schema';
import { COUNTRIES, NAMES_BY_COUNTRY } from './names';
import { required } from './reference';
import { addDays, minDate, type Random } from './random';

// The report's period: "Depuis l'annonce [...] en août 2019" to the end of the 2019-2020 fiscal year.
export const REPORT_PERIOD = { from: '2019-08-01', to: '2020-03-31' } as const;

/** When a cohort's accompaniments happen, relative to the report's period. */
type Window = 'report' | 'before' | 'next-year' | 'current-year';

interface PersonCohort {
  agentKey: string;
  servicePointCode: string;
  regionCode: string;
  mrcCode: string;
  count: number;
  window: Window;
}

// "114 personnes immigrantes de l'Abitibi-Témiscamingue ont été accompagnées": 38 + 36 + 22 + 18.
// The other cohorts fall outside the period or the region, so a counter that ignores either is wrong.
export const PERSON_COHORTS: PersonCohort[] = [
  { agentKey: 'agent-val-dor', servicePointCode: 'val-dor', regionCode: '08', mrcCode: 'la-vallee-de-l-or', count: 38, window: 'report' },
  { agentKey: 'agent-rouyn-noranda', servicePointCode: 'rouyn-noranda', regionCode: '08', mrcCode: 'rouyn-noranda', count: 36, window: 'report' },
  { agentKey: 'agent-la-sarre', servicePointCode: 'la-sarre', regionCode: '08', mrcCode: 'abitibi-ouest', count: 22, window: 'report' },
  { agentKey: 'agent-ville-marie', servicePointCode: 'ville-marie', regionCode: '08', mrcCode: 'temiscamingue', count: 18, window: 'report' },
  { agentKey: 'agent-val-dor', servicePointCode: 'val-dor', regionCode: '08', mrcCode: 'la-vallee-de-l-or', count: 4, window: 'before' },
  { agentKey: 'agent-rouyn-noranda', servicePointCode: 'rouyn-noranda', regionCode: '08', mrcCode: 'rouyn-noranda', count: 3, window: 'before' },
  { agentKey: 'agent-val-dor', servicePointCode: 'val-dor', regionCode: '08', mrcCode: 'la-vallee-de-l-or', count: 14, window: 'next-year' },
  { agentKey: 'agent-rouyn-noranda', servicePointCode: 'rouyn-noranda', regionCode: '08', mrcCode: 'rouyn-noranda', count: 12, window: 'next-year' },
  { agentKey: 'agent-la-sarre', servicePointCode: 'la-sarre', regionCode: '08', mrcCode: 'abitibi-ouest', count: 8, window: 'next-year' },
  { agentKey: 'agent-ville-marie', servicePointCode: 'ville-marie', regionCode: '08', mrcCode: 'temiscamingue', count: 6, window: 'next-year' },
  { agentKey: 'agent-val-dor', servicePointCode: 'val-dor', regionCode: '08', mrcCode: 'la-vallee-de-l-or', count: 9, window: 'current-year' },
  { agentKey: 'agent-rouyn-noranda', servicePointCode: 'rouyn-noranda', regionCode: '08', mrcCode: 'rouyn-noranda', count: 8, window: 'current-year' },
  { agentKey: 'agent-gatineau', servicePointCode: 'gatineau', regionCode: '07', mrcCode: 'gatineau', count: 25, window: 'report' },
  { agentKey: 'agent-chibougamau', servicePointCode: 'chibougamau', regionCode: '10', mrcCode: 'jamesie', count: 10, window: 'report' },
];

const CLOSURE_REASONS = ['goals_met', 'goals_met', 'goals_met', 'moved_out_of_region', 'person_withdrew', 'lost_contact', 'referred_elsewhere'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'in_progress', 'achieved', 'achieved', 'dropped'] as const;
// Languages spoken besides French, by country of birth (ISO 639).
export const LANGUAGES_BY_COUNTRY: Record<string, string[]> = { CO: ['es'], MX: ['es'], PH: ['tl', 'en'], MA: ['ar'], DZ: ['ar'], TN: ['ar'], SN: ['wo'], CM: ['en'], VN: ['vi'], CN: ['zh'], IN: ['hi', 'en'], UA: ['uk', 'ru'], BR: ['pt'], HT: ['ht'] };
export const MUNICIPALITY_BY_MRC: Record<string, string> = {
  'la-vallee-de-l-or': 'Val-d’Or',
  'rouyn-noranda': 'Rouyn-Noranda',
  'abitibi-ouest': 'La Sarre',
  temiscamingue: 'Ville-Marie',
  gatineau: 'Gatineau',
  jamesie: 'Chibougamau',
};
export const GOALS: Record<Need, string> = {
  installation_housing: 'Trouver un logement permanent',
  francization: 'S’inscrire à un cours de francisation',
  employment: 'Obtenir un emploi dans son domaine',
  skills_recognition: 'Faire évaluer ses diplômes',
  schooling: 'Inscrire les enfants à l’école',
  health: 'Obtenir sa carte d’assurance maladie',
  community_life: 'Participer à une activité de la communauté',
};
/** The demo's "today": open files plan their next follow-up around it. */
const DEMO_TODAY = '2026-11-27';

type PersonRow = typeof persons.$inferInsert & { id: string };
type AccompanimentRow = typeof accompaniments.$inferInsert & { id: string };

export interface PeopleRecords {
  persons: PersonRow[];
  accompaniments: AccompanimentRow[];
  interventions: (typeof interventions.$inferInsert)[];
  actionPlanItems: (typeof actionPlanItems.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  /** Persons accompanied in each region, for linking hires. */
  personIdsByRegion: Map<string, string[]>;
}

interface Interval {
  openedOn: string;
  closedOn: string | null;
}

/** Dates of a cohort member's accompaniment; `index` places the boundary cases on the first members. */
function intervalFor(window: Window, index: number, rng: Random): Interval {
  switch (window) {
    case 'report': {
      if (index === 0) return { openedOn: '2019-03-15', closedOn: REPORT_PERIOD.from }; // closed on the first day
      if (index === 1) return { openedOn: REPORT_PERIOD.to, closedOn: '2020-09-30' }; // opened on the last day
      const openedOn = rng.date('2019-04-01', REPORT_PERIOD.to);
      // Some files are still open today: a rule that forgot open files would miss them.
      if (index % 10 === 7) return { openedOn, closedOn: null };
      const earliestClose = openedOn < REPORT_PERIOD.from ? REPORT_PERIOD.from : addDays(openedOn, 30);
      return { openedOn, closedOn: addDays(earliestClose, rng.int(0, 360)) };
    }
    case 'before': {
      if (index === 0) return { openedOn: '2019-02-04', closedOn: '2019-07-31' }; // closed the day before
      const openedOn = rng.date('2018-09-01', '2019-05-31');
      return { openedOn, closedOn: minDate(addDays(openedOn, rng.int(20, 200)), '2019-07-31') };
    }
    case 'next-year': {
      if (index === 0) return { openedOn: '2020-04-01', closedOn: '2020-12-15' }; // opened the day after
      const openedOn = rng.date('2020-04-01', '2021-03-31');
      return { openedOn, closedOn: addDays(openedOn, rng.int(45, 420)) };
    }
    case 'current-year':
      return { openedOn: rng.date('2026-04-01', '2026-11-13'), closedOn: null };
  }
}

export function pickNeeds(rng: Random): Need[] {
  const needs = new Set<Need>([rng.pick(NEEDS)]);
  while (rng.chance(0.45) && needs.size < 4) needs.add(rng.pick(NEEDS));
  return [...needs];
}

export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export function buildPeople(
  rng: Random,
  userIdByKey: Map<string, string>,
  servicePointIdByCode: Map<string, string>,
  mrcIdByCode: Map<string, string>,
  partnerIdsByRegion: Map<string, string[]>,
): PeopleRecords {
  const records: PeopleRecords = { persons: [], accompaniments: [], interventions: [], actionPlanItems: [], referrals: [], personIdsByRegion: new Map() };

  const addAccompaniment = (person: PersonRow, cohort: PersonCohort, interval: Interval, regionPartners: string[]) => {
    const personId = person.id;
    const agentId = required(userIdByKey, cohort.agentKey);
    const needs = pickNeeds(rng);
    const accompaniment: AccompanimentRow = {
      id: rng.uuid(),
      personId,
      servicePointId: required(servicePointIdByCode, cohort.servicePointCode),
      agentId,
      status: interval.closedOn ? 'closed' : 'open',
      openedOn: interval.openedOn,
      closedOn: interval.closedOn,
      closureReason: interval.closedOn ? rng.pick(CLOSURE_REASONS) : null,
      needs,
      // Open files plan a next follow-up, some this week, some overdue.
      nextFollowUpOn: interval.closedOn ? null : addDays(DEMO_TODAY, rng.int(-10, 20)),
    };
    records.accompaniments.push(accompaniment);
    const lastDay = interval.closedOn ?? '2026-11-20';
    const count = rng.int(1, 5);
    for (let i = 0; i < count; i++) {
      records.interventions.push({
        id: rng.uuid(),
        accompanimentId: accompaniment.id,
        authorId: agentId,
        occurredOn: i === 0 ? interval.openedOn : rng.date(interval.openedOn, lastDay),
        kind: i === 0 ? 'first_meeting' : rng.pick(NEW_INTERVENTION_KINDS),
        need: rng.pick(needs),
        durationMinutes: rng.pick([15, 30, 45, 60, 90]),
      });
    }
    for (const itemNeed of needs) {
      records.actionPlanItems.push({
        id: rng.uuid(),
        accompanimentId: accompaniment.id,
        need: itemNeed,
        goal: GOALS[itemNeed],
        status: interval.closedOn ? rng.pick(['achieved', 'achieved', 'dropped'] as const) : rng.pick(ACTION_STATUSES),
      });
    }
    // A referral shares information with a partner: only for persons who consented to that.
    if (person.sharingConsentOn && regionPartners.length > 0 && rng.chance(0.45)) {
      const sentOn = rng.date(interval.openedOn, lastDay);
      const status = rng.pick(['sent', 'accepted', 'completed', 'completed', 'declined'] as const);
      records.referrals.push({
        id: rng.uuid(),
        accompanimentId: accompaniment.id,
        partnerId: rng.pick(regionPartners),
        need: rng.pick(needs),
        status,
        sharingConsentOn: person.sharingConsentOn,
        sentOn,
        respondedOn: status === 'sent' ? null : addDays(sentOn, rng.int(2, 30)),
      });
    }
    return accompaniment;
  };

  for (const cohort of PERSON_COHORTS) {
    const regionPartners = partnerIdsByRegion.get(cohort.regionCode) ?? [];
    for (let index = 0; index < cohort.count; index++) {
      const country = rng.pick(COUNTRIES);
      const names = NAMES_BY_COUNTRY[country]!;
      const firstName = rng.pick(names.given);
      const lastName = rng.pick(names.family);
      const interval = intervalFor(cohort.window, index, rng);
      const person: PersonRow = {
        id: rng.uuid(),
        firstName,
        lastName,
        birthDate: rng.date('1962-01-01', '2003-12-31'),
        countryOfBirth: country,
        citizenship: country,
        gender: rng.chance(0.9) ? rng.pick(GENDERS.slice(0, 2)) : rng.chance(0.5) ? rng.pick(GENDERS) : null,
        languages: ['fr', ...(LANGUAGES_BY_COUNTRY[country] ?? [])].slice(rng.chance(0.4) ? 1 : 0),
        frenchLevel: rng.pick(FRENCH_LEVELS),
        immigrationStatus: rng.pick(INTAKE_IMMIGRATION_CATEGORIES),
        arrivalInQuebecOn: addDays(interval.openedOn, -rng.int(60, 900)),
        arrivalInRegionOn: addDays(interval.openedOn, -rng.int(5, 50)),
        residenceMrcId: required(mrcIdByCode, cohort.mrcCode),
        residenceMunicipality: MUNICIPALITY_BY_MRC[cohort.mrcCode] ?? null,
        email: rng.chance(0.7) ? `${asciiSlug(firstName)}.${asciiSlug(lastName)}${rng.int(1, 99)}@exemple.test` : null,
        // 555-01xx numbers are reserved for fiction.
        phone: rng.chance(0.8) ? `819-555-01${rng.digits(2)}` : null,
        collectionConsentOn: interval.openedOn,
        ...(rng.chance(0.75) ? { sharingConsent: true, sharingConsentOn: interval.openedOn } : {}),
      };
      records.persons.push(person);
      const regionIds = records.personIdsByRegion.get(cohort.regionCode) ?? [];
      regionIds.push(person.id);
      records.personIdsByRegion.set(cohort.regionCode, regionIds);
      const first = addAccompaniment(person, cohort, interval, regionPartners);
      // Some persons come back after a first closure: a reopening, a second accompaniment, one person counted.
      if (cohort.window === 'report' && interval.closedOn && index % 9 === 4) {
        const reopenedOn = addDays(interval.closedOn, rng.int(1, 60));
        const second = addAccompaniment(person, cohort, { openedOn: reopenedOn, closedOn: addDays(reopenedOn, rng.int(30, 200)) }, regionPartners);
        second.reopenedFromId = first.id;
      }
      // A person followed by two service points of the region (La Sarre took them on too, for a job
      // there, 20 days after Val-d'Or): still one person in the figures.
      if (cohort.servicePointCode === 'val-dor' && cohort.window === 'report' && index === 5) {
        const laSarre = PERSON_COHORTS.find((other) => other.servicePointCode === 'la-sarre')!;
        addAccompaniment(person, laSarre, { openedOn: addDays(interval.openedOn, 20), closedOn: null }, regionPartners);
      }
    }
  }
  return records;
}
