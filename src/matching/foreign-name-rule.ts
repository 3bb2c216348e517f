import type { PhraseLeaf } from './catalog-phrases';
import { charAt, charBefore } from './characters';

/**
 * Chinese writes foreign names in characters with a dot between given and family name (约翰·柯比,
 * John Kirby). A Chinese alias right after such a dot is someone else's family name (布莱恩·柯比,
 * Brian Kirby), and one right before it someone else's given name. Where the longer name is itself
 * an alias, the longest match has already taken it. The Japanese "・" is left out: Japanese also
 * uses it to mean "and".
 */
const NAME_DOTS = '·‧•';

function isNameDot(char: string): boolean {
  return char !== '' && NAME_DOTS.includes(char);
}

export function isPartOfForeignName(text: string, start: number, end: number, leaf: PhraseLeaf): boolean {
  if (leaf.role !== 'alias' && leaf.role !== 'contextual') return false;
  if (!leaf.boundedLeft && isNameDot(charBefore(text, start))) return true;
  return !leaf.boundedRight && isNameDot(charAt(text, end));
}
