import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askToKeepStorage, resetAskedToKeepStorage } from './persistence';

function manager(persisted: boolean | Promise<boolean>) {
  return {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(true)),
  };
}

describe('askToKeepStorage', () => {
  beforeEach(resetAskedToKeepStorage);

  it('asks once per page, without waiting for the answer', async () => {
    const m = manager(false);
    expect(askToKeepStorage(m)).toBeUndefined();
    askToKeepStorage(m);
    await vi.waitFor(() => expect(m.persist).toHaveBeenCalledTimes(1));
    expect(m.persisted).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the storage is already kept', async () => {
    const m = manager(true);
    askToKeepStorage(m);
    await vi.waitFor(() => expect(m.persisted).toHaveBeenCalled());
    await Promise.resolve();
    expect(m.persist).not.toHaveBeenCalled();
  });

  it('a browser that never answers or refuses changes nothing', () => {
    const never = { persisted: vi.fn(() => new Promise<boolean>(() => {})), persist: vi.fn() };
    expect(() => askToKeepStorage(never)).not.toThrow();
    resetAskedToKeepStorage();
    const failing = { persisted: vi.fn(() => Promise.reject(new Error('denied'))), persist: vi.fn() };
    expect(() => askToKeepStorage(failing)).not.toThrow();
  });

  it('does nothing where the browser has no storage manager', () => {
    expect(() => askToKeepStorage(null)).not.toThrow();
  });
});
