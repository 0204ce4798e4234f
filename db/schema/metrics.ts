import { date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { servicePoints } from './reference';

/**
 * Per-day, per-service-point counts of the dashboard's additive figures, kept by triggers in the same
 * transaction as every write to interventions, referrals and accompaniments (migration 0008), so that
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
