import { z } from 'zod';
import { AGREEMENT_STATUSES, FUNDED_PROJECT_TYPES, FUNDING_PROGRAMS, type AgreementStatus } from '@/db/enums/agreements';
import { boundedText, calendarDate, idempotencyKey } from '@/lib/validation';
import { todayInQuebec } from '@/lib/persons/schemas';
import { parseAmountToCents } from './amount';

// Inputs of agreements and funded projects, shared by the browser's forms and the server actions.
// Messages are catalogue codes (validation.*).

const uuid = z.string({ message: 'required' }).uuid('invalid');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const version = z.coerce.number({ message: 'invalid' }).int('invalid').positive('invalid');
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/** A checkbox list sends one string for one box ticked. */
const idList = (minCode: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? [value] : (value ?? [])),
    z
      // The error goes on the list (the form's checkbox group), not on one of its items.
      .array(z.string({ message: 'invalid' }), { message: 'invalid' })
      .min(1, minCode)
      .max(20, 'tooMany')
      .refine((ids) => ids.every((id) => UUID.test(id)) && new Set(ids).size === ids.length, 'invalid'),
  );

/** Dollars as typed ("12 345,67 $"), read into integer cents (lib/agreements/amount.ts). */
export const amount = z.string({ message: 'required' }).transform((text, context) => {
  if (text.trim() === '') {
    context.addIssue({ code: 'custom', message: 'required' });
    return z.NEVER;
  }
  if (text.length > 40) {
    context.addIssue({ code: 'custom', message: 'amountInvalid' });
    return z.NEVER;
  }
  const parsed = parseAmountToCents(text);
  if ('error' in parsed) {
    context.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.cents;
});

/** Statuses that say the agreement was signed: they need the signing date. */
export const SIGNED_STATUSES: readonly AgreementStatus[] = ['signed', 'active', 'completed'];
/** A new agreement starts as a draft, or is recorded once signed or under way. */
export const CREATE_STATUSES = ['draft', 'signed', 'active'] as const satisfies readonly AgreementStatus[];

const agreementFields = {
  partnerId: uuid,
  program: z.enum(FUNDING_PROGRAMS, { message: 'required' }),
  programComponent: optional(boundedText({ max: 100 })),
  title: boundedText({ min: 1, max: 200 }),
  reference: boundedText({ min: 1, max: 40 }).refine((value) => /^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u.test(value), 'referenceFormat'),
  amount,
  signedOn: optional(calendarDate.refine((value) => value <= todayInQuebec(), 'dateInFuture')),
  startsOn: calendarDate,
  endsOn: calendarDate,
  mrcIds: idList('mrcRequired'),
  deliverables: optional(boundedText({ max: 4000, multiline: true })),
};

type AgreementRuleInput = { status: AgreementStatus; signedOn?: string; startsOn: string; endsOn: string };

function agreementRules(input: AgreementRuleInput, context: z.RefinementCtx) {
  if (input.endsOn < input.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsBeforeStart' });
  if (SIGNED_STATUSES.includes(input.status) && !input.signedOn) context.addIssue({ code: 'custom', path: ['signedOn'], message: 'signedDateRequired' });
}

export const createAgreementInput = z
  .object({ ...agreementFields, status: z.enum(CREATE_STATUSES, { message: 'required' }), idempotencyKey })
  .superRefine(agreementRules);

/** The status may only move along AGREEMENT_TRANSITIONS (checked against the saved status by the server). */
export const updateAgreementInput = z
  .object({ ...agreementFields, id: uuid, version, status: z.enum(AGREEMENT_STATUSES, { message: 'required' }) })
  .superRefine(agreementRules);

const fundedProjectFields = {
  type: z.enum(FUNDED_PROJECT_TYPES, { message: 'required' }),
  title: boundedText({ min: 1, max: 200 }),
  description: optional(boundedText({ max: 4000, multiline: true })),
  startsOn: calendarDate,
  endsOn: optional(calendarDate),
  participants: optional(z.coerce.number({ message: 'invalid' }).int('wholeNumber').min(0, 'notNegative').max(1_000_000, 'tooLarge')),
  mrcIds: idList('mrcRequired'),
};

function projectRules(input: { startsOn: string; endsOn?: string }, context: z.RefinementCtx) {
  if (input.endsOn && input.endsOn < input.startsOn) context.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsBeforeStart' });
}

export const createFundedProjectInput = z.object({ ...fundedProjectFields, agreementId: uuid, idempotencyKey }).superRefine(projectRules);
/** The fields the project form checks in the browser (ids, version and key are added when it posts). */
export const fundedProjectFormInput = z.object(fundedProjectFields).superRefine(projectRules);
export const updateFundedProjectInput = z.object({ ...fundedProjectFields, id: uuid, version }).superRefine(projectRules);

export type CreateAgreementInput = z.output<typeof createAgreementInput>;
export type UpdateAgreementInput = z.output<typeof updateAgreementInput>;
