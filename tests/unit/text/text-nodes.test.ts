import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { TextNodeReader } from '../../../src/text/text-nodes';
import { DOSSIER_UI_ATTRIBUTE } from '../../../src/text/visibility';

function body(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body;
}

function read(root: Node, nodeBudget = Infinity): TextNodeReader {
  const reader = new TextNodeReader(root);
  while (!reader.advance(nodeBudget));
  return reader;
}

/** An open shadow root on `host` (linkedom has no attachShadow: the property the browser would give). */
function withShadow(host: Element, html: string): DocumentFragment {
  const doc = host.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const inner = doc.createElement('p');
  inner.innerHTML = html;
  fragment.appendChild(inner);
  Object.defineProperty(host, 'shadowRoot', { value: fragment });
  return fragment;
}

describe('TextNodeReader', () => {
  it('reads every text node with words, in order, and leaves out scripts, styles and whitespace between tags', () => {
    const root = body(`
      <h1>Talks in the capital</h1>
      <script>var leader = "someone";</script><style>p { color: red }</style>
      <p>The delegation <b>arrived</b> late<span hidden>, quietly</span>.</p>
      <noscript>Turn on scripts</noscript>
      <textarea>a draft</textarea>
      <div contenteditable="true"><p>typing</p></div><div contenteditable="false">shown</div>
      <p style="display: none">gone</p><span aria-hidden="true">icon</span><pre><code>x = 1</code></pre>
      <footer>The end</footer>
    `);
    // Text the model skips for other reasons goes where it touches a word ("late" and ", quietly",
    // "shown" and "typing", "gone" and "icon" meet with no whitespace between), and stays elsewhere:
    // more text only makes the look say "may name".
    expect(read(root).texts).toEqual(['Talks in the capital', 'The delegation ', 'arrived', ' late', '.', 'a draft', 'shown', 'gone', 'The end']);
  });

  it('reads in steps of a few nodes as in one go', () => {
    const root = body(Array.from({ length: 50 }, (_, i) => `<p>Paragraph <i>${i}</i></p>`).join('\n'));
    const stepped = new TextNodeReader(root);
    let steps = 0;
    while (!stepped.advance(3)) steps++;
    expect(steps).toBeGreaterThan(30);
    expect(stepped.texts).toEqual(read(root).texts);
  });

  it('joins the nodes with a space where whitespace stands at the boundary, in a node of its own or not', () => {
    expect(read(body('<p>One <b>two</b> three.</p>\n<p>(four)</p> <p>«five»</p>')).text()).toBe('One  two  three. (four) «five»');
  });

  it('reads a boundary without whitespace as the text model does: joined inline, broken at blocks and line breaks', () => {
    const cases: [string, string][] = [
      ['<p><span class="initial">P</span>resident Ramírez spoke.</p>', 'President Ramírez spoke.'],
      ['<p>Ra<b>mírez</b> left</p>', 'Ramírez  left'],
      ['<p>V<i>o</i>lk<b>s</b>republik</p>', 'Volksrepublik'],
      ['<p>The twelve<i>-point</i> paper, China<b>’s</b> plan</p>', 'The twelve-point  paper, China’s  plan'],
      ['<h2>The leader</h2><p>Xi spoke</p>', 'The leader\n\nXi spoke'],
      ['<p><b>P</b>utin</p><p>Moscow</p>', 'Putin\n\nMoscow'],
      ['<div>Putin<br>Moscow</div>', 'Putin\nMoscow'],
      ['<span>Pu</span><img src="x.png"><span>tin</span>', 'Putin'],
      ['<span>Pu</span><div></div><span>tin</span>', 'Pu\n\ntin'],
      // An invisible character at the boundary stands inside the word, as the model reads it.
      ['<p>Pu\u00AD<b>tin</b> and X\u200B<i>i</i></p>', 'Pu\u00ADtin  and X\u200Bi'],
    ];
    for (const [html, text] of cases) expect(read(body(html)).text(), html).toBe(text);
  });

  it('leaves out text the model skips where no whitespace stands around it', () => {
    expect(read(body('<p>John K<span hidden>(hidden)</span>irby spoke</p>')).text()).toBe('John Kirby spoke');
    expect(read(body('<p>Pu<span style="display:none">x</span><span aria-hidden="true">y</span>tin</p>')).text()).toBe('Putin');
    // Elsewhere it stays: more text only ever makes the look say "may name".
    expect(read(body('<p>Talks <span hidden>aside</span> ended.</p>')).text()).toBe('Talks  aside  ended.');
  });

  it('reads the open shadow roots of custom elements, but not those of Dossier\'s own card', () => {
    const root = body('<news-teaser></news-teaser><p>light</p><dossier-ui></dossier-ui>');
    const teaser = root.querySelector('news-teaser')!;
    const card = root.querySelector('dossier-ui')!;
    card.setAttribute(DOSSIER_UI_ATTRIBUTE, '');
    const shadow = withShadow(teaser, 'shadow <i>words</i>');
    withShadow(card, 'the card');
    const reader = read(root);
    expect(reader.texts).toEqual(expect.arrayContaining(['light', 'shadow ', 'words']));
    expect(reader.texts).not.toContain('the card');
    expect(reader.shadowRoots).toEqual([shadow]);
  });
});
