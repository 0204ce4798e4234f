import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER, trustedProxyCount } from '@/lib/auth/client-address';
import { throttleKeys } from '@/lib/auth/throttle';

const request = (peer: string | null, forwarded?: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwarded !== undefined) headers.set('x-forwarded-for', forwarded);
  return headers;
};

// What a client can put in X-Forwarded-For: anything.
const FORGED = ['203.0.113.66', '', ' , ', ',203.0.113.66', 'unknown', '203.0.113.66, 198.51.100.1, 10.9.9.9', '<script>alert(1)</script>', '999.1.1.1', '::1', `${'1.1.1.1,'.repeat(500)}`];

describe('client address', () => {
  it('without a trusted proxy, is the peer the server accepted, whatever X-Forwarded-For says', () => {
    for (const forwarded of FORGED) {
      expect(clientAddress(request('192.0.2.10', forwarded), 0)).toBe('192.0.2.10');
      // Hence the same throttle key: a forged header neither moves the counter nor turns it off.
      expect(throttleKeys('a@b.ca', clientAddress(request('192.0.2.10', forwarded), 0))).toEqual(throttleKeys('a@b.ca', '192.0.2.10'));
    }
  });

  it('behind one trusted proxy, is the address that proxy appended, never what the client wrote before it', () => {
    expect(clientAddress(request('10.0.0.1', '198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.1', '203.0.113.66, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.1', 'garbage, 198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('stops at the nearest trusted address when the proxy chain is short or malformed', () => {
    // The proxy appended nothing (or the request bypassed it): the proxy's own address, not null.
    expect(clientAddress(request('10.0.0.1'), 1)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', ''), 1)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', '198.51.100.7, not-an-ip'), 1)).toBe('10.0.0.1');
    // Two trusted proxies: the second-nearest entry.
    expect(clientAddress(request('10.0.0.2', '203.0.113.66, 198.51.100.7, 10.0.0.1'), 2)).toBe('198.51.100.7');
  });

  it('writes IPv4 clients of a dual-stack socket as IPv4', () => {
    expect(clientAddress(request('::ffff:192.0.2.10'), 0)).toBe('192.0.2.10');
    expect(clientAddress(request('2001:db8::1'), 0)).toBe('2001:db8::1');
  });

  it('is null only outside a request of the app server (no peer header), never taken from X-Forwarded-For', () => {
    expect(clientAddress(request(null, '203.0.113.66'), 0)).toBeNull();
    expect(clientAddress(request(null, '203.0.113.66'), 1)).toBeNull();
    expect(clientAddress(request('not-an-ip', '203.0.113.66'), 1)).toBeNull();
  });

  it('reads the number of trusted proxies from the setting, 0 when absent or malformed', () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('1')).toBe(1);
    expect(trustedProxyCount('-1')).toBe(0);
    expect(trustedProxyCount('two')).toBe(0);
  });
});
