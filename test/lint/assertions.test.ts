import { describe, expect, it } from 'vitest';
import { unassertedIn, unassertedTests } from './assertions';

/** A test that asserts nothing passes whatever the code does; the scan finds such tests. */
describe('tests without an assertion', () => {
  it('flags an it/test body with no expect or assert, including table tests', () => {
    const source = `
      it('only waits', async () => { await page.getByText(/a|b|c/).waitFor(); });
      test.each([1, 2])('checks %s', (n) => { run(n); });
      test.concurrent('runs', function () { go(); });
    `;
    expect(unassertedTests('x.test.ts', source).map((u) => [u.line, u.name])).toEqual([
      [2, 'only waits'],
      [3, 'checks %s'],
      [4, 'runs'],
    ]);
  });

  it('accepts expect, expect.poll, assert and helpers named expect…/assert…; ignores todo and skip', () => {
    const source = `
      it('a', () => { expect(1).toBe(1); });
      it('b', async () => { await expect.poll(() => 1).toBe(1); });
      test('c', () => { assert.equal(1, 1); });
      test('d', async () => { await expectNoAxeViolations(el); });
      test('e', async () => { await assertStored(store); });
      it.todo('later');
      it.skip('parked', () => { run(); });
      describe('group', () => { it('f', () => { expect.assertions(0); }); });
    `;
    expect(unassertedTests('y.test.ts', source)).toEqual([]);
  });

  it('no test in this repository lacks an assertion', () => {
    expect(unassertedIn('test')).toEqual([]);
  });
});
