import 'server-only';
import type { z } from 'zod';
import { VALIDATION_SENTENCES, zodFieldErrors } from '@/lib/validation';
import { jsonError } from './route';

/** 400 naming the first bad parameter, with every parameter's error code and an English sentence. */
export function invalidParameters(errors: Record<string, string>): Response {
  const [parameter] = Object.keys(errors);
  const code = errors[parameter!]!;
  return jsonError(400, 'invalid_parameter', { parameter, message: `${parameter} ${VALIDATION_SENTENCES[code] ?? code}`, errors });
}

type QueryResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads a request's query string against an object schema. A parameter the schema does not name (such as
 * `region[]`) and a parameter given twice (`region=08&region=07`) are refused by name: taking one of them
 * silently would answer a question that was not asked.
 */
export function parseQuery<Schema extends z.ZodObject>(request: Request, schema: Schema): QueryResult<z.output<Schema>> {
  const params = new URL(request.url).searchParams;
  const known = Object.keys(schema.shape);
  const errors: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) errors[key] = 'unknownParameter';
    else if (params.getAll(key).length > 1) errors[key] = 'repeated';
  }
  if (Object.keys(errors).length > 0) return { ok: false, response: invalidParameters(errors) };
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { ok: false, response: invalidParameters(zodFieldErrors(parsed.error)) };
  return { ok: true, data: parsed.data };
}
