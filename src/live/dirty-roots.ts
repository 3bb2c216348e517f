/**
 * From a batch of mutation records to the few subtrees that need a new look: added elements,
 * and the parents of added or changed text. Dossier's own marks and UI, and text a reader types
 * into, never count, so highlighting never feeds itself.
 */
import { MARK_ATTRIBUTE } from '../text/mark-attributes';
import { isInsideSkippedElement, isSkippedElement } from '../text/visibility';

/** The parts of a MutationRecord this needs (so tests can pass plain objects). */
export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
}

export function dirtyRootsOf(records: Iterable<MutationLike>): Element[] {
  const candidates = new Set<Element>();
  for (const record of records) {
    if (record.type === 'characterData') {
      const parent = elementForText(record.target);
      if (parent) candidates.add(parent);
      continue;
    }
    if (record.type !== 'childList') continue;
    for (let i = 0; i < record.addedNodes.length; i++) {
      const node = record.addedNodes[i]!;
      if (!node.isConnected) continue;
      if (node.nodeType === 1) {
        if (!isOurs(node as Element)) candidates.add(node as Element);
      } else if (node.nodeType === 3) {
        const parent = elementForText(node);
        if (parent) candidates.add(parent);
      }
    }
  }
  return outermost([...candidates].filter((element) => element.isConnected && !isSkippedElement(element) && !isInsideSkippedElement(element)));
}

/** The element whose text a text node belongs to; a text node inside one of our marks belongs to the mark's parent. */
function elementForText(node: Node): Element | null {
  let parent = node.parentElement;
  while (parent !== null && parent.hasAttribute(MARK_ATTRIBUTE)) parent = parent.parentElement;
  return parent;
}

function isOurs(element: Element): boolean {
  return element.hasAttribute(MARK_ATTRIBUTE);
}

/** Drops every root that lies inside another root of the list. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let up = parentAcrossShadow(element); up !== null; up = parentAcrossShadow(up)) {
      if (set.has(up)) return false;
    }
    return true;
  });
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}
