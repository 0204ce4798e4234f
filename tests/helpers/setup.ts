import { vi } from 'vitest';

// Tests call pages' server code, actions and route handlers directly, without Next's request context:
// the session is whatever `actAs()` says, and cache revalidation is a no-op.
vi.mock('@/lib/auth/read-session', () => ({ readSession: vi.fn(async () => null) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
