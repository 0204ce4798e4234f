'use client';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action';

/**
 * Watches an action's answer for a stale version, so the form can offer a reload next to the conflict
 * message (the toast says what happened; the button is how to get the current version).
 */
export function useConflict() {
  const [conflict, setConflict] = useState(false);
  async function watch<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    const answer = await run();
    setConflict(!answer.ok && answer.error === 'conflict');
    return answer;
  }
  return { conflict, watch };
}
