import type { businesses, employerFiles, hires, hiringNeeds } from '../schema';
import { REPORT_PERIOD } from './demo-people';
import { required } from './reference';
import { addDays, minDate, type Random } from './random';

type Window = 'report' | 'before' | 'next-year' | 'current-year';

interface BusinessCohort {
  adviserKey: string;
  regionCode: string;
  mrcCodes: string[];
  count: number;
  window: Window;
}

const ABITIBI_WEST = ['rouyn-noranda', 'abitibi-ouest', 'temiscamingue'];
const ABITIBI_EAST = ['la-vallee-de-l-or', 'abitibi'];

// "les conseillères et conseillers en immigration régionale [...] ont accompagné 44 entreprises de la
// région": 24 + 20 in region 08 during the period. The Val-d'Or and Rouyn-Noranda advisers also follow
// a few businesses located outside the region, which must not count for region 08.
export const BUSINESS_COHORTS: BusinessCohort[] = [
  { adviserKey: 'adviser-rouyn-noranda', regionCode: '08', mrcCodes: ABITIBI_WEST, count: 24, window: 'report' },
  { adviserKey: 'adviser-val-dor', regionCode: '08', mrcCodes: ABITIBI_EAST, count: 20, window: 'report' },
  { adviserKey: 'adviser-rouyn-noranda', regionCode: '08', mrcCodes: ABITIBI_WEST, count: 2, window: 'before' },
  { adviserKey: 'adviser-val-dor', regionCode: '08', mrcCodes: ABITIBI_EAST, count: 2, window: 'before' },
  { adviserKey: 'adviser-rouyn-noranda', regionCode: '08', mrcCodes: ABITIBI_WEST, count: 8, window: 'next-year' },
  { adviserKey: 'adviser-val-dor', regionCode: '08', mrcCodes: ABITIBI_EAST, count: 7, window: 'next-year' },
  { adviserKey: 'adviser-val-dor', regionCode: '08', mrcCodes: ABITIBI_EAST, count: 6, window: 'current-year' },
  { adviserKey: 'adviser-gatineau', regionCode: '07', mrcCodes: ['gatineau', 'papineau', 'les-collines-de-l-outaouais'], count: 8, window: 'report' },
  { adviserKey: 'adviser-rouyn-noranda', regionCode: '07', mrcCodes: ['pontiac'], count: 1, window: 'report' },
  { adviserKey: 'adviser-val-dor', regionCode: '10', mrcCodes: ['jamesie'], count: 4, window: 'report' },
];

export const CITY_BY_MRC: Record<string, string> = {
  'rouyn-noranda': 'Rouyn-Noranda',
  'abitibi-ouest': 'La Sarre',
  temiscamingue: 'Ville-Marie',
  'la-vallee-de-l-or': "Val-d'Or",
  abitibi: 'Amos',
  gatineau: 'Gatineau',
  papineau: 'Thurso',
  'les-collines-de-l-outaouais': 'Chelsea',
  pontiac: 'Shawville',
  jamesie: 'Chibougamau',
};

export const SECTORS = [
  { naicsSector: '21', words: ['Forage', 'Mines', 'Exploration', 'Métaux'] },
  { naicsSector: '11', words: ['Scierie', 'Bois', 'Foresterie'] },
  { naicsSector: '31', words: ['Usinage', 'Fabrication', 'Soudure'] },
  { naicsSector: '23', words: ['Construction', 'Excavation', 'Charpentes'] },
  { naicsSector: '62', words: ['Résidence', 'Clinique', 'Soins'] },
  { naicsSector: '72', words: ['Restaurant', 'Hôtel', 'Boulangerie'] },
  { naicsSector: '48', words: ['Transport', 'Camionnage'] },
  { naicsSector: '11', words: ['Ferme', 'Serres'] },
  { naicsSector: '44', words: ['Quincaillerie', 'Marché'] },
] as const;
export const NAME_PLACES = ['Boréal', 'du Lac', 'Harricana', 'Kinojévis', 'des Quinze', 'Osisko', 'Abijévis', 'du Nord', 'Opasatica', 'Témis', 'Laverdière', 'Dumulon'];
export const NAME_SUFFIXES = ['inc.', 'ltée', 'S.E.N.C.', 'coop'];

// NOC 2021 codes and titles of jobs the region's employers recruit for.
export const JOBS = [
  { nocCode: '73300', jobTitle: 'Conducteur ou conductrice de camion de transport' },
  { nocCode: '72106', jobTitle: 'Soudeur ou soudeuse' },
  { nocCode: '72400', jobTitle: 'Mécanicien ou mécanicienne de chantier' },
  { nocCode: '31301', jobTitle: 'Infirmier ou infirmière autorisé(e)' },
  { nocCode: '33102', jobTitle: 'Préposé ou préposée aux bénéficiaires' },
  { nocCode: '63200', jobTitle: 'Cuisinier ou cuisinière' },
  { nocCode: '72310', jobTitle: 'Charpentier-menuisier ou charpentière-menuisière' },
  { nocCode: '72410', jobTitle: 'Mécanicien ou mécanicienne de véhicules automobiles' },
  { nocCode: '21300', jobTitle: 'Ingénieur civil ou ingénieure civile' },
];

export const CONTACT_GIVEN = ['Isabelle', 'Mathieu', 'Geneviève', 'François', 'Karine', 'Sébastien', 'Véronique', 'Patrice'];
export const CONTACT_FAMILY = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Pelletier'];

export interface EmployerRecords {
  businesses: (typeof businesses.$inferInsert)[];
  employerFiles: (typeof employerFiles.$inferInsert)[];
  hiringNeeds: (typeof hiringNeeds.$inferInsert)[];
  hires: (typeof hires.$inferInsert)[];
}

function fileInterval(window: Window, index: number, rng: Random): { openedOn: string; closedOn: string | null } {
  switch (window) {
    case 'report': {
      if (index === 0) return { openedOn: '2019-01-10', closedOn: REPORT_PERIOD.from };
      const openedOn = rng.date('2019-05-01', REPORT_PERIOD.to);
      const earliestClose = openedOn < REPORT_PERIOD.from ? REPORT_PERIOD.from : addDays(openedOn, 45);
      return { openedOn, closedOn: addDays(earliestClose, rng.int(0, 300)) };
    }
    case 'before': {
      if (index === 0) return { openedOn: '2019-03-01', closedOn: '2019-07-31' };
      const openedOn = rng.date('2018-10-01', '2019-05-31');
      return { openedOn, closedOn: minDate(addDays(openedOn, rng.int(30, 150)), '2019-07-31') };
    }
    case 'next-year': {
      if (index === 0) return { openedOn: '2020-04-01', closedOn: '2021-01-29' };
      const openedOn = rng.date('2020-04-01', '2021-03-31');
      return { openedOn, closedOn: addDays(openedOn, rng.int(60, 300)) };
    }
    case 'current-year':
      return { openedOn: rng.date('2026-04-01', '2026-11-13'), closedOn: null };
  }
}

export function buildEmployers(
  rng: Random,
  userIdByKey: Map<string, string>,
  userServicePointByKey: Map<string, string>,
  mrcIdByCode: Map<string, string>,
  personIdsByRegion: Map<string, string[]>,
): EmployerRecords {
  const records: EmployerRecords = { businesses: [], employerFiles: [], hiringNeeds: [], hires: [] };
  const usedNames = new Set<string>();
  const usedNeqs = new Set<string>();

  const addFile = (businessId: string, cohort: BusinessCohort, interval: { openedOn: string; closedOn: string | null }) => {
    const fileId = rng.uuid();
    records.employerFiles.push({
      id: fileId,
      businessId,
      adviserId: required(userIdByKey, cohort.adviserKey),
      servicePointId: required(userServicePointByKey, cohort.adviserKey),
      status: interval.closedOn ? 'closed' : 'open',
      openedOn: interval.openedOn,
      closedOn: interval.closedOn,
      contactName: `${rng.pick(CONTACT_GIVEN)} ${rng.pick(CONTACT_FAMILY)}`,
      closureReason: interval.closedOn ? 'needs_filled' : null,
      contactPhone: `819-555-01${rng.digits(2)}`,
      recruitmentChannels: rng.chance(0.3) ? ['in_quebec', 'interregional_mobility'] : ['in_quebec'],
    });
    const needCount = rng.int(1, 3);
    for (let i = 0; i < needCount; i++) {
      const job = rng.pick(JOBS);
      const needId = rng.uuid();
      records.hiringNeeds.push({ id: needId, employerFileId: fileId, ...job, positions: rng.int(1, 6) });
      if (rng.chance(0.45)) {
        const candidates = personIdsByRegion.get(cohort.regionCode) ?? [];
        // A hire is linked to an accompanied person only where that person consented; about a third here.
        const personId = candidates.length > 0 && rng.chance(0.35) ? rng.pick(candidates) : null;
        records.hires.push({
          id: rng.uuid(),
          employerFileId: fileId,
          hiringNeedId: needId,
          personId,
          hiredOn: rng.date(interval.openedOn, interval.closedOn ?? '2026-11-20'),
          jobTitle: job.jobTitle,
          channel: rng.chance(0.2) ? 'interregional_mobility' : 'in_quebec',
        });
      }
    }
  };

  for (const cohort of BUSINESS_COHORTS) {
    for (let index = 0; index < cohort.count; index++) {
      const mrcCode = rng.pick(cohort.mrcCodes);
      const { naicsSector, words } = rng.pick(SECTORS);
      let legalName: string;
      do {
        legalName = `${rng.pick(words)} ${rng.pick(NAME_PLACES)} ${rng.pick(NAME_SUFFIXES)}`;
      } while (usedNames.has(legalName));
      usedNames.add(legalName);
      let neq: string;
      do {
        neq = `11${rng.digits(8)}`;
      } while (usedNeqs.has(neq));
      usedNeqs.add(neq);
      const businessId = rng.uuid();
      records.businesses.push({ id: businessId, legalName, neq, naicsSector, mrcId: required(mrcIdByCode, mrcCode), city: CITY_BY_MRC[mrcCode] ?? mrcCode });
      const interval = fileInterval(cohort.window, index, rng);
      addFile(businessId, cohort, interval);
      // A business that comes back with new needs: a second file, still one business counted.
      if (cohort.window === 'report' && interval.closedOn && index % 7 === 3) {
        const openedOn = addDays(interval.closedOn, rng.int(10, 90));
        addFile(businessId, cohort, { openedOn, closedOn: addDays(openedOn, rng.int(60, 200)) });
      }
    }
  }
  return records;
}
