import { describe, expect, it } from 'vitest';
import { tombstoneOf } from '@coaching-notes/shared';
import {
  parseRpcCall,
  parseWebviewMessage,
  writeAllowed,
} from '../../extension-vscode/src/webview/protocol';
import { ctx, pairingFixture } from './fixtures';

describe('webview message validation', () => {
  it('accepts the known envelopes', () => {
    expect(parseWebviewMessage({ type: 'ready' }).ok).toBe(true);
    expect(
      parseWebviewMessage({ type: 'rpc', id: 1, method: 'list', args: [{ type: 'goal' }] }).ok,
    ).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'eval', code: 'x' }],
    ['unknown method', { type: 'rpc', id: 1, method: 'erasePerson', args: [] }],
    ['extra field', { type: 'ready', extra: 1 }],
    ['negative id', { type: 'rpc', id: -1, method: 'get', args: [] }],
    ['too many args', { type: 'rpc', id: 1, method: 'get', args: [1, 2, 3] }],
  ])('rejects %s', (_name, message) => {
    expect(parseWebviewMessage(message).ok).toBe(false);
  });

  it('checks arguments per method', () => {
    const { note } = pairingFixture();
    expect(parseRpcCall('get', ['observation', note.id]).ok).toBe(true);
    expect(parseRpcCall('get', ['secrets', note.id]).ok).toBe(false);
    expect(parseRpcCall('list', [{ type: 'observation', sessionId: 'x', hack: 1 }]).ok).toBe(false);
    expect(parseRpcCall('put', [note]).ok).toBe(true);
    expect(parseRpcCall('put', [{ ...note, text: 7 }]).ok).toBe(false);
    expect(parseRpcCall('put', [JSON.parse('{"__proto__":{"polluted":true}}')]).ok).toBe(false);
    expect(parseRpcCall('delete', [note]).ok).toBe(false);
    expect(parseRpcCall('delete', [tombstoneOf(note, ctx(9))]).ok).toBe(true);
    expect(parseRpcCall('putMany', [[note], 'import']).ok).toBe(false);
    expect(parseRpcCall('putMany', [[note], 'put']).ok).toBe(true);
    expect(parseRpcCall('putMany', ['nope']).ok).toBe(false);
  });

  it('lets the debrief write only its own session', () => {
    const { person, session, note } = pairingFixture();
    expect(writeAllowed(session, session.id, session.id)).toBe(true);
    expect(writeAllowed(note, session.id, session.id)).toBe(true);
    expect(writeAllowed(note, 'another-session', undefined)).toBe(false);
    expect(writeAllowed(person, session.id, undefined)).toBe(false);
    expect(writeAllowed(tombstoneOf(note, ctx(9)), session.id, session.id)).toBe(true);
    expect(writeAllowed(tombstoneOf(note, ctx(9)), session.id, 'another-session')).toBe(false);
    expect(writeAllowed(tombstoneOf(session, ctx(9)), session.id, session.id)).toBe(false);
  });
});
