import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, THROTTLE_POLICIES, throttleDelayMs } from '@/lib/auth/throttle-policy';

const account = THROTTLE_POLICIES.account;
const address = THROTTLE_POLICIES.address;
const seconds = (failures: number, policy = account) => throttleDelayMs(failures, policy) / 1000;

describe('sign-in throttle policy', () => {
  it('lets the first five failures of an account through without delay', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => seconds(n))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('then doubles the delay from 30 seconds: 2^(n-5) x 15 s', () => {
    expect([6, 7, 8, 9, 10].map((n) => seconds(n))).toEqual([30, 60, 120, 240, 480]);
  });

  it('never makes the real user wait more than 15 minutes, however many failures', () => {
    expect(MAX_DELAY_MS).toBe(15 * 60_000);
    expect(seconds(11)).toBe(900);
    expect(seconds(50)).toBe(900);
    expect(seconds(10_000)).toBe(900);
    for (let n = 1; n < 100; n += 1) expect(seconds(n + 1)).toBeGreaterThanOrEqual(seconds(n));
  });

  it('tolerates more failures from one address (a shared office) before delaying', () => {
    expect(address.freeFailures).toBeGreaterThanOrEqual(20);
    expect(seconds(address.freeFailures, address)).toBe(0);
    expect(seconds(address.freeFailures + 1, address)).toBe(30);
    expect(seconds(address.freeFailures + 100, address)).toBe(900);
  });
});
