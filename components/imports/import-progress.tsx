'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

// The running check's or import's progress, read from GET /imports/progress twice a second while the
// action runs: rows done, rows per second, errors so far.

interface Progress {
  rows: number;
  errors: number;
  elapsedMs: number;
}

export function useImportProgress() {
  const [state, setState] = useState<Progress | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearInterval(timer.current);
  }, []);
  return {
    state,
    start(uploadId: string) {
      setState(null);
      if (timer.current) clearInterval(timer.current);
      timer.current = setInterval(async () => {
        const response = await fetch(`/imports/progress?id=${uploadId}`, { cache: 'no-store' }).catch(() => null);
        const body = response?.ok ? ((await response.json()) as Progress & { running: boolean }) : null;
        if (body?.running) setState(body);
      }, 500);
    },
    stop() {
      if (timer.current) clearInterval(timer.current);
      timer.current = null;
    },
  };
}

export function ImportProgressLine({ state }: { state: Progress | null }) {
  const t = useTranslations('imports');
  const rate = state && state.elapsedMs > 0 ? Math.round((state.rows * 1000) / state.elapsedMs) : 0;
  return (
    <div role="status" aria-live="polite" className="space-y-1" data-testid="import-progress">
      <p className="font-semibold">{t('progress.label')}</p>
      <progress aria-label={t('progress.label')} className="w-full" />
      {state && <p>{t('progress.status', { rows: state.rows, rate, errors: state.errors })}</p>}
    </div>
  );
}
