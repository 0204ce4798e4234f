import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { checkAccess } from '@/lib/auth/access';
import type { Permission } from '@/lib/authz';
import { log } from '@/lib/log';
import { isDatabaseUnavailable } from '@/db/availability';

export type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: Request, user: SessionUser, context: RouteContext) => Promise<Response>;

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** What a 503 asks clients to wait: about one connect timeout, the time a restarted server takes to accept. */
const RETRY_AFTER_SECONDS = 5;

const NO_PARAMS: RouteContext = { params: Promise.resolve({}) };

/** "GET /api/v1/persons/[id]": what the audit trail and the log name, without the values of the path. */
function routeName(request: Request, params: Record<string, string | string[]>): string {
  let path = new URL(request.url).pathname;
  for (const [name, value] of Object.entries(params)) {
    for (const segment of [value].flat()) path = path.replace(`/${encodeURIComponent(segment)}`, `/[${name}]`);
  }
  return `${request.method} ${path}`;
}

/** The record a route names in its path, when it is an id (audited with a refusal). */
function targetId(params: Record<string, string | string[]>): string | undefined {
  return typeof params.id === 'string' && /^[0-9a-f-]{36}$/i.test(params.id) ? params.id : undefined;
}

/**
 * A JSON route handler that authenticates, then authorizes (any one of the permissions), before the
 * handler validates and runs. Refusals are audited with the route and its target. An unexpected failure
 * is logged by name and reference only and answers a generic 500; an unavailable database a 503.
 */
export function defineRoute(permission: Permission | Permission[], handler: Handler) {
  const accepted = Array.isArray(permission) ? permission : [permission];
  return async (request: Request, context: RouteContext = NO_PARAMS): Promise<Response> => {
    // Next.js hands routes without dynamic segments no params at all.
    const params = (await context.params) ?? {};
    const endpoint = routeName(request, params);
    try {
      const user = await getCurrentUser();
      if (!user) return jsonError(401, 'unauthenticated', { message: 'Sign in first.' });
      if (!(await checkAccess(user, accepted, { endpoint, entityId: targetId(params) }))) {
        return jsonError(403, 'forbidden', { message: 'Your role does not allow this.' });
      }
      return await handler(request, user, context);
    } catch (error) {
      return failure(endpoint, error);
    }
  };
}

/** A database down, restarting or timed out answers 503 (retry shortly), from the session check on; anything else 500. */
function failure(endpoint: string, error: unknown): Response {
  const code = (error as { code?: string })?.code;
  if (isDatabaseUnavailable(error)) {
    log.warn('route.database_unavailable', { endpoint, code });
    const response = jsonError(503, 'database_unavailable', { message: 'The database is unavailable. Try again in a moment.' });
    response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
    return response;
  }
  const reference = randomUUID().slice(0, 8);
  log.error('route.failed', { reference, endpoint, errorName: (error as Error)?.name, code });
  return jsonError(500, 'unexpected', { message: `Unexpected error (reference ${reference}).`, reference });
}
