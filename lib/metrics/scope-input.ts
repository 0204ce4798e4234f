import { z } from 'zod';

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

/** Query parameters of a metrics request; each is optional and falls back to the default scope. */
export const metricsScopeInput = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    region: z.string().regex(/^\d{2}$/, 'must be a two-digit region code such as 08').optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: 'must not be after "to"',
    path: ['from'],
  });

export type MetricsScopeInput = z.infer<typeof metricsScopeInput>;
