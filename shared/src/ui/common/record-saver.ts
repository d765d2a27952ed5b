import { editRecord, type RecordPatch } from '../../model/records';
import { tombstoneOf } from '../../model/revision';
import type { ChangeContext, CoachingRecord, Id } from '../../model/types';
import type { Store } from '../../store/port';

/** What the saved-state indicator shows. */
export type SaveState = 'saved' | 'saving' | 'error';

export type ChangeContextSource = () => ChangeContext;

/**
 * A record is written once its own edits pause this long. Each record has its own timer, so
 * typing into one record never holds back another one (a note committed while the next is typed).
 */
export const SAVE_DELAY_MS = 250;

/** A record typed into without a pause is still written at least this often. */
export const SAVE_MAX_WAIT_MS = 2000;

type SaverListener = (saver: RecordSaver) => void;

/**
 * Every write the UI makes goes through one saver per store, so components that edit the same
 * record (the debrief and the feedback composer both edit `session.after`) build on each
 * other's latest version instead of overwriting it.
 *
 * Edits apply at once to an in-memory copy (what the UI shows) and reach the store when that
 * record's edits pause (a debounce per record, bounded by `SAVE_MAX_WAIT_MS`), at once on
 * `commit(id)` (a finished note) or on `flush()` (the shell calls it on `pagehide`). A failed
 * write (quota, closed database) keeps the pending record, so the text stays on screen, and is
 * retried on the next change or `retry()`.
 */
export class RecordSaver {
  readonly store: Store;
  readonly context: ChangeContextSource;
  state: SaveState = 'saved';
  /**
   * Refuses a change to a record (throws `CoachingError`): the shell sets it to the model's
   * authorship rule once it knows who uses it (`assertCanEdit`), so a view that forgot to hide a
   * button still cannot rewrite or delete another person's record.
   */
  editGuard: ((record: CoachingRecord) => void) | undefined;
  lastError: unknown;
  private readonly latest = new Map<Id, CoachingRecord>();
  private readonly pending = new Map<Id, CoachingRecord>();
  private readonly listeners = new Set<SaverListener>();
  /** Per pending record: its debounce timer and when its oldest unwritten edit was made. */
  private readonly timers = new Map<Id, { timer: ReturnType<typeof setTimeout>; since: number }>();
  private writing: Promise<void> = Promise.resolve();

  constructor(store: Store, context: ChangeContextSource) {
    this.store = store;
    this.context = context;
  }

  /** The newest version this page knows of a record (pending or written), else `fallback`. */
  current<R extends CoachingRecord>(record: R): R {
    return (this.latest.get(record.id) as R | undefined) ?? record;
  }

  /** Remember a version read from the store, unless this page holds a newer one. */
  observe(record: CoachingRecord): void {
    if (!this.pending.has(record.id)) this.latest.set(record.id, record);
  }

  /** A new record (already made by a core create function): saved with the next write. */
  create<R extends CoachingRecord>(record: R): R {
    this.stage(record);
    return record;
  }

  /**
   * Apply an edit on top of the newest known version. `patch` may be a function of that
   * version, for nested fields such as `after.debrief`. Throws `CoachingError` when the core
   * refuses the edit (nothing is staged then).
   */
  edit<R extends CoachingRecord>(
    record: R,
    patch: RecordPatch<R> | ((latest: R) => RecordPatch<R>),
  ): R {
    const base = this.current(record);
    this.editGuard?.(base);
    const next = editRecord(
      base,
      typeof patch === 'function' ? patch(base) : patch,
      this.context(),
    );
    this.stage(next);
    return next;
  }

  /**
   * Apply a core change function (`answerDebrief`, `setActionStatus`, …) to the newest known
   * version of the record and stage the result.
   */
  apply<R extends CoachingRecord>(record: R, change: (latest: R, ctx: ChangeContext) => R): R {
    this.editGuard?.(this.current(record));
    const next = change(this.current(record), this.context());
    if (next !== this.current(record)) this.stage(next);
    return next;
  }

  /** Delete now (not debounced): the tombstone is written, the caller keeps the record for undo. */
  async remove(record: CoachingRecord): Promise<void> {
    const base = this.current(record);
    this.editGuard?.(base);
    clearTimeout(this.timers.get(record.id)?.timer);
    this.timers.delete(record.id);
    this.pending.delete(record.id);
    this.latest.delete(record.id);
    await this.run(() => this.store.delete(tombstoneOf(base, this.context())));
  }

  /** Bring a deleted record back as a new version that descends from its tombstone. */
  async restore<R extends CoachingRecord>(record: R): Promise<R> {
    const stored = await this.store.getStored(record.type, record.id);
    const rev = stored?.rev ?? record.rev;
    const revived = editRecord({ ...record, rev } as R, {}, this.context());
    this.stage(revived);
    await this.flush();
    return revived;
  }

  subscribe(listener: SaverListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Write everything pending now. Resolves when the store has it (or the write failed). */
  flush(): Promise<void> {
    return this.write([...this.pending.keys()]);
  }

  /**
   * Write one record now, without waiting for its debounce: the user finished it (a note
   * committed with Enter), so nothing typed afterwards may hold it back.
   */
  commit(id: Id): Promise<void> {
    return this.write(this.pending.has(id) ? [id] : []);
  }

  retry(): Promise<void> {
    return this.flush();
  }

  private write(ids: Id[]): Promise<void> {
    // Records whose write failed wait without a timer: they go along with the next write.
    const failed = [...this.pending.keys()].filter((id) => !this.timers.has(id));
    const batch: CoachingRecord[] = [];
    for (const id of new Set([...ids, ...failed])) {
      const timer = this.timers.get(id);
      if (timer) clearTimeout(timer.timer);
      this.timers.delete(id);
      const record = this.pending.get(id);
      if (record) batch.push(record);
      this.pending.delete(id);
    }
    if (batch.length === 0) return this.writing;
    return this.run(async () => {
      try {
        await this.store.putMany(batch, 'put');
      } catch (error) {
        // Keep what failed unless a newer edit replaced it meanwhile.
        for (const record of batch)
          if (!this.pending.has(record.id)) this.pending.set(record.id, record);
        throw error;
      }
    });
  }

  private stage(record: CoachingRecord): void {
    this.latest.set(record.id, record);
    this.pending.set(record.id, record);
    this.setState('saving');
    const previous = this.timers.get(record.id);
    if (previous) clearTimeout(previous.timer);
    const since = previous?.since ?? Date.now();
    const delay = Math.max(0, Math.min(SAVE_DELAY_MS, since + SAVE_MAX_WAIT_MS - Date.now()));
    const timer = setTimeout(() => void this.write([record.id]), delay);
    this.timers.set(record.id, { timer, since });
  }

  private run(write: () => Promise<void>): Promise<void> {
    this.setState('saving');
    this.writing = this.writing.then(write).then(
      () => {
        this.lastError = undefined;
        this.setState(this.pending.size > 0 ? 'saving' : 'saved');
      },
      (error: unknown) => {
        this.lastError = error;
        this.setState('error');
      },
    );
    return this.writing;
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(this);
  }
}

const savers = new WeakMap<Store, RecordSaver>();

/** The one saver of a store in this page. */
export function saverFor(store: Store, context: ChangeContextSource): RecordSaver {
  let saver = savers.get(store);
  if (!saver) {
    saver = new RecordSaver(store, context);
    savers.set(store, saver);
  }
  return saver;
}
