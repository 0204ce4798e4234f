import 'server-only';
import { and, asc, countDistinct, eq, gte, isNull, lte, notInArray, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  agreements,
  appSettings,
  fundedProjects,
  fundedProjectTerritories,
  mrcs,
  partners,
  regions,
  servicePoints,
} from '@/db/schema';
import type { FUNDED_PROJECT_TYPES } from '@/db/enums/agreements';
import { headlineMetrics, type HeadlineMetrics } from '@/lib/metrics/counts';
import type { MetricsScope } from '@/lib/metrics/period';
import { staffByLocation } from '@/lib/staff/by-location';

// The bilan's sections (../shared/reference/bilan-2019-2020-abitibi-temiscamingue.md), each read from the
// records: no figure or name below is written by hand. Nothing here is personal information about a person
// accompanied: counts, staff counts by office, projects, partners and offices.

/** The staff the report names: "deux conseillères et conseillers … quatre agentes et agents …". */
export const REPORTED_STAFF_ROLES = ['adviser', 'agent'] as const;
export type ReportedStaffRole = (typeof REPORTED_STAFF_ROLES)[number];

export interface StaffAtLocation {
  servicePointId: string;
  servicePoint: string;
  city: string;
  role: ReportedStaffRole;
  count: number;
}

/**
 * "Personnel du MIFI dans la région": the region's active advisers and agents by service point, from the
 * staff-by-location count (lib/staff/by-location.ts) that the reference screens show too.
 */
export async function reportedStaffByLocation(db: DbOrTx, regionCode: string): Promise<StaffAtLocation[]> {
  const reported = new Set<string>(REPORTED_STAFF_ROLES);
  return (await staffByLocation(db, regionCode))
    .filter((row) => reported.has(row.role))
    .map((row) => ({ servicePointId: row.servicePointId, servicePoint: row.servicePointName, city: row.city, role: row.role as ReportedStaffRole, count: row.count }));
}

export type FundedProjectType = (typeof FUNDED_PROJECT_TYPES)[number];

export interface FundedProjectCell {
  type: FundedProjectType;
  mrcId: string;
  projects: number;
}

export interface FundedProjectLine {
  id: string;
  type: FundedProjectType;
  title: string;
  mrcs: string[];
}

export interface FundedProjectsSection {
  /** The region's MRCs, in name order: the table's columns. */
  mrcs: { id: string; name: string }[];
  /** Distinct projects per type and MRC (a project held in two MRCs counts in each). */
  cells: FundedProjectCell[];
  /** Distinct projects per type, all MRCs together: not the sum of the cells. */
  totals: { type: FundedProjectType; projects: number }[];
  projects: FundedProjectLine[];
}

/**
 * "Voici des projets développés en Abitibi-Témiscamingue": projects held in an MRC of the region, running
 * during the period ([starts, ends] overlaps it; no end is ongoing), under an agreement that is neither a
 * draft nor cancelled.
 */
export async function fundedProjectsByTypeAndMrc(db: DbOrTx, scope: MetricsScope): Promise<FundedProjectsSection> {
  const inScope = and(
    eq(mrcs.regionCode, scope.regionCode),
    lte(fundedProjects.startsOn, scope.to),
    or(isNull(fundedProjects.endsOn), gte(fundedProjects.endsOn, scope.from)),
    notInArray(agreements.status, ['draft', 'cancelled']),
  );
  // Three reads of the same joins (drizzle's types do not let one builder be shared): per type and MRC, per
  // type, and one row per project and MRC for the list.
  const [regionMrcs, cells, totals, lines] = await Promise.all([
    db.select({ id: mrcs.id, name: mrcs.name }).from(mrcs).where(eq(mrcs.regionCode, scope.regionCode)).orderBy(asc(mrcs.name)),
    db
      .select({ type: fundedProjects.type, mrcId: mrcs.id, projects: countDistinct(fundedProjects.id) })
      .from(fundedProjects)
      .innerJoin(agreements, eq(agreements.id, fundedProjects.agreementId))
      .innerJoin(fundedProjectTerritories, eq(fundedProjectTerritories.fundedProjectId, fundedProjects.id))
      .innerJoin(mrcs, eq(mrcs.id, fundedProjectTerritories.mrcId))
      .where(inScope)
      .groupBy(fundedProjects.type, mrcs.id),
    db
      .select({ type: fundedProjects.type, projects: countDistinct(fundedProjects.id) })
      .from(fundedProjects)
      .innerJoin(agreements, eq(agreements.id, fundedProjects.agreementId))
      .innerJoin(fundedProjectTerritories, eq(fundedProjectTerritories.fundedProjectId, fundedProjects.id))
      .innerJoin(mrcs, eq(mrcs.id, fundedProjectTerritories.mrcId))
      .where(inScope)
      .groupBy(fundedProjects.type),
    db
      .select({ id: fundedProjects.id, type: fundedProjects.type, title: fundedProjects.title, mrc: mrcs.name })
      .from(fundedProjects)
      .innerJoin(agreements, eq(agreements.id, fundedProjects.agreementId))
      .innerJoin(fundedProjectTerritories, eq(fundedProjectTerritories.fundedProjectId, fundedProjects.id))
      .innerJoin(mrcs, eq(mrcs.id, fundedProjectTerritories.mrcId))
      .where(inScope)
      .orderBy(asc(fundedProjects.type), asc(fundedProjects.title), asc(mrcs.name)),
  ]);
  const projects = new Map<string, FundedProjectLine>();
  for (const line of lines) {
    const project = projects.get(line.id) ?? { id: line.id, type: line.type, title: line.title, mrcs: [] };
    project.mrcs.push(line.mrc);
    projects.set(line.id, project);
  }
  return { mrcs: regionMrcs, cells, totals, projects: [...projects.values()] };
}

export interface PartnerResource {
  id: string;
  name: string;
  services: string | null;
  territory: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

/** "Des ressources disponibles": active partners of the region listed as resources in the bilan. */
export function partnerResources(db: DbOrTx, regionCode: string): Promise<PartnerResource[]> {
  return db
    .select({ id: partners.id, name: partners.name, services: partners.services, territory: partners.territory, phone: partners.phone, email: partners.email, website: partners.website })
    .from(partners)
    .where(and(eq(partners.regionCode, regionCode), eq(partners.listedAsResource, true), eq(partners.active, true)))
    .orderBy(asc(partners.name));
}

export interface ServicePointAddress {
  id: string;
  name: string;
  address: string;
  city: string;
  postalCode: string | null;
  phone: string;
  email: string;
  hours: string | null;
}

/** "Les bureaux sont situés": the region's active service points. */
export function servicePointAddresses(db: DbOrTx, regionCode: string): Promise<ServicePointAddress[]> {
  return db
    .select({ id: servicePoints.id, name: servicePoints.name, address: servicePoints.address, city: servicePoints.city, postalCode: servicePoints.postalCode, phone: servicePoints.phone, email: servicePoints.email, hours: servicePoints.hours })
    .from(servicePoints)
    .where(and(eq(servicePoints.regionCode, regionCode), eq(servicePoints.active, true)))
    .orderBy(asc(servicePoints.name));
}

export interface BilanReport {
  scope: MetricsScope;
  regionName: string;
  figures: HeadlineMetrics;
  staff: StaffAtLocation[];
  fundedProjects: FundedProjectsSection;
  resources: PartnerResource[];
  servicePoints: ServicePointAddress[];
  /** The shared contact line of the service points (app_settings); null parts are not set yet. */
  contact: { email: string | null; phone: string | null };
}

/** Everything the bilan shows, for the page and the PDF alike: a bounded number of queries whatever the data size. */
export async function getBilanReport(db: DbOrTx, scope: MetricsScope): Promise<BilanReport> {
  const [figures, staff, projects, resources, offices, [region], [settings]] = await Promise.all([
    headlineMetrics(db, scope),
    reportedStaffByLocation(db, scope.regionCode),
    fundedProjectsByTypeAndMrc(db, scope),
    partnerResources(db, scope.regionCode),
    servicePointAddresses(db, scope.regionCode),
    db.select({ name: regions.name }).from(regions).where(eq(regions.code, scope.regionCode)),
    db.select({ email: appSettings.contactEmail, phone: appSettings.contactPhone }).from(appSettings).limit(1),
  ]);
  return {
    scope,
    regionName: region?.name ?? scope.regionCode,
    figures,
    staff,
    fundedProjects: projects,
    resources,
    servicePoints: offices,
    contact: { email: settings?.email ?? null, phone: settings?.phone ? settings.phone : null },
  };
}
