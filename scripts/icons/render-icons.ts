/**
 * Renders Dossier's mark (dossier-mark.ts) to the PNG sizes the manifest and the toolbar states use,
 * with resvg. Run by the WXT build (wxt.config.ts, hook `build:publicAssets`), so the images always
 * follow the SVG and no binary copies are kept in the repository.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TOOLBAR_ICON_SIZES, TOOLBAR_ICON_STATES, toolbarIconFile } from '../../src/messaging/toolbar-icon';
import { dossierMarkSvg } from './dossier-mark';

export interface RenderedIcon {
  /** Where the PNG was written. */
  absoluteSrc: string;
  /** Where it goes in the extension, e.g. `icons/on-16.png`. */
  relativeDest: string;
}

export function renderIcons(outDir: string): RenderedIcon[] {
  const rendered: RenderedIcon[] = [];
  for (const state of TOOLBAR_ICON_STATES) {
    for (const size of TOOLBAR_ICON_SIZES) {
      const relativeDest = toolbarIconFile(state, size);
      const absoluteSrc = path.join(outDir, relativeDest);
      mkdirSync(path.dirname(absoluteSrc), { recursive: true });
      // Drawn at its size, not scaled down from 128: resvg hints each size from the vector itself.
      const png = new Resvg(dossierMarkSvg(state, size), { fitTo: { mode: 'width', value: size } }).render().asPng();
      writeFileSync(absoluteSrc, png);
      rendered.push({ absoluteSrc, relativeDest });
    }
  }
  return rendered;
}
