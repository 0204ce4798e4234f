import 'server-only';
import type { DbOrTx } from '@/db/client';
import { regionExists } from '@/lib/reference/queries';
import { getDefaultScope } from '@/lib/settings/queries';
import type { MetricsScope } from './period';
import { zodFieldErrors } from '@/lib/validation';
import { metricsScopeInput } from './scope-input';

export type ScopeResult = { ok: true; scope: MetricsScope } | { ok: false; errors: Record<string, string> };

/** Validates raw parameters (query string or form) and completes them with the default scope. */
export async function resolveMetricsScope(db: DbOrTx, raw: Record<string, unknown>): Promise<ScopeResult> {
  const parsed = metricsScopeInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error) };
  const defaults = await getDefaultScope(db);
  const scope = {
    from: parsed.data.from ?? defaults.from,
    to: parsed.data.to ?? defaults.to,
    regionCode: parsed.data.region ?? defaults.regionCode,
  };
  // Only one end was given and it crosses the default other end: blame the end that was given.
  if (scope.from > scope.to) return { ok: false, errors: parsed.data.from ? { from: 'notAfterTo' } : { to: 'notBeforeFrom' } };
  if (!(await regionExists(db, scope.regionCode))) return { ok: false, errors: { region: 'unknownRegion' } };
  return { ok: true, scope };
}
