import { describe, expect, it } from 'vitest';
import { isCrossOriginWrite, type OriginCheckInput } from '@/lib/security/same-origin';

const request = (overrides: Partial<OriginCheckInput>): OriginCheckInput => ({
  method: 'POST',
  origin: null,
  secFetchSite: null,
  host: 'passerelle.example',
  ...overrides,
});

describe('cross-origin writes', () => {
  it('refuses a POST from another site', () => {
    expect(isCrossOriginWrite(request({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossOriginWrite(request({ origin: 'https://passerelle.example.evil.example' }))).toBe(true);
    expect(isCrossOriginWrite(request({ origin: 'https://passerelle.example:8443' }))).toBe(true);
  });

  it('refuses every state-changing method, not only POST', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'post']) {
      expect(isCrossOriginWrite(request({ method, origin: 'https://evil.example' }))).toBe(true);
    }
  });

  it('refuses an opaque or malformed origin', () => {
    expect(isCrossOriginWrite(request({ origin: 'null' }))).toBe(true);
    expect(isCrossOriginWrite(request({ origin: 'not a url' }))).toBe(true);
  });

  it('refuses when the browser says the request is cross-site, even without Origin', () => {
    expect(isCrossOriginWrite(request({ secFetchSite: 'cross-site' }))).toBe(true);
    expect(isCrossOriginWrite(request({ secFetchSite: 'cross-site', origin: 'https://passerelle.example' }))).toBe(true);
  });

  it('accepts a POST from the same host, whatever the port or case in Host', () => {
    expect(isCrossOriginWrite(request({ origin: 'https://passerelle.example', secFetchSite: 'same-origin' }))).toBe(false);
    expect(isCrossOriginWrite(request({ host: '127.0.0.1:3200', origin: 'http://127.0.0.1:3200' }))).toBe(false);
    expect(isCrossOriginWrite(request({ host: 'Passerelle.Example', origin: 'https://passerelle.example' }))).toBe(false);
  });

  it('accepts the public address behind a reverse proxy', () => {
    const behindProxy = { host: 'app:3000', origin: 'https://passerelle.example' };
    expect(isCrossOriginWrite(request(behindProxy))).toBe(true);
    expect(isCrossOriginWrite(request({ ...behindProxy, forwardedHost: 'passerelle.example' }))).toBe(false);
    expect(isCrossOriginWrite(request({ ...behindProxy, publicUrl: 'https://passerelle.example/' }))).toBe(false);
    // The public address matches by full origin: the same host over plain HTTP is another origin.
    expect(isCrossOriginWrite(request({ ...behindProxy, origin: 'http://passerelle.example', publicUrl: 'https://passerelle.example' }))).toBe(true);
  });

  it('lets through a write without Origin (not sent by a cross-site page) and every safe method', () => {
    expect(isCrossOriginWrite(request({}))).toBe(false);
    expect(isCrossOriginWrite(request({ secFetchSite: 'same-site' }))).toBe(false);
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(isCrossOriginWrite(request({ method, origin: 'https://evil.example', secFetchSite: 'cross-site' }))).toBe(false);
    }
  });
});
