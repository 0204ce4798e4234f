import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { getCurrentUser, type SessionUser } from '@/lib/auth/current-user';
import { checkAccess, idOf } from '@/lib/auth/access';
import { isDatabaseUnavailable } from '@/db/availability';
import type { Permission } from '@/lib/authz';
import { isUniqueViolation, NotFoundError, RuleError, VersionConflictError } from '@/lib/errors';
import { log } from '@/lib/log';
import { zodFieldErrors } from '@/lib/validation';

export type ActionError = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'duplicate' | 'unavailable' | 'unexpected';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionError; fieldErrors?: Record<string, string>; reference?: string };

/** A form's fields as an object; a field sent twice is refused by name rather than one value kept. */
function toPlainObject(raw: unknown): { value: unknown; repeated?: string } {
  if (!(raw instanceof FormData)) return { value: raw };
  const repeated = [...new Set(raw.keys())].find((key) => raw.getAll(key).length > 1);
  return { value: Object.fromEntries(raw), repeated };
}

/**
 * Every server action is a public POST endpoint: this wrapper makes the order impossible to get wrong.
 * 1. authenticate (session checked against the database), 2. authorize (policy table), 3. validate (zod,
 * all field errors), 4. run, 5. map known failures to a result, never a 500 with details; a database that
 * is down or timed out, at any step, is `unavailable` (try again), not `unexpected`.
 */
export function defineAction<Schema extends z.ZodType, Result>(
  config: { name: string; permission: Permission | readonly Permission[]; schema: Schema },
  run: (input: z.output<Schema>, user: SessionUser) => Promise<Result>,
): (raw: z.input<Schema> | FormData) => Promise<ActionResult<Result>> {
  return async (raw) => {
    try {
      return await authorizeValidateRun(config, run, raw);
    } catch (error) {
      // Redirects and other control flow thrown by Next must pass through.
      if ((error as { digest?: string })?.digest?.startsWith('NEXT_')) throw error;
      // Down, restarting or timed out, from the session check on: the form says "try again in a moment".
      if (isDatabaseUnavailable(error)) {
        log.warn('action.database_unavailable', { action: config.name, code: (error as { code?: string })?.code });
        return { ok: false, error: 'unavailable' };
      }
      const reference = randomUUID().slice(0, 8);
      log.error('action.failed', { reference, action: config.name, errorName: (error as Error)?.name, code: (error as { code?: string })?.code });
      return { ok: false, error: 'unexpected', reference };
    }
  };
}

async function authorizeValidateRun<Schema extends z.ZodType, Result>(
  config: { name: string; permission: Permission | readonly Permission[]; schema: Schema },
  run: (input: z.output<Schema>, user: SessionUser) => Promise<Result>,
  raw: z.input<Schema> | FormData,
): Promise<ActionResult<Result>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: 'unauthenticated' };
  if (!(await checkAccess(user, typeof config.permission === 'string' ? [config.permission] : [...config.permission], { endpoint: `action ${config.name}`, entityId: idOf(raw) }))) return { ok: false, error: 'forbidden' };
  const input = toPlainObject(raw);
  if (input.repeated) return { ok: false, error: 'invalid', fieldErrors: { [input.repeated]: 'repeated' } };
  const parsed = config.schema.safeParse(input.value);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: zodFieldErrors(parsed.error) };
  try {
    return { ok: true, data: await run(parsed.data, user) };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, error: 'not_found' };
    if (error instanceof VersionConflictError) return { ok: false, error: 'conflict' };
    if (error instanceof RuleError) return { ok: false, error: 'invalid', fieldErrors: { [error.field]: error.code } };
    if (isUniqueViolation(error)) return { ok: false, error: 'duplicate' };
    throw error;
  }
}
