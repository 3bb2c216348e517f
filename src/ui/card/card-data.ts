/** What a hover card says about one mention: plain data, built from the watchlist and the analysis. */
import type { QuoteReport } from '../../analysis/types';
import type { Entity } from '../../catalog/entity';
import type { SpeakerHistoryAnswer } from '../../messaging/dossier-messages';

export interface CardData {
  entity: Entity;
  /** 1-based place of this mention among the entity's mentions on the page. */
  position: number;
  /** The entity's mentions on the page. */
  count: number;
  /** Quotes the entity said on this page. */
  quotesBy: QuoteReport[];
  /** Quotes by someone the page names, other than the entity, that are about the entity. */
  quotesAbout: QuoteReport[];
  /** The entity's quotes in the dossier from other pages, once the background has answered. */
  history?: SpeakerHistoryAnswer | null;
}

/** At most this many notes: a card is a glance, the popup has the rest. */
export const MAX_NOTES = 2;

export function cardDataFor(
  entity: Entity,
  position: number,
  count: number,
  quotes: readonly QuoteReport[],
): CardData {
  const quotesBy = quotes.filter((quote) => quote.speakerEntityId === entity.id);
  // A quote without a known speaker, in a sentence that names the entity, is as likely its own words
  // as words about it: the card leaves it to the popup, which shows the uncertainty.
  const quotesAbout = quotes.filter((quote) => quote.speakerEntityId !== entity.id && quote.speaker !== null
    && quote.aboutEntityIds.includes(entity.id));
  return { entity, position, count, quotesBy, quotesAbout };
}
