import type { Dashboard } from './dashboard';
import type { SuppressedCount } from './suppression';

// The dashboard as /api/v1/metrics?include=breakdowns answers it: codes and ids with the names of the ids,
// counts as numbers, a hidden count as `null` with `"hidden": true` (never its value). No links: the API's
// callers open lists through /api/v1/persons with the same filters.

const count = (value: SuppressedCount) => (value.hidden ? { count: null, hidden: true } : { count: value.value });

export function dashboardJson(dashboard: Dashboard) {
  const headline = Object.fromEntries(Object.entries(dashboard.headline).map(([name, figure]) => [name, { ...count(figure.current.count), previous: count(figure.previous) }]));
  return {
    previousPeriod: { from: dashboard.previousScope.from, to: dashboard.previousScope.to },
    headline,
    secondary: dashboard.secondary,
    breakdowns: Object.fromEntries(
      dashboard.breakdowns.map((breakdown) => [
        breakdown.dimension,
        { countsPersons: breakdown.countsPersons, cells: breakdown.cells.map((cell) => ({ key: cell.key, name: cell.label, ...count(cell.count) })) },
      ]),
    ),
  };
}
