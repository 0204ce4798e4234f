'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { defineAction } from '@/lib/action';
import type { SessionUser } from '@/lib/auth/current-user';
import { findSimilarBusinesses } from '@/lib/employers/duplicates';
import {
  addBusinessContact,
  addHiringNeed,
  addInteraction,
  closeEmployerFile,
  openEmployerFile,
  recordHire,
  reopenEmployerFile,
  setHiringNeedStatus,
  updateBusiness,
  updateBusinessContact,
  updateEmployerFile,
} from '@/lib/employers/mutations';
import {
  addContactInput,
  addHireInput,
  addInteractionInput,
  addNeedInput,
  closeFileInput,
  needStatusInput,
  openFileInput,
  reopenFileInput,
  similarBusinessQuery,
  updateBusinessInput,
  updateContactInput,
  updateFileInput,
} from '@/lib/employers/schemas';

/** Every write of the employer workflow: advisers only, one transaction (the change and its audit entries). */
function employerAction<Schema extends z.ZodType, Result>(name: string, schema: Schema, mutation: (tx: Tx, user: SessionUser, input: z.output<Schema>) => Promise<Result>) {
  return defineAction({ name, permission: 'employer:write', schema }, async (input, user) => {
    const result = await getDb().transaction((tx) => mutation(tx, user, input));
    revalidatePath('/employers', 'layout');
    revalidatePath('/');
    return result;
  });
}

export const openEmployerFileAction = employerAction('openEmployerFile', openFileInput, openEmployerFile);
export const updateBusinessAction = employerAction('updateBusiness', updateBusinessInput, updateBusiness);
export const addBusinessContactAction = employerAction('addBusinessContact', addContactInput, addBusinessContact);
export const updateBusinessContactAction = employerAction('updateBusinessContact', updateContactInput, updateBusinessContact);
export const updateEmployerFileAction = employerAction('updateEmployerFile', updateFileInput, updateEmployerFile);
export const addHiringNeedAction = employerAction('addHiringNeed', addNeedInput, addHiringNeed);
export const setHiringNeedStatusAction = employerAction('setHiringNeedStatus', needStatusInput, setHiringNeedStatus);
export const addInteractionAction = employerAction('addInteraction', addInteractionInput, addInteraction);
export const recordHireAction = employerAction('recordHire', addHireInput, recordHire);
export const closeEmployerFileAction = employerAction('closeEmployerFile', closeFileInput, closeEmployerFile);
export const reopenEmployerFileAction = employerAction('reopenEmployerFile', reopenFileInput, reopenEmployerFile);

/** Asked by the opening form before saving a new business: the same NEQ, or close names in its MRC. */
export const findSimilarBusinessesAction = defineAction({ name: 'findSimilarBusinesses', permission: 'employer:write', schema: similarBusinessQuery }, (input, user) =>
  findSimilarBusinesses(getDb(), user, input),
);
