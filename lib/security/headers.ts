/**
 * Headers that never vary. next.config.js repeats them for the paths the proxy does not see
 * (/api/health, /_next/static): keep both lists in step.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/**
 * Whether browsers reach the app over HTTPS. In production the TLS ends at the reverse proxy, so the
 * server itself only ever sees HTTP: the public address (`AUTH_URL`) or the proxy's `X-Forwarded-Proto`
 * tells. A client that forges `X-Forwarded-Proto` on plain HTTP only gains headers that its browser
 * ignores there (HSTS) or that break its own page (upgrade-insecure-requests).
 */
export function isServedOverHttps(publicUrl: string | undefined, forwardedProto: string | null): boolean {
  if (publicUrl?.toLowerCase().startsWith('https://')) return true;
  return forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export interface ResponseHeaderOptions {
  contentSecurityPolicy: string;
  /** HSTS is sent only in production over HTTPS: on a local HTTP run it would be ignored, or pin localhost. */
  strictTransportSecurity: boolean;
}

/** Every header the proxy puts on a response: pages, API answers, redirects and refusals alike. */
export function responseSecurityHeaders({ contentSecurityPolicy, strictTransportSecurity }: ResponseHeaderOptions) {
  return {
    ...STATIC_SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy,
    // Pages and API answers show personal information: no browser or shared cache may keep them.
    'Cache-Control': 'no-store',
    ...(strictTransportSecurity ? { 'Strict-Transport-Security': HSTS_VALUE } : {}),
  } as Record<string, string>;
}
