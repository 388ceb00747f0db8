import { afterEach, describe, expect, it, vi } from 'vitest';

const load = async () => {
  vi.resetModules();
  return import('./clock-time');
};

afterEach(() => vi.restoreAllMocks());

describe('clockTime', () => {
  it('says the hour and minute as the status did before (toLocaleTimeString)', async () => {
    const { clockTime } = await load();
    const at = '2026-11-01T10:05:00.000Z';
    expect(clockTime(at)).toBe(new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
  });

  it('makes one formatter for the page, whether prepared ahead or not', async () => {
    const Real = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Real>
    ) {
      return new Real(...args);
    } as typeof Real);
    const { clockTime, prepareClockTime } = await load();
    clockTime('2026-11-01T10:05:00.000Z');
    clockTime('2026-11-01T11:40:00.000Z');
    prepareClockTime()();
    expect(made).toHaveBeenCalledTimes(1);
  });
});
