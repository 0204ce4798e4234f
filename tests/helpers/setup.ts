import { vi } from 'vitest';

// Tests call pages' server code, actions and route handlers directly, without Next's request context:
// the session is whatever `actAs()` says, cookies go nowhere, and cache revalidation is a no-op.
vi.mock('@/lib/auth/read-session', () => ({ readSession: vi.fn(async () => null) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: vi.fn(async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() })),
  headers: vi.fn(async () => new Headers()),
}));

// next-auth's own route handlers run for real in the matrix and hostile-input tests; they refuse to work
// without a key to sign cookies with.
process.env.AUTH_SECRET ??= 'vitest-only-secret-never-used-outside-the-tests';
