/**
 * German puts the finite verb second. After an opening adverbial the subject follows the verb: „Im
 * Streit um den Hafen hat Ministerin Lea Brandt die Pläne verteidigt“, „Am Dienstag sagte der
 * Minister …“. Read from the opener, the adverbial's noun („Streit“) would stand for the subject.
 */
import type { Token } from './tokens';
import { GERMAN_SPEECH_VERBS } from './speech-lexicon';
import { isGivenName } from './given-names';

/** Prepositions that open a German adverbial, none of them an English word. „In“ only before an article. */
const GERMAN_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'im', 'am', 'beim', 'zum', 'zur', 'vom', 'nach', 'bei', 'auf', 'mit', 'seit', 'wegen', 'trotz', 'angesichts',
  'vor', 'über', 'für', 'gegen', 'unter', 'durch', 'aus', 'bis', 'ab', 'während', 'infolge',
  'ans', 'ins', 'aufs', 'vors', 'übers', 'durchs', 'fürs',
]);
const GERMAN_ARTICLES_AFTER_IN: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'einem', 'einer', 'eines', 'diesem', 'dieser']);

/** Adverbs of manner that open a reply or a contrast: „Anders sieht das …“, „Ähnlich äußerte sich …“. */
const MANNER_ADVERBS: ReadonlySet<string> = new Set(['anders', 'ähnlich', 'genauso', 'ebenso']);

/** Adverbs that open a German sentence, the finite verb right after: „Zuvor hatte die Ministerin …“. */
const GERMAN_OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'zuvor', 'später', 'danach', 'außerdem', 'zudem', 'inzwischen', 'gestern', 'heute', 'bereits', 'damals', 'anschließend',
  'zuletzt', 'kürzlich', 'jüngst', 'zunächst', 'vorher', 'daraufhin', 'dazu', 'darauf', 'dabei', 'deshalb', 'daher',
  'allerdings', 'jedoch', 'trotzdem', 'nun', 'jetzt', 'schließlich', 'erst', 'noch', 'auch', 'ebenfalls', 'bislang', 'bisher',
  ...MANNER_ADVERBS,
]);

/** Words that go on with an adverbial after its noun: „am Rande der Konferenz“, „nach dem Treffen mit …“. */
const ADVERBIAL_LINKS: ReadonlySet<string> = new Set([
  'der', 'des', 'dem', 'den', 'die', 'das', 'von', 'vom', 'zu', 'zur', 'zum', 'in', 'im', 'an', 'am', 'mit', 'auf', 'für',
  'bei', 'beim', 'nach', 'und', 'oder', 'aus', 'über', 'um', 'gegen', 'ohne',
]);

/** Pronouns that, as objects, may come before the subject after the verb: „sieht das …“, „sagte es …“. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['das', 'dies', 'es']);
/** Words that strengthen an opening adverb: „Ganz anders …“. */
const INTENSIFIERS: ReadonlySet<string> = new Set(['ganz', 'völlig', 'etwas']);

/** Finite auxiliaries and modals: the verb in second place when the main verb comes last ("will", "war" only after a German opener). */
const GERMAN_FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'hat', 'hatte', 'haben', 'hatten', 'ist', 'war', 'sind', 'waren', 'wird', 'will', 'wurde', 'werden', 'wurden', 'wollte', 'wollen',
  'kann', 'konnte', 'können', 'konnten', 'muss', 'musste', 'müssen', 'mussten', 'soll', 'sollte', 'sollen', 'darf', 'durfte', 'möchte',
]);

/** How far into the sentence the verb may stand: an opener and its noun phrase. */
const MAX_ADVERBIAL_TOKENS = 14;

/**
 * Where the subject starts when `tokens` open at `from` with a German adverbial, then the finite verb:
 * the index after that verb, or -1 when the sentence does not open so.
 */
export function subjectAfterGermanVerb(tokens: readonly Token[], from: number): number {
  const opener = tokens[from];
  if (!opener || !opener.isCapitalised) return -1;
  // „Ganz anders sieht das Lena Hoffmeister“: an intensifier before the adverb.
  const adverb = INTENSIFIERS.has(opener.lower) && GERMAN_OPENING_ADVERBS.has(tokens[from + 1]?.lower ?? '') ? from + 1 : from;
  if (GERMAN_OPENING_ADVERBS.has(tokens[adverb]!.lower)) {
    const verb = tokens[adverb + 1];
    // Whatever word follows an opening adverb is the finite verb, the verb being second.
    const finite = verb !== undefined && (isFiniteVerb(verb) || (MANNER_ADVERBS.has(tokens[adverb]!.lower) && verb.isWord && !verb.isCapitalised));
    if (!finite || !tokens[adverb + 2]) return -1;
    // „Anders sieht das Lena Hoffmeister“: an object pronoun may stand between the verb and the subject.
    const objectFirst = OBJECT_PRONOUNS.has(tokens[adverb + 2]!.lower) && tokens[adverb + 3]?.isCapitalised && isGivenName(tokens[adverb + 3]!.text);
    return objectFirst ? adverb + 3 : adverb + 2;
  }
  const opensAdverbial = GERMAN_OPENING_PREPOSITIONS.has(opener.lower) || (opener.lower === 'in' && GERMAN_ARTICLES_AFTER_IN.has(tokens[from + 1]?.lower ?? ''));
  if (!opensAdverbial) return -1;
  let nounSeen = false;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + MAX_ADVERBIAL_TOKENS + 1); k++) {
    const token = tokens[k]!;
    // A comma or a quote ends the adverbial without the verb second: not this word order.
    if (!token.isWord) return -1;
    if (isFiniteVerb(token)) return pastReflexive(tokens, k + 1);
    // „In der anschließenden Pressekonferenz gab sich …“: after the adverbial's noun, the first
    // lower-case word that does not go on with it (an article, a preposition, an adjective) is the verb.
    if (token.isCapitalised) nounSeen = true;
    else if (nounSeen && !ADVERBIAL_LINKS.has(token.lower) && !/(?:en|er|es|em|e)$/u.test(token.lower)) return pastReflexive(tokens, k + 1);
  }
  return -1;
}

/** „gab sich Pieter van Damme optimistisch“, „äußerte sich die Ministerin“: the subject stands after „sich“. */
function pastReflexive(tokens: readonly Token[], index: number): number {
  return tokens[index]?.lower === 'sich' && tokens[index + 1]?.isWord ? index + 1 : index;
}

function isFiniteVerb(token: Token): boolean {
  return token.isWord && !token.isCapitalised && (GERMAN_FINITE_AUXILIARIES.has(token.lower) || GERMAN_SPEECH_VERBS.has(token.lower));
}
