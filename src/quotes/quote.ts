/** The quote finder's result. Offsets are UTF-16 indices into the page's text model. */
import type { Span } from '../text/span';

/** A direct quotation and who said it. */
export interface Quote extends Span {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Speaker at the fullest name the page gives ("John Kirby"); null when the page does not say. */
  speaker: string | null;
  /** The speaker's role where the page gives one ("Kremlin spokesman"). */
  speakerRole: string | null;
  /** Watchlist id of the speaker, when the speaker is a watchlist entity. */
  speakerEntityId: string | null;
  /** The verb or phrase that attributes it ("said", "according to"); null when carried over. */
  cue: string | null;
  /** 0..1: how sure the attribution is: the share of right speakers its rule had on labelled pages. */
  confidence: number;
  /** The attribution rule that gave the speaker (`quotes/attribution-rules.ts`). */
  rule: string;
  /** The sentence the quote stands in (or starts in). */
  sentence: Span;
  /** Watchlist ids the quote or its sentence mentions. */
  aboutEntityIds: string[];
}
