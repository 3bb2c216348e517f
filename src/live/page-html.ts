/**
 * The page's HTML for Readability off the page (the popup's header), serialised in slices.
 *
 * `documentElement.outerHTML` is one call into the browser that no one can pause: on the largest
 * page of the corpus (an encyclopedia article) it took 50.9 ms, the one task of Dossier's on the 130
 * pages over 50 ms. Here the tree is taken apart from the top: a subtree of at most
 * `WHOLE_SUBTREE_ELEMENTS` elements is serialised whole, by its own `outerHTML`; a larger one gives
 * its start tag, its children one by one, its end tag, with a look at the clock between two. The
 * text is the same as `outerHTML`'s, piece for piece (the bench checks it on the corpus, the unit
 * tests in linkedom).
 *
 * A start tag comes from a shallow copy imported into an inert document of our own: cloning in the
 * page would run a custom element's constructor (page code). Only elements whose children are
 * ordinary markup are taken apart: those whose text is serialised raw (script, style, …), templates
 * and `noscript` are always serialised whole, and so the text between elements is escaped here as
 * the serialiser does (`&`, `<`, `>`, no-break space).
 *
 * The page may change between two slices: the HTML is then of a page part before, part after the
 * change. It is the source of the article's header, read once; a rare mix costs nothing worse than
 * a header read from either page.
 */
import type { SliceClock } from './slice-clock';

/** Subtrees up to this many elements are serialised in one call: a millisecond or two. */
export const WHOLE_SUBTREE_ELEMENTS = 800;

/** Elements never taken apart: their content is raw text, a template's fragment, or depends on scripting. */
const SERIALISED_WHOLE = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript', 'template', 'textarea', 'title']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00A0': '&nbsp;' };

/** What the serialiser did, for the bench: pieces serialised whole, the longest (characters) and its time. */
export interface PageHtmlStats {
  wholePieces: number;
  longestPieceChars: number;
  slowestPieceMs: number;
}

/** What `outerHtmlInSlices` throws when `wanted` says the HTML is no longer wanted (the page was rescanned or switched off). */
export class HtmlNoLongerWanted extends Error {}

export interface PageHtmlOptions {
  /** Asked after every pause: false stops the work (`HtmlNoLongerWanted`). */
  wanted?(): boolean;
  /** Subtrees up to this many elements in one call (tests take every subtree apart). */
  wholeSubtreeElements?: number;
  stats?: PageHtmlStats;
}

/** `root.outerHTML`, in slices of `clock`. */
export async function outerHtmlInSlices(root: Element, clock: SliceClock, options: PageHtmlOptions = {}): Promise<string> {
  const { wanted = () => true, wholeSubtreeElements = WHOLE_SUBTREE_ELEMENTS, stats } = options;
  const parts: string[] = [];
  let inert: Document | null = null;
  const startTagOf = (element: Element): [string, string] => {
    inert ??= inertDocument(element.ownerDocument);
    const html = (inert.importNode(element, false) as Element).outerHTML;
    const end = html.lastIndexOf('</');
    return end < 0 ? [html, ''] : [html.slice(0, end), html.slice(end)];
  };
  const visit = async (element: Element): Promise<void> => {
    if (!takenApart(element, wholeSubtreeElements)) {
      const started = stats ? performance.now() : 0;
      const html = element.outerHTML;
      parts.push(html);
      if (stats) {
        stats.wholePieces++;
        stats.longestPieceChars = Math.max(stats.longestPieceChars, html.length);
        stats.slowestPieceMs = Math.max(stats.slowestPieceMs, performance.now() - started);
      }
      return;
    }
    const [start, end] = startTagOf(element);
    parts.push(start);
    for (const child of Array.from(element.childNodes)) {
      await clock.yieldIfDue();
      if (!wanted()) throw new HtmlNoLongerWanted();
      if (child.nodeType === 1) await visit(child as Element);
      else parts.push(leafHtml(child));
    }
    parts.push(end);
  };
  await visit(root);
  return parts.join('');
}

/** A document of our own with no browsing context: no custom element is constructed in it. */
function inertDocument(doc: Document): Document {
  if (doc.implementation) return doc.implementation.createHTMLDocument('');
  // DOMs without `implementation` (linkedom, in the unit tests).
  const Parser = (doc.defaultView as { DOMParser?: typeof DOMParser } | null)?.DOMParser ?? DOMParser;
  return new Parser().parseFromString('<!doctype html><html></html>', 'text/html');
}

function takenApart(element: Element, wholeSubtreeElements: number): boolean {
  if (element.firstElementChild === null) return false;
  if (element.namespaceURI === 'http://www.w3.org/1999/xhtml' && SERIALISED_WHOLE.has(element.localName)) return false;
  // The live collection counts without building a list (an element with a child has at least one;
  // DOMs without `*` there, as linkedom, count with a selector).
  const count = element.getElementsByTagName('*').length || element.querySelectorAll('*').length;
  return count > wholeSubtreeElements;
}

/** A node that is not an element, child of an ordinary element, as the HTML serialiser writes it. */
function leafHtml(node: Node): string {
  switch (node.nodeType) {
    case 3: // Text
    case 4: // CDATA (not in HTML documents; as text)
      return (node as Text).data.replace(/[&<>\u00A0]/g, (c) => TEXT_ESCAPES[c]!);
    case 8: // Comment
      return `<!--${(node as Comment).data}-->`;
    case 7: // Processing instruction
      return `<?${(node as ProcessingInstruction).target} ${(node as ProcessingInstruction).data}>`;
    default:
      return '';
  }
}
