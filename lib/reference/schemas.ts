import { z } from 'zod';
import { normalizePhone } from '@/lib/persons/phone';
import { boundedText, idempotencyKey } from '@/lib/validation';

// Inputs of the reference data screens (service points, MRCs, the shared contact line), shared by the forms
// and the server actions. Messages are codes of the `validation` catalogue.

const uuid = z.string({ message: 'invalid' }).uuid('invalid');
const version = z.coerce.number({ message: 'invalid' }).int('invalid').positive('invalid');

/** An e-mail address as the public writes to it (lower-cased: addresses are compared that way). */
export const publicEmail = z.string({ message: 'invalid' }).trim().toLowerCase().min(1, 'required').max(254, 'tooLong').email('email');

/**
 * A North American number (lib/persons/phone.ts's rule: area code and exchange from 2 to 9, optional 1 and
 * extension). Kept as the ministry writes it ("1 833 274-4667"), trimmed: it is printed, not matched.
 */
export const publicPhone = boundedText({ min: 1, max: 40 }).refine((value) => value === '' || normalizePhone(value) !== null, 'phone');

/** Canadian postal code: letter digit letter, digit letter digit; stored upper-case with one space (J9P 2H5). */
const postalCode = z.preprocess(
  // null is what the schema itself gives for "none": parsing its own output again gives the same.
  (value) => (value === null ? '' : typeof value === 'string' ? value.trim().toUpperCase().replace(/\s+/g, ' ') : value),
  z
    .string({ message: 'invalid' })
    .max(7, 'postalCode')
    .refine((value) => value === '' || /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/.test(value), 'postalCode')
    .transform((value) => (value === '' ? null : `${value.replace(' ', '').slice(0, 3)} ${value.replace(' ', '').slice(3)}`)),
);

const servicePointFields = {
  name: boundedText({ min: 1, max: 120 }),
  address: boundedText({ min: 1, max: 200 }),
  city: boundedText({ min: 1, max: 80 }),
  postalCode,
  mrcId: z.preprocess((value) => (value === '' ? undefined : value), z.string({ message: 'required' }).uuid('required')),
  email: publicEmail,
  phone: publicPhone,
  // As the public reads them, on one or a few lines: "Lundi au vendredi, 8 h 30 à 12 h et 13 h à 16 h 30".
  hours: z.preprocess((value) => value ?? '', boundedText({ max: 500, multiline: true })).transform((value) => (value === '' ? null : value)),
  active: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()),
};

export const createServicePointInput = z.object({ ...servicePointFields, idempotencyKey });
export const updateServicePointInput = z.object({ id: uuid, version, ...servicePointFields });

const mrcName = boundedText({ min: 1, max: 120 });
const regionCode = z.string({ message: 'required' }).regex(/^\d{2}$/, 'required');

export const createMrcInput = z.object({ name: mrcName, regionCode, idempotencyKey });
export const updateMrcInput = z.object({ id: uuid, version, name: mrcName });

/** The line the bilan prints: "Pour communiquer avec l'un ou l'autre des points de services ...". */
export const contactLineInput = z.object({ version, contactEmail: publicEmail, contactPhone: publicPhone });

export type ServicePointFormValues = z.input<typeof updateServicePointInput>;
