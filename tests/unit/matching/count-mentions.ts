import type { Mention } from '../../../src/analysis/types';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';

/** Mentions of the default watchlist in `text`. */
export function defaultMentions(text: string): Mention[] {
  return compileMatcher(DEFAULT_CATALOG).findMentions(text);
}

/** Number of mentions per entity id, leaving out entities with none. */
export function countByEntity(mentions: readonly Mention[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mention of mentions) counts[mention.entityId] = (counts[mention.entityId] ?? 0) + 1;
  return counts;
}
