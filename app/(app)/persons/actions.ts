'use server';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { defineAction } from '@/lib/action';
import type { SessionUser } from '@/lib/auth/current-user';
import { findPossibleDuplicates } from '@/lib/persons/duplicates';
import { giveSharingConsent, withdrawSharingConsent } from '@/lib/privacy/consent';
import { sharingConsentInput } from '@/lib/privacy/schemas';
import {
  addActionPlanItem,
  addIntervention,
  addReferral,
  closeAccompaniment,
  registerPerson,
  reopenAccompaniment,
  setActionPlanStatus,
  setReferralStatus,
  transferAccompaniment,
  updatePerson,
} from '@/lib/persons/mutations';
import {
  actionPlanItemInput,
  actionPlanStatusInput,
  closeInput,
  duplicateQuery,
  intakeInput,
  interventionInput,
  referralInput,
  referralStatusInput,
  reopenInput,
  transferInput,
  updatePersonInput,
} from '@/lib/persons/schemas';

/** Every write of the persons workflow: agents only, one transaction (the change and its audit entry). */
function personsAction<Schema extends z.ZodType, Result>(name: string, schema: Schema, mutation: (tx: Tx, user: SessionUser, input: z.output<Schema>) => Promise<Result>) {
  return defineAction({ name, permission: 'person:write', schema }, async (input, user) => {
    const result = await getDb().transaction((tx) => mutation(tx, user, input));
    revalidatePath('/persons', 'layout');
    return result;
  });
}

export const registerPersonAction = personsAction('registerPerson', intakeInput, registerPerson);
export const updatePersonAction = personsAction('updatePerson', updatePersonInput, updatePerson);
export const addInterventionAction = personsAction('addIntervention', interventionInput, addIntervention);
export const addActionPlanItemAction = personsAction('addActionPlanItem', actionPlanItemInput, addActionPlanItem);
export const setActionPlanStatusAction = personsAction('setActionPlanStatus', actionPlanStatusInput, setActionPlanStatus);
export const addReferralAction = personsAction('addReferral', referralInput, addReferral);
export const setReferralStatusAction = personsAction('setReferralStatus', referralStatusInput, setReferralStatus);
export const transferAccompanimentAction = personsAction('transferAccompaniment', transferInput, transferAccompaniment);
export const closeAccompanimentAction = personsAction('closeAccompaniment', closeInput, closeAccompaniment);
export const reopenAccompanimentAction = personsAction('reopenAccompaniment', reopenInput, reopenAccompaniment);

/** Asked by the intake form before saving: possible duplicates in the agent's scope, and whether one exists elsewhere. */
export const findDuplicatesAction = defineAction({ name: 'findDuplicates', permission: 'person:write', schema: duplicateQuery }, (input, user) =>
  findPossibleDuplicates(getDb(), user, input),
);

// Consent to share with partners (lib/privacy/consent.ts): withdrawn, no new referral; each change dated.
export const withdrawSharingConsentAction = personsAction('withdrawSharingConsent', sharingConsentInput, withdrawSharingConsent);
export const giveSharingConsentAction = personsAction('giveSharingConsent', sharingConsentInput, giveSharingConsent);
