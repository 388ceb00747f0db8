'use client';
import { useEffect, useRef } from 'react';
import { keyIntent, type DeckIntent } from '@/lib/present/keys';

/** Keys that a focused control handles itself: Space or Enter on a button must not also move the deck. */
function controlOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select, [role="dialog"]')) return true;
  const activates = key === ' ' || key === 'Enter';
  return activates && target.closest('button, a[href], [role="button"], summary') !== null;
}

/** The deck's keyboard shortcuts on this window, off while `enabled` is false (e.g. a dialog is open). */
export function useDeckKeys(onIntent: (intent: DeckIntent) => void, enabled: boolean) {
  const handler = useRef(onIntent);
  useEffect(() => {
    handler.current = onIntent;
  }, [onIntent]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || controlOwnsKey(event.target, event.key)) return;
      const intent = keyIntent(event);
      if (!intent) return;
      event.preventDefault();
      handler.current(intent);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
