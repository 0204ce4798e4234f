import { RETENTION_RECORD_KINDS } from '@/db/enums/privacy';

// The retention schedule's defaults, seeded into retention_rules (db/seed/reference.ts) and used when a
// rule is missing. The privacy officer changes them on the retention screen; the reason travels with them.

export type RetentionRecordKind = (typeof RETENTION_RECORD_KINDS)[number];

export const DEFAULT_RETENTION_RULES: Record<RetentionRecordKind, { years: number; reason: string }> = {
  person_file: {
    years: 7,
    reason:
      'Sept ans après la fermeture du dernier accompagnement : une personne qui revient dans les années suivantes retrouve son dossier, ' +
      'une plainte ou une vérification des années financées par un programme peut être traitée, et les bilans comparent des exercices ' +
      'qui restent complets. À confirmer par le calendrier de conservation du ministère.',
  },
};

/** A rule's duration is whole years, within what a retention schedule can mean. */
export const RETENTION_YEARS = { min: 1, max: 50 } as const;
