import { z } from 'zod';
import { newPassword } from '@/lib/staff/schemas';

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'required').max(128, 'passwordTooLong'),
    newPassword,
    confirmation: z.string().min(1, 'required'),
  })
  .refine((input) => input.newPassword === input.confirmation, { path: ['confirmation'], message: 'passwordMismatch' })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ['newPassword'], message: 'passwordUnchanged' });

export const noInput = z.object({});
