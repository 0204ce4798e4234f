import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, personSearchName, searchWords } from '@/lib/persons/names';

// The SQL side (passerelle_normalize_name) is compared with this one in tests/integration/normalize-name.test.ts.
describe('normalizeName', () => {
  it('lowercases, strips diacritics, spells out ligatures and special letters', () => {
    expect(normalizeName('Hélène')).toBe('helene');
    expect(normalizeName('Nguyễn Ngọc')).toBe('nguyen ngoc');
    expect(normalizeName('Ødegård Łukasz Đặng')).toBe('odegard lukasz dang');
    expect(normalizeName('Œuvrard Æsa Straße ẞ Þór')).toBe('oeuvrard aesa strasse ss thor');
    expect(normalizeName('İlker ǅemal ﬁona')).toBe('ilker dzemal fiona');
    expect(normalizeName('e\u0301lise')).toBe('elise'); // typed decomposed
  });

  it('turns hyphens, apostrophes, punctuation and every kind of space into single spaces', () => {
    expect(normalizeName('Marie-Ève')).toBe('marie eve');
    expect(normalizeName('Marie–Ève')).toBe('marie eve');
    expect(normalizeName("D'Amours")).toBe('d amours');
    expect(normalizeName('O’Neil')).toBe('o neil');
    expect(normalizeName('ʻOkina ʼa')).toBe('okina a');
    expect(normalizeName('  St. Pierre,  Jr. (dit «Pete»)  ')).toBe('st pierre jr dit pete');
    expect(normalizeName('Jean\u00a0Baptiste\u202fNarrow\tTab')).toBe('jean baptiste narrow tab');
    expect(normalizeName('%_\\')).toBe('');
  });

  it('leaves letters of other scripts as they are, lower case', () => {
    expect(normalizeName('Олена КОВАЛЬЧУК')).toBe('олена ковальчук');
    expect(normalizeName('ΟΔΥΣΣΕΥΣ')).toBe('οδυσσευσ');
  });

  it('is idempotent, and its output holds no separator at either end nor two in a row', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (value) => {
        const once = normalizeName(value);
        expect(normalizeName(once)).toBe(once);
        expect(once).not.toMatch(/^ | $|  /);
        expect(once).not.toMatch(/[A-Z'\-%_]/);
      }),
    );
  });
});

describe('search words and the stored search name', () => {
  it('splits a search into normalized words, in any order', () => {
    expect(searchWords('  Tremblay-Ouellet,  HÉLÈNE ')).toEqual(['tremblay', 'ouellet', 'helene']);
    expect(searchWords("d'")).toEqual(['d']);
    expect(searchWords('% _')).toEqual([]);
  });

  it('stores the last name first', () => {
    expect(personSearchName('Hélène', 'Tremblay-Ouellet')).toBe('tremblay ouellet helene');
  });
});
