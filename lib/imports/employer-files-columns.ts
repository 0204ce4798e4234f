import type { z } from 'zod';
import { BUSINESS_SIZE_BANDS, NAICS_SECTORS, RECRUITMENT_CHANNELS } from '@/db/enums/employers';
import type { newBusinessFileInput } from '@/lib/employers/schemas';
import { enEmployers } from '@/lib/i18n/messages/en-employers';
import { frEmployers } from '@/lib/i18n/messages/fr-employers';
import type { FieldOf, ImportColumn } from './columns';

// The columns of the employer-files template: the opening form's fields for a new business
// (lib/employers/schemas.ts, newBusinessFileInput), one row per file, opened at the importer's service point
// and followed by the importer (or the adviser an admin chose). The MRC is written by its name; its list is
// the target region's MRCs, so the columns are made for a region. Needs, interactions and hires are not
// imported: they are added in the file.

export type EmployerFileField = FieldOf<z.input<typeof newBusinessFileInput>>;

function values<Code extends string>(codes: readonly Code[], labels: { fr: Record<Code, string>; en: Record<Code, string> }) {
  return codes.map((code) => ({ code, fr: labels.fr[code], en: labels.en[code] }));
}

/** An MRC as the columns list it: its id is the form's value, its name what a spreadsheet holds. */
export interface MrcChoice {
  id: string;
  name: string;
}

export function employerFileColumns(mrcs: readonly MrcChoice[]): readonly ImportColumn<EmployerFileField>[] {
  return [
    { field: 'legalName', required: true, fr: 'Raison sociale', en: 'Legal name', aliases: ['entreprise', 'nom de l entreprise', 'business', 'business name', 'employeur', 'employer'], kind: 'text', example: 'Boulangerie Harricana inc.' },
    { field: 'neq', required: true, fr: 'NEQ', en: 'Quebec enterprise number', aliases: ['numero d entreprise du quebec', 'numero d entreprise', 'enterprise number'], kind: 'text', example: '1178451236' },
    {
      field: 'naicsSector',
      required: true,
      fr: 'Secteur SCIAN',
      en: 'NAICS sector',
      aliases: ['secteur', 'scian', 'sector', 'naics'],
      kind: 'enum',
      values: values(NAICS_SECTORS, { fr: frEmployers.enums.naicsSectors, en: enEmployers.enums.naicsSectors }),
      example: '31',
    },
    { field: 'sizeBand', required: false, fr: 'Taille (employés)', en: 'Size (employees)', aliases: ['taille', 'nombre d employes', 'size', 'employees'], kind: 'enum', values: values(BUSINESS_SIZE_BANDS, { fr: frEmployers.enums.sizeBands, en: enEmployers.enums.sizeBands }), example: '5 à 19' },
    { field: 'mrcId', required: true, fr: 'MRC', en: 'RCM', aliases: ['mrc de l entreprise', 'regional county municipality'], kind: 'enum', values: mrcs.map((mrc) => ({ code: mrc.id, fr: mrc.name, en: mrc.name })), example: mrcs[0]?.name ?? 'Abitibi' },
    { field: 'city', required: true, fr: 'Municipalité', en: 'Municipality', aliases: ['ville', 'city'], kind: 'text', example: 'Amos' },
    { field: 'address', required: false, fr: 'Adresse', en: 'Address', kind: 'text', example: '112, 1re Avenue Ouest' },
    { field: 'postalCode', required: false, fr: 'Code postal', en: 'Postal code', kind: 'text', example: 'J9T 1T8' },
    { field: 'openedOn', required: true, fr: 'Ouverture du dossier', en: 'File opened on', aliases: ['date d ouverture', 'ouverture', 'opened on', 'opening date'], kind: 'date', example: '2019-10-01' },
    { field: 'contactName', required: true, fr: 'Personne-ressource', en: 'Contact name', aliases: ['contact', 'personne ressource', 'nom du contact'], kind: 'text', example: 'Julie Gagnon' },
    { field: 'contactEmail', required: false, fr: 'Courriel de la personne-ressource', en: 'Contact email', aliases: ['courriel', 'email'], kind: 'text', example: 'rh@harricana.exemple.test' },
    { field: 'contactPhone', required: false, fr: 'Téléphone de la personne-ressource', en: 'Contact phone', aliases: ['telephone', 'phone'], kind: 'text', example: '819 555-0199' },
    {
      field: 'recruitmentChannels',
      required: false,
      fr: 'Bassins de recrutement',
      en: 'Recruitment channels',
      aliases: ['bassins', 'channels'],
      kind: 'enumList',
      values: values(RECRUITMENT_CHANNELS, { fr: frEmployers.enums.channels, en: enEmployers.enums.channels }),
      example: 'Recrutement international, Mobilité interrégionale',
    },
    { field: 'notes', required: false, fr: 'Notes', en: 'Notes', kind: 'text', example: '' },
  ];
}
