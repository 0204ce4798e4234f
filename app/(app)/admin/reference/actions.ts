'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { defineAction } from '@/lib/action';
import type { SessionUser } from '@/lib/auth/current-user';
import { createMrc, createServicePoint, updateContactLine, updateMrc, updateServicePoint } from '@/lib/reference/mutations';
import { contactLineInput, createMrcInput, createServicePointInput, updateMrcInput, updateServicePointInput } from '@/lib/reference/schemas';

/** Every reference data change: admins only, one transaction (the change and its audit entry), fresh screens. */
function referenceAction<Schema extends z.ZodType, Result>(name: string, schema: Schema, mutation: (tx: Tx, admin: SessionUser, input: z.output<Schema>) => Promise<Result>) {
  return defineAction({ name, permission: 'reference:manage', schema }, async (input, user) => {
    const result = await getDb().transaction((tx) => mutation(tx, user, input));
    revalidatePath('/admin/reference', 'layout');
    return result;
  });
}

export const createServicePointAction = referenceAction('createServicePoint', createServicePointInput, createServicePoint);
export const updateServicePointAction = referenceAction('updateServicePoint', updateServicePointInput, updateServicePoint);
export const createMrcAction = referenceAction('createMrc', createMrcInput, createMrc);
export const updateMrcAction = referenceAction('updateMrc', updateMrcInput, updateMrc);
export const updateContactLineAction = referenceAction('updateContactLine', contactLineInput, updateContactLine);
