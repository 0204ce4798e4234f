// Value lists of the employer workflow. Imports nothing (read by the pgEnums, the zod schemas and the
// browser's forms). Labels are in the catalogues (lib/i18n), keyed by these values.

/**
 * The 2-digit sectors of SCIAN/NAICS Canada 2022 (31-33, 44-45 and 48-49 are one sector each, stored as
 * their first code).
 */
export const NAICS_SECTORS = ['11', '21', '22', '23', '31', '41', '44', '48', '51', '52', '53', '54', '55', '56', '61', '62', '71', '72', '81', '91'] as const;
export type NaicsSector = (typeof NAICS_SECTORS)[number];

/** Number of employees, in Statistics Canada's bands. */
export const BUSINESS_SIZE_BANDS = ['1_4', '5_19', '20_99', '100_499', '500_plus'] as const;

/** Where the employer looks for candidates. */
export const RECRUITMENT_CHANNELS = ['in_quebec', 'international', 'interregional_mobility'] as const;

export const EMPLOYER_FILE_STATUSES = ['open', 'closed'] as const;

export const EMPLOYER_FILE_CLOSURE_REASONS = ['needs_filled', 'no_longer_hiring', 'employer_withdrew', 'unreachable', 'referred_elsewhere', 'other'] as const;

export const HIRING_NEED_STATUSES = ['open', 'filled', 'cancelled'] as const;

export const INTERACTION_KINDS = ['phone_call', 'email', 'meeting', 'site_visit', 'job_fair', 'information_session', 'other'] as const;
