import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlInPieces } from '../../../src/live/html-in-pieces';
import { SliceClock } from '../../../src/live/slice-clock';

/** A page with more children than one piece holds, text that needs escaping, a script and comments. */
const PAGE = `<!DOCTYPE html><html lang="de"><head><title>A &amp; B</title><script>if (a < b && c > d) {}</script></head><body class="x">
${Array.from({ length: 400 }, (_, i) => `<p id="p${i}">Absatz ${i}: 3 &lt; 4 &amp; „Zitat“&nbsp;hier <b>fett</b></p><!-- note ${i} -->`).join('\n')}
<ul>${Array.from({ length: 30 }, (_, i) => `<li data-k="a&quot;${i}">item ${i}</li>`).join('')}</ul>
<br><img src="x.png" alt="a < b"></body></html>`;

describe('htmlInPieces', () => {
  it('serialises a document as outerHTML does, handing the thread back between pieces', async () => {
    const { document } = parseHTML(PAGE);
    let turns = 0;
    let now = 0;
    // A clock whose every slice is used up: the page gets a turn between every two pieces.
    const clock = new SliceClock(1, () => (now += 2), async () => { turns++; });
    const html = await htmlInPieces(document.documentElement, clock);
    expect(html).toBe(document.documentElement.outerHTML);
    expect(turns).toBeGreaterThan(50);
  });
});
