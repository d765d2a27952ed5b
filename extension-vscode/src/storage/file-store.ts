import type { Store, StoreChange, StoredRecord } from '@coaching-notes/shared';

/** Reads and writes the whole store file; the Node adapter writes atomically (temp + rename). */
export interface StoreFileIo {
  /** The file's text, or `undefined` when it does not exist yet. */
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
}

/** The shared JSONL format, from the exchange area. */
export interface StoreCodec {
  parse(text: string): StoredRecord[];
  serialize(records: StoredRecord[]): string;
}

/**
 * The Store port on one JSONL file in the extension's global storage: an in-memory index (the
 * shared memory store, which answers every query) in front of the file. Each write updates the
 * index, then rewrites the file atomically before the promise resolves, so a crash leaves the
 * previous or the new file, never half of one. Writes that arrive during a rewrite are folded
 * into the next one.
 */
export class FileStore implements Store {
  private writing: Promise<void> = Promise.resolve();
  private pending: Promise<void> | undefined;

  private constructor(
    private readonly index: Store,
    private readonly io: StoreFileIo,
    private readonly codec: StoreCodec,
  ) {}

  static async open(index: Store, io: StoreFileIo, codec: StoreCodec): Promise<FileStore> {
    const text = await io.read();
    if (text !== undefined && text.trim() !== '') {
      await index.putMany(codec.parse(text), 'import');
    }
    return new FileStore(index, io, codec);
  }

  get: Store['get'] = (type, id) => this.index.get(type, id);
  getStored: Store['getStored'] = (type, id) => this.index.getStored(type, id);
  list: Store['list'] = (query) => this.index.list(query);
  all: Store['all'] = () => this.index.all();
  subscribe: Store['subscribe'] = (listener) => this.index.subscribe(listener);

  async put(record: StoredRecord): Promise<void> {
    await this.index.put(record);
    await this.persist();
  }

  async putMany(records: StoredRecord[], cause?: StoreChange['cause']): Promise<void> {
    await this.index.putMany(records, cause);
    await this.persist();
  }

  delete: Store['delete'] = async (tombstone) => {
    await this.index.delete(tombstone);
    await this.persist();
  };

  erasePerson: Store['erasePerson'] = async (personId, actor, now) => {
    const report = await this.index.erasePerson(personId, actor, now);
    await this.persist();
    return report;
  };

  purgeOlderThan: Store['purgeOlderThan'] = async (months, actor, now) => {
    const report = await this.index.purgeOlderThan(months, actor, now);
    await this.persist();
    return report;
  };

  async close(): Promise<void> {
    await this.writing;
    await this.index.close();
  }

  /** Resolves once a rewrite that started after this call has finished. */
  private persist(): Promise<void> {
    if (this.pending) return this.pending;
    const next = this.writing.then(async () => {
      this.pending = undefined;
      await this.io.write(this.codec.serialize(await this.index.all()));
    });
    this.pending = next;
    this.writing = next.catch(() => undefined);
    return next;
  }
}
