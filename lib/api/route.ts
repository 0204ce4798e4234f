import 'server-only';
import { NextResponse } from 'next/server';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { checkAccess } from '@/lib/auth/access';
import type { Permission } from '@/lib/authz';

type RouteContext = { params: Promise<Record<string, string>> };
type Handler = (request: Request, user: SessionUser, context: RouteContext) => Promise<Response>;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

const NO_PARAMS: RouteContext = { params: Promise.resolve({}) };

/**
 * A JSON route handler that authenticates, then authorizes (any one of the permissions), before the
 * handler validates and runs. Refusals are audited.
 */
export function defineRoute(permission: Permission | Permission[], handler: Handler) {
  const accepted = Array.isArray(permission) ? permission : [permission];
  return async (request: Request, context: RouteContext = NO_PARAMS): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return jsonError(401, 'unauthenticated', { message: 'Sign in first.' });
    if (!(await checkAccess(user, accepted))) return jsonError(403, 'forbidden', { message: 'Your role does not allow this.' });
    return handler(request, user, context);
  };
}
