/** What kind of thing a watchlist entry is; decides the icon and whether it can be a speaker. */
export type EntityKind = 'person' | 'document' | 'organisation';

/** One fact about an entity, with where it comes from, so a reader can check it. */
export interface BackgroundNote {
  text: string;
  /** Human-readable source, e.g. "Handelsblatt, 18 March 2023". */
  source: string;
}

/** One entry of the watchlist. Plain data: it is stored, imported and exported as JSON. */
export interface Entity {
  /** Stable id, kebab-case: `xi`, `putin`, `twelve-point-paper`. */
  id: string;
  label: string;
  kind: EntityKind;
  /** Names that identify the entity wherever they appear. */
  aliases: string[];
  /**
   * Short names that are ambiguous across the web ("Xi", "Kirby"): they count only where the page
   * supports them — one of `aliases` is on the page, or one of `cues` is near the mention.
   */
  contextualAliases: string[];
  /**
   * Words that make a contextual alias credible nearby ("White House", "Beijing"). A trailing `*`
   * makes a cue a word stem ("chinesisch*" also finds "chinesischen").
   */
  cues: string[];
  /**
   * Longer phrases that contain an alias but name something else ("柯比意" is Le Corbusier, not
   * Kirby). Where one of them is the longest match, nothing is counted. Absent means none.
   */
  excludedPhrases?: string[];
  /**
   * Generic references ("the peace plan", "der Friedensplan", "мирный план"): they count only after
   * the page has named the entity, and not where they name another owner ("Kyiv's peace plan").
   * Absent means none.
   */
  references?: string[];
  /** One line: who or what this is. */
  role: string;
  /** CSS colour of its highlight, e.g. `#d14b3f`. */
  colour: string;
  notes: BackgroundNote[];
  /** Disabled entities stay in the watchlist but are not matched. Absent means enabled. */
  enabled?: boolean;
}

export type Catalog = readonly Entity[];

/** The entities a page is scanned for: those the user has not switched off. */
export function enabledEntities(catalog: Catalog): Catalog {
  return catalog.filter((entity) => entity.enabled !== false);
}
