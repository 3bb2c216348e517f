/**
 * `npm run dev` / `npm run dev:firefox`: WXT's dev mode, which opens a browser window with live
 * reload. Without a display that browser cannot start and WXT fails later with ECONNRESET; this
 * says why in one line instead, and what to run.
 */
import { spawnSync } from 'node:child_process';
import { hasDisplay } from './display';

const args = process.argv.slice(2);
if (!hasDisplay()) {
  console.error(
    'dossier: `npm run dev` opens a browser window, and there is no display here (DISPLAY is not set); ' +
      'use `npm run build` and load .output/chrome-mv3, or `npm run demo -- --headless --screenshots DIR`.',
  );
  process.exit(2);
}
const result = spawnSync('wxt', args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
