/**
 * Quotes grouped by who said them, for the popup: watchlist entities first (in watchlist order),
 * then other named speakers (most quoted first), then quotes whose speaker the page does not give.
 */
import type { QuoteReport } from '../../analysis/types';
import type { Entity } from '../../catalog/entity';
import { SURE_CONFIDENCE } from '../../quotes/confidence';

export interface SpeakerGroup {
  /** Stable key: the entity id, the speaker's name, or '' for unknown speakers. */
  key: string;
  speaker: string | null;
  role: string | null;
  entityId: string | null;
  quotes: QuoteReport[];
}

/** At or above this, an attribution is shown as certain; below, as a guess to check (see quotes/confidence). */
export const HIGH_CONFIDENCE = SURE_CONFIDENCE;

export function isHighConfidence(quote: Pick<QuoteReport, 'confidence'>): boolean {
  return quote.confidence >= HIGH_CONFIDENCE;
}

export function groupQuotesBySpeaker(quotes: readonly QuoteReport[], watchlist: readonly Entity[], aboutEntityId: string | null = null): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const quote of quotes) {
    if (aboutEntityId !== null && !quote.aboutEntityIds.includes(aboutEntityId)) continue;
    const key = quote.speakerEntityId ?? quote.speaker ?? '';
    let group = groups.get(key);
    if (!group) {
      const entity = quote.speakerEntityId === null ? undefined : watchlist.find((candidate) => candidate.id === quote.speakerEntityId);
      group = { key, speaker: entity?.label ?? quote.speaker, role: quote.speakerRole ?? (entity?.role || null), entityId: quote.speakerEntityId, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  const order = new Map(watchlist.map((entity, index) => [entity.id, index]));
  const rank = (group: SpeakerGroup) => (group.entityId !== null ? 0 : group.speaker !== null ? 1 : 2);
  return [...groups.values()].sort((a, b) =>
    rank(a) - rank(b)
    || (order.get(a.entityId ?? '') ?? 0) - (order.get(b.entityId ?? '') ?? 0)
    || b.quotes.length - a.quotes.length
    || (a.speaker ?? '').localeCompare(b.speaker ?? ''),
  );
}
