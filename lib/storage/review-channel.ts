/**
 * Tells other review tabs of this browser that the stored review changed, so they reload it
 * instead of writing over it from a stale copy. BroadcastChannel does not echo to the sender; where
 * it is missing, tabs still merge on write (lib/storage/review-store.ts), they only refresh later.
 */
const CHANNEL = 'media-literacy.review';

type Message = { lessonId: string };

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

export function announceReviewChange(lessonId: string): void {
  const sender = channel();
  if (!sender) return;
  sender.postMessage({ lessonId } satisfies Message);
  sender.close();
}

/** Calls back when another tab changed this lesson's review; returns the stop function. */
export function onReviewChangedElsewhere(lessonId: string, callback: () => void): () => void {
  const receiver = channel();
  if (!receiver) return () => {};
  receiver.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data === 'object' && data !== null && 'lessonId' in data && data.lessonId === lessonId) callback();
  };
  return () => receiver.close();
}
