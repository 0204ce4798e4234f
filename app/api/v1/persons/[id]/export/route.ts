import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalidParameters, parseQuery } from '@/lib/api/query';
import { defineRoute, jsonError } from '@/lib/api/route';
import { getPersonExport } from '@/lib/privacy/export';

export const dynamic = 'force-dynamic';

const personId = z.string().uuid();
const noParameters = z.object({});

/**
 * GET /api/v1/persons/:id/export: what Passerelle holds about the person (access and portability requests,
 * s. 83-84), as a JSON file to hand over. Roles that may open the file only; 404 out of scope; audited.
 */
export const GET = defineRoute('person:read', async (request, user, context) => {
  const { id } = await context.params;
  const parsed = personId.safeParse(id);
  if (!parsed.success) return invalidParameters({ id: 'invalid' });
  const query = parseQuery(request, noParameters);
  if (!query.ok) return query.response;
  const data = await getPersonExport(getDb(), user, parsed.data, 'json');
  if (!data) return jsonError(404, 'not_found', { message: 'No such person in your scope.' });
  return NextResponse.json(data, {
    headers: { 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="passerelle-${parsed.data}.json"` },
  });
});
