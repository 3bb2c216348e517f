/**
 * Wraps the engine's mentions in `<mark>` elements, and takes them out again so that the page's
 * DOM is exactly what it was, down to the identity of its text nodes.
 *
 * Why a batch per text node, right to left: splitting a text node copies its text (the browser's
 * strings are not shared), so wrapping one range at a time costs the node's length for every range
 * in it, which is quadratic on a long paragraph or a transcript in one node. And mark.js, which did
 * the wrapping before, leaves a live NodeIterator behind for every call that the browser updates on
 * every later DOM change until it is collected: with thousands of marks each wrap got slower than
 * the last. Here a batch of mentions (last to first) is grouped by text node, and each node is cut
 * once: it keeps the text before its first range, and one fragment of marks and the text between
 * them goes in after it. Ranges earlier in the node, in a later batch, stay valid: the node still
 * holds the text before them. The DOM is the one mark.js made (a `<mark data-markjs>` per range,
 * the rest in new text nodes), so unwrapping is unchanged.
 */
import type { Mention } from '../matching/mention';
import type { DomTextRange, TextModel } from '../text/text-model';
import { CONTINUATION_ATTRIBUTE, ENTITY_ATTRIBUTE, MARK_ATTRIBUTE, isDossierMark } from '../text/mark-attributes';

/** One mention as it stands in the page. */
export interface HighlightedMention {
  entityId: string;
  /**
   * Its mark elements in document order; more than one when inline markup splits the mention.
   * Empty while the mention waits to be marked (far from the viewport on a dense page: lazy-marks.ts).
   */
  marks: HTMLElement[];
  /** While unmarked: the text node the mention starts in, which gives its place in the page. */
  anchor?: Text;
}

export interface MarkDecoration {
  /** Inline style of the marks of an entity, where no shared sheet styles them. */
  styleOf(entityId: string): string;
  /**
   * True when marks placed beside `node` are styled by a shared style sheet (mark-sheet.ts), which
   * it makes sure of: they then carry no inline style. Without it, every mark's style is inline.
   */
  sharedStyle?(node: Node): boolean;
}

/** A range to wrap, and the mention (by its place in the batch) it belongs to. */
interface PendingRange extends DomTextRange {
  mention: number;
  piece: number;
}

export class Highlighter {
  /** The text node each mark was cut from: it keeps the text before the mark, and gets it all back. */
  private readonly origins = new WeakMap<HTMLElement, Text>();
  /** Text nodes that only exist because a split made them. */
  private readonly splitRests = new WeakSet<Text>();

  constructor(private readonly decoration: MarkDecoration) {}

  /** Marks one mention (see `highlightMentions`). Null when the page changed its text since it was read. */
  highlightMention(model: TextModel, mention: Mention): HighlightedMention | null {
    return this.highlightMentions(model, [mention])[0] ?? null;
  }

  /**
   * Marks a batch of mentions of one text model, given from last to first; the caller goes
   * through all of a model's mentions that way, batch after batch (see `PageScanner`). Returns,
   * for each mention in the order given, its marks, or null when the page changed its text since
   * it was read.
   */
  highlightMentions(model: TextModel, mentions: readonly Mention[]): (HighlightedMention | null)[] {
    const byNode = new Map<Text, PendingRange[]>();
    const pieces: (HTMLElement | null)[][] = [];
    mentions.forEach((mention, index) => {
      const ranges = model.domRangesOf(mention);
      if (ranges.length === 0 || !ranges.every(isStillThere)) {
        pieces.push([]);
        return;
      }
      pieces.push(ranges.map(() => null));
      ranges.forEach((range, piece) => {
        const list = byNode.get(range.node);
        const pending = { ...range, mention: index, piece };
        if (list) list.push(pending);
        else byNode.set(range.node, [pending]);
      });
    });
    for (const [node, ranges] of byNode) {
      ranges.sort((a, b) => a.start - b.start);
      this.wrapAll(node, ranges, (range, mark) => {
        pieces[range.mention]![range.piece] = mark;
      }, (range) => mentions[range.mention]!.entityId);
    }
    return pieces.map((marks, index) => {
      const made = marks.filter((mark): mark is HTMLElement => mark !== null);
      if (made.length === 0) return null;
      made.slice(1).forEach((mark) => mark.setAttribute(CONTINUATION_ATTRIBUTE, ''));
      return { entityId: mentions[index]!.entityId, marks: made };
    });
  }

  /** Takes marks out again: each cut text node gets its whole text back, and the split-off nodes go. */
  unhighlight(mentions: readonly HighlightedMention[]): void {
    const origins = new Set<Text>();
    const strays: HTMLElement[] = [];
    for (const mention of mentions) {
      for (const mark of mention.marks) {
        const origin = this.origins.get(mark);
        if (origin && origin.parentNode !== null && origin.parentNode === mark.parentNode) origins.add(origin);
        else strays.push(mark);
      }
    }
    for (const origin of origins) this.rejoin(origin);
    // Marks the page moved elsewhere: unwrap them where they are.
    for (const mark of strays) {
      if (mark.parentNode === null || !isDossierMark(mark)) continue;
      mark.replaceWith(mark.ownerDocument.createTextNode(mark.textContent ?? ''));
    }
  }

  /**
   * Cuts `node` once: it keeps the text before its first range, and after it come, in one
   * fragment, a mark per range and the text between and after them (new nodes, remembered as
   * split-off rests). Ranges are sorted and do not overlap.
   */
  private wrapAll(node: Text, ranges: readonly PendingRange[], made: (range: PendingRange, mark: HTMLElement) => void, entityOf: (range: PendingRange) => string): void {
    const doc = node.ownerDocument;
    const data = node.data;
    const fragment = doc.createDocumentFragment();
    const inline = !(this.decoration.sharedStyle?.(node) ?? false);
    const addRest = (text: string) => {
      const rest = doc.createTextNode(text);
      this.splitRests.add(rest);
      fragment.appendChild(rest);
    };
    let at = ranges[0]!.start;
    for (const range of ranges) {
      if (range.start < at) continue;
      if (range.start > at) addRest(data.slice(at, range.start));
      const entityId = entityOf(range);
      const mark = doc.createElement('mark');
      mark.setAttribute('data-markjs', 'true');
      mark.setAttribute(MARK_ATTRIBUTE, '');
      mark.setAttribute(ENTITY_ATTRIBUTE, entityId);
      if (inline) mark.setAttribute('style', this.decoration.styleOf(entityId));
      mark.textContent = data.slice(range.start, range.end);
      this.origins.set(mark, node);
      fragment.appendChild(mark);
      made(range, mark);
      at = range.end;
    }
    if (at < data.length) addRest(data.slice(at));
    node.data = data.slice(0, ranges[0]!.start);
    node.parentNode!.insertBefore(fragment, node.nextSibling);
  }

  /** Folds the marks and split-off text after `origin` back into it. */
  private rejoin(origin: Text): void {
    let text = '';
    let next = origin.nextSibling;
    while (next !== null && (this.isOurMark(next) || (next.nodeType === 3 && this.splitRests.has(next as Text)))) {
      const following = next.nextSibling;
      text += next.textContent ?? '';
      next.parentNode!.removeChild(next);
      next = following;
    }
    if (text !== '') origin.appendData(text);
  }

  private isOurMark(node: Node): boolean {
    return isDossierMark(node) && this.origins.has(node);
  }
}

/** A range can still be wrapped if its node is in the page and long enough; pages change between slices. */
function isStillThere(range: DomTextRange): boolean {
  return range.node.isConnected && range.end <= range.node.data.length && !isDossierMark(range.node.parentNode);
}
