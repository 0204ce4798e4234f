import { z } from 'zod';
import { calendarDate } from '@/lib/validation';

/** Query parameters of a metrics request; each is optional and falls back to the default scope. */
export const metricsScopeInput = z
  .object({
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    region: z.string({ message: 'invalidRegion' }).regex(/^\d{2}$/, 'invalidRegion').optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'notAfterTo', path: ['from'] });

export type MetricsScopeInput = z.infer<typeof metricsScopeInput>;
