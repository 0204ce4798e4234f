import 'server-only';
import type { DbOrTx } from '@/db/client';
import { appSettings } from '@/db/schema';
import { fiscalYearContaining, type MetricsScope } from '@/lib/metrics/period';

export function todayInQuebec(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
}

/** The period and region the home page and the API use when none is given. */
export async function getDefaultScope(db: DbOrTx): Promise<MetricsScope> {
  const [settings] = await db.select().from(appSettings).limit(1);
  const fiscalYear = fiscalYearContaining(todayInQuebec());
  return {
    regionCode: settings?.defaultRegionCode ?? '08',
    from: settings?.defaultPeriodFrom ?? fiscalYear.from,
    to: settings?.defaultPeriodTo ?? fiscalYear.to,
  };
}
