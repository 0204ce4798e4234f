// Single sign-on with Microsoft Entra ID, on only when its three variables are set. No database here:
// the sign-in page and the full next-auth setup both read it.

export const SSO_PROVIDER_ID = 'microsoft-entra-id';

export interface SsoSettings {
  clientId: string;
  clientSecret: string;
  /** The tenant's issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 (tests: a local provider). */
  issuer: string;
}

type Env = Record<string, string | undefined>;

// These issuers accept accounts of any Microsoft tenant (or personal accounts): anyone could then present
// a staff member's e-mail address. Only the ministry's own tenant may vouch for staff addresses.
const MULTI_TENANT_ISSUER = /^https:\/\/login\.microsoftonline\.com\/(common|organizations|consumers)(\/|$)/i;

export function isMultiTenantIssuer(issuer: string): boolean {
  return MULTI_TENANT_ISSUER.test(issuer.trim());
}

/** The settings when all three variables are set and the issuer names one tenant; otherwise null (SSO off). */
export function readSsoSettings(env: Env = process.env): SsoSettings | null {
  const clientId = env.AUTH_MICROSOFT_ENTRA_ID_ID?.trim();
  const clientSecret = env.AUTH_MICROSOFT_ENTRA_ID_SECRET?.trim();
  const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER?.trim().replace(/\/+$/, '');
  if (!clientId || !clientSecret || !issuer || isMultiTenantIssuer(issuer)) return null;
  return { clientId, clientSecret, issuer };
}
