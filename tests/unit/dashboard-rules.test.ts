import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalQuarter, fiscalYear, monthsOf, periodChoices, samePeriodLastYear } from '@/lib/metrics/period-choices';
import { HIDDEN_TEXT, suppressCells, suppressCount } from '@/lib/metrics/suppression';

describe('small-cell suppression', () => {
  it('hides counts of 1 to 4 persons and shows 0 and 5 and more', () => {
    expect([0, 1, 2, 3, 4, 5, 114].map((value) => suppressCount(value).hidden)).toEqual([false, true, true, true, true, false, false]);
    expect(HIDDEN_TEXT).toBe('< 5');
  });

  it('hides a second cell when only one is small, so the total minus the others does not give it back', () => {
    const cells = suppressCells([40, 3, 12, 0, 9]);
    expect(cells.map((cell) => (cell.hidden ? cell.reason : cell.value))).toEqual([40, 'small', 12, 0, 'complementary']);
  });

  it('hides nothing more when two cells or more are already small', () => {
    expect(suppressCells([40, 3, 2, 9]).map((cell) => cell.hidden)).toEqual([false, true, true, false]);
  });

  it('leaves a breakdown without small cells untouched', () => {
    expect(suppressCells([40, 5, 0]).map((cell) => cell.value)).toEqual([40, 5, 0]);
  });

  it('never lets a hidden cell be recovered by subtracting the shown cells from the total', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 12 }), (values) => {
        const total = values.reduce((sum, value) => sum + value, 0);
        const cells = suppressCells(values);
        const hidden = cells.filter((cell) => cell.hidden).length;
        // A total of 1 to 4 is itself hidden; otherwise no lone hidden cell is left for subtraction.
        if (suppressCount(total).hidden) return true;
        expect(hidden === 0 || hidden >= 2).toBe(true);
        // The shown cells are exactly the original values.
        cells.forEach((cell, index) => {
          if (!cell.hidden) expect(cell.value).toBe(values[index]);
        });
        return true;
      }),
    );
  });
});

describe('period quick choices', () => {
  it('gives fiscal years April 1 to March 31 and their quarters', () => {
    expect(fiscalYear(2019)).toEqual({ from: '2019-04-01', to: '2020-03-31' });
    expect([1, 2, 3, 4].map((q) => fiscalQuarter(2019, q as 1 | 2 | 3 | 4))).toEqual([
      { from: '2019-04-01', to: '2019-06-30' },
      { from: '2019-07-01', to: '2019-09-30' },
      { from: '2019-10-01', to: '2019-12-31' },
      { from: '2020-01-01', to: '2020-03-31' },
    ]);
  });

  it('offers since the announcement, each fiscal year from 2019-2020 to today’s, and the shown year’s quarters', () => {
    const choices = periodChoices('2026-11-27', { from: '2019-08-01', to: '2020-03-31' });
    expect(choices[0]).toEqual({ kind: 'sinceAnnouncement', period: { from: '2019-08-01', to: '2026-11-27' } });
    const years = choices.filter((c) => c.kind === 'fiscalYear').map((c) => c.period.from);
    expect(years).toEqual(['2026-04-01', '2025-04-01', '2024-04-01', '2023-04-01', '2022-04-01', '2021-04-01', '2020-04-01', '2019-04-01']);
    expect(choices.filter((c) => c.kind === 'quarter').map((c) => c.period.from)).toEqual(['2019-04-01', '2019-07-01', '2019-10-01', '2020-01-01']);
    // March 31 still belongs to the fiscal year that started the April before.
    expect(periodChoices('2027-03-31', { from: '2027-01-01', to: '2027-03-31' }).filter((c) => c.kind === 'quarter')[0]!.period.from).toBe('2026-04-01');
  });

  it('shifts a period one year back, February 29 to February 28', () => {
    expect(samePeriodLastYear({ from: '2019-08-01', to: '2020-03-31' })).toEqual({ from: '2018-08-01', to: '2019-03-31' });
    expect(samePeriodLastYear({ from: '2020-02-01', to: '2020-02-29' })).toEqual({ from: '2019-02-01', to: '2019-02-28' });
  });

  it('cuts a period into its months, clipped to its ends', () => {
    expect(monthsOf({ from: '2019-11-15', to: '2020-02-10' })).toEqual([
      { from: '2019-11-15', to: '2019-11-30' },
      { from: '2019-12-01', to: '2019-12-31' },
      { from: '2020-01-01', to: '2020-01-31' },
      { from: '2020-02-01', to: '2020-02-10' },
    ]);
    expect(monthsOf({ from: '2024-02-01', to: '2024-02-29' })).toEqual([{ from: '2024-02-01', to: '2024-02-29' }]);
  });
});
