import { describe, expect, it } from 'vitest';
import { readCell, excelSerialToDate } from '@/lib/imports/cells';
import { matchHeaders, missingRequired } from '@/lib/imports/columns';
import { rowFingerprint } from '@/lib/imports/fingerprint';
import { normalizeLabel } from '@/lib/imports/normalize';
import { PERSON_COLUMNS } from '@/lib/imports/persons-columns';
import { detectDelimiter } from '@/lib/imports/read-csv';

const column = (field: string) => PERSON_COLUMNS.find((candidate) => candidate.field === field)!;

describe('header matching', () => {
  it('sets aside accents, case, spacing and punctuation, in French and English', () => {
    expect(normalizeLabel('  DATE de   Naissance ')).toBe('date de naissance');
    expect(normalizeLabel('Catégorie d’immigration')).toBe('categorie d immigration');
    const mapping = matchHeaders(['PRENOM', 'nom', 'birth_date', 'Pays de naissance', 'categorie d\'immigration', 'Besoins', 'Date d’ouverture', 'Consentement a la collecte'], PERSON_COLUMNS);
    expect(mapping).toMatchObject({ firstName: 0, lastName: 1, birthDate: 2, countryOfBirth: 3, immigrationCategory: 4, needs: 5, openedOn: 6, collectionConsentOn: 7, email: null });
    expect(missingRequired(mapping, PERSON_COLUMNS)).toEqual([]);
  });

  it('names the required fields no header fills, and gives each header to one field only', () => {
    const mapping = matchHeaders(['Nom', 'Nom', 'Prénom'], PERSON_COLUMNS);
    expect(mapping.lastName).toBe(0);
    expect(Object.values(mapping).filter((index) => index === 1)).toEqual([]);
    expect(missingRequired(mapping, PERSON_COLUMNS)).toEqual(['birthDate', 'countryOfBirth', 'immigrationCategory', 'collectionConsentOn', 'needs', 'openedOn']);
  });
});

describe('cells', () => {
  it('reads Excel serial dates (1900 system) and ISO dates with a midnight time', () => {
    expect(excelSerialToDate(43740)).toBe('2019-10-02');
    expect(excelSerialToDate(1)).toBe('1899-12-31');
    expect(excelSerialToDate(0)).toBeNull();
    expect(readCell(column('birthDate'), '43740')).toEqual({ value: '2019-10-02' });
    expect(readCell(column('birthDate'), '1988-04-12 00:00:00')).toEqual({ value: '1988-04-12' });
    // Anything else is passed on as written, for the form's schema to refuse with its own message.
    expect(readCell(column('birthDate'), '12/04/1988')).toEqual({ value: '12/04/1988' });
  });

  it('reads labels in French or English, codes and country names; unknown values stay as written', () => {
    expect(readCell(column('immigrationCategory'), 'residence permanente - immigration economique')).toEqual({ value: 'permanent_resident_economic' });
    expect(readCell(column('immigrationCategory'), 'Temporary foreign worker')).toEqual({ value: 'temporary_foreign_worker' });
    expect(readCell(column('needs'), 'Emploi; FRANCISATION / health')).toEqual({ value: ['employment', 'francization', 'health'] });
    expect(readCell(column('countryOfBirth'), 'Haïti')).toEqual({ value: 'HT' });
    expect(readCell(column('countryOfBirth'), 'lb')).toEqual({ value: 'LB' });
    expect(readCell(column('languages'), 'Français, anglais')).toEqual({ value: ['fr', 'en'] });
    expect(readCell(column('gender'), 'Inconnu')).toEqual({ value: 'Inconnu' });
  });

  it('reads yes and no in both languages and refuses anything else, rather than reading it as no', () => {
    expect(readCell(column('sharingConsent'), 'Oui')).toEqual({ value: true });
    expect(readCell(column('sharingConsent'), 'no')).toEqual({ value: false });
    expect(readCell(column('sharingConsent'), '')).toEqual({ value: false });
    expect(readCell(column('sharingConsent'), 'peut-être')).toEqual({ error: 'invalidBoolean' });
  });
});

describe('csv separator', () => {
  it('takes the header line’s most frequent separator outside quotes', () => {
    expect(detectDelimiter('Nom;Prénom;"Besoins, liste"\r\na;b;c')).toBe(';');
    expect(detectDelimiter('Nom,Prénom,Date\na,b,c')).toBe(',');
    expect(detectDelimiter('Nom\tPrénom')).toBe('\t');
    expect(detectDelimiter('Nom')).toBe(',');
  });
});

describe('fingerprint', () => {
  it('is the same for the same values in any column order, and differs when one value does', () => {
    expect(rowFingerprint('persons', { a: 1, b: 'x' })).toBe(rowFingerprint('persons', { b: 'x', a: 1 }));
    expect(rowFingerprint('persons', { a: 1, b: 'x' })).not.toBe(rowFingerprint('persons', { a: 1, b: 'y' }));
    expect(rowFingerprint('persons', { a: 1 })).not.toBe(rowFingerprint('employer_files', { a: 1 }));
  });
});
