import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/config';

const { auth } = NextAuth(authConfig);

// Convenience only: sends anonymous visitors to the sign-in page and refreshes the idle timer.
// Authorization happens in the data layer, never here.
export default auth;

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/health).*)'],
};
