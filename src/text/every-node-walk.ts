/**
 * The walk that visits every node of a subtree from JavaScript, a step per node: what the text model
 * read before the text-node walk (text-node-walk.ts). Kept for subtrees that hold open shadow roots
 * (a TreeWalker does not enter them, and only a visit of every element finds them), and as the
 * reference the text-node walk is checked against, page by page.
 */
import { BLOCK_SEPARATOR, LINE_BREAK, type TextSink } from './text-pieces';
import { canHostShadowRoot, isBlockElement, isSkippedElement } from './visibility';

export class EveryNodeWalk {
  /** What is still to visit; `null` marks leaving a block element. */
  private readonly stack: (Node | null)[];
  nodesVisited = 0;

  constructor(root: Node, private readonly sink: TextSink, private readonly shadowRoots: boolean) {
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Visits up to `nodeBudget` nodes; returns true when the whole subtree has been read. */
  advance(nodeBudget: number): boolean {
    const stack = this.stack;
    const sink = this.sink;
    let visited = 0;
    for (; stack.length > 0 && visited < nodeBudget; visited++) {
      const node = stack.pop();
      if (node === null) {
        sink.breakBlock(BLOCK_SEPARATOR);
        continue;
      }
      if (node === undefined) break;
      if (node.nodeType === 3) {
        sink.addText(node as Text);
        continue;
      }
      if (node.nodeType === 1) {
        const element = node as Element;
        const tag = element.tagName;
        if (tag === 'BR' || tag === 'br') {
          sink.breakBlock(LINE_BREAK);
          continue;
        }
        if (isSkippedElement(element, tag)) continue;
        if (isBlockElement(element, tag)) {
          sink.breakBlock(BLOCK_SEPARATOR);
          stack.push(null);
        }
        this.pushChildren(element);
        const shadow = this.shadowRoots && canHostShadowRoot(tag) ? (element as HTMLElement).shadowRoot : null;
        if (shadow) this.pushChildren(shadow);
        continue;
      }
      // Document, fragment and shadow roots: read their children.
      if (node.nodeType === 9 || node.nodeType === 11) this.pushChildren(node);
    }
    this.nodesVisited += visited;
    return this.done;
  }

  private pushChildren(parent: Node): void {
    // Pushed in reverse so the first child is visited first.
    for (let child = parent.lastChild; child !== null; child = child.previousSibling) this.stack.push(child);
  }
}
