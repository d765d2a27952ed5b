#!/usr/bin/env node
// The coaching-notes CLI. dist/cli.js is built by `npm run build -w shared` (esbuild).
import { main } from '../dist/cli.js';

await main();
