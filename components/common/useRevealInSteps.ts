'use client';
import { startTransition, useEffect, useState } from 'react';

/**
 * How many items of a long list to render now: the first `first` at once, then `step` more per task,
 * so mounting a page of heavy cards never blocks the page for long (a teacher switching question sees
 * the first answers at once and can keep clicking). Starts again whenever `resetKey` changes.
 */
export function useRevealInSteps(total: number, resetKey: string, step = 4, first = step): number {
  const [shown, setShown] = useState({ key: resetKey, count: first });
  const count = shown.key === resetKey ? shown.count : first;

  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setShown({ key: resetKey, count: count + step })), 0);
    return () => clearTimeout(timer);
  }, [count, total, resetKey, step]);

  return Math.min(count, total);
}
