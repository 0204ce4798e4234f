// Amounts of money typed as people write them in Quebec ("12 345,67 $", "12345.67", "12,345.67 $") read
// into integer cents by string arithmetic, never through a float: "0,1" is 10 cents exactly, and a total of
// many amounts is exact too. Imports nothing: the browser's form and the server use the same rule.

/** Above this an amount is a typing mistake (the ministry's regional agreements are far below). */
export const MAX_AMOUNT_CENTS = 100_000_000_00; // 100 million dollars

export type AmountError = 'amountInvalid' | 'amountNegative' | 'amountDecimals' | 'amountTooLarge' | 'amountZero';

// Spaces of any kind (typed, no-break, narrow no-break: the last two are what fr-CA formatting writes).
const SPACES = /[\s\u00a0\u202f]/g;

/** Cents, or the code of what is wrong with the text. */
export function parseAmountToCents(raw: string): { cents: number } | { error: AmountError } {
  let text = raw.replace(SPACES, ' ').trim();
  if (text.startsWith('$')) text = text.slice(1).trim();
  else if (text.endsWith('$')) text = text.slice(0, -1).trim();
  // Spaces inside the number group thousands ("12 345,67"): only by three, never "12 34".
  const spaced = /^([+\-−(]?)(\d{1,3}(?: \d{3})+)([.,]\d*)?(\)?)$/.exec(text);
  if (spaced) text = `${spaced[1]}${spaced[2]!.replace(/ /g, '')}${spaced[3] ?? ''}${spaced[4] ?? ''}`;
  else if (text.includes(' ')) return /^[-−(]/.test(text) ? { error: 'amountNegative' } : { error: 'amountInvalid' };
  if (/^[-−(]/.test(text) || text.endsWith(')')) return { error: 'amountNegative' };
  if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { error: 'amountInvalid' };

  // The last separator followed by digits only is the decimal one when both kinds appear, or when it is
  // the only separator; the other kind may only group thousands by three.
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integer = text;
  let fraction = '';
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimal);
    integer = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (integer.includes(decimal) || !isGrouped(integer, grouping)) return { error: 'amountInvalid' };
    integer = integer.split(grouping).join('');
  } else if (lastComma !== -1 || lastDot !== -1) {
    const separator = lastComma !== -1 ? ',' : '.';
    const parts = text.split(separator);
    if (parts.length > 2) {
      // "1,234,567": several of one kind can only group thousands.
      if (!isGrouped(text, separator)) return { error: 'amountInvalid' };
      integer = parts.join('');
    } else {
      integer = parts[0]!;
      fraction = parts[1]!;
    }
  }
  if (integer === '' && fraction === '') return { error: 'amountInvalid' };
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction)) return { error: 'amountInvalid' };
  if (fraction.length > 2) return { error: 'amountDecimals' };
  const digits = integer.replace(/^0+(?=\d)/, '');
  // Compare lengths first: Number() of a long digit string would round before the comparison.
  if (digits.length > 9) return { error: 'amountTooLarge' };
  const cents = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) return { error: 'amountTooLarge' };
  if (cents === 0) return { error: 'amountZero' };
  return { cents };
}

/** "12.345.678" with "." as grouping: a first group of 1 to 3 digits, then groups of exactly 3. */
function isGrouped(text: string, separator: string): boolean {
  const groups = text.split(separator);
  if (groups.length === 1) return /^\d+$/.test(text);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/** Cents as the form shows them for editing: "12345,67" in French, "12345.67" in English (no grouping). */
export function centsToInput(cents: number, locale: 'fr' | 'en'): string {
  const whole = Math.trunc(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${whole}${locale === 'fr' ? ',' : '.'}${rest}`;
}
