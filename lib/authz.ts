import type { StaffRole } from '@/db/schema';

// The one policy table: which role may do what. Record scopes (which rows) live with each feature's
// queries and use the same user fields. Refined in the access-control issue.
export const PERMISSIONS = {
  'metrics:read': ['agent', 'adviser', 'manager', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
