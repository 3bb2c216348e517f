/**
 * German reports whose subject is only "es": „…“, hieß es aus dem Ministerium · Aus dem Kanzleramt
 * verlautete, … · In einer Mitteilung des Ministeriums heißt es, …. "Es" speaks for no one; the source
 * is the body a preposition ("aus", "von", "seitens") or a statement's genitive names. Where the page
 * names no such body ("aus Regierungskreisen"), it does not say who spoke, and no guess is better;
 * a text it names with no owner ("heißt es in dem Bericht") is the body's in view.
 */
import type { Token } from './tokens';
import { speakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import { DOCUMENT_NOUNS, SPEECH_NOUNS, isOrganisationName } from './speech-lexicon';
import { nominativeOfGermanNoun } from './german-noun-case';
import { textInPlace } from './authored-text';

/** Verbs of an impersonal report, with "es": "hieß es", "es heißt"; "verlautete" needs none. */
const IMPERSONAL_VERBS = new Set(['hieß', 'heißt', 'hiess', 'heisst', 'verlautete', 'verlautet']);
const NEEDS_NO_ES = new Set(['verlautete', 'verlautet']);

/** Prepositions that say where words came from: "aus dem Ministerium", "vom Kreml", "seitens der Regierung". */
const SOURCE_PREPOSITIONS = new Set(['aus', 'von', 'vom', 'seitens']);

/** Prepositions of place, a source only when a body follows: „im Kanzleramt“, „in der Staatskanzlei“. */
const PLACE_PREPOSITIONS = new Set(['im', 'in']);

/** Articles of a genitive after a statement's noun: "in einer Erklärung des Ministeriums". */
const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);

/** Articles and adjectives skipped before the body's noun: "aus dem [chinesischen] Außenministerium". */
const ARTICLES = new Set(['dem', 'der', 'den', 'des', 'die', 'das', 'einem', 'einer', 'eines', 'ein', 'eine']);
const GERMAN_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

/** Sources that are nobody in particular: "aus Regierungskreisen", "aus Sicherheitsquellen", "aus dem Umfeld des Ministers". */
const UNNAMED_SOURCE = /(?:kreise|kreisen|quellen|quelle|umfeld|umfeldes|umfelds)$/u;

/** Whether tokens[v] is the verb of an impersonal report ("hieß" with its "es", "verlautete"). */
export function isImpersonalReport(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v]?.lower ?? '';
  if (!IMPERSONAL_VERBS.has(verb)) return false;
  return NEEDS_NO_ES.has(verb) || tokens[v + 1]?.lower === 'es' || tokens[v - 1]?.lower === 'es';
}

/**
 * The body named as the source of an impersonal report in tokens[from, to), or null when the clause
 * names none or names an unnamed circle.
 */
export function impersonalSource(tokens: readonly Token[], from: number, to: number, text: string): SpeakerPhrase | null {
  // „…“, heißt es in dem Bericht: a text with no owner named speaks for whoever the page has in view.
  let document: SpeakerPhrase | null = null;
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    const token = tokens[k]!;
    if (/^[.!?;„“"«»]$/u.test(token.text)) return document;
    document ??= textInPlace(tokens, k);
    const afterStatement = GENITIVE_ARTICLES.has(token.lower) && k > 0 && isStatementNoun(tokens[k - 1]!.lower);
    // „Im Kanzleramt hieß es“: a body as the place the words came from; a city there ("In Berlin") is no source.
    if (PLACE_PREPOSITIONS.has(token.lower) && !afterStatement) {
      const body = textInPlace(tokens, k) ? null : bodyAfter(tokens, k + 1, Math.min(to, tokens.length), text, false);
      if (body && isOrganisationName(body.name!)) return body;
      continue;
    }
    if (!SOURCE_PREPOSITIONS.has(token.lower) && !afterStatement) continue;
    // "von Seiten der Regierung" is "seitens der Regierung".
    const bySide = token.lower === 'von' && tokens[k + 1]?.lower === 'seiten';
    const start = bySide ? k + 2 : k + 1;
    const body = bodyAfter(tokens, start, Math.min(to, tokens.length), text, afterStatement || bySide || token.lower === 'seitens');
    if (body !== undefined) return body;
  }
  return document;
}

function isStatementNoun(lower: string): boolean {
  return SPEECH_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || /(?:mitteilung|erklärung|stellungnahme)$/u.test(lower);
}

/**
 * The body whose words start at `index`: its capitalised words, the last one in the nominative, and a
 * place after "in" ("Außenministerium in Kiew"). Null for an unnamed circle; undefined when no body stands there.
 */
function bodyAfter(tokens: readonly Token[], index: number, to: number, text: string, genitive: boolean): SpeakerPhrase | null | undefined {
  let k = index;
  if (tokens[k] && ARTICLES.has(tokens[k]!.lower)) {
    genitive ||= tokens[k]!.lower === 'des' || tokens[k]!.lower === 'eines';
    k++;
  }
  for (let skipped = 0; skipped < 3 && tokens[k] && !tokens[k]!.isCapitalised && GERMAN_ADJECTIVE.test(tokens[k]!.lower); skipped++) k++;
  const words: Token[] = [];
  while (k < to && tokens[k]!.isWord && tokens[k]!.isCapitalised) words.push(tokens[k++]!);
  if (words.length === 0) return undefined;
  if (UNNAMED_SOURCE.test(words.at(-1)!.lower)) return null;
  const parts = words.map((word) => text.slice(word.start, word.end));
  if (genitive) parts[parts.length - 1] = nominativeOfGermanNoun(parts.at(-1)!);
  let end = words.at(-1)!.end;
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.isWord && tokens[k + 1]!.isCapitalised && k + 1 < to) {
    parts.push('in', text.slice(tokens[k + 1]!.start, tokens[k + 1]!.end));
    end = tokens[k + 1]!.end;
    k += 2;
  }
  return speakerPhrase({
    kind: 'name', name: parts.join(' '), role: null, honorific: false, institution: true,
    head: words.at(-1)!.lower, start: words[0]!.start, end, next: k,
  });
}
