'use server';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { defineAction } from '@/lib/action';
import { MappingIncompleteError, type RowIssue } from '@/lib/imports/analyse';
import { commitPersonsImport, previewPersonsImport, undoBatch } from '@/lib/imports/batches';
import { ImportFileError } from '@/lib/imports/limits';
import { trackProgress } from '@/lib/imports/progress';
import { PERSON_COLUMNS } from '@/lib/imports/persons-columns';
import { previewSummary, rejectedRowsCsv } from '@/lib/imports/report';
import { commitImportInput, previewImportInput, undoImportInput } from '@/lib/imports/schemas';
import { RuleError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/translator';
import { languageOf } from '@/lib/i18n/locale';

// The persons import's endpoints: check a file (preview), import it (commit), undo a batch. The file is
// sent again at commit and judged again there: nothing of the preview is trusted.

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** A file refused as a whole is a field error on `file`, worded by the catalogue (imports.fileErrors). */
async function asFileError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ImportFileError) throw new RuleError('file', error.code);
    throw error;
  }
}

export const previewPersonsImportAction = defineAction({ name: 'previewPersonsImport', permission: 'import:persons', schema: previewImportInput }, async (input, user) =>
  asFileError(async () => {
    const run = trackProgress(user.id, input.uploadId, 'preview');
    try {
      const analysis = await previewPersonsImport(getDb(), user, await bytesOf(input.file), input.mapping, run.progress);
      return { stage: 'preview' as const, preview: previewSummary(analysis) };
    } catch (error) {
      if (error instanceof MappingIncompleteError) return { stage: 'mapping' as const, headers: error.headers, mapping: error.mapping, missing: error.missing };
      throw error;
    } finally {
      run.end();
    }
  }),
);

export const commitPersonsImportAction = defineAction({ name: 'commitPersonsImport', permission: 'import:persons', schema: commitImportInput }, async (input, user) =>
  asFileError(async () => {
    const { t } = getTranslator(languageOf(await getLocale()));
    const describe = (issue: RowIssue) => {
      const column = PERSON_COLUMNS.find((candidate) => candidate.field === issue.field);
      const message = issue.code === 'invalidBoolean' ? t('imports.rowErrors.invalidBoolean') : t.has(`validation.${issue.code}` as never) ? t(`validation.${issue.code}` as never) : t('validation.invalid');
      return issue.column ? `${issue.column} « ${issue.value} » : ${message}` : `${column?.fr ?? issue.field} : ${message}`;
    };
    const run = trackProgress(user.id, input.uploadId, 'commit');
    try {
      const result = await commitPersonsImport(getDb(), user, {
        fileName: input.file.name.slice(0, 200) || 'import',
        bytes: await bytesOf(input.file),
        mapping: input.mapping,
        confirmation: input.confirmAllDuplicates ? { all: true } : { rows: input.confirmedRows ?? [] },
      }, run.progress);
      revalidatePath('/persons', 'layout');
      revalidatePath('/imports');
      return {
        batchId: result.batchId,
        counts: result.counts,
        rejectedCsv: rejectedRowsCsv(result.analysis, describe, { row: t('imports.report.rowHeading'), errors: t('imports.report.errorsHeading') }),
      };
    } catch (error) {
      if (error instanceof MappingIncompleteError) throw new RuleError('mapping', 'required');
      throw error;
    } finally {
      run.end();
    }
  }),
);

export const undoImportBatchAction = defineAction({ name: 'undoImportBatch', permission: 'import:persons', schema: undoImportInput }, async (input, user) => {
  const result = await undoBatch(getDb(), user, input.id);
  revalidatePath('/persons', 'layout');
  revalidatePath('/imports');
  return result;
});
