/**
 * The save status of each feedback field, outside React state: a field subscribes to its own key,
 * so a save updates only the field it belongs to, not the whole class list.
 */
import type { SaveStatus } from './autosave';

export type FieldStatus = { status: SaveStatus; error?: string } | undefined;

export type StatusStore = {
  get(key: string): FieldStatus;
  set(key: string, status: FieldStatus): void;
  subscribe(listener: () => void): () => void;
};

export function createStatusStore(): StatusStore {
  const statuses = new Map<string, FieldStatus>();
  const listeners = new Set<() => void>();
  return {
    get: (key) => statuses.get(key),
    set(key, status) {
      statuses.set(key, status);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
