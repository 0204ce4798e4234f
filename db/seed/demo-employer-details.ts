import type { businessContacts, employerInteractions, persons } from '../schema';
import type { EmployerRecords } from './demo-employers';
import { addDays, daysBetween, minDate, Random } from './random';

// What makes the demo's employer files look worked on: sizes and addresses of the businesses, their
// contacts, a log of interactions, needs filled or cancelled. Drawn from a random stream of its own, after
// the records the report's figures come from were built: nothing here changes a file's dates, its business
// or its region, so the figures (44 businesses in the period) cannot move.

const DETAILS_SEED = 20_192_021;
/** The demo's "today" for open files: dates stay fixed whatever day the demo is seeded on. */
const LAST_DEMO_DAY = '2026-11-20';

export const STREETS = ['1re Avenue', '3e Avenue', 'boulevard Rideau', 'rue Principale', 'rue Perreault', 'chemin de la Mine', 'rue Saint-Jacques', 'boulevard Québec'];
export const POSTAL_PREFIXES = ['J9X', 'J9P', 'J9T', 'J9Z', 'J0Y', 'J0Z'];
const CONTACT_GIVEN = ['Josée', 'Martin', 'Chantal', 'Stéphane', 'Mélanie', 'Yves', 'Annie', 'Daniel'];
const CONTACT_FAMILY = ['Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher'];
export const CONTACT_TITLES = ['Directrice des ressources humaines', 'Directeur général', 'Propriétaire', 'Conseillère en recrutement', 'Contremaître'];
export const INTERACTION_NOTES = [
  'Portrait des besoins de main-d’œuvre.',
  'Présentation des services d’Accompagnement Québec.',
  'Suivi des candidatures transmises.',
  'Information sur les programmes d’immigration temporaire.',
  'Préparation de l’accueil des nouvelles personnes.',
] as const;
export const INTERACTION_KINDS = ['phone_call', 'email', 'meeting', 'site_visit', 'job_fair', 'information_session'] as const;

type Person = typeof persons.$inferInsert;

export interface EmployerDetails {
  businessContacts: (typeof businessContacts.$inferInsert)[];
  employerInteractions: (typeof employerInteractions.$inferInsert)[];
}

/**
 * Completes the employer records in place (sizes, addresses, need statuses; hires unlinked from a person who
 * had not consented to sharing by the hiring date) and returns the contacts and interactions to insert.
 */
export function addEmployerDetails(records: EmployerRecords, people: readonly Person[]): EmployerDetails {
  const rng = new Random(DETAILS_SEED);
  const details: EmployerDetails = { businessContacts: [], employerInteractions: [] };
  const bands = ['1_4', '5_19', '20_99', '100_499', '500_plus'] as const;

  for (const business of records.businesses) {
    business.sizeBand = rng.pick(bands);
    business.address = `${rng.int(10, 2400)}, ${rng.pick(STREETS)}`;
    business.postalCode = `${rng.pick(POSTAL_PREFIXES)} ${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'E', 'G', 'H', 'K', 'L', 'M'])}${rng.int(1, 9)}`;
    const contactCount = rng.int(1, 2);
    for (let i = 0; i < contactCount; i++) {
      const given = rng.pick(CONTACT_GIVEN);
      const family = rng.pick(CONTACT_FAMILY);
      details.businessContacts.push({
        id: rng.uuid(),
        businessId: business.id!,
        name: `${given} ${family}`,
        jobTitle: rng.pick(CONTACT_TITLES),
        email: `${given[0]!.toLowerCase()}.${family.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@exemple.test`,
        phone: `819-555-02${rng.digits(2)}`,
      });
    }
  }

  // Closed files: each need filled when a hire answered it, else cancelled. Open files: some filled.
  const filesById = new Map(records.employerFiles.map((file) => [file.id!, file]));
  const hiredNeeds = new Set(records.hires.map((hire) => hire.hiringNeedId));
  for (const need of records.hiringNeeds) {
    const file = filesById.get(need.employerFileId)!;
    if (file.status === 'closed') need.status = hiredNeeds.has(need.id) ? 'filled' : 'cancelled';
    else need.status = hiredNeeds.has(need.id) && rng.chance(0.5) ? 'filled' : 'open';
    need.wantedStartOn = addDays(file.openedOn, rng.int(30, 120));
  }

  // A hire names a person only with that person's consent to sharing, given by the hiring date.
  const consentOn = new Map(people.map((person) => [person.id!, person.sharingConsent ? (person.sharingConsentOn ?? null) : null]));
  for (const hire of records.hires) {
    if (!hire.personId) continue;
    const consent = consentOn.get(hire.personId);
    if (!consent || consent > hire.hiredOn) hire.personId = null;
  }

  // A few interactions per file, between its opening and its closing (or the demo's last day). Open files
  // alternate between a recent interaction and none for months, so the adviser's home has both lists.
  records.employerFiles.forEach((file, index) => {
    const end = file.closedOn ?? LAST_DEMO_DAY;
    const span = Math.max(0, daysBetween(file.openedOn, end));
    const count = file.status === 'open' && index % 2 === 1 ? 0 : rng.int(1, 4);
    for (let i = 0; i < count; i++) {
      details.employerInteractions.push({
        id: rng.uuid(),
        employerFileId: file.id!,
        authorId: file.adviserId,
        occurredOn: minDate(addDays(file.openedOn, rng.int(0, span)), end),
        kind: rng.pick(INTERACTION_KINDS),
        notes: rng.pick(INTERACTION_NOTES),
      });
    }
  });
  return details;
}
