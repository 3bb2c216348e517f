/**
 * The walk that lets the browser find the text: a native TreeWalker over text nodes only, with no
 * JavaScript filter per node. What the every-node walk decided per element on its way down (which
 * subtrees are not read, where blocks start and end) is decided here from each text node's parent
 * chain, once per parent element: most text nodes share their parent, so for most of them it is
 * one Map lookup. Its output is the every-node walk's, text node for text node and separator for
 * separator (checked on every corpus page); it does not read open shadow roots, which a TreeWalker
 * does not enter (text-model.ts picks the every-node walk where there are any).
 */
import { BLOCK_SEPARATOR, LINE_BREAK, type TextSink } from './text-pieces';
import { isBlockElement, isSkippedElement } from './visibility';

/** `NodeFilter.SHOW_TEXT`, spelled out: Node (linkedom) has no `NodeFilter` global. */
const SHOW_TEXT = 0x4;

/** What a text node's parent chain says about it. */
interface ParentFacts {
  /** Inside something the model does not read (a skipped element, or a <br>'s insides). */
  skipped: boolean;
  /**
   * The nearest block element above (or the walk's root): two text nodes under different ones
   * have a block edge between them, since one of the two blocks starts or ends in between.
   */
  block: Node | null;
}

/** Shared by every node under a skipped element. */
const SKIPPED: ParentFacts = Object.freeze({ skipped: true, block: null });

export class TextNodeWalk {
  private readonly walker: TreeWalker;
  /** Facts per element (and the root), filled top-down as text nodes reach them. */
  private readonly facts = new Map<Node, ParentFacts>();
  /** The last text node read, and its parent's facts. */
  private previous: Text | null = null;
  private previousFacts: ParentFacts = SKIPPED;
  done = false;
  nodesVisited = 0;

  constructor(private readonly root: Node, private readonly sink: TextSink) {
    const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.walker = document.createTreeWalker(root, SHOW_TEXT);
  }

  /** Reads up to `nodeBudget` nodes (text nodes, and the elements looked at between them); true when done. */
  advance(nodeBudget: number): boolean {
    const walker = this.walker;
    const sink = this.sink;
    const until = this.nodesVisited + nodeBudget;
    while (this.nodesVisited < until) {
      const node = walker.nextNode() as Text | null;
      if (node === null) {
        this.done = true;
        break;
      }
      this.nodesVisited++;
      const parent = node.parentNode!;
      const facts = this.facts.get(parent) ?? this.factsOf(parent);
      if (facts.skipped) continue;
      const previous = this.previous;
      if (previous !== null && !sink.empty) {
        const separator = facts.block !== this.previousFacts.block ? BLOCK_SEPARATOR : this.separatorBetween(previous, node);
        if (separator !== '') sink.breakBlock(separator);
      }
      sink.addText(node);
      this.previous = node;
      this.previousFacts = facts;
    }
    return this.done;
  }

  /** The facts of `parent`, computing those of its uncached ancestors first (up to the root). */
  private factsOf(parent: Node): ParentFacts {
    const uncached: Node[] = [];
    let above: ParentFacts | undefined;
    for (let node: Node | null = parent; node !== null; node = node.parentNode) {
      above = this.facts.get(node);
      if (above !== undefined) break;
      uncached.push(node);
      if (node === this.root) break;
    }
    for (let i = uncached.length - 1; i >= 0; i--) {
      const node = uncached[i]!;
      above = this.describe(node, above);
      this.facts.set(node, above);
    }
    this.nodesVisited += uncached.length;
    return above!;
  }

  /** An element's facts from its parent's (`above`; undefined for the root). */
  private describe(node: Node, above: ParentFacts | undefined): ParentFacts {
    if (above !== undefined && above.skipped) return SKIPPED;
    if (node.nodeType !== 1) return { skipped: false, block: node };
    const element = node as Element;
    const tag = element.tagName;
    // The every-node walk never goes inside a <br>.
    if (tag === 'BR' || tag === 'br' || isSkippedElement(element, tag)) return SKIPPED;
    if (above === undefined || isBlockElement(element, tag)) return { skipped: false, block: element };
    // An inline element: the same facts as its parent's, one object for the whole run.
    return above;
  }

  /**
   * The separator between two text nodes under the same block: what lies between them in document
   * order, outside skipped subtrees — a block element (an empty one, or one holding only what is not
   * read) or a <br>. Usually nothing: the walk goes up from `from` and down to `to` through inline
   * elements, a few steps.
   */
  private separatorBetween(from: Text, to: Text): string {
    let separator = '';
    let node = this.nextOutside(from);
    while (node !== null && node !== to) {
      this.nodesVisited++;
      if (node.nodeType !== 1) {
        node = node.firstChild ?? this.nextOutside(node);
        continue;
      }
      const element = node as Element;
      const tag = element.tagName;
      if (tag === 'BR' || tag === 'br') {
        separator = LINE_BREAK;
        node = this.nextOutside(element);
        continue;
      }
      const known = this.facts.get(element);
      if (known !== undefined ? known.skipped : isSkippedElement(element, tag)) {
        node = this.nextOutside(element);
        continue;
      }
      if (isBlockElement(element, tag)) return BLOCK_SEPARATOR;
      node = element.firstChild ?? this.nextOutside(element);
    }
    return separator;
  }

  /** The node after `node` and all it holds, in document order; null past the root. */
  private nextOutside(node: Node): Node | null {
    for (let at: Node | null = node; at !== null && at !== this.root; at = at.parentNode) {
      if (at.nextSibling !== null) return at.nextSibling;
    }
    return null;
  }
}
