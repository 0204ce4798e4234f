import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/csv';

describe('CSV for Excel in French', () => {
  it('starts with a byte-order mark, ends lines with CRLF, keeps accents', () => {
    const csv = toCsv(['Nom', 'Ville'], [['Hélène Tremblay-Ouellet', 'Val-d’Or']]);
    expect(csv.startsWith('\uFEFFNom,Ville\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFNom,Ville\r\nHélène Tremblay-Ouellet,Val-d’Or\r\n');
  });

  it('quotes what RFC 4180 requires and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(null)).toBe('');
  });

  it('neutralizes text a spreadsheet would run as a formula, not numbers', () => {
    for (const payload of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rx', '\nx']) {
      expect(csvCell(payload).replace(/^"/, '').startsWith("'"), payload).toBe(true);
    }
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell('Tremblay')).toBe('Tremblay');
  });
});
