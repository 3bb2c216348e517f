/**
 * How the text of a page's text nodes becomes the model's text and pieces: the text nodes come in
 * document order, with the separators the markup puts between them (a block's edge, a <br>). The
 * walks (every-node-walk.ts, text-node-walk.ts) decide what is read and where blocks break; this
 * writer decides what whitespace survives and which node each character came from.
 */
import { isSpaceCode } from './whitespace';

/** Characters that change no reading but break matching: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

export const BLOCK_SEPARATOR = '\n\n';
export const LINE_BREAK = '\n';

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

/** What a walk hands the writer: text nodes, and the separators between them. */
export interface TextSink {
  addText(node: Text): void;
  breakBlock(separator: string): void;
  /** True while no text has been written: a separator then changes nothing. */
  readonly empty: boolean;
}

export class TextPieceWriter implements TextSink {
  private readonly parts: string[] = [];
  readonly pieces: TextPiece[] = [];
  private length = 0;
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

  /** The text so far. */
  text(): string {
    return this.parts.join('');
  }

  get empty(): boolean {
    return this.length === 0;
  }

  breakBlock(separator: string): void {
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
  addText(node: Text): void {
    const raw = node.data;
    if (raw.length === 0) return;
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
    const lead = leadingSpaceLength(text);
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
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trailingSpaceLength(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}

function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}
