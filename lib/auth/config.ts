import type { NextAuthConfig } from 'next-auth';

import { IDLE_TIMEOUT_SECONDS, sessionStillValid } from './session-lifetime';

// Edge-safe part of the configuration (no database): shared by the proxy and the full setup in ./index.ts.

export const authConfig = {
  // Sign-in errors of the SSO round trip (e.g. ?error=AccessDenied) are shown on the sign-in page itself.
  pages: { signIn: '/sign-in', error: '/sign-in' },
  session: { strategy: 'jwt', maxAge: IDLE_TIMEOUT_SECONDS, updateAge: 0 },
  trustHost: true,
  providers: [],
  callbacks: {
    // Convenience redirect only: every page, action and route checks the user again on the server.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (path === '/sign-in' || path.startsWith('/api/')) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        token.signedInAt = now;
        token.lastSeenAt = now;
        token.sessionId = crypto.randomUUID();
      }
      // Idle and absolute timeouts; the cookie's own expiry (maxAge) is only a second line.
      if (!sessionStillValid(token, now)) return null;
      token.lastSeenAt = now;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? '' },
        sessionVersion: typeof token.sessionVersion === 'number' ? token.sessionVersion : -1,
        sessionId: typeof token.sessionId === 'string' ? token.sessionId : undefined,
      };
    },
  },
  logger: {
    // next-auth prints a full stack for each failed sign-in; keep one short line without personal data.
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      // An ordinary wrong password, or an SSO account without a staff account: already in the audit trail.
      if (type === 'CredentialsSignin' || type === 'AccessDenied') return;
      console.error(`[auth] ${type}: ${error.message.split('\n')[0]}`);
    },
    warn(code) {
      console.warn(`[auth] warning ${code}`);
    },
    debug() {},
  },
} satisfies NextAuthConfig;
