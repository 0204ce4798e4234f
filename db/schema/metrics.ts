import { sql } from 'drizzle-orm';
import { customType, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { servicePoints } from './reference';

/** A PostgreSQL daterange, read and written as its text form ('[2020-01-02,2020-03-01)'). */
const dateRange = customType<{ data: string }>({ dataType: () => 'daterange' });

/**
 * Per-day, per-service-point counts of the dashboard's additive figures, kept by triggers in the same
 * transaction as every write to interventions, referrals and accompaniments (migration 0011), so that
 * "interventions in the period" and "referrals by outcome" read a few hundred rows instead of millions
 * (README, Dashboard: Performance). tests/integration/daily-counts.test.ts proves them equal to the live
 * aggregates after every kind of write.
 */
export const dailyServicePointCounts = pgTable(
  'daily_service_point_counts',
  {
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    day: date('day').notNull(),
    // Interventions dated that day in follow-ups held by the service point.
    interventions: integer('interventions').notNull().default(0),
    // Referrals sent that day from follow-ups held by the service point, by their status today.
    referralsSent: integer('referrals_sent').notNull().default(0),
    referralsAccepted: integer('referrals_accepted').notNull().default(0),
    referralsCompleted: integer('referrals_completed').notNull().default(0),
    referralsDeclined: integer('referrals_declined').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.day] })],
);

/**
 * What each person and each business counts for in the dashboard's breakdowns of "persons accompanied" and
 * "businesses accompanied", kept by triggers in the same transaction as every write to accompaniments,
 * persons, service points, employer files and businesses (migration 0013), so that a count of distinct
 * persons or businesses over any period reads a few thousand summary rows instead of joining every follow-up
 * to its person (README, Dashboard: Performance).
 *
 * For each subject (a person or a business), region and cell (a dimension and its key: the total, an MRC, a
 * service point, an agent, a need, ...), the days the subject counts there are the union of the matching
 * follow-ups' [opened, closed] intervals (the opening day alone for the month of opening). A span is that
 * union's first and last day; a gap is a stretch of days between two of its runs. The subject counts for a
 * period [from, to] exactly when its span overlaps it and no gap holds the whole period, so
 *   count(cell, from, to) = spans starting on or before `to` − spans ending before `from` − gaps holding [from, to],
 * the first two read from per-month and per-day edge counts, the third from a small range-indexed table.
 * tests/integration/figure-spans.test.ts proves this equal to the live aggregates after every kind of write.
 */
export const figureSpans = pgTable(
  'figure_spans',
  {
    subjectId: uuid('subject_id').notNull(),
    // 'person' or 'business'.
    subject: text('subject').notNull(),
    regionCode: text('region_code').notNull(),
    dimension: text('dimension').notNull(),
    // An id, a code or a month (YYYY-MM); '' when the attribute is not recorded, and for the totals.
    key: text('key').notNull(),
    startsOn: date('starts_on').notNull(),
    // 'infinity' while a follow-up of the span is open.
    endsOn: date('ends_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subjectId, t.subject, t.regionCode, t.dimension, t.key] })],
);

/** The stretches of days between two runs of a span (see figureSpans), as [first day, last day + 1). */
export const figureGaps = pgTable(
  'figure_gaps',
  {
    subjectId: uuid('subject_id').notNull(),
    subject: text('subject').notNull(),
    regionCode: text('region_code').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    gap: dateRange('gap').notNull(),
  },
  (t) => [
    index('figure_gaps_subject_idx').on(t.subjectId, t.subject),
    // One range index per subject: the gaps that hold a period are looked up for persons or for businesses.
    index('figure_gaps_person_gap_idx').using('gist', t.gap).where(sql`${t.subject} = 'person'`),
    index('figure_gaps_business_gap_idx').using('gist', t.gap).where(sql`${t.subject} = 'business'`),
  ],
);

/**
 * How many spans start and end on each day and in each month, per region and cell (see figureSpans):
 * "spans ending before `from`" is the months before `from`'s month plus the days of its month before it.
 * The dimensions of persons and of businesses have distinct names, so a cell needs no subject.
 */
export const figureEdges = pgTable(
  'figure_edges',
  {
    regionCode: text('region_code').notNull(),
    // 'month' rows count a whole month, on its first day; 'day' rows count one day.
    granularity: text('granularity').notNull(),
    day: date('day').notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    starts: integer('starts').notNull().default(0),
    ends: integer('ends').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.granularity, t.day, t.dimension, t.key] })],
);
