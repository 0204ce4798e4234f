import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/auth/password-policy';
import { safeRedirectPath } from '@/lib/auth/redirect-path';
import { fiscalYearContaining } from '@/lib/metrics/period';
import { metricsScopeInput } from '@/lib/metrics/scope-input';
import { boundedText, calendarDate, zodFieldErrors } from '@/lib/validation';
import { nameSimilarity, normalizeName } from '@/lib/persons/names';
import { normalizePhone } from '@/lib/persons/phone';

describe('metrics scope input', () => {
  const errors = (input: Record<string, string>) => {
    const parsed = metricsScopeInput.safeParse(input);
    return parsed.success ? {} : zodFieldErrors(parsed.error);
  };
  it('accepts real dates in order and a two-digit region', () => {
    expect(errors({ from: '2019-08-01', to: '2020-03-31', region: '08' })).toEqual({});
    expect(errors({ from: '2020-02-29', to: '2020-02-29' })).toEqual({});
  });
  it('names each bad field', () => {
    expect(Object.keys(errors({ from: '2019-02-29', to: '2020-03-31' }))).toEqual(['from']);
    expect(Object.keys(errors({ from: '2019-08-01', to: '31-03-2020' }))).toEqual(['to']);
    expect(Object.keys(errors({ from: '2020-08-01', to: '2020-03-31' }))).toEqual(['from']);
    expect(Object.keys(errors({ region: '8' }))).toEqual(['region']);
  });
});

describe('fiscal year', () => {
  it('runs April 1 to March 31', () => {
    expect(fiscalYearContaining('2026-11-26')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearContaining('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(fiscalYearContaining('2026-04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });
});

describe('password policy', () => {
  it('wants 12 to 128 characters, no composition rule, and refuses common passwords', () => {
    expect(passwordProblem('short')).toMatch(/12/);
    expect(passwordProblem('a'.repeat(129))).toMatch(/128/);
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('alllowercaseletters')).toBeNull();
    expect(passwordProblem('Password1234')).toBe('too common');
  });
});

describe('redirect after sign-in', () => {
  it('keeps only paths of this site', () => {
    expect(safeRedirectPath('/persons?page=2')).toBe('/persons?page=2');
    expect(safeRedirectPath('//evil.example/x')).toBe('/');
    expect(safeRedirectPath('https://evil.example/steal')).toBe('/steal');
    expect(safeRedirectPath('/sign-in')).toBe('/');
    expect(safeRedirectPath(undefined)).toBe('/');
  });
});

describe('the one date schema', () => {
  const ok = (value: unknown) => calendarDate.safeParse(value).success;
  it('takes real calendar days written YYYY-MM-DD within the bounds', () => {
    expect(['2019-08-01', '2020-02-29', '1900-01-01', '2100-12-31'].every(ok)).toBe(true);
  });
  it('refuses impossible days, other layouts, years out of range and other types', () => {
    for (const value of ['2019-02-29', '2019-13-01', '2019-04-31', '0000-01-01', '1899-12-31', '2101-01-01', '99999-01-01', '01/08/2019', '2019-8-1', ' 2019-08-01', '2019-08-01T00:00', '', null, 20190801, ['2019-08-01']]) {
      expect(ok(value), String(value)).toBe(false);
    }
  });
});

describe('the one text schema', () => {
  const name = boundedText({ min: 1, max: 30 });
  const notes = boundedText({ max: 20, multiline: true });
  const code = (schema: typeof name, value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : zodFieldErrors(parsed.error).form;
  };
  it('trims and keeps accents, apostrophes, hyphens and emoji', () => {
    expect(code(name, '  Hélène Tremblay-Ouellet ')).toBe('Hélène Tremblay-Ouellet');
    expect(code(name, 'N’Guessan 👩🏽')).toBe('N’Guessan 👩🏽');
  });
  it('refuses empty, too long, control characters and lone surrogates, naming why', () => {
    expect(code(name, '   ')).toBe('required');
    expect(code(name, 'x'.repeat(31))).toBe('tooLong');
    for (const value of ['a\u0000b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\nb', 'a\tb', 'a\ud800b']) expect(code(name, value), JSON.stringify(value)).toBe('controlCharacters');
    expect(code(name, 42)).toBe('invalid');
  });
  it('allows line breaks and tabs in multi-line text only', () => {
    expect(code(notes, 'ligne 1\nligne\t2')).toBe('ligne 1\nligne\t2');
    expect(code(notes, 'a\u0000b')).toBe('controlCharacters');
  });
});

describe('Quebec phone numbers', () => {
  it('accepts the ways staff write them and stores one form', () => {
    for (const raw of ['819-555-0123', '(819) 555-0123', '819 555 0123', '819.555.0123', '8195550123', '+1 819 555-0123', '1-819-555-0123']) {
      expect(normalizePhone(raw), raw).toBe('819-555-0123');
    }
    expect(normalizePhone('819 555-0123 poste 42')).toBe('819-555-0123 poste 42');
    expect(normalizePhone('819-555-0123 ext. 7')).toBe('819-555-0123 poste 7');
  });
  it('refuses what is not a North American number', () => {
    for (const raw of ['555-0123', '819-555-012', '019-555-0123', '819-055-0123', '+33 1 23 45 67 89', 'abc', '']) expect(normalizePhone(raw), raw).toBeNull();
  });
});

describe('names as people mean them', () => {
  it('ignores accents, case, hyphens and apostrophes', () => {
    expect(normalizeName('Hélène Tremblay-Ouellet')).toBe('helene tremblay ouellet');
    expect(normalizeName("D'Amours  Marie-Ève")).toBe('d amours marie eve');
    expect(normalizeName('Nguyễn Ngọc Ødegård Œuvre')).toBe('nguyen ngoc odegard oeuvre');
  });
  it('measures closeness like pg_trgm', () => {
    expect(nameSimilarity('Hélène Tremblay', 'helene tremblay')).toBe(1);
    expect(nameSimilarity('Helen Tremblay Ouelet', 'Hélène Tremblay-Ouellet')).toBeGreaterThan(0.45);
    expect(nameSimilarity('Kwame Mensah', 'Hélène Tremblay')).toBeLessThan(0.1);
  });
});
