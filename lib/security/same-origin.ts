/** The parts of a request that tell whether it was sent by a page of another site. */
export interface OriginCheckInput {
  method: string;
  /** The `Origin` header, or null when absent. */
  origin: string | null;
  /** The `Sec-Fetch-Site` header, or null when absent. */
  secFetchSite: string | null;
  /** The `Host` header and, behind a reverse proxy, `X-Forwarded-Host`. */
  host: string | null;
  forwardedHost?: string | null;
  /** `AUTH_URL`: the public address of the app, which may differ from the host the server sees. */
  publicUrl?: string | null;
}

// Methods that must not change anything: a cross-site page may send them freely (links, images, preflights).
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function firstValue(header: string | null | undefined): string | null {
  const value = header?.split(',')[0]?.trim().toLowerCase();
  return value ? value : null;
}

/**
 * True when a state-changing request comes from a page of another site (CSRF), and must be refused
 * before any server action or route handler runs. A request without `Origin` (curl, scripts, very old
 * browsers) is let through: the session cookie is SameSite=Lax and each action
 * checks the user again. Forwarded headers are trusted because a browser page cannot set them on a
 * cross-site request without a CORS preflight, which this app never grants.
 */
export function isCrossOriginWrite(input: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
  if (input.secFetchSite?.trim().toLowerCase() === 'cross-site') return true;
  if (input.origin === null) return false;
  // "null" (sandboxed frames, some redirects) and malformed values cannot be matched to this site.
  const origin = originOf(input.origin);
  if (!origin || origin.origin === 'null') return true;
  const ownHosts = [firstValue(input.host), firstValue(input.forwardedHost)].filter((host) => host !== null);
  if (ownHosts.includes(origin.host)) return false;
  const publicOrigin = input.publicUrl ? originOf(input.publicUrl)?.origin : undefined;
  return origin.origin !== publicOrigin;
}
