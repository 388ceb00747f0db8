/**
 * The one save status, shared by every page that saves as the user types. "saved" is reported
 * only after a write succeeded; `memoryOnly` marks a write that went to an in-memory fallback
 * because the browser would not store it, so "saved" never overstates where the data is.
 */
export type SaveFailure = 'unavailable' | 'quota' | 'error';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: string; memoryOnly?: boolean }
  | { state: 'failed'; reason: SaveFailure }
  | { state: 'blocked' };

/** What a page's status component subscribes to: the latest status of one saved thing. */
export type SaveStatusSource = {
  subscribe(listener: () => void): () => void;
  statusOf(key: string): SaveStatus | undefined;
};
