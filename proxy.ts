import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { readSsoSettings } from '@/lib/auth/sso-settings';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { isServedOverHttps, responseSecurityHeaders } from '@/lib/security/headers';
import { isDecodableActionBody } from '@/lib/security/action-body';
import { isCrossOriginWrite } from '@/lib/security/same-origin';
import { FIGURES_STREAM_PATH } from '@/lib/live/channel';

const { auth } = NextAuth(authConfig);

// Entra ID's sign-in page lives on the issuer's origin (login.microsoftonline.com).
const sso = readSsoSettings();
const signOnOrigin = sso ? new URL(sso.issuer).origin : null;

/**
 * The public address of the app, for absolute redirects: AUTH_URL (set in production), otherwise the host
 * the browser asked for. Next.js itself only knows the address it listens on ("localhost").
 */
function publicOrigin(request: NextRequest): string {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const host = request.headers.get('host');
  return host ? `${request.nextUrl.protocol}//${host}` : request.nextUrl.origin;
}

/**
 * The anonymous-visitor redirect, done here because next-auth skips its own redirect as soon as the
 * proxy is a callback (it then leaves the decision to the callback). The way back is a path only.
 */
function signInRedirect(request: NextRequest): NextResponse | null {
  const signInPage = authConfig.pages.signIn;
  if (request.nextUrl.pathname === signInPage) return null;
  const target = new URL(signInPage, publicOrigin(request));
  target.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(target);
}

// Convenience and hardening only: sends anonymous visitors to the sign-in page, refreshes the idle timer,
// refuses cross-site writes and sets the security headers. Authorization happens in the data layer.
const withSession = auth(async (request) => {
  const production = process.env.NODE_ENV === 'production';
  const https = production && isServedOverHttps(process.env.AUTH_URL, request.headers.get('x-forwarded-proto'));
  const contentSecurityPolicy = buildContentSecurityPolicy({
    nonce: createNonce(),
    allowEval: process.env.NODE_ENV === 'development',
    upgradeInsecureRequests: https,
    signOnOrigin,
  });

  let response: NextResponse | null = null;
  const crossOrigin = isCrossOriginWrite({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    host: request.headers.get('host'),
    forwardedHost: request.headers.get('x-forwarded-host'),
    publicUrl: process.env.AUTH_URL,
  });
  if (crossOrigin) {
    response = NextResponse.json({ error: 'cross_origin_refused' }, { status: 403 });
  } else if (request.method === 'POST' && request.headers.has('next-action') && !(await isDecodableActionBody(request.clone()))) {
    response = NextResponse.json({ error: 'malformed_request', message: 'The request body could not be read.' }, { status: 400 });
  } else if (!authConfig.callbacks.authorized({ auth: request.auth, request })) {
    response = signInRedirect(request);
  }
  if (!response) {
    // Next.js takes the nonce from the request's CSP header and puts it on every script it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('Content-Security-Policy', contentSecurityPolicy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }

  const headers = responseSecurityHeaders({ contentSecurityPolicy, strictTransportSecurity: https });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
});

/** Same name as in server.mjs, which sets it from the router's own prefetch header. */
const PREFETCH_HEADER = 'x-passerelle-prefetch';

/**
 * A prefetch (the router loading a link ahead of a click) is not the user's activity: it does not extend
 * the idle timer. Neither may it set the session cookie again: one in flight when the user signs out would
 * otherwise put the (revoked) cookie back in the browser after the sign-out cleared it.
 */
function isPrefetch(request: NextRequest): boolean {
  // Next.js removes its router's headers before the proxy runs: server.mjs copies the mark into PREFETCH_HEADER.
  return request.headers.get(PREFETCH_HEADER) === '1' || request.headers.get('sec-purpose')?.includes('prefetch') === true;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const response = (await withSession(request as never, event as never)) as Response;
  // The live figures stream (re)connects on its own, without the user doing anything: no activity either.
  if (!isPrefetch(request) && request.nextUrl.pathname !== FIGURES_STREAM_PATH) return response;
  const kept = response.headers.getSetCookie().filter((cookie) => !/^(__Secure-)?authjs\.session-token/.test(cookie));
  response.headers.delete('set-cookie');
  for (const cookie of kept) response.headers.append('set-cookie', cookie);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/health).*)'],
};
