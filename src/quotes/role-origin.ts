/**
 * Whose a role is: the country or body a role phrase names beside its head ("Chinese leader",
 * "der russische Präsident", "пресс-секретарь Кремля"). "The Russian leader" later in the page is
 * then never the person introduced as "Chinese leader", though both are a "leader".
 */
import type { Token } from './tokens';
import { isGivenName } from './given-names';
import { cyrillicStem, DETERMINERS, HONORIFICS, isRoleToken } from './speech-lexicon';

/** German adjectives of origin: "russische", "chinesischen", "amerikanischer". */
const GERMAN_ORIGIN_ADJECTIVE = /^(\p{Ll}{3,}isch)(?:e|en|er|es|em)?$/u;
/** Russian adjectives of origin: "российский", "китайского", "американская". */
const RUSSIAN_ORIGIN_ADJECTIVE = /^([\u0430-\u044f\u0451]{3,}ск)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u;
/** Words that end the walk back from a role: they belong to the clause, not to the role. */
const LINK_WORDS = new Set(['of', 'for', 'at', 'von', 'für', 'по', 'в', 'на', 'and', 'und', 'и']);

/**
 * Countries news names by an acronym, with the word their adjective starts with: "КНР" and
 * "китайский", "PRC" and "Chinese", "США" and "американский", "РФ" and "российский".
 */
const ORIGIN_OF_ACRONYM: ReadonlyMap<string, string> = new Map([
  ['кнр', 'китай'], ['prc', 'chinese'], ['сша', 'американ'], ['us', 'american'], ['usa', 'american'], ['рф', 'российск'],
  ['uk', 'british'], ['brd', 'deutsch'], ['фрг', 'германск'], ['vr', 'chinesisch'],
]);

/** A word's mark of origin, or null: a capitalised word that is no role ("Russian", "Kremlin", "США"), or an adjective of origin. */
export function originKey(token: Token): string | null {
  if (!token.isWord || isRoleToken(token) || DETERMINERS.has(token.lower) || HONORIFICS.has(token.lower)) return null;
  const acronym = ORIGIN_OF_ACRONYM.get(token.lower);
  if (acronym && token.text === token.text.toUpperCase()) return acronym;
  if (token.isCapitalised) return cyrillicStem(token.lower.replace(/[’']s$/u, ''));
  const adjective = GERMAN_ORIGIN_ADJECTIVE.exec(token.lower) ?? RUSSIAN_ORIGIN_ADJECTIVE.exec(token.lower);
  return adjective ? adjective[1]! : null;
}

/**
 * The marks of origin of the role at `roleIndex`: the words just before it ("Chinese leader", "Harbour
 * Board safety spokesman") and its complement up to `end` ("президент России").
 */
export function originsOfRole(tokens: Token[], roleIndex: number, end: number, text?: string): string[] {
  const origins: string[] = [];
  for (let k = roleIndex - 1; k >= Math.max(0, roleIndex - 4); k--) {
    const token = tokens[k]!;
    if (!token.isWord || DETERMINERS.has(token.lower) || LINK_WORDS.has(token.lower)) break;
    // A headline without a full stop ends at its line: its words are not the role's ("… Chinese proposals¶Minister …").
    if (text !== undefined && text.slice(token.end, tokens[k + 1]!.start).includes('\n')) break;
    // "Elena Vasquez met Prime Minister …": a person's name ends the role's modifiers; it is no origin.
    if (token.isCapitalised && (isGivenName(token.text) || (tokens[k - 1]?.isCapitalised && isGivenName(tokens[k - 1]!.text)))) break;
    const key = originKey(token);
    if (key) origins.push(key);
  }
  for (let k = roleIndex + 1; k < Math.min(end, roleIndex + 6); k++) {
    const key = originKey(tokens[k]!);
    if (key) origins.push(key);
  }
  return origins;
}

/** "Russia" and "Russian", "Russland" and "russisch", "Китай" and "китайский" share their first letters. */
function sameOrigin(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return a === b;
  return a.slice(0, 4) === b.slice(0, 4);
}

/** Whether two roles may be one person's: either says nothing of origin, or they share one. */
export function originsAgree(wanted: readonly string[], held: readonly string[]): boolean {
  if (wanted.length === 0 || held.length === 0) return true;
  return wanted.some((a) => held.some((b) => sameOrigin(a, b)));
}
