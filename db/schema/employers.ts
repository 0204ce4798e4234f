import { check, date, index, integer, pgEnum, pgTable, text, uuid, varchar, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import {
  BUSINESS_SIZE_BANDS,
  EMPLOYER_FILE_CLOSURE_REASONS,
  EMPLOYER_FILE_STATUSES,
  HIRING_NEED_STATUSES,
  INTERACTION_KINDS,
  NAICS_SECTORS,
  RECRUITMENT_CHANNELS,
} from '../enums/employers';
import { id, timestamps, version } from './columns';
import { mrcs, servicePoints } from './reference';
import { users } from './staff';
import { persons } from './persons';

export const businessSizeBand = pgEnum('business_size_band', BUSINESS_SIZE_BANDS);
export const recruitmentChannel = pgEnum('recruitment_channel', RECRUITMENT_CHANNELS);

const naicsList = sql.raw(NAICS_SECTORS.map((code) => `'${code}'`).join(', '));

/** An employer, identified by its NEQ (Quebec enterprise number). */
export const businesses = pgTable(
  'businesses',
  {
    id: id(),
    legalName: text('legal_name').notNull(),
    neq: varchar('neq', { length: 10 }).notNull().unique(),
    // SCIAN/NAICS 2-digit sector (db/enums/employers.ts).
    naicsSector: varchar('naics_sector', { length: 2 }).notNull(),
    sizeBand: businessSizeBand('size_band'),
    mrcId: uuid('mrc_id')
      .notNull()
      .references(() => mrcs.id),
    // The municipality.
    city: text('city').notNull(),
    address: text('address'),
    postalCode: varchar('postal_code', { length: 7 }),
    // The legal name as the search and the duplicate check compare it: lower case, no accents.
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`passerelle_normalize_name(${businesses.legalName})`),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('businesses_neq_format', sql`${t.neq} ~ '^[0-9]{10}$'`),
    check('businesses_naics_sector', sql`${t.naicsSector} IN (${naicsList})`),
    index('businesses_mrc_idx').on(t.mrcId),
    // The employer files list in name order walks the businesses by name (README, Benchmarks): without it,
    // a region's businesses were sorted whole on every page (260 ms at --scale 20).
    index('businesses_search_name_idx').on(t.searchName, t.id),
    index('businesses_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
  ],
);

/** A person to talk to at a business. */
export const businessContacts = pgTable(
  'business_contacts',
  {
    id: id(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    version: version(),
    ...timestamps,
  },
  (t) => [index('business_contacts_business_idx').on(t.businessId)],
);

export const employerFileStatus = pgEnum('employer_file_status', EMPLOYER_FILE_STATUSES);
export const employerFileClosureReason = pgEnum('employer_file_closure_reason', EMPLOYER_FILE_CLOSURE_REASONS);

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
    closureReason: employerFileClosureReason('closure_reason'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    // Where the employer is ready to look for candidates (interregional mobility: immigrants settled
    // elsewhere in Quebec).
    recruitmentChannels: recruitmentChannel('recruitment_channels').array().notNull().default(sql`'{}'::recruitment_channel[]`),
    notes: text('notes'),
    // A reopening is a new file (a new interval: the figures of past periods do not move).
    reopenedFromId: uuid('reopened_from_id').references((): AnyPgColumn => employerFiles.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('employer_files_closed_after_opened', sql`${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn}`),
    check('employer_files_closed_consistent', sql`(${t.status} = 'closed') = (${t.closedOn} IS NOT NULL)`),
    check('employer_files_closure_reason', sql`(${t.status} = 'closed') = (${t.closureReason} IS NOT NULL)`),
    index('employer_files_business_idx').on(t.businessId),
    // The adviser's open files (their home) without reading their closed ones; serves the adviser filter too.
    index('employer_files_adviser_status_idx').on(t.adviserId, t.status),
    index('employer_files_service_point_idx').on(t.servicePointId),
    index('employer_files_dates_idx').on(t.openedOn, t.closedOn),
  ],
);

export const hiringNeedStatus = pgEnum('hiring_need_status', HIRING_NEED_STATUSES);

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
    wantedStartOn: date('wanted_start_on'),
    status: hiringNeedStatus('status').notNull().default('open'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('hiring_needs_noc_format', sql`${t.nocCode} ~ '^[0-9]{5}$'`),
    check('hiring_needs_positions_positive', sql`${t.positions} > 0`),
    index('hiring_needs_employer_file_idx').on(t.employerFileId),
  ],
);

export const interactionKind = pgEnum('interaction_kind', INTERACTION_KINDS);

/** The log of an employer file: a call, a visit, a job fair. */
export const employerInteractions = pgTable(
  'employer_interactions',
  {
    id: id(),
    employerFileId: uuid('employer_file_id')
      .notNull()
      .references(() => employerFiles.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    occurredOn: date('occurred_on').notNull(),
    kind: interactionKind('kind').notNull(),
    notes: text('notes'),
    version: version(),
    ...timestamps,
  },
  (t) => [index('employer_interactions_file_date_idx').on(t.employerFileId, t.occurredOn)],
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
    // How the person was recruited; interregional mobility: moved from another Quebec region for this job.
    channel: recruitmentChannel('channel').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    index('hires_employer_file_idx').on(t.employerFileId),
    index('hires_person_idx').on(t.personId),
    index('hires_hired_idx').on(t.hiredOn),
  ],
);
