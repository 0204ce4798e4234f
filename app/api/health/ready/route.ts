import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { checkReadiness } from '@/lib/health/readiness';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/**
 * Readiness probe (the load balancer's): 200 when this instance can serve, 503 with a reason code while the
 * database is unreachable or migrations are pending. Public, like the liveness probe: it tells up or down
 * and why, nothing else.
 */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness(getDb);
  const headers = { 'Cache-Control': 'no-store' };
  if (readiness.ready) return NextResponse.json({ status: 'ready' }, { headers });
  const { reason, pendingMigrations } = readiness;
  log.warn('health.not_ready', { reason, pendingMigrations });
  return NextResponse.json({ status: 'not_ready', reason, pendingMigrations }, { status: 503, headers });
}
