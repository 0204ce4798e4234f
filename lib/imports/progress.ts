/** Told after each chunk of rows: how many are done, how many were refused so far. */
export type ImportProgress = (rowsDone: number, errors: number) => void;

export interface ProgressState {
  phase: 'preview' | 'commit';
  rows: number;
  errors: number;
  startedAt: number;
  updatedAt: number;
}

// The progress of the imports running in this server process, by importer and the upload's id (chosen by
// the browser), read by GET /imports/progress while the action runs. In memory: one server process (the
// app's deployment, README); entries are dropped when their run ends and after ten minutes regardless.
const runs: Map<string, ProgressState> = ((globalThis as { __passerelleImportRuns?: Map<string, ProgressState> }).__passerelleImportRuns ??= new Map());
const STALE_MS = 10 * 60 * 1000;

const keyOf = (userId: string, uploadId: string) => `${userId}:${uploadId}`;

/** A progress callback that records the run under (user, upload id), and its end. */
export function trackProgress(userId: string, uploadId: string | undefined, phase: ProgressState['phase']): { progress: ImportProgress; end: () => void } {
  if (!uploadId) return { progress: () => {}, end: () => {} };
  const now = Date.now();
  for (const [key, state] of runs) if (now - state.updatedAt > STALE_MS) runs.delete(key);
  const key = keyOf(userId, uploadId);
  runs.set(key, { phase, rows: 0, errors: 0, startedAt: now, updatedAt: now });
  return {
    progress: (rows, errors) => runs.set(key, { ...runs.get(key)!, rows, errors, updatedAt: Date.now() }),
    end: () => runs.delete(key),
  };
}

/** The progress of one of the user's own runs, or null (never another user's). */
export function readProgress(userId: string, uploadId: string): ProgressState | null {
  return runs.get(keyOf(userId, uploadId)) ?? null;
}
