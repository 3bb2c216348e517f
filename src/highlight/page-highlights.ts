/**
 * The mentions highlighted on a page, in document order: what the counts, the badge, the card and
 * the previous/next buttons read.
 */
import type { HighlightedMention } from './highlighter';
import { MARK_SELECTOR } from '../text/mark-attributes';

export class PageHighlights {
  private list: HighlightedMention[] = [];
  private readonly byMark = new WeakMap<HTMLElement, HighlightedMention>();

  get count(): number {
    return this.list.length;
  }

  all(): readonly HighlightedMention[] {
    return this.list;
  }

  /** Adds mentions, keeping document order (a rescanned paragraph lands where it stands). */
  add(mentions: readonly HighlightedMention[]): void {
    for (const mention of mentions) for (const mark of mention.marks) this.byMark.set(mark, mention);
    if (mentions.length === 0) return;
    const last = this.list[this.list.length - 1];
    if (last === undefined || precedes(last, mentions[0]!)) {
      this.list.push(...mentions);
      return;
    }
    this.list.push(...mentions);
    this.list.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
  }

  /**
   * Takes out (and returns) the mentions with a mark inside `root` or inside one of `shadowRoots`
   * that lies within it. Found through the marks themselves, so the cost follows the size of the
   * changed subtree, not the number of highlights on the page.
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
    if (taken.size > 0) this.list = this.list.filter((mention) => !taken.has(mention));
    return [...taken];
  }

  /** Takes out the mentions whose marks the page removed. */
  takeDisconnected(): HighlightedMention[] {
    const gone = this.list.filter((mention) => !mention.marks[0]!.isConnected);
    if (gone.length > 0) this.list = this.list.filter((mention) => mention.marks[0]!.isConnected);
    return gone;
  }

  takeAll(): HighlightedMention[] {
    return this.list.splice(0);
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
}

function precedes(a: HighlightedMention, b: HighlightedMention): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & 4) !== 0;
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
