/**
 * A value that changes over time, shaped for React's `useSyncExternalStore`: `subscribe` and
 * `getSnapshot`, with each update a new object so React sees the change.
 */
export class SnapshotSource<T extends object> {
  private listeners = new Set<() => void>();

  constructor(private current: T) {}

  protected get snapshot(): T {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): T => this.current;

  protected update(patch: Partial<T>): void {
    this.current = { ...this.current, ...patch };
    this.emit();
  }

  protected emit(): void {
    for (const listener of this.listeners) listener();
  }

  protected unsubscribeAll(): void {
    this.listeners.clear();
  }
}
