import { boolean, check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, varchar, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import {
  ACCOMPANIMENT_STATUSES,
  ACTION_STATUSES,
  CLOSURE_REASONS,
  FRENCH_LEVELS,
  GENDERS,
  IMMIGRATION_CATEGORIES,
  INTERVENTION_KINDS,
  NEEDS,
  REFERRAL_STATUSES,
} from '../enums/persons';
import { COMMUNICATION_BASES, SHARED_INFORMATION_KINDS } from '../enums/privacy';
import { id, timestamps, version } from './columns';
import { mrcs, partners, servicePoints } from './reference';
import { users } from './staff';

export const immigrationStatus = pgEnum('immigration_status', IMMIGRATION_CATEGORIES);
export const gender = pgEnum('gender', GENDERS);
export const frenchLevel = pgEnum('french_level', FRENCH_LEVELS);

export const need = pgEnum('need', NEEDS);
export type { Need } from '../enums/persons';

/** An immigrant the ministry accompanies. Personal information: every read is scoped and logged. */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date').notNull(),
    // ISO 3166-1 alpha-2.
    countryOfBirth: varchar('country_of_birth', { length: 2 }).notNull(),
    gender: gender('gender'),
    // ISO 3166-1 alpha-2.
    citizenship: varchar('citizenship', { length: 2 }),
    // ISO 639 codes of the languages the person speaks.
    languages: varchar('languages', { length: 3 }).array().notNull().default(sql`'{}'::varchar(3)[]`),
    frenchLevel: frenchLevel('french_level'),
    immigrationStatus: immigrationStatus('immigration_status').notNull(),
    arrivalInQuebecOn: date('arrival_in_quebec_on'),
    arrivalInRegionOn: date('arrival_in_region_on'),
    residenceMrcId: uuid('residence_mrc_id').references(() => mrcs.id),
    residenceMunicipality: text('residence_municipality'),
    email: text('email'),
    phone: text('phone'),
    // Consent to the collection of personal information (A-2.1 s. 64): required before any record.
    collectionConsentOn: date('collection_consent_on').notNull(),
    // Consent to share information with partner organizations, needed for any referral (A-2.1 s. 68).
    sharingConsent: boolean('sharing_consent').notNull().default(false),
    sharingConsentOn: date('sharing_consent_on'),
    // Set when the retention schedule anonymized the file (lib/privacy): names, contacts and notes are
    // gone and the birth date is kept as a year (January 1).
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true }),
    // "last name first name" as the list searches and sorts it: lower case, no accents, punctuation as spaces
    // (passerelle_normalize_name, migration 0005; normalizeName in lib/persons/names.ts is the same).
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`passerelle_normalize_name(${persons.lastName} || ' ' || ${persons.firstName})`),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('persons_country_format', sql`${t.countryOfBirth} ~ '^[A-Z]{2}$'`),
    check('persons_citizenship_format', sql`${t.citizenship} IS NULL OR ${t.citizenship} ~ '^[A-Z]{2}$'`),
    check('persons_sharing_consent_dated', sql`${t.sharingConsent} = (${t.sharingConsentOn} IS NOT NULL)`),
    check('persons_anonymized_birth_year', sql`${t.anonymizedAt} IS NULL OR ${t.birthDate} = date_trunc('year', ${t.birthDate})::date`),
    check('persons_arrivals_in_order', sql`${t.arrivalInRegionOn} IS NULL OR ${t.arrivalInQuebecOn} IS NULL OR ${t.arrivalInRegionOn} >= ${t.arrivalInQuebecOn}`),
    // The list in name order, walked index-only (id for the scope, the MRC filter read from the index too).
    index('persons_search_name_idx').on(t.searchName, t.id, t.residenceMrcId),
    // The list's search: every word a substring of search_name (LIKE '%word%'), words of 3 letters or more.
    index('persons_search_name_trgm_idx').using('gin', t.searchName.op('gin_trgm_ops')),
    // The duplicate check at intake starts from the birth date.
    index('persons_birth_date_idx').on(t.birthDate),
    // The list's MRC filter: persons of an MRC with their id, index-only.
    index('persons_residence_mrc_idx').on(t.residenceMrcId, t.id),
  ],
);

export const accompanimentStatus = pgEnum('accompaniment_status', ACCOMPANIMENT_STATUSES);

export const closureReason = pgEnum('closure_reason', CLOSURE_REASONS);

/** One agent's follow-up of one person, from opening to closure, held by a service point. */
export const accompaniments = pgTable(
  'accompaniments',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => users.id),
    status: accompanimentStatus('status').notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    closureReason: closureReason('closure_reason'),
    needs: need('needs').array().notNull().default(sql`'{}'::need[]`),
    // When the agent plans to follow up next: the "due this week" list of the agent's home.
    nextFollowUpOn: date('next_follow_up_on'),
    // A reopening is a new accompaniment (a new interval: the figures of past periods do not move).
    reopenedFromId: uuid('reopened_from_id').references((): AnyPgColumn => accompaniments.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('accompaniments_closed_after_opened', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn}`),
    check(
      'accompaniments_closed_consistent',
      sql`(${t.status} = 'closed') = (${t.closedOn} IS NOT NULL) AND (${t.status} = 'closed') = (${t.closureReason} IS NOT NULL)`,
    ),
    // The scope of a person (personScope: a follow-up of theirs at a service point in scope) and the list's
    // follow-up criteria on it, answered from the index alone.
    index('accompaniments_person_scope_idx').on(t.personId, t.servicePointId, t.status, t.openedOn, t.closedOn, t.agentId, t.needs),
    // A service point's follow-ups by opening date: the list sorted by latest opening, the date filter.
    index('accompaniments_service_point_opened_idx').on(t.servicePointId, t.openedOn),
    // An agent's (open) follow-ups and their persons: the caseload, the list's agent filter.
    index('accompaniments_agent_status_idx').on(t.agentId, t.status, t.personId),
    index('accompaniments_dates_idx').on(t.openedOn, t.closedOn),
  ],
);

export const interventionKind = pgEnum('intervention_kind', INTERVENTION_KINDS);

/** One dated contact or service inside an accompaniment. */
export const interventions = pgTable(
  'interventions',
  {
    id: id(),
    accompanimentId: uuid('accompaniment_id')
      .notNull()
      .references(() => accompaniments.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    occurredOn: date('occurred_on').notNull(),
    kind: interventionKind('kind').notNull(),
    need: need('need'),
    durationMinutes: integer('duration_minutes'),
    notes: text('notes'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('interventions_duration_positive', sql`${t.durationMinutes} IS NULL OR ${t.durationMinutes} > 0`),
    index('interventions_accompaniment_idx').on(t.accompanimentId),
    index('interventions_occurred_idx').on(t.occurredOn),
  ],
);

export const sharedInformationKind = pgEnum('shared_information_kind', SHARED_INFORMATION_KINDS);
export const communicationBasis = pgEnum('communication_basis', COMMUNICATION_BASES);

export const referralStatus = pgEnum('referral_status', REFERRAL_STATUSES);
export const actionStatus = pgEnum('action_status', ACTION_STATUSES);

/** Sending a person to a partner organization, which needs the person's consent to share. */
export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    accompanimentId: uuid('accompaniment_id')
      .notNull()
      .references(() => accompaniments.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    need: need('need').notNull(),
    status: referralStatus('status').notNull().default('sent'),
    sharingConsentOn: date('sharing_consent_on').notNull(),
    sentOn: date('sent_on').notNull(),
    respondedOn: date('responded_on'),
    // What was communicated to the partner and on what basis (the communications register, A-2.1 s. 67.3).
    sharedInformation: sharedInformationKind('shared_information').array().notNull().default(sql`'{identity,contact_details,needs}'::shared_information_kind[]`),
    communicationBasis: communicationBasis('communication_basis').notNull().default('consent'),
    notes: text('notes'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('referrals_consent_before_sending', sql`${t.sharingConsentOn} <= ${t.sentOn}`),
    check('referrals_response_after_sending', sql`${t.respondedOn} IS NULL OR ${t.respondedOn} >= ${t.sentOn}`),
    index('referrals_accompaniment_idx').on(t.accompanimentId),
    index('referrals_partner_idx').on(t.partnerId),
    index('referrals_sent_idx').on(t.sentOn),
  ],
);

/** One line of an accompaniment's action plan: a need, the goal agreed with the person, where it stands. */
export const actionPlanItems = pgTable(
  'action_plan_items',
  {
    id: id(),
    accompanimentId: uuid('accompaniment_id')
      .notNull()
      .references(() => accompaniments.id),
    need: need('need').notNull(),
    goal: text('goal').notNull(),
    status: actionStatus('status').notNull().default('planned'),
    version: version(),
    ...timestamps,
  },
  (t) => [index('action_plan_items_accompaniment_idx').on(t.accompanimentId)],
);

/** An accompaniment handed to another agent or service point: the file leaves the old scope. */
export const accompanimentTransfers = pgTable(
  'accompaniment_transfers',
  {
    id: id(),
    accompanimentId: uuid('accompaniment_id')
      .notNull()
      .references(() => accompaniments.id),
    fromServicePointId: uuid('from_service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    fromAgentId: uuid('from_agent_id')
      .notNull()
      .references(() => users.id),
    toServicePointId: uuid('to_service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    toAgentId: uuid('to_agent_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    transferredOn: date('transferred_on').notNull(),
    transferredById: uuid('transferred_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('accompaniment_transfers_accompaniment_idx').on(t.accompanimentId)],
);

/**
 * A create that already happened: a double-clicked or replayed submit carries the same key (generated by the
 * form when it opens) and gets the first result back instead of a second record.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: uuid('key').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    action: text('action').notNull(),
    resultId: uuid('result_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
