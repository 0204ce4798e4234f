import 'server-only';
import { auth } from './index';

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/** The signed session cookie's claims, or null. The one seam tests replace to act as a given user. */
export async function readSession(): Promise<SessionClaims | null> {
  const session = (await auth()) as { user?: { id?: string }; sessionVersion?: number } | null;
  const userId = session?.user?.id;
  if (!userId || typeof session?.sessionVersion !== 'number') return null;
  return { userId, sessionVersion: session.sessionVersion };
}
