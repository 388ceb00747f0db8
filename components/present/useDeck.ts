'use client';
import { useState, useSyncExternalStore } from 'react';
import { createDeckStore, type DeckStore } from '@/lib/present/deck-store';
import type { Slide } from '@/lib/present/slide-types';

type Reader = typeof import('@/lib/present/sync-read').readSyncMessage;

function browserStore(lessonId: string, slides: Slide[]): DeckStore {
  // The messages' reader (and zod) is loaded when the channel opens, not with the page; messages wait
  // for it in the order they came.
  let reader: Reader | null = null;
  return createDeckStore(lessonId, slides, {
    readHash: () => window.location.hash,
    replaceHash: (hash) => window.history.replaceState(window.history.state, '', hash),
    onHashChange(listener) {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    openChannel(name) {
      if (!('BroadcastChannel' in window)) return null;
      const channel = new BroadcastChannel(name);
      const loaded = import('@/lib/present/sync-read').then((m) => {
        reader = m.readSyncMessage;
      });
      return {
        post: (message) => channel.postMessage(message),
        listen: (listener) =>
          channel.addEventListener('message', (event) => void loaded.then(() => listener(event.data))),
        close: () => channel.close(),
      };
    },
    readMessage: (data, self) => reader?.(data, self) ?? null,
    sender: Math.random().toString(36).slice(2, 12),
  });
}

const noState = () => null;

/** This window's deck, in step with the URL and the other window; null until it has read the URL. */
export function useDeck(lessonId: string, slides: Slide[]) {
  const [store] = useState(() => (typeof window === 'undefined' ? null : browserStore(lessonId, slides)));
  const state = useSyncExternalStore(
    store ? store.subscribe : subscribeNowhere,
    store ? store.getSnapshot : noState,
    noState,
  );
  return { state, dispatch: store ? store.dispatch : () => undefined };
}

function subscribeNowhere() {
  return () => undefined;
}
