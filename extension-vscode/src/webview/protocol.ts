import * as v from 'valibot';
import {
  isTombstone,
  type Locale,
  type RemoteMethod,
  type RemoteReply,
  type RemoteRequest,
  type ServeOptions,
  type StoredRecord,
} from '@coaching-notes/shared';

/**
 * Messages between the debrief webview and the extension host. The webview has no store of
 * its own: its Store is the shared `RemoteStore`, whose requests travel here inside `store`
 * messages and are served by `serveStore` under `DEBRIEF_RULES`. The host treats every incoming
 * message as untrusted input and checks it with `parseWebviewMessage`.
 */
export const DEBRIEF_METHODS = [
  'get',
  'getStored',
  'list',
  'put',
  'putMany',
  'delete',
] as const satisfies readonly RemoteMethod[];

/** A debrief writes a handful of records at a time; more is not a debrief. */
export const MAX_BATCH = 500;

/**
 * What the webview's store may do: no export of everything, no erase or purge, and a webview
 * edits, so it may not claim to be an import, erase or purge.
 */
export const DEBRIEF_RULES = {
  methods: DEBRIEF_METHODS,
  causes: ['put'],
  maxBatch: MAX_BATCH,
} as const satisfies ServeOptions;

export type WebviewMessage =
  { type: 'ready' } | { type: 'complete' } | { type: 'store'; request: RemoteRequest };

export type HostMessage =
  | { type: 'init'; sessionId: string; locale: Locale; actor: string }
  | { type: 'store'; reply: RemoteReply };

// The store request itself is checked by `serveStore`.
const envelopeSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  v.strictObject({ type: v.literal('complete') }),
  v.strictObject({ type: v.literal('store'), request: v.unknown() }),
]);

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseWebviewMessage(
  raw: unknown,
): ParseOutcome<v.InferOutput<typeof envelopeSchema>> {
  const parsed = v.safeParse(envelopeSchema, raw);
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, error: `invalid message: ${v.summarize(parsed.issues)}` };
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
