#!/usr/bin/env node
// Runs the CLI bundle that `npm ci` builds once (the `prepare` script, `npm run build:cli`), so a run
// starts without compiling any TypeScript.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('dossier: the command line is not built yet; run `npm run build:cli` (npm ci does it) in the Dossier folder\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
