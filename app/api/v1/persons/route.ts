import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { listPersons } from '@/lib/persons/queries';
import { boundedText } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const query = z.object({
  page: z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(10_000, 'invalid').default(1),
  q: boundedText({ max: 100 }).optional(),
});

/** GET /api/v1/persons?page=1&q=name: the persons the caller's scope reaches, paginated. */
export const GET = defineRoute(['person:read', 'person:read-hire'], async (request, user) => {
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  const result = await listPersons(getDb(), user, { page: parsed.data.page, search: parsed.data.q });
  return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
});
