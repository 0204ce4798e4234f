import { z } from 'zod';
import { IMPORT_LIMITS } from './limits';

// The inputs of the import actions (FormData from the upload screen). The file is judged by lib/imports
// itself; these only bound what arrives.

/** A form field holding JSON, at most `maxLength` characters; text that is not JSON is `invalid`. */
function jsonText(maxLength: number) {
  return z
    .string({ message: 'invalid' })
    .max(maxLength, 'tooLong')
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
    });
}

const file = z
  .instanceof(File, { message: 'required' })
  .refine((value) => value.size > 0, 'empty')
  .refine((value) => value.size <= IMPORT_LIMITS.maxFileBytes, 'tooLarge');

/** The mapping screen's choice, as JSON: field → index of the file's column, or null. */
const mapping = jsonText(10_000)
  .pipe(z.record(z.string().max(40), z.number().int().min(0).max(IMPORT_LIMITS.maxColumns).nullable(), { message: 'invalid' }))
  .optional();

/** The browser's id for this upload, to read its progress (GET /imports/progress). */
const uploadId = z.string({ message: 'invalid' }).uuid('invalid').optional();

/**
 * The service point an admin imports into and the agent or adviser of it who will follow the files (both
 * required of an admin, refused from anyone else: lib/imports/target.ts). The upload form's empty choice is none.
 */
const chosenId = z.preprocess((value) => (value === '' ? undefined : value), z.string({ message: 'invalid' }).uuid('invalid').optional());

export const previewImportInput = z.object({ file, mapping, uploadId, servicePointId: chosenId, followerId: chosenId });

/** The rows the importer confirmed as other persons, as a JSON list of row numbers, or all of them. */
const rowList = jsonText(500_000)
  .pipe(z.array(z.number().int().min(2).max(IMPORT_LIMITS.maxRows + 1), { message: 'invalid' }).max(IMPORT_LIMITS.maxRows, 'tooMany'));

export const commitImportInput = z.object({
  file,
  mapping,
  uploadId,
  servicePointId: chosenId,
  followerId: chosenId,
  confirmedRows: rowList.optional(),
  confirmAllDuplicates: z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean()),
});

export const undoImportInput = z.object({ id: z.string({ message: 'required' }).uuid('invalid') });
