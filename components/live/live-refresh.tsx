'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition, useEffect, useState } from 'react';
import { IDLE_TIMEOUT_SECONDS } from '@/lib/auth/session-lifetime';
import { FIGURES_STREAM_PATH, HEARTBEAT_SECONDS } from '@/lib/live/channel';

type LiveState = 'connecting' | 'live' | 'polling' | 'paused';

/** Signals within this window cause one refresh; and never two refreshes closer than the minimum gap. */
const DEBOUNCE_MS = 300;
const MIN_GAP_MS = 2000;
/** While the stream is down: refresh this often, and try the stream again with a growing delay. */
const POLL_SECONDS = 15;
const MAX_RETRY_SECONDS = 60;
/**
 * A refresh is a request, and every request extends the session's idle timer: a dashboard left open on an
 * unattended screen must not keep its session alive forever. Past this long without anyone touching the
 * page, refreshes pause (the session then times out as usual); the next touch refreshes and resumes.
 */
const PAUSE_AFTER_IDLE_MS = (IDLE_TIMEOUT_SECONDS - 5 * 60) * 1000;

/**
 * Keeps the page's server-rendered figures current: listens to the "figures changed" stream
 * (app/api/live/figures) and re-renders the page's server components (router.refresh) shortly after each
 * signal. Reconnects with a full refresh (signals sent while disconnected are not replayed), polls while the
 * stream is unavailable, and stays quiet in a hidden tab until it is shown again.
 */
export function LiveRefresh() {
  const router = useRouter();
  const t = useTranslations('live');
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    let disposed = false;
    let source: EventSource | null = null;
    let failures = 0;
    let lastHeard = Date.now();
    let lastRefresh = 0;
    let lastActivity = Date.now();
    let stale = false;
    let paused = false;
    let refreshTimer: ReturnType<typeof setTimeout> | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let pollTimer: ReturnType<typeof setInterval> | null = null;

    const idle = () => Date.now() - lastActivity > PAUSE_AFTER_IDLE_MS;

    const refreshNow = () => {
      refreshTimer = null;
      if (disposed) return;
      if (document.visibilityState === 'hidden' || idle()) {
        stale = true; // refreshed when the tab is shown or the page touched again
        if (idle() && !paused) {
          paused = true;
          setState('paused');
        }
        return;
      }
      stale = false;
      lastRefresh = Date.now();
      startTransition(() => router.refresh());
    };

    const scheduleRefresh = () => {
      if (refreshTimer) return;
      refreshTimer = setTimeout(refreshNow, Math.max(DEBOUNCE_MS, lastRefresh + MIN_GAP_MS - Date.now()));
    };

    const stopPolling = () => {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = null;
    };

    const startPolling = () => {
      if (pollTimer) return;
      setState('polling');
      pollTimer = setInterval(scheduleRefresh, POLL_SECONDS * 1000);
    };

    const connect = (isReconnect: boolean) => {
      if (disposed) return;
      source?.close();
      lastHeard = Date.now();
      const current = new EventSource(FIGURES_STREAM_PATH);
      source = current;
      current.addEventListener('ready', () => {
        failures = 0;
        lastHeard = Date.now();
        stopPolling();
        if (!paused) setState('live');
        // Whatever changed while the stream was down was never signalled: reload everything once.
        if (isReconnect) scheduleRefresh();
      });
      current.addEventListener('changed', () => {
        lastHeard = Date.now();
        scheduleRefresh();
      });
      current.addEventListener('heartbeat', () => {
        lastHeard = Date.now();
      });
      // The server ends each stream after a while so that the session is checked again: open the next one.
      current.addEventListener('reconnect', () => connect(true));
      current.onerror = () => {
        // Handled here rather than by EventSource's own retry, which gives up for good on a 401 or a 503.
        current.close();
        if (source !== current || disposed) return;
        source = null;
        failures += 1;
        if (failures >= 2) startPolling();
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = setTimeout(() => connect(true), Math.min(MAX_RETRY_SECONDS, 2 ** failures) * 1000);
      };
    };

    // A stream that went silent (a proxy or a sleeping laptop cut it without an error): start over.
    const watchdog = setInterval(() => {
      if (source && Date.now() - lastHeard > HEARTBEAT_SECONDS * 3 * 1000) connect(true);
    }, 5000);

    const onActivity = () => {
      lastActivity = Date.now();
      if (paused) {
        paused = false;
        setState(source ? 'live' : 'polling');
      }
      if (stale) scheduleRefresh();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && stale) scheduleRefresh();
    };
    const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);

    if (typeof EventSource === 'undefined') startPolling();
    else connect(false);

    return () => {
      disposed = true;
      source?.close();
      stopPolling();
      clearInterval(watchdog);
      if (refreshTimer) clearTimeout(refreshTimer);
      if (retryTimer) clearTimeout(retryTimer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [router]);

  return (
    <p className="flex items-center gap-2 text-sm text-qc-grey-dark print:hidden" data-testid="live-refresh" data-live-state={state}>
      <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${state === 'live' ? 'bg-green-700' : 'bg-qc-grey'}`} />
      {/* Polite, not role="status": the page keeps its one status message for what the reader did. */}
      <span aria-live="polite">{t(state)}</span>
    </p>
  );
}
