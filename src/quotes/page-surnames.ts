/**
 * Surnames that are also common words ("May", "Das", "Long"): the lexicon never takes them for a name,
 * since most of the time they are none. A page that writes one right after a known given name or an
 * honorific ("Theresa May", "Dr. Long") uses it as a surname: there, "May said" names her. So with
 * words shaped like German nouns for people („Wegener“, „Fischer“): on a page naming Jutta Wegener,
 * „die Wegener“ is her, not a description.
 */
import { isGivenName } from './given-names';
import { GERMAN_PERSON_NOUN, HONORIFICS, NOT_NAMES } from './speech-lexicon';
import type { Token } from './tokens';

/** Marks every token of `tokens` written as a surname the page introduces (`Token.isPageSurname`). */
export function markPageSurnames(tokens: Token[]): void {
  const surnames = new Set<string>();
  for (let t = 1; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (!token.isWord || !token.isCapitalised || token.text.length < 2) continue;
    // "Dr. Still": an abbreviated honorific's full stop stands between ("…, sir. I think" ends a sentence).
    const stop = tokens[t - 1]!.text === '.' ? 1 : 0;
    const before = tokens[t - 1 - stop];
    // Only right after it, in the same run of words: "Priya Das", not "Priya. Das".
    if (!before?.isWord || tokens[t - 1]!.end + 1 !== token.start) continue;
    const honorific = stop ? HONORIFICS.has(`${before.lower}.`) : HONORIFICS.has(before.lower);
    if (!honorific && (stop || !before.isCapitalised)) continue;
    // Other words are names anyway; one shaped like a noun for a person is marked too.
    const markable = NOT_NAMES.has(token.lower) || GERMAN_PERSON_NOUN.test(token.lower);
    if (markable && (honorific || isGivenName(before.text))) surnames.add(token.text);
  }
  if (surnames.size === 0) return;
  for (const token of tokens) if (surnames.has(token.text)) token.isPageSurname = true;
}
