import 'server-only';
import type { DbOrTx } from '@/db/client';
import { regionExists } from '@/lib/reference/queries';
import { getDefaultScope } from '@/lib/settings/queries';
import type { MetricsScope } from './period';
import { zodFieldErrors } from '@/lib/validation';
import { metricsScopeInput } from './scope-input';

export type ScopeResult = { ok: true; scope: MetricsScope } | { ok: false; errors: Record<string, string> };

/** Validates raw parameters (query string or form) and completes them with the default scope. */
export async function resolveMetricsScope(db: DbOrTx, raw: Record<string, string | undefined>): Promise<ScopeResult> {
  const parsed = metricsScopeInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error) };
  const defaults = await getDefaultScope(db);
  const scope = {
    from: parsed.data.from ?? defaults.from,
    to: parsed.data.to ?? defaults.to,
    regionCode: parsed.data.region ?? defaults.regionCode,
  };
  if (scope.from > scope.to) return { ok: false, errors: { [parsed.data.from ? 'from' : 'to']: 'must not be after "to"' } };
  if (!(await regionExists(db, scope.regionCode))) return { ok: false, errors: { region: `unknown region "${scope.regionCode}"` } };
  return { ok: true, scope };
}
