/** What the Content-Security-Policy depends on, decided once per request by the proxy. */
export interface CspOptions {
  /** Fresh for every request: Next.js reads it back from the request's CSP header and stamps its own scripts. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with eval. Never in production. */
  allowEval: boolean;
  /** Only when the site is served over HTTPS: on plain HTTP (local runs, tests) it would break every asset. */
  upgradeInsecureRequests: boolean;
  /**
   * The single sign-on provider's origin, when SSO is configured. Chromium applies form-action to the
   * redirects that follow a form submission: without JavaScript, the SSO button's POST answers with a
   * redirect to the provider, which 'self' alone would block.
   */
  signOnOrigin?: string | null;
}

/** A nonce of 128 random bits, base64-encoded as the CSP grammar expects. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function buildContentSecurityPolicy({ nonce, allowEval, upgradeInsecureRequests, signOnOrigin }: CspOptions): string {
  // 'strict-dynamic' lets the nonced Next.js bootstrap load its chunks while host lists are ignored,
  // so an injected <script src> from anywhere, even this origin, does not run.
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(allowEval ? ["'unsafe-eval'"] : [])];
  const directives: string[] = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // Next.js and React inject inline style attributes; styles cannot run code, so inline is accepted here.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...(signOnOrigin ? [signOnOrigin] : [])].join(' ')}`,
    "frame-ancestors 'none'",
  ];
  if (upgradeInsecureRequests) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
