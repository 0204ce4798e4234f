// Imports nothing: read by db/schema/staff.ts's pgEnum and by the staff form in the browser.
export const STAFF_ROLES = ['agent', 'adviser', 'manager', 'admin', 'privacy_officer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
