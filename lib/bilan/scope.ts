import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import type { MetricsScope } from '@/lib/metrics/period';
import { resolveMetricsScope, type ScopeResult } from '@/lib/metrics/resolve-scope';

/** What the bilan is asked for: the URL's from, to and region, each optional (strings, or arrays when repeated). */
export interface BilanRequest {
  from?: unknown;
  to?: unknown;
  region?: unknown;
}

/**
 * The bilan's period and region: the metrics scope's rules (a real, ordered period; a known region), with
 * the region bound to the reader's role: a manager reports on their own region (it is also their default),
 * an admin on any. A bad value is an error naming its field, never silently the defaults.
 */
export async function resolveBilanScope(db: DbOrTx, user: SessionUser, request: BilanRequest): Promise<ScopeResult> {
  const ownRegion = user.role === 'manager' ? user.regionCode : null;
  const result = await resolveMetricsScope(db, { from: request.from, to: request.to, region: request.region ?? ownRegion ?? undefined });
  if (result.ok && ownRegion && result.scope.regionCode !== ownRegion) return { ok: false, errors: { region: 'outsideYourRegion' } };
  return result;
}

/** The regions a reader may pick in the bilan's form. */
export function bilanRegionsFor<R extends { code: string }>(user: SessionUser, regions: R[]): R[] {
  return user.role === 'manager' ? regions.filter((region) => region.code === user.regionCode) : regions;
}

export type { MetricsScope };
