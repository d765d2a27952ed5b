import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRevisions } from '@coaching-notes/shared';
// eslint-disable-next-line no-restricted-imports -- white-box test of an internal module
import {
  exceedsUtf8Bytes,
  jsonNestingDepth,
  nestsDeeperThan,
} from '../../../shared/src/exchange/safety';

describe('size and revision checks on the read path', () => {
  it('counts UTF-8 bytes as TextEncoder does, lone surrogates as U+FFFD (fast-check)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.nat({ max: 4 }),
        (text, slack) => {
          const bytes = encoder.encode(text).length;
          // Limits near the real size, where the count (not the cheap bounds) decides.
          for (const max of [bytes - 1 - slack, bytes - 1, bytes, bytes + slack]) {
            if (max < 0 || text.length > max || text.length * 3 <= max) continue;
            expect(exceedsUtf8Bytes(text, max), `${JSON.stringify(text)} ${max}`).toBe(bytes > max);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds a line nesting deeper than the limit exactly as the full scan does, brackets in strings included (fast-check)', () => {
    const text = fc.oneof(
      fc.json({ depthSize: 'large' }),
      fc.stringMatching(/^[[\]{}"a\\,:]{0,40}$/),
    );
    fc.assert(
      fc.property(text, fc.nat({ max: 8 }), (line, max) => {
        expect(nestsDeeperThan(line, max)).toBe(jsonNestingDepth(line) > max);
      }),
      { numRuns: 3000 },
    );
  });

  it('orders revisions like the pointwise comparison, with missing actors as 0 (fast-check)', () => {
    const rev = fc.dictionary(fc.constantFrom('anna', 'bram', 'cor'), fc.nat({ max: 3 }));
    fc.assert(
      fc.property(rev, rev, (a, b) => {
        const actors = [...new Set([...Object.keys(a), ...Object.keys(b)])];
        const ahead = actors.some((k) => (a[k] ?? 0) > (b[k] ?? 0));
        const behind = actors.some((k) => (b[k] ?? 0) > (a[k] ?? 0));
        const expected =
          ahead && behind ? 'concurrent' : ahead ? 'after' : behind ? 'before' : 'equal';
        expect(compareRevisions(a, b)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
