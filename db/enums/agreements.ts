// Value lists of agreements and funded projects. Imports nothing (pgEnums, zod schemas, browser forms).

/** PAC: Programme d'appui aux collectivités; PASI: Programme d'accompagnement et de soutien à l'intégration
 * (with its volet); PMD: Programme Mobilisation-Diversité. */
export const FUNDING_PROGRAMS = ['PAC', 'PASI', 'PMD', 'other'] as const;

export const AGREEMENT_STATUSES = ['draft', 'signed', 'active', 'completed', 'cancelled'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The only moves an agreement's status may make; anything else is refused. */
export const AGREEMENT_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['signed', 'cancelled'],
  signed: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The report's kinds of funded local projects. */
export const FUNDED_PROJECT_TYPES = [
  'awareness_campaign',
  'colloquium',
  'welcome_guide',
  'leisure_intercultural',
  'womens_circle',
  'educational_workshop',
  'conversation_group',
  'other',
] as const;

export const PARTNER_KINDS = ['youth_employment_centre', 'community_organization', 'municipality', 'mrc', 'school', 'other'] as const;

export type FundingProgram = (typeof FUNDING_PROGRAMS)[number];
export type FundedProjectType = (typeof FUNDED_PROJECT_TYPES)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
