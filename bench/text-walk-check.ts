/**
 * In a page, bundled as an IIFE (`window.TextWalkCheck`): the text model read by the text-node walk
 * against the every-node walk, on the page's own DOM as Chromium parsed it. Where they differ, says
 * where first (text, piece, node offsets); null when they are the same.
 */
import { buildTextModel, TextModelBuilder, type TextModel, type TextWalkKind } from '../src/text/text-model';

function difference(a: TextModel, b: TextModel): string | null {
  if (a.text !== b.text) {
    let at = 0;
    while (at < a.text.length && a.text[at] === b.text[at]) at++;
    return `text at ${at}: ${JSON.stringify(a.text.slice(Math.max(0, at - 40), at + 40))} / ${JSON.stringify(b.text.slice(Math.max(0, at - 40), at + 40))}`;
  }
  if (a.pieces.length !== b.pieces.length) return `${a.pieces.length} pieces / ${b.pieces.length}`;
  for (let i = 0; i < a.pieces.length; i++) {
    const p = a.pieces[i]!;
    const q = b.pieces[i]!;
    if (p.node !== q.node || p.start !== q.start || p.end !== q.end || p.nodeShift !== q.nodeShift
      || String(p.nodeOffsets ?? 'null') !== String(q.nodeOffsets ?? 'null')) return `piece ${i}`;
  }
  return null;
}

/** Both walks over the body, as the page scanner reads it (open shadow roots included) and without them. */
function compare(): { walk: TextWalkKind | null; textLength: number; shadowRoots: string | null; plain: string | null } {
  const root = document.body;
  const builder = new TextModelBuilder(root, { shadowRoots: true });
  const read = builder.build();
  const plain = buildTextModel(root, { walk: 'text-nodes' });
  return {
    walk: builder.walkKind,
    textLength: read.text.length,
    shadowRoots: difference(buildTextModel(root, { walk: 'every-node', shadowRoots: true }), read),
    plain: difference(buildTextModel(root, { walk: 'every-node' }), plain),
  };
}

/** One read of the body, timed, as the first code to run in a fresh page: which walk, with or without the search for shadow roots. */
function timeRead(walk: TextWalkKind, shadowRoots: boolean): { ms: number; textLength: number } {
  const started = performance.now();
  const model = buildTextModel(document.body, { walk, shadowRoots });
  return { ms: performance.now() - started, textLength: model.text.length };
}

declare global {
  interface Window {
    TextWalkCheck: { compare: typeof compare; timeRead: typeof timeRead };
  }
}

window.TextWalkCheck = { compare, timeRead };
