import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { countAgreementsSigned, countBusinessesAccompanied, countPersonsAccompanied } from '@/lib/metrics/counts';
import { closeTestDatabase, openTestDatabase } from '../helpers/database';
import {
  addAccompaniment,
  addAgreement,
  addBusiness,
  addEmployerFile,
  addPerson,
  addRegion,
  type RegionFixture,
} from '../helpers/fixtures';

// Small hand-made fixtures around the boundaries of one period (2019-08-01 to 2020-03-31) in region 08.
const scope = { from: '2019-08-01', to: '2020-03-31', regionCode: '08' };
let db: Db;
let here: RegionFixture;
let elsewhere: RegionFixture;

beforeAll(async () => {
  db = await openTestDatabase();
  here = await addRegion(db, '08');
  elsewhere = await addRegion(db, '07');
});
afterAll(closeTestDatabase);

describe('persons accompanied', () => {
  it('counts an interval that overlaps the period, on its first and its last day', async () => {
    const before = await countPersonsAccompanied(db, scope);
    await addAccompaniment(db, here, await addPerson(db), '2019-03-01', '2019-08-01'); // closed on the first day
    await addAccompaniment(db, here, await addPerson(db), '2020-03-31', null); // opened on the last day, still open
    await addAccompaniment(db, here, await addPerson(db), '2018-01-01', null); // open since before the period
    expect(await countPersonsAccompanied(db, scope)).toBe(before + 3);
  });

  it('ignores an accompaniment closed the day before or opened the day after the period', async () => {
    const before = await countPersonsAccompanied(db, scope);
    await addAccompaniment(db, here, await addPerson(db), '2019-01-01', '2019-07-31');
    await addAccompaniment(db, here, await addPerson(db), '2020-04-01', null);
    expect(await countPersonsAccompanied(db, scope)).toBe(before);
  });

  it('counts a person with two accompaniments once', async () => {
    const before = await countPersonsAccompanied(db, scope);
    const person = await addPerson(db);
    await addAccompaniment(db, here, person, '2019-08-10', '2019-09-10');
    await addAccompaniment(db, here, person, '2019-11-01', '2020-01-15');
    expect(await countPersonsAccompanied(db, scope)).toBe(before + 1);
  });

  it('ignores accompaniments held by a service point of another region', async () => {
    const before = await countPersonsAccompanied(db, scope);
    await addAccompaniment(db, elsewhere, await addPerson(db), '2019-09-01', null);
    expect(await countPersonsAccompanied(db, scope)).toBe(before);
    expect(await countPersonsAccompanied(db, { ...scope, regionCode: '07' })).toBe(1);
  });
});

describe('businesses accompanied', () => {
  it('counts distinct businesses of the region whose file overlaps the period', async () => {
    const before = await countBusinessesAccompanied(db, scope);
    const twice = await addBusiness(db, here);
    await addEmployerFile(db, here, twice, '2019-05-01', '2019-08-01');
    await addEmployerFile(db, here, twice, '2020-01-01', null);
    await addEmployerFile(db, here, await addBusiness(db, here), '2020-03-31', '2020-06-01');
    expect(await countBusinessesAccompanied(db, scope)).toBe(before + 2);
  });

  it('ignores files outside the period and businesses located in another region', async () => {
    const before = await countBusinessesAccompanied(db, scope);
    await addEmployerFile(db, here, await addBusiness(db, here), '2019-01-01', '2019-07-31');
    await addEmployerFile(db, here, await addBusiness(db, here), '2020-04-01', null);
    // Followed by an adviser of region 08, but the business is located in region 07.
    await addEmployerFile(db, here, await addBusiness(db, elsewhere), '2019-10-01', null);
    expect(await countBusinessesAccompanied(db, scope)).toBe(before);
  });
});

describe('agreements signed', () => {
  it('counts agreements covering the region signed within the period, boundaries included', async () => {
    const before = await countAgreementsSigned(db, scope);
    await addAgreement(db, [here], 'signed', '2019-08-01');
    await addAgreement(db, [here], 'completed', '2020-03-31');
    await addAgreement(db, [here, elsewhere], 'active', '2019-12-01'); // covers two regions: counted in each
    expect(await countAgreementsSigned(db, scope)).toBe(before + 3);
  });

  it('ignores drafts, cancelled agreements, other dates and other regions', async () => {
    const before = await countAgreementsSigned(db, scope);
    await addAgreement(db, [here], 'draft', null);
    await addAgreement(db, [here], 'cancelled', '2019-10-01');
    await addAgreement(db, [here], 'signed', '2019-07-31');
    await addAgreement(db, [here], 'signed', '2020-04-01');
    await addAgreement(db, [elsewhere], 'signed', '2019-10-01');
    expect(await countAgreementsSigned(db, scope)).toBe(before);
  });

  it('counts an agreement covering several MRCs of the region once', async () => {
    const before = await countAgreementsSigned(db, scope);
    const secondMrcHere = await addRegion(db, '08');
    await addAgreement(db, [here, secondMrcHere], 'signed', '2019-09-01');
    expect(await countAgreementsSigned(db, scope)).toBe(before + 1);
  });
});
