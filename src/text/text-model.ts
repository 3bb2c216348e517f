/**
 * The text model: a page's visible text as one string, with a map from every character back to the
 * DOM text node it came from. The engine works on the string; the highlighter uses the map, so it
 * marks exactly what the engine found.
 */
import type { Span } from './span';
import { canHostShadowRoot } from './visibility';
import { partitionPoint } from './partition-point';
import { EveryNodeWalk } from './every-node-walk';
import { TextNodeWalk } from './text-node-walk';
import { TextPieceWriter, type TextPiece } from './text-pieces';

export type { TextPiece } from './text-pieces';

/** A stretch of one DOM text node. */
export interface DomTextRange {
  node: Text;
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  pieces: TextPiece[];
  /** The DOM text ranges that make up `span`, in document order (inline markup splits a span in several). */
  domRangesOf(span: Span): DomTextRange[];
}

/** Which walk reads the DOM: the browser's, over text nodes (the default), or ours, over every node (the reference). */
export type TextWalkKind = 'text-nodes' | 'every-node';

export interface TextModelOptions {
  /** Read open shadow roots too (the every-node walk is taken where the subtree has any). */
  shadowRoots?: boolean;
  walk?: TextWalkKind;
}

/** Reads a DOM subtree in small steps, so a content script can yield to the page between them. */
export class TextModelBuilder {
  private readonly writer = new TextPieceWriter();
  private walk: TextNodeWalk | EveryNodeWalk | null = null;
  private hostSearch: ShadowHostSearch | null = null;

  constructor(private readonly root: Node, options: TextModelOptions = {}) {
    const walkable = root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11;
    if (options.walk === 'every-node' || !walkable) this.walk = new EveryNodeWalk(root, this.writer, options.shadowRoots === true);
    else if (options.shadowRoots) this.hostSearch = new ShadowHostSearch(root);
    else this.walk = new TextNodeWalk(root, this.writer);
  }

  get done(): boolean {
    return this.walk !== null && this.walk.done;
  }

  /** Which walk reads (null while it still looks for shadow roots). */
  get walkKind(): TextWalkKind | null {
    if (this.walk === null) return null;
    return this.walk instanceof TextNodeWalk ? 'text-nodes' : 'every-node';
  }

  /** Nodes looked at so far: what the work budget counts. */
  get nodesVisited(): number {
    return (this.hostSearch?.elementsVisited ?? 0) + (this.walk?.nodesVisited ?? 0);
  }

  /** Reads up to about `nodeBudget` nodes; returns true when the whole subtree has been read. */
  advance(nodeBudget = Infinity): boolean {
    if (this.walk === null) {
      const search = this.hostSearch!;
      const found = search.advance(nodeBudget);
      if (found === null) return false;
      this.walk = found ? new EveryNodeWalk(this.root, this.writer, true) : new TextNodeWalk(this.root, this.writer);
      this.walk.nodesVisited = search.elementsVisited;
      this.hostSearch = null;
      if (nodeBudget !== Infinity) return false;
    }
    return this.walk.advance(nodeBudget);
  }

  build(): TextModel {
    this.advance();
    return createTextModel(this.writer.text(), this.writer.pieces);
  }
}

/**
 * Looks for an open shadow root in a subtree, a slice at a time: a TreeWalker does not enter them,
 * and nothing but a look at every element finds them. One property read per element, far less
 * than the every-node walk's work per node; most pages have none.
 */
class ShadowHostSearch {
  private readonly elements: ArrayLike<Element>;
  elementsVisited = 0;

  constructor(root: Node) {
    this.elements = (root as unknown as ParentNode).querySelectorAll('*');
  }

  /** True once a host is found, false once there is none, null while the search goes on. */
  advance(budget: number): boolean | null {
    const elements = this.elements;
    const end = Math.min(elements.length, this.elementsVisited + budget);
    for (let i = this.elementsVisited; i < end; i++) {
      const element = elements[i]!;
      if ((element as HTMLElement).shadowRoot && canHostShadowRoot(element.tagName)) {
        this.elementsVisited = i + 1;
        return true;
      }
    }
    this.elementsVisited = end;
    return end === elements.length ? false : null;
  }
}

/** Nodes a content script reads between two looks at its clock: few enough that cold code in a fresh page (tens of µs a node) stays within a slice. */
export const MODEL_NODE_STEP = 128;

/** Reads the visible text of `root` (a document, element or fragment) in one go. */
export function buildTextModel(root: Node, options: TextModelOptions = {}): TextModel {
  return new TextModelBuilder(root, options).build();
}

function createTextModel(text: string, pieces: TextPiece[]): TextModel {
  return {
    text,
    pieces,
    domRangesOf(span: Span): DomTextRange[] {
      const ranges: DomTextRange[] = [];
      for (let i = firstPieceEndingAfter(pieces, span.start); i < pieces.length; i++) {
        const piece = pieces[i]!;
        if (piece.start >= span.end) break;
        const from = Math.max(span.start, piece.start) - piece.start;
        const to = Math.min(span.end, piece.end) - piece.start;
        if (to <= from) continue;
        const offsets = piece.nodeOffsets;
        // An end offset maps to just after the last kept character, so trailing invisibles stay outside.
        const nodeStart = offsets ? offsets[from]! : from + piece.nodeShift;
        const nodeEnd = offsets ? offsets[to - 1]! + 1 : to + piece.nodeShift;
        ranges.push({ node: piece.node, start: nodeStart, end: nodeEnd });
      }
      return ranges;
    },
  };
}

/** Index of the first piece whose end lies after `offset`. */
function firstPieceEndingAfter(pieces: TextPiece[], offset: number): number {
  return partitionPoint(pieces, (piece) => piece.end <= offset);
}
