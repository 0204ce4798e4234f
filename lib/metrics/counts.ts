import 'server-only';
import { and, countDistinct, eq, gte, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { accompaniments, agreements, agreementTerritories, businesses, employerFiles, mrcs, servicePoints } from '@/db/schema';
import { headlineTotals } from './figures';
import type { MetricsScope } from './period';

// Each rule is defined once here, as a live query over the records: the definition that the kept spans
// (db/schema/metrics.ts, figureSpans), which every page reads through headlineMetrics, are proved equal to
// (tests/integration/figure-spans.test.ts). A follow-up counts for a period when its [opened, closed]
// interval overlaps it; an open one has no end.
function overlaps(openedOn: PgColumn, closedOn: PgColumn, scope: MetricsScope) {
  return and(lte(openedOn, scope.to), or(isNull(closedOn), gte(closedOn, scope.from)));
}

/**
 * "À ce jour, 114 personnes immigrantes de l'Abitibi-Témiscamingue ont été accompagnées par les agentes et
 * agents d'aide à l'intégration grâce à Accompagnement Québec."
 * Distinct persons with an accompaniment overlapping the period, held by a service point of the region.
 */
export async function countPersonsAccompanied(db: DbOrTx, scope: MetricsScope): Promise<number> {
  const [row] = await db
    .select({ value: countDistinct(accompaniments.personId) })
    .from(accompaniments)
    .innerJoin(servicePoints, eq(servicePoints.id, accompaniments.servicePointId))
    .where(and(eq(servicePoints.regionCode, scope.regionCode), overlaps(accompaniments.openedOn, accompaniments.closedOn, scope)));
  return row?.value ?? 0;
}

/**
 * "les conseillères et conseillers en immigration régionale en poste en Abitibi-Témiscamingue ont
 * accompagné 44 entreprises de la région."
 * Distinct businesses located in the region with an employer file overlapping the period.
 */
export async function countBusinessesAccompanied(db: DbOrTx, scope: MetricsScope): Promise<number> {
  const [row] = await db
    .select({ value: countDistinct(employerFiles.businessId) })
    .from(employerFiles)
    .innerJoin(businesses, eq(businesses.id, employerFiles.businessId))
    .innerJoin(mrcs, eq(mrcs.id, businesses.mrcId))
    .where(and(eq(mrcs.regionCode, scope.regionCode), overlaps(employerFiles.openedOn, employerFiles.closedOn, scope)));
  return row?.value ?? 0;
}

/**
 * "Les mesures mises en place par le [MIFI] ont également permis d'établir 10 ententes avec différents
 * partenaires du milieu."
 * Agreements covering the region (one of its MRCs), signed within the period, neither draft nor cancelled.
 */
export async function countAgreementsSigned(db: DbOrTx, scope: MetricsScope): Promise<number> {
  const regionMrcs = db.select({ id: mrcs.id }).from(mrcs).where(eq(mrcs.regionCode, scope.regionCode));
  const coveringRegion = db
    .select({ id: agreementTerritories.agreementId })
    .from(agreementTerritories)
    .where(inArray(agreementTerritories.mrcId, regionMrcs));
  const [row] = await db
    .select({ value: countDistinct(agreements.id) })
    .from(agreements)
    .where(
      and(
        inArray(agreements.id, coveringRegion),
        notInArray(agreements.status, ['draft', 'cancelled']),
        sql`${agreements.signedOn} BETWEEN ${scope.from} AND ${scope.to}`,
      ),
    );
  return row?.value ?? 0;
}

export interface HeadlineMetrics {
  personsAccompanied: number;
  businessesAccompanied: number;
  agreementsSigned: number;
}

/**
 * The three totals for the home page, the API and the bilan: one statement over the kept spans, a few
 * milliseconds whatever the data size, where the live rules above take a second at a million persons.
 */
export async function headlineMetrics(db: DbOrTx, scope: MetricsScope): Promise<HeadlineMetrics> {
  return headlineTotals(db, scope);
}
