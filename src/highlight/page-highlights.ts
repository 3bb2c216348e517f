/**
 * The mentions found on a page, in document order: what the counts, the badge, the card and the
 * previous/next buttons read. On a page dense with names most of them may wait unmarked until the
 * reader scrolls near them (lazy-marks.ts): they count all the same, so counts are of mentions
 * found, never of marks placed.
 */
import type { HighlightedMention } from './highlighter';
import { MARK_SELECTOR } from '../text/mark-attributes';

export class PageHighlights {
  private list: HighlightedMention[] = [];
  private readonly byMark = new WeakMap<HTMLElement, HighlightedMention>();
  /**
   * How many mentions of the list wait for their marks: those with an anchor. (A flag on the
   * mention, not a set: a hundred thousand of them are added in one go.)
   */
  private unmarkedCount = 0;

  /** Mentions found, marked or not. */
  get count(): number {
    return this.list.length;
  }

  /** Mentions with their marks in the page. */
  get markedCount(): number {
    return this.list.length - this.unmarkedCount;
  }

  all(): readonly HighlightedMention[] {
    return this.list;
  }

  /** Adds mentions, marked or waiting (with an anchor), keeping document order (a rescanned paragraph lands where it stands). */
  add(mentions: readonly HighlightedMention[]): void {
    for (const mention of mentions) {
      if (mention.anchor !== undefined) this.unmarkedCount++;
      else this.noteMarks(mention);
    }
    if (mentions.length === 0) return;
    const last = this.list[this.list.length - 1];
    const inOrder = last === undefined || precedes(last, mentions[0]!);
    for (const mention of mentions) this.list.push(mention);
    if (!inOrder) this.list.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
  }

  /** A waiting mention got its marks. */
  marked(mention: HighlightedMention): void {
    if (mention.anchor === undefined) return;
    mention.anchor = undefined;
    this.unmarkedCount--;
    this.noteMarks(mention);
  }

  /** True while `mention` is on the list and has no marks yet (taking a mention out drops its anchor). */
  isUnmarked(mention: HighlightedMention): boolean {
    return mention.anchor !== undefined;
  }

  /**
   * Takes out (and returns) the mentions with a mark inside `root` or inside one of `shadowRoots`
   * that lies within it. Marked ones are found through the marks themselves, so the cost follows
   * the size of the changed subtree; waiting ones, only on a page that has any, by their anchors.
   */
  takeWithin(root: Element, shadowRoots: Iterable<ShadowRoot> = []): HighlightedMention[] {
    const taken = new Set<HighlightedMention>();
    const collect = (scope: Element | ShadowRoot) => {
      for (const mark of scope.querySelectorAll(MARK_SELECTOR)) {
        const mention = this.byMark.get(mark as HTMLElement);
        if (mention) taken.add(mention);
      }
    };
    collect(root);
    for (const shadow of shadowRoots) if (containsComposed(root, shadow.host)) collect(shadow);
    if (this.unmarkedCount > 0) {
      for (const mention of this.list) if (mention.anchor !== undefined && containsComposed(root, mention.anchor)) taken.add(mention);
    }
    this.remove(taken);
    return [...taken];
  }

  /** Takes out the mentions whose marks (or, waiting, whose text) the page removed. */
  takeDisconnected(): HighlightedMention[] {
    const gone = this.list.filter((mention) => !positionOf(mention).isConnected);
    this.remove(new Set(gone));
    return gone;
  }

  takeAll(): HighlightedMention[] {
    const all = this.list.splice(0);
    if (this.unmarkedCount > 0) for (const mention of all) mention.anchor = undefined;
    this.unmarkedCount = 0;
    return all;
  }

  mentionOf(mark: Element): HighlightedMention | undefined {
    return this.byMark.get(mark as HTMLElement);
  }

  indexOf(mention: HighlightedMention): number {
    return this.list.indexOf(mention);
  }

  ofEntity(entityId: string): HighlightedMention[] {
    return this.list.filter((mention) => mention.entityId === entityId);
  }

  countsByEntity(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mention of this.list) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    return counts;
  }

  private noteMarks(mention: HighlightedMention): void {
    for (const mark of mention.marks) this.byMark.set(mark, mention);
  }

  private remove(taken: ReadonlySet<HighlightedMention>): void {
    if (taken.size === 0) return;
    for (const mention of taken) {
      if (mention.anchor === undefined) continue;
      mention.anchor = undefined;
      this.unmarkedCount--;
    }
    this.list = this.list.filter((mention) => !taken.has(mention));
  }
}

/** Where a mention stands in the page: its first mark, or while it waits, its text node. */
function positionOf(mention: HighlightedMention): Node {
  return mention.marks[0] ?? mention.anchor!;
}

function precedes(a: HighlightedMention, b: HighlightedMention): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return (positionOf(a).compareDocumentPosition(positionOf(b)) & 4) !== 0;
}

/** `root.contains(node)`, looking through shadow roots on the way up. */
export function containsComposed(root: Node, node: Node): boolean {
  for (let current: Node | null = node; current !== null; ) {
    if (current === root) return true;
    const parent: Node | null = current.parentNode;
    if (parent !== null && parent.nodeType === 11 && (parent as ShadowRoot).host) {
      if (parent === root) return true;
      current = (parent as ShadowRoot).host;
    } else current = parent;
  }
  return false;
}
