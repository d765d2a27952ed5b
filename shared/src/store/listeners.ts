import type { StoreChange, StoreListener } from './port';

/** Change listeners of one store. A throwing listener cannot break the write that notified it. */
export class Listeners {
  private readonly listeners = new Set<StoreListener>();

  subscribe(listener: StoreListener): () => void {
    // Wrap so that subscribing the same function twice gives two independent subscriptions.
    const entry: StoreListener = (change) => listener(change);
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  emit(change: StoreChange): void {
    if (change.records.length === 0) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        // Surface the listener's bug without failing the store operation that already committed.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
