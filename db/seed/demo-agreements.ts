import type { agreements, agreementTerritories, fundedProjects, fundedProjectTerritories } from '../schema';
import { required } from './reference';
import { addDays, type Random } from './random';

type Program = 'PAC' | 'PASI' | 'PMD';
type Status = 'draft' | 'signed' | 'active' | 'completed' | 'cancelled';
type ProjectType = (typeof fundedProjects.$inferInsert)['type'];

interface AgreementSpec {
  reference: string;
  partner: string;
  program: Program;
  programComponent?: string;
  title?: string;
  status: Status;
  signedOn: string | null;
  startsOn: string;
  mrcCodes: string[];
  projects: { type: ProjectType; title: string; description?: string; participants?: number }[];
}

const ALL_AT = ['abitibi', 'abitibi-ouest', 'la-vallee-de-l-or', 'temiscamingue', 'rouyn-noranda'];

// "Les mesures mises en place par le [MIFI] ont également permis d'établir 10 ententes avec différents
// partenaires du milieu": the first ten below, signed in region 08 between 2019-08-01 and 2020-03-31.
// The projects are those the report lists. The rest fall outside the period, the region or the
// statuses that count, each placed to catch one mistake in the counting rule.
export const AGREEMENT_SPECS: AgreementSpec[] = [
  { reference: 'PAC-2019-08-001', partner: "MRC d'Abitibi", program: 'PAC', status: 'completed', signedOn: '2019-09-12', startsOn: '2019-10-01', mrcCodes: ['abitibi'],
    projects: [{ type: 'awareness_campaign', title: "Campagne de sensibilisation sur la culture d'ouverture", description: 'Campagne de sensibilisation sur la culture d’ouverture déployée dans la MRC d’Abitibi afin de promouvoir le vivre-ensemble.' }] },
  { reference: 'PAC-2019-08-002', partner: 'MRC de Témiscamingue', program: 'PAC', status: 'completed', signedOn: '2019-10-03', startsOn: '2019-10-15', mrcCodes: ['temiscamingue'],
    projects: [{ type: 'colloquium', title: "Colloque virtuel sur l'immigration au Témiscamingue", description: 'Colloque virtuel sur l’immigration au Témiscamingue afin de sensibiliser la société d’accueil à la réalité des personnes immigrantes et de réduire les mythes et préjugés.', participants: 140 }] },
  { reference: 'PASI-2019-08-003', partner: 'Carrefour jeunesse emploi Abitibi-Est', program: 'PASI', programComponent: 'Volet 1', status: 'completed', signedOn: '2019-08-01', startsOn: '2019-08-15', mrcCodes: ['la-vallee-de-l-or'],
    projects: [{ type: 'welcome_guide', title: 'Guide d’accueil des nouveaux arrivants de La Vallée-de-l’Or', description: 'Rédaction et distribution d’un guide d’accueil des nouvelles arrivantes et nouveaux arrivants.' }] },
  { reference: 'PASI-2019-08-004', partner: 'La Mosaïque', program: 'PASI', programComponent: 'Volet 2', status: 'completed', signedOn: '2019-11-20', startsOn: '2019-12-01', mrcCodes: ['rouyn-noranda'],
    projects: [
      { type: 'womens_circle', title: 'Cercle des femmes de Rouyn-Noranda', description: 'Cercle des femmes et ateliers à Rouyn-Noranda pour créer des occasions d’échanges et de partage entre des femmes nouvellement arrivées et des femmes immigrées de longue date.', participants: 35 },
      { type: 'educational_workshop', title: 'Ateliers sur les institutions québécoises et canadiennes', description: 'Ateliers éducatifs sur les institutions québécoises et canadiennes, les organisations locales, les droits et la citoyenneté, pour promouvoir la pleine participation des personnes immigrantes.', participants: 60 },
    ] },
  { reference: 'PASI-2019-08-005', partner: "Mouvement de la Relève d'Amos-Région", program: 'PASI', programComponent: 'Volet 2', status: 'completed', signedOn: '2019-12-05', startsOn: '2020-01-06', mrcCodes: ALL_AT,
    projects: [{ type: 'leisure_intercultural', title: 'Activités de loisirs et de rapprochement interculturel', description: 'Activités de loisirs, de socialisation et de rapprochement interculturel visant à briser l’isolement et à valoriser la diversité, offertes dans les cinq MRC.', participants: 220 }] },
  { reference: 'PASI-2020-08-006', partner: 'Carrefour jeunesse emploi Abitibi-Ouest', program: 'PASI', programComponent: 'Volet 2', status: 'completed', signedOn: '2020-01-15', startsOn: '2020-02-01', mrcCodes: ['abitibi-ouest'],
    projects: [{ type: 'conversation_group', title: 'Groupes de conversation en français', description: 'Groupes de conversation pour inciter au dialogue et favoriser l’intégration, en français, des personnes immigrantes dans la collectivité.', participants: 48 }] },
  { reference: 'PASI-2020-08-007', partner: 'Carrefour jeunesse emploi Témiscamingue', program: 'PASI', programComponent: 'Volet 2', status: 'completed', signedOn: '2020-02-10', startsOn: '2020-03-01', mrcCodes: ['temiscamingue'],
    projects: [{ type: 'educational_workshop', title: 'Ateliers sur les droits, la santé et la gestion financière', description: 'Ateliers éducatifs sur les droits et la citoyenneté, les systèmes de santé et d’éducation, la politique et la gestion financière.', participants: 30 }] },
  { reference: 'PMD-2020-08-008', partner: 'Ville de Rouyn-Noranda', program: 'PMD', status: 'active', signedOn: '2020-03-31', startsOn: '2020-04-01', mrcCodes: ['rouyn-noranda'],
    projects: [{ type: 'awareness_campaign', title: 'Rouyn-Noranda, ville accueillante', description: 'Campagne de sensibilisation au vivre-ensemble auprès de la population et des employeurs de Rouyn-Noranda.' }] },
  { reference: 'PAC-2019-08-009', partner: "MRC de La Vallée-de-l'Or", program: 'PAC', status: 'completed', signedOn: '2019-09-30', startsOn: '2019-10-01', mrcCodes: ['la-vallee-de-l-or'],
    projects: [{ type: 'welcome_guide', title: "Trousse d'accueil de La Vallée-de-l'Or", description: 'Trousse et guide d’accueil remis aux nouvelles arrivantes et nouveaux arrivants de La Vallée-de-l’Or.' }] },
  { reference: 'PMD-2020-08-010', partner: "MRC d'Abitibi-Ouest", program: 'PMD', status: 'signed', signedOn: '2020-02-27', startsOn: '2020-04-01', mrcCodes: ['abitibi-ouest'],
    projects: [{ type: 'conversation_group', title: 'Jumelage interculturel en Abitibi-Ouest', description: 'Jumelage entre familles d’ici et familles nouvellement arrivées, avec des rencontres de conversation en français.', participants: 25 }] },
  // Not counted for region 08 in the period:
  { reference: 'PAC-2020-08-011', partner: "MRC d'Abitibi", program: 'PAC', status: 'draft', signedOn: null, startsOn: '2020-05-01', mrcCodes: ['abitibi'], projects: [] },
  { reference: 'PASI-2019-08-012', partner: 'La Mosaïque', program: 'PASI', status: 'cancelled', signedOn: '2019-10-15', startsOn: '2019-11-01', mrcCodes: ['rouyn-noranda'], projects: [] },
  { reference: 'PAC-2019-08-013', partner: 'MRC de Témiscamingue', program: 'PAC', status: 'completed', signedOn: '2019-07-31', startsOn: '2019-08-01', mrcCodes: ['temiscamingue'],
    projects: [{ type: 'leisure_intercultural', title: 'Fête interculturelle du Témiscamingue', description: 'Fête interculturelle ouverte à toute la population du Témiscamingue.', participants: 300 }] },
  { reference: 'PASI-2020-08-014', partner: 'Carrefour jeunesse emploi Abitibi-Est', program: 'PASI', status: 'completed', signedOn: '2020-04-01', startsOn: '2020-04-15', mrcCodes: ['la-vallee-de-l-or'], projects: [] },
  { reference: 'PASI-2020-08-015', partner: 'La Mosaïque', program: 'PASI', status: 'completed', signedOn: '2020-06-18', startsOn: '2020-07-01', mrcCodes: ['rouyn-noranda'], projects: [] },
  { reference: 'PAC-2020-08-016', partner: "MRC d'Abitibi", program: 'PAC', status: 'completed', signedOn: '2020-09-09', startsOn: '2020-10-01', mrcCodes: ['abitibi'], projects: [] },
  { reference: 'PMD-2021-08-017', partner: 'Ville de Rouyn-Noranda', program: 'PMD', status: 'completed', signedOn: '2021-02-02', startsOn: '2021-04-01', mrcCodes: ['rouyn-noranda'], projects: [] },
  { reference: 'PAC-2019-07-018', partner: "Carrefour d'accueil de l'Outaouais (démo)", program: 'PAC', status: 'completed', signedOn: '2019-10-21', startsOn: '2019-11-01', mrcCodes: ['gatineau'], projects: [] },
  { reference: 'PASI-2020-07-019', partner: "Carrefour d'accueil de l'Outaouais (démo)", program: 'PASI', status: 'completed', signedOn: '2020-01-08', startsOn: '2020-02-01', mrcCodes: ['gatineau', 'papineau'], projects: [] },
  { reference: 'PAC-2019-10-020', partner: 'Table interculturelle de Jamésie (démo)', program: 'PAC', status: 'completed', signedOn: '2019-11-14', startsOn: '2019-12-01', mrcCodes: ['jamesie', 'eeyou-istchee'], projects: [] },
  { reference: 'PASI-2026-08-021', partner: 'Carrefour jeunesse emploi Abitibi-Ouest', program: 'PASI', status: 'active', signedOn: '2026-05-12', startsOn: '2026-06-01', mrcCodes: ['abitibi-ouest'], projects: [] },
  { reference: 'PASI-2026-08-022', partner: 'La Mosaïque', program: 'PASI', status: 'active', signedOn: '2026-06-03', startsOn: '2026-07-01', mrcCodes: ['rouyn-noranda'], projects: [] },
];

export interface AgreementRecords {
  agreements: (typeof agreements.$inferInsert)[];
  agreementTerritories: (typeof agreementTerritories.$inferInsert)[];
  fundedProjects: (typeof fundedProjects.$inferInsert)[];
  fundedProjectTerritories: (typeof fundedProjectTerritories.$inferInsert)[];
}

export function buildAgreements(rng: Random, partnerIdByName: Map<string, string>, mrcIdByCode: Map<string, string>): AgreementRecords {
  const records: AgreementRecords = { agreements: [], agreementTerritories: [], fundedProjects: [], fundedProjectTerritories: [] };
  for (const spec of AGREEMENT_SPECS) {
    const agreementId = rng.uuid();
    const endsOn = addDays(spec.startsOn, 364);
    records.agreements.push({
      id: agreementId,
      reference: spec.reference,
      title: spec.title ?? `${spec.program} – ${spec.partner}`,
      partnerId: required(partnerIdByName, spec.partner),
      program: spec.program,
      programComponent: spec.programComponent ?? null,
      amountCents: rng.int(15, 120) * 1_000_00,
      status: spec.status,
      signedOn: spec.signedOn,
      startsOn: spec.startsOn,
      endsOn,
    });
    const mrcIds = spec.mrcCodes.map((code) => required(mrcIdByCode, code));
    records.agreementTerritories.push(...mrcIds.map((mrcId) => ({ agreementId, mrcId })));
    for (const project of spec.projects) {
      const fundedProjectId = rng.uuid();
      records.fundedProjects.push({
        id: fundedProjectId,
        agreementId,
        type: project.type,
        title: project.title,
        description: project.description ?? null,
        startsOn: spec.startsOn,
        endsOn,
        participants: project.participants ?? null,
      });
      records.fundedProjectTerritories.push(...mrcIds.map((mrcId) => ({ fundedProjectId, mrcId })));
    }
  }
  return records;
}
