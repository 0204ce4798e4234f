import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { authConfig } from './config';
import { clientAddress } from './client-address';
import { credentialsInput, verifyCredentials } from './credentials';
import { endSignedOutSession } from './end-session';
import { findStaffForSso } from './sso';
import { isMultiTenantIssuer, readSsoSettings, SSO_PROVIDER_ID } from './sso-settings';
import { ThrottledSignIn } from './throttled-sign-in';
import { UnavailableSignIn } from './unavailable-sign-in';
import { isDatabaseUnavailable } from '@/db/availability';

const sso = readSsoSettings();
const ssoIssuer = process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
if (!sso && ssoIssuer && isMultiTenantIssuer(ssoIssuer)) {
  console.error('[auth] single sign-on off: AUTH_MICROSOFT_ENTRA_ID_ISSUER must name the ministry tenant, not common/organizations/consumers');
}

const ssoProviders = sso
  ? [
      MicrosoftEntraID({
        clientId: sso.clientId,
        clientSecret: sso.clientSecret,
        issuer: sso.issuer,
        // No User.Read: the provider's default profile() fetches the photo from Microsoft Graph, and
        // nothing may be fetched beyond the sign-in itself.
        authorization: { params: { scope: 'openid profile email' } },
        // The staff account is found from the ID token's claims in the signIn callback; nothing of the
        // Microsoft profile (name, photo, address) goes into the session cookie.
        profile: (claims) => ({ id: claims.sub }),
      }),
    ]
  : [];

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const account = await verifyCredentials(getDb(), parsed.data.email, parsed.data.password, clientAddress(request.headers)).catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) throw new UnavailableSignIn();
          throw error;
        });
        if (account === 'throttled') throw new ThrottledSignIn();
        return account ? { id: account.id, sessionVersion: account.sessionVersion } : null;
      },
    }),
    ...ssoProviders,
  ],
  callbacks: {
    ...authConfig.callbacks,
    // Runs on the server only (never in the proxy), so it may read the database.
    async signIn({ user, account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const staff = await findStaffForSso(getDb(), profile ?? {}, clientAddress(await headers()));
      // false: next-auth sends the browser to the sign-in page with ?error=AccessDenied.
      if (!staff) return false;
      // From here on `user` is the staff account: the jwt callback puts its id (not the Microsoft
      // subject) and its session version into the session.
      Object.assign(user, { id: staff.id, sessionVersion: staff.sessionVersion });
      return true;
    },
    jwt(params) {
      // Fails closed: should next-auth ever stop handing the same user object from signIn to jwt, an
      // SSO session without a staff session version would otherwise carry the Microsoft subject.
      const sessionVersion = (params.user as { sessionVersion?: unknown } | undefined)?.sessionVersion;
      if (params.account?.provider === SSO_PROVIDER_ID && typeof sessionVersion !== 'number') return null;
      return authConfig.callbacks.jwt(params);
    },
  },
  events: {
    // Every sign-out, whichever way it comes, ends its session here (see ./end-session.ts). next-auth calls
    // this before clearing the cookie, and only logs an error it throws (SignOutError).
    async signOut(message) {
      if ('token' in message) await endSignedOutSession(getDb(), message.token);
    },
  },
});
