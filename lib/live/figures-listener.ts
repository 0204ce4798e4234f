import 'server-only';
import { getDb, listenForNotifications, type Db } from '@/db/client';
import { log } from '@/lib/log';
import { FIGURES_CHANNEL } from './channel';

/** Told the names of the tables that changed (never their rows). */
export type FiguresSubscriber = (tables: string[]) => void;

/** Notifications arriving within this window reach the subscribers as one signal (a write touches several tables). */
const COALESCE_MS = 150;

interface ListenerState {
  subscribers: Set<FiguresSubscriber>;
  /** The LISTEN under way, and the connection it runs on; null until the first subscriber. */
  listening: Promise<unknown> | null;
  listeningOn: Db | null;
  pending: Set<string>;
  flushTimer: ReturnType<typeof setTimeout> | null;
}

// One listener per server process, however many browsers watch: kept on globalThis so that dev reloads
// and the several module copies Next.js may load share it.
const holder = globalThis as unknown as { passerelleFiguresListener?: ListenerState };
const state: ListenerState = (holder.passerelleFiguresListener ??= { subscribers: new Set(), listening: null, listeningOn: null, pending: new Set(), flushTimer: null });

function flush() {
  state.flushTimer = null;
  const tables = [...state.pending].sort();
  state.pending.clear();
  for (const subscriber of state.subscribers) {
    try {
      subscriber(tables);
    } catch (error) {
      log.warn('live.subscriber_failed', { errorName: (error as Error)?.name });
    }
  }
}

function onNotification(table: string) {
  state.pending.add(table);
  state.flushTimer ??= setTimeout(flush, COALESCE_MS);
}

/**
 * Starts the process's LISTEN unless it runs on the current connection already (closeDb takes a listener
 * along with its connection; the tests open a new one per file). Checked and set without an await in
 * between, so concurrent first subscribers share one LISTEN.
 */
async function ensureListening(): Promise<void> {
  const db = getDb();
  if (!state.listening || state.listeningOn !== db) {
    state.listeningOn = db;
    state.listening = listenForNotifications(FIGURES_CHANNEL, onNotification).catch((error: unknown) => {
      state.listening = null;
      state.listeningOn = null;
      throw error;
    });
  }
  await state.listening;
}

/**
 * Calls `subscriber` with the changed tables' names after each committed write to a counted table, on this
 * server or any other server of the same database. Returns the unsubscribe function. Rejects when the
 * database cannot LISTEN (down): the caller answers 503 and the browser falls back to polling.
 */
export async function subscribeToFigureChanges(subscriber: FiguresSubscriber): Promise<() => void> {
  await ensureListening();
  state.subscribers.add(subscriber);
  return () => {
    state.subscribers.delete(subscriber);
  };
}

/** For tests and the health of the design: how many streams this process is feeding. */
export function figureSubscriberCount(): number {
  return state.subscribers.size;
}
