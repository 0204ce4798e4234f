'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { defineAction } from '@/lib/action';
import type { SessionUser } from '@/lib/auth/current-user';
import { createStaff, resetStaffPassword, setStaffActive, updateStaff } from '@/lib/staff/mutations';
import { createStaffInput, resetStaffPasswordInput, setStaffActiveInput, updateStaffInput } from '@/lib/staff/schemas';

/** Every staff change: admins only, one transaction (the change and its audit entry), then a fresh list. */
function staffAction<Schema extends z.ZodType, Result>(name: string, schema: Schema, mutation: (tx: Tx, admin: SessionUser, input: z.output<Schema>) => Promise<Result>) {
  return defineAction({ name, permission: 'staff:manage', schema }, async (input, user) => {
    const result = await getDb().transaction((tx) => mutation(tx, user, input));
    revalidatePath('/admin/staff');
    return result;
  });
}

export const createStaffAction = staffAction('createStaff', createStaffInput, createStaff);
export const updateStaffAction = staffAction('updateStaff', updateStaffInput, updateStaff);
export const setStaffActiveAction = staffAction('setStaffActive', setStaffActiveInput, setStaffActive);
export const resetStaffPasswordAction = staffAction('resetStaffPassword', resetStaffPasswordInput, resetStaffPassword);
