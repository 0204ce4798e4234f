import 'server-only';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/locale';
import { FUNDED_PROJECT_TYPES } from '@/db/enums/agreements';
import type { BilanReport, ReportedStaffRole } from './queries';

/** A table as both the page and the PDF show it: a caption, column headings, rows whose first cell is a row heading. */
export interface BilanTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** The bilan worded in one language: the page and the PDF render exactly these strings, so they never disagree. */
export interface BilanText {
  lang: 'fr-CA' | 'en-CA';
  title: string;
  documentTitle: string;
  ministry: string;
  period: string;
  intro: string;
  personsSentence: string;
  businessesIntro: string;
  businessesSentence: string;
  agreementsSentence: string;
  agreementsFollowUp: string;
  staff: { heading: string; sentences: string[]; table: BilanTable };
  projects: { heading: string; intro: string; lines: string[]; table: BilanTable | null; note: string };
  resources: { heading: string; intro: string; items: { name: string; details: string[] }[]; none: string | null };
  offices: { heading: string; contactIntro: string; contactLines: string[]; locatedAt: string; addresses: { line: string; hours: string | null }[]; none: string | null };
}

/** The cities of the service points where staff of a role work, in the language's list form (« Rouyn-Noranda et Val-d’Or »). */
function placesOf(report: BilanReport, role: ReportedStaffRole, list: (items: string[]) => string) {
  const cities = [...new Set(report.staff.filter((row) => row.role === role).map((row) => row.city))].sort((a, b) => a.localeCompare(b, 'fr'));
  return { count: report.staff.filter((row) => row.role === role).reduce((sum, row) => sum + row.count, 0), places: list(cities) };
}

export function bilanText(report: BilanReport, language: Locale): BilanText {
  const { t, format, formatDate, locale } = getTranslator(language, 'bilan');
  const { scope, regionName, figures } = report;
  // ICU select keys are words: the region's code is given as r08.
  const region = { code: `r${scope.regionCode}`, region: regionName };
  const regionOf = t('regionOf', region);
  const regionIn = t('regionIn', region);
  const from = formatDate(scope.from);
  const to = formatDate(scope.to);
  const list = (items: string[]) => format.list(items, { type: 'conjunction' });
  const number = (value: number) => format.number(value);

  const advisers = placesOf(report, 'adviser', list);
  const agents = placesOf(report, 'agent', list);
  const offices = [...new Map(report.staff.map((row) => [row.servicePointId, row.servicePoint])).entries()];
  const staffCount = (servicePointId: string, role: ReportedStaffRole) => report.staff.find((row) => row.servicePointId === servicePointId && row.role === role)?.count ?? 0;

  const projects = report.fundedProjects;
  const projectCount = (type: string, mrcId: string) => projects.cells.find((cell) => cell.type === type && cell.mrcId === mrcId)?.projects ?? 0;
  const typesShown = FUNDED_PROJECT_TYPES.filter((type) => projects.totals.some((total) => total.type === type));
  const projectTotal = new Set(projects.projects.map((project) => project.id)).size;

  return {
    lang: locale as BilanText['lang'],
    title: t('title'),
    documentTitle: t('documentTitle', { from, to, region: regionName }),
    ministry: t('ministry'),
    period: t('period', { from, to, code: scope.regionCode, region: regionName }),
    intro: t('intro'),
    personsSentence: t('personsSentence', { count: figures.personsAccompanied, regionOf }),
    businessesIntro: t('businessesIntro'),
    businessesSentence: t('businessesSentence', { count: figures.businessesAccompanied, regionIn }),
    agreementsSentence: t('agreementsSentence', { count: figures.agreementsSigned }),
    agreementsFollowUp: t('agreementsFollowUp'),
    staff: {
      heading: t('staff.heading'),
      sentences: [t('staff.advisers', { count: advisers.count, regionIn, places: advisers.places }), t('staff.agents', { count: agents.count, places: agents.places })],
      table: {
        caption: t('staff.caption'),
        columns: [t('staff.servicePoint'), t('staff.advisersColumn'), t('staff.agentsColumn')],
        rows: offices.map(([id, name]) => [name, number(staffCount(id, 'adviser')), number(staffCount(id, 'agent'))]),
      },
    },
    projects: {
      heading: t('projects.heading', { regionIn }),
      note: t('projects.note'),
      intro: t('projects.intro', { count: projectTotal }),
      lines: projects.projects.map((project) => t('projects.projectLine', { type: t(`projects.types.${project.type}`), title: project.title, mrcs: list(project.mrcs) })),
      table:
        typesShown.length === 0
          ? null
          : {
              caption: t('projects.caption'),
              columns: [t('projects.type'), ...projects.mrcs.map((mrc) => mrc.name), t('projects.total')],
              rows: typesShown.map((type) => [
                t(`projects.types.${type}`),
                ...projects.mrcs.map((mrc) => number(projectCount(type, mrc.id))),
                number(projects.totals.find((total) => total.type === type)?.projects ?? 0),
              ]),
            },
    },
    resources: {
      heading: t('resources.heading'),
      intro: t('resources.intro', { regionOf }),
      items: report.resources.map((partner) => ({ name: partner.name, details: [partner.services, partner.territory, partner.phone, partner.email, partner.website].filter((value): value is string => Boolean(value)) })),
      none: report.resources.length === 0 ? t('resources.none') : null,
    },
    offices: {
      heading: t('offices.heading'),
      contactIntro: t('offices.contactIntro', { regionIn }),
      contactLines: report.contact.email || report.contact.phone
        ? [...(report.contact.email ? [t('offices.email', { email: report.contact.email })] : []), ...(report.contact.phone ? [t('offices.phone', { phone: report.contact.phone })] : [])]
        : [t('offices.noContact')],
      locatedAt: t('offices.locatedAt'),
      addresses: report.servicePoints.map((point) => ({
        line: t('offices.address', { address: point.address, city: point.city, postalCode: point.postalCode ?? 'none' }),
        hours: point.hours ? t('offices.hours', { hours: point.hours }) : null,
      })),
      none: report.servicePoints.length === 0 ? t('offices.none') : null,
    },
  };
}
