'use client';
import { useEffect, useRef } from 'react';

/** Calls `then` with the element once it is in the page (a step loaded on demand comes a moment later). */
function whenPresent(id: string, then: (element: HTMLElement) => void): () => void {
  const present = document.getElementById(id);
  if (present) {
    then(present);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const element = document.getElementById(id);
    if (!element) return;
    observer.disconnect();
    then(element);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * After moving to another step (a button, a link or the browser's back button), start at the top
 * and put the focus on the new step's heading, so keyboard and screen-reader users are told. The
 * static page's start step is not a move: the step the address names replaces it once hydrated.
 */
export function useFocusOnStepChange(stepId: string, ready: boolean) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const moved = previous.current !== null && previous.current !== stepId;
    previous.current = stepId;
    if (!moved) return;
    window.scrollTo({ top: 0 });
    return whenPresent('step-heading', (heading) => heading.focus());
  }, [stepId, ready]);
}
