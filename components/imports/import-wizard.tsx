'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { commitEmployerFilesImportAction, commitPersonsImportAction, previewEmployerFilesImportAction, previewPersonsImportAction } from '@/app/(app)/imports/actions';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionResult } from '@/lib/action';
import type { ImportKind } from '@/db/enums/imports';
import type { ColumnMapping, ImportColumn } from '@/lib/imports/columns';
import { IMPORT_LIMITS } from '@/lib/imports/limits';
import type { PreviewProblem, PreviewSummary } from '@/lib/imports/report';
import { issueMessage } from './issue-text';
import { ImportProgressLine, useImportProgress } from './import-progress';
import { ImportTargetFields, type TargetChoice } from './import-target-fields';

// Upload → (columns) → preview → result. The file stays in the browser between the steps and is sent again
// at the commit, where the server judges it anew; nothing is saved before "Import the valid rows". The same
// wizard for every kind: its columns come from the page, its two actions from the kind. An admin's upload
// form also names the service point and who will follow the files (`targets`).

const ACTIONS = {
  persons: { preview: previewPersonsImportAction, commit: commitPersonsImportAction },
  employer_files: { preview: previewEmployerFilesImportAction, commit: commitEmployerFilesImportAction },
} as const satisfies Record<ImportKind, unknown>;

export interface ImportWizardProps {
  kind: ImportKind;
  columns: readonly ImportColumn[];
  /** An admin's choice of service points, each with its agents or advisers; null for anyone else. */
  targets: TargetChoice[] | null;
}

type Step =
  | { name: 'upload' }
  | { name: 'mapping'; headers: string[]; mapping: ColumnMapping; missing: string[] }
  | { name: 'preview'; preview: PreviewSummary }
  | { name: 'report'; counts: { created: number; rejected: number; duplicatesSkipped: number; alreadyImported: number }; rejectedCsv: string | null };

export function ImportWizard({ kind, columns, targets }: ImportWizardProps) {
  const t = useTranslations('imports');
  const tv = useTranslations('validation');
  const ta = useTranslations('actionErrors');
  const language = useLocale() === 'en-CA' ? 'en' : 'fr';
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: 'upload' });
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [pending, setPending] = useState<'preview' | 'commit' | null>(null);
  const [confirmed, setConfirmed] = useState<Set<number>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  const [target, setTarget] = useState({ servicePointId: '', followerId: '' });
  const [targetErrors, setTargetErrors] = useState<{ servicePointId?: string; followerId?: string }>({});
  const progress = useImportProgress();
  const fileInputId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), [step.name]);

  function failure(result: Extract<ActionResult<unknown>, { ok: false }>) {
    const code = result.fieldErrors?.file;
    const targetCode = { servicePointId: result.fieldErrors?.servicePointId, followerId: result.fieldErrors?.followerId };
    if (targetCode.servicePointId || targetCode.followerId) {
      setTargetErrors(targetCode);
      setStep({ name: 'upload' });
      return;
    }
    if (code) {
      setFileError(t.has(`fileErrors.${code}` as never) ? t(`fileErrors.${code}` as never) : t('fileErrors.invalid'));
      setStep({ name: 'upload' });
      return;
    }
    setError(result.error === 'unexpected' ? ta('unexpected', { reference: result.reference ?? '' }) : ta(result.error));
  }

  function formFor(chosen: ColumnMapping | undefined, uploadId: string) {
    const data = new FormData();
    data.set('file', file!);
    data.set('uploadId', uploadId);
    if (chosen) data.set('mapping', JSON.stringify(chosen));
    if (targets) {
      data.set('servicePointId', target.servicePointId);
      data.set('followerId', target.followerId);
    }
    return data;
  }

  async function check(chosen?: ColumnMapping) {
    if (!file) {
      setFileError(t('fileErrors.required'));
      return;
    }
    setError(null);
    setFileError(undefined);
    setTargetErrors({});
    // Said before sending: the server refuses a larger body before any of it is read.
    if (file.size > IMPORT_LIMITS.maxFileBytes) {
      setFileError(t('fileErrors.tooLarge'));
      return;
    }
    setPending('preview');
    const uploadId = crypto.randomUUID();
    progress.start(uploadId);
    try {
      const result = await ACTIONS[kind].preview(formFor(chosen, uploadId));
      if (!result.ok) return failure(result);
      setConfirmed(new Set());
      setConfirmAll(false);
      if (result.data.stage === 'mapping') {
        setMapping(result.data.mapping);
        setStep({ name: 'mapping', headers: result.data.headers, mapping: result.data.mapping, missing: result.data.missing });
      } else {
        setMapping(result.data.preview.mapping);
        setStep({ name: 'preview', preview: result.data.preview });
      }
    } catch {
      setError(t('sendFailed'));
    } finally {
      progress.stop();
      setPending(null);
    }
  }

  async function commit() {
    setError(null);
    setPending('commit');
    const uploadId = crypto.randomUUID();
    progress.start(uploadId);
    try {
      const data = formFor(mapping, uploadId);
      data.set('confirmAllDuplicates', String(confirmAll));
      data.set('confirmedRows', JSON.stringify([...confirmed]));
      const result = await ACTIONS[kind].commit(data);
      if (!result.ok) return failure(result);
      setStep({ name: 'report', counts: result.data.counts, rejectedCsv: result.data.rejectedCsv });
      router.refresh();
    } catch {
      // The request itself failed (connection lost, body refused). The import may or may not have been
      // committed: the message says that trying again is safe (a row already imported creates nothing).
      setError(t('sendFailed'));
    } finally {
      progress.stop();
      setPending(null);
    }
  }

  function reset() {
    setFile(null);
    setMapping(undefined);
    setStep({ name: 'upload' });
    setError(null);
  }

  function downloadRejected(csv: string) {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('report.rejectedFileName');
    link.click();
    URL.revokeObjectURL(url);
  }

  const message = (problem: PreviewProblem) =>
    problem.issues.map((issue) => {
      const column = columns.find((candidate) => candidate.field === issue.field);
      const text = issueMessage(issue.code, column, language, { validation: (key) => tv(key as never), imports: (key) => t(key as never), has: (key) => tv.has(key as never) });
      return issue.column ? t('preview.issue', { column: issue.column, value: issue.value || t('preview.emptyValue'), message: text }) : t('preview.issueNoColumn', { field: column?.[language] ?? issue.field, message: text });
    });

  return (
    <section aria-labelledby={`${fileInputId}-heading`} className="space-y-4 rounded border border-qc-grey-light p-4">
      <ol className="flex flex-wrap gap-4 text-sm" aria-label={t('title')}>
        {(['upload', 'mapping', 'preview', 'report'] as const).map((name) => (
          <li key={name} aria-current={step.name === name ? 'step' : undefined} className={step.name === name ? 'font-bold text-qc-blue' : 'text-qc-grey-dark'}>
            {t(`steps.${name}`)}
          </li>
        ))}
      </ol>
      <FormAlert message={error} />

      {step.name === 'upload' && (
        <form
          className="space-y-3"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void check();
          }}
          noValidate
        >
          <h2 id={`${fileInputId}-heading`} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
            {t('steps.upload')}
          </h2>
          {targets && <ImportTargetFields kind={kind} targets={targets} value={target} errors={targetErrors} onChange={setTarget} />}
          <div>
            <label htmlFor={fileInputId} className="mb-1 block font-semibold">
              {t('file')}
            </label>
            <p id={`${fileInputId}-hint`} className="mb-1 text-sm text-qc-grey-dark">
              {t('fileHint')}
            </p>
            {fileError && (
              <p id={`${fileInputId}-error`} className="mb-1 font-semibold text-qc-red">
                {fileError}
              </p>
            )}
            <input
              id={fileInputId}
              name="file"
              type="file"
              required
              aria-required="true"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={[`${fileInputId}-hint`, fileError ? `${fileInputId}-error` : ''].filter(Boolean).join(' ')}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(undefined);
              }}
            />
          </div>
          <Button type="submit" disabled={pending !== null}>
            {pending === 'preview' ? t('analysing') : t('analyse')}
          </Button>
        </form>
      )}

      {step.name === 'mapping' && (
        <form
          className="space-y-3"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void check(mapping);
          }}
        >
          <h2 id={`${fileInputId}-heading`} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
            {t('mapping.title')}
          </h2>
          <p>{t('mapping.intro')}</p>
          <div className="grid gap-3 md:grid-cols-2">
            {columns.map((column) => {
              const id = `${fileInputId}-map-${column.field}`;
              const missing = column.required && (mapping?.[column.field] ?? null) === null;
              return (
                <div key={column.field}>
                  <label htmlFor={id} className="mb-1 block font-semibold">
                    {column[language]}
                    {!column.required && ` ${t('mapping.optional')}`}
                  </label>
                  {missing && (
                    <p id={`${id}-error`} className="mb-1 font-semibold text-qc-red">
                      {t('mapping.missing')}
                    </p>
                  )}
                  <select
                    id={id}
                    className="w-full rounded border border-qc-grey px-2 py-1"
                    required={column.required}
                    aria-required={column.required || undefined}
                    aria-invalid={missing || undefined}
                    aria-describedby={missing ? `${id}-error` : undefined}
                    value={mapping?.[column.field] ?? ''}
                    onChange={(event) => setMapping({ ...mapping, [column.field]: event.target.value === '' ? null : Number(event.target.value) })}
                  >
                    <option value="">{t('mapping.none')}</option>
                    {step.headers.map((header, index) => (
                      <option key={index} value={index}>
                        {header || `#${index + 1}`}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
          <div className="flex gap-3">
            <Button type="submit" disabled={pending !== null}>
              {pending === 'preview' ? t('analysing') : t('mapping.submit')}
            </Button>
            <Button variant="secondary" onClick={reset}>
              {t('preview.cancel')}
            </Button>
          </div>
        </form>
      )}

      {step.name === 'preview' && (
        <div className="space-y-3">
          <h2 id={`${fileInputId}-heading`} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
            {t('preview.title')}
          </h2>
          <p data-testid="import-counts">{t('preview.counts', step.preview.counts)}</p>
          {step.preview.problems.length > 0 && (
            <div className="overflow-x-auto">
              <table className="w-full text-left" data-testid="import-problems">
                <caption className="text-left font-semibold">{t('preview.problemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-3">
                      {t('preview.row')}
                    </th>
                    <th scope="col" className="pr-3">
                      {t(`kinds.${kind}.subject`)}
                    </th>
                    <th scope="col">{t('preview.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {step.preview.problems.map((problem) => (
                    <tr key={problem.row} className="border-t border-qc-grey-light align-top">
                      <th scope="row" className="pr-3 font-normal">
                        {problem.row}
                      </th>
                      <td className="pr-3">{problem.name || '—'}</td>
                      <td>
                        {problem.status === 'invalid' ? (
                          <ul className="list-disc pl-5 text-qc-red">
                            {message(problem).map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                          </ul>
                        ) : (
                          <div>
                            {problem.duplicate?.existing.length ? <p>{t('preview.duplicateExisting', { names: problem.duplicate.existing.map((match) => match.label).join(', ') })}</p> : null}
                            {problem.duplicate?.elsewhere && <p>{targets ? t(`kinds.${kind}.duplicateHidden`) : t(`kinds.${kind}.duplicateElsewhere`)}</p>}
                            {problem.duplicate?.sameAsRow && <p>{t(`kinds.${kind}.duplicateRow`, { row: String(problem.duplicate.sameAsRow) })}</p>}
                            <label className="mt-1 flex items-center gap-2">
                              <input
                                type="checkbox"
                                checked={confirmAll || confirmed.has(problem.row)}
                                disabled={confirmAll}
                                onChange={(event) => {
                                  const next = new Set(confirmed);
                                  if (event.target.checked) next.add(problem.row);
                                  else next.delete(problem.row);
                                  setConfirmed(next);
                                }}
                              />
                              {t(`kinds.${kind}.confirmRow`)}
                            </label>
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {step.preview.truncated && <p>{t('preview.truncated')}</p>}
          {step.preview.counts.duplicates > 0 && (
            <label className="flex items-center gap-2 font-semibold">
              <input type="checkbox" checked={confirmAll} onChange={(event) => setConfirmAll(event.target.checked)} />
              {t(`kinds.${kind}.confirmAll`)}
            </label>
          )}
          {step.preview.counts.valid + (confirmAll ? step.preview.counts.duplicates : confirmed.size) === 0 && <p>{t('preview.nothingToImport')}</p>}
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => void commit()} disabled={pending !== null || step.preview.counts.valid + (confirmAll ? step.preview.counts.duplicates : confirmed.size) === 0}>
              {pending === 'commit' ? t('committing') : t('preview.commit')}
            </Button>
            <Button variant="secondary" onClick={reset} disabled={pending !== null}>
              {t('preview.cancel')}
            </Button>
          </div>
        </div>
      )}

      {step.name === 'report' && (
        <div className="space-y-3">
          <h2 id={`${fileInputId}-heading`} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
            {t('report.title')}
          </h2>
          <p role="status" data-testid="import-report">
            {t('report.summary', step.counts)}
          </p>
          <div className="flex flex-wrap gap-3">
            {step.rejectedCsv && (
              <Button variant="secondary" onClick={() => downloadRejected(step.rejectedCsv!)}>
                {t('report.downloadRejected')}
              </Button>
            )}
            <Button onClick={reset}>{t('report.another')}</Button>
          </div>
        </div>
      )}

      {pending && <ImportProgressLine state={progress.state} />}
    </section>
  );
}
