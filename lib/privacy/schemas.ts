import { z } from 'zod';
import { INCIDENT_RISK_LEVELS, RETENTION_RECORD_KINDS } from '@/db/enums/privacy';
import { todayInQuebec } from '@/lib/persons/schemas';
import { boundedText, calendarDate, idempotencyKey } from '@/lib/validation';
import { RETENTION_YEARS } from './retention-rules';

// The privacy features' inputs, shared by the forms and the server actions. Messages are catalogue codes
// (validation.*), each naming the field to correct.

const uuid = z.string({ message: 'required' }).uuid('invalid');
const version = z.coerce.number({ message: 'invalid' }).int('invalid').positive('invalid');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
const pastDate = calendarDate.refine((value) => value <= todayInQuebec(), 'dateInFuture');

/** The date the retention schedule is applied as of: any real day (a far date previews the future). */
export const retentionQuery = z.object({ asOf: calendarDate });

export const applyRetentionInput = z.object({ asOf: calendarDate.refine((value) => value <= todayInQuebec(), 'dateInFuture') });

export const retentionRuleInput = z.object({
  kind: z.enum(RETENTION_RECORD_KINDS, { message: 'invalid' }),
  version,
  years: z.coerce.number({ message: 'invalid' }).int('wholeYears').min(RETENTION_YEARS.min, 'retentionYears').max(RETENTION_YEARS.max, 'retentionYears'),
  reason: boundedText({ min: 1, max: 2000, multiline: true }),
});

/** The register's fields (regulation on confidentiality incidents, s. 2 and 3). */
const incidentFields = {
  informationConcerned: boundedText({ min: 1, max: 4000, multiline: true }),
  circumstances: boundedText({ min: 1, max: 4000, multiline: true }),
  occurredFrom: pastDate,
  occurredTo: optional(pastDate),
  discoveredOn: pastDate,
  personsConcerned: z.preprocess(
    (value) => (value === '' || value === null || value === undefined ? undefined : value),
    z.coerce.number({ message: 'invalid' }).int('invalid').min(0, 'invalid').max(10_000_000, 'invalid').optional(),
  )
    .refine((value) => value !== undefined, 'required')
    .transform((value) => value as number),
  riskLevel: z.enum(INCIDENT_RISK_LEVELS, { message: 'required' }),
  riskReasons: optional(boundedText({ max: 4000, multiline: true })),
  commissionNotifiedOn: optional(pastDate),
  personsNotifiedOn: optional(pastDate),
  measuresTaken: optional(boundedText({ max: 4000, multiline: true })),
};

type IncidentShape = {
  occurredFrom: string;
  occurredTo?: string;
  discoveredOn: string;
  riskLevel: string;
  riskReasons?: string;
  commissionNotifiedOn?: string;
  personsNotifiedOn?: string;
};

/** Rules across fields, each blaming the field to correct. */
function incidentRules(input: IncidentShape, context: z.RefinementCtx) {
  if (input.occurredTo && input.occurredTo < input.occurredFrom) context.addIssue({ code: 'custom', path: ['occurredTo'], message: 'beforeIncidentStart' });
  if (input.discoveredOn < input.occurredFrom) context.addIssue({ code: 'custom', path: ['discoveredOn'], message: 'beforeIncidentStart' });
  // An assessment is worth only its reasons (s. 63.10: sensitivity, consequences, likelihood of misuse).
  if (input.riskLevel !== 'not_assessed' && !input.riskReasons) context.addIssue({ code: 'custom', path: ['riskReasons'], message: 'riskReasonsRequired' });
  for (const field of ['commissionNotifiedOn', 'personsNotifiedOn'] as const) {
    const value = input[field];
    if (value && value < input.discoveredOn) context.addIssue({ code: 'custom', path: [field], message: 'beforeDiscovery' });
  }
}

export const incidentInput = z.object({ ...incidentFields, idempotencyKey }).superRefine(incidentRules);
export const incidentUpdateInput = z.object({ id: uuid, version, ...incidentFields }).superRefine(incidentRules);

/** Withdrawing (or giving) the consent to share with partners, on a given day, against the file's version. */
export const sharingConsentInput = z.object({ personId: uuid, version, effectiveOn: pastDate });
