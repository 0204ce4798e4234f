import { boolean, check, date, index, integer, pgEnum, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, version } from './columns';
import { mrcs, servicePoints } from './reference';
import { users } from './staff';
import { persons } from './persons';

export const businessSector = pgEnum('business_sector', [
  'mining',
  'forestry',
  'agriculture',
  'manufacturing',
  'construction',
  'health_social',
  'education',
  'retail',
  'accommodation_food',
  'transportation',
  'professional_services',
  'public_administration',
  'other',
]);

/** An employer, identified by its NEQ (Quebec enterprise number). */
export const businesses = pgTable(
  'businesses',
  {
    id: id(),
    legalName: text('legal_name').notNull(),
    neq: varchar('neq', { length: 10 }).notNull().unique(),
    sector: businessSector('sector').notNull(),
    mrcId: uuid('mrc_id')
      .notNull()
      .references(() => mrcs.id),
    city: text('city').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [check('businesses_neq_format', sql`${t.neq} ~ '^[0-9]{10}$'`), index('businesses_mrc_idx').on(t.mrcId)],
);

export const employerFileStatus = pgEnum('employer_file_status', ['open', 'closed']);

/** One adviser's follow-up of one business's recruitment needs. */
export const employerFiles = pgTable(
  'employer_files',
  {
    id: id(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
    adviserId: uuid('adviser_id')
      .notNull()
      .references(() => users.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    status: employerFileStatus('status').notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    // The employer is open to recruiting immigrants already settled elsewhere in Quebec.
    interregionalMobility: boolean('interregional_mobility').notNull().default(false),
    notes: text('notes'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('employer_files_closed_after_opened', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn}`),
    check('employer_files_closed_consistent', sql`(${t.status} = 'closed') = (${t.closedOn} IS NOT NULL)`),
    index('employer_files_business_idx').on(t.businessId),
    index('employer_files_adviser_idx').on(t.adviserId),
    index('employer_files_service_point_idx').on(t.servicePointId),
    index('employer_files_dates_idx').on(t.openedOn, t.closedOn),
  ],
);

/** A job to fill in an employer file. */
export const hiringNeeds = pgTable(
  'hiring_needs',
  {
    id: id(),
    employerFileId: uuid('employer_file_id')
      .notNull()
      .references(() => employerFiles.id),
    jobTitle: text('job_title').notNull(),
    // National Occupational Classification 2021 code.
    nocCode: varchar('noc_code', { length: 5 }).notNull(),
    positions: integer('positions').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('hiring_needs_noc_format', sql`${t.nocCode} ~ '^[0-9]{5}$'`),
    check('hiring_needs_positions_positive', sql`${t.positions} > 0`),
    index('hiring_needs_employer_file_idx').on(t.employerFileId),
  ],
);

/** A position filled; linked to an accompanied person only with that person's consent. */
export const hires = pgTable(
  'hires',
  {
    id: id(),
    employerFileId: uuid('employer_file_id')
      .notNull()
      .references(() => employerFiles.id),
    hiringNeedId: uuid('hiring_need_id').references(() => hiringNeeds.id),
    personId: uuid('person_id').references(() => persons.id),
    hiredOn: date('hired_on').notNull(),
    jobTitle: text('job_title').notNull(),
    // The person moved from another Quebec region for this job (interregional mobility).
    fromOtherRegion: boolean('from_other_region').notNull().default(false),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('hires_employer_file_idx').on(t.employerFileId),
    index('hires_person_idx').on(t.personId),
    index('hires_hired_idx').on(t.hiredOn),
  ],
);
