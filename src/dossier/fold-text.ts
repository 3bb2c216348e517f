/**
 * Text folded for comparison and search: case, accents and the letters readers type either way
 * (ё/е, ß/ss) do not matter. "Präsident" and "prasident", "ещё" and "еще" fold alike.
 */

/** Letters that are not accented forms in Unicode, but are typed either way. */
const EQUIVALENT_LETTERS: [RegExp, string][] = [
  [/ß/g, 'ss'],
  [/[’‘ʼ`´]/g, "'"],
];

export function foldText(text: string): string {
  let folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  for (const [pattern, replacement] of EQUIVALENT_LETTERS) folded = folded.replace(pattern, replacement);
  return folded;
}
