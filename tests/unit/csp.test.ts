import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { isServedOverHttps, responseSecurityHeaders } from '@/lib/security/headers';

const directives = (policy: string) => new Map(policy.split('; ').map((entry) => {
  const [name, ...values] = entry.split(' ');
  return [name!, values.join(' ')] as const;
}));

describe('content security policy', () => {
  const production = buildContentSecurityPolicy({ nonce: 'abc123==', allowEval: false, upgradeInsecureRequests: false });

  it('allows only scripts carrying the nonce, and what they load', () => {
    expect(directives(production).get('script-src')).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
  });

  it('holds every required directive', () => {
    const policy = directives(production);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('font-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('never allows eval or inline scripts unless asked (next dev)', () => {
    expect(production).not.toContain('unsafe-eval');
    expect(directives(production).get('script-src')).not.toContain('unsafe-inline');
    const development = buildContentSecurityPolicy({ nonce: 'n', allowEval: true, upgradeInsecureRequests: false });
    expect(directives(development).get('script-src')).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });

  it('upgrades insecure requests only when asked (HTTPS)', () => {
    expect(directives(production).has('upgrade-insecure-requests')).toBe(false);
    const https = buildContentSecurityPolicy({ nonce: 'n', allowEval: false, upgradeInsecureRequests: true });
    expect(directives(https).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('content security policy with single sign-on', () => {
  it('lets forms lead to the sign-on provider only when one is configured', () => {
    const withSso = buildContentSecurityPolicy({ nonce: 'n', allowEval: false, upgradeInsecureRequests: false, signOnOrigin: 'https://login.microsoftonline.com' });
    expect(directives(withSso).get('form-action')).toBe("'self' https://login.microsoftonline.com");
    const withoutSso = buildContentSecurityPolicy({ nonce: 'n', allowEval: false, upgradeInsecureRequests: false, signOnOrigin: null });
    expect(directives(withoutSso).get('form-action')).toBe("'self'");
  });
});

describe('nonce', () => {
  it('is 128 random bits in base64, new each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(atob(nonce)).toHaveLength(16);
    }
  });
});

describe('response security headers', () => {
  it('are set on every response, HSTS only when asked', () => {
    const plain = responseSecurityHeaders({ contentSecurityPolicy: 'x', strictTransportSecurity: false });
    expect(plain).toMatchObject({
      'Content-Security-Policy': 'x',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
    expect(plain).not.toHaveProperty('Strict-Transport-Security');
    const https = responseSecurityHeaders({ contentSecurityPolicy: 'x', strictTransportSecurity: true });
    expect(https['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });

  it('know HTTPS from the public address or the reverse proxy', () => {
    expect(isServedOverHttps('https://passerelle.example', null)).toBe(true);
    expect(isServedOverHttps(undefined, 'https')).toBe(true);
    expect(isServedOverHttps('http://127.0.0.1:3200', 'https, http')).toBe(true);
    expect(isServedOverHttps('http://127.0.0.1:3200', null)).toBe(false);
    expect(isServedOverHttps(undefined, 'http')).toBe(false);
    expect(isServedOverHttps(undefined, null)).toBe(false);
  });
});
