import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Highlighter } from '../../../src/highlight/highlighter';
import { MARK_LAYER, MarkSheet, markSheetText, sheetDecoration } from '../../../src/highlight/mark-sheet';
import { markStyle } from '../../../src/highlight/mark-style';

describe('markSheetText', () => {
  const text = markSheetText(new Map([['xi', '#d14b3f'], ['putin', '#0072b2']]));

  it('holds one rule per entity, in a cascade layer of its own, each declaration important', () => {
    expect(text.startsWith(`@layer ${MARK_LAYER} {`)).toBe(true);
    expect(text).toContain(`mark[data-dossier-mark][data-entity="xi"]:not(#_#_#_#_#_#_#_#_#_#_) { ${markStyle('#d14b3f')} }`);
    expect(text).toContain(`[data-entity="putin"]`);
    // And a rule for a mark whose entity it does not know, with the fallback colour.
    expect(text).toContain(`mark[data-dossier-mark]:not(#_#_#_#_#_#_#_#_#_#_) { ${markStyle('')} }`);
  });

  it('keeps a user\'s entity id inside its string: no way out of the selector', () => {
    const hostile = markSheetText(new Map([['a"] , body { display: none } x[y="\\', '#123456']]));
    expect(hostile).toContain('[data-entity="a\\"] , body { display: none } x[y=\\"\\\\"]');
    expect(markSheetText(new Map([['line\nbreak', '#123456']]))).toContain('"line\\a break"');
  });

  it('follows the highlight style', () => {
    expect(markSheetText(new Map([['xi', '#d14b3f']]), 'underline')).toContain('background-color: transparent');
  });
});

describe('MarkSheet where no style sheet can be constructed (linkedom)', () => {
  it('is not available, and marks carry their style inline as before', () => {
    const { document } = parseHTML('<html><body><p>Xi Jinping spoke.</p></body></html>');
    const sheet = new MarkSheet(document);
    expect(sheet.available).toBe(false);
    const decoration = sheetDecoration(sheet, new Map([['xi', '#d14b3f']]));
    expect(decoration.sharedStyle!(document.body)).toBe(false);
    const highlighter = new Highlighter(decoration);
    const paragraph = document.querySelector('p')!;
    const model = { domRangesOf: () => [{ node: paragraph.firstChild as Text, start: 0, end: 10 }] };
    const [marked] = highlighter.highlightMentions(model as never, [{ start: 0, end: 10, entityId: 'xi', text: 'Xi Jinping' }]);
    expect(marked!.marks[0]!.getAttribute('style')).toBe(markStyle('#d14b3f'));
    sheet.remove();
  });
});
