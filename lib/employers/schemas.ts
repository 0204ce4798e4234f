import { z } from 'zod';
import {
  BUSINESS_SIZE_BANDS,
  EMPLOYER_FILE_CLOSURE_REASONS,
  HIRING_NEED_STATUSES,
  INTERACTION_KINDS,
  NAICS_SECTORS,
  RECRUITMENT_CHANNELS,
} from '@/db/enums/employers';
import { normalizePhone } from '@/lib/persons/phone';
import { todayInQuebec } from '@/lib/persons/schemas';
import { boundedText, calendarDate, idempotencyKey } from '@/lib/validation';

// The employer workflow's inputs, shared by the browser's forms (react-hook-form + zodResolver) and the
// server actions. Messages are catalogue codes (validation.*).

const uuid = z.string({ message: 'required' }).uuid('invalid');
const version = z.coerce.number({ message: 'invalid' }).int('invalid').positive('invalid');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
const pastDate = calendarDate.refine((value) => value <= todayInQuebec(), 'dateInFuture');
const checkbox = z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean());

/** Quebec enterprise number: exactly 10 digits (spaces and dashes typed between groups are dropped). */
export const neq = z
  .string({ message: 'required' })
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(z.string().min(1, 'required').regex(/^\d{10}$/, 'invalidNeq'));

/** National Occupational Classification (NOC/CNP) 2021: exactly 5 digits. */
export const nocCode = z
  .string({ message: 'required' })
  .trim()
  .pipe(z.string().min(1, 'required').regex(/^\d{5}$/, 'invalidNoc'));

/** Canadian postal code, stored as A1A 1A1. */
const postalCode = z
  .string({ message: 'invalid' })
  .transform((value) => value.replace(/\s/g, '').toUpperCase())
  .pipe(z.string().regex(/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$/, 'invalidPostalCode'))
  .transform((value) => `${value.slice(0, 3)} ${value.slice(3)}`);

const phone = boundedText({ max: 40 }).transform((value, context) => {
  if (!value) return null;
  const normalized = normalizePhone(value);
  if (!normalized) context.addIssue({ code: 'custom', message: 'phone' });
  return normalized;
});
const email = boundedText({ max: 254 }).pipe(z.union([z.literal(''), z.string().email('email')])).transform((value) => value.toLowerCase() || null);
const channels = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : (value ?? [])),
  z.array(z.enum(RECRUITMENT_CHANNELS, { message: 'invalid' }), { message: 'invalid' }).max(RECRUITMENT_CHANNELS.length, 'invalid'),
);

/** The business itself: identity, sector, where it is, its size. */
export const businessFields = {
  legalName: boundedText({ min: 1, max: 200 }),
  neq,
  naicsSector: z.enum(NAICS_SECTORS, { message: 'required' }),
  sizeBand: optional(z.enum(BUSINESS_SIZE_BANDS, { message: 'invalid' })),
  mrcId: uuid,
  city: boundedText({ min: 1, max: 100 }),
  address: optional(boundedText({ max: 200 })),
  postalCode: optional(postalCode),
};

/** What the adviser records when opening a file: the employer's contact, channels, notes. */
const fileFields = {
  openedOn: pastDate,
  contactName: boundedText({ min: 1, max: 150 }),
  contactEmail: optional(email),
  contactPhone: optional(phone),
  recruitmentChannels: channels,
  notes: optional(boundedText({ max: 4000, multiline: true })),
};

/**
 * Opening a file, for a business already known (businessId) or a new one (the business fields). The new
 * business goes through the duplicate check unless the adviser looked at the close names and confirmed.
 */
/** Opening a file for a new business: the form's second mode, and each row of an employer-files import. */
export const newBusinessFileInput = z.object({ businessMode: z.literal('new'), ...businessFields, ...fileFields, idempotencyKey, confirmedNotDuplicate: checkbox });

export const openFileInput = z.discriminatedUnion(
  'businessMode',
  [z.object({ businessMode: z.literal('existing'), businessId: uuid, ...fileFields, idempotencyKey }), newBusinessFileInput],
  { message: 'invalid' },
);

/** The question asked before a new business is saved: same NEQ, or a close name in the same MRC? */
export const similarBusinessQuery = z.object({ legalName: boundedText({ min: 1, max: 200 }), neq: optional(neq), mrcId: uuid });

export const updateBusinessInput = z.object({ id: uuid, version, ...businessFields });

const contactFields = {
  name: boundedText({ min: 1, max: 150 }),
  jobTitle: optional(boundedText({ max: 150 })),
  email: optional(email),
  phone: optional(phone),
};
export const addContactInput = z.object({ businessId: uuid, ...contactFields, idempotencyKey });
export const updateContactInput = z.object({ id: uuid, version, ...contactFields });

export const updateFileInput = z.object({
  id: uuid,
  version,
  contactName: fileFields.contactName,
  contactEmail: fileFields.contactEmail,
  contactPhone: fileFields.contactPhone,
  recruitmentChannels: channels,
  notes: fileFields.notes,
});

export const addNeedInput = z.object({
  employerFileId: uuid,
  jobTitle: boundedText({ min: 1, max: 200 }),
  nocCode,
  positions: z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(500, 'invalid'),
  wantedStartOn: optional(calendarDate),
  idempotencyKey,
});

export const needStatusInput = z.object({ id: uuid, version, status: z.enum(HIRING_NEED_STATUSES, { message: 'required' }) });

export const addInteractionInput = z.object({
  employerFileId: uuid,
  occurredOn: pastDate,
  kind: z.enum(INTERACTION_KINDS, { message: 'required' }),
  notes: optional(boundedText({ max: 4000, multiline: true })),
  idempotencyKey,
});

export const addHireInput = z.object({
  employerFileId: uuid,
  hiredOn: pastDate,
  jobTitle: boundedText({ min: 1, max: 200 }),
  channel: z.enum(RECRUITMENT_CHANNELS, { message: 'required' }),
  hiringNeedId: optional(uuid),
  /** The accompanied person's file number, given by their agent: only with that person's consent to share. */
  personId: optional(z.string().trim().uuid('invalidFileNumber')),
  idempotencyKey,
});

export const closeFileInput = z.object({
  id: uuid,
  version,
  closedOn: pastDate,
  closureReason: z.enum(EMPLOYER_FILE_CLOSURE_REASONS, { message: 'required' }),
});

export const reopenFileInput = z.object({ id: uuid, openedOn: pastDate, idempotencyKey });

export type OpenFileInput = z.input<typeof openFileInput>;
