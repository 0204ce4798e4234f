// Known failures that actions map to a clear answer instead of a 500.

/** The record does not exist or is outside the user's scope: both answer "not found" (no existence leak). */
export class NotFoundError extends Error {
  constructor(what = 'record') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** Someone else saved the record since it was loaded (optimistic locking on `version`). */
export class VersionConflictError extends Error {
  constructor() {
    super('the record was changed by someone else');
    this.name = 'VersionConflictError';
  }
}

/** A business rule refused the input; `field` names the form field to blame. */
export class RuleError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
  ) {
    super(`${field}: ${code}`);
    this.name = 'RuleError';
  }
}

/** PostgreSQL's unique_violation, from postgres.js or PGlite (directly or as the cause of a drizzle error). */
export function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  return candidates.some((candidate) => (candidate as { code?: string } | undefined)?.code === '23505');
}
