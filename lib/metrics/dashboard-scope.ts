import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';
import { can } from '@/lib/authz';
import { getDefaultScope } from '@/lib/settings/queries';
import type { MetricsScope } from './period';
import { resolveMetricsScope } from './resolve-scope';

// Which period and region a viewer's dashboard shows. A manager sees their own region only (their
// supervision scope, lib/authz.ts RECORD_SCOPES); an admin may choose any region. A bad value is an
// error naming the field, never a silent fallback to the defaults.

export type DashboardScopeResult =
  | { ok: true; scope: MetricsScope; regionChoice: boolean }
  | { ok: false; errors: Record<string, string>; regionChoice: boolean };

/** May this viewer read the dashboard of any region (true) or only their own (false)? */
export function choosesRegion(user: SessionUser): boolean {
  return user.role === 'admin';
}

export async function resolveDashboardScope(db: DbOrTx, user: SessionUser, raw: Record<string, unknown>): Promise<DashboardScopeResult> {
  const regionChoice = choosesRegion(user);
  if (!can(user.role, 'dashboard:read')) return { ok: false, errors: { region: 'outsideScope' }, regionChoice };
  // A repeated parameter (an array) is refused by name, like any other bad value.
  const repeated = Object.entries(raw)
    .filter(([, value]) => Array.isArray(value))
    .map(([key]) => key);
  if (repeated.length > 0) return { ok: false, errors: Object.fromEntries(repeated.map((key) => [key, 'repeated'])), regionChoice };
  const ownRegion = user.regionCode;
  if (!regionChoice) {
    if (!ownRegion) return { ok: false, errors: { region: 'outsideScope' }, regionChoice };
    if (raw.region !== undefined && raw.region !== ownRegion) return { ok: false, errors: { region: 'outsideScope' }, regionChoice };
  }
  const result = await resolveMetricsScope(db, { ...raw, region: raw.region ?? (regionChoice ? undefined : ownRegion) });
  return result.ok ? { ok: true, scope: result.scope, regionChoice } : { ok: false, errors: result.errors, regionChoice };
}

/** The period the form shows when the URL's was refused: what was typed if it is text, else the default. */
export async function enteredScope(db: DbOrTx, user: SessionUser, raw: Record<string, unknown>): Promise<MetricsScope> {
  const defaults = await getDefaultScope(db);
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  return {
    from: text(raw.from, defaults.from),
    to: text(raw.to, defaults.to),
    regionCode: choosesRegion(user) ? text(raw.region, defaults.regionCode) : (user.regionCode ?? defaults.regionCode),
  };
}
