/**
 * A linkedom document that mark.js can run in. mark.js reads `document`, `window`, `Node`,
 * `NodeList` and `NodeFilter` as globals, walks with a NodeIterator and cuts with `Text.splitText`;
 * linkedom has no `NodeFilter` nor `splitText`, and its iterator cannot step back, so this adds
 * them after the DOM standard (§6.1 NodeIterator, §4.11 splitText).
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
