import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '@/db/enums/staff';
import { passwordProblem, PASSWORD_MAX_LENGTH } from '@/lib/auth/password-policy';
import { boundedText, idempotencyKey } from '@/lib/validation';

// Messages are catalogue keys (lib/i18n messages `validation`), shown next to the field by the form.
const email = z.string().trim().toLowerCase().min(1, 'required').max(254, 'tooLong').email('email');
const displayName = boundedText({ min: 1, max: 120 });
const role = z.enum(STAFF_ROLES, { message: 'required' });
const servicePointId = z.preprocess((value) => (value === '' ? null : value), z.string().uuid('required').nullable());
const uuid = z.string().uuid('invalid');
const version = z.coerce.number().int().positive('invalid');

export const newPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH, 'passwordTooLong')
  .superRefine((value, context) => {
    const problem = passwordProblem(value);
    if (problem === 'too common') context.addIssue({ code: 'custom', message: 'passwordTooCommon' });
    else if (problem) context.addIssue({ code: 'custom', message: value.length < 12 ? 'passwordTooShort' : 'passwordTooLong' });
  });

/** The roles that work for the whole directorate, from no service point (the users table's check says the same). */
export const ROLES_WITHOUT_SERVICE_POINT = ['admin', 'privacy_officer'] as const satisfies readonly StaffRole[];

export function worksFromServicePoint(role: string | undefined): boolean {
  return !(ROLES_WITHOUT_SERVICE_POINT as readonly string[]).includes(role ?? '');
}

/** Everyone but an admin or the privacy officer works from a home service point; they have none. */
function servicePointRequiredUnlessAdmin<T extends { role: string; servicePointId: string | null }>(input: T, context: z.RefinementCtx) {
  if (worksFromServicePoint(input.role) && !input.servicePointId) {
    context.addIssue({ code: 'custom', path: ['servicePointId'], message: 'servicePointRequired' });
  }
}

/** The password is not typed: the server generates it (lib/staff/temporary-password.ts) and shows it once. */
export const createStaffInput = z
  .object({ email, displayName, role, servicePointId, idempotencyKey })
  .superRefine(servicePointRequiredUnlessAdmin);

export const updateStaffInput = z
  .object({ id: uuid, version, displayName, role, servicePointId })
  .superRefine(servicePointRequiredUnlessAdmin);

export const setStaffActiveInput = z.object({
  id: uuid,
  version,
  active: z.preprocess((value) => value === true || value === 'true', z.boolean()),
});

export const resetStaffPasswordInput = z.object({ id: uuid, version });

export type CreateStaffInput = z.input<typeof createStaffInput>;
export type UpdateStaffInput = z.input<typeof updateStaffInput>;
