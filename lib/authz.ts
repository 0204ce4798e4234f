import type { StaffRole } from '@/db/schema';

// The one policy table (README, "Access control"). Permissions say what a role may do; RECORD_SCOPES say
// on which rows. Every server action and route handler names one permission; every read of case content
// applies the scope of lib/<feature>/scope.ts in SQL. Least privilege: a role gets nothing not listed.
export const PERMISSIONS = {
  // Live totals and reports: counts only, no personal information.
  'metrics:read': ['agent', 'adviser', 'manager', 'admin', 'privacy_officer'],
  // Persons (immigrants) and their accompaniments.
  'person:read': ['agent', 'manager'],
  'person:write': ['agent'],
  // Who read or changed a file, when: supervision of access to personal information.
  'person:read-access-log': ['manager', 'privacy_officer'],
  // The few fields of a person a hire needs (name, hire), for advisers.
  'person:read-hire': ['adviser'],
  // Spreadsheet imports (lib/imports): persons with their accompaniment (agents, like the intake they repeat
  // row by row) and employer files (advisers, like the opening form), each into the importer's own service
  // point; admins import either kind into a service point they name (and may undo any batch). An admin
  // still opens none of the files created: no person:read nor employer:read.
  'import:persons': ['agent', 'admin'],
  'import:employer-files': ['adviser', 'admin'],
  'import:any-service-point': ['admin'],
  // Businesses and employer files.
  'employer:read': ['adviser', 'manager'],
  'employer:write': ['adviser'],
  // Funding agreements and their funded projects: admins record them, managers read them.
  'agreement:read': ['manager', 'admin'],
  'agreement:write': ['admin'],
  // The partners directory (no personal information): everyone reads it, admins keep it.
  'partner:read': ['agent', 'adviser', 'manager', 'admin'],
  // The privacy officer's registers (incidents, communications, retention runs) and the retention schedule.
  'privacy:registers': ['privacy_officer'],
  'privacy:retention': ['privacy_officer'],
  // Administration: staff accounts, reference data, agreements and partners. No case content.
  'staff:manage': ['admin'],
  'reference:manage': ['admin'],
  // One's own account: change password, sign out everywhere.
  'account:self': ['agent', 'adviser', 'manager', 'admin', 'privacy_officer'],
  // Staff in post by service point, counted by role (no names): admins for any region, managers their own.
  'staff:read-by-location': ['manager', 'admin'],
  // The bilan (report of achievements) and its PDF: managers of their region, admins of any region.
  'bilan:read': ['manager', 'admin'],
  // The dashboard's breakdowns and their exports (counts only, small cells hidden): managers for their
  // region, admins for any region. Agents and advisers keep the three totals of their homes.
  'dashboard:read': ['manager', 'admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Which records of case content a role reaches, once it has the permission. */
export const RECORD_SCOPES = {
  agent: 'persons and accompaniments held by their own service point',
  adviser: 'businesses and employer files located in their region; persons only through a hire there, hire fields only',
  manager: 'everything of their region, read-only',
  admin: 'no case content (separation of duties)',
  privacy_officer: 'no case content: the registers (incidents, communications, retention) and the access log of any file',
} as const satisfies Record<StaffRole, string>;

/**
 * What a reader sees of each follow-up (accompaniment, and its interventions and referrals) in a file they
 * may open (lib/persons/scope.ts). The scope opens the person; this filters what of the file is shown.
 */
export const FOLLOW_UP_VISIBILITY = {
  agent: 'in full those of their own service point; of another service point of the region only that service point and whether the follow-up is open (so a person is not served twice unknowingly), never dates, needs, notes or the other agent; of another region nothing',
  adviser: 'none (a person is reached through a hire only, name only)',
  manager: 'in full those of their region; of another region nothing',
  admin: 'none',
  privacy_officer: 'none',
} as const satisfies Record<StaffRole, string>;

export function can(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
