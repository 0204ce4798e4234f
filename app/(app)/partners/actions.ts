'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { defineAction } from '@/lib/action';
import type { SessionUser } from '@/lib/auth/current-user';
import { createPartner, setPartnerActive, updatePartner } from '@/lib/partners/mutations';
import { createPartnerInput, setPartnerActiveInput, updatePartnerInput } from '@/lib/partners/schemas';

/** Every write of the partners directory: admins only (reference:manage), one transaction each. */
function partnersAction<Schema extends z.ZodType, Result>(name: string, schema: Schema, mutation: (tx: Tx, user: SessionUser, input: z.output<Schema>) => Promise<Result>) {
  return defineAction({ name, permission: 'reference:manage', schema }, async (input, user) => {
    const result = await getDb().transaction((tx) => mutation(tx, user, input));
    revalidatePath('/partners', 'layout');
    return result;
  });
}

export const createPartnerAction = partnersAction('createPartner', createPartnerInput, createPartner);
export const updatePartnerAction = partnersAction('updatePartner', updatePartnerInput, updatePartner);
export const setPartnerActiveAction = partnersAction('setPartnerActive', setPartnerActiveInput, setPartnerActive);
