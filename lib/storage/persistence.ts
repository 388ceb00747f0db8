/**
 * Asks the browser to keep this site's storage when the disk runs low (`navigator.storage.persist()`):
 * without it, a browser may evict a teacher's review or a student's answers to free space.
 *
 * Asked once per page, after the first save that succeeded, and never awaited: the answer (a
 * permission prompt in some browsers, a silent grant or refusal in others) must never hold up a
 * save or the opening of the database. Asking on page open made IndexedDB opens in other tabs stall
 * in headless Chromium (docs/notes.md); after a save, the database is already open. A refusal
 * changes nothing: saving works the same, with the browser's default (best-effort) keeping.
 */
type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

let asked = false;

function storageManager(): StorageManagerLike | null {
  if (typeof navigator === 'undefined' || !navigator.storage) return null;
  const { storage } = navigator;
  return typeof storage.persist === 'function' && typeof storage.persisted === 'function' ? storage : null;
}

/** Call after a successful save; only the first call in a page asks. */
export function askToKeepStorage(manager: StorageManagerLike | null = storageManager()): void {
  if (asked || !manager) return;
  asked = true;
  void manager
    .persisted()
    .then((already) => already || manager.persist())
    .catch(() => {});
}

/** For tests: the next call asks again, as a new page would. */
export function resetAskedToKeepStorage(): void {
  asked = false;
}
