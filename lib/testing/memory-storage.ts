/**
 * A stand-in for the browser's localStorage in unit tests: a Map with an optional quota, and a way
 * to make every call throw (storage disabled).
 */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  quota = Infinity;
  disabled = false;

  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.guard();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.guard();
    const used = [...this.items].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.guard();
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  private guard() {
    if (this.disabled) throw new DOMException('denied', 'SecurityError');
  }
}

/** Installs a fake `window` with the given storage for code that reads `window.localStorage`. */
export function fakeWindow(storage: Storage) {
  const listeners = new Set<(event: { key: string | null; newValue: string | null }) => void>();
  return {
    localStorage: storage,
    addEventListener: (_: string, listener: (event: { key: string | null; newValue: string | null }) => void) =>
      listeners.add(listener),
    removeEventListener: (_: string, listener: (event: { key: string | null; newValue: string | null }) => void) =>
      listeners.delete(listener),
    /** Simulates another tab writing `key`. */
    dispatchStorage: (key: string | null, newValue: string | null) => listeners.forEach((l) => l({ key, newValue })),
  };
}
