'use server';
import { getDb } from '@/db/client';
import { recordAuditEvent } from '@/lib/audit/record';
import { getCurrentUser } from './current-user';
import { signOut } from './index';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await recordAuditEvent(getDb(), { action: 'auth.sign_out', actorId: user.id });
  await signOut({ redirectTo: '/sign-in' });
}
