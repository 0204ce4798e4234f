import 'server-only';
import { notFound } from 'next/navigation';
import type { Permission } from '@/lib/authz';
import { checkAccess, type AccessTarget } from './access';
import type { SessionUser } from './current-user';

/**
 * For pages: a screen the role may not open does not exist for that user (404, as for an out-of-scope
 * record); the refusal is audited by checkAccess with the page's route and the record it names.
 */
export async function requirePermission(user: SessionUser, permission: Permission, page: AccessTarget): Promise<void> {
  if (!(await checkAccess(user, [permission], page))) notFound();
}
