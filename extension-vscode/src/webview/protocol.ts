import * as v from 'valibot';
import {
  RECORD_TYPES,
  isTombstone,
  validateRecord,
  type Locale,
  type StoreChange,
  type StoredRecord,
} from '@coaching-notes/shared';

/**
 * Messages between the debrief webview and the extension host. The webview has no store of
 * its own: its Store is a proxy whose calls travel here as `rpc` messages. The host treats
 * every incoming message as untrusted input and checks it with `parseWebviewMessage`.
 */
export const RPC_METHODS = ['get', 'getStored', 'list', 'put', 'putMany', 'delete'] as const;
export type RpcMethod = (typeof RPC_METHODS)[number];

/** A debrief writes a handful of records at a time; more is not a debrief. */
export const MAX_BATCH = 500;

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'complete' }
  | { type: 'rpc'; id: number; method: RpcMethod; args: unknown[] };

export type HostMessage =
  | { type: 'init'; sessionId: string; locale: Locale; actor: string }
  | { type: 'rpc-result'; id: number; ok: true; value: unknown }
  | { type: 'rpc-result'; id: number; ok: false; error: string }
  | { type: 'store-change'; change: StoreChange };

/** A validated call, with its arguments typed. */
export type RpcCall =
  | { method: 'get' | 'getStored'; recordType: StoredRecord['type']; id: string }
  | { method: 'list'; query: v.InferOutput<typeof querySchema> }
  | { method: 'put' | 'delete'; records: [StoredRecord] }
  | { method: 'putMany'; records: StoredRecord[] };

const idSchema = v.pipe(v.string(), v.maxLength(100));
const typeSchema = v.picklist(RECORD_TYPES);
const dateSchema = v.pipe(v.string(), v.maxLength(40));
const querySchema = v.strictObject({
  type: typeSchema,
  personId: v.optional(idSchema),
  trackId: v.optional(idSchema),
  sessionId: v.optional(idSchema),
  from: v.optional(dateSchema),
  to: v.optional(dateSchema),
  includeDeleted: v.optional(v.boolean()),
});
const envelopeSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  v.strictObject({ type: v.literal('complete') }),
  v.strictObject({
    type: v.literal('rpc'),
    id: v.pipe(v.number(), v.integer(), v.minValue(0)),
    method: v.picklist(RPC_METHODS),
    args: v.pipe(v.array(v.unknown()), v.maxLength(2)),
  }),
]);

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseWebviewMessage(raw: unknown): ParseOutcome<WebviewMessage> {
  const parsed = v.safeParse(envelopeSchema, raw);
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, error: `invalid message: ${v.summarize(parsed.issues)}` };
}

function record(value: unknown): ParseOutcome<StoredRecord> {
  const result = validateRecord(value);
  if (result.ok) return { ok: true, value: result.record };
  const issue = result.issues[0];
  return {
    ok: false,
    error: `invalid record: ${issue?.path ?? ''} ${issue?.message ?? ''}`.trim(),
  };
}

/** Checks an `rpc` message's arguments against its method. */
export function parseRpcCall(method: RpcMethod, args: readonly unknown[]): ParseOutcome<RpcCall> {
  switch (method) {
    case 'get':
    case 'getStored': {
      const parsed = v.safeParse(v.tuple([typeSchema, idSchema]), args);
      if (!parsed.success) return { ok: false, error: `invalid ${method} arguments` };
      return { ok: true, value: { method, recordType: parsed.output[0], id: parsed.output[1] } };
    }
    case 'list': {
      const parsed = v.safeParse(v.tuple([querySchema]), args);
      if (!parsed.success) return { ok: false, error: 'invalid list query' };
      return { ok: true, value: { method, query: parsed.output[0] } };
    }
    case 'put':
    case 'delete': {
      if (args.length !== 1) return { ok: false, error: `${method} takes one record` };
      const checked = record(args[0]);
      if (!checked.ok) return checked;
      if ((method === 'delete') !== isTombstone(checked.value)) {
        return {
          ok: false,
          error: method === 'delete' ? 'delete takes a tombstone' : 'put takes a record',
        };
      }
      return { ok: true, value: { method, records: [checked.value] } };
    }
    case 'putMany': {
      const [list, cause] = args;
      if (!Array.isArray(list) || list.length > MAX_BATCH)
        return { ok: false, error: 'invalid batch' };
      // A webview edits; it may not claim to be an import, erase or purge.
      if (cause !== undefined && cause !== 'put') return { ok: false, error: 'invalid cause' };
      const records: StoredRecord[] = [];
      for (const item of list) {
        const checked = record(item);
        if (!checked.ok) return checked;
        records.push(checked.value);
      }
      return { ok: true, value: { method, records } };
    }
  }
}

/**
 * The debrief may only write what belongs to its session: the session itself, and the
 * observations and actions of that session. `storedSessionOf` tells which session an existing
 * record belongs to (tombstones carry no links, so the stored version decides).
 */
export function writeAllowed(
  record: StoredRecord,
  sessionId: string,
  storedSessionOf: string | undefined,
): boolean {
  if (record.type === 'session') return record.id === sessionId && !isTombstone(record);
  if (record.type !== 'observation' && record.type !== 'action') return false;
  if (isTombstone(record)) return storedSessionOf === sessionId;
  const own = (record as { sessionId: string }).sessionId === sessionId;
  return own && (storedSessionOf === undefined || storedSessionOf === sessionId);
}
