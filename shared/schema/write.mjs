// Writes coaching-record.schema.json from the valibot schemas (see generate.ts).
// esbuild (a dev dependency) turns the TypeScript into one module Node can import.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const out = await build({
  entryPoints: [here('generate.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const code = out.outputFiles[0].text;
const { buildJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const target = here('coaching-record.schema.json');
const text = await prettier.format(JSON.stringify(buildJsonSchema()), {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});
await writeFile(target, text);
console.log(`wrote ${target}`);
