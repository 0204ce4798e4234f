'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { defineAction } from '@/lib/action';
import { createStaff, resetStaffPassword, setStaffActive, updateStaff } from '@/lib/staff/mutations';
import { createStaffInput, resetStaffPasswordInput, setStaffActiveInput, updateStaffInput } from '@/lib/staff/schemas';

export const createStaffAction = defineAction({ permission: 'staff:manage', schema: createStaffInput }, async (input, user) => {
  const created = await getDb().transaction((tx) => createStaff(tx, user, input));
  revalidatePath('/admin/staff');
  return created;
});

export const updateStaffAction = defineAction({ permission: 'staff:manage', schema: updateStaffInput }, async (input, user) => {
  const updated = await getDb().transaction((tx) => updateStaff(tx, user, input));
  revalidatePath('/admin/staff');
  return updated;
});

export const setStaffActiveAction = defineAction({ permission: 'staff:manage', schema: setStaffActiveInput }, async (input, user) => {
  const updated = await getDb().transaction((tx) => setStaffActive(tx, user, input));
  revalidatePath('/admin/staff');
  return updated;
});

export const resetStaffPasswordAction = defineAction({ permission: 'staff:manage', schema: resetStaffPasswordInput }, async (input, user) => {
  const updated = await getDb().transaction((tx) => resetStaffPassword(tx, user, input));
  revalidatePath('/admin/staff');
  return updated;
});
