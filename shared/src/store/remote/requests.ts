import * as v from 'valibot';
import { validateRecord } from '../../model/schema';
import { isTombstone } from '../../model/revision';
import { RECORD_TYPES, type StoredRecord, type Tombstone } from '../../model/types';
import { InvalidRecordError } from '../errors';
import type { StoreChange } from '../port';
import { REMOTE_METHODS, type RemoteMethod, type RemoteRequest } from './wire';

/**
 * Checks of what arrives at `serveStore`: every request is untrusted input (a page may have
 * reached the port, a webview may run anything), so its envelope and then its arguments are
 * checked per method before the store sees them.
 */

const STORE_CAUSES = ['put', 'delete', 'import', 'erase', 'purge'] as const;
export type StoreCause = StoreChange['cause'];

const keySchema = v.pipe(v.string(), v.maxLength(100));
const typeSchema = v.picklist(RECORD_TYPES);
const boundSchema = v.pipe(v.string(), v.maxLength(40));
const querySchema = v.strictObject({
  type: typeSchema,
  personId: v.optional(keySchema),
  trackId: v.optional(keySchema),
  sessionId: v.optional(keySchema),
  from: v.optional(boundSchema),
  to: v.optional(boundSchema),
  includeDeleted: v.optional(v.boolean()),
});
const actorSchema = v.pipe(v.string(), v.maxLength(200));
const nowSchema = v.pipe(
  v.date(),
  v.check((date) => !Number.isNaN(date.getTime()), 'must be a valid date'),
);

const readArgs = v.strictTuple([typeSchema, keySchema]);
const listArgs = v.strictTuple([querySchema]);
const noArgs = v.strictTuple([]);
const eraseArgs = v.strictTuple([keySchema, actorSchema, nowSchema]);
const purgeArgs = v.strictTuple([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  actorSchema,
  nowSchema,
]);

const requestSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  method: v.picklist(REMOTE_METHODS),
  args: v.pipe(v.array(v.unknown()), v.maxLength(3)),
});

/** A checked call, its arguments typed. */
export type RemoteCall =
  | { method: 'get' | 'getStored'; args: [StoredRecord['type'], string] }
  | { method: 'list'; args: [v.InferOutput<typeof querySchema>] }
  | { method: 'all' | 'ping'; args: [] }
  | { method: 'put'; args: [StoredRecord] }
  | { method: 'delete'; args: [Tombstone] }
  | { method: 'putMany'; args: [StoredRecord[]] | [StoredRecord[], StoreCause] }
  | { method: 'erasePerson'; args: [string, string, Date] }
  | { method: 'purgeOlderThan'; args: [number, string, Date] };

export interface CallRules {
  /** The methods this host carries out. */
  methods: readonly RemoteMethod[];
  /** The causes a client may give `putMany` (default: all). */
  causes?: readonly StoreCause[];
  /** The most records one `putMany` may carry (default: no limit). */
  maxBatch?: number;
}

export type CallOutcome = { ok: true; call: RemoteCall } | { ok: false; error: Error };

/** The request's id and method if its envelope is sound; its arguments are checked later. */
export function parseRequest(raw: unknown): RemoteRequest | undefined {
  const parsed = v.safeParse(requestSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

function refuse(message: string): CallOutcome {
  return { ok: false, error: new Error(message) };
}

function record(value: unknown): StoredRecord {
  const result = validateRecord(value);
  if (!result.ok) throw new InvalidRecordError(Object(value) as { type?: unknown }, result.issues);
  return result.record;
}

function argsOf<S extends v.GenericSchema>(
  method: RemoteMethod,
  schema: S,
  args: readonly unknown[],
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, args);
  if (!parsed.success) throw new Error(`invalid ${method} arguments`);
  return parsed.output;
}

/** Checks a request's arguments (dates already decoded) against its method and the host's rules. */
export function parseCall(request: RemoteRequest, rules: CallRules): CallOutcome {
  const { method, args } = request;
  if (!rules.methods.includes(method)) return refuse(`${method} is not available here`);
  try {
    return { ok: true, call: checkArgs(method, args, rules) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

function checkArgs(method: RemoteMethod, args: readonly unknown[], rules: CallRules): RemoteCall {
  switch (method) {
    case 'get':
    case 'getStored':
      return { method, args: argsOf(method, readArgs, args) };
    case 'list':
      return { method, args: argsOf(method, listArgs, args) };
    case 'all':
    case 'ping':
      return { method, args: argsOf(method, noArgs, args) };
    case 'erasePerson':
      return { method, args: argsOf(method, eraseArgs, args) };
    case 'purgeOlderThan':
      return { method, args: argsOf(method, purgeArgs, args) };
    case 'put':
    case 'delete': {
      if (args.length !== 1) throw new Error(`${method} takes one record`);
      const checked = record(args[0]);
      if ((method === 'delete') !== isTombstone(checked))
        throw new Error(method === 'delete' ? 'delete takes a tombstone' : 'put takes a record');
      return method === 'put'
        ? { method, args: [checked] }
        : { method, args: [checked as Tombstone] };
    }
    case 'putMany': {
      const [list, cause, ...rest] = args;
      if (!Array.isArray(list) || rest.length > 0) throw new Error('invalid batch');
      if (rules.maxBatch !== undefined && list.length > rules.maxBatch)
        throw new Error(`at most ${rules.maxBatch} records at a time`);
      if (cause !== undefined && !(rules.causes ?? STORE_CAUSES).includes(cause as StoreCause))
        throw new Error('invalid cause');
      const records = list.map(record);
      return cause === undefined
        ? { method, args: [records] }
        : { method, args: [records, cause as StoreCause] };
    }
  }
}

/** The records a call writes (none for a read). */
export function writtenRecords(call: RemoteCall): readonly StoredRecord[] {
  if (call.method === 'put' || call.method === 'delete') return call.args;
  if (call.method === 'putMany') return call.args[0];
  return [];
}
