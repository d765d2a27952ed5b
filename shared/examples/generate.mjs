#!/usr/bin/env node
// Writes team.coaching.jsonl from team.ts: node shared/examples/generate.mjs
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const entry = `
import { teamExample } from './team';
import { mergeIntoSharedFile } from '../src/exchange';
// Exported like a coach would: private observations stay out.
export const text = mergeIntoSharedFile(undefined, teamExample());
`;
const result = await build({
  stdin: { contents: entry, resolveDir: here, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { text } = await import(url);
await writeFile(new URL('team.coaching.jsonl', import.meta.url), text);
console.log(`wrote ${fileURLToPath(new URL('team.coaching.jsonl', import.meta.url))}`);
