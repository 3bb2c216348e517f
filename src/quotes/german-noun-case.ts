/**
 * German nouns in the genitive, back to the nominative a reader looks them up by: "des Ministeriums"
 * → "Ministerium", "des Amtes" → "Amt", "des Kremls" → "Kreml", "des Bundestages" → "Bundestag".
 * Feminine nouns ("der Regierung") and weak nouns have no genitive -s and stay as they are.
 */
export function nominativeOfGermanNoun(word: string): string {
  if (/[^aeiouäöü]es$/u.test(word) && word.length >= 5) return word.slice(0, -2);
  if (/[^s]s$/u.test(word) && !/(?:us|is|os|as)$/u.test(word) && word.length > 4) return word.slice(0, -1);
  return word;
}
