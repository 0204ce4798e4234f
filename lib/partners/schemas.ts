import { z } from 'zod';
import { PARTNER_KINDS } from '@/db/enums/agreements';
import { normalizePhone } from '@/lib/persons/phone';
import { boundedText } from '@/lib/validation';

// Inputs of the partners directory, shared by the form and the server actions. Codes are validation.*.

const uuid = z.string({ message: 'required' }).uuid('invalid');
const version = z.coerce.number({ message: 'invalid' }).int('invalid').positive('invalid');
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const checkbox = z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean());

const phone = boundedText({ max: 40 }).transform((value, context) => {
  const normalized = normalizePhone(value);
  if (!normalized) context.addIssue({ code: 'custom', message: 'phone' });
  return normalized ?? value;
});
const email = boundedText({ max: 254 }).pipe(z.string().email('email')).transform((value) => value.toLowerCase());
/** An address people can open: http(s) only (never javascript: or data:). */
const website = boundedText({ max: 300 }).refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}, 'website');

const partnerFields = {
  name: boundedText({ min: 1, max: 200 }),
  kind: z.enum(PARTNER_KINDS, { message: 'required' }),
  regionCode: z.string({ message: 'required' }).regex(/^\d{2}$/, 'required'),
  mrcId: optional(uuid),
  services: optional(boundedText({ max: 2000, multiline: true })),
  territory: optional(boundedText({ max: 200 })),
  address: optional(boundedText({ max: 300 })),
  contactName: optional(boundedText({ max: 200 })),
  email: optional(email),
  phone: optional(phone),
  website: optional(website),
  listedAsResource: checkbox,
};

export const createPartnerInput = z.object({ ...partnerFields, idempotencyKey: z.string({ message: 'invalid' }).uuid('invalid') });
export const updatePartnerInput = z.object({ ...partnerFields, id: uuid, version });
/** Deactivating keeps the partner on past referrals and agreements; it receives no new referral. */
export const setPartnerActiveInput = z.object({ id: uuid, version, active: checkbox });

export type CreatePartnerInput = z.output<typeof createPartnerInput>;
export type UpdatePartnerInput = z.output<typeof updatePartnerInput>;
