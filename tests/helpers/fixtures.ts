import type { Db } from '@/db/client';
import * as schema from '@/db/schema';

// Minimal hand-made records for rule tests: each helper fills only what the schema requires.
let counter = 0;
const next = () => ++counter;

export async function addRegion(db: Db, code: string) {
  await db.insert(schema.regions).values({ code, name: `Region ${code}` }).onConflictDoNothing();
  const [mrc] = await db.insert(schema.mrcs).values({ code: `mrc-${code}-${next()}`, name: `MRC ${code}`, regionCode: code }).returning();
  const [servicePoint] = await db
    .insert(schema.servicePoints)
    .values({ code: `sp-${code}-${next()}`, name: `Office ${code}`, address: '1 rue Test', city: 'Testville', regionCode: code, mrcId: mrc!.id, email: 'office@example.test', phone: '819-555-0100' })
    .returning();
  const [agent] = await db
    .insert(schema.users)
    .values({ email: `agent${next()}@example.test`, displayName: 'Agent', role: 'agent', servicePointId: servicePoint!.id })
    .returning();
  const [adviser] = await db
    .insert(schema.users)
    .values({ email: `adviser${next()}@example.test`, displayName: 'Adviser', role: 'adviser', servicePointId: servicePoint!.id })
    .returning();
  const [partner] = await db.insert(schema.partners).values({ name: `Partner ${next()}`, kind: 'other', regionCode: code }).returning();
  return { code, mrcId: mrc!.id, servicePointId: servicePoint!.id, agentId: agent!.id, adviserId: adviser!.id, partnerId: partner!.id };
}

export type RegionFixture = Awaited<ReturnType<typeof addRegion>>;

export async function addPerson(db: Db) {
  const [person] = await db
    .insert(schema.persons)
    .values({ firstName: 'Test', lastName: `Person ${next()}`, birthDate: '1990-01-01', countryOfBirth: 'FR', immigrationStatus: 'permanent_resident', collectionConsentOn: '2019-01-01' })
    .returning();
  return person!.id;
}

export async function addAccompaniment(db: Db, region: RegionFixture, personId: string, openedOn: string, closedOn: string | null) {
  await db.insert(schema.accompaniments).values({
    personId,
    servicePointId: region.servicePointId,
    agentId: region.agentId,
    openedOn,
    closedOn,
    status: closedOn ? 'closed' : 'open',
    closureReason: closedOn ? 'goals_met' : null,
  });
}

export async function addBusiness(db: Db, region: RegionFixture) {
  const n = next();
  const [business] = await db
    .insert(schema.businesses)
    .values({ legalName: `Business ${n}`, neq: String(1_100_000_000 + n), naicsSector: '21', mrcId: region.mrcId, city: 'Testville' })
    .returning();
  return business!.id;
}

/** An employer file; `followedFrom` is the region whose adviser holds it (defaults to the business's). */
export async function addEmployerFile(db: Db, followedFrom: RegionFixture, businessId: string, openedOn: string, closedOn: string | null) {
  await db.insert(schema.employerFiles).values({
    businessId,
    adviserId: followedFrom.adviserId,
    servicePointId: followedFrom.servicePointId,
    openedOn,
    closedOn,
    status: closedOn ? 'closed' : 'open',
    closureReason: closedOn ? 'needs_filled' : null,
    contactName: 'Contact',
  });
}

export async function addAgreement(
  db: Db,
  regionsCovered: RegionFixture[],
  status: (typeof schema.agreementStatus.enumValues)[number],
  signedOn: string | null,
) {
  const [agreement] = await db
    .insert(schema.agreements)
    .values({ reference: `REF-${next()}`, title: 'Entente', partnerId: regionsCovered[0]!.partnerId, program: 'PAC', amountCents: 100_000, status, signedOn, startsOn: '2019-01-01', endsOn: '2021-01-01' })
    .returning();
  await db.insert(schema.agreementTerritories).values(regionsCovered.map((region) => ({ agreementId: agreement!.id, mrcId: region.mrcId })));
}
