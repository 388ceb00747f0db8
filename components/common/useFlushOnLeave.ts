'use client';
import { useEffect } from 'react';

/**
 * Saves pending changes when the tab is hidden, closed or reloaded, and when leaving the page
 * in-app (unmount). `pagehide` is the last reliable moment; `visibilitychange` covers mobile
 * browsers that discard hidden tabs without firing it. Pass a stable function (or null before
 * there is anything to save).
 */
export function useFlushOnLeave(flush: (() => unknown) | null | undefined): void {
  useEffect(() => {
    if (!flush) return;
    const onPageHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);
}
