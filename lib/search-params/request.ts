import 'server-only';
import type { inferParserType, ParserMap } from 'nuqs/server';
import { parseQuery } from '@/lib/api/query';
import type { UrlParams } from './define';

/**
 * A JSON route's reading of the same parameters as its page, with the API's rules (parseQuery): an unknown,
 * repeated or array-shaped parameter, or a bad value, is a 400 naming it. Absent ones take their default.
 */
export function parseUrlParams<P extends ParserMap>(request: Request, definition: UrlParams<P>): { ok: true; data: inferParserType<P> } | { ok: false; response: Response } {
  const parsed = parseQuery(request, definition.schema);
  if (!parsed.ok) return parsed;
  return { ok: true, data: definition.withDefaults(parsed.data) };
}
