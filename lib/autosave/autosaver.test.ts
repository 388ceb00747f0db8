import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type WriteOutcome } from './autosaver';
import type { SaveStatus } from './save-status';

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** An asynchronous writer (like IndexedDB) that fails by rejecting. */
  function setup(write = vi.fn<(key: string, value: string) => Promise<void>>(async () => {})) {
    const statuses: [string, SaveStatus['state']][] = [];
    const saver = createAutosaver<string>({
      write: async (key, value): Promise<WriteOutcome> => {
        await write(key, value);
        return { ok: true };
      },
      onStatus: (key, status) => statuses.push([key, status.state]),
      delayMs: 400,
    });
    return { saver, write, statuses };
  }

  it('writes only the latest value after a pause in typing', async () => {
    const { saver, write, statuses } = setup();
    saver.schedule('a', 'H');
    saver.schedule('a', 'He');
    saver.schedule('a', 'Hey');
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(write).toHaveBeenCalledExactlyOnceWith('a', 'Hey');
    expect(statuses.at(-1)).toEqual(['a', 'saved']);
  });

  it('waits for a pause: each change moves the write to 400 ms after it', async () => {
    const { saver, write } = setup();
    saver.schedule('a', 'H');
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule('a', 'He');
    await vi.advanceTimersByTimeAsync(300);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledExactlyOnceWith('a', 'He');
  });

  it('says "saved" only after the write succeeded', async () => {
    let finish: () => void = () => {};
    const write = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { saver, statuses } = setup(write);
    saver.schedule('a', 'x');
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toEqual(['a', 'saving']);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual(['a', 'saved']);
  });

  it('flushes everything pending at once, without waiting', async () => {
    const { saver, write } = setup();
    saver.schedule('a', '1');
    saver.schedule('b', '2');
    await saver.flush();
    expect(write.mock.calls).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('reports a failed write and retries it on the next flush', async () => {
    const write = vi.fn(async () => {}).mockRejectedValueOnce(new Error('QuotaExceededError'));
    const { saver, statuses } = setup(write);
    saver.schedule('a', 'x');
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toEqual(['a', 'failed']);
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual(['a', 'saved']);
  });

  it('writes a change made during a write right after it, never two at once per key', async () => {
    const resolvers: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const write = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          most = Math.max(most, running);
          resolvers.push(() => {
            running -= 1;
            resolve();
          });
        }),
    );
    const { saver, statuses } = setup(write);
    saver.schedule('a', 'first');
    await vi.advanceTimersByTimeAsync(400);
    saver.schedule('a', 'second');
    await vi.advanceTimersByTimeAsync(400);
    expect(write).toHaveBeenCalledTimes(1);
    resolvers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual(['a', 'saving']);
    expect(write).toHaveBeenLastCalledWith('a', 'second');
    resolvers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual(['a', 'saved']);
    expect(most).toBe(1);
  });

  it('discards what is not yet written', async () => {
    const { saver, write } = setup();
    saver.schedule('a', 'x');
    saver.discard();
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
  });

  it('finishes a synchronous write before flush() returns, as a pagehide save needs', () => {
    const stored = new Map<string, string>();
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver<string>({
      write: (key, value) => {
        stored.set(key, value);
        return { ok: true, at: '2026-11-01T10:00:00.000Z' };
      },
      onStatus: (_key, status) => statuses.push(status),
    });
    saver.schedule('answers', 'typed');
    void saver.flush();
    expect(stored.get('answers')).toBe('typed');
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: '2026-11-01T10:00:00.000Z', memoryOnly: undefined });
    expect(saver.hasPending()).toBe(false);
  });

  it('keeps a refused synchronous write pending, with its reason, until a later flush succeeds', () => {
    let full = true;
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver<string>({
      write: () => (full ? { ok: false, reason: 'quota' } : { ok: true }),
      onStatus: (_key, status) => statuses.push(status),
      now: () => new Date('2026-11-01T10:00:00.000Z'),
    });
    saver.schedule('answers', 'typed');
    void saver.flush();
    expect(statuses.at(-1)).toEqual({ state: 'failed', reason: 'quota' });
    expect(saver.hasPending()).toBe(true);
    full = false;
    void saver.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'saved', at: '2026-11-01T10:00:00.000Z' });
  });

  it('reports "blocked" when the writer refuses to write at all', () => {
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver<string>({
      write: () => ({ ok: false, reason: 'blocked' }),
      onStatus: (_key, status) => statuses.push(status),
    });
    saver.schedule('answers', 'typed');
    void saver.flush();
    expect(statuses.at(-1)).toEqual({ state: 'blocked' });
  });
});
