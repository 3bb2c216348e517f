/**
 * One rule for titles, for every entity: a highlight covers the name, never the title before it.
 * "President Xi Jinping" and "Russian President Vladimir Putin" are both marked on the name alone,
 * because only that can be done the same way everywhere: titles vary without end ("Chinese leader",
 * "Russian President", "Kremlchef") and the watchlist lists only some of them. Titled aliases
 * ("President Xi", "Mr. Putin") still count as evidence for a name; the title is just not marked.
 *
 * Titles as data: each pattern is one title as it stands before a name, in any case; a stem takes
 * the case endings German and Russian give titles ("Präsidenten", "президента").
 */
const NAME_TITLES: readonly string[] = [
  // English
  'President', 'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?', 'Chairman', 'General Secretary', 'Chinese leader', 'Premier',
  'Prime Minister', 'Chancellor', 'Secretary', 'Rear Admiral', 'Admiral', 'Spokesman', 'Spokesperson',
  // Russian and Ukrainian
  'пан',
];

/** Stems of titles, any letters after them. */
const TITLE_STEMS: readonly string[] = [
  // German
  'Präsident', 'Staatspräsident', 'Staatschef', 'Parteichef', 'Kremlchef', 'Konteradmiral', 'Admiral', 'Herr', 'Kanzler',
  // Russian and Ukrainian
  'председател', 'президент', 'адмирал', 'адмірал', 'господин',
];

/** Stems that make a title with the word after them ("Председателя КНР", "голова КНР"). */
const STEMS_BEFORE_PRC = ['председател', 'голов'];

/**
 * The stems share their letters: every `\p{L}` in a regex costs V8 a millisecond or more to compile
 * in a fresh page, and the first mention of every page paid 15–18 ms for the thirteen a stem each
 * used to have. An alternation takes the first title that fits, and only one title fits at a
 * place, but for "Председателя КНР": its longer form goes first.
 */
const LEADING_TITLES = new RegExp(
  `^(?:(?:(?:${STEMS_BEFORE_PRC.join('|')})\\p{L}* КНР|(?:${TITLE_STEMS.join('|')})\\p{L}*|${NAME_TITLES.join('|')})\\s+)+`,
  'iu',
);

/** How many characters of `phrase` are titles before the name: 0 when it opens with the name. */
export function leadingTitleLength(phrase: string): number {
  const title = LEADING_TITLES.exec(phrase)?.[0];
  // A phrase that is nothing but titles keeps them: there would be no name left to mark.
  if (!title || title.length >= phrase.trimEnd().length) return 0;
  return title.length;
}
