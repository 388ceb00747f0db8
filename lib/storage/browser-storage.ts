/**
 * The one wrapper around `window.localStorage`. Every call is guarded: storage can be disabled
 * (privacy settings, some embedded browsers), throw on access, or be full. Failures come back as
 * values with a reason, never as exceptions, so the UI can say plainly what is happening.
 */
export type StorageFailure = 'unavailable' | 'quota' | 'error';
export type ReadResult = { ok: true; value: string | null } | { ok: false; reason: StorageFailure };
export type WriteResult = { ok: true } | { ok: false; reason: StorageFailure };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}

function failure(error: unknown): StorageFailure {
  if (isQuotaError(error)) return 'quota';
  if (error instanceof DOMException && error.name === 'SecurityError') return 'unavailable';
  return 'error';
}

export function readItem(key: string): ReadResult {
  const store = storage();
  if (!store) return { ok: false, reason: 'unavailable' };
  try {
    return { ok: true, value: store.getItem(key) };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

export function writeItem(key: string, value: string): WriteResult {
  const store = storage();
  if (!store) return { ok: false, reason: 'unavailable' };
  try {
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

export function removeItem(key: string): WriteResult {
  const store = storage();
  if (!store) return { ok: false, reason: 'unavailable' };
  try {
    store.removeItem(key);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/**
 * Calls back when another tab changes storage: with the changed key and its new value, or with
 * `key` null when something emptied the whole storage (`localStorage.clear()`). Returns the
 * unsubscribe function.
 */
export function onStorageChangedElsewhere(callback: (key: string | null, value: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (event: StorageEvent) => {
    if (!event.storageArea || event.storageArea === storage()) callback(event.key, event.newValue);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
