import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { personListQuery, toPersonListQuery } from '@/lib/persons/list-query';
import { listPersons } from '@/lib/persons/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/persons?page&q&status&need&agent&mrc&openedFrom&openedTo&closedFrom&closedTo&sort: the persons
 * the caller's scope reaches, filtered, sorted and paginated (lib/persons/list-query.ts). `total` is exact up
 * to 1,000 (`totalIsExact`); pages stop at 40.
 */
export const GET = defineRoute(['person:read', 'person:read-hire'], async (request, user) => {
  const parsed = parseQuery(request, personListQuery);
  if (!parsed.ok) return parsed.response;
  const result = await listPersons(getDb(), user, toPersonListQuery(parsed.data));
  return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
});
