import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { CONSENT_EVENTS, CONSENT_KINDS, INCIDENT_RISK_LEVELS, RETENTION_RECORD_KINDS } from '../enums/privacy';
import { id, timestamps, version } from './columns';
import { persons } from './persons';
import { users } from './staff';

// Records the access act (A-2.1 as amended by Law 25) asks a public body to keep. lib/privacy reads and
// writes them; the privacy officer (role privacy_officer) reads them.

/** A correction of a person's identity (s. 89): who changed which field from what to what, and when. */
export const personCorrections = pgTable(
  'person_corrections',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    field: text('field').notNull(),
    // Erased (set to null) when the file is anonymized: a history must not outlive what it describes.
    oldValue: text('old_value'),
    newValue: text('new_value'),
    reason: text('reason'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_corrections_person_idx').on(t.personId, t.correctedAt)],
);

export const consentKind = pgEnum('consent_kind', CONSENT_KINDS);
export const consentEvent = pgEnum('consent_event', CONSENT_EVENTS);

/** Each consent given or withdrawn, with its date: the person's row holds only the current state. */
export const consentEvents = pgTable(
  'consent_events',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: consentKind('kind').notNull(),
    event: consentEvent('event').notNull(),
    effectiveOn: date('effective_on').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_events_person_idx').on(t.personId, t.effectiveOn)],
);

export const incidentRiskLevel = pgEnum('incident_risk_level', INCIDENT_RISK_LEVELS);

/** The register of confidentiality incidents (s. 63.11 and its regulation). */
export const confidentialityIncidents = pgTable(
  'confidentiality_incidents',
  {
    id: id(),
    // Description of the personal information concerned (or why it cannot be described).
    informationConcerned: text('information_concerned').notNull(),
    circumstances: text('circumstances').notNull(),
    occurredFrom: date('occurred_from').notNull(),
    occurredTo: date('occurred_to'),
    discoveredOn: date('discovered_on').notNull(),
    personsConcerned: integer('persons_concerned').notNull(),
    riskLevel: incidentRiskLevel('risk_level').notNull().default('not_assessed'),
    riskReasons: text('risk_reasons'),
    commissionNotifiedOn: date('commission_notified_on'),
    personsNotifiedOn: date('persons_notified_on'),
    measuresTaken: text('measures_taken'),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('confidentiality_incidents_period', sql`${t.occurredTo} IS NULL OR ${t.occurredTo} >= ${t.occurredFrom}`),
    check('confidentiality_incidents_persons', sql`${t.personsConcerned} >= 0`),
    index('confidentiality_incidents_discovered_idx').on(t.discoveredOn),
  ],
);

/** Each saved version of an incident, so the register keeps its history. */
export const incidentRevisions = pgTable(
  'incident_revisions',
  {
    id: id(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => confidentialityIncidents.id),
    version: integer('version').notNull(),
    changedById: uuid('changed_by_id')
      .notNull()
      .references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb('snapshot').notNull(),
  },
  (t) => [index('incident_revisions_incident_idx').on(t.incidentId, t.version)],
);

export const retentionRecordKind = pgEnum('retention_record_kind', RETENTION_RECORD_KINDS);

/** How long a kind of record is kept once its purpose is achieved (s. 73), and why. */
export const retentionRules = pgTable('retention_rules', {
  kind: retentionRecordKind('kind').primaryKey(),
  years: integer('years').notNull(),
  reason: text('reason').notNull(),
  version: version(),
  ...timestamps,
});

/** One run of the retention schedule, previewed or applied, from the screen or the command line. */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: id(),
    asOf: date('as_of').notNull(),
    applied: boolean('applied').notNull(),
    // Null when run from the command line (npm run privacy:retention).
    runById: uuid('run_by_id').references(() => users.id),
    filesDue: integer('files_due').notNull(),
    filesAnonymized: integer('files_anonymized').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('retention_runs_ran_idx').on(t.ranAt)],
);
