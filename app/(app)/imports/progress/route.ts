import { NextResponse } from 'next/server';
import { z } from 'zod';
import { parseQuery } from '@/lib/api/query';
import { defineRoute } from '@/lib/api/route';
import { readProgress } from '@/lib/imports/progress';

export const dynamic = 'force-dynamic';

const progressQuery = z.object({ id: z.string({ message: 'required' }).uuid('invalid') });

/**
 * GET /imports/progress?id=<upload id>: how far the caller's own running check or import of that upload
 * is (rows done, errors so far, time since it started). Counts only; `running: false` before it starts and once it has ended.
 */
export const GET = defineRoute(['import:persons', 'import:employer-files'], async (request, user) => {
  const query = parseQuery(request, progressQuery);
  if (!query.ok) return query.response;
  const state = readProgress(user.id, query.data.id);
  if (!state) return NextResponse.json({ running: false }, { headers: { 'Cache-Control': 'no-store' } });
  return NextResponse.json({ running: true, phase: state.phase, rows: state.rows, errors: state.errors, elapsedMs: Date.now() - state.startedAt }, { headers: { 'Cache-Control': 'no-store' } });
});
