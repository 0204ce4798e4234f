import { FRENCH_LEVELS, GENDERS, INTAKE_IMMIGRATION_CATEGORIES, NEW_INTERVENTION_KINDS } from '../enums/persons';
import type { businessContacts, employerInteractions } from '../schema';
import { CONTACT_TITLES, INTERACTION_KINDS, INTERACTION_NOTES, POSTAL_PREFIXES, STREETS } from './demo-employer-details';
import { BUSINESS_COHORTS, CITY_BY_MRC, CONTACT_FAMILY, CONTACT_GIVEN, JOBS, NAME_PLACES, NAME_SUFFIXES, SECTORS, type EmployerRecords } from './demo-employers';
import { ACTION_STATUSES, asciiSlug, GOALS, LANGUAGES_BY_COUNTRY, MUNICIPALITY_BY_MRC, PERSON_COHORTS, pickNeeds, type PeopleRecords } from './demo-people';
import { DEMO_STAFF } from './demo-staff';
import { COUNTRIES, NAMES_BY_COUNTRY } from './names';
import { required } from './reference';
import { addDays, daysBetween, type Random } from './random';

// What each demo agent and adviser has on their desk on the day the demo is seeded: the records above are
// dated around the 2019-2020 report (and a fixed late-2026 "today"), so on any later morning the homes of
// most of them showed no open file, no need and no idle file. These files are dated back from `today`, the
// seed's date: opened in the last months, most worked on in the last three weeks, a few idle for more than
// 30 days (lib/persons/caseload.ts INACTIVE_AFTER_DAYS), with open needs and follow-ups due soon.
//
// Nothing here can move the report's figures: every date is within 300 days before `today`, long after
// 2020-03-31. The draws (ids included) do not depend on `today`, only the dates do: a second run, even on
// another day, finds the same ids and inserts nothing.

/** Open files per demo agent and per adviser, and how many of them are idle (no activity for 30+ days). */
export const CURRENT_CASELOAD = { filesPerAgent: 6, idlePerAgent: 2, filesPerAdviser: 5, idlePerAdviser: 2 } as const;

export interface CurrentCaseload {
  people: Pick<PeopleRecords, 'persons' | 'accompaniments' | 'interventions' | 'actionPlanItems'>;
  employers: Pick<EmployerRecords, 'businesses' | 'employerFiles' | 'hiringNeeds'>;
  businessContacts: (typeof businessContacts.$inferInsert)[];
  employerInteractions: (typeof employerInteractions.$inferInsert)[];
}

/** The day of the last activity and the opening, for an active file (recent) or an idle one (40+ days). */
function activity(rng: Random, today: string, idle: boolean): { openedOn: string; lastOn: string } {
  const lastOn = addDays(today, -(idle ? rng.int(40, 100) : rng.int(0, 20)));
  return { openedOn: addDays(lastOn, -rng.int(15, 150)), lastOn };
}

function addPeople(rng: Random, today: string, caseload: CurrentCaseload, ids: { userIdByKey: Map<string, string>; servicePointIdByCode: Map<string, string>; mrcIdByCode: Map<string, string> }) {
  const { persons, accompaniments, interventions, actionPlanItems } = caseload.people;
  for (const agent of DEMO_STAFF.filter((staff) => staff.role === 'agent')) {
    const cohort = PERSON_COHORTS.find((candidate) => candidate.agentKey === agent.key);
    if (!cohort) continue;
    const agentId = required(ids.userIdByKey, agent.key);
    for (let index = 0; index < CURRENT_CASELOAD.filesPerAgent; index++) {
      const idle = index < CURRENT_CASELOAD.idlePerAgent;
      const { openedOn, lastOn } = activity(rng, today, idle);
      const country = rng.pick(COUNTRIES);
      const names = NAMES_BY_COUNTRY[country]!;
      const firstName = rng.pick(names.given);
      const lastName = rng.pick(names.family);
      const personId = rng.uuid();
      const consents = rng.chance(0.75);
      persons.push({
        id: personId,
        firstName,
        lastName,
        birthDate: addDays('1965-01-01', rng.int(0, 365 * 38)),
        countryOfBirth: country,
        citizenship: country,
        gender: rng.pick(GENDERS.slice(0, 2)),
        languages: ['fr', ...(LANGUAGES_BY_COUNTRY[country] ?? [])],
        frenchLevel: rng.pick(FRENCH_LEVELS),
        immigrationStatus: rng.pick(INTAKE_IMMIGRATION_CATEGORIES),
        arrivalInQuebecOn: addDays(openedOn, -rng.int(60, 700)),
        arrivalInRegionOn: addDays(openedOn, -rng.int(5, 50)),
        residenceMrcId: required(ids.mrcIdByCode, cohort.mrcCode),
        residenceMunicipality: MUNICIPALITY_BY_MRC[cohort.mrcCode] ?? null,
        email: `${asciiSlug(firstName)}.${asciiSlug(lastName)}${rng.int(100, 999)}@exemple.test`,
        phone: `819-555-01${rng.digits(2)}`,
        collectionConsentOn: openedOn,
        ...(consents ? { sharingConsent: true, sharingConsentOn: openedOn } : {}),
      });
      const needs = pickNeeds(rng);
      const accompanimentId = rng.uuid();
      accompaniments.push({
        id: accompanimentId,
        personId,
        servicePointId: required(ids.servicePointIdByCode, cohort.servicePointCode),
        agentId,
        status: 'open',
        openedOn,
        closedOn: null,
        closureReason: null,
        needs,
        // Active files: a follow-up planned from a few days ago (overdue) to three weeks ahead. Idle ones:
        // the follow-up planned at the last meeting, long past, which is what makes them worth a look.
        nextFollowUpOn: idle ? addDays(lastOn, rng.int(14, 30)) : addDays(today, rng.int(-3, 21)),
      });
      const count = rng.int(1, 3);
      for (let i = 0; i <= count; i++) {
        const occurredOn = i === 0 ? openedOn : i === count ? lastOn : addDays(openedOn, rng.int(0, daysBetween(openedOn, lastOn)));
        interventions.push({
          id: rng.uuid(),
          accompanimentId,
          authorId: agentId,
          occurredOn,
          kind: i === 0 ? 'first_meeting' : rng.pick(NEW_INTERVENTION_KINDS),
          need: rng.pick(needs),
          durationMinutes: rng.pick([15, 30, 45, 60, 90]),
        });
      }
      for (const need of needs) actionPlanItems.push({ id: rng.uuid(), accompanimentId, need, goal: GOALS[need], status: rng.pick(ACTION_STATUSES) });
    }
  }
}

function addEmployers(
  rng: Random,
  today: string,
  caseload: CurrentCaseload,
  taken: { names: Set<string>; neqs: Set<string> },
  ids: { userIdByKey: Map<string, string>; servicePointByKey: Map<string, string>; mrcIdByCode: Map<string, string> },
) {
  const { businesses, employerFiles, hiringNeeds } = caseload.employers;
  for (const adviser of DEMO_STAFF.filter((staff) => staff.role === 'adviser')) {
    const cohort = BUSINESS_COHORTS.find((candidate) => candidate.adviserKey === adviser.key);
    if (!cohort) continue;
    const adviserId = required(ids.userIdByKey, adviser.key);
    for (let index = 0; index < CURRENT_CASELOAD.filesPerAdviser; index++) {
      const idle = index < CURRENT_CASELOAD.idlePerAdviser;
      const { openedOn, lastOn } = activity(rng, today, idle);
      const mrcCode = rng.pick(cohort.mrcCodes);
      const { naicsSector, words } = rng.pick(SECTORS);
      let legalName: string;
      do legalName = `${rng.pick(words)} ${rng.pick(NAME_PLACES)} ${rng.pick(NAME_SUFFIXES)}`;
      while (taken.names.has(legalName));
      taken.names.add(legalName);
      let neq: string;
      // 13…: apart from the other demo businesses (11…) and from the NEQs the tests type.
      do neq = `13${rng.digits(8)}`;
      while (taken.neqs.has(neq));
      taken.neqs.add(neq);
      const businessId = rng.uuid();
      businesses.push({
        id: businessId,
        legalName,
        neq,
        naicsSector,
        mrcId: required(ids.mrcIdByCode, mrcCode),
        city: CITY_BY_MRC[mrcCode] ?? mrcCode,
        sizeBand: rng.pick(['5_19', '20_99', '100_499'] as const),
        address: `${rng.int(10, 2400)}, ${rng.pick(STREETS)}`,
        postalCode: `${rng.pick(POSTAL_PREFIXES)} ${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'E', 'G', 'H'])}${rng.int(1, 9)}`,
      });
      const given = rng.pick(CONTACT_GIVEN);
      const family = rng.pick(CONTACT_FAMILY);
      caseload.businessContacts.push({
        id: rng.uuid(),
        businessId,
        name: `${given} ${family}`,
        jobTitle: rng.pick(CONTACT_TITLES),
        email: `${asciiSlug(given)}.${asciiSlug(family)}@exemple.test`,
        phone: `819-555-03${rng.digits(2)}`,
      });
      const fileId = rng.uuid();
      employerFiles.push({
        id: fileId,
        businessId,
        adviserId,
        servicePointId: required(ids.servicePointByKey, adviser.key),
        status: 'open',
        openedOn,
        closedOn: null,
        closureReason: null,
        contactName: `${given} ${family}`,
        contactPhone: `819-555-03${rng.digits(2)}`,
        recruitmentChannels: rng.chance(0.3) ? ['in_quebec', 'interregional_mobility'] : ['in_quebec'],
      });
      const needCount = rng.int(1, 2);
      for (let i = 0; i < needCount; i++) {
        hiringNeeds.push({ id: rng.uuid(), employerFileId: fileId, ...rng.pick(JOBS), positions: rng.int(1, 5), status: 'open', wantedStartOn: addDays(today, rng.int(10, 120)) });
      }
      // The opening meeting, then the last contact: recent for an active file, 40+ days ago for an idle one.
      for (const occurredOn of openedOn === lastOn ? [openedOn] : [openedOn, lastOn]) {
        caseload.employerInteractions.push({ id: rng.uuid(), employerFileId: fileId, authorId: adviserId, occurredOn, kind: rng.pick(INTERACTION_KINDS), notes: rng.pick(INTERACTION_NOTES) });
      }
    }
  }
}

/**
 * Open files of every demo agent (persons and their accompaniment, interventions, plan) and adviser
 * (businesses, employer files, open needs, contacts, interactions), dated back from `today` (YYYY-MM-DD).
 */
export function buildCurrentCaseload(
  rng: Random,
  today: string,
  ids: { userIdByKey: Map<string, string>; servicePointByKey: Map<string, string>; servicePointIdByCode: Map<string, string>; mrcIdByCode: Map<string, string> },
  existing: Pick<EmployerRecords, 'businesses'>,
): CurrentCaseload {
  const caseload: CurrentCaseload = {
    people: { persons: [], accompaniments: [], interventions: [], actionPlanItems: [] },
    employers: { businesses: [], employerFiles: [], hiringNeeds: [] },
    businessContacts: [],
    employerInteractions: [],
  };
  addPeople(rng, today, caseload, ids);
  const taken = { names: new Set(existing.businesses.map((business) => business.legalName)), neqs: new Set(existing.businesses.map((business) => business.neq ?? '')) };
  addEmployers(rng, today, caseload, taken, ids);
  return caseload;
}
