import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { databaseKind, getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 3_000;

/**
 * Public health check: 200 when the database answers, 503 otherwise. Reveals no data. Kept as it was for
 * its users (the browser tests' servers are awaited on it, uptime monitors); orchestrators use the probes
 * beside it: /api/health/live (the process, no database) and /api/health/ready (database and migrations).
 */
export async function GET(): Promise<Response> {
  const database = databaseKind();
  try {
    await Promise.race([
      getDb().execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)),
    ]);
    return NextResponse.json({ status: 'ok', database }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return NextResponse.json({ status: 'unavailable', database }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
