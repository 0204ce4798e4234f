import { describe, expect, it } from 'vitest';
import { centsToInput, MAX_AMOUNT_CENTS, parseAmountToCents } from '@/lib/agreements/amount';
import { amount } from '@/lib/agreements/schemas';

describe('parseAmountToCents', () => {
  it.each([
    ['12 345,67 $', 1_234_567],
    ['12\u00a0345,67\u00a0$', 1_234_567],
    ['12\u202f345,67 $', 1_234_567],
    ['$12,345.67', 1_234_567],
    ['12,345.67', 1_234_567],
    ['12.345,67', 1_234_567],
    ['12345.67', 1_234_567],
    ['12345,6', 1_234_560],
    ['12345', 1_234_500],
    ['1,234,567', 123_456_700],
    ['0,1', 10],
    ['0.2', 20],
    ['0,30', 30],
    ['.5', 50],
    ['0001', 100],
    ['100 000 000', MAX_AMOUNT_CENTS],
    ['+75', 7_500],
    ['  1 000 $  ', 100_000],
    ['$ 1 000,5', 100_050],
  ])('%s is %d cents', (text, cents) => {
    expect(parseAmountToCents(text)).toEqual({ cents });
  });

  it.each([
    ['-5', 'amountNegative'],
    ['−5', 'amountNegative'],
    ['(5,00)', 'amountNegative'],
    ['1,234', 'amountDecimals'],
    ['0.001', 'amountDecimals'],
    ['12,345.678', 'amountDecimals'],
    ['100 000 000,01', 'amountTooLarge'],
    ['99999999999999999999', 'amountTooLarge'],
    ['0', 'amountZero'],
    ['0,00 $', 'amountZero'],
    ['0.1+0.2', 'amountInvalid'],
    ['1e6', 'amountInvalid'],
    ['NaN', 'amountInvalid'],
    ['Infinity', 'amountInvalid'],
    ['12,34,5.6', 'amountInvalid'],
    ['1.2.3,45', 'amountInvalid'],
    ['$', 'amountInvalid'],
    [',', 'amountInvalid'],
    ['12$34', 'amountInvalid'],
    ['0x10', 'amountInvalid'],
    ['12 34', 'amountInvalid'],
    ['1 2 3', 'amountInvalid'],
    ['- 5', 'amountNegative'],
  ])('%s is refused (%s)', (text, error) => {
    expect(parseAmountToCents(text)).toEqual({ error });
  });

  it('adds exactly where floating point does not: 0,10 $ + 0,20 $ is 30 cents', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const a = parseAmountToCents('0,10 $');
    const b = parseAmountToCents('0,20 $');
    expect('cents' in a && 'cents' in b && a.cents + b.cents).toBe(30);
  });

  it('gives back what the edit form shows, in both languages', () => {
    for (const cents of [1, 10, 99, 100, 1_234_567, MAX_AMOUNT_CENTS]) {
      expect(parseAmountToCents(centsToInput(cents, 'fr'))).toEqual({ cents });
      expect(parseAmountToCents(centsToInput(cents, 'en'))).toEqual({ cents });
    }
    expect(centsToInput(1_234_567, 'fr')).toBe('12345,67');
    expect(centsToInput(5, 'en')).toBe('0.05');
  });

  it('is the schema field: empty is required, other errors by code', () => {
    expect(amount.safeParse('').error?.issues[0]?.message).toBe('required');
    expect(amount.safeParse('-1').error?.issues[0]?.message).toBe('amountNegative');
    expect(amount.safeParse('x'.repeat(41)).error?.issues[0]?.message).toBe('amountInvalid');
    expect(amount.safeParse(12).success).toBe(false);
    expect(amount.parse('12 345,67 $')).toBe(1_234_567);
  });
});
