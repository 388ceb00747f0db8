/**
 * How the projector and presenter windows keep in step: a BroadcastChannel per lesson (same
 * browser, same origin, no server). Every message names its sender so a window ignores its own
 * echo, and is validated on arrival, since any page of the origin could post on the channel.
 *
 * A window that opens says "hello"; the others answer with their state. After that, each window
 * posts its new state after a change made in it (a key, a button), never after adopting one.
 */
import { z } from 'zod';

export const SYNC_PROTOCOL = 'media-literacy-present';

const SenderSchema = z.string().min(1).max(64);

export const SyncedStateSchema = z.strictObject({
  slideId: z.string().min(1).max(200),
  revealed: z.boolean(),
  evidence: z.boolean(),
  blank: z.boolean(),
});
export type SyncedState = z.infer<typeof SyncedStateSchema>;

export const SyncMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    protocol: z.literal(SYNC_PROTOCOL),
    version: z.literal(1),
    type: z.literal('hello'),
    sender: SenderSchema,
  }),
  z.strictObject({
    protocol: z.literal(SYNC_PROTOCOL),
    version: z.literal(1),
    type: z.literal('state'),
    sender: SenderSchema,
    state: SyncedStateSchema,
  }),
]);
export type SyncMessage = z.infer<typeof SyncMessageSchema>;

export function syncChannelName(lessonId: string): string {
  return `${SYNC_PROTOCOL}:${lessonId}`;
}

export function helloMessage(sender: string): SyncMessage {
  return { protocol: SYNC_PROTOCOL, version: 1, type: 'hello', sender };
}

export function stateMessage(sender: string, state: SyncedState): SyncMessage {
  return { protocol: SYNC_PROTOCOL, version: 1, type: 'state', sender, state };
}

/** A valid message from another window, or null (own echo, other protocol, malformed). */
export function readSyncMessage(data: unknown, self: string): SyncMessage | null {
  const parsed = SyncMessageSchema.safeParse(data);
  if (!parsed.success || parsed.data.sender === self) return null;
  return parsed.data;
}
