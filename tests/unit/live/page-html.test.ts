import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HtmlNoLongerWanted, outerHtmlInSlices } from '../../../src/live/page-html';
import { SliceClock } from '../../../src/live/slice-clock';

// linkedom, not a browser: it writes a no-break space as `&#160;` and SVG children self-closed, so the
// page here has neither; bench/header-html.ts checks the slices against Chromium's outerHTML on the corpus.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title>
<style>p > a { color: red }</style><script>if (a < b && c > d) {}</script></head>
<body class="x" data-note="&quot;quoted&quot; &amp; more"><main id="m"><!-- a comment --><h1>Talks &lt;live&gt;</h1>
<p>Xi Jinping met <b>Vladimir <i>Putin</i></b> &amp; aides.</p><ul>${'<li><a href="/x?a=1&amp;b=2">item</a> text</li>'.repeat(20)}</ul>
<textarea>a <b> c</textarea><template><p>inert</p></template>
<noscript><img src="x.png"></noscript><br><img alt="a > b"></main><footer>end</footer></body></html>`;

/** A clock whose every slice is used up at once: the serialiser looks at it between every two children. */
function busyClock() {
  let now = 0;
  let pauses = 0;
  const clock = new SliceClock(1, () => (now += 2), async () => {
    pauses++;
  });
  return { clock, pauses: () => pauses };
}

describe('outerHtmlInSlices', () => {
  it('gives the text of outerHTML, piece for piece, taking every subtree apart', async () => {
    const { document } = parseHTML(PAGE);
    const { clock, pauses } = busyClock();
    const html = await outerHtmlInSlices(document.documentElement, clock, { wholeSubtreeElements: 0 });
    expect(html).toBe(document.documentElement.outerHTML);
    expect(pauses()).toBeGreaterThan(20);
  });

  it('serialises a small page whole, in one call', async () => {
    const { document } = parseHTML(PAGE);
    const { clock, pauses } = busyClock();
    expect(await outerHtmlInSlices(document.documentElement, clock)).toBe(document.documentElement.outerHTML);
    expect(pauses()).toBe(0);
  });

  it('stops at the next pause once the HTML is no longer wanted', async () => {
    const { document } = parseHTML(PAGE);
    const { clock, pauses } = busyClock();
    let wanted = true;
    const run = outerHtmlInSlices(document.documentElement, clock, { wholeSubtreeElements: 0, wanted: () => wanted });
    wanted = false;
    await expect(run).rejects.toBeInstanceOf(HtmlNoLongerWanted);
    expect(pauses()).toBe(1);
  });
});
