import 'server-only';
import { auth } from './index';

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** Random id of this one session (not of the account), so that signing out can end exactly it. */
  sessionId?: string;
}

/** The signed session cookie's claims, or null. The one seam tests replace to act as a given user. */
export async function readSession(): Promise<SessionClaims | null> {
  const session = (await auth()) as { user?: { id?: string }; sessionVersion?: number; sessionId?: string } | null;
  const userId = session?.user?.id;
  if (!userId || typeof session?.sessionVersion !== 'number' || !session.sessionId) return null;
  return { userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId };
}
