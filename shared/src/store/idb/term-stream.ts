import type { IDBPCursor, IDBPIndex } from 'idb';
import type { Id } from '../../model/types';

/** The token index as the search reads it (typed loosely: only keys are used). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TokenIndex = IDBPIndex<any, any, any, any, 'readonly'>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type KeyCursor = IDBPCursor<any, any, any, any, 'readonly'>;

/** Most index tokens one prefix may expand to; a broader prefix searches the first ones. */
export const MAX_PREFIX_EXPANSION = 64;

/** Primary keys (document ids) of one exact token, largest (newest, UUIDv7) first. */
class TokenCursor {
  private constructor(
    private cursor: KeyCursor | null,
    private readonly token: string,
  ) {}

  static async open(index: TokenIndex, token: string): Promise<TokenCursor> {
    return new TokenCursor(await index.openKeyCursor(IDBKeyRange.only(token), 'prev'), token);
  }

  get head(): Id | undefined {
    return this.cursor ? (this.cursor.primaryKey as Id) : undefined;
  }

  async next(): Promise<void> {
    if (this.cursor) this.cursor = await this.cursor.continue();
  }

  /** Move to the largest id at or below `max` (a jump in the index, not a scan). */
  async seek(max: Id): Promise<void> {
    const head = this.head;
    if (this.cursor && head !== undefined && head > max) {
      this.cursor = await this.cursor.continuePrimaryKey(this.token, max);
    }
  }
}

/** The ids of every document with a token starting with the term, newest first, without repeats. */
export class TermStream {
  private constructor(
    private readonly cursors: TokenCursor[],
    /** True when the prefix had more tokens than were searched. */
    readonly clipped: boolean,
  ) {}

  static async open(index: TokenIndex, term: string): Promise<TermStream> {
    const tokens: string[] = [];
    let cursor = await index.openKeyCursor(IDBKeyRange.bound(term, `${term}\uffff`));
    while (cursor && tokens.length < MAX_PREFIX_EXPANSION) {
      const token = cursor.key as string;
      tokens.push(token);
      // Seek straight past every entry of this token (the smallest longer string follows it).
      cursor = await cursor.continue(`${token}\u0000`);
    }
    const cursors = await Promise.all(tokens.map((token) => TokenCursor.open(index, token)));
    return new TermStream(cursors, cursor !== null);
  }

  get head(): Id | undefined {
    let best: Id | undefined;
    for (const c of this.cursors) {
      const h = c.head;
      if (h !== undefined && (best === undefined || h > best)) best = h;
    }
    return best;
  }

  /** Step past the current head (in every token that has it). */
  async next(): Promise<void> {
    const head = this.head;
    await Promise.all(this.cursors.filter((c) => c.head === head).map((c) => c.next()));
  }

  async seek(max: Id): Promise<void> {
    await Promise.all(this.cursors.map((c) => c.seek(max)));
  }
}

/**
 * Ids present in every stream, newest first: a zigzag join that jumps each stream to the
 * smallest head, so a rare term next to a common one reads little of the common one.
 */
export async function* intersect(streams: readonly TermStream[]): AsyncGenerator<Id> {
  for (;;) {
    const heads = streams.map((s) => s.head);
    if (heads.some((h) => h === undefined)) return;
    const target = (heads as Id[]).reduce((a, b) => (a < b ? a : b));
    if (heads.every((h) => h === target)) {
      yield target;
      await Promise.all(streams.map((s) => s.next()));
    } else {
      await Promise.all(streams.map((s) => s.seek(target)));
    }
  }
}
