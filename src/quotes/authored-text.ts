/**
 * Words a text speaks on its author's behalf: „…“, heißt es in dem Bericht · «…», — говорится в
 * документе · "…," the statement read. The text names no author here; the body the page has in view
 * wrote it, and the quote finder resolves it so (see AUTHORED_TEXT_NOUNS). This module only finds the
 * text's noun, in the case its preposition puts it in, and gives it in its dictionary form.
 */
import type { Token } from './tokens';
import { speakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import { AUTHORED_TEXT_NOUNS, nameInGuillemetsEnd } from './speech-lexicon';

/** Prepositions that put a text in place: "in dem Bericht", "im Schreiben", "в заявлении". */
const IN_A_TEXT = new Set(['in', 'im', 'в', 'во']);

/** Articles and adjectives between the preposition and the noun: "in der [neuen] Mitteilung". */
const GERMAN_ARTICLES = new Set(['dem', 'der', 'einem', 'einer', 'seinem', 'seiner', 'ihrem', 'ihrer']);
const ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em|ом|ем|ой|ей)$/u;

/** Russian prepositional endings, each with the nominative endings it may stand for: заявлении → заявление, письме → письмо, докладе → доклад. */
const RUSSIAN_PREPOSITIONAL: readonly [string, readonly string[]][] = [
  ['ии', ['ие']],
  ['е', ['', 'о', 'е']],
];

/** The dictionary form of a text's noun, or null: "Abschlussbericht" → "bericht", "заявлении" → "заявление". */
export function authoredTextNoun(word: string): string | null {
  const lower = word.toLowerCase();
  if (AUTHORED_TEXT_NOUNS.has(lower)) return lower;
  for (const [ending, nominatives] of RUSSIAN_PREPOSITIONAL) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    for (const nominative of nominatives) if (AUTHORED_TEXT_NOUNS.has(stem + nominative)) return stem + nominative;
  }
  // German compounds end in their head noun: "Pressemitteilung", "Abschlussbericht".
  for (const noun of GERMAN_COMPOUND_HEADS) if (lower.length > noun.length + 2 && lower.endsWith(noun)) return noun;
  return null;
}

const GERMAN_COMPOUND_HEADS = ['bericht', 'mitteilung', 'erklärung', 'stellungnahme', 'papier', 'dokument', 'schreiben', 'gesetzentwurf'];

/**
 * A text named after a preposition at tokens[from…]: "in dem Bericht", "im Abschlussbericht", "в
 * заявлении". Callers look first for a body that owns it ("in dem Bericht des Ministeriums").
 */
export function textInPlace(tokens: readonly Token[], from: number): SpeakerPhrase | null {
  let k = from;
  if (!IN_A_TEXT.has(tokens[k]?.lower ?? '')) return null;
  k++;
  if (GERMAN_ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  for (let skipped = 0; skipped < 2 && tokens[k] && !tokens[k]!.isCapitalised && ADJECTIVE.test(tokens[k]!.lower) && !authoredTextNoun(tokens[k]!.text); skipped++) k++;
  const noun = tokens[k];
  const base = noun?.isWord ? authoredTextNoun(noun.text) : null;
  if (!noun || !base) return null;
  return ownerInGuillemets(tokens, k + 1) ?? speakerPhrase({ kind: 'name', name: base, role: null, honorific: false, institution: true, head: base, start: noun.start, end: noun.end, next: k + 1 });
}

/** Genitive words between a text and its owner's name: «в сообщении пресс-службы компании «…»». */
const OWNER_CHAIN = 3;
/** Words the owner's name in guillemets may have: «Волжская пригородная компания» has three. */
const OWNER_NAME_WORDS = 4;

/**
 * «в сообщении пресс-службы компании «ЭкоТверь»»: Russian names a company or a body in guillemets,
 * after a short genitive chain, and does not decline the name. That body wrote the text.
 */
function ownerInGuillemets(tokens: readonly Token[], from: number): SpeakerPhrase | null {
  let k = from;
  while (k < from + OWNER_CHAIN && tokens[k]?.isWord && !tokens[k]!.isCapitalised && /^[\p{Script=Cyrillic}-]+$/u.test(tokens[k]!.text)) k++;
  const close = k === from ? -1 : nameInGuillemetsEnd(tokens, k, OWNER_NAME_WORDS);
  if (close < 0) return null;
  const first = tokens[k + 1]!;
  const last = tokens[close - 1]!;
  const name = tokens.slice(k + 1, close).map((token) => token.text).join(' ');
  return speakerPhrase({ kind: 'name', name, role: null, honorific: false, institution: true, head: last.lower, start: first.start, end: last.end, next: close + 1 });
}
