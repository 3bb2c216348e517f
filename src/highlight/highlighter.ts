/**
 * Wraps the engine's mentions in `<mark>` elements with mark.js, and takes them out again so that
 * the page's DOM is exactly what it was, down to the identity of its text nodes.
 *
 * Why right to left: mark.js splits a text node at the range it wraps and keeps the original node
 * as the part before it. Wrapping the last range of a node first leaves the offsets of every
 * earlier range in that node valid, so each range can be wrapped on its own, in time slices.
 */
import Mark from 'mark.js';
import type { Mention } from '../matching/mention';
import type { DomTextRange, TextModel } from '../text/text-model';
import { CONTINUATION_ATTRIBUTE, ENTITY_ATTRIBUTE, MARK_ATTRIBUTE, isDossierMark } from '../text/mark-attributes';

/** One mention as it stands in the page. */
export interface HighlightedMention {
  entityId: string;
  /** Its mark elements in document order; more than one when inline markup splits the mention. */
  marks: HTMLElement[];
}

export interface MarkDecoration {
  /** Inline style of the marks of an entity. */
  styleOf(entityId: string): string;
}

export class Highlighter {
  /** The text node each mark was cut from: it keeps the text before the mark, and gets it all back. */
  private readonly origins = new WeakMap<HTMLElement, Text>();
  /** Text nodes that only exist because a split made them. */
  private readonly splitRests = new WeakSet<Text>();

  constructor(private readonly decoration: MarkDecoration) {}

  /**
   * Marks one mention. The caller goes through the mentions of a text model from last to first
   * (see `HighlightJob`). Returns null when the page changed the mention's text since it was read.
   */
  highlightMention(model: TextModel, mention: Mention): HighlightedMention | null {
    const ranges = model.domRangesOf(mention);
    if (ranges.length === 0 || !ranges.every(isStillThere)) return null;
    const style = this.decoration.styleOf(mention.entityId);
    const marks: HTMLElement[] = [];
    for (let i = ranges.length - 1; i >= 0; i--) {
      const mark = this.wrap(ranges[i]!, mention.entityId, style);
      if (mark) marks.push(mark);
    }
    if (marks.length === 0) return null;
    marks.reverse();
    marks.slice(1).forEach((mark) => mark.setAttribute(CONTINUATION_ATTRIBUTE, ''));
    return { entityId: mention.entityId, marks };
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

  private wrap(range: DomTextRange, entityId: string, style: string): HTMLElement | null {
    const origin = range.node;
    const mark = isSpacesOnly(origin.data.slice(range.start, range.end)) ? wrapSpaces(range) : wrapWithMarkJs(range);
    if (!mark) return null;
    mark.setAttribute(MARK_ATTRIBUTE, '');
    mark.setAttribute(ENTITY_ATTRIBUTE, entityId);
    mark.setAttribute('style', style);
    this.origins.set(mark, origin);
    const rest = mark.nextSibling;
    if (rest !== null && rest.nodeType === 3) this.splitRests.add(rest as Text);
    return mark;
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

function isSpacesOnly(text: string): boolean {
  return text.replace(/\s+/g, '') === '';
}

function wrapWithMarkJs(range: DomTextRange): HTMLElement | null {
  let created: HTMLElement | null = null;
  // mark.js reads the whole context; a text node as context keeps the offsets node-local.
  new Mark(range.node as unknown as HTMLElement).markRanges([{ start: range.start, length: range.end - range.start }], {
    element: 'mark',
    each: (element: Element) => {
      created = element as HTMLElement;
    },
  });
  return created;
}

/**
 * mark.js skips a range of spaces only, but the space between two words of a mention ("<b>Xi</b>
 * <i>Jinping</i>") belongs to it: wrapped here the way mark.js wraps (the node keeps the text before
 * the range, a new node the text after), so taking the marks out treats both alike.
 */
function wrapSpaces(range: DomTextRange): HTMLElement {
  const inner = range.node.splitText(range.start);
  inner.splitText(range.end - range.start);
  const mark = range.node.ownerDocument.createElement('mark');
  mark.setAttribute('data-markjs', 'true');
  mark.textContent = inner.data;
  inner.replaceWith(mark);
  return mark;
}

/** A range can still be wrapped if its node is in the page and long enough; pages change between slices. */
function isStillThere(range: DomTextRange): boolean {
  return range.node.isConnected && range.end <= range.node.data.length && !isDossierMark(range.node.parentNode);
}
