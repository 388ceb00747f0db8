import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRawFile } from './read-outcome';
import { unpackZipOffThread } from './unzip-off-thread';

/** A worker that never answers, like one stuck on a zip built to stall it. */
class StuckWorker {
  static terminated = 0;
  onmessage: unknown = null;
  onerror: unknown = null;
  postMessage(): void {}
  terminate(): void {
    StuckWorker.terminated += 1;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('unpackZipOffThread', () => {
  it('unpacks in place where there are no workers (Node)', async () => {
    const { outcomes } = await unpackZipOffThread('a.zip', zipSync({ 'a.json': strToU8('{}') }), 1000);
    expect(outcomes.every(isRawFile)).toBe(true);
  });

  it('stops a worker that takes too long and gives the zip one row', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', StuckWorker);
    const pending = unpackZipOffThread('stall.zip', new Uint8Array(8), 1000, 5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await pending).outcomes).toEqual([
      expect.objectContaining({
        kind: 'not-answer-file',
        fileName: 'stall.zip',
        message: expect.stringContaining('took longer than 5 seconds'),
      }),
    ]);
    expect(StuckWorker.terminated).toBe(1);
  });
});
