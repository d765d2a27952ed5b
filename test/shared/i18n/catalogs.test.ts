import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/src/i18n';
import { coreMessages } from '../../../shared/src/i18n/messages/core';
import {
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
} from '../../../shared/src/model';
import { SESSION_TEMPLATES, TRACK_TEMPLATES } from '../../../shared/src/templates';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
  const en = catalogs.en as Record<string, string>;
  const nl = catalogs.nl as Record<string, string>;

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
