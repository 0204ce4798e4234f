import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { defineRoute, jsonError } from '@/lib/api/route';
import { getPerson } from '@/lib/persons/queries';

export const dynamic = 'force-dynamic';

/** GET /api/v1/persons/:id: one person's file; 404 when absent or out of scope (no existence leak). */
export const GET = defineRoute(['person:read', 'person:read-hire'], async (_request, user, context) => {
  const { id } = await context.params;
  if (!z.string().uuid().safeParse(id).success) return jsonError(400, 'invalid_parameter', { parameter: 'id', message: 'id must be a UUID' });
  const person = await getPerson(getDb(), user, id!);
  if (!person) return jsonError(404, 'not_found', { message: 'No such person in your scope.' });
  return NextResponse.json(person, { headers: { 'Cache-Control': 'no-store' } });
});
