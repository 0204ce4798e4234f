import { boolean, check, date, index, integer, pgEnum, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, version } from './columns';

/** Quebec's numbered administrative regions (07 Outaouais, 08 Abitibi-Témiscamingue, 10 Nord-du-Québec). */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 2 }).primaryKey(),
    name: text('name').notNull(),
  },
  (t) => [check('regions_code_format', sql`${t.code} ~ '^[0-9]{2}$'`)],
);

/** Regional county municipalities (MRC) and equivalent territories. */
export const mrcs = pgTable(
  'mrcs',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
  },
  (t) => [index('mrcs_region_idx').on(t.regionCode)],
);

/** A Services Québec office where staff work and people are received. */
export const servicePoints = pgTable(
  'service_points',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    city: text('city').notNull(),
    postalCode: varchar('postal_code', { length: 7 }),
    regionCode: varchar('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    mrcId: uuid('mrc_id')
      .notNull()
      .references(() => mrcs.id),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    active: boolean('active').notNull().default(true),
    version: version(),
    ...timestamps,
  },
  (t) => [index('service_points_region_idx').on(t.regionCode), index('service_points_mrc_idx').on(t.mrcId)],
);

export const partnerKind = pgEnum('partner_kind', [
  'youth_employment_centre',
  'community_organization',
  'municipality',
  'mrc',
  'school',
  'other',
]);

/** Partner organizations (resources) to which persons are referred and with which agreements are signed. */
export const partners = pgTable(
  'partners',
  {
    id: id(),
    name: text('name').notNull().unique(),
    kind: partnerKind('kind').notNull(),
    regionCode: varchar('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    mrcId: uuid('mrc_id').references(() => mrcs.id),
    email: text('email'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    version: version(),
    ...timestamps,
  },
  (t) => [index('partners_region_idx').on(t.regionCode)],
);

/**
 * Application settings: a single row. A null default period means "the current fiscal year"
 * (April 1 to March 31), computed when the page is shown.
 */
export const appSettings = pgTable(
  'app_settings',
  {
    id: integer('id').primaryKey().default(1),
    defaultRegionCode: varchar('default_region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    defaultPeriodFrom: date('default_period_from'),
    defaultPeriodTo: date('default_period_to'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('app_settings_single_row', sql`${t.id} = 1`),
    check(
      'app_settings_period_complete',
      sql`(${t.defaultPeriodFrom} IS NULL) = (${t.defaultPeriodTo} IS NULL) AND (${t.defaultPeriodFrom} IS NULL OR ${t.defaultPeriodFrom} <= ${t.defaultPeriodTo})`,
    ),
  ],
);
