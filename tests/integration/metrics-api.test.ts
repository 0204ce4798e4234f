import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as metrics } from '@/app/api/v1/metrics/route';
import type { Db } from '@/db/client';
import { closeTestDatabase, openSeededTestDatabase } from '../helpers/database';
import { actAs } from '../helpers/session';

let db: Db;
beforeAll(async () => {
  db = await openSeededTestDatabase();
});
afterAll(closeTestDatabase);

const call = (query: string) => metrics(new Request(`http://localhost/api/v1/metrics${query}`));

describe('GET /api/v1/metrics', () => {
  it('answers 401 in JSON to an anonymous caller', async () => {
    await actAs(db, null);
    const response = await call('?from=2019-08-01&to=2020-03-31&region=08');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it.each(['direction@passerelle.test', 'agent.valdor@passerelle.test', 'conseil.rouyn@passerelle.test', 'admin@passerelle.test'])(
    'gives %s the report figures as integers',
    async (email) => {
      await actAs(db, email);
      const response = await call('?from=2019-08-01&to=2020-03-31&region=08');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        from: '2019-08-01',
        to: '2020-03-31',
        region: '08',
        personsAccompanied: 114,
        businessesAccompanied: 44,
        agreementsSigned: 10,
      });
    },
  );

  it('uses the default period and region (a setting) when none is given', async () => {
    await actAs(db, 'direction@passerelle.test');
    const body = await (await call('')).json();
    expect(body).toMatchObject({ from: '2019-08-01', to: '2020-03-31', region: '08', personsAccompanied: 114 });
  });

  it.each([
    ['?from=2019-13-01&to=2020-03-31&region=08', 'from'],
    ['?from=2019-08-01&to=2020-02-30&region=08', 'to'],
    ['?from=01/08/2019&to=2020-03-31&region=08', 'from'],
    ['?from=2020-04-01&to=2020-03-31&region=08', 'from'],
    ['?from=2019-08-01&to=2020-03-31&region=99', 'region'],
    ['?from=2019-08-01&to=2020-03-31&region=abc', 'region'],
    // Years the database refuses, or nobody means.
    ['?from=0000-01-01&to=2020-03-31', 'from'],
    ['?from=2019-08-01&to=99999-12-31', 'to'],
    ['?from=1899-12-31', 'from'],
    // Asked twice or as an array: answering with one of them would answer another question.
    ['?region=08&region=07', 'region'],
    ['?region[]=08', 'region[]'],
    ['?from=2019-08-01&from=2019-09-01', 'from'],
    ['?regoin=08', 'regoin'],
  ])('answers 400 naming the bad parameter for %s', async (query, parameter) => {
    await actAs(db, 'direction@passerelle.test');
    const response = await call(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.parameter).toBe(parameter);
    expect(body.message).toContain(parameter);
  });

  it('blames the end that was given when only one end crosses the default period', async () => {
    await actAs(db, 'direction@passerelle.test');
    const early = await (await call('?to=2019-01-01')).json();
    expect(early).toMatchObject({ parameter: 'to', message: 'to must not be before "from"' });
    const late = await (await call('?from=2021-01-01')).json();
    expect(late).toMatchObject({ parameter: 'from', message: 'from must not be after "to"' });
  });

  it('ends the session of a disabled account on its next request', async () => {
    await actAs(db, 'agent.rouyn@passerelle.test');
    const { users } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    await db.update(users).set({ active: false }).where(eq(users.email, 'agent.rouyn@passerelle.test'));
    expect((await call('')).status).toBe(401);
  });
});

describe('GET /api/health', () => {
  it('reports the database in use', async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgresql' : 'pglite' });
  });
});
