// Value lists of the persons workflow. This module imports nothing: the pgEnums of db/schema/persons.ts,
// the zod schemas and the browser's forms all read these lists, and a client form must not pull drizzle
// into the bundle. Labels are in the catalogues (lib/i18n), keyed by these values.

/**
 * Immigration category, in the database's order (new values are appended to a PostgreSQL enum). The
 * three `permanent_resident_*` are the classes of permanent residence; `permanent_resident` (class not
 * recorded), `refugee` and `naturalized_citizen` remain for older files and are not offered at intake.
 */
export const IMMIGRATION_CATEGORIES = [
  'permanent_resident',
  'temporary_foreign_worker',
  'international_student',
  'refugee',
  'asylum_seeker',
  'naturalized_citizen',
  'other',
  'permanent_resident_economic',
  'permanent_resident_family',
  'permanent_resident_refugee',
] as const;
/** What an intake offers, in the order of the form. */
export const INTAKE_IMMIGRATION_CATEGORIES = [
  'permanent_resident_economic',
  'permanent_resident_family',
  'permanent_resident_refugee',
  'temporary_foreign_worker',
  'international_student',
  'asylum_seeker',
  'other',
] as const satisfies readonly (typeof IMMIGRATION_CATEGORIES)[number][];

export const NEEDS = ['installation_housing', 'francization', 'employment', 'skills_recognition', 'schooling', 'health', 'community_life'] as const;

export const GENDERS = ['woman', 'man', 'non_binary', 'other'] as const;

/** Self-assessed level of French, spoken. */
export const FRENCH_LEVELS = ['none', 'beginner', 'intermediate', 'advanced', 'fluent'] as const;

export const ACCOMPANIMENT_STATUSES = ['open', 'closed'] as const;

export const CLOSURE_REASONS = ['goals_met', 'moved_out_of_region', 'person_withdrew', 'lost_contact', 'referred_elsewhere', 'other'] as const;

/** Kinds of intervention, in the database's order; `meeting` and `group_session` remain for older records. */
export const INTERVENTION_KINDS = ['meeting', 'phone_call', 'email', 'group_session', 'accompaniment_to_service', 'other', 'first_meeting', 'follow_up', 'information_session'] as const;
/** What a new intervention offers, in the order of the form. */
export const NEW_INTERVENTION_KINDS = [
  'first_meeting',
  'follow_up',
  'information_session',
  'accompaniment_to_service',
  'phone_call',
  'email',
  'other',
] as const satisfies readonly (typeof INTERVENTION_KINDS)[number][];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'completed', 'declined'] as const;

export const ACTION_STATUSES = ['planned', 'in_progress', 'achieved', 'dropped'] as const;

export type ImmigrationCategory = (typeof IMMIGRATION_CATEGORIES)[number];
export type Need = (typeof NEEDS)[number];
export type Gender = (typeof GENDERS)[number];
export type FrenchLevel = (typeof FRENCH_LEVELS)[number];
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
