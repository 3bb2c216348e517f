/**
 * A linkedom document that mark.js can run in. mark.js reads `document`, `window`, `Node`,
 * `NodeList` and `NodeFilter` as globals, walks with a NodeIterator and cuts with `Text.splitText`;
 * linkedom has no `NodeFilter` nor `splitText`, its iterator cannot step back, and its
 * `compareDocumentPosition` says "preceding" for any two cousins, so this adds them after the DOM
 * standard (§6.1 NodeIterator, §4.11 splitText, §4.4 compareDocumentPosition for nodes in one tree).
 */
import { parseHTML } from 'linkedom';

const NODE_FILTER = {
  FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3,
  SHOW_ALL: 0xffffffff, SHOW_ELEMENT: 0x1, SHOW_TEXT: 0x4,
} as const;

type FilterFunction = (node: Node) => number;

/** A NodeIterator after the spec's "traverse" algorithm, over a root's subtree in document order. */
class SpecNodeIterator {
  private reference: Node;
  private beforeReference = true;

  constructor(readonly root: Node, private readonly whatToShow: number, private readonly filter: FilterFunction | { acceptNode: FilterFunction } | null) {
    this.reference = root;
  }

  nextNode(): Node | null {
    return this.traverse(true);
  }

  previousNode(): Node | null {
    return this.traverse(false);
  }

  detach(): void {}

  private traverse(forward: boolean): Node | null {
    let node: Node | null = this.reference;
    let before = this.beforeReference;
    for (;;) {
      if (forward) {
        if (before) before = false;
        else node = following(node!, this.root);
      } else if (!before) before = true;
      else node = preceding(node!, this.root);
      if (node === null) return null;
      if (this.accepts(node)) break;
    }
    this.reference = node;
    this.beforeReference = before;
    return node;
  }

  private accepts(node: Node): boolean {
    if (((1 << (node.nodeType - 1)) & this.whatToShow) === 0) return false;
    if (this.filter === null || this.filter === undefined) return true;
    const accept = typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
    return accept === NODE_FILTER.FILTER_ACCEPT;
  }
}

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current !== null && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let previous = node.previousSibling;
  if (previous === null) return node.parentNode;
  while (previous.lastChild) previous = previous.lastChild;
  return previous;
}

/** Parses `html` and makes its window the global one that mark.js expects. */
export function documentForMarkJs(html: string): Document {
  const { document, window } = parseHTML(html);
  const doc = document as unknown as Document;
  (doc as unknown as { createNodeIterator: unknown }).createNodeIterator = (root: Node, whatToShow = NODE_FILTER.SHOW_ALL, filter: FilterFunction | null = null) =>
    new SpecNodeIterator(root, whatToShow, filter);
  const win = window as unknown as Record<string, unknown>;
  Object.assign(globalThis, {
    document,
    window,
    Node: win.Node,
    NodeList: win.NodeList,
    HTMLElement: win.HTMLElement,
    NodeFilter: NODE_FILTER,
  });
  const textPrototype = Object.getPrototypeOf(document.createTextNode('')) as Text & { splitText?: unknown };
  if (typeof textPrototype.splitText !== 'function') textPrototype.splitText = splitText;
  const nodePrototype = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(document.createElement('p')))) as Node;
  Object.defineProperty(nodePrototype, 'compareDocumentPosition', { value: compareDocumentPosition, configurable: true });
  if (!(win.navigator as unknown)) win.navigator = { userAgent: 'linkedom' };
  return doc;
}

function splitText(this: Text, offset: number): Text {
  if (offset > this.data.length) throw new RangeError('IndexSizeError');
  const rest = this.ownerDocument.createTextNode(this.data.slice(offset));
  this.data = this.data.slice(0, offset);
  this.parentNode?.insertBefore(rest, this.nextSibling);
  return rest;
}

/** Same-tree part of the standard algorithm: FOLLOWING (4) / PRECEDING (2), plus CONTAINS (8) / CONTAINED_BY (16). */
function compareDocumentPosition(this: Node, other: Node): number {
  if (this === other) return 0;
  const chain = (node: Node) => {
    const nodes: Node[] = [];
    for (let at: Node | null = node; at !== null; at = at.parentNode) nodes.unshift(at);
    return nodes;
  };
  const mine = chain(this);
  const theirs = chain(other);
  if (mine[0] !== theirs[0]) return 1 | 32;
  let depth = 0;
  while (depth < mine.length && depth < theirs.length && mine[depth] === theirs[depth]) depth++;
  if (depth === mine.length) return 4 | 16;
  if (depth === theirs.length) return 2 | 8;
  const siblings = [...mine[depth - 1]!.childNodes];
  return siblings.indexOf(theirs[depth] as ChildNode) > siblings.indexOf(mine[depth] as ChildNode) ? 4 : 2;
}
