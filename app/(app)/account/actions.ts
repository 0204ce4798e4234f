'use server';
import { getDb } from '@/db/client';
import { defineAction } from '@/lib/action';
import { changeOwnPassword, signOutEverywhere } from '@/lib/account/mutations';
import { changePasswordInput, noInput } from '@/lib/account/schemas';

export const changePasswordAction = defineAction({ permission: 'account:self', schema: changePasswordInput }, (input, user) =>
  getDb().transaction((tx) => changeOwnPassword(tx, user, input)),
);

export const signOutEverywhereAction = defineAction({ permission: 'account:self', schema: noInput }, (_input, user) =>
  getDb().transaction((tx) => signOutEverywhere(tx, user)),
);
