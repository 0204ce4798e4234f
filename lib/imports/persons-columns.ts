import { FRENCH_LEVELS, GENDERS, INTAKE_IMMIGRATION_CATEGORIES, NEEDS } from '@/db/enums/persons';
import { enEnums } from '@/lib/i18n/messages/en-persons';
import { frEnums } from '@/lib/i18n/messages/fr-persons';
import type { z } from 'zod';
import type { intakeInput } from '@/lib/persons/schemas';
import type { FieldOf, ImportColumn } from './columns';

// The columns of the persons template: the intake form's fields (lib/persons/schemas.ts, intakeInput), one
// row per person with the opening of their accompaniment at the importer's service point, followed by the
// importer. The MRC of residence, the agent and follow-ups are not imported (yet): they are set in the file.

function values<Code extends string>(codes: readonly Code[], labels: { fr: Record<Code, string>; en: Record<Code, string> }) {
  return codes.map((code) => ({ code, fr: labels.fr[code], en: labels.en[code] }));
}

export const PERSON_COLUMNS: readonly ImportColumn<FieldOf<z.input<typeof intakeInput>>>[] = [
  { field: 'lastName', required: true, fr: 'Nom', en: 'Last name', aliases: ['nom de famille', 'family name', 'surname'], kind: 'text', example: 'Tremblay-Ouellet' },
  { field: 'firstName', required: true, fr: 'Prénom', en: 'First name', aliases: ['prenoms', 'given name'], kind: 'text', example: 'Hélène' },
  { field: 'birthDate', required: true, fr: 'Date de naissance', en: 'Birth date', aliases: ['date of birth', 'naissance', 'ddn'], kind: 'date', example: '1988-04-12' },
  { field: 'gender', required: false, fr: 'Genre', en: 'Gender', aliases: ['sexe'], kind: 'enum', values: values(GENDERS, { fr: frEnums.genders, en: enEnums.genders }), example: 'Femme' },
  { field: 'countryOfBirth', required: true, fr: 'Pays de naissance', en: 'Country of birth', aliases: ['pays'], kind: 'country', example: 'FR' },
  { field: 'citizenship', required: false, fr: 'Citoyenneté', en: 'Citizenship', aliases: ['nationalite', 'nationality'], kind: 'country', example: 'France' },
  { field: 'languages', required: false, fr: 'Langues', en: 'Languages', aliases: ['langues parlees', 'spoken languages'], kind: 'languages', example: 'fr, en' },
  { field: 'frenchLevel', required: false, fr: 'Niveau de français', en: 'French level', aliases: ['francais', 'level of french'], kind: 'enum', values: values(FRENCH_LEVELS, { fr: frEnums.frenchLevels, en: enEnums.frenchLevels }), example: 'Courant' },
  {
    field: 'immigrationCategory',
    required: true,
    fr: 'Catégorie d’immigration',
    en: 'Immigration category',
    aliases: ['categorie', 'statut', 'immigration status', 'statut d immigration'],
    kind: 'enum',
    values: values(INTAKE_IMMIGRATION_CATEGORIES, { fr: frEnums.immigrationCategories, en: enEnums.immigrationCategories }),
    example: 'permanent_resident_economic',
  },
  { field: 'arrivalInQuebecOn', required: false, fr: 'Arrivée au Québec', en: 'Arrival in Quebec', aliases: ['date d arrivee au quebec', 'date of arrival in quebec'], kind: 'date', example: '2019-06-01' },
  { field: 'arrivalInRegionOn', required: false, fr: 'Arrivée dans la région', en: 'Arrival in the region', aliases: ['date d arrivee dans la region', 'arrival in region'], kind: 'date', example: '2019-07-15' },
  { field: 'residenceMunicipality', required: false, fr: 'Municipalité de résidence', en: 'Municipality of residence', aliases: ['municipalite', 'ville', 'city'], kind: 'text', example: 'Val-d’Or' },
  { field: 'phone', required: false, fr: 'Téléphone', en: 'Phone', aliases: ['telephone', 'tel', 'phone number'], kind: 'text', example: '819 555-0142' },
  { field: 'email', required: false, fr: 'Courriel', en: 'Email', aliases: ['adresse courriel', 'e mail', 'email address'], kind: 'text', example: 'helene.t@exemple.test' },
  { field: 'collectionConsentOn', required: true, fr: 'Consentement à la collecte', en: 'Collection consent', aliases: ['date du consentement', 'consent date'], kind: 'date', example: '2019-09-03' },
  { field: 'sharingConsent', required: false, fr: 'Consentement à la communication', en: 'Sharing consent', aliases: ['consent to share'], kind: 'boolean', example: 'oui' },
  { field: 'sharingConsentOn', required: false, fr: 'Date du consentement à la communication', en: 'Sharing consent date', kind: 'date', example: '2019-09-03' },
  { field: 'needs', required: true, fr: 'Besoins', en: 'Needs', aliases: ['besoin', 'need'], kind: 'enumList', values: values(NEEDS, { fr: frEnums.needs, en: enEnums.needs }), example: 'Emploi, Installation et logement' },
  { field: 'openedOn', required: true, fr: 'Ouverture du dossier', en: 'File opened on', aliases: ['date d ouverture', 'ouverture', 'opened on', 'opening date'], kind: 'date', example: '2019-09-03' },
  { field: 'nextFollowUpOn', required: false, fr: 'Prochain suivi', en: 'Next follow-up', aliases: ['date du prochain suivi', 'next follow up on'], kind: 'date', example: '' },
];
