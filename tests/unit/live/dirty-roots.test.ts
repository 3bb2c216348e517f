import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dirtyRootsOf, type MutationLike } from '../../../src/live/dirty-roots';

function page(html: string): Document {
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

const added = (target: Node, ...nodes: Node[]): MutationLike => ({ type: 'childList', target, addedNodes: nodes });

describe('dirtyRootsOf', () => {
  it('returns added elements, and the parent of added or changed text', () => {
    const doc = page('<article><p id="a">One</p><p id="b">Two <b id="c">three</b></p></article>');
    const a = doc.getElementById('a')!;
    const c = doc.getElementById('c')!;
    const roots = dirtyRootsOf([
      added(doc.querySelector('article')!, a),
      { type: 'characterData', target: c.firstChild!, addedNodes: [] },
    ]);
    expect(roots.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('keeps only the outermost of nested roots', () => {
    const doc = page('<div id="outer"><p id="inner">Putin</p></div>');
    const roots = dirtyRootsOf([added(doc.body, doc.getElementById('outer')!), added(doc.getElementById('outer')!, doc.getElementById('inner')!)]);
    expect(roots.map((r) => r.id)).toEqual(['outer']);
  });

  it("ignores Dossier's own marks and UI, and text a reader types into", () => {
    const doc = page('<p id="p"><mark data-dossier-mark id="m">Xi</mark></p><div data-dossier-ui id="ui"><span id="card">Xi</span></div><div contenteditable="true"><span id="typed">Putin</span></div><textarea id="t">Putin</textarea>');
    const roots = dirtyRootsOf([
      added(doc.getElementById('p')!, doc.getElementById('m')!),
      added(doc.body, doc.getElementById('ui')!),
      added(doc.getElementById('ui')!, doc.getElementById('card')!),
      added(doc.getElementById('typed')!.parentNode!, doc.getElementById('typed')!),
      { type: 'characterData', target: doc.getElementById('t')!.firstChild!, addedNodes: [] },
    ]);
    expect(roots).toEqual([]);
  });

  it('rescans the paragraph, not the mark, when the page rewrites highlighted text', () => {
    const doc = page('<p id="p">Then <mark data-dossier-mark id="m">Putin</mark> left</p>');
    const roots = dirtyRootsOf([{ type: 'characterData', target: doc.getElementById('m')!.firstChild!, addedNodes: [] }]);
    expect(roots.map((r) => r.id)).toEqual(['p']);
  });

  it('forgets nodes that were added and removed again before the batch ran', () => {
    const doc = page('<p id="p">Putin</p>');
    const gone = doc.createElement('p');
    expect(dirtyRootsOf([added(doc.body, gone)])).toEqual([]);
  });
});
