import 'server-only';
import { and, asc, count, eq, exists, gte, ilike, inArray, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agreements, agreementTerritories, fundedProjects, fundedProjectTerritories, mrcs, partners, regions } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/current-user';
import { accentFolded, containsPattern, foldAccents, frenchSortKey } from '@/lib/sql/french-text';
import type { AgreementsListValues, AgreementSortColumn, ProjectsListValues, ProjectSortColumn } from './list-params';
import { agreementScope, mrcChoiceScope } from './scope';

// Reads of agreements and funded projects, always through agreementScope (lib/agreements/scope.ts).
// No personal information here: the reads are not audited (the CSV export is).

/** Every word typed must appear in one of the columns, accents and case ignored. */
export function wordsMatch(search: string | null | undefined, columns: (AnyColumn | SQL)[]): SQL | undefined {
  const words = (search ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => or(...columns.map((column) => ilike(accentFolded(column), foldAccents(containsPattern(word)))))));
}

function agreementOrder(column: AgreementSortColumn, direction: 'asc' | 'desc'): SQL[] {
  const dir = sql.raw(direction);
  const first: Record<AgreementSortColumn, SQL[]> = {
    // Drafts (no signing date yet) come last both ways.
    signed: [sql`${agreements.signedOn} ${dir} nulls last`],
    reference: [sql`${agreements.reference} ${dir}`],
    title: [sql`${frenchSortKey(agreements.title)} ${dir}`],
    amount: [sql`${agreements.amountCents} ${dir}`],
  };
  return [...first[column], asc(agreements.reference), asc(agreements.id)];
}

/** The agreements list's conditions, shared by the page, the count and the CSV export. */
function agreementsWhere(db: DbOrTx, user: SessionUser, query: Partial<AgreementsListValues>): SQL | undefined {
  return and(
    agreementScope(db, user),
    query.program ? eq(agreements.program, query.program) : undefined,
    query.status ? eq(agreements.status, query.status) : undefined,
    query.signedFrom ? gte(agreements.signedOn, query.signedFrom) : undefined,
    query.signedTo ? lte(agreements.signedOn, query.signedTo) : undefined,
    query.mrc
      ? exists(db.select({ one: sql`1` }).from(agreementTerritories).where(and(eq(agreementTerritories.agreementId, agreements.id), eq(agreementTerritories.mrcId, query.mrc))))
      : undefined,
    wordsMatch(query.q, [agreements.title, agreements.reference, partners.name]),
  );
}

const agreementRowColumns = {
  id: agreements.id,
  reference: agreements.reference,
  title: agreements.title,
  partnerId: agreements.partnerId,
  partnerName: partners.name,
  program: agreements.program,
  programComponent: agreements.programComponent,
  amountCents: agreements.amountCents,
  status: agreements.status,
  signedOn: agreements.signedOn,
  startsOn: agreements.startsOn,
  endsOn: agreements.endsOn,
};

/** MRC names per agreement, for the rows of one page only. */
async function territoriesOf(db: DbOrTx, ids: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const byAgreement = new Map<string, { id: string; name: string }[]>();
  if (ids.length === 0) return byAgreement;
  const rows = await db
    .select({ agreementId: agreementTerritories.agreementId, id: mrcs.id, name: mrcs.name })
    .from(agreementTerritories)
    .innerJoin(mrcs, eq(mrcs.id, agreementTerritories.mrcId))
    .where(inArray(agreementTerritories.agreementId, ids))
    .orderBy(asc(frenchSortKey(mrcs.name)));
  for (const row of rows) byAgreement.set(row.agreementId, [...(byAgreement.get(row.agreementId) ?? []), { id: row.id, name: row.name }]);
  return byAgreement;
}

export type AgreementListQuery = Pick<AgreementsListValues, 'page' | 'pageSize' | 'sort'> & Partial<AgreementsListValues>;

/** One page of the agreements in the user's scope, filtered, searched and sorted in SQL, with the exact total. */
export async function listAgreements(db: DbOrTx, user: SessionUser, query: AgreementListQuery) {
  const where = agreementsWhere(db, user, query);
  const [rows, [total]] = await Promise.all([
    db
      .select(agreementRowColumns)
      .from(agreements)
      .innerJoin(partners, eq(partners.id, agreements.partnerId))
      .where(where)
      .orderBy(...agreementOrder(query.sort.column, query.sort.direction))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(agreements).innerJoin(partners, eq(partners.id, agreements.partnerId)).where(where),
  ]);
  const territories = await territoriesOf(db, rows.map((row) => row.id));
  return {
    rows: rows.map((row) => ({ ...row, mrcs: territories.get(row.id) ?? [] })),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export type AgreementListRow = Awaited<ReturnType<typeof listAgreements>>['rows'][number];

/** One agreement with its territories and funded projects, or null when absent or out of scope. */
export async function getAgreement(db: DbOrTx, user: SessionUser, id: string) {
  const [row] = await db
    .select({ ...agreementRowColumns, deliverables: agreements.deliverables, version: agreements.version, updatedAt: agreements.updatedAt })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .where(and(eq(agreements.id, id), agreementScope(db, user)));
  if (!row) return null;
  const [territories, projects] = await Promise.all([
    territoriesOf(db, [id]),
    db
      .select({
        id: fundedProjects.id,
        type: fundedProjects.type,
        title: fundedProjects.title,
        description: fundedProjects.description,
        startsOn: fundedProjects.startsOn,
        endsOn: fundedProjects.endsOn,
        participants: fundedProjects.participants,
        version: fundedProjects.version,
      })
      .from(fundedProjects)
      .where(eq(fundedProjects.agreementId, id))
      .orderBy(asc(fundedProjects.startsOn), asc(fundedProjects.title), asc(fundedProjects.id)),
  ]);
  const projectTerritories = await projectTerritoriesOf(db, projects.map((project) => project.id));
  return {
    ...row,
    mrcs: territories.get(id) ?? [],
    projects: projects.map((project) => ({ ...project, mrcs: projectTerritories.get(project.id) ?? [] })),
  };
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;

async function projectTerritoriesOf(db: DbOrTx, ids: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const byProject = new Map<string, { id: string; name: string }[]>();
  if (ids.length === 0) return byProject;
  const rows = await db
    .select({ projectId: fundedProjectTerritories.fundedProjectId, id: mrcs.id, name: mrcs.name })
    .from(fundedProjectTerritories)
    .innerJoin(mrcs, eq(mrcs.id, fundedProjectTerritories.mrcId))
    .where(inArray(fundedProjectTerritories.fundedProjectId, ids))
    .orderBy(asc(frenchSortKey(mrcs.name)));
  for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), { id: row.id, name: row.name }]);
  return byProject;
}

function projectOrder(column: ProjectSortColumn, direction: 'asc' | 'desc'): SQL[] {
  const dir = sql.raw(direction);
  const first = column === 'title' ? sql`${frenchSortKey(fundedProjects.title)} ${dir}` : sql`${fundedProjects.startsOn} ${dir}`;
  return [first, asc(fundedProjects.title), asc(fundedProjects.id)];
}

export type ProjectListQuery = Pick<ProjectsListValues, 'page' | 'pageSize' | 'sort'> & Partial<ProjectsListValues>;

/** Funded projects of the agreements in the user's scope, filtered by type, MRC and words of the title. */
export async function listFundedProjects(db: DbOrTx, user: SessionUser, query: ProjectListQuery) {
  const where = and(
    agreementScope(db, user),
    query.type ? eq(fundedProjects.type, query.type) : undefined,
    query.mrc
      ? exists(
          db
            .select({ one: sql`1` })
            .from(fundedProjectTerritories)
            .where(and(eq(fundedProjectTerritories.fundedProjectId, fundedProjects.id), eq(fundedProjectTerritories.mrcId, query.mrc))),
        )
      : undefined,
    wordsMatch(query.q, [fundedProjects.title, agreements.reference]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: fundedProjects.id,
        title: fundedProjects.title,
        type: fundedProjects.type,
        startsOn: fundedProjects.startsOn,
        endsOn: fundedProjects.endsOn,
        participants: fundedProjects.participants,
        agreementId: agreements.id,
        agreementReference: agreements.reference,
      })
      .from(fundedProjects)
      .innerJoin(agreements, eq(agreements.id, fundedProjects.agreementId))
      .where(where)
      .orderBy(...projectOrder(query.sort.column, query.sort.direction))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(fundedProjects).innerJoin(agreements, eq(agreements.id, fundedProjects.agreementId)).where(where),
  ]);
  const territories = await projectTerritoriesOf(db, rows.map((row) => row.id));
  return { rows: rows.map((row) => ({ ...row, mrcs: territories.get(row.id) ?? [] })), total: total?.value ?? 0, page: query.page, pageSize: query.pageSize };
}

export type ProjectListRow = Awaited<ReturnType<typeof listFundedProjects>>['rows'][number];

/** MRCs the user may choose (form) or filter on (lists), with their region, in French order. */
export function listMrcChoices(db: DbOrTx, user: SessionUser) {
  return db
    .select({ id: mrcs.id, name: mrcs.name, regionCode: mrcs.regionCode, regionName: regions.name })
    .from(mrcs)
    .innerJoin(regions, eq(regions.code, mrcs.regionCode))
    .where(mrcChoiceScope(user))
    .orderBy(asc(mrcs.regionCode), asc(frenchSortKey(mrcs.name)));
}

/** Partners an agreement may name: the active ones, and the agreement's own partner even if inactive since. */
export function listAgreementPartnerChoices(db: DbOrTx, currentPartnerId?: string) {
  return db
    .select({ id: partners.id, name: partners.name, active: partners.active })
    .from(partners)
    .where(currentPartnerId ? or(eq(partners.active, true), eq(partners.id, currentPartnerId)) : eq(partners.active, true))
    .orderBy(asc(frenchSortKey(partners.name)), asc(partners.name));
}

