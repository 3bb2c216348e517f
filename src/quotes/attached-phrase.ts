/** A phrase attached to a name or a body, between it and its verb: "Tom Yee of the homicide team said", "the embassy in Ottawa said". */
import type { Token } from './tokens';

/** Words that open a phrase attached to a name: "Tim Ode with the Health Authority says", „Jan Ott vom Bund“. */
const ATTACHED_PHRASE_OPENERS: ReadonlySet<string> = new Set(['with', 'of', 'at', 'from', 'for', 'in', 'and', 'von', 'vom', 'aus', 'bei', 'из']);
const ATTACHED_PHRASE_ARTICLES: ReadonlySet<string> = new Set(['the', 'der', 'die', 'das', 'des']);

/**
 * Past a phrase attached to a name, capitalised words and articles ("of the Integrated Homicide
 * Investigation Team"), where its verb may stand; `k` itself when no such phrase opens there.
 */
export function pastAttachedPhrase(tokens: Token[], k: number): number {
  if (!tokens[k] || !ATTACHED_PHRASE_OPENERS.has(tokens[k]!.lower)) return k;
  const limit = Math.min(tokens.length, k + 10);
  let j = k + 1;
  while (j < limit && tokens[j]!.isWord) {
    const token = tokens[j]!;
    // A body's name may hold a link between capitalised words: "the University of Guelph".
    const link = NAME_INNER_LINKS.has(token.lower) && tokens[j - 1]!.isCapitalised && tokens[j + 1]?.isCapitalised === true;
    if (!token.isCapitalised && !ATTACHED_PHRASE_ARTICLES.has(token.lower) && !link) break;
    j++;
  }
  return j;
}

const NAME_INNER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'für', 'and', 'und', '&']);
