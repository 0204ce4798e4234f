/** A reporting period: both ends included, ISO dates (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

export interface MetricsScope extends Period {
  regionCode: string;
}

/** Quebec's fiscal year runs April 1 to March 31: the period a "bilan" covers by default. */
export function fiscalYearContaining(isoDate: string): Period {
  const year = Number(isoDate.slice(0, 4));
  const startYear = isoDate.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}
