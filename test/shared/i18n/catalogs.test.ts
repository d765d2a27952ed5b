import { describe, expect, it } from 'vitest';
import {
  catalogs,
  type MessageKey,
  ACTION_STATUSES,
  GOAL_STATUSES,
  OBSERVATION_KINDS,
  SESSION_KINDS,
  SESSION_STATUSES,
  TRACK_KINDS,
  TRACK_STATUSES,
  VISIBILITIES,
  TRENDS,
  type Localized,
  SESSION_TEMPLATES,
  TRACK_TEMPLATES,
} from '@coaching-notes/shared';
// eslint-disable-next-line no-restricted-imports -- white-box test of an internal module
import { coreMessages } from '../../../shared/src/i18n/messages/core';
import { browserCatalogs, t, type BrowserMessageKey } from '../../../extension-browser/src/i18n';

/** The shared catalogs and the browser's own (the dashboard's texts): one set of keys. */
const allCatalogs = {
  en: { ...catalogs.en, ...browserCatalogs.en } as Record<string, string>,
  nl: { ...catalogs.nl, ...browserCatalogs.nl } as Record<string, string>,
};

/** Every parameter a message reads, plain (`{name}`) or as a plural block (`{n, plural, …}`). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
const pluralParams = (text: string) => [...text.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]!);

/** Every Localized value inside a template, with a path that names where it sits. */
function localizedTexts(value: unknown, path: string): [string, Localized][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'nl')
    return [[path, record as unknown as Localized]];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

describe('message catalogs', () => {
  const en = allCatalogs.en;
  const nl = allCatalogs.nl;

  it('the browser catalog uses no key of the shared catalogs', () => {
    const shared = new Set(Object.keys(catalogs.en));
    expect(Object.keys(browserCatalogs.en).filter((key) => shared.has(key))).toEqual([]);
  });

  it('both languages have exactly the same keys', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: non-empty in both languages with the same placeholders', (key) => {
    expect(en[key]?.trim()).not.toBe('');
    expect(nl[key]?.trim()).not.toBe('');
    expect(placeholders(nl[key] ?? '')).toEqual(placeholders(en[key] ?? ''));
  });

  it('keys are namespaced by area', () => {
    for (const key of Object.keys(en))
      expect(key).toMatch(/^(core|panel|dashboard|exchange|[a-z]+)\.[\w.-]+$/);
    for (const key of Object.keys(coreMessages.en)) expect(key.startsWith('core.')).toBe(true);
  });

  it('the core area names every enumeration value of the model', () => {
    const expected = [
      ...TRACK_KINDS.map((v) => `core.trackKind.${v}`),
      ...TRACK_STATUSES.map((v) => `core.trackStatus.${v}`),
      ...GOAL_STATUSES.map((v) => `core.goalStatus.${v}`),
      ...SESSION_KINDS.map((v) => `core.sessionKind.${v}`),
      ...SESSION_STATUSES.map((v) => `core.sessionStatus.${v}`),
      ...OBSERVATION_KINDS.map((v) => `core.observationKind.${v}`),
      ...VISIBILITIES.map((v) => `core.visibility.${v}`),
      ...ACTION_STATUSES.map((v) => `core.actionStatus.${v}`),
      ...TRENDS.map((v) => `core.trend.${v}`),
    ];
    for (const key of expected) expect(Object.keys(coreMessages.en)).toContain(key);
  });
});

describe('template texts', () => {
  const texts = [...SESSION_TEMPLATES, ...TRACK_TEMPLATES].flatMap((t) => localizedTexts(t, t.id));

  it('finds the texts to check', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(texts)('%s: Dutch and English, non-empty, same placeholders', (_path, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.nl.trim()).not.toBe('');
    expect(placeholders(text.nl)).toEqual(placeholders(text.en));
  });
});

describe('plural messages', () => {
  const en = allCatalogs.en;
  const nl = allCatalogs.nl;
  /** Plural parameters of a message in either language (a language may need one more). */
  const countsOf = (key: string) => [...pluralParams(en[key]!), ...pluralParams(nl[key]!)];
  const plural = Object.keys(en).filter((key) => countsOf(key).length > 0) as (
    MessageKey | BrowserMessageKey
  )[];

  /** The message with every plural parameter set to `count` and every other one to `X`. */
  const render = (locale: 'nl' | 'en', key: MessageKey | BrowserMessageKey, count: number) => {
    const params: Record<string, string | number> = {};
    for (const name of placeholders(en[key]!)) params[name!] = 'X';
    for (const name of countsOf(key)) params[name] = count;
    return t(locale, key, params);
  };

  it('finds the count messages', () => {
    expect(plural.length).toBeGreaterThan(25);
  });

  it.each(plural.flatMap((key) => [['nl', key] as const, ['en', key] as const]))(
    '%s %s: 1 and 2 choose different forms and leave no syntax behind',
    (locale, key) => {
      const one = render(locale, key, 1);
      const two = render(locale, key, 2);
      for (const text of [one, two]) expect(text).not.toMatch(/[{}#]|plural/);
      expect(one).toMatch(/1|\b(one|de|het|the|my|mijn|elke|every)\b/i);
      expect(two).toContain('2');
      expect(one.replace(/1/g, '2')).not.toBe(two);
    },
  );

  it.each([
    ['nl', 'dashboard.history.count', 1, '1 sessie'],
    ['nl', 'dashboard.history.count', 2, '2 sessies'],
    ['en', 'dashboard.history.count', 1, '1 session'],
    ['en', 'dashboard.history.count', 2, '2 sessions'],
    ['nl', 'dashboard.exchange.exported', 1, '1 record geëxporteerd.'],
    ['en', 'dashboard.exchange.exported', 2, 'Exported 2 records.'],
    ['en', 'panel.actions.fromDebrief', 1, 'Add the action point from the debrief'],
    ['en', 'panel.actions.fromDebrief', 3, 'Add the 3 action points from the debrief'],
    ['nl', 'panel.actions.fromDebrief', 1, 'Het actiepunt uit de nabespreking toevoegen'],
    ['nl', 'core.cadence.custom', 1, 'Elke dag'],
    ['nl', 'core.cadence.custom', 10, 'Om de 10 dagen'],
    ['en', 'dashboard.retention.months', 0, '0 months'],
  ] as const)('%s %s with %d reads "%s"', (locale, key, count, expected) => {
    expect(render(locale, key, count)).toBe(expected);
  });

  /**
   * A count shown without a plural block must not stand before a noun that agrees with it:
   * these stand after a colon, in parentheses, before ×, count against another number
   * ("3 of 8"), or are a position ("Goal 2").
   */
  const BARE_COUNTS = [
    'core.feedback.warning.tips-outnumber-tops',
    'core.progress.conversations',
    'core.progress.conversationsHeld',
    'core.carryForward.summary',
    'core.error.tooLong',
    'core.error.invalidNumber',
    'panel.coverage.summary',
    'panel.coverage.evidence',
    'dashboard.track.closedCount',
    'dashboard.track.followUp',
    'dashboard.goal.legend',
    'dashboard.actions.carried',
    'dashboard.exchange.countLine',
    'exchange.cli.stats.records',
    'exchange.cli.stats.type',
    'exchange.cli.stats.deleted',
    'exchange.cli.stats.conflicts',
    'exchange.cli.stats.private',
    'exchange.cli.stats.openActions',
    // A position ("step 2 of 6"), not an amount of things.
    'coachee.stepOf',
  ];

  it('every other message that shows a count uses a plural block', () => {
    const count =
      /\{(n|count|held|planned|days|tips|tops|sessions|observations|actions|inputs|length|seen|total|max|min)\}/;
    const bare = Object.keys(en).filter((key) => count.test(en[key]!));
    expect(bare.sort()).toEqual([...BARE_COUNTS].sort());
  });
});
