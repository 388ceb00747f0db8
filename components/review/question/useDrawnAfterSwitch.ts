'use client';
import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a view's heavy parts (charts, groups, answer cards) are drawn yet for `key`. A switch of
 * `key` takes the old parts away at once (so nothing of the old question stays on screen under the
 * new name) and draws the new ones one per task, each as a transition that React renders in slices:
 * no step of a switch blocks the page for long, even with a thousand students.
 */
export function useDrawnAfterSwitch(key: string, parts: number): number {
  const [drawn, setDrawn] = useState({ key, count: 0 });
  const count = drawn.key === key ? drawn.count : 0;
  useEffect(() => {
    if (count >= parts) return;
    const timer = setTimeout(() => startTransition(() => setDrawn({ key, count: count + 1 })), 0);
    return () => clearTimeout(timer);
  }, [key, count, parts]);
  return count;
}
