import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { personsListParams } from '@/lib/persons/list-params';
import type { Dimension } from './figures';
import type { MetricsScope } from './period';

// Where a figure leads: the list of the records it counts, with the filters that select exactly them.
// Only for a viewer who may read those records in that region (a manager, their region): an admin reads
// no case content, so their figures are not links. The list applies the viewer's scope itself anyway.

/** May this viewer open the persons behind the figures of this region? */
export function drillsIntoPersons(user: SessionUser, scope: MetricsScope): boolean {
  return can(user.role, 'person:read') && user.role === 'manager' && user.regionCode === scope.regionCode;
}

/** May this viewer open the employer files behind the figures of this region? */
export function drillsIntoEmployers(user: SessionUser, scope: MetricsScope): boolean {
  return can(user.role, 'employer:read') && user.role === 'manager' && user.regionCode === scope.regionCode;
}

/**
 * The persons list (/persons) of the persons accompanied in the period (a follow-up in the manager's
 * region overlapping it: activeFrom/activeTo), narrowed to one cell of a breakdown.
 */
export function personsHref(scope: MetricsScope, dimension?: Dimension, key?: string | null): string | null {
  const base = { activeFrom: scope.from, activeTo: scope.to };
  switch (dimension) {
    case undefined:
      return personsListParams.serialize('/persons', base);
    case 'mrc':
      return key ? personsListParams.serialize('/persons', { ...base, mrc: key }) : null;
    case 'servicePoint':
      return key ? personsListParams.serialize('/persons', { ...base, servicePoint: key }) : null;
    case 'agent':
      return key ? personsListParams.serialize('/persons', { ...base, agent: key }) : null;
    case 'need':
      return key ? personsListParams.serialize('/persons', { ...base, need: key }) : null;
    case 'country':
      return key ? personsListParams.serialize('/persons', { ...base, country: key }) : null;
    case 'category':
      return key ? personsListParams.serialize('/persons', { ...base, category: key }) : null;
    case 'month': {
      if (!key) return null;
      // Follow-ups opened that month (within the period): the month's first and last days, clipped to it.
      const [year, month] = key.split('-').map(Number) as [number, number];
      const first = `${key}-01`;
      const last = `${key}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
      return personsListParams.serialize('/persons', {
        ...base,
        openedFrom: first < scope.from ? scope.from : first,
        openedTo: last > scope.to ? scope.to : last,
      });
    }
    default:
      return null;
  }
}

/**
 * The employer files list (/employers, built on branch `employers`) of the files of businesses of the
 * region overlapping the period (from/to), narrowed to one cell: mrc (the business's), adviser, sector.
 */
export function employersHref(scope: MetricsScope, dimension?: Dimension, key?: string | null): string | null {
  const params = new URLSearchParams({ from: scope.from, to: scope.to });
  if (dimension !== undefined) {
    if (!key) return null;
    const name = dimension === 'businessMrc' ? 'mrc' : dimension === 'adviser' ? 'adviser' : dimension === 'sector' ? 'sector' : null;
    if (!name) return null;
    params.set(name, key);
  }
  return `/employers?${params.toString()}`;
}
