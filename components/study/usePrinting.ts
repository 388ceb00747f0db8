'use client';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed (or print media is emulated). `beforeprint` renders at once:
 * `window.print()` lays the page out for printing before any later task or microtask runs.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const print = window.matchMedia('print');
    const follow = () => setPrinting(print.matches);
    const before = () => flushSync(() => setPrinting(true));
    print.addEventListener('change', follow);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', follow);
    // Print media may already be on when this mounts (the sheet loads on demand).
    follow();
    return () => {
      print.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing;
}
