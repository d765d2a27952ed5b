/**
 * The wire format of a store used over messages (a browser runtime port, a VS Code webview).
 * Both carry JSON, so dates travel as `{ $date }` and errors as `{ name, message }`.
 * No validation library here: the client side ships into pages that must stay light.
 */
import { StoreClosedError, StoreQuotaError } from '../errors';
import type { StoreChange } from '../port';

/** Every store method a client may ask for; `ping` only keeps the serving side awake. */
export const REMOTE_METHODS = [
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
export type RemoteMethod = (typeof REMOTE_METHODS)[number];

export interface RemoteRequest {
  id: number;
  method: RemoteMethod;
  args: unknown[];
}

export interface WireError {
  name: string;
  message: string;
  reason?: string;
}

export type RemoteReply =
  { id: number; result?: unknown } | { id: number; error: WireError } | { change: StoreChange };

/**
 * One end of a connection carrying `Out` messages. `send` throws when the link is gone;
 * `onClose` fires when the other side goes away (a stopped worker). A link that never closes
 * (a webview's) need not call it.
 */
export interface Link<Out> {
  send(message: Out): void;
  onMessage(listener: (message: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

/** The client's end (see `RemoteStore`). */
export type RemoteLink = Link<RemoteRequest>;
/** The serving end of one client's connection (see `serveStore`). */
export type ServedLink = Link<RemoteReply>;

export function encodeArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg) => (arg instanceof Date ? { $date: arg.toISOString() } : arg));
}

export function decodeArgs(args: readonly unknown[]): unknown[] {
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
