import { boolean, check, date, index, integer, pgEnum, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import { id, timestamps, version } from './columns';
import { PARTNER_KINDS } from '../enums/agreements';

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
    version: version(),
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
    // Opening hours as shown to the public, e.g. "Lundi au vendredi, 8 h 30 à 12 h et 13 h à 16 h 30".
    hours: text('hours'),
    active: boolean('active').notNull().default(true),
    version: version(),
    ...timestamps,
  },
  (t) => [index('service_points_region_idx').on(t.regionCode), index('service_points_mrc_idx').on(t.mrcId)],
);

export const partnerKind = pgEnum('partner_kind', PARTNER_KINDS);

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
    // What the partner offers and where, as the directory and the bilan show it.
    services: text('services'),
    territory: text('territory'),
    address: text('address'),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    // Listed in the bilan among the resources that accompany immigrants.
    listedAsResource: boolean('listed_as_resource').notNull().default(false),
    // An inactive partner stays on past referrals and agreements but receives no new referral.
    active: boolean('active').notNull().default(true),
    // Normalized as the directory and the agreements list search them (passerelle_normalize_name, migration
    // 0005): the name alone (agreements searched by partner), and with the services and the territory.
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`passerelle_normalize_name(${partners.name})`),
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`passerelle_normalize_name(${partners.name} || ' ' || coalesce(${partners.services}, '') || ' ' || coalesce(${partners.territory}, ''))`),
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
    // The shared contact line of the region's service points, printed in the bilan.
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
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
