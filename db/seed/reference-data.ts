// Reference data as the 2019-2020 report gives it (../shared/reference/bilan-2019-2020-abitibi-temiscamingue.md),
// plus the minimum for the two other regions of the regional directorate.

export const REGIONS = [
  { code: '07', name: 'Outaouais' },
  { code: '08', name: 'Abitibi-Témiscamingue' },
  { code: '10', name: 'Nord-du-Québec' },
] as const;

export const MRCS = [
  // "la majorité des activités citées sont offertes dans les cinq MRC" of Abitibi-Témiscamingue.
  { code: 'abitibi', name: 'Abitibi', regionCode: '08' },
  { code: 'abitibi-ouest', name: 'Abitibi-Ouest', regionCode: '08' },
  { code: 'la-vallee-de-l-or', name: "La Vallée-de-l'Or", regionCode: '08' },
  { code: 'temiscamingue', name: 'Témiscamingue', regionCode: '08' },
  { code: 'rouyn-noranda', name: 'Rouyn-Noranda', regionCode: '08' },
  { code: 'gatineau', name: 'Gatineau', regionCode: '07' },
  { code: 'les-collines-de-l-outaouais', name: "Les Collines-de-l'Outaouais", regionCode: '07' },
  { code: 'papineau', name: 'Papineau', regionCode: '07' },
  { code: 'pontiac', name: 'Pontiac', regionCode: '07' },
  { code: 'la-vallee-de-la-gatineau', name: 'La Vallée-de-la-Gatineau', regionCode: '07' },
  { code: 'jamesie', name: 'Jamésie', regionCode: '10' },
  { code: 'eeyou-istchee', name: 'Eeyou Istchee', regionCode: '10' },
  { code: 'kativik', name: 'Kativik', regionCode: '10' },
] as const;

export type MrcCode = (typeof MRCS)[number]['code'];

// "Pour communiquer avec l'un ou l'autre des points de services ... par courriel ou par téléphone".
export const SHARED_EMAIL = 'accompagnement_gc_drnoq@mifi.gouv.qc.ca';
export const SHARED_PHONE = '1 833 274-4667';

// The report gives no opening hours: these are Services Québec's usual office hours, for admins to correct
// per office on the service point screen.
const OFFICE_HOURS = 'Lundi au vendredi, 8 h 30 à 12 h et 13 h à 16 h 30';

const ALL_SERVICE_POINTS = [
  {
    code: 'val-dor',
    name: "Services Québec – Val-d'Or",
    address: '186, avenue Perrault',
    city: "Val-d'Or",
    postalCode: 'J9P 2H5',
    regionCode: '08',
    mrcCode: 'la-vallee-de-l-or',
  },
  {
    code: 'amos',
    name: 'Services Québec – Amos',
    address: '262, 1re Avenue Est',
    city: 'Amos',
    postalCode: 'J9T 1H3',
    regionCode: '08',
    mrcCode: 'abitibi',
  },
  {
    code: 'rouyn-noranda',
    name: 'Services Québec – Rouyn-Noranda',
    address: '189, rue Murdoch, 1er étage',
    city: 'Rouyn-Noranda',
    postalCode: 'J9X 1E3',
    regionCode: '08',
    mrcCode: 'rouyn-noranda',
  },
  {
    code: 'ville-marie',
    name: 'Services Québec – Ville-Marie',
    address: '1B, rue Notre-Dame Nord',
    city: 'Ville-Marie',
    postalCode: 'J9V 1W5',
    regionCode: '08',
    mrcCode: 'temiscamingue',
  },
  {
    code: 'la-sarre',
    name: 'Services Québec – La Sarre',
    address: '655, 2e Rue Est',
    city: 'La Sarre',
    postalCode: 'J9Z 2Y9',
    regionCode: '08',
    mrcCode: 'abitibi-ouest',
  },
  // Demo only: the report gives no office outside Abitibi-Témiscamingue.
  {
    code: 'gatineau',
    name: 'Services Québec – Gatineau',
    address: 'Adresse à confirmer',
    city: 'Gatineau',
    postalCode: null,
    regionCode: '07',
    mrcCode: 'gatineau',
  },
  {
    code: 'chibougamau',
    name: 'Services Québec – Chibougamau',
    address: 'Adresse à confirmer',
    city: 'Chibougamau',
    postalCode: null,
    regionCode: '10',
    mrcCode: 'jamesie',
  },
].map((point) => ({ ...point, email: SHARED_EMAIL, phone: SHARED_PHONE, hours: point.regionCode === '08' ? OFFICE_HOURS : null }));

export type ServicePointCode = (typeof ALL_SERVICE_POINTS)[number]['code'];

/** The five offices of the report ("Les bureaux sont situés"). */
export const REFERENCE_SERVICE_POINTS = ALL_SERVICE_POINTS.filter((point) => point.regionCode === '08');
/** One office in each of the two other regions, for the demo data only. */
export const DEMO_SERVICE_POINTS = ALL_SERVICE_POINTS.filter((point) => point.regionCode !== '08');

type PartnerKind = 'youth_employment_centre' | 'community_organization' | 'municipality' | 'mrc' | 'school' | 'other';

export interface PartnerData {
  name: string;
  kind: PartnerKind;
  regionCode: string;
  mrcCode: MrcCode;
  services?: string;
  territory?: string;
  listedAsResource?: boolean;
}

export const REFERENCE_PARTNERS: PartnerData[] = [
  // "Des ressources offrent des services d'intégration et d'accompagnement aux personnes immigrantes".
  // Each is listed as a resource; the services are the report's words ("services d'intégration et
  // d'accompagnement"), the territory its MRC.
  {
    name: 'Carrefour jeunesse emploi Abitibi-Est',
    kind: 'youth_employment_centre',
    regionCode: '08',
    mrcCode: 'la-vallee-de-l-or',
    services: 'Accueil et intégration des personnes immigrantes, recherche d’emploi, accompagnement vers les services',
    territory: 'La Vallée-de-l’Or',
    listedAsResource: true,
  },
  {
    name: "Mouvement de la Relève d'Amos-Région",
    kind: 'community_organization',
    regionCode: '08',
    mrcCode: 'abitibi',
    services: 'Accueil des nouveaux arrivants, activités de socialisation et de rapprochement interculturel',
    territory: 'Abitibi (Amos et environs)',
    listedAsResource: true,
  },
  {
    name: 'Carrefour jeunesse emploi Abitibi-Ouest',
    kind: 'youth_employment_centre',
    regionCode: '08',
    mrcCode: 'abitibi-ouest',
    services: 'Accueil et intégration des personnes immigrantes, emploi, groupes de conversation en français',
    territory: 'Abitibi-Ouest',
    listedAsResource: true,
  },
  {
    name: 'La Mosaïque',
    kind: 'community_organization',
    regionCode: '08',
    mrcCode: 'rouyn-noranda',
    services: 'Accueil et accompagnement des personnes immigrantes, cercle des femmes, ateliers d’information',
    territory: 'Rouyn-Noranda',
    listedAsResource: true,
  },
  {
    name: 'Carrefour jeunesse emploi Témiscamingue',
    kind: 'youth_employment_centre',
    regionCode: '08',
    mrcCode: 'temiscamingue',
    services: 'Accueil et intégration des personnes immigrantes, emploi, ateliers éducatifs',
    territory: 'Témiscamingue',
    listedAsResource: true,
  },
];

/** Demo only: other partners with which agreements are signed, in the three regions. */
export const DEMO_PARTNERS: PartnerData[] = [
  { name: "MRC d'Abitibi", kind: 'mrc', regionCode: '08', mrcCode: 'abitibi' },
  { name: 'MRC de Témiscamingue', kind: 'mrc', regionCode: '08', mrcCode: 'temiscamingue' },
  { name: "MRC de La Vallée-de-l'Or", kind: 'mrc', regionCode: '08', mrcCode: 'la-vallee-de-l-or' },
  { name: 'Ville de Rouyn-Noranda', kind: 'municipality', regionCode: '08', mrcCode: 'rouyn-noranda' },
  { name: "MRC d'Abitibi-Ouest", kind: 'mrc', regionCode: '08', mrcCode: 'abitibi-ouest' },
  { name: "Carrefour d'accueil de l'Outaouais (démo)", kind: 'community_organization', regionCode: '07', mrcCode: 'gatineau' },
  { name: 'Table interculturelle de Jamésie (démo)', kind: 'community_organization', regionCode: '10', mrcCode: 'jamesie' },
];
