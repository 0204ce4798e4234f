import { describe, expect, it } from 'vitest';
import { isDateInRange, withDashes } from '@/components/ui/date-field';
import { calendarDate } from '@/lib/validation';

describe('date field', () => {
  it('adds the dashes to digits typed one by one, and normalizes a pasted year-first date', () => {
    const typed = [...'20190801'].reduce<string[]>((steps, digit) => [...steps, withDashes(`${steps.at(-1) ?? ''}${digit}`)], []);
    expect(typed).toEqual(['2', '20', '201', '2019-', '2019-0', '2019-08-', '2019-08-0', '2019-08-01']);
    expect(withDashes('2019--')).toBe('2019-');
    expect(withDashes('20190801')).toBe('2019-08-01');
    expect(withDashes('2019/08/01')).toBe('2019-08-01');
    expect(withDashes('2019.08.01')).toBe('2019-08-01');
  });

  it('leaves alone what it cannot read as year first', () => {
    for (const value of ['08/01/2019', '1 août 2019', '2019-08-01x', '201908011']) expect(withDashes(value)).toBe(value);
  });

  it('accepts exactly what the server accepts', () => {
    for (const value of ['2019-08-01', '2020-02-29', '1900-01-01', '2100-12-31', '2019-02-29', '1899-12-31', '2101-01-01', '2019-13-01', '2019-8-1', '', '0000-01-01']) {
      expect(isDateInRange(value), value).toBe(calendarDate.safeParse(value).success);
    }
    expect(isDateInRange('2019-08-01', '2019-09-01')).toBe(false);
  });
});
