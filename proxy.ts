import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { readSsoSettings } from '@/lib/auth/sso-settings';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { isServedOverHttps, responseSecurityHeaders } from '@/lib/security/headers';
import { isCrossOriginWrite } from '@/lib/security/same-origin';

const { auth } = NextAuth(authConfig);

// Entra ID's sign-in page lives on the issuer's origin (login.microsoftonline.com).
const sso = readSsoSettings();
const signOnOrigin = sso ? new URL(sso.issuer).origin : null;

/**
 * The anonymous-visitor redirect, done here because next-auth skips its own redirect as soon as the
 * proxy is a callback (it then leaves the decision to the callback). The Location is relative and the
 * way back a path: Next.js sees its own listening address ("localhost"), not the name the browser used.
 */
function signInRedirect(request: NextRequest): NextResponse | null {
  const signInPage = authConfig.pages.signIn;
  if (request.nextUrl.pathname === signInPage) return null;
  const callbackUrl = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return new NextResponse(null, { status: 307, headers: { Location: `${signInPage}?${new URLSearchParams({ callbackUrl })}` } });
}

// Convenience and hardening only: sends anonymous visitors to the sign-in page, refreshes the idle timer,
// refuses cross-site writes and sets the security headers. Authorization happens in the data layer.
export default auth((request) => {
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

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/health).*)'],
};
