'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * The server's schema as the form's resolver, with the values the person does not type (id, version,
 * idempotency key) added before checking. `raw`: the form keeps what was typed; the action parses it again.
 */
export function resolverWith<Values extends FieldValues>(schema: z.ZodType, hidden: Record<string, unknown>): Resolver<Values> {
  const resolve = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  return ((values, context, options) => resolve({ ...values, ...hidden }, context, options as never)) as Resolver<Values>;
}
