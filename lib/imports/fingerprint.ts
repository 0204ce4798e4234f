import { createHash } from 'node:crypto';

/**
 * The fingerprint of a source row: its values by field, as the form would receive them, hashed. The same
 * person on the same row of a re-sent file (or of another file with the columns in another order) has the
 * same fingerprint, so a second import finds it already done. Kept with what the row created.
 */
export function rowFingerprint(kind: string, values: Record<string, unknown>): string {
  const ordered = Object.keys(values)
    .sort()
    .map((field) => [field, values[field]]);
  return createHash('sha256').update(JSON.stringify([kind, ordered])).digest('hex');
}

export function fileSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
