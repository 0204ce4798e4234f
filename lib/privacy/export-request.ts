import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { invalidParameters, parseQuery } from '@/lib/api/query';
import { jsonError, type RouteContext } from '@/lib/api/route';
import type { SessionUser } from '@/lib/auth/current-user';
import { getPersonExport, type PersonExport } from './export';

const personId = z.string().uuid();
const noParameters = z.object({});

/**
 * The export routes' common start (JSON and PDF): a person id and no query parameter, then the export within
 * the user's scope (audited with its format). Either the data, or the answer to send instead: 400 naming the
 * parameter, 404 out of scope.
 */
export async function readPersonExport(request: Request, user: SessionUser, context: RouteContext, format: 'json' | 'pdf'): Promise<{ data: PersonExport } | { response: Response }> {
  const { id } = await context.params;
  const parsed = personId.safeParse(id);
  if (!parsed.success) return { response: invalidParameters({ id: 'invalid' }) };
  const query = parseQuery(request, noParameters);
  if (!query.ok) return { response: query.response };
  const data = await getPersonExport(getDb(), user, parsed.data, format);
  if (!data) return { response: jsonError(404, 'not_found', { message: 'No such person in your scope.' }) };
  return { data };
}
