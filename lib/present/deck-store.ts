/**
 * One window's live deck: its state, the URL hash that mirrors the slide, and the channel that
 * keeps it in step with the other window. Written against small adapters (hash, channel) so the
 * sync rules can be tested without a browser; components/present/useDeck.ts wires the real ones.
 *
 * Rules: a change made here (key, button) is applied, written to the hash and posted; a change
 * adopted from the other window is applied and written to the hash, never posted back, so two
 * windows cannot echo each other forever.
 */
import { INITIAL_DECK_STATE, deckReducer, type DeckAction, type DeckState } from './deck-state';
import { slideHash, slideIndexFromHash } from './slide-url';
import { helloMessage, stateMessage, syncChannelName, type SyncedState, type SyncMessage } from './sync';

export type ChannelLike = {
  post(message: unknown): void;
  listen(listener: (data: unknown) => void): void;
  close(): void;
};

export type DeckStoreAdapters = {
  readHash(): string;
  /** Replaces the hash without adding a history entry: Back leaves the deck, not one slide. */
  replaceHash(hash: string): void;
  onHashChange(listener: () => void): () => void;
  /** Null where BroadcastChannel is missing: the window then works on its own. */
  openChannel(name: string): ChannelLike | null;
  /** `readSyncMessage` (sync-read.ts): a channel calls its listener only once that is loaded. */
  readMessage(data: unknown, self: string): SyncMessage | null;
  sender: string;
};

export type DeckStore = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DeckState | null;
  dispatch(action: DeckAction): void;
};

export function createDeckStore(
  lessonId: string,
  slides: readonly { id: string; revealable: boolean }[],
  io: DeckStoreAdapters,
): DeckStore {
  const ids = slides.map((s) => s.id);
  const listeners = new Set<() => void>();
  let state: DeckState | null = null;
  let channel: ChannelLike | null = null;
  let stopHash: (() => void) | null = null;

  const toSynced = (s: DeckState): SyncedState => ({
    slideId: ids[s.index] ?? '',
    revealed: s.revealed,
    evidence: s.evidence,
    blank: s.blank,
  });
  const fromSynced = (s: SyncedState): DeckState => ({
    index: slideIndexFromHash(slideHash(s.slideId), ids),
    revealed: s.revealed,
    evidence: s.evidence,
    blank: s.blank,
  });

  function apply(next: DeckState, post: boolean) {
    const previous = state;
    if (
      previous &&
      next.index === previous.index &&
      next.revealed === previous.revealed &&
      next.evidence === previous.evidence &&
      next.blank === previous.blank
    )
      return;
    state = next;
    const hash = slideHash(ids[next.index] ?? '');
    if (io.readHash() !== hash) io.replaceHash(hash);
    if (post) channel?.post(stateMessage(io.sender, toSynced(next)));
    listeners.forEach((l) => l());
  }

  function start() {
    apply({ ...INITIAL_DECK_STATE, index: slideIndexFromHash(io.readHash(), ids) }, false);
    stopHash = io.onHashChange(() => {
      if (!state) return;
      const index = slideIndexFromHash(io.readHash(), ids);
      if (index !== state.index) apply(deckReducer(state, { type: 'go', index }, slides), true);
    });
    channel = io.openChannel(syncChannelName(lessonId));
    if (channel) {
      channel.listen((data) => {
        const message = io.readMessage(data, io.sender);
        if (!message || !state) return;
        if (message.type === 'hello') channel?.post(stateMessage(io.sender, toSynced(state)));
        else apply(fromSynced(message.state), false);
      });
      channel.post(helloMessage(io.sender));
    }
  }

  function stop() {
    stopHash?.();
    stopHash = null;
    channel?.close();
    channel = null;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    getSnapshot: () => state,
    dispatch(action) {
      if (state) apply(deckReducer(state, action, slides), true);
    },
  };
}
