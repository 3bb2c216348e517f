/** Where two text models of the same DOM first differ, or null when they are the same: text, pieces, node offsets. */
import type { TextModel } from '../../src/text/text-model';

export function textModelDifference(a: TextModel, b: TextModel): string | null {
  if (a.text !== b.text) {
    let at = 0;
    while (at < a.text.length && a.text[at] === b.text[at]) at++;
    return `text differs at ${at}: ${JSON.stringify(a.text.slice(Math.max(0, at - 30), at + 30))} / ${JSON.stringify(b.text.slice(Math.max(0, at - 30), at + 30))}`;
  }
  if (a.pieces.length !== b.pieces.length) return `${a.pieces.length} pieces / ${b.pieces.length}`;
  for (let i = 0; i < a.pieces.length; i++) {
    const p = a.pieces[i]!;
    const q = b.pieces[i]!;
    const same = p.node === q.node && p.start === q.start && p.end === q.end && p.nodeShift === q.nodeShift
      && String(p.nodeOffsets ?? 'null') === String(q.nodeOffsets ?? 'null');
    if (!same) return `piece ${i} differs: ${JSON.stringify([p.start, p.end, p.nodeShift, p.node.data.slice(0, 40)])} / ${JSON.stringify([q.start, q.end, q.nodeShift, q.node.data.slice(0, 40)])}`;
  }
  return null;
}
