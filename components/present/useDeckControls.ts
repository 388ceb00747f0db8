'use client';
import { useCallback, useState } from 'react';
import type { DeckIntent } from '@/lib/present/keys';
import type { Slide } from '@/lib/present/slide-types';
import { toggleFullscreen } from './fullscreen';
import { useDeck } from './useDeck';
import { useDeckKeys } from './useDeckKeys';

/**
 * The deck as either window drives it: shared state, the keyboard shortcuts, and the shortcuts
 * dialog (the keys pause while it is open). Full screen and help are this window's own business;
 * every other intent goes to the deck and, through it, to the other window.
 */
export function useDeckControls(lessonId: string, slides: Slide[]) {
  const { state, dispatch } = useDeck(lessonId, slides);
  const [helpOpen, setHelpOpen] = useState(false);
  const onIntent = useCallback(
    (intent: DeckIntent) => {
      if (intent.type === 'fullscreen') toggleFullscreen();
      else if (intent.type === 'help') setHelpOpen(true);
      else dispatch(intent);
    },
    [dispatch],
  );
  useDeckKeys(onIntent, !helpOpen);
  return { state, dispatch, onIntent, helpOpen, closeHelp: () => setHelpOpen(false) };
}
