/** The sync messages' schema: every message is validated on arrival (see sync.ts). */
import { z } from 'zod';
import { SYNC_PROTOCOL } from './sync';

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

/** A valid message from another window, or null (own echo, other protocol, malformed). */
export function readSyncMessage(data: unknown, self: string): SyncMessage | null {
  const parsed = SyncMessageSchema.safeParse(data);
  if (!parsed.success || parsed.data.sender === self) return null;
  return parsed.data;
}
