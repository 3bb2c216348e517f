import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextModel, TextModelBuilder } from '../../../src/text/text-model';

function page(body: string) {
  return parseHTML(`<!doctype html><html><head><title>Ignored title</title></head><body>${body}</body></html>`).document;
}

describe('buildTextModel', () => {
  it('keeps paragraphs apart and inline markup together', () => {
    const doc = page('<p>The talks in <b>Moscow</b> ended.</p><p>Next day</p><ul><li>one</li><li>two</li></ul>');
    expect(buildTextModel(doc.body).text).toBe('The talks in Moscow ended.\n\nNext day\n\none\n\ntwo');
  });

  it('skips scripts, styles, form fields, code, editors, hidden and aria-hidden parts', () => {
    const doc = page(`
      <p>Seen</p><script>var putin = 1</script><style>p{}</style><noscript>no</noscript>
      <textarea>Putin typed</textarea><input value="Putin"><div contenteditable="true">Putin draft</div>
      <pre><code>Putin()</code></pre><div hidden>gone</div><div aria-hidden="true">gone too</div>
      <div style="display: none">none</div><div class="cm-editor">editor text</div><template><p>t</p></template>
      <svg><text>chart</text></svg><p>Also seen</p>`);
    expect(buildTextModel(doc.body).text).toBe('Seen\n\nAlso seen');
  });

  it('does not read the <title>', () => {
    const doc = page('<p>Body</p>');
    expect(buildTextModel(doc).text).toBe('Body');
  });

  it('turns <br> into a line break', () => {
    expect(buildTextModel(page('<p>first<br>second</p>').body).text).toBe('first\nsecond');
  });

  it('drops soft hyphens and zero-width characters but maps offsets back to the node', () => {
    const doc = page('<p>Presi\u00ADdent Pu\u200Btin spoke</p>');
    const model = buildTextModel(doc.body);
    expect(model.text).toBe('President Putin spoke');
    const start = model.text.indexOf('Putin');
    const [range] = model.domRangesOf({ start, end: start + 5 });
    expect(range!.node.data.slice(range!.start, range!.end)).toBe('Pu\u200Btin');
  });

  it('treats whitespace-only nodes with invisibles as the same whitespace without them', () => {
    // U+FEFF counts as whitespace and is dropped as invisible; a zero-width space in spaces is dropped too.
    const doc = page('<p>\uFEFF <b>Xi</b>\u00A0\uFEFF<i>Jinping</i> \u200B <b>said</b>\n</p>\n\u200B\n<p>\t\uFEFFnext</p>');
    const model = buildTextModel(doc.body);
    expect(model.text).toBe('Xi\u00A0Jinping  said\n\nnext');
    const start = model.text.indexOf('Jinping');
    const ranges = model.domRangesOf({ start: 0, end: start + 'Jinping'.length });
    expect(ranges.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['Xi', '\u00A0', 'Jinping']);
    const said = model.text.indexOf('said');
    expect(model.domRangesOf({ start: start, end: said + 4 }).map((r) => r.node.data.slice(r.start, r.end))).toEqual(['Jinping', ' \u200B ', 'said']);
  });

  it('maps a span across inline elements to one range per text node, its spaces included', () => {
    const doc = page('<p>Said <a href="#">Xi</a> Jinping today</p>');
    const model = buildTextModel(doc.body);
    const start = model.text.indexOf('Xi Jinping');
    const ranges = model.domRangesOf({ start, end: start + 'Xi Jinping'.length });
    expect(ranges.map((r) => r.node.data.slice(r.start, r.end))).toEqual(['Xi', ' Jinping']);
  });

  it('covers whitespace wherever it sits between the words of a span, and nothing past them', () => {
    const cases: [string, string[]][] = [
      ['<p>President Xi  <span>Jinping</span> said</p>', ['Xi  ', 'Jinping']],
      ['<p>President <b>Xi</b> <i>Jinping</i> said</p>', ['Xi', ' ', 'Jinping']],
      ['<p>President <b>Xi </b><i> \u200BJinping</i> said</p>', ['Xi ', ' \u200BJinping']],
      ['<p>President Xi<span> </span><span> </span>Jinping</p>', ['Xi', ' ', ' ', 'Jinping']],
    ];
    for (const [html, expected] of cases) {
      const model = buildTextModel(page(html).body);
      const start = model.text.indexOf('Xi');
      const end = model.text.indexOf('Jinping') + 'Jinping'.length;
      const ranges = model.domRangesOf({ start, end });
      expect(ranges.map((r) => r.node.data.slice(r.start, r.end))).toEqual(expected);
      expect(model.domRangesOf({ start, end: start + 2 }).map((r) => r.node.data.slice(r.start, r.end))).toEqual(['Xi']);
    }
  });

  it('leaves whitespace at a block edge out of every range', () => {
    const model = buildTextModel(page('<p>  Putin  </p><p>  Xi <b> </b></p>').body);
    expect(model.text).toBe('Putin\n\nXi');
    const covered = model.pieces.map((p) => p.node.data.slice(p.nodeShift, p.nodeShift + p.end - p.start));
    expect(covered).toEqual(['Putin', 'Xi']);
  });

  it('reads open shadow roots only when asked', () => {
    const doc = page('<div id="host"></div><p>after</p>');
    const host = doc.getElementById('host')!;
    // linkedom has no attachShadow; emulate the open shadow root the browser would give.
    const fragment = doc.createDocumentFragment();
    const inner = doc.createElement('p');
    inner.textContent = 'inside';
    fragment.appendChild(inner);
    Object.defineProperty(host, 'shadowRoot', { value: fragment });
    expect(buildTextModel(doc.body).text).toBe('after');
    expect(buildTextModel(doc.body, { shadowRoots: true }).text).toBe('inside\n\nafter');
  });

  it('reads whitespace alike whether it shares a node with words or not', () => {
    const whole = page('<p>Talks.</p><p>  He met Putin  </p><p>Then  more</p>');
    const split = page('<p>Talks.</p><p>  He met <mark>Putin</mark>  </p><p>Then<i>  </i>more</p>');
    expect(buildTextModel(whole.body).text).toBe('Talks.\n\nHe met Putin\n\nThen  more');
    expect(buildTextModel(split.body).text).toBe(buildTextModel(whole.body).text);
  });

  it('maps offsets past dropped leading whitespace', () => {
    const doc = page('<p>\n   Putin arrived</p>');
    const model = buildTextModel(doc.body);
    const [range] = model.domRangesOf({ start: 0, end: 5 });
    expect(range!.node.data.slice(range!.start, range!.end)).toBe('Putin');
  });

  it('can be built in small steps with the same result', () => {
    const body = Array.from({ length: 50 }, (_, i) => `<p>Paragraph <i>${i}</i> text</p>`).join('');
    const doc = page(body);
    const builder = new TextModelBuilder(doc.body);
    let steps = 0;
    while (!builder.advance(7)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.build().text).toBe(buildTextModel(doc.body).text);
  });

  // What a walk that reads text nodes alone must still see between two of them (issue 12).
  it('breaks at empty blocks and <br> between texts, not at skipped blocks', () => {
    const cases: [string, string][] = [
      ['<div>one<div></div>two</div>', 'one\n\ntwo'],
      ['<div>one<span><div><img></div></span>two</div>', 'one\n\ntwo'],
      ['<div>one<div hidden>gone</div>two</div>', 'onetwo'],
      ['<p>one<br hidden>two</p>', 'one\ntwo'],
      ['<p>one <b> </b><br> two</p>', 'one\ntwo'],
      ['<p>one<span><br></span><i></i>two</p>', 'one\ntwo'],
      ['<p>one<hr>two</p><p> three </p>', 'one\n\ntwo\n\nthree'],
      ['<p>one<script>x</script><svg><text>y</text></svg>two</p>', 'onetwo'],
      ['<div>one<p> </p> two</div>', 'one\n\ntwo'],
      ['<span>one</span><!-- c --><span> two</span>', 'one two'],
      ['<ul><li>a<ul><li>b</li></ul>c</li></ul>', 'a\n\nb\n\nc'],
    ];
    for (const [html, text] of cases) expect(buildTextModel(page(html).body).text).toBe(text);
  });

  it('reads nothing inside a <br>, nor under a skipped root', () => {
    const doc = page('<p id="p" hidden>gone</p><p>kept<br id="br">x</p>');
    doc.getElementById('br')!.appendChild(doc.createTextNode('inside'));
    expect(buildTextModel(doc.body).text).toBe('kept\nx');
    expect(buildTextModel(doc.getElementById('p')!).text).toBe('');
  });
});
