/** The attributes that identify Dossier's highlight marks in a page. */

/** Every highlight element carries it; the mutation observer and the unhighlighter look for it. */
export const MARK_ATTRIBUTE = 'data-dossier-mark';
/** The watchlist id of the entity a mark belongs to. */
export const ENTITY_ATTRIBUTE = 'data-entity';
/** On the second and later pieces of a mention that inline markup splits ("<b>Xi</b> Jinping"). */
export const CONTINUATION_ATTRIBUTE = 'data-dossier-continued';

export const MARK_SELECTOR = `mark[${MARK_ATTRIBUTE}]`;

export function isDossierMark(node: Node | null): node is HTMLElement {
  return node !== null && node.nodeType === 1 && (node as Element).hasAttribute(MARK_ATTRIBUTE);
}
