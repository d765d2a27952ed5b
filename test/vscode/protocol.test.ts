import { describe, expect, it } from 'vitest';
import { parseCall, tombstoneOf } from '@coaching-notes/shared';
import {
  DEBRIEF_RULES,
  parseWebviewMessage,
  writeAllowed,
} from '../../extension-vscode/src/webview/protocol';
import { ctx, pairingFixture } from './fixtures';

describe('webview message validation', () => {
  it('accepts the known envelopes', () => {
    expect(parseWebviewMessage({ type: 'ready' }).ok).toBe(true);
    expect(
      parseWebviewMessage({
        type: 'store',
        request: { id: 1, method: 'list', args: [{ type: 'goal' }] },
      }).ok,
    ).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'eval', code: 'x' }],
    ['extra field', { type: 'ready', extra: 1 }],
    ['a store message with an extra field', { type: 'store', request: {}, extra: 1 }],
  ])('rejects %s', (_name, message) => {
    expect(parseWebviewMessage(message).ok).toBe(false);
  });
});

describe("the debrief's store rules", () => {
  const ok = (method: string, args: unknown[]) =>
    parseCall({ id: 1, method: method as never, args }, DEBRIEF_RULES).ok;

  it('refuses export of everything, erase and purge', () => {
    expect(ok('all', [])).toBe(false);
    expect(ok('erasePerson', ['p', 'a', new Date()])).toBe(false);
    expect(ok('purgeOlderThan', [12, 'a', new Date()])).toBe(false);
  });

  it('lets a webview edit but never claim an import, erase or purge', () => {
    const { note } = pairingFixture();
    expect(ok('put', [note])).toBe(true);
    expect(ok('delete', [tombstoneOf(note, ctx(9))])).toBe(true);
    expect(ok('putMany', [[note], 'put'])).toBe(true);
    expect(ok('putMany', [[note], 'import'])).toBe(false);
    expect(ok('putMany', [[note], 'erase'])).toBe(false);
    expect(ok('putMany', [[note], 'purge'])).toBe(false);
    expect(ok('putMany', [Array.from({ length: 501 }, () => note)])).toBe(false);
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
