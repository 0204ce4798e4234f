import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import type { HeadlineMetrics } from './counts';
import { drillsIntoEmployers, drillsIntoPersons, employersHref, personsHref } from './drill-down';
import { businessBreakdowns, headlineTotals, personBreakdowns, secondaryTotals, type BreakdownRow, type Dimension, type SecondaryTotals } from './figures';
import type { MetricsScope } from './period';
import { samePeriodLastYear } from './period-choices';
import { suppressCells, suppressCount, type SuppressedCount } from './suppression';

// The dashboard as data: every figure of a period and region for one viewer, counts of persons already
// suppressed (suppression.ts), each with the link to the records it counts when the viewer may open them.
// The page, the exports, the API and the bilan all read this, so they show the same numbers.
// Queries: 4 aggregate statements (persons, businesses, secondary totals, last year's headline totals), run
// in parallel, and at most 5 small label lookups by primary key.

export interface Figure {
  count: SuppressedCount;
  href: string | null;
}

export interface BreakdownCell extends Figure {
  key: string | null;
  label: string | null;
}

export interface Breakdown {
  dimension: Dimension;
  /** Counts persons: small cells are hidden. */
  countsPersons: boolean;
  cells: BreakdownCell[];
}

export interface Dashboard {
  scope: MetricsScope;
  previousScope: MetricsScope;
  headline: Record<keyof HeadlineMetrics, { current: Figure; previous: SuppressedCount }>;
  secondary: SecondaryTotals;
  breakdowns: Breakdown[];
}

const shown = (value: number): SuppressedCount => ({ value, hidden: false });

/** Cells sorted for display: shown ones by count, largest first, then hidden ones by key (their order must not hint at their size). */
function orderCells(cells: BreakdownCell[], dimension: Dimension): BreakdownCell[] {
  if (dimension === 'month') return cells;
  return [...cells].sort((a, b) => {
    if (a.count.hidden !== b.count.hidden) return a.count.hidden ? 1 : -1;
    if (!a.count.hidden && !b.count.hidden && a.count.value !== b.count.value) return b.count.value - a.count.value;
    return (a.label ?? a.key ?? '').localeCompare(b.label ?? b.key ?? '');
  });
}

function breakdown(dimension: Dimension, rows: BreakdownRow[], countsPersons: boolean, href: (key: string | null) => string | null): Breakdown {
  const counts = countsPersons ? suppressCells(rows.map((row) => row.value)) : rows.map((row) => shown(row.value));
  // A hidden count has no link: the list's row count would give back what "< 5" hides.
  const cells = rows.map((row, index) => ({ key: row.key, label: row.label, count: counts[index]!, href: counts[index]!.hidden ? null : href(row.key) }));
  return { dimension, countsPersons, cells: orderCells(cells, dimension) };
}

export async function getDashboard(db: DbOrTx, viewer: SessionUser, scope: MetricsScope): Promise<Dashboard> {
  const previousScope = { ...samePeriodLastYear(scope), regionCode: scope.regionCode };
  const [persons, businesses, secondary, previous] = await Promise.all([
    personBreakdowns(db, scope),
    businessBreakdowns(db, scope),
    secondaryTotals(db, scope),
    headlineTotals(db, previousScope),
  ]);
  const toPersons = drillsIntoPersons(viewer, scope);
  const toEmployers = drillsIntoEmployers(viewer, scope);
  const personLink = (dimension?: Dimension) => (key?: string | null) => (toPersons ? personsHref(scope, dimension, key) : null);
  const employerLink = (dimension?: Dimension) => (key?: string | null) => (toEmployers ? employersHref(scope, dimension, key) : null);
  return {
    scope,
    previousScope,
    headline: {
      personsAccompanied: {
        current: { count: suppressCount(persons.total), href: suppressCount(persons.total).hidden ? null : personLink()() },
        previous: suppressCount(previous.personsAccompanied),
      },
      businessesAccompanied: { current: { count: shown(businesses.total), href: employerLink()() }, previous: shown(previous.businessesAccompanied) },
      agreementsSigned: { current: { count: shown(secondary.agreementsSigned), href: null }, previous: shown(previous.agreementsSigned) },
    },
    secondary,
    breakdowns: [
      ...(['mrc', 'servicePoint', 'agent', 'month', 'need', 'country', 'category'] as const).map((dimension) =>
        breakdown(dimension, persons.rows[dimension], true, personLink(dimension)),
      ),
      ...(['businessMrc', 'adviser', 'sector'] as const).map((dimension) => breakdown(dimension, businesses.rows[dimension], false, employerLink(dimension))),
    ],
  };
}
