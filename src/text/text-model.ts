/**
 * The text model: a page's visible text as one string, with a map from every character back to the
 * DOM text node it came from. The engine works on the string; the highlighter uses the map, so it
 * marks exactly what the engine found.
 */
import type { Span } from './span';
import { isSkippedByAttributes, tagKind, TAG_BLOCK, TAG_LINE_BREAK, TAG_SHADOW_HOST, TAG_SKIPPED } from './visibility';
import { isSpaceCode } from './whitespace';
import { partitionPoint } from './partition-point';

/** Characters that change no reading but break matching: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

const BLOCK_SEPARATOR = '\n\n';
const LINE_BREAK = '\n';

/** One text node's share of the model text. */
export interface TextPiece {
  node: Text;
  /** Offsets of this node's text in `TextModel.text`. */
  start: number;
  end: number;
  /**
   * Where the piece starts in its node's text without invisible characters: the node offset of its
   * first character when `nodeOffsets` is null (whitespace at a block's start is not text).
   */
  nodeShift: number;
  /**
   * Node offset of each model character, plus one entry for the end; null when the node had no
   * invisible characters, i.e. node offset = model offset − start + nodeShift.
   */
  nodeOffsets: Int32Array | null;
}

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

/** Walks a DOM subtree in small steps, so a content script can yield to the page between them. */
export class TextModelBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: TextPiece[] = [];
  private length = 0;
  /** What is still to visit; `null` marks leaving a block element. */
  private readonly stack: (Node | null)[];
  /** Separator owed before the next text, so trailing separators never accumulate. */
  private pendingBreak = '';
  /** Whitespace owed before the next word of the same line. */
  private pendingSpace = '';
  /**
   * Where the owed whitespace sits in the page: first `pendingTrailing` characters at the end of the
   * last piece's node, then whole whitespace-only nodes. When the whitespace is emitted, these become
   * part of the pieces, so a mention that spans inline markup ("Xi <a>Jinping</a>") maps to ranges
   * that cover its spaces too, and its marks underline it without a gap.
   */
  private pendingTrailing = 0;
  private readonly pendingSpaceNodes: { node: Text; length: number; nodeOffsets: Int32Array | null }[] = [];
  /** The last piece's node offsets over the node's whole text, to extend the piece over its trailing whitespace. */
  private lastNodeOffsets: Int32Array | null = null;

  constructor(root: Node, private readonly options: { shadowRoots?: boolean } = {}) {
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Visits up to `nodeBudget` nodes; returns true when the whole subtree has been read. */
  advance(nodeBudget = Infinity): boolean {
    const stack = this.stack;
    for (let visited = 0; stack.length > 0 && visited < nodeBudget; visited++) {
      const node = stack.pop();
      if (node === null) {
        this.breakBlock(BLOCK_SEPARATOR);
        continue;
      }
      if (node === undefined) break;
      const type = node.nodeType;
      if (type === 3) {
        this.addText(node as Text);
        continue;
      }
      if (type === 1) {
        const element = node as Element;
        // What the tag says (line break, skipped, block, shadow host) in one lookup.
        const kind = tagKind(element.tagName);
        if (kind & TAG_LINE_BREAK) {
          this.breakBlock(LINE_BREAK);
          continue;
        }
        if (kind & TAG_SKIPPED) continue;
        if (element.hasAttributes() && isSkippedByAttributes(element)) continue;
        if (kind & TAG_BLOCK) {
          this.breakBlock(BLOCK_SEPARATOR);
          stack.push(null);
        }
        this.pushChildren(element);
        const shadow = kind & TAG_SHADOW_HOST && this.options.shadowRoots ? (element as HTMLElement).shadowRoot : null;
        if (shadow) this.pushChildren(shadow);
        continue;
      }
      // Document, fragment and shadow roots: read their children.
      if (type === 9 || type === 11) this.pushChildren(node);
    }
    return this.done;
  }

  build(): TextModel {
    this.advance();
    return createTextModel(this.parts.join(''), this.pieces);
  }

  private pushChildren(parent: Node): void {
    // Pushed in reverse so the first child is visited first.
    for (let child = parent.lastChild; child !== null; child = child.previousSibling) this.stack.push(child);
  }

  private breakBlock(separator: string): void {
    // Whitespace before a block boundary is layout: it never reaches the text.
    this.dropPendingSpace();
    if (this.length === 0) return;
    if (separator.length > this.pendingBreak.length) this.pendingBreak = separator;
  }

  /**
   * Whitespace is treated the same whether it shares a node with words or stands in a node of its
   * own, so the model of a highlighted page (where marks split nodes) equals the page's own: at a
   * block's edges it is dropped, inside a line it is kept as it is.
   */
  private addText(node: Text): void {
    const raw = node.data;
    const rawLength = raw.length;
    if (rawLength === 0) return;
    // Most text nodes are whitespace between blocks: told apart in one loop over the node's own
    // text, with no call per character and no search for invisibles (none can hide in a run of
    // plain whitespace; U+FEFF, both, ends the run and takes the general way).
    let lead = 0;
    while (lead < rawLength) {
      const code = raw.charCodeAt(lead);
      if (code !== 0xfeff && isSpace(code)) lead++;
      else break;
    }
    if (lead === rawLength) {
      if (this.length !== 0 && this.pendingBreak === '') {
        this.pendingSpace += raw;
        this.pendingSpaceNodes.push({ node, length: rawLength, nodeOffsets: null });
      }
      return;
    }
    let text = raw;
    let nodeOffsets: Int32Array | null = null;
    if (HAS_INVISIBLE.test(raw)) {
      text = raw.replace(INVISIBLE, '');
      nodeOffsets = new Int32Array(text.length + 1);
      let kept = 0;
      for (let i = 0; i < raw.length; i++) {
        if (!isInvisible(raw.charCodeAt(i))) nodeOffsets[kept++] = i;
      }
      nodeOffsets[kept] = raw.length;
    }
    if (text.length === 0) return;
    const atBlockStart = this.length === 0 || this.pendingBreak !== '';
    // Without invisibles the text is the node's, and its leading whitespace was measured above.
    if (nodeOffsets !== null) lead = leadingSpaceLength(text);
    if (lead === text.length) {
      if (!atBlockStart) {
        this.pendingSpace += text;
        this.pendingSpaceNodes.push({ node, length: text.length, nodeOffsets });
      }
      return;
    }
    const coreEnd = text.length - trailingSpaceLength(text);
    // The node's leading whitespace is part of its piece when it is text, i.e. inside a line.
    let from = lead;
    if (this.pendingBreak !== '') {
      this.emit(this.pendingBreak);
      this.pendingBreak = '';
    } else if (!atBlockStart) {
      this.emitPendingSpace();
      from = 0;
    }
    this.pieces.push({
      node,
      start: this.length,
      end: this.length + coreEnd - from,
      nodeShift: from,
      nodeOffsets: nodeOffsets ? nodeOffsets.subarray(from, coreEnd + 1) : null,
    });
    this.emit(text.slice(from, coreEnd));
    this.pendingSpace = text.slice(coreEnd);
    this.pendingTrailing = text.length - coreEnd;
    this.lastNodeOffsets = nodeOffsets;
  }

  /** Emits the whitespace owed inside a line, making each part of it part of a piece. */
  private emitPendingSpace(): void {
    if (this.pendingSpace === '') return;
    const last = this.pieces[this.pieces.length - 1];
    if (last !== undefined && this.pendingTrailing > 0) {
      last.end += this.pendingTrailing;
      if (this.lastNodeOffsets) last.nodeOffsets = this.lastNodeOffsets.subarray(last.nodeShift, last.nodeShift + last.end - last.start + 1);
    }
    let at = this.length + this.pendingTrailing;
    for (const space of this.pendingSpaceNodes) {
      this.pieces.push({ node: space.node, start: at, end: at + space.length, nodeShift: 0, nodeOffsets: space.nodeOffsets });
      at += space.length;
    }
    this.emit(this.pendingSpace);
    this.dropPendingSpace();
  }

  private dropPendingSpace(): void {
    this.pendingSpace = '';
    this.pendingTrailing = 0;
    if (this.pendingSpaceNodes.length > 0) this.pendingSpaceNodes.length = 0;
  }

  private emit(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
  }
}

function leadingSpaceLength(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trailingSpaceLength(text: string): number {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}

/** `isSpaceCode`, the common characters answered without a further call. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code <= 0x0d && code >= 0x09) || (code >= 0xa0 && isSpaceCode(code));
}

function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Nodes a content script reads between two looks at its clock: few enough that cold code in a fresh page (tens of µs a node) stays within a slice. */
export const MODEL_NODE_STEP = 128;

/** Reads the visible text of `root` (a document, element or fragment) in one go. */
export function buildTextModel(root: Node, options: { shadowRoots?: boolean } = {}): TextModel {
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
