import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  foldLine,
  isTombstone,
  renderActionsCsv,
  renderIcs,
  renderMarkdown,
  renderSessionMarkdown,
  type Action,
  type Observation,
  type Session,
  type StoredRecord,
} from '@coaching-notes/shared';
import { teamExample } from '../../../shared/examples/team';

/**
 * markdown-it (installed with @vscode/vsce): a CommonMark parser with raw HTML enabled. Bare
 * URLs may still be auto-linked by GFM viewers; a link to the text itself is not an injection.
 */
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: object) => {
  render(text: string): string;
};
const md = new MarkdownIt({ html: true });

const all = teamExample();
const find = <T extends StoredRecord>(predicate: (r: StoredRecord) => boolean) =>
  all.find(predicate) as T;
const acme = find((r) => r.type === 'session' && 'title' in r && r.title.includes('Acme'));

describe('Markdown', () => {
  it('renders text that looks like Markdown or HTML literally (fast-check, real parser)', () => {
    const tricky = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '**bold** _it_ `code`',
        '[x](javascript:alert(1))',
        '# title',
        '1. one',
        '- item',
        '> quote',
        '![img](a.png)',
        '| a | b |',
        '&amp; &lt;',
        '~~gone~~',
        '<img src=x onerror=alert(1)>',
        '---',
        '@ruben :smile: $x$',
      ),
    );
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 3 }), (parts) => {
        const text = parts.join(' ').replace(/[\r\n]/g, ' ');
        const html = md.render(`- ${escapeMarkdown(text)}\n`);
        const tags = [...html.matchAll(/<(\/?[a-z0-9]+)/g)].map((m) => m[1]);
        expect(new Set(tags)).toEqual(new Set(['ul', 'li', '/li', '/ul']));
        const inner = html.replace(/^<ul>\n<li>|<\/li>\n<\/ul>\n$/g, '');
        expect(decode(inner)).toBe(text.replace(/\t/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });

  it('renders text starting with four spaces as text, not as a code block (real parser)', () => {
    const code = '    if (x < 1) return *y*;\n    next line';
    expect(md.render(`${escapeMarkdown(code)}\n`)).toBe(
      '<p>if (x &lt; 1) return *y*;<br>next line</p>\n',
    );
    const acmeSession = acme as Session;
    const session: Session = {
      ...acmeSession,
      after: { ...acmeSession.after, feedback: { ...acmeSession.after.feedback, note: code } },
    };
    const html = md.render(
      renderSessionMarkdown([...all.filter((r) => r.id !== acme.id), session], acme.id, 'en'),
    );
    expect(html).not.toMatch(/<pre>|<code>if/);
    // The session's feedback note breaks its lines with a Markdown hard break.
    expect(html).toMatch(/<p>if \(x &lt; 1\) return \*y\*;<br>\s*next line<\/p>/);
    expect(md.render(`- ${escapeMarkdown('     indented tip')}\n`)).toBe(
      '<ul>\n<li>indented tip</li>\n</ul>\n',
    );
  });

  it('keeps multi-line notes inside their list item', () => {
    const html = md.render(`- ${escapeMarkdown('first\n- second\n# third')}\n`);
    expect(html).toBe('<ul>\n<li>first<br>- second<br># third</li>\n</ul>\n');
  });

  it('renders a track with goals, sessions, tops before tips and an actions table (nl)', () => {
    const text = renderMarkdown(all, { locale: 'nl' });
    expect(text).toContain('# Klantgesprekken Daan — najaar 2026');
    expect(text).toContain('## Doelen');
    const acmePart = text.slice(text.indexOf('Verlengingsgesprek Acme'));
    expect(acmePart.indexOf('##### Tops')).toBeLessThan(acmePart.indexOf('##### Tips'));
    expect(text).toContain('| Actiepunt | Eigenaar | Uiterlijk | Status |');
    expect(text).toContain('#### Nabespreking');
    expect(text).toContain('`+1:30` Opent met het doel');
    expect(text).toContain('(src/btw/berekening.ts:42)');
  });

  it('renders in English, and leaves private observations out unless asked', () => {
    const text = renderMarkdown(all, { locale: 'en' });
    expect(text).toContain('## Goals');
    expect(text).toContain('#### Debrief');
    expect(text).not.toContain('nerveus');
    expect(renderMarkdown(all, { locale: 'en', includePrivate: true })).toContain('nerveus');
  });

  it('shows both wordings of a conflicted record', () => {
    const text = renderMarkdown(all, { locale: 'en' });
    expect(text).not.toContain('Conflicting version'); // actions show the current wording only
    const obs = all.find((r) => r.type === 'observation' && !isTombstone(r))!;
    const conflicted = {
      ...obs,
      conflicts: [
        {
          rev: { z: 1 },
          updatedAt: '2026-01-02T00:00:00.000Z',
          fields: { ...obs, text: 'Other wording' },
        },
      ],
    };
    for (const key of ['type', 'id', 'createdAt', 'updatedAt', 'rev'])
      delete (conflicted.conflicts[0]!.fields as Record<string, unknown>)[key];
    const rendered = renderMarkdown(
      all.map((r) => (r.id === obs.id ? (conflicted as StoredRecord) : r)),
      { locale: 'en' },
    );
    expect(rendered).toContain('_Conflicting version from 2026-01-02:_ Other wording');
  });

  it('a multi-line debrief answer or note has no raw <br> and stays in its list item', () => {
    const base = acme as Session;
    const session = {
      ...base,
      after: {
        ...base.after,
        debrief: { 'went-well': 'Calm opening\n- then a clear agenda' },
        feedback: { topIds: [], tipIds: [], note: 'Two things:\nfirst, second' },
      },
    };
    const text = renderSessionMarkdown(
      all.map((r) => (r.id === acme.id ? session : r)),
      acme.id,
      'en',
    );
    expect(text).not.toContain('<br>');
    const html = md.render(text);
    expect(html).toMatch(
      /<li><strong>[^<]+<\/strong> Calm opening<br>\n- then a clear agenda<\/li>/,
    );
  });

  it('picked tops and tips are under Feedback: shared ones always, private ones only in the coach’s own copy', () => {
    const observations = all.filter(
      (r): r is Observation =>
        r.type === 'observation' && !isTombstone(r) && (r as Observation).sessionId === acme.id,
    );
    const shared = observations.find((o) => o.visibility === 'shared')!;
    const secret = observations.find((o) => o.visibility === 'private')!;
    const base = acme as Session;
    const session: Session = {
      ...base,
      after: { ...base.after, feedback: { topIds: [shared.id], tipIds: [secret.id] } },
    };
    const records = all.map((r) => (r.id === acme.id ? session : r));
    const feedbackOf = (text: string) => text.slice(text.indexOf('## Feedback'));
    const published = renderSessionMarkdown(records, acme.id, 'en');
    expect(feedbackOf(published)).toContain(shared.text.slice(0, 20));
    expect(published).not.toContain(secret.text.slice(0, 20));
    const own = renderSessionMarkdown(records, acme.id, 'en', { privatePicks: [secret] });
    expect(feedbackOf(own)).toContain(secret.text.slice(0, 20));
  });

  it('renders one track or one session', () => {
    const pairing = find((r) => r.type === 'track' && 'title' in r && r.title.startsWith('Pairen'));
    const text = renderMarkdown(all, { locale: 'nl', trackId: pairing.id });
    expect(text).toContain('# Pairen op de facturatiemodule');
    expect(text).not.toContain('Acme');
    const session = renderSessionMarkdown(all, acme.id, 'nl');
    expect(session.startsWith('# 2026-10-12 — Verlengingsgesprek Acme Logistics')).toBe(true);
  });
});

describe('CSV of actions', () => {
  const csv = renderActionsCsv(all, { locale: 'nl' });

  it('starts with a UTF-8 byte-order mark, uses ; and CRLF', () => {
    expect(csv.startsWith('\uFEFFActiepunt;Eigenaar;Uiterlijk;Status;Traject;')).toBe(true);
    expect(csv.split('\r\n').length).toBe(all.filter((r) => r.type === 'action').length + 2);
  });

  it('quotes fields and defuses formulas so Excel shows them as text', () => {
    const action = find<Action>((r) => r.type === 'action');
    const nasty = { ...action, text: '=HYPERLINK("http://x";"klik"); zeg "hoi"\nnieuwe regel' };
    const out = renderActionsCsv([nasty], { locale: 'en' });
    const row = parseCsv(out.slice(1), ';')[1]!;
    expect(row[0]).toBe(`'${nasty.text}`);
  });
});

describe('iCalendar', () => {
  const ics = renderIcs(all, { locale: 'nl', now: new Date('2026-11-22T08:00:00Z') });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

  it('parses with ical.js and lists upcoming check-ins, follow-ups and due actions', () => {
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain('Check-in: Kennismaking Bouwbedrijf Smit');
    expect(summaries).toContain('Opvolggesprek: Klantgesprekken Daan — najaar 2026');
    expect(summaries.some((s) => s.startsWith('Actiepunt verloopt: Drie open vragen'))).toBe(true);
    expect(summaries.some((s) => s.includes('gespreksdoel'))).toBe(false); // done, not listed
    expect(summaries.some((s) => s.includes('Gesprek met de medewerker'))).toBe(false); // past
  });

  it('gives stable UIDs and all-day dates', () => {
    const smit = events.find((e) => e.summary.startsWith('Check-in'))!;
    expect(smit.uid).toMatch(/^session-[0-9a-f-]+@coaching-notes$/);
    expect(smit.startDate.isDate).toBe(true);
    expect(smit.startDate.toString()).toBe('2026-12-07');
    expect(renderIcs(all, { locale: 'nl', now: new Date('2026-11-22T08:00:00Z') })).toBe(ics);
  });

  it('folds long lines at 75 octets and escapes text so it round-trips', () => {
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const action = find<Action>((r) => r.type === 'action');
    const text = 'Eén; twee, drie\\vier\nvijf — '.repeat(8) + '🎉';
    const out = renderIcs([{ ...action, text, status: 'open', due: '2027-01-05' }], {
      locale: 'en',
      now: new Date('2026-11-22T00:00:00Z'),
    });
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toBe(`Action due: ${text}`);
  });

  it('never splits a multi-byte character when folding', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.join('').replace(/ /g, '')).toBe(line.replace(/ /g, ''));
    for (const part of folded)
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});

function decode(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A small RFC 4180 reader for checking our output. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === sep) endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else cell += c;
  }
  return rows;
}
