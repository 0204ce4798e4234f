'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { defineAction } from '@/lib/action';
import { createAgreement, createFundedProject, updateAgreement, updateFundedProject } from '@/lib/agreements/mutations';
import { createAgreementInput, createFundedProjectInput, updateAgreementInput, updateFundedProjectInput } from '@/lib/agreements/schemas';
import type { SessionUser } from '@/lib/auth/current-user';

/** Every write of agreements and funded projects: admins only (agreement:write), one transaction each. */
function agreementsAction<Schema extends z.ZodType, Result>(name: string, schema: Schema, mutation: (tx: Tx, user: SessionUser, input: z.output<Schema>) => Promise<Result>) {
  return defineAction({ name, permission: 'agreement:write', schema }, async (input, user) => {
    const result = await getDb().transaction((tx) => mutation(tx, user, input));
    revalidatePath('/agreements', 'layout');
    revalidatePath('/projects');
    return result;
  });
}

export const createAgreementAction = agreementsAction('createAgreement', createAgreementInput, createAgreement);
export const updateAgreementAction = agreementsAction('updateAgreement', updateAgreementInput, updateAgreement);
export const createFundedProjectAction = agreementsAction('createFundedProject', createFundedProjectInput, createFundedProject);
export const updateFundedProjectAction = agreementsAction('updateFundedProject', updateFundedProjectInput, updateFundedProject);
