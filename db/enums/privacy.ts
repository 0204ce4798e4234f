// Value lists of the privacy features (A-2.1 as amended by Law 25). Imports nothing.

/** Kinds of record a retention rule applies to. */
export const RETENTION_RECORD_KINDS = ['person_file'] as const;

/** What a referral communicated to the partner (the communications register). */
export const SHARED_INFORMATION_KINDS = ['identity', 'contact_details', 'immigration_status', 'needs', 'other'] as const;
export type SharedInformationKind = (typeof SHARED_INFORMATION_KINDS)[number];

/** On what basis information was communicated to a third party. */
export const COMMUNICATION_BASES = ['consent', 'law'] as const;

export const CONSENT_KINDS = ['collection', 'sharing'] as const;
export const CONSENT_EVENTS = ['given', 'withdrawn'] as const;

/** The assessment of the risk of serious injury of a confidentiality incident (s. 63.7). */
export const INCIDENT_RISK_LEVELS = ['not_assessed', 'low', 'serious'] as const;
