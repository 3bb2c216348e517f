/**
 * One rule for titles, for every entity: a highlight covers the name, never the title before it.
 * "President Xi Jinping" and "Russian President Vladimir Putin" are both marked on the name alone,
 * because only that can be done the same way everywhere: titles vary without end ("Chinese leader",
 * "Russian President", "Kremlchef") and the watchlist lists only some of them. Titled aliases
 * ("President Xi", "Mr. Putin") still count as evidence for a name; the title is just not marked.
 *
 * Titles as data: each pattern is one title as it stands before a name, in any case; a stem with
 * `\p{L}*` takes the case endings German and Russian give titles ("Präsidenten", "президента").
 */
const NAME_TITLES: readonly string[] = [
  // English
  'President', 'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?', 'Chairman', 'General Secretary', 'Chinese leader', 'Premier',
  'Prime Minister', 'Chancellor', 'Secretary', 'Rear Admiral', 'Admiral', 'Spokesman', 'Spokesperson',
  // German
  'Präsident\\p{L}*', 'Staatspräsident\\p{L}*', 'Staatschef\\p{L}*', 'Parteichef\\p{L}*', 'Kremlchef\\p{L}*',
  'Konteradmiral\\p{L}*', 'Admiral\\p{L}*', 'Herr\\p{L}*', 'Kanzler\\p{L}*',
  // Russian and Ukrainian
  'Председател\\p{L}* КНР', 'председател\\p{L}*', 'голов\\p{L}* КНР', 'президент\\p{L}*', 'адмирал\\p{L}*', 'адмірал\\p{L}*',
  'господин\\p{L}*', 'пан',
];

const LEADING_TITLES = new RegExp(`^(?:(?:${NAME_TITLES.join('|')})\\s+)+`, 'iu');

/** How many characters of `phrase` are titles before the name: 0 when it opens with the name. */
export function leadingTitleLength(phrase: string): number {
  const title = LEADING_TITLES.exec(phrase)?.[0];
  // A phrase that is nothing but titles keeps them: there would be no name left to mark.
  if (!title || title.length >= phrase.trimEnd().length) return 0;
  return title.length;
}
