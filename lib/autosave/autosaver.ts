/**
 * The one autosave engine, for the study page (localStorage) and the review (IndexedDB).
 *
 * Policy: each key's latest value is written after `delayMs` without further changes, one write
 * per key at a time (a change made during a write is written right after it). `flush()` writes
 * everything pending at once; with a synchronous writer it finishes before it returns, which is
 * what lets a `pagehide` save complete before the page goes away. A key is reported "saved" only
 * after its latest value was written; a failed write keeps the value pending, so the next change
 * or flush retries it.
 *
 * Open to what comes next without knowing about it: a writer is any function, so a synchronous
 * journal can sit in front of an asynchronous store, and a merge (revision counters) belongs
 * inside the writer, not here.
 */
import type { SaveFailure, SaveStatus } from './save-status';

export type WriteOutcome =
  { ok: true; at?: string; memoryOnly?: boolean } | { ok: false; reason: SaveFailure | 'blocked' };

/** Returns its outcome at once (synchronous storage) or as a promise; a thrown error or rejection is a failure. */
export type Writer<T> = (key: string, value: T) => WriteOutcome | Promise<WriteOutcome>;

export type AutosaverOptions<T> = {
  write: Writer<T>;
  onStatus: (key: string, status: SaveStatus) => void;
  delayMs?: number;
  now?: () => Date;
};

export type Autosaver<T> = {
  schedule(key: string, value: T): void;
  /** Writes everything pending now; synchronous writers have finished when this returns. */
  flush(): Promise<void>;
  /** Drops everything not yet written, e.g. when the user clears their data. */
  discard(): void;
  hasPending(): boolean;
};

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function';
}

const failedWrite = (): WriteOutcome => ({ ok: false, reason: 'error' });

export function createAutosaver<T>({
  write,
  onStatus,
  delayMs = 400,
  now = () => new Date(),
}: AutosaverOptions<T>): Autosaver<T> {
  /** `due`: when the value may be written, on the monotonic clock (`performance.now()`). */
  const pending = new Map<string, { value: T; due: number }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Map<string, Promise<void>>();

  function settle(key: string, value: T, outcome: WriteOutcome): void {
    if (outcome.ok) {
      if (!pending.has(key))
        onStatus(key, { state: 'saved', at: outcome.at ?? now().toISOString(), memoryOnly: outcome.memoryOnly });
      return;
    }
    if (!pending.has(key)) pending.set(key, { value, due: performance.now() });
    onStatus(key, outcome.reason === 'blocked' ? { state: 'blocked' } : { state: 'failed', reason: outcome.reason });
  }

  /** Synchronous when the writer is and nothing is in flight for this key. */
  function save(key: string): void | Promise<void> {
    clearTimeout(timers.get(key));
    timers.delete(key);
    const running = inFlight.get(key);
    if (running) return running.then(() => save(key));
    const entry = pending.get(key);
    if (!entry) return;
    const { value } = entry;
    pending.delete(key);
    onStatus(key, { state: 'saving' });
    let outcome: WriteOutcome | Promise<WriteOutcome>;
    try {
      outcome = write(key, value);
    } catch {
      outcome = failedWrite();
    }
    if (!isPromise(outcome)) return settle(key, value, outcome);
    const writing = outcome
      .catch(failedWrite)
      .then((result) => settle(key, value, result))
      .finally(() => inFlight.delete(key));
    inFlight.set(key, writing);
    return writing;
  }

  /**
   * One timer per key for a burst of typing, not one set and cleared per keystroke (on a slow
   * laptop that was a noticeable part of each key's work): when it fires early it waits the rest.
   */
  function wait(key: string, ms: number): void {
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        const entry = pending.get(key);
        if (!entry) return;
        const left = entry.due - performance.now();
        if (left > 0) wait(key, left);
        else void save(key);
      }, ms),
    );
  }

  return {
    schedule(key, value) {
      pending.set(key, { value, due: performance.now() + delayMs });
      onStatus(key, { state: 'pending' });
      if (!timers.has(key)) wait(key, delayMs);
    },
    async flush() {
      // Started synchronously for every key before the first await, so synchronous writes finish here.
      const writes = [...pending.keys()].map(save);
      await Promise.all(writes);
    },
    discard() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      pending.clear();
    },
    hasPending: () => pending.size > 0,
  };
}
