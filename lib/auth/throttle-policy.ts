// How long failed sign-ins hold back the next attempt. Pure: the database code in ./throttle.ts applies it.

export type ThrottleScope = 'account' | 'address';

export interface ThrottlePolicy {
  /** Failures allowed before any delay: typos and a forgotten password cost nothing. */
  freeFailures: number;
}

export const THROTTLE_POLICIES: Record<ThrottleScope, ThrottlePolicy> = {
  account: { freeFailures: 5 },
  // Many staff of one office share an address (and the browser tests all come from 127.0.0.1), so the
  // address tolerates more failures; it exists to slow a spray of guesses across many accounts.
  address: { freeFailures: 20 },
};

export const FIRST_DELAY_MS = 15_000;
/** The cap keeps the real user's wait short even while someone keeps guessing their password. */
export const MAX_DELAY_MS = 15 * 60_000;
/** Counters of a key that stopped failing for this long start again from zero. */
export const FAILURE_WINDOW_MS = 60 * 60_000;

/** Delay imposed after the given number of consecutive failures: none, then doubling from 30 s, capped. */
export function throttleDelayMs(failures: number, policy: ThrottlePolicy): number {
  const excess = failures - policy.freeFailures;
  if (excess <= 0) return 0;
  // Past the cap the exponent no longer matters; stop before 2 ** excess overflows to Infinity.
  if (excess >= 32) return MAX_DELAY_MS;
  return Math.min(FIRST_DELAY_MS * 2 ** excess, MAX_DELAY_MS);
}
