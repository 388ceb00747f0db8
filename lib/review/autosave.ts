/**
 * Saves feedback as the teacher types: each key's latest value is written after a short pause,
 * one write per key at a time, and `flush()` writes everything pending at once (called when the
 * page is hidden or closed). A key is reported "saved" only after its latest value was written;
 * a failed write is reported and retried with the next change or flush.
 */
export type SaveStatus = 'pending' | 'saving' | 'saved' | 'error';

export type Autosaver<T> = {
  schedule(key: string, value: T): void;
  flush(): Promise<void>;
  /** Drops everything not yet written, e.g. when the teacher clears the review. */
  discard(): void;
};

export function createAutosaver<T>(
  write: (key: string, value: T) => Promise<void>,
  onStatus: (key: string, status: SaveStatus, error?: unknown) => void,
  delayMs = 400,
): Autosaver<T> {
  const pending = new Map<string, { value: T }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Map<string, Promise<void>>();

  async function save(key: string): Promise<void> {
    clearTimeout(timers.get(key));
    timers.delete(key);
    // One write per key at a time: a change made during a write is written right after it.
    while (inFlight.has(key)) await inFlight.get(key);
    const entry = pending.get(key);
    if (!entry) return;
    const { value } = entry;
    pending.delete(key);
    onStatus(key, 'saving');
    const writing = Promise.resolve()
      .then(() => write(key, value))
      .then(
        () => {
          if (!pending.has(key)) onStatus(key, 'saved');
        },
        (error: unknown) => {
          if (!pending.has(key)) pending.set(key, { value });
          onStatus(key, 'error', error);
        },
      );
    inFlight.set(key, writing);
    await writing;
    inFlight.delete(key);
  }

  return {
    schedule(key, value) {
      pending.set(key, { value });
      onStatus(key, 'pending');
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => void save(key), delayMs),
      );
    },
    async flush() {
      await Promise.all([...pending.keys()].map(save));
    },
    discard() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      pending.clear();
    },
  };
}
