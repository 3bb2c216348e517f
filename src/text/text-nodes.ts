/**
 * A page's text as its text nodes hold it, read by the browser's own walker: no element is visited
 * from script, so no element costs a call or a JavaScript wrapper. It knows less than the text model
 * (no block boundaries, no map back to the DOM) and holds a little more (hidden elements, form
 * fields and code keep their text), at a fraction of the model's cost in a fresh page: enough to
 * learn that a page names nothing on the watchlist, as most pages do, without building the model
 * (page-scanner.ts).
 *
 * Scripts, styles and their kind are set aside: inline scripts and JSON are most of a news page's
 * text by length, and never text the model reads. They are found by one native query, so the walk
 * skips their text without asking any node for its parent. Other elements the model skips (hidden
 * ones, form fields, code) are asked about only where their text touches a word (`text()`); elsewhere
 * their text stays, as more text only ever makes the look say "may name".
 *
 * Open shadow roots are read when their host is a custom element, found by XPath (natively too).
 * A standard element that hosts one (a `div` given a shadow root by a script) is not looked for:
 * that would mean visiting every element, which is what this reader exists to avoid.
 */
import { DOSSIER_UI_ATTRIBUTE, isSkippedElement, tagKind, TAG_BLOCK, TAG_LINE_BREAK } from './visibility';
import { isSpaceCode } from './whitespace';

const SHOW_TEXT = 4;
/** Elements whose text is code or style (their children are text nodes only). */
const CODE_ELEMENTS = 'script, style, noscript, template';
const UNORDERED_NODE_SNAPSHOT_TYPE = 6;
/** Elements whose local name holds a hyphen: custom elements, the usual hosts of shadow roots. */
const CUSTOM_ELEMENTS = './/*[contains(local-name(), "-")]';

/** A text node read, with whether whitespace stood before it, since the text kept before it. */
interface KeptText {
  node: Text;
  data: string;
  spaceBefore: boolean;
}

export class TextNodeReader {
  /** The text nodes read and kept, in document order within each root (the page, then each shadow root). */
  private readonly kept: KeptText[] = [];
  /** What stands before each kept text (nothing, a space, a line or block break), then the text: two entries each. */
  private readonly parts: string[] = [];
  /** Whitespace seen since the last text kept: a node of whitespace only, or the end of a root. */
  private whitespaceSeen = false;
  private readonly skipped = new SkippedAncestors();
  /** The open shadow roots read, for a live page's observer. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly roots: Node[];
  private walker: TreeWalker | null = null;
  /** The text nodes of scripts, styles and their kind. */
  private codeText = new Set<Node>();

  constructor(root: Node, private readonly customElementsIn: (root: Node) => Iterable<Element> = customElementsUnder) {
    this.roots = [root];
  }

  /** The text of each node kept, in order. */
  get texts(): string[] {
    return this.kept.map((text) => text.data);
  }

  /** Reads up to `nodeBudget` text nodes; true once every root has been read. */
  advance(nodeBudget = Infinity): boolean {
    for (let read = 0; read < nodeBudget; read++) {
      const walker = this.walker ?? this.nextWalker();
      if (walker === null) return true;
      const node = walker.nextNode();
      if (node === null) {
        this.walker = null;
        this.whitespaceSeen = true;
        continue;
      }
      if (this.codeText.has(node)) continue;
      const data = (node as Text).data;
      // Whitespace between tags is most text nodes: it is kept as a mark on the boundary only.
      if (isBlank(data)) {
        if (data.length > 0) this.whitespaceSeen = true;
        continue;
      }
      this.add(node as Text, data);
    }
    return false;
  }

  /**
   * The text to look at: the nodes' text joined with spaces, except where two nodes touch: no
   * whitespace at the boundary, and a character that may stand inside a name on one side of it
   * ("Pu<b>tin</b>", "twelve<i>-point</i>", "China<b>’s</b>", "White<i>*</i> House", but also "…the
   * leader</h2><p>Xi"). There the text is read as the text model reads it: a node in an element the
   * model skips is left out ("K<span hidden>(…)</span>irby"), and a boundary with such characters on
   * both sides is joined, or broken by a block or a line break. Everywhere else a space reads, for
   * the matcher, as the model's whitespace or break would, and the text of skipped elements only
   * adds words: a name the model's text holds is in here too (tests/unit/property/quick-look-properties.test.ts).
   */
  text(): string {
    return this.parts.join('');
  }

  private add(node: Text, data: string): void {
    const { kept, parts, skipped } = this;
    let space = this.whitespaceSeen;
    this.whitespaceSeen = false;
    while (kept.length > 0 && !space) {
      const last = kept[kept.length - 1]!;
      if (!touch(lastCode(last.data), data.charCodeAt(0))) break;
      if (skipped.hold(node)) {
        // Left out; whitespace before it still stands before the next.
        this.whitespaceSeen = space;
        return;
      }
      if (!skipped.hold(last.node)) break;
      kept.pop();
      parts.length -= 2;
      space = last.spaceBefore;
    }
    const last = kept[kept.length - 1];
    const joins = last !== undefined && !space && isNameChar(lastCode(last.data)) && isNameChar(data.charCodeAt(0));
    parts.push(last === undefined ? '' : joins ? separatorBetween(last.node, node) : ' ', data);
    kept.push({ node, data, spaceBefore: space });
  }

  private nextWalker(): TreeWalker | null {
    const root = this.roots.pop();
    if (root === undefined) return null;
    for (const host of this.customElementsIn(root)) {
      const shadow = host.shadowRoot;
      // Dossier's own card is not page text.
      if (shadow === null || host.hasAttribute(DOSSIER_UI_ATTRIBUTE)) continue;
      this.shadowRoots.push(shadow);
      this.roots.push(shadow);
    }
    const doc = root.ownerDocument ?? (root as Document);
    this.codeText = new Set();
    for (const element of (root as ParentNode).querySelectorAll?.(CODE_ELEMENTS) ?? []) {
      for (let child = element.firstChild; child !== null; child = child.nextSibling) this.codeText.add(child);
    }
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    return this.walker;
  }
}

/** Whether two nodes whose edges are these characters touch: no whitespace at the boundary, and a word or a name may run over it. */
function touch(before: number, after: number): boolean {
  return !isSpace(before) && !isSpace(after) && (isNameChar(before) || isNameChar(after));
}

/** Whitespace as the model reads it (`\s`), but for U+FEFF, which the model drops as an invisible character inside a word. */
function isSpace(code: number): boolean {
  return code !== 0xfeff && isSpaceCode(code);
}

function lastCode(text: string): number {
  return text.charCodeAt(text.length - 1);
}

/**
 * Whether a character may stand inside a name: letters and digits (ASCII, and anything beyond it
 * but spaces and punctuation), hyphens, apostrophes and invisible characters ("twelve-point", "China’s"). Erring towards
 * yes only costs a closer look at a boundary; a Unicode-property regex would cost a fresh page more
 * to compile than all the tests it answers.
 */
function isNameChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x27;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2018 || code === 0x2019 || code === 0x02bc) return true;
  // Invisible characters the model drops stand inside words: "Pu&shy;<b>tin</b>" is one word to it.
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return true;
  return !(code <= 0xbf || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f));
}

/** Whether a node stands inside an element the text model skips, remembered for each element asked about. */
class SkippedAncestors {
  private readonly known = new Map<Node, boolean>();

  hold(node: Node): boolean {
    const parent = node.parentNode;
    if (parent === null || parent.nodeType !== 1) return false;
    let answer = this.known.get(parent);
    if (answer === undefined) {
      answer = isSkippedElement(parent as Element) || this.hold(parent);
      this.known.set(parent, answer);
    }
    return answer;
  }
}

/** Elements looked at between two text nodes at most; past them, the nodes are taken to stand in different blocks. */
const MAX_ELEMENTS_BETWEEN = 64;

/**
 * What the text model puts between the text nodes `a` and `b`, consecutive in its reading: nothing,
 * a line break, or a block break, after the elements between them in document order, as the model
 * walks them (text-model.ts): a skipped element's subtree is passed over, a BR breaks the line, and
 * entering or leaving a block breaks the block.
 */
function separatorBetween(a: Node, b: Node): string {
  let separator = '';
  let node: Node = a;
  for (let looked = 0; looked < MAX_ELEMENTS_BETWEEN; looked++) {
    // The next node in document order after `node`'s subtree, noting each block left on the way up.
    let next = node.nextSibling;
    while (next === null) {
      const parent = node.parentNode;
      if (parent === null) return '\n\n';
      if (parent.nodeType === 1 && tagKind((parent as Element).tagName) & TAG_BLOCK) separator = '\n\n';
      node = parent;
      next = node.nextSibling;
    }
    node = next;
    // Down into it: each element entered is looked at, down to `b` or to a node without children.
    for (;;) {
      if (node === b) return separator;
      if (node.nodeType !== 1) break;
      const element = node as Element;
      if (isSkippedElement(element)) break;
      const kind = tagKind(element.tagName);
      if (kind & TAG_LINE_BREAK && separator === '') separator = '\n';
      if (kind & TAG_BLOCK) separator = '\n\n';
      const child = element.firstChild;
      if (child === null) break;
      node = child;
    }
  }
  return '\n\n';
}

/** Whether a node's text is ASCII whitespace only (or nothing), told without a regex. */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (code !== 0x20 && (code > 0x0d || code < 0x09)) return false;
  }
  return true;
}

/** The custom elements under `root`: by XPath where the document has it, else by looking at every element. */
export function customElementsUnder(root: Node): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  if (typeof doc.evaluate === 'function') {
    try {
      const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, UNORDERED_NODE_SNAPSHOT_TYPE, null);
      const elements: Element[] = [];
      for (let i = 0; i < found.snapshotLength; i++) elements.push(found.snapshotItem(i) as Element);
      return elements;
    } catch {
      // A context node XPath does not take: look at every element instead.
    }
  }
  const all = (root as ParentNode).querySelectorAll?.('*') ?? [];
  return [...all].filter((element) => element.localName.includes('-'));
}
