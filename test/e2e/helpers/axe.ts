import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations in a page or frame, one line each: `rule: selectors`. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which forbids inline scripts on extension pages.
  await target.evaluate(axeSource);
  return target.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(c: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
