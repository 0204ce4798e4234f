import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { authConfig } from './config';
import { clientAddress } from './client-address';
import { credentialsInput, verifyCredentials } from './credentials';
import { ThrottledSignIn } from './throttled-sign-in';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const account = await verifyCredentials(getDb(), parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (account === 'throttled') throw new ThrottledSignIn();
        return account ? { id: account.id, sessionVersion: account.sessionVersion } : null;
      },
    }),
  ],
});
