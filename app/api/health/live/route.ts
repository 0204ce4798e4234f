import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

/**
 * Liveness probe: the process answers HTTP. It never touches the database, so that an outage of the
 * database makes instances unready (no traffic) without getting them restarted for nothing.
 */
export function GET(): Response {
  return NextResponse.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
