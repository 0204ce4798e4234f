'use server';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import type { ImportKind } from '@/db/enums/imports';
import { defineAction } from '@/lib/action';
import type { SessionUser } from '@/lib/auth/current-user';
import { MappingIncompleteError, type RowIssue } from '@/lib/imports/analyse';
import { commitImport, IMPORT_KIND_DEFINITIONS, previewImport, undoBatch } from '@/lib/imports/batches';
import type { ImportColumn } from '@/lib/imports/columns';
import { ImportFileError } from '@/lib/imports/limits';
import { trackProgress } from '@/lib/imports/progress';
import { previewSummary, rejectedRowsCsv } from '@/lib/imports/report';
import { commitImportInput, previewImportInput, undoImportInput } from '@/lib/imports/schemas';
import { RuleError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/translator';
import { languageOf } from '@/lib/i18n/locale';

// The imports' endpoints, one preview and one commit per kind (each with its own permission), and one undo
// for every kind (lib/imports/batches.ts checks the batch's kind against the role). The file is sent again
// at commit and judged again there: nothing of the preview is trusted.

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

function preview(kind: ImportKind) {
  return async (input: z.output<typeof previewImportInput>, user: SessionUser) =>
    asFileError(async () => {
      const run = trackProgress(user.id, input.uploadId, 'preview');
      try {
        const { analysis } = await previewImport(getDb(), user, kind, input, await bytesOf(input.file), input.mapping, run.progress);
        return { stage: 'preview' as const, preview: previewSummary(analysis) };
      } catch (error) {
        if (error instanceof MappingIncompleteError) return { stage: 'mapping' as const, headers: error.headers, mapping: error.mapping, missing: error.missing };
        throw error;
      } finally {
        run.end();
      }
    });
}

/** An issue of a rejected row, in the importer's language, for the rejected rows' CSV. */
async function describer(columns: readonly ImportColumn[]) {
  const { t } = getTranslator(languageOf(await getLocale()));
  const describe = (issue: RowIssue) => {
    const column = columns.find((candidate) => candidate.field === issue.field);
    const message = t.has(`imports.rowErrors.${issue.code}` as never) ? t(`imports.rowErrors.${issue.code}` as never) : t.has(`validation.${issue.code}` as never) ? t(`validation.${issue.code}` as never) : t('validation.invalid');
    return issue.column ? `${issue.column} « ${issue.value} » : ${message}` : `${column?.fr ?? issue.field} : ${message}`;
  };
  return { describe, headings: { row: t('imports.report.rowHeading'), errors: t('imports.report.errorsHeading') } };
}

function commit(kind: ImportKind, revalidated: string) {
  return async (input: z.output<typeof commitImportInput>, user: SessionUser) =>
    asFileError(async () => {
      const run = trackProgress(user.id, input.uploadId, 'commit');
      try {
        const result = await commitImport(getDb(), user, kind, input, {
          fileName: input.file.name.slice(0, 200) || 'import',
          bytes: await bytesOf(input.file),
          mapping: input.mapping,
          confirmation: input.confirmAllDuplicates ? { all: true } : { rows: input.confirmedRows ?? [] },
        }, run.progress);
        revalidatePath(revalidated, 'layout');
        revalidatePath('/imports', 'layout');
        const { describe, headings } = await describer(await IMPORT_KIND_DEFINITIONS[kind].columns(getDb(), null));
        return { batchId: result.batchId, counts: result.counts, rejectedCsv: rejectedRowsCsv(result.analysis, describe, headings) };
      } catch (error) {
        if (error instanceof MappingIncompleteError) throw new RuleError('mapping', 'required');
        throw error;
      } finally {
        run.end();
      }
    });
}

export const previewPersonsImportAction = defineAction({ name: 'previewPersonsImport', permission: 'import:persons', schema: previewImportInput }, preview('persons'));

export const commitPersonsImportAction = defineAction({ name: 'commitPersonsImport', permission: 'import:persons', schema: commitImportInput }, commit('persons', '/persons'));

export const previewEmployerFilesImportAction = defineAction({ name: 'previewEmployerFilesImport', permission: 'import:employer-files', schema: previewImportInput }, preview('employer_files'));

export const commitEmployerFilesImportAction = defineAction({ name: 'commitEmployerFilesImport', permission: 'import:employer-files', schema: commitImportInput }, commit('employer_files', '/employers'));

export const undoImportBatchAction = defineAction({ name: 'undoImportBatch', permission: ['import:persons', 'import:employer-files'], schema: undoImportInput }, async (input, user) => {
  const result = await undoBatch(getDb(), user, input.id);
  revalidatePath('/persons', 'layout');
  revalidatePath('/employers', 'layout');
  revalidatePath('/imports', 'layout');
  return result;
});
