'use server';
import { signOut } from '@/lib/auth';

/**
 * Public by nature (anyone may sign out). next-auth's signOut() decodes this request's session cookie and
 * hands it to `events.signOut` (lib/auth/end-session.ts), which revokes the session in the database and audits the
 * sign-out, exactly as for next-auth's own sign-out route; then it clears the cookie and redirects.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}
