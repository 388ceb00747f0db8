/**
 * The review's IndexedDB database: its name, its version and the named upgrade step for each
 * version, run in order from the version the browser has. Opening gives up after a few seconds
 * (a blocked or hung open must not leave the teacher waiting), and a tab holding an older version
 * closes its connection so another tab can upgrade.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredFeedback, StoredOverall, StoredStudent } from '@/lib/schemas/review-records';

export const REVIEW_DB_NAME = 'media-literacy-review';
const OPEN_TIMEOUT_MS = 5000;

export interface ReviewDB extends DBSchema {
  students: { key: [string, string]; value: StoredStudent };
  feedback: { key: [string, string, string]; value: StoredFeedback };
  overall: { key: [string, string]; value: StoredOverall };
}

type UpgradeTransaction = IDBPTransaction<ReviewDB, StoreNames<ReviewDB>[], 'versionchange'>;
export type UpgradeStep = (db: IDBPDatabase<ReviewDB>, tx: UpgradeTransaction) => void;

const KEYED = /^(id|name):/;

/** Gives every record of a store whose student key has no prefix the `name:` prefix (under a new primary key). */
async function prefixStudentKeys(tx: UpgradeTransaction, storeName: StoreNames<ReviewDB>, field: string) {
  const store = tx.objectStore(storeName);
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value as Record<string, unknown>;
    const key = record[field];
    if (typeof key !== 'string' || KEYED.test(key)) continue;
    await cursor.delete();
    await store.put({ ...record, [field]: `name:${key}` } as never);
  }
}

/** Upgrade steps by the version they create; the browser runs those above the version it has. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  function createStoresV1(db) {
    db.createObjectStore('students', { keyPath: ['lessonId', 'key'] });
    db.createObjectStore('feedback', { keyPath: ['lessonId', 'studentKey', 'questionId'] });
    db.createObjectStore('overall', { keyPath: ['lessonId', 'studentKey'] });
  },
  /**
   * Students used to be keyed by their normalised name; they are now keyed `id:<student id>`, or
   * `name:<normalised name>` for answer files without an id, which all earlier records were.
   */
  function keyStudentsByIdV2(_db, tx) {
    void prefixStudentKeys(tx, 'students', 'key');
    void prefixStudentKeys(tx, 'feedback', 'studentKey');
    void prefixStudentKeys(tx, 'overall', 'studentKey');
  },
];

/** The database version is the number of upgrade steps: adding a step is what makes a new version. */
export const REVIEW_DB_VERSION = UPGRADE_STEPS.length;

/** `steps` is for tests of a later version's upgrade; the app always opens with UPGRADE_STEPS. */
export async function openReviewDb(
  steps: readonly UpgradeStep[] = UPGRADE_STEPS,
  onClosedForUpgrade: () => void = () => {},
): Promise<IDBPDatabase<ReviewDB>> {
  let database: IDBPDatabase<ReviewDB> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<ReviewDB>(REVIEW_DB_NAME, steps.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const step of steps.slice(oldVersion)) step(db, tx);
    },
    // Another tab wants a newer version: let it upgrade, and tell this tab to reload.
    blocking() {
      database?.close();
      onClosedForUpgrade();
    },
    // The browser closed the connection itself (storage cleared, disk error).
    terminated() {
      onClosedForUpgrade();
    },
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
  });
  try {
    database = await Promise.race([opening, timeout]);
    return database;
  } finally {
    clearTimeout(timer);
  }
}
