import { check, date, index, integer, pgEnum, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, version } from './columns';
import { mrcs, partners, servicePoints } from './reference';
import { users } from './staff';

export const immigrationStatus = pgEnum('immigration_status', [
  'permanent_resident',
  'temporary_foreign_worker',
  'international_student',
  'refugee',
  'asylum_seeker',
  'naturalized_citizen',
  'other',
]);

export const need = pgEnum('need', [
  'installation_housing',
  'francization',
  'employment',
  'skills_recognition',
  'schooling',
  'health',
  'community_life',
]);
export type Need = (typeof need.enumValues)[number];

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
    immigrationStatus: immigrationStatus('immigration_status').notNull(),
    arrivalInQuebecOn: date('arrival_in_quebec_on'),
    residenceMrcId: uuid('residence_mrc_id').references(() => mrcs.id),
    email: text('email'),
    phone: text('phone'),
    // Consent to the collection of personal information (A-2.1 s. 64): required before any record.
    collectionConsentOn: date('collection_consent_on').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('persons_country_format', sql`${t.countryOfBirth} ~ '^[A-Z]{2}$'`),
    index('persons_name_idx').on(t.lastName, t.firstName),
    index('persons_residence_mrc_idx').on(t.residenceMrcId),
  ],
);

export const accompanimentStatus = pgEnum('accompaniment_status', ['open', 'closed']);

export const closureReason = pgEnum('closure_reason', [
  'goals_met',
  'moved_out_of_region',
  'person_withdrew',
  'lost_contact',
  'referred_elsewhere',
  'other',
]);

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
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('accompaniments_closed_after_opened', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn}`),
    check(
      'accompaniments_closed_consistent',
      sql`(${t.status} = 'closed') = (${t.closedOn} IS NOT NULL) AND (${t.status} = 'closed') = (${t.closureReason} IS NOT NULL)`,
    ),
    index('accompaniments_person_idx').on(t.personId),
    index('accompaniments_service_point_idx').on(t.servicePointId),
    index('accompaniments_agent_idx').on(t.agentId),
    index('accompaniments_dates_idx').on(t.openedOn, t.closedOn),
  ],
);

export const interventionKind = pgEnum('intervention_kind', [
  'meeting',
  'phone_call',
  'email',
  'group_session',
  'accompaniment_to_service',
  'other',
]);

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

export const referralStatus = pgEnum('referral_status', ['sent', 'accepted', 'completed', 'declined']);

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
