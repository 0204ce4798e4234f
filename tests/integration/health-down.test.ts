import { afterAll, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { closeDb } from '@/db/client';

// A PostgreSQL server that does not answer (nothing listens on port 1): the probe must say so.
const previous = process.env.DATABASE_URL;
process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/passerelle';
afterAll(async () => {
  await closeDb();
  if (previous === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previous;
});

it('answers 503 when the database does not answer', async () => {
  const response = await health();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', database: 'postgresql' });
});
