'use client';
import { functionalUpdate, type Updater, type VisibilityState } from '@tanstack/react-table';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

// The columns someone chose to see are a preference of that person on that browser, not part of the view
// they share: kept in localStorage rather than the URL, so a shared link shows the same rows and each reader
// keeps their own columns. The server renders every column (no preference known there); the choice applies
// right after hydration.
const CHANGED = 'passerelle:columns-changed';

function storageKey(tableId: string) {
  return `passerelle.columns.${tableId}`;
}

// This tab's latest choices: they still apply, until the page is left, when the browser refuses storage.
const chosenHere = new Map<string, string>();

function read(key: string): string | null {
  if (chosenHere.has(key)) return chosenHere.get(key)!;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function subscribe(callback: () => void) {
  // A choice made in another tab wins over this tab's.
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key) chosenHere.delete(event.key);
    callback();
  };
  window.addEventListener('storage', fromOtherTab);
  window.addEventListener(CHANGED, callback);
  return () => {
    window.removeEventListener('storage', fromOtherTab);
    window.removeEventListener(CHANGED, callback);
  };
}

/** Only hideable columns, only booleans: whatever else the storage holds is ignored. */
function parse(raw: string | null, hideable: readonly string[]): VisibilityState {
  if (!raw) return {};
  try {
    const stored: unknown = JSON.parse(raw);
    if (!stored || typeof stored !== 'object') return {};
    return Object.fromEntries(Object.entries(stored).filter(([id, visible]) => hideable.includes(id) && typeof visible === 'boolean'));
  } catch {
    return {};
  }
}

export function useStoredVisibility(tableId: string, hideable: readonly string[]): [VisibilityState, (updater: Updater<VisibilityState>) => void] {
  const key = storageKey(tableId);
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const hideableKey = hideable.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- hideableKey stands for the list's content
  const visibility = useMemo(() => parse(raw, hideable), [raw, hideableKey]);
  const setVisibility = useCallback(
    (updater: Updater<VisibilityState>) => {
      const next = JSON.stringify(functionalUpdate(updater, visibility));
      chosenHere.set(key, next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // kept for this tab only
      }
      window.dispatchEvent(new Event(CHANGED));
    },
    [key, visibility],
  );
  return [visibility, setVisibility];
}
