import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { defineRoute } from '@/lib/api/route';
import { parseUrlParams } from '@/lib/search-params/request';
import { staffListParams } from '@/lib/staff/list-params';
import { listStaff } from '@/lib/staff/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/staff?q&role&status&sort&page&pageSize: staff accounts, admins only. The parameters are the
 * staff list's (lib/staff/list-params.ts), so a view of the list and this answer are the same page.
 */
export const GET = defineRoute('staff:manage', async (request, user) => {
  const parsed = parseUrlParams(request, staffListParams);
  if (!parsed.ok) return parsed.response;
  const { rows, ...page } = await listStaff(getDb(), user, parsed.data);
  return NextResponse.json(
    {
      ...page,
      rows: rows.map(({ id, email, displayName, role, servicePointName, active, mustChangePassword, lastSignInAt }) => ({
        id,
        email,
        displayName,
        role,
        servicePointName,
        active,
        mustChangePassword,
        lastSignInAt,
      })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
