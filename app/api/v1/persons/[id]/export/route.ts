import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/api/route';
import { readPersonExport } from '@/lib/privacy/export-request';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/persons/:id/export: what Passerelle holds about the person (access and portability requests,
 * s. 83-84), as a JSON file to hand over. Roles that may open the file only; 404 out of scope; audited.
 */
export const GET = defineRoute('person:read', async (request, user, context) => {
  const read = await readPersonExport(request, user, context, 'json');
  if ('response' in read) return read.response;
  return NextResponse.json(read.data, {
    headers: { 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="passerelle-${read.data.person.id}.json"` },
  });
});
