import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isTombstone,
  mergeIntoSharedFile,
  parseSharedFile,
  renderActionsCsv,
  renderIcs,
  renderMarkdown,
  statsOf,
} from '@coaching-notes/shared';
import { teamExample } from '../../../shared/examples/team';

const text = readFileSync(
  new URL('../../../shared/examples/team.coaching.jsonl', import.meta.url),
  'utf8',
);

describe('shared/examples/team.coaching.jsonl', () => {
  it('is what shared/examples/generate.mjs writes (regenerate after model changes)', () => {
    expect(text).toBe(mergeIntoSharedFile(undefined, teamExample()));
  });

  it('validates, and holds the three teams, a conflict and a deletion but no private note', () => {
    const parsed = parseSharedFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const stats = statsOf(parsed.records);
    expect(stats.byType.track).toBe(3);
    expect(stats.conflicted).toBe(1);
    expect(stats.deleted).toBe(1);
    expect(stats.privateObservations).toBe(0);
    expect(
      parsed.records.some(
        (r) => !isTombstone(r) && r.type === 'observation' && r.anchor?.kind === 'code',
      ),
    ).toBe(true);
  });

  it('renders in every format and language', () => {
    const parsed = parseSharedFile(text);
    if (!parsed.ok) throw new Error('invalid sample');
    for (const locale of ['nl', 'en'] as const) {
      expect(renderMarkdown(parsed.records, { locale }).length).toBeGreaterThan(2000);
      expect(renderActionsCsv(parsed.records, { locale }).split('\r\n').length).toBeGreaterThan(5);
      expect(
        renderIcs(parsed.records, { locale, now: new Date('2026-11-22T00:00:00Z') }),
      ).toContain('BEGIN:VEVENT');
    }
  });
});
