import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { defineRoute, jsonError } from '@/lib/api/route';
import { listPersons } from '@/lib/persons/queries';
import { zodFieldErrors } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const query = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  q: z.string().max(100).optional(),
});

/** GET /api/v1/persons?page=1&q=name: the persons the caller's scope reaches, paginated. */
export const GET = defineRoute(['person:read', 'person:read-hire'], async (request, user) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse(params);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error);
    const [parameter] = Object.keys(errors);
    return jsonError(400, 'invalid_parameter', { parameter, message: `${parameter} is invalid`, errors });
  }
  const result = await listPersons(getDb(), user, { page: parsed.data.page, search: parsed.data.q });
  return NextResponse.json(result, { headers: { 'Cache-Control': 'no-store' } });
});
