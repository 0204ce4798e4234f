import { bigint, check, date, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import { id, timestamps, version } from './columns';
import { mrcs, partners } from './reference';
import { AGREEMENT_STATUSES, FUNDED_PROJECT_TYPES, FUNDING_PROGRAMS } from '../enums/agreements';

/** The ministry's funding programs: PAC, PASI (with its volets), PMD and others. */
export const fundingProgram = pgEnum('funding_program', FUNDING_PROGRAMS);

export const agreementStatus = pgEnum('agreement_status', AGREEMENT_STATUSES);

/** A funding agreement (entente) with a partner under one of the ministry's programs. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    reference: text('reference').notNull().unique(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    title: text('title').notNull(),
    program: fundingProgram('program').notNull(),
    // The program's volet (component), e.g. PASI's.
    programComponent: text('program_component'),
    deliverables: text('deliverables'),
    // Money in cents: exact, and no floating-point surprises in totals.
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    status: agreementStatus('status').notNull().default('draft'),
    signedOn: date('signed_on'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    // Title and reference as the list searches them: lower case, no accents, punctuation as spaces
    // (passerelle_normalize_name, migration 0005), so a search never runs translate() on every row.
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`passerelle_normalize_name(${agreements.title} || ' ' || ${agreements.reference})`),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('agreements_amount_positive', sql`${t.amountCents} >= 0`),
    check('agreements_ends_after_start', sql`${t.endsOn} >= ${t.startsOn}`),
    check('agreements_signed_has_date', sql`${t.status} IN ('draft', 'cancelled') OR ${t.signedOn} IS NOT NULL`),
    index('agreements_partner_idx').on(t.partnerId),
    index('agreements_signed_idx').on(t.signedOn),
  ],
);

/** The territories (MRCs) an agreement covers; a region is covered when one of its MRCs is. */
export const agreementTerritories = pgTable(
  'agreement_territories',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    mrcId: uuid('mrc_id')
      .notNull()
      .references(() => mrcs.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.mrcId] }), index('agreement_territories_mrc_idx').on(t.mrcId)],
);

export const fundedProjectType = pgEnum('funded_project_type', FUNDED_PROJECT_TYPES);

/** A local action paid for under an agreement. */
export const fundedProjects = pgTable(
  'funded_projects',
  {
    id: id(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    type: fundedProjectType('type').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    participants: integer('participants'),
    // The title as the projects list searches it (see agreements.search_text).
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`passerelle_normalize_name(${fundedProjects.title})`),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('funded_projects_ends_after_start', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
    check('funded_projects_participants_positive', sql`${t.participants} IS NULL OR ${t.participants} >= 0`),
    index('funded_projects_agreement_idx').on(t.agreementId),
    index('funded_projects_dates_idx').on(t.startsOn, t.endsOn),
  ],
);

export const fundedProjectTerritories = pgTable(
  'funded_project_territories',
  {
    fundedProjectId: uuid('funded_project_id')
      .notNull()
      .references(() => fundedProjects.id, { onDelete: 'cascade' }),
    mrcId: uuid('mrc_id')
      .notNull()
      .references(() => mrcs.id),
  },
  (t) => [primaryKey({ columns: [t.fundedProjectId, t.mrcId] }), index('funded_project_territories_mrc_idx').on(t.mrcId)],
);
