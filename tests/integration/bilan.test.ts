import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as bilanPdf } from '@/app/(app)/bilan/pdf/route';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getBilanReport, reportedStaffByLocation } from '@/lib/bilan/queries';
import { resolveBilanScope } from '@/lib/bilan/scope';
import { bilanText } from '@/lib/bilan/text';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { readPdf } from '../helpers/pdf-text';
import { actAs } from '../helpers/session';

// The bilan regenerated from the records: the report's three sentences on the demo data, the plurals, and
// records written by the test moving the sentences.
let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const REPORT = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
const textFor = async (scope: typeof REPORT, language: 'fr' | 'en' = 'fr') => bilanText(await getBilanReport(db, scope), language);

async function region08() {
  const [mrc] = await db.select().from(schema.mrcs).where(eq(schema.mrcs.code, 'la-vallee-de-l-or'));
  const [servicePoint] = await db.select().from(schema.servicePoints).where(eq(schema.servicePoints.code, 'val-dor'));
  const [agent] = await db.select().from(schema.users).where(eq(schema.users.email, 'agent.valdor@passerelle.test'));
  const [partner] = await db.select().from(schema.partners).where(eq(schema.partners.regionCode, '08')).limit(1);
  return { mrc: mrc!, servicePoint: servicePoint!, agent: agent!, partner: partner! };
}

let referenceCounter = 0;
async function addSignedAgreement(signedOn: string) {
  const { mrc, partner } = await region08();
  const [agreement] = await db
    .insert(schema.agreements)
    .values({ reference: `BILAN-TEST-${++referenceCounter}`, title: 'Entente du test', partnerId: partner.id, program: 'PAC', amountCents: 500_000, status: 'signed', signedOn, startsOn: signedOn, endsOn: '1999-12-31' })
    .returning();
  await db.insert(schema.agreementTerritories).values({ agreementId: agreement!.id, mrcId: mrc.id });
  return agreement!;
}

describe('the bilan on the demo data (2019-08-01 to 2020-03-31, region 08)', () => {
  it('gives the report’s three figures', async () => {
    const report = await getBilanReport(db, REPORT);
    expect(report.figures).toEqual({ personsAccompanied: 114, businessesAccompanied: 44, agreementsSigned: 10 });
    expect(report.regionName).toBe('Abitibi-Témiscamingue');
  });

  it('writes the report’s sentences with the live totals, in French', async () => {
    const text = await textFor(REPORT);
    expect(text.lang).toBe('fr-CA');
    expect(text.personsSentence).toContain('À ce jour, 114 personnes immigrantes de l’Abitibi-Témiscamingue ont été accompagnées par les agentes et agents d’aide à l’intégration grâce à Accompagnement Québec');
    expect(text.businessesSentence).toBe('À ce jour, les conseillères et conseillers en immigration régionale en poste en Abitibi-Témiscamingue ont accompagné 44 entreprises de la région.');
    expect(text.agreementsSentence).toContain('ont également permis d’établir 10 ententes avec différents partenaires du milieu.');
    expect(text.period).toBe('Période du 1er août 2019 au 31 mars 2020 · région 08 Abitibi-Témiscamingue');
  });

  it('and in English', async () => {
    const text = await textFor(REPORT, 'en');
    expect(text.lang).toBe('en-CA');
    expect(text.personsSentence).toContain('To date, 114 immigrants from Abitibi-Témiscamingue have been accompanied by integration agents');
    expect(text.businessesSentence).toContain('have accompanied 44 businesses of the region.');
    expect(text.agreementsSentence).toContain('establish 10 agreements with various local partners.');
  });

  it('counts the region’s staff by service point and role, and names where they work', async () => {
    const staff = await reportedStaffByLocation(db, '08');
    const advisers = staff.filter((row) => row.role === 'adviser');
    const agents = staff.filter((row) => row.role === 'agent');
    expect(advisers.map((row) => row.city).sort()).toEqual(['Rouyn-Noranda', "Val-d'Or"]);
    expect(agents.map((row) => row.city).sort()).toEqual(['La Sarre', 'Rouyn-Noranda', "Val-d'Or", 'Ville-Marie']);
    // The manager (Rouyn-Noranda) and staff of other regions are not counted.
    expect(staff.reduce((sum, row) => sum + row.count, 0)).toBe(6);
    const text = await textFor(REPORT);
    expect(text.staff.sentences[0]).toContain('2 conseillères et conseillers en immigration régionale sont en poste en Abitibi-Témiscamingue, soit à Rouyn-Noranda et Val-d\'Or');
    expect(text.staff.sentences[1]).toBe('À ceux-ci s’ajoutent 4 agentes et agents d’aide à l’intégration en poste à La Sarre, Rouyn-Noranda, Val-d\'Or et Ville-Marie.');
    expect(text.staff.table.rows).toContainEqual(["Services Québec – Val-d'Or", '1', '1']);
  });

  it('lists the funded projects by type and MRC, the service points and the contact line', async () => {
    const report = await getBilanReport(db, REPORT);
    const text = bilanText(report, 'fr');
    expect(report.fundedProjects.projects.length).toBeGreaterThan(0);
    // A distinct count per type, never more than the projects listed.
    const total = report.fundedProjects.totals.reduce((sum, row) => sum + row.projects, 0);
    expect(total).toBe(report.fundedProjects.projects.length);
    expect(text.projects.table!.columns).toEqual(['Type de projet', 'Abitibi', 'Abitibi-Ouest', 'La Vallée-de-l’Or', 'Rouyn-Noranda', 'Témiscamingue', 'Ensemble de la région'].map((name) => (name === 'La Vallée-de-l’Or' ? report.fundedProjects.mrcs.find((mrc) => mrc.name.startsWith('La Vall'))!.name : name)));
    expect(text.offices.addresses.map((address) => address.line)).toContain('Services Québec, 186, avenue Perrault, Val-d\'Or, Québec, J9P 2H5');
    expect(text.offices.addresses).toHaveLength(5);
  });
});

describe('plurals and records written by the test', () => {
  // A period of 1995, far from every demo record: the test's own records are all there is.
  const EMPTY = { from: '1995-01-01', to: '1995-12-31', regionCode: '08' };

  it('says 0 with the singular in French and the plural in English', async () => {
    const fr = await textFor(EMPTY);
    expect(fr.personsSentence).toContain('À ce jour, 0 personne immigrante de l’Abitibi-Témiscamingue a été accompagnée');
    expect(fr.businessesSentence).toContain('ont accompagné 0 entreprise de la région.');
    expect(fr.agreementsSentence).toContain('d’établir 0 entente avec');
    const en = await textFor(EMPTY, 'en');
    expect(en.personsSentence).toContain('To date, 0 immigrants from Abitibi-Témiscamingue have been accompanied');
    expect(en.agreementsSentence).toContain('establish 0 agreements with');
  });

  it('moves from 1 entente to 2 ententes as agreements are signed', async () => {
    await addSignedAgreement('1995-03-01');
    expect((await textFor(EMPTY)).agreementsSentence).toContain('d’établir 1 entente avec');
    expect((await textFor(EMPTY, 'en')).agreementsSentence).toContain('establish 1 agreement with');
    await addSignedAgreement('1995-06-01');
    expect((await textFor(EMPTY)).agreementsSentence).toContain('d’établir 2 ententes avec');
    expect((await textFor(EMPTY, 'en')).agreementsSentence).toContain('establish 2 agreements with');
  });

  it('counts a person accompanied in the period: 1 personne … a été accompagnée', async () => {
    const { servicePoint, agent } = await region08();
    const [person] = await db
      .insert(schema.persons)
      .values({ firstName: 'Bilan', lastName: 'Test', birthDate: '1970-01-01', countryOfBirth: 'FR', immigrationStatus: 'permanent_resident', collectionConsentOn: '1995-01-01' })
      .returning();
    await db.insert(schema.accompaniments).values({ personId: person!.id, servicePointId: servicePoint.id, agentId: agent.id, openedOn: '1995-04-01', closedOn: '1995-09-30', status: 'closed', closureReason: 'goals_met', needs: ['employment'] });
    expect((await textFor(EMPTY)).personsSentence).toContain('À ce jour, 1 personne immigrante de l’Abitibi-Témiscamingue a été accompagnée par');
    expect((await textFor(EMPTY, 'en')).personsSentence).toContain('To date, 1 immigrant from Abitibi-Témiscamingue has been accompanied by');
  });

  it('follows staff changes: a disabled adviser leaves the staff section', async () => {
    await db.update(schema.users).set({ active: false }).where(eq(schema.users.email, 'conseil.valdor@passerelle.test'));
    try {
      const text = await textFor(REPORT);
      expect(text.staff.sentences[0]).toContain('1 conseillère ou conseiller en immigration régionale est en poste en Abitibi-Témiscamingue, soit à Rouyn-Noranda,');
    } finally {
      await db.update(schema.users).set({ active: true }).where(eq(schema.users.email, 'conseil.valdor@passerelle.test'));
    }
  });

  it('lists a partner once it is marked as a resource, and the contact line once it is set', async () => {
    const { partner } = await region08();
    await db.update(schema.partners).set({ listedAsResource: true, services: 'Accueil et intégration' }).where(eq(schema.partners.id, partner.id));
    await db.update(schema.appSettings).set({ contactEmail: 'accompagnement_gc_drnoq@mifi.gouv.qc.ca', contactPhone: '1 833 274-4667' }).where(eq(schema.appSettings.id, 1));
    const text = await textFor(REPORT);
    expect(text.resources.items).toContainEqual(expect.objectContaining({ name: partner.name, details: expect.arrayContaining(['Accueil et intégration']) }));
    expect(text.resources.none).toBeNull();
    expect(text.offices.contactLines).toEqual(['Courriel : accompagnement_gc_drnoq@mifi.gouv.qc.ca', 'Téléphone : 1 833 274-4667']);
  });
});

describe('the period and region a reader may ask for', () => {
  const resolveAs = async (email: string, request: Record<string, unknown>) => {
    await actAs(db, email);
    return resolveBilanScope(db, (await getCurrentUser())!, request);
  };

  it('defaults a manager to their own region and refuses another one by name', async () => {
    const own = await resolveAs('direction@passerelle.test', { from: '2019-08-01', to: '2020-03-31' });
    expect(own).toEqual({ ok: true, scope: REPORT });
    expect(await resolveAs('direction@passerelle.test', { from: '2019-08-01', to: '2020-03-31', region: '07' })).toEqual({ ok: false, errors: { region: 'outsideYourRegion' } });
  });

  it('lets an admin report on any region', async () => {
    expect(await resolveAs('admin@passerelle.test', { from: '2019-08-01', to: '2020-03-31', region: '07' })).toMatchObject({ ok: true, scope: { regionCode: '07' } });
  });

  it.each([
    [{ from: '2020-03-31', to: '2019-08-01' }, { from: 'notAfterTo' }],
    [{ from: '2019-02-30', to: '2020-03-31' }, { from: 'invalidDate' }],
    [{ from: '2019-08-01', to: 'demain' }, { to: 'invalidDate' }],
    [{ region: '99' }, { region: 'unknownRegion' }],
    [{ region: 'x' }, { region: 'invalidRegion' }],
    [{ from: ['2019-08-01', '2019-09-01'] }, { from: 'invalidDate' }],
  ])('refuses %j naming the field', async (request, errors) => {
    expect(await resolveAs('admin@passerelle.test', request)).toEqual({ ok: false, errors });
  });
});

describe('GET /bilan/pdf', () => {
  const call = (query: string) => bilanPdf(new Request(`http://localhost/bilan/pdf${query}`));

  it('is a tagged PDF in French holding the three sentences, and the download is audited', async () => {
    await actAs(db, 'direction@passerelle.test');
    const response = await call('?from=2019-08-01&to=2020-03-31&region=08');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('bilan-08-2019-08-01-2020-03-31.pdf');
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.lang).toBe('fr-CA');
    expect(pdf.tagged).toBe(true);
    expect(pdf.title).toBe('Bilan des réalisations 1er août 2019 – 31 mars 2020, Abitibi-Témiscamingue');
    expect(pdf.text).toContain('À ce jour, 114 personnes immigrantes de l’Abitibi-Témiscamingue ont été accompagnées');
    expect(pdf.text).toContain('ont accompagné 44 entreprises de la région');
    expect(pdf.text).toContain('d’établir 10 ententes avec différents partenaires du milieu');
    const [manager] = await db.select().from(schema.users).where(eq(schema.users.email, 'direction@passerelle.test'));
    const audits = await db.select().from(schema.auditEvents).where(and(eq(schema.auditEvents.action, 'bilan.exported'), eq(schema.auditEvents.actorId, manager!.id)));
    expect(audits.at(-1)!.details).toEqual({ from: '2019-08-01', to: '2020-03-31', region: '08', language: 'fr', format: 'pdf' });
  });

  it('answers 400 naming the parameter: reversed period, another region for a manager, an unknown parameter', async () => {
    await actAs(db, 'direction@passerelle.test');
    for (const [query, parameter] of [['?from=2020-03-31&to=2019-08-01', 'from'], ['?region=07', 'region'], ['?regio=08', 'regio'], ['?to=2020-02-30', 'to']] as const) {
      const response = await call(query);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: 'invalid_parameter', parameter });
    }
  });

  it('is refused to agents and advisers (403) and to anonymous callers (401)', async () => {
    await actAs(db, 'agent.valdor@passerelle.test');
    expect((await call('')).status).toBe(403);
    await actAs(db, 'conseil.rouyn@passerelle.test');
    expect((await call('')).status).toBe(403);
    await actAs(db, null);
    expect((await call('')).status).toBe(401);
  });
});
