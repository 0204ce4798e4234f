import 'server-only';
import { NextResponse } from 'next/server';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { can, type Permission } from '@/lib/authz';

type Handler = (request: Request, user: SessionUser) => Promise<Response>;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** A JSON route handler that authenticates, then authorizes, before the handler validates and runs. */
export function defineRoute(permission: Permission, handler: Handler) {
  return async (request: Request): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return jsonError(401, 'unauthenticated', { message: 'Sign in first.' });
    if (!can(user.role, permission)) return jsonError(403, 'forbidden', { message: 'Your role does not allow this.' });
    return handler(request, user);
  };
}
