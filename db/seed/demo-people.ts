import type { accompaniments, interventions, persons, referrals } from '../schema';
import type { Need } from '../schema';
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

const NEEDS: Need[] = ['installation_housing', 'francization', 'employment', 'skills_recognition', 'schooling', 'health', 'community_life'];
const STATUSES = ['permanent_resident', 'temporary_foreign_worker', 'international_student', 'refugee', 'asylum_seeker', 'naturalized_citizen', 'other'] as const;
const CLOSURE_REASONS = ['goals_met', 'goals_met', 'goals_met', 'moved_out_of_region', 'person_withdrew', 'lost_contact', 'referred_elsewhere'] as const;
const INTERVENTION_KINDS = ['meeting', 'meeting', 'phone_call', 'email', 'group_session', 'accompaniment_to_service'] as const;

type PersonRow = typeof persons.$inferInsert & { id: string };
type AccompanimentRow = typeof accompaniments.$inferInsert & { id: string };

export interface PeopleRecords {
  persons: PersonRow[];
  accompaniments: AccompanimentRow[];
  interventions: (typeof interventions.$inferInsert)[];
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

function pickNeeds(rng: Random): Need[] {
  const needs = new Set<Need>([rng.pick(NEEDS)]);
  while (rng.chance(0.45) && needs.size < 4) needs.add(rng.pick(NEEDS));
  return [...needs];
}

function asciiSlug(text: string): string {
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
  const records: PeopleRecords = { persons: [], accompaniments: [], interventions: [], referrals: [], personIdsByRegion: new Map() };

  const addAccompaniment = (personId: string, cohort: PersonCohort, interval: Interval, regionPartners: string[]) => {
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
    };
    records.accompaniments.push(accompaniment);
    const lastDay = interval.closedOn ?? '2026-11-20';
    const count = rng.int(1, 5);
    for (let i = 0; i < count; i++) {
      records.interventions.push({
        id: rng.uuid(),
        accompanimentId: accompaniment.id,
        authorId: agentId,
        occurredOn: rng.date(interval.openedOn, lastDay),
        kind: rng.pick(INTERVENTION_KINDS),
        need: rng.pick(needs),
        durationMinutes: rng.pick([15, 30, 45, 60, 90]),
      });
    }
    if (regionPartners.length > 0 && rng.chance(0.35)) {
      const sentOn = rng.date(interval.openedOn, lastDay);
      const status = rng.pick(['sent', 'accepted', 'completed', 'completed', 'declined'] as const);
      records.referrals.push({
        id: rng.uuid(),
        accompanimentId: accompaniment.id,
        partnerId: rng.pick(regionPartners),
        need: rng.pick(needs),
        status,
        sharingConsentOn: sentOn,
        sentOn,
        respondedOn: status === 'sent' ? null : addDays(sentOn, rng.int(2, 30)),
      });
    }
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
        immigrationStatus: rng.pick(STATUSES),
        arrivalInQuebecOn: addDays(interval.openedOn, -rng.int(20, 900)),
        residenceMrcId: required(mrcIdByCode, cohort.mrcCode),
        email: rng.chance(0.7) ? `${asciiSlug(firstName)}.${asciiSlug(lastName)}${rng.int(1, 99)}@exemple.test` : null,
        // 555-01xx numbers are reserved for fiction.
        phone: rng.chance(0.8) ? `819-555-01${rng.digits(2)}` : null,
        collectionConsentOn: interval.openedOn,
      };
      records.persons.push(person);
      const regionIds = records.personIdsByRegion.get(cohort.regionCode) ?? [];
      regionIds.push(person.id);
      records.personIdsByRegion.set(cohort.regionCode, regionIds);
      addAccompaniment(person.id, cohort, interval, regionPartners);
      // Some persons come back after a first closure: a second accompaniment, still one person counted.
      if (cohort.window === 'report' && interval.closedOn && index % 9 === 4) {
        const reopenedOn = addDays(interval.closedOn, rng.int(1, 60));
        addAccompaniment(person.id, cohort, { openedOn: reopenedOn, closedOn: addDays(reopenedOn, rng.int(30, 200)) }, regionPartners);
      }
    }
  }
  return records;
}
