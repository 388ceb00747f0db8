import { describe, expect, it } from 'vitest';
import { createDeckStore, type ChannelLike, type DeckStoreAdapters } from './deck-store';
import { stateMessage } from './sync';
import { readSyncMessage } from './sync-read';

const slides = [
  { id: 'title', revealable: false },
  { id: 'sec-a.read', revealable: false },
  { id: 'pr-a', revealable: true },
  { id: 'wrap-up', revealable: false },
];

/** An in-memory BroadcastChannel: delivers to every other channel of the same name, like the real one. */
class Bus {
  members: { name: string; listeners: ((data: unknown) => void)[] }[] = [];
  sent: unknown[] = [];
  open(name: string): ChannelLike {
    const me = { name, listeners: [] as ((data: unknown) => void)[] };
    this.members.push(me);
    return {
      post: (message) => {
        this.sent.push(message);
        this.members
          .filter((m) => m !== me && m.name === name)
          .forEach((m) => m.listeners.forEach((l) => l(structuredClone(message))));
      },
      listen: (listener) => me.listeners.push(listener),
      close: () => {
        this.members = this.members.filter((m) => m !== me);
      },
    };
  }
}

function fakeWindow(bus: Bus, sender: string, hash = '') {
  const hashListeners: (() => void)[] = [];
  const win = {
    hash,
    replaced: 0,
    userEditsHash(next: string) {
      win.hash = next;
      hashListeners.forEach((l) => l());
    },
  };
  const io: DeckStoreAdapters = {
    readHash: () => win.hash,
    replaceHash: (h) => {
      win.hash = h;
      win.replaced += 1;
    },
    onHashChange: (l) => {
      hashListeners.push(l);
      return () => hashListeners.splice(hashListeners.indexOf(l), 1);
    },
    openChannel: (name) => bus.open(name),
    readMessage: readSyncMessage,
    sender,
  };
  return { win, store: createDeckStore('lesson', slides, io) };
}

describe('createDeckStore', () => {
  it('has no state until subscribed, then starts at the slide in the hash', () => {
    const { store } = fakeWindow(new Bus(), 'a', '#slide=pr-a');
    expect(store.getSnapshot()).toBeNull();
    store.subscribe(() => undefined);
    expect(store.getSnapshot()).toMatchObject({ index: 2, revealed: false });
  });

  it('writes each move to the hash, so a reload stays on the slide', () => {
    const { store, win } = fakeWindow(new Bus(), 'a');
    store.subscribe(() => undefined);
    store.dispatch({ type: 'next' });
    expect(win.hash).toBe('#slide=sec-a.read');
  });

  it('keeps two windows in step both ways, without echoing', () => {
    const bus = new Bus();
    const projector = fakeWindow(bus, 'projector', '#slide=sec-a.read');
    const presenter = fakeWindow(bus, 'presenter');
    projector.store.subscribe(() => undefined);
    presenter.store.subscribe(() => undefined);
    // The presenter said hello and adopted the projector's slide.
    expect(presenter.store.getSnapshot()?.index).toBe(1);
    expect(presenter.win.hash).toBe('#slide=sec-a.read');

    bus.sent = [];
    presenter.store.dispatch({ type: 'next' });
    presenter.store.dispatch({ type: 'toggle-reveal' });
    expect(projector.store.getSnapshot()).toMatchObject({ index: 2, revealed: true });
    expect(projector.win.hash).toBe('#slide=pr-a');
    expect(bus.sent).toHaveLength(2);

    projector.store.dispatch({ type: 'toggle-evidence' });
    projector.store.dispatch({ type: 'last' });
    expect(presenter.store.getSnapshot()).toMatchObject({ index: 3, evidence: true, revealed: false });
    expect(bus.sent).toHaveLength(4);
  });

  it('follows a hash edited by hand and tells the other window', () => {
    const bus = new Bus();
    const a = fakeWindow(bus, 'a');
    const b = fakeWindow(bus, 'b');
    a.store.subscribe(() => undefined);
    b.store.subscribe(() => undefined);
    a.win.userEditsHash('#slide=3');
    expect(a.store.getSnapshot()?.index).toBe(2);
    expect(b.store.getSnapshot()?.index).toBe(2);
  });

  it('ignores malformed messages and falls back for unknown slide ids', () => {
    const bus = new Bus();
    const { store } = fakeWindow(bus, 'a', '#slide=pr-a');
    store.subscribe(() => undefined);
    const other = bus.open('media-literacy-present:lesson');
    other.post({ type: 'state', slideId: 'title' });
    expect(store.getSnapshot()?.index).toBe(2);
    other.post(stateMessage('z', { slideId: 'sec-a.read.9', revealed: false, evidence: false, blank: true }));
    expect(store.getSnapshot()).toMatchObject({ index: 1, blank: true });
  });

  it('notifies subscribers on change and stops listening when the last one leaves', () => {
    const bus = new Bus();
    const { store } = fakeWindow(bus, 'a');
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    expect(calls).toBe(1); // reading the hash
    calls = 0;
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'previous' });
    store.dispatch({ type: 'previous' });
    expect(calls).toBe(2);
    stop();
    expect(bus.members).toHaveLength(0);
  });
});
