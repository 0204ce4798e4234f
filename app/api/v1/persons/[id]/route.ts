import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalidParameters, parseQuery } from '@/lib/api/query';
import { defineRoute, jsonError } from '@/lib/api/route';
import { getPerson } from '@/lib/persons/queries';

export const dynamic = 'force-dynamic';

const personId = z.string().uuid();
const noParameters = z.object({});

/** GET /api/v1/persons/:id: one person's file; 404 when absent or out of scope (no existence leak). */
export const GET = defineRoute(['person:read', 'person:read-hire'], async (request, user, context) => {
  const { id } = await context.params;
  const parsed = personId.safeParse(id);
  if (!parsed.success) return invalidParameters({ id: 'invalid' });
  const query = parseQuery(request, noParameters);
  if (!query.ok) return query.response;
  const person = await getPerson(getDb(), user, parsed.data);
  if (!person) return jsonError(404, 'not_found', { message: 'No such person in your scope.' });
  return NextResponse.json(person, { headers: { 'Cache-Control': 'no-store' } });
});
