'use server';
import { getDb } from '@/db/client';
import { defineAction } from '@/lib/action';
import { changeOwnPassword, checkCurrentPassword, signOutEverywhere } from '@/lib/account/mutations';
import { changePasswordInput, noInput } from '@/lib/account/schemas';

export const changePasswordAction = defineAction({ name: 'changePassword', permission: 'account:self', schema: changePasswordInput }, async (input, user) => {
  const db = getDb();
  await checkCurrentPassword(db, user, input.currentPassword);
  await db.transaction((tx) => changeOwnPassword(tx, user, input));
});

export const signOutEverywhereAction = defineAction({ name: 'signOutEverywhere', permission: 'account:self', schema: noInput }, (_input, user) =>
  getDb().transaction((tx) => signOutEverywhere(tx, user)),
);
