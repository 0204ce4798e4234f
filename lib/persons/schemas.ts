import { z } from 'zod';
import { CLOSURE_REASONS, FRENCH_LEVELS, GENDERS, INTAKE_IMMIGRATION_CATEGORIES, NEEDS, NEW_INTERVENTION_KINDS, REFERRAL_STATUSES, ACTION_STATUSES } from '@/db/enums/persons';
import { SHARED_INFORMATION_KINDS, type SharedInformationKind } from '@/db/enums/privacy';
import { boundedText, calendarDate } from '@/lib/validation';
import { normalizePhone } from './phone';

// The persons workflow's inputs, shared by the browser's forms (react-hook-form + zodResolver) and the
// server actions. Messages are catalogue codes (validation.*). "Today" is the server's or the browser's
// date in Quebec; the server's decides.

export function todayInQuebec(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const uuid = z.string({ message: 'required' }).uuid('invalid');
const version = z.coerce.number({ message: 'invalid' }).int('invalid').positive('invalid');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
const pastDate = calendarDate.refine((value) => value <= todayInQuebec(), 'dateInFuture');
const country = z.string({ message: 'required' }).regex(/^[A-Z]{2}$/, 'invalid');
const language = z.string().regex(/^[a-z]{2,3}$/, 'invalid');
const checkbox = z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean());
const needs = z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(z.enum(NEEDS, { message: 'invalid' }), { message: 'required' }).min(1, 'needRequired').max(NEEDS.length, 'invalid'));
/** A fresh key per form opening: a double-clicked or replayed submit creates one record. */
export { idempotencyKey } from '@/lib/validation';
import { idempotencyKey } from '@/lib/validation';

const phone = boundedText({ max: 40 }).transform((value, context) => {
  if (!value) return null;
  const normalized = normalizePhone(value);
  if (!normalized) context.addIssue({ code: 'custom', message: 'phone' });
  return normalized;
});
const email = boundedText({ max: 254 }).pipe(z.union([z.literal(''), z.string().email('email')])).transform((value) => value.toLowerCase() || null);

const identityFields = {
  firstName: boundedText({ min: 1, max: 100 }),
  lastName: boundedText({ min: 1, max: 100 }),
  birthDate: pastDate,
  gender: optional(z.enum(GENDERS, { message: 'invalid' })),
  countryOfBirth: country,
  citizenship: optional(country),
  languages: z.preprocess((value) => (typeof value === 'string' ? [value] : (value ?? [])), z.array(language, { message: 'invalid' }).max(10, 'tooMany')),
  frenchLevel: optional(z.enum(FRENCH_LEVELS, { message: 'invalid' })),
  immigrationCategory: z.enum(INTAKE_IMMIGRATION_CATEGORIES, { message: 'required' }),
  arrivalInQuebecOn: optional(pastDate),
  arrivalInRegionOn: optional(pastDate),
  residenceMrcId: optional(uuid),
  residenceMunicipality: optional(boundedText({ max: 100 })),
  phone: optional(phone),
  email: optional(email),
  collectionConsentOn: pastDate,
  sharingConsent: checkbox,
  sharingConsentOn: optional(pastDate),
};

type Identity = { birthDate: string; arrivalInQuebecOn?: string; arrivalInRegionOn?: string; sharingConsent: boolean; sharingConsentOn?: string };

/** Rules across fields, each blaming the field to correct. */
function identityRules(input: Identity, context: z.RefinementCtx) {
  if (input.arrivalInQuebecOn && input.arrivalInQuebecOn < input.birthDate) context.addIssue({ code: 'custom', path: ['arrivalInQuebecOn'], message: 'beforeBirth' });
  if (input.arrivalInRegionOn && input.arrivalInRegionOn < input.birthDate) context.addIssue({ code: 'custom', path: ['arrivalInRegionOn'], message: 'beforeBirth' });
  if (input.arrivalInRegionOn && input.arrivalInQuebecOn && input.arrivalInRegionOn < input.arrivalInQuebecOn) {
    context.addIssue({ code: 'custom', path: ['arrivalInRegionOn'], message: 'beforeArrivalInQuebec' });
  }
  if (input.sharingConsent && !input.sharingConsentOn) context.addIssue({ code: 'custom', path: ['sharingConsentOn'], message: 'required' });
}

/** Intake: the person, their consent and needs, and the opening of their accompaniment, in one form. */
export const intakeInput = z
  .object({
    ...identityFields,
    needs,
    openedOn: pastDate,
    agentId: uuid,
    nextFollowUpOn: optional(calendarDate),
    idempotencyKey,
    /** Set when the agent saw the possible duplicates and confirmed this is someone else. */
    confirmedNotDuplicate: checkbox,
  })
  .superRefine((input, context) => {
    identityRules(input, context);
    if (input.openedOn < input.birthDate) context.addIssue({ code: 'custom', path: ['openedOn'], message: 'beforeBirth' });
    if (input.collectionConsentOn > input.openedOn) context.addIssue({ code: 'custom', path: ['collectionConsentOn'], message: 'consentAfterOpening' });
  });

/** Correction of a person's identity and consent, against the version that was shown. */
export const updatePersonInput = z
  .object({ id: uuid, version, ...identityFields, correctionReason: optional(boundedText({ max: 500 })) })
  .superRefine(identityRules);

/** The question asked before an intake is saved: who already has this name and birth date? */
export const duplicateQuery = z.object({ firstName: boundedText({ min: 1, max: 100 }), lastName: boundedText({ min: 1, max: 100 }), birthDate: calendarDate });

export const interventionInput = z.object({
  accompanimentId: uuid,
  occurredOn: pastDate,
  kind: z.enum(NEW_INTERVENTION_KINDS, { message: 'required' }),
  need: optional(z.enum(NEEDS, { message: 'invalid' })),
  durationMinutes: optional(z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(24 * 60, 'invalid')),
  notes: optional(boundedText({ max: 4000, multiline: true })),
  nextFollowUpOn: optional(calendarDate),
  idempotencyKey,
});

export const actionPlanItemInput = z.object({
  accompanimentId: uuid,
  need: z.enum(NEEDS, { message: 'required' }),
  goal: boundedText({ min: 1, max: 500 }),
  idempotencyKey,
});

export const actionPlanStatusInput = z.object({ id: uuid, version, status: z.enum(ACTION_STATUSES, { message: 'required' }) });

/** What a referral tells the partner, for the communications register (A-2.1, s. 67.3): one kind at least, each once. */
const sharedInformation = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z
    .array(z.unknown(), { message: 'required' })
    .min(1, 'required')
    // Checked on the whole list, so that the message names the field rather than one of its items.
    .refine((kinds) => kinds.every((kind) => (SHARED_INFORMATION_KINDS as readonly unknown[]).includes(kind)), 'invalid')
    .transform((kinds) => [...new Set(kinds)] as SharedInformationKind[]),
);

export const referralInput = z.object({
  accompanimentId: uuid,
  partnerId: uuid,
  need: z.enum(NEEDS, { message: 'required' }),
  // Left out (an older client), the database's default: identity, contact details, needs.
  sharedInformation: sharedInformation.optional(),
  sentOn: pastDate,
  notes: optional(boundedText({ max: 2000, multiline: true })),
  idempotencyKey,
});

export const referralStatusInput = z.object({
  id: uuid,
  version,
  status: z.enum(REFERRAL_STATUSES, { message: 'required' }),
  respondedOn: optional(pastDate),
});

export const transferInput = z.object({
  accompanimentId: uuid,
  version,
  toAgentId: uuid,
  reason: boundedText({ min: 1, max: 500 }),
  transferredOn: pastDate,
});

export const closeInput = z.object({
  accompanimentId: uuid,
  version,
  closedOn: pastDate,
  closureReason: z.enum(CLOSURE_REASONS, { message: 'required' }),
});

export const reopenInput = z.object({
  accompanimentId: uuid,
  openedOn: pastDate,
  needs,
  idempotencyKey,
});

export type IntakeInput = z.input<typeof intakeInput>;
