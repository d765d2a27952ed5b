import { describe, expect, test } from 'vitest';
import { LOADER_MESSAGE_TYPES, isLoaderMessage } from '../../extension-browser/src/loader-messages';
import { MESSAGE_SCHEMA, parseMessage } from '../../extension-browser/src/messages';

const context = {
  site: 'google-meet',
  kind: 'call',
  label: 'Weekly sync',
  url: 'https://meet.google.com/abc-defg-hij',
  title: 'Meet - Weekly sync',
  meetingCode: 'abc-defg-hij',
};
const catalogueTypes = MESSAGE_SCHEMA.options.map((option) => option.entries.type.literal);

describe('the message catalogue', () => {
  test('accepts each message with its payload', () => {
    for (const message of [
      { type: 'context:get' },
      { type: 'context:changed', context },
      { type: 'context:changed', tabId: 4, context },
      { type: 'capture', tabId: 4, kind: 'top' },
      { type: 'panel:claim', grant: 'a-grant' },
      { type: 'overlay:state', visible: false },
      { type: 'overlay:collapse', collapsed: true },
      { type: 'dashboard:open' },
      { type: 'dashboard:open', view: 'actions' },
    ])
      expect(parseMessage(message), message.type).toEqual(message);
  });

  test.each([
    ['an unknown name', { type: 'eval', code: 'x' }],
    ['a capture without a tab', { type: 'capture', kind: 'top' }],
    ['a capture of an unknown kind', { type: 'capture', tabId: 1, kind: 'secret' }],
    ['a tab id that is not a number', { type: 'context:fetch', tabId: '1' }],
    ['a collapse without its flag', { type: 'overlay:collapse' }],
    ['a grant that is not text', { type: 'panel:grant', grant: { toString: 1 } }],
    ['a context missing its url', { type: 'context:changed', context: { ...context, url: 7 } }],
    [
      'a context of an unknown kind',
      { type: 'context:changed', context: { ...context, kind: 'x' } },
    ],
    [
      'a page title of a megabyte',
      { type: 'context:changed', context: { ...context, title: 'x'.repeat(1e6) } },
    ],
    ['not an object', 'context:get'],
  ])('refuses %s', (_name, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test('drops fields a message does not have', () => {
    expect(parseMessage({ type: 'overlay:state', visible: true, extra: 'x' })).toEqual({
      type: 'overlay:state',
      visible: true,
    });
    expect(parseMessage({ type: 'context:changed', context: { ...context, secret: 1 } })).toEqual({
      type: 'context:changed',
      context,
    });
  });
});

describe("the loader's own check (no valibot in the loader)", () => {
  test('covers only messages of the catalogue', () => {
    for (const type of LOADER_MESSAGE_TYPES) expect(catalogueTypes).toContain(type);
  });

  test('accepts and refuses exactly what the catalogue does for the messages the loader receives', () => {
    const candidates: unknown[] = [
      ...catalogueTypes.map((type) => ({ type })),
      ...[true, false, 'true', 1, undefined, null].map((collapsed) => ({
        type: 'overlay:collapse',
        collapsed,
      })),
      { type: 'capture', tabId: 1, kind: 'top' },
      { type: 'context:changed', context },
      null,
      'overlay:show',
      { type: 'toString' },
      { type: ['overlay:show'] },
    ];
    for (const candidate of candidates) {
      const parsed = parseMessage(candidate);
      const forLoader =
        parsed !== undefined && (LOADER_MESSAGE_TYPES as readonly string[]).includes(parsed.type);
      expect(isLoaderMessage(candidate), JSON.stringify(candidate)).toBe(forLoader);
    }
  });
});
