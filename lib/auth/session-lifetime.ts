// Session lifetime rules (A-2.1 safeguards): a session ends after 30 minutes without activity, and in
// any case 12 hours after sign-in. Checked on every request that reads the session token.
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

export interface SessionTimes {
  signedInAt?: unknown;
  lastSeenAt?: unknown;
}

export function sessionStillValid(token: SessionTimes & Record<string, unknown>, nowSeconds: number): boolean {
  if (typeof token.signedInAt !== 'number' || typeof token.lastSeenAt !== 'number') return false;
  if (nowSeconds - token.signedInAt > ABSOLUTE_TIMEOUT_SECONDS) return false;
  return nowSeconds - token.lastSeenAt <= IDLE_TIMEOUT_SECONDS;
}
