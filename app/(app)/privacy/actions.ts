'use server';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { defineAction } from '@/lib/action';
import { recordIncident, updateIncident } from '@/lib/privacy/incidents';
import { applyRetention, updateRetentionRule } from '@/lib/privacy/retention';
import { applyRetentionInput, incidentInput, incidentUpdateInput, retentionRuleInput } from '@/lib/privacy/schemas';

// The privacy officer's writes: the incident register (privacy:registers) and the retention schedule
// (privacy:retention). Each in one transaction with its audit entry; applying the schedule is one
// transaction per file (lib/privacy/retention.ts).

export const recordIncidentAction = defineAction({ name: 'recordIncident', permission: 'privacy:registers', schema: incidentInput }, async (input, user) => {
  const result = await getDb().transaction((tx) => recordIncident(tx, user, input));
  revalidatePath('/privacy/incidents');
  return result;
});

export const updateIncidentAction = defineAction({ name: 'updateIncident', permission: 'privacy:registers', schema: incidentUpdateInput }, async (input, user) => {
  const result = await getDb().transaction((tx) => updateIncident(tx, user, input));
  revalidatePath('/privacy/incidents', 'layout');
  return result;
});

export const updateRetentionRuleAction = defineAction({ name: 'updateRetentionRule', permission: 'privacy:retention', schema: retentionRuleInput }, async (input, user) => {
  await getDb().transaction((tx) => updateRetentionRule(tx, user.id, input));
  revalidatePath('/privacy/retention');
  return { kind: input.kind };
});

/** Irreversible: the screen asks for a confirmation first. Only as of today or earlier (never ahead of the schedule). */
export const applyRetentionAction = defineAction({ name: 'applyRetention', permission: 'privacy:retention', schema: applyRetentionInput }, async (input, user) => {
  const result = await applyRetention(getDb(), { asOf: input.asOf, actorId: user.id });
  revalidatePath('/privacy/retention');
  return result;
});
