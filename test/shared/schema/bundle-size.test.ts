import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

/** Budget for the validator in the panel bundle (measured 5.0 kB gzipped when written). */
const BUDGET_GZIPPED_BYTES = 7_000;

it('validateRecord stays small in a minified bundle', async () => {
  const schema = fileURLToPath(new URL('../../../shared/src/model/schema.ts', import.meta.url));
  const out = await build({
    stdin: {
      contents: `import { validateRecord } from ${JSON.stringify(schema)}; globalThis.v = validateRecord;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const bytes = gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
  expect(bytes).toBeLessThan(BUDGET_GZIPPED_BYTES);
});
