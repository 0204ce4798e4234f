import { fiscalYearContaining, type Period } from './period';

// The dashboard's quick choices of period. Pure (no database, no clock of its own): the page gives "today"
// (todayInQuebec) and the period shown, the unit test gives fixed days.

/** The regionalization project was announced in August 2019: the report counts from then. */
export const ANNOUNCEMENT_DATE = '2019-08-01';
/** The first fiscal year the app offers: the one of the announcement (2019-2020). */
const FIRST_FISCAL_YEAR = 2019;

export type PeriodChoice =
  | { kind: 'fiscalYear'; startYear: number; period: Period }
  | { kind: 'quarter'; startYear: number; quarter: 1 | 2 | 3 | 4; period: Period }
  | { kind: 'sinceAnnouncement'; period: Period };

/** Fiscal year starting April 1 of `startYear`. */
export function fiscalYear(startYear: number): Period {
  return { from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}

const QUARTER_BOUNDS = [
  ['04-01', '06-30', 0],
  ['07-01', '09-30', 0],
  ['10-01', '12-31', 0],
  ['01-01', '03-31', 1],
] as const;

/** Quarter 1 to 4 of the fiscal year starting in `startYear`: April-June, July-September, October-December, January-March. */
export function fiscalQuarter(startYear: number, quarter: 1 | 2 | 3 | 4): Period {
  const [from, to, yearOffset] = QUARTER_BOUNDS[quarter - 1]!;
  const year = startYear + yearOffset;
  return { from: `${year}-${from}`, to: `${year}-${to}` };
}

/** The quick choices: every fiscal year from 2019-2020 to today's (newest first), the quarters of the fiscal year the shown period starts in, and "since the announcement" up to today. */
export function periodChoices(today: string, shown: Period): PeriodChoice[] {
  const currentStart = Number(fiscalYearContaining(today).from.slice(0, 4));
  const years: PeriodChoice[] = [];
  for (let year = currentStart; year >= FIRST_FISCAL_YEAR; year -= 1) years.push({ kind: 'fiscalYear', startYear: year, period: fiscalYear(year) });
  const shownStart = Number(fiscalYearContaining(shown.from).from.slice(0, 4));
  const quarters = ([1, 2, 3, 4] as const).map((quarter): PeriodChoice => ({ kind: 'quarter', startYear: shownStart, quarter, period: fiscalQuarter(shownStart, quarter) }));
  return [{ kind: 'sinceAnnouncement', period: { from: ANNOUNCEMENT_DATE, to: today } }, ...years, ...quarters];
}

/** The same period one year earlier (February 29 becomes February 28): "the same period last year". */
export function samePeriodLastYear(period: Period): Period {
  return { from: yearEarlier(period.from), to: yearEarlier(period.to) };
}

function yearEarlier(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4)) - 1;
  const monthDay = isoDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/** The first and last day of each calendar month the period touches, clipped to the period. */
export function monthsOf(period: Period): Period[] {
  const months: Period[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  for (;;) {
    const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (first > period.to) break;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const last = `${first.slice(0, 8)}${String(lastDay).padStart(2, '0')}`;
    months.push({ from: first < period.from ? period.from : first, to: last > period.to ? period.to : last });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
