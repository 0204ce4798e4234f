import { describe, expect, it } from 'vitest';
import { authConfig } from '@/lib/auth/config';
import { ABSOLUTE_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS, sessionStillValid } from '@/lib/auth/session-lifetime';

const T0 = 1_800_000_000;

describe('session lifetime', () => {
  it('ends a session idle for more than 30 minutes', () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(1800);
    expect(sessionStillValid({ signedInAt: T0, lastSeenAt: T0 }, T0 + 1800)).toBe(true);
    expect(sessionStillValid({ signedInAt: T0, lastSeenAt: T0 }, T0 + 1801)).toBe(false);
  });

  it('ends an active session 12 hours after sign-in', () => {
    expect(ABSOLUTE_TIMEOUT_SECONDS).toBe(12 * 3600);
    const almost = T0 + 12 * 3600;
    expect(sessionStillValid({ signedInAt: T0, lastSeenAt: almost - 60 }, almost)).toBe(true);
    expect(sessionStillValid({ signedInAt: T0, lastSeenAt: almost }, almost + 1)).toBe(false);
  });

  it('refuses a token without the times (forged or from an older version)', () => {
    expect(sessionStillValid({}, T0)).toBe(false);
    expect(sessionStillValid({ signedInAt: 'x', lastSeenAt: T0 }, T0)).toBe(false);
  });

  it('is what the next-auth jwt callback applies', async () => {
    const jwt = authConfig.callbacks.jwt as unknown as (params: { token: Record<string, unknown>; user?: unknown }) => Record<string, unknown> | null;
    const now = Math.floor(Date.now() / 1000);
    expect(jwt({ token: { sub: 'u', signedInAt: now - 100, lastSeenAt: now - IDLE_TIMEOUT_SECONDS - 5 } })).toBeNull();
    expect(jwt({ token: { sub: 'u', signedInAt: now - ABSOLUTE_TIMEOUT_SECONDS - 5, lastSeenAt: now - 10 } })).toBeNull();
    const fresh = jwt({ token: {}, user: { id: 'u', sessionVersion: 3 } });
    expect(fresh).toMatchObject({ sub: 'u', sessionVersion: 3, signedInAt: now, lastSeenAt: now });
    expect(authConfig.session.maxAge).toBe(IDLE_TIMEOUT_SECONDS);
  });
});
