/**
 * German puts the finite verb second. After an opening adverbial the subject follows the verb: „Im
 * Streit um den Hafen hat Ministerin Lea Brandt die Pläne verteidigt“, „Am Dienstag sagte der
 * Minister …“. Read from the opener, the adverbial's noun („Streit“) would stand for the subject.
 */
import type { Token } from './tokens';
import { GERMAN_SPEECH_VERBS } from './speech-lexicon';

/** Prepositions that open a German adverbial, none of them an English word. „In“ only before an article. */
const GERMAN_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'im', 'am', 'beim', 'zum', 'zur', 'vom', 'nach', 'bei', 'auf', 'mit', 'seit', 'wegen', 'trotz', 'angesichts',
  'vor', 'über', 'für', 'gegen', 'unter', 'durch', 'aus', 'bis', 'ab', 'während', 'infolge',
]);
const GERMAN_ARTICLES_AFTER_IN: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'einem', 'einer', 'eines', 'diesem', 'dieser']);

/** Adverbs that open a German sentence, the finite verb right after: „Zuvor hatte die Ministerin …“. */
const GERMAN_OPENING_ADVERBS: ReadonlySet<string> = new Set([
  'zuvor', 'später', 'danach', 'außerdem', 'zudem', 'inzwischen', 'gestern', 'heute', 'bereits', 'damals', 'anschließend',
  'zuletzt', 'kürzlich', 'jüngst', 'zunächst', 'vorher', 'daraufhin', 'dazu', 'darauf', 'dabei', 'deshalb', 'daher',
  'allerdings', 'jedoch', 'trotzdem', 'nun', 'jetzt', 'schließlich', 'erst', 'noch', 'auch', 'ebenfalls', 'bislang', 'bisher',
]);

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
  if (GERMAN_OPENING_ADVERBS.has(opener.lower)) {
    const verb = tokens[from + 1];
    return verb && isFiniteVerb(verb) && tokens[from + 2] ? from + 2 : -1;
  }
  const opensAdverbial = GERMAN_OPENING_PREPOSITIONS.has(opener.lower) || (opener.lower === 'in' && GERMAN_ARTICLES_AFTER_IN.has(tokens[from + 1]?.lower ?? ''));
  if (!opensAdverbial) return -1;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + MAX_ADVERBIAL_TOKENS + 1); k++) {
    const token = tokens[k]!;
    // A comma or a quote ends the adverbial without the verb second: not this word order.
    if (!token.isWord) return -1;
    if (isFiniteVerb(token)) return k + 1;
  }
  return -1;
}

function isFiniteVerb(token: Token): boolean {
  return token.isWord && !token.isCapitalised && (GERMAN_FINITE_AUXILIARIES.has(token.lower) || GERMAN_SPEECH_VERBS.has(token.lower));
}
