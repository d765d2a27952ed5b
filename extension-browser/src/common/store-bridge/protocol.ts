/**
 * Wire format between the panel in the overlay and the store host in the background, over a
 * `runtime.connect` port (no `window.postMessage`: the page could see it). Chrome serialises port
 * messages as JSON, so dates travel as `{ $date }` and errors as `{ name, message }`.
 */
import { StoreClosedError, StoreQuotaError } from '@coaching-notes/shared';

export const STORE_PORT = 'coaching-notes-store';

/** Store methods the host carries out; anything else is refused. `ping` keeps the worker awake. */
export const BRIDGED_METHODS = [
  'get',
  'getStored',
  'list',
  'all',
  'put',
  'putMany',
  'delete',
  'erasePerson',
  'purgeOlderThan',
  'ping',
] as const;
export type BridgedMethod = (typeof BRIDGED_METHODS)[number];

export interface BridgeRequest {
  id: number;
  method: BridgedMethod;
  args: unknown[];
}

export interface WireError {
  name: string;
  message: string;
  reason?: string;
}

export type BridgeReply =
  { id: number; result?: unknown } | { id: number; error: WireError } | { change: unknown };

export function encodeArgs(args: unknown[]): unknown[] {
  return args.map((arg) => (arg instanceof Date ? { $date: arg.toISOString() } : arg));
}

export function decodeArgs(args: unknown[]): unknown[] {
  return args.map((arg) =>
    typeof arg === 'object' &&
    arg !== null &&
    typeof (arg as { $date?: unknown }).$date === 'string'
      ? new Date((arg as { $date: string }).$date)
      : arg,
  );
}

export function encodeError(error: unknown): WireError {
  if (error instanceof StoreClosedError)
    return { name: error.name, message: error.message, reason: error.reason };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Back into the store's own error classes where the caller may test for them. */
export function decodeError(wire: WireError): Error {
  if (wire.name === 'StoreQuotaError') return new StoreQuotaError();
  if (wire.name === 'StoreClosedError') {
    const reason =
      wire.reason === 'versionchange' || wire.reason === 'closed' ? wire.reason : 'terminated';
    return new StoreClosedError(reason);
  }
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
