import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeIntoSharedFile, parseSharedFile } from '@coaching-notes/shared';
import { observation } from '../exchange/fixtures';
import { SAMPLE, buildCli, cli } from './helpers';

let dir: string;
beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'coaching-notes-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hostile = (name: string) =>
  new URL(`../exchange/hostile/${name}.coaching.jsonl`, import.meta.url).pathname;

describe('coaching-notes CLI', () => {
  it('prints help (exit 0), in Dutch too, and a usage error without a command (exit 2)', () => {
    expect(cli(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('merge-driver'),
    });
    expect(cli(['--help'], { lang: 'nl' }).stdout).toContain('Opdrachten:');
    expect(cli([]).code).toBe(2);
    expect(cli(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command'),
    });
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('validates the sample (exit 0) and names line and field of a bad file (exit 1)', () => {
    expect(cli(['validate', SAMPLE])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid, 40 records'),
    });
    const bad = cli(['validate', SAMPLE, hostile('overlong-text')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 3, field text: is too long');
    expect(cli(['validate', join(dir, 'missing.coaching.jsonl')]).code).toBe(3);
  });

  it('merges files into OUT, keeping OUT’s own records', async () => {
    const out = join(dir, 'out.coaching.jsonl');
    const a = join(dir, 'a.coaching.jsonl');
    await writeFile(out, mergeIntoSharedFile(undefined, [observation({ text: 'Already in OUT' })]));
    await writeFile(a, mergeIntoSharedFile(undefined, [observation({ text: 'From A' })]));
    const run = cli(['merge', out, a, SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Merged 2 files into ${out}`);
    const text = await readFile(out, 'utf8');
    expect(text).toContain('Already in OUT');
    expect(text).toContain('From A');
    expect(text).toContain('Acme Logistics');
  });

  it('refuses to merge when an input is invalid, writing nothing (exit 1)', async () => {
    const out = join(dir, 'untouched.coaching.jsonl');
    const run = cli(['merge', out, SAMPLE, hostile('malformed-json')]);
    expect(run.code).toBe(1);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('renders Markdown, CSV and iCalendar, to stdout or a file', async () => {
    const md = cli(['render', SAMPLE, '--format', 'md', '--lang', 'nl']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Doelen');
    const csvPath = join(dir, 'acties.csv');
    expect(cli(['render', SAMPLE, '--format=csv', '--lang=nl', '--out', csvPath]).code).toBe(0);
    expect((await readFile(csvPath, 'utf8')).startsWith('\uFEFFActiepunt;')).toBe(true);
    const ics = cli(['render', SAMPLE, '--format', 'ics', '--today', '2026-11-22']);
    expect(ics.stdout).toContain('BEGIN:VCALENDAR');
    expect(ics.stdout).toContain('SUMMARY:Check-in: Kennismaking Bouwbedrijf Smit');
  });

  it('refuses impossible dates (2026-02-30, a year 9999 end date that overflows iCalendar) with the line and field', async () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const february = join(dir, 'february.coaching.jsonl');
    await writeFile(february, sample.replace('"date":"2026-10-12"', '"date":"2026-02-30"'));
    const run = cli(['validate', february]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line \d+, field date: is not a day in the calendar/);
    expect(cli(['render', february, '--format', 'ics']).code).toBe(1);
    const far = join(dir, 'far.coaching.jsonl');
    await writeFile(far, sample.replace('"due":"2026-12-04"', '"due":"9999-12-31"'));
    expect(cli(['render', far, '--format', 'ics'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /field due: is not a day in the calendar between 1000-01-01 and 9999-12-30/,
      ),
    });
    const last = join(dir, 'last.coaching.jsonl');
    await writeFile(last, sample.replace('"due":"2026-12-04"', '"due":"9999-12-30"'));
    const ics = cli(['render', last, '--format', 'ics', '--today', '2026-11-22']);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('DTEND;VALUE=DATE:99991231');
    expect(ics.stdout).not.toMatch(/DTEND[^\r\n]*:\+/);
    const stamp = join(dir, 'stamp.coaching.jsonl');
    await writeFile(
      stamp,
      sample.replace(/"createdAt":"2026-\d\d-\d\d/, '"createdAt":"2026-02-31'),
    );
    expect(cli(['validate', stamp]).stderr).toContain(
      'field createdAt: is not a day in the calendar',
    );
    expect(cli(['render', SAMPLE, '--format', 'ics', '--today', '2026-02-30'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--today'),
    });
  });

  it('renders one track, and refuses unknown tracks and formats', () => {
    const parsed = parseSharedFile(readFileSync(SAMPLE));
    const track = parsed.ok
      ? parsed.records.find(
          (r) => r.type === 'track' && 'kind' in r && r.kind === 'pair-programming',
        )!
      : undefined;
    const md = cli(['render', SAMPLE, '--format', 'md', '--track', track!.id]);
    expect(md.stdout).toContain('Pairen op de facturatiemodule');
    expect(md.stdout).not.toContain('Acme');
    expect(cli(['render', SAMPLE, '--format', 'md', '--track', 'nope']).code).toBe(1);
    expect(cli(['render', SAMPLE, '--format', 'pdf'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('md|csv|ics'),
    });
  });

  it('prints statistics', () => {
    const run = cli(['stats', SAMPLE], { lang: 'nl' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Records: 40');
    expect(run.stdout).toContain('Met tegenstrijdige versies: 1');
  });

  it('as merge driver, leaves %A untouched and fails when a side cannot be read', async () => {
    const ours = join(dir, 'ours.coaching.jsonl');
    const original = mergeIntoSharedFile(undefined, [observation({ text: 'Ours' })]);
    await writeFile(ours, original);
    const run = cli(['merge-driver', ours, ours, hostile('malformed-json'), 'team.coaching.jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot merge team.coaching.jsonl');
    expect(await readFile(ours, 'utf8')).toBe(original);
  });
});
