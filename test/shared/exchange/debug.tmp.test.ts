import fc from 'fast-check';
import { it } from 'vitest';
import { canonicalJson, mergeRecordSets } from '@coaching-notes/shared';
import { opArb, simulate } from './sim';
it('dbg', () => {
  const r = fc.check(
    fc.property(
      fc.array(opArb, { minLength: 1, maxLength: 25 }),
      fc.nat(),
      fc.nat(),
      fc.nat(),
      (ops, i, j, k) => {
        const s = simulate(ops);
        const [a, b, c] = [s[i % s.length]!, s[j % s.length]!, s[k % s.length]!];
        const m = (...x: any[]) => mergeRecordSets(x);
        return canonicalJson(m(m(a, b), c)) === canonicalJson(m(a, m(b, c)));
      },
    ),
    { numRuns: 2000, seed: 1 },
  );
  if (r.failed) {
    const [ops, i, j, k] = r.counterexample!;
    const s = simulate(ops);
    const [a, b, c] = [s[i % s.length]!, s[j % s.length]!, s[k % s.length]!];
    const show = (x: any[]) =>
      x.map((q) =>
        JSON.stringify({
          id: q.id.slice(-1),
          rev: q.rev,
          t: q.text,
          u: q.updatedAt.slice(11, 16),
          d: q.deleted,
          c: q.conflicts?.map((z: any) => [z.fields.text, z.updatedAt.slice(11, 16)]),
        }),
      );
    console.log(JSON.stringify(ops));
    console.log('A', show(a));
    console.log('B', show(b));
    console.log('C', show(c));
    const m = (...x: any[]) => mergeRecordSets(x);
    console.log('AB', show(m(a, b)), 'ABC', show(m(m(a, b), c)));
    console.log('BC', show(m(b, c)), 'A_BC', show(m(a, m(b, c))));
  }
});
