import { describe, expect, it } from 'vitest';
import { isMultiTenantIssuer, readSsoSettings } from '@/lib/auth/sso-settings';

const tenant = 'https://login.microsoftonline.com/0b1c2d3e-0000-4000-8000-000000000000/v2.0';
const complete = { AUTH_MICROSOFT_ENTRA_ID_ID: 'client-id', AUTH_MICROSOFT_ENTRA_ID_SECRET: 'client-secret', AUTH_MICROSOFT_ENTRA_ID_ISSUER: tenant };

describe('single sign-on settings', () => {
  it('are on only when the three variables are set', () => {
    expect(readSsoSettings(complete)).toEqual({ clientId: 'client-id', clientSecret: 'client-secret', issuer: tenant });
    for (const name of Object.keys(complete)) {
      expect(readSsoSettings({ ...complete, [name]: undefined })).toBeNull();
      expect(readSsoSettings({ ...complete, [name]: '  ' })).toBeNull();
    }
    expect(readSsoSettings({})).toBeNull();
  });

  it('drop a trailing slash of the issuer (the metadata address is built from it)', () => {
    expect(readSsoSettings({ ...complete, AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'http://127.0.0.1:3900/' })?.issuer).toBe('http://127.0.0.1:3900');
  });

  it('refuse an issuer that accepts accounts of any tenant', () => {
    for (const path of ['common', 'organizations', 'consumers', 'Common']) {
      const issuer = `https://login.microsoftonline.com/${path}/v2.0`;
      expect(isMultiTenantIssuer(issuer)).toBe(true);
      expect(readSsoSettings({ ...complete, AUTH_MICROSOFT_ENTRA_ID_ISSUER: issuer })).toBeNull();
    }
    expect(isMultiTenantIssuer(tenant)).toBe(false);
  });
});
