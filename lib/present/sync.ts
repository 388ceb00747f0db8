/**
 * How the projector and presenter windows keep in step: a BroadcastChannel per lesson (same
 * browser, same origin, no server). Every message names its sender so a window ignores its own
 * echo, and is validated on arrival, since any page of the origin could post on the channel.
 *
 * A window that opens says "hello"; the others answer with their state. After that, each window
 * posts its new state after a change made in it (a key, a button), never after adopting one.
 *
 * The messages' schema and reader are in sync-read.ts, loaded when the channel opens, not on first load.
 */
import type { SyncedState, SyncMessage } from './sync-read';

export type { SyncedState, SyncMessage };

export const SYNC_PROTOCOL = 'media-literacy-present';

export function syncChannelName(lessonId: string): string {
  return `${SYNC_PROTOCOL}:${lessonId}`;
}

export function helloMessage(sender: string): SyncMessage {
  return { protocol: SYNC_PROTOCOL, version: 1, type: 'hello', sender };
}

export function stateMessage(sender: string, state: SyncedState): SyncMessage {
  return { protocol: SYNC_PROTOCOL, version: 1, type: 'state', sender, state };
}
