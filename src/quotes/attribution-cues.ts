/**
 * Finds the speech cue of one quote in the words around it, and the speaker phrase the cue points
 * at. Only the quote's own sentence (and a short attribution-only sentence after it) is read here;
 * carrying speakers across sentences and paragraphs is the job of `find-quotes`.
 */
import type { Token } from './tokens';
import { pastAttachedPhrase } from './attached-phrase';
import type { AttributionRule } from './attribution-rules';
import { indexBeforeAdverbs, nameAfterDescription, readSpeakerBackward, readSpeakerForward, speakerPhrase, withApposedName, type SpeakerPhrase } from './speaker-phrase';
import { BODY_PRONOUNS, GROUP_PRONOUNS, INDEFINITE_DETERMINERS, PERSONAL_RELATIONS, isOrganisationName } from './speech-lexicon';
import { tokenIndexFrom } from './text-index';
import { isGivenName } from './given-names';
import { impersonalSource, isImpersonalReport } from './impersonal-source';
import { textInPlace } from './authored-text';
import { datelineEnd } from './dateline';
import { pronounOfRussianVerb } from './speaker-focus';
import { subjectAfterGermanVerb } from './german-word-order';
import { isImpersonalPluralVerb, locativeBodyAt } from './russian-locative-source';
import { GERMAN_SPEECH_VERBS, RUSSIAN_PLURAL_NOUN, PRONOUNS_OTHER, PRONOUNS_PERSON, ACCORDING_TO, ACCORDING_TO_PRONOUN, BEFORE_ONLY_VERBS, PARTICLE_VERBS, QUOTING_VERBS, SO_CUES, SPEECH_NOUNS, SPEECH_SETTING_NOUNS, SPEECH_VERBS, isRoleToken, isRoleWord, outletLengthAt, outletNamedAt } from './speech-lexicon';

export interface Cue {
  phrase: SpeakerPhrase;
  /** The attributing word(s) as written ("said", "according to", "so"). */
  cue: string | null;
  /** The rule that found it, a name from `attribution-rules`: its confidence is the rule's. */
  rule: AttributionRule;
  /**
   * The speaker is the sentence's object ("Cole mocked the premier for saying “…”"): the subject
   * stays in focus, and "he" after it still means Cole.
   */
  byObject?: true;
}

/** Whether tokens[index] is a speech verb (with its particle, for "pointed out", "went on"). Returns the cue's token count. */
function speechVerbAt(tokens: Token[], index: number, position: 'before' | 'after'): number {
  const token = tokens[index];
  if (!token || !token.isWord || token.isCapitalised && index > 0) return 0;
  if (!SPEECH_VERBS.has(token.lower) && !PARTICLE_VERBS.has(token.lower)) return 0;
  if (position === 'after' && BEFORE_ONLY_VERBS.has(token.lower)) return 0;
  const particle = PARTICLE_VERBS.get(token.lower);
  if (particle) return tokens[index + 1]?.lower === particle ? 2 : 0;
  if (particle === '' && position === 'after') return 0;
  return 1;
}

function accordingToAt(tokens: Token[], index: number): number {
  for (const phrase of ACCORDING_TO) {
    if (phrase.every((word, k) => tokens[index + k]?.lower === word)) return phrase.length;
  }
  return 0;
}

/** "по его словам" at `index`: the pronoun it names the speaker by, as a phrase, and the cue's length. */
function pronounSourceAt(tokens: Token[], index: number): { phrase: SpeakerPhrase; length: number } | null {
  for (const [words, head] of ACCORDING_TO_PRONOUN) {
    if (!words.every((word, k) => tokens[index + k]?.lower === word)) continue;
    const pronoun = tokens[index + words.findIndex((word) => !['according', 'to', 'по', 'за', 'nach'].includes(word))]!;
    const phrase: SpeakerPhrase = speakerPhrase({ kind: 'pronoun', name: null, role: null, honorific: false, head, start: pronoun.start, end: pronoun.end, next: index + words.length });
    return { phrase, length: words.length };
  }
  return null;
}

/**
 * The source an "according to" at `index` names: "according to S", "по словам S" (a name in the
 * genitive, marked so, for `nominativeOfName`).
 */
function sourceAfterAccordingTo(tokens: Token[], index: number, length: number, text: string): SpeakerPhrase | null {
  const phrase = readSpeakerForward(tokens, afterSourceNoun(tokens, index + length), text);
  return phrase && GENITIVE_ACCORDING_TO.has(tokens[index]!.lower) ? { ...phrase, nameCase: 'genitive' } : phrase;
}

/**
 * The source an "according to" at `index` names, by pronoun ("according to her", "по его словам")
 * or by name ("according to Ann Cole", "по словам Маркова"), with the cue's length in tokens.
 */
export function sourceNamedAt(tokens: Token[], index: number, text: string): { phrase: SpeakerPhrase; length: number } | null {
  const byPronoun = pronounSourceAt(tokens, index);
  if (byPronoun) return byPronoun;
  const length = accordingToAt(tokens, index);
  const phrase = length > 0 ? sourceAfterAccordingTo(tokens, index, length, text) : null;
  return phrase ? { phrase, length } : null;
}

/** "по словам Маркова", "за словами Вереського": the source in the genitive. */
const GENITIVE_ACCORDING_TO = new Set(['по', 'за']);

/** "according to a statement from the Kremlin": the speaker is after the statement. */
function afterSourceNoun(tokens: Token[], index: number): number {
  let i = index;
  if (tokens[i] && ['a', 'an', 'the', 'its', 'their'].includes(tokens[i]!.lower)) i++;
  if (tokens[i] && SPEECH_NOUNS.has(tokens[i]!.lower) && tokens[i + 1] && ['from', 'by', 'of'].includes(tokens[i + 1]!.lower)) return i + 2;
  return index;
}

function cueText(tokens: Token[], index: number, length: number, text: string): string {
  return text.slice(tokens[index]!.start, tokens[index + length - 1]!.end).toLowerCase();
}

const LEADING_PUNCTUATION = /^[,.;:!?…\u2014\u2013-]$/u;

/**
 * The cue right after a quote: `"Q," said S` · `"Q," S said` · `„Q“, so S` · `«Q», — заявил S` ·
 * `"Q," according to S`. `tokens` start right after the closing mark.
 */
export function cueRightAfter(tokens: Token[], text: string): Cue | null {
  let i = 0;
  while (i < tokens.length && LEADING_PUNCTUATION.test(tokens[i]!.text)) i++;
  if (i - 0 > 3) return null;
  const first = tokens[i];
  if (!first) return null;
  // "“Q,” was how Ira Bloom described the vote", "is how she put it": the speaker is the clause's subject.
  if ((first.lower === 'was' || first.lower === 'is') && tokens[i + 1]?.lower === 'how') {
    const phrase = readSpeakerForward(tokens, i + 2, text);
    const verb = phrase ? tokens[phrase.next] : undefined;
    if (phrase && verb && (SPEECH_VERBS.has(verb.lower) || BEFORE_ONLY_VERBS.has(verb.lower) || verb.lower === 'put')) {
      return { phrase, cue: verb.lower, rule: 'speaker then verb' };
    }
  }
  // "— передает РИА Новости слова Пескова": an agency relays someone's words, named in the genitive.
  if (RELAY_VERBS.has(first.lower)) {
    const words = tokens.findIndex((token, k) => k > i && k <= i + 4 && RELAYED_WORDS.has(token.lower));
    const phrase = words > 0 ? readSpeakerForward(tokens, words + 1, text) : null;
    if (phrase && phrase.kind === 'name') return { phrase: { ...phrase, nameCase: 'genitive' }, cue: cueText(tokens, i, 1, text), rule: 'verb then speaker' };
  }
  // „Q“, wird Ott in der Zeitung zitiert · "Q," Ott was quoted as saying: the one quoted spoke.
  const passive = quotedInPassive(tokens, i, text);
  if (passive) return passive;
  // "Q," Reuters quoted him as saying: the outlet quotes; its object spoke.
  const outletFrom = tokens[i]?.lower === 'the' ? i + 1 : i;
  const quoting = tokens.findIndex((token, k) => k > outletFrom && k <= outletFrom + 3 && token.lower === 'quoted');
  if (quoting > 0 && tokens.slice(outletFrom, quoting).every((token) => token.isWord && token.isCapitalised)) {
    const quoted = quotedPerson(tokens, quoting + 1, text);
    const end = quoted ? quoted.next : -1;
    if (quoted && tokens[end]?.lower === 'as' && tokens[end + 1]?.lower === 'saying') {
      return { phrase: quoted.kind === 'pronoun' ? quoted : { ...quoted, nameCase: undefined }, cue: 'quoted', rule: 'verb then speaker' };
    }
  }
  // „Q“, hieß es aus dem Ministerium: "es" is no speaker; the body after "aus" is, or nobody.
  if (isImpersonalReport(tokens, i)) {
    const phrase = impersonalSource(tokens, i + 1, tokens.length, text);
    return phrase ? { phrase, cue: cueText(tokens, i, tokens[i + 1]?.lower === 'es' ? 2 : 1, text), rule: 'impersonal report' } : null;
  }
  // Verb first: "said John Kirby", "sagte er", "заявил журналистам Песков".
  const verbLength = speechVerbAt(tokens, i, 'after') || (SO_CUES.has(first.lower) ? 1 : 0);
  if (verbLength > 0) {
    const impersonal = isImpersonalPluralVerb(first);
    const told = i + verbLength + recipientLengthAt(tokens, i + verbLength);
    const afterVerb = told + (outletLengthAt(tokens, told) || (impersonal ? outletBeforePlace(tokens, told, text) : 0));
    const from = afterVerb + settingLengthAt(tokens, afterVerb, text);
    // «— сообщили в пресс-службе ведомства»: an impersonal plural; the body after «в» spoke. First, so
    // that no word of the place («Кремля») is read as a speaker past an object.
    const place = impersonal ? locativeBodyAt(tokens, from, text) : null;
    if (place) return { phrase: place, cue: cueText(tokens, i, verbLength, text), rule: 'impersonal report' };
    // After an indefinite ("said one of the organizers, Ana Ruiz") the apposed name is read first.
    const indefinite = INDEFINITE_DETERMINERS.has(tokens[from]?.lower ?? '');
    const read = QUOTING_VERBS.has(first.lower)
      ? quotedPerson(tokens, from, text)
      : indefinite
        ? nameAfterDescription(tokens, from, text) ?? readSpeakerForward(tokens, from, text) ?? skipOneObject(tokens, from, text)
        : readSpeakerForward(tokens, from, text) ?? nameAfterDescription(tokens, from, text) ?? skipOneObject(tokens, from, text) ?? russianDescriptionAt(tokens, from);
    // "— говорится в документе": no one named; the text speaks for its author.
    const document = read ? null : textInPlace(tokens, from);
    if (document) return { phrase: document, cue: cueText(tokens, i, verbLength, text), rule: 'impersonal report' };
    const group = groupAfterPluralVerb(first, read, tokens, from, text);
    if (group) return { phrase: group, cue: cueText(tokens, i, verbLength, text), rule: 'verb then speaker' };
    // "sagte der Sprecher des Stadtrats, Jonas Keller": the apposition names who holds the role.
    const apposed = read && completesRole(read) ? withApposedName(tokens, read, text, true) : read;
    // «— добавил эксперт»: a Russian verb shows the gender of the unnamed role after it.
    const verbPronoun = apposed?.kind === 'role' && !apposed.pronoun ? pronounOfRussianVerb(first.lower) : null;
    const phrase = verbPronoun ? { ...apposed!, pronoun: verbPronoun } : apposed;
    if (phrase) return { phrase, cue: cueText(tokens, i, verbLength, text), rule: 'verb then speaker' };
  }
  const source = sourceNamedAt(tokens, i, text);
  if (source) return { phrase: source.phrase, cue: cueText(tokens, i, source.length, text), rule: 'according to' };
  // "it said", "it stated in a release": the body the page has in focus.
  if (BODY_PRONOUNS.has(first.lower) || GROUP_PRONOUNS.has(first.lower)) {
    const length = speechVerbAt(tokens, i + 1, 'after');
    if (length > 0) {
      const phrase: SpeakerPhrase = speakerPhrase({ kind: 'pronoun', name: null, role: null, honorific: false, head: first.lower, start: first.start, end: first.end, next: i + 1 });
      return { phrase, cue: cueText(tokens, i + 1, length, text), rule: BODY_PRONOUNS.has(first.lower) ? 'body pronoun' : 'group pronoun' };
    }
  }
  // Speaker first: "Mr Obama said", "he added", "White House press secretary Josh Earnest told reporters".
  const phrase = readSpeakerForward(tokens, i, text);
  // "Ann Cole, director of planning at the regional council for the North Shore, said": a long apposition.
  if (phrase && phrase.kind === 'name' && !phrase.institution && phrase.role === null && tokens[phrase.next]?.text === ',') {
    const verb = speechVerbAfterApposition(tokens, phrase.next + 1);
    if (verb) return { phrase, cue: cueText(tokens, verb.index, verb.length, text), rule: 'speaker, apposition, verb' };
  }
  if (phrase) {
    let v = phrase.next;
    // "Obama, the Democrat, said" is rare; an adverb between is common ("he later said").
    for (let skipped = 0; skipped < 2 && tokens[v] && !speechVerbAt(tokens, v, 'after') && isAdverbLike(tokens[v]!); skipped++) v++;
    const length = speechVerbAt(tokens, v, 'after');
    if (length > 0) return { phrase: agentOfPassive(tokens, v, text) ?? phrase, cue: cueText(tokens, v, length, text), rule: 'speaker then verb' };
    // "Frank Jang of the Integrated Homicide Investigation Team told reporters": the person's body, then the verb.
    // Not "and": "Lind and Berg said" is two people.
    const attached = phrase.kind === 'name' && !phrase.institution && tokens[v]?.lower !== 'and' ? pastAttachedPhrase(tokens, v) : v;
    const attachedLength = attached > v + 1 ? speechVerbAt(tokens, attached, 'after') : 0;
    if (attachedLength > 0) return { phrase, cue: cueText(tokens, attached, attachedLength, text), rule: 'speaker then verb' };
    // German/Russian "S zufolge".
    if (tokens[v]?.lower === 'zufolge') return { phrase, cue: 'zufolge', rule: 'according to' };
  }
  // An apposition before the verb: "her mother, Fiona Reyes, said", "Lena Ott, the mayor, said".
  for (let v = i + 2; v < Math.min(tokens.length, i + 16); v++) {
    if (tokens[v - 1]!.text !== ',') continue;
    const length = speechVerbAt(tokens, v, 'after');
    if (length === 0) continue;
    const named = readSpeakerBackward(tokens, v, text);
    if (named && named.kind === 'name') return { phrase: named, cue: cueText(tokens, v, length, text), rule: 'speaker, apposition, verb' };
    break;
  }
  return null;
}

/** The link between a verb of blame and the words blamed: "criticised Ruiz for saying", "accused Ruiz of saying". */
const BLAME_LINKS: ReadonlySet<string> = new Set(['for', 'of']);

/** Auxiliaries of a German passive ("wird … zitiert") and of an English one ("was quoted"). */
const PASSIVE_AUXILIARIES = new Set(['wird', 'wurde', 'werden', 'wurden']);
const ENGLISH_PASSIVE_AUXILIARIES = new Set(['was', 'is', 'were']);
/** How many tokens may stand between a Russian body in the locative and its impersonal verb: «на запрос «Ъ»». */
const LOCATIVE_ADVERBIAL_TOKENS = 5;
/** Particles of German separable verbs of speech, at the clause's end: „fasste er zusammen:“, „fügte sie hinzu:“. */
const GERMAN_VERB_PARTICLES: ReadonlySet<string> = new Set(['zusammen', 'hinzu', 'aus', 'ein', 'fort', 'an', 'vor', 'hervor', 'klar', 'zurück', 'zu']);
/** Auxiliaries before a verb that names the words' kind, in the passive ("was called", "has been accused"). */
const NAMING_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, ...ENGLISH_PASSIVE_AUXILIARIES, 'are', 'be', 'been', 'being']);
const QUOTED_PARTICIPLES = new Set(['zitiert', 'quoted']);

/** `„Q“, wird Ott zitiert` · `„Q“, wurde der Minister in der Zeitung zitiert` · `"Q," Ott was quoted as saying`. */
function quotedInPassive(tokens: Token[], i: number, text: string): Cue | null {
  const german = PASSIVE_AUXILIARIES.has(tokens[i]?.lower ?? '');
  const phrase = readSpeakerForward(tokens, german ? i + 1 : i, text);
  if (!phrase || (phrase.kind === 'pronoun' && !german)) return null;
  for (let k = phrase.next; k < Math.min(tokens.length, phrase.next + 6); k++) {
    const token = tokens[k]!;
    if (!token.isWord) return null;
    if (!QUOTED_PARTICIPLES.has(token.lower)) continue;
    const passive = german || ENGLISH_PASSIVE_AUXILIARIES.has(tokens[k - 1]!.lower);
    return passive ? { phrase, cue: cueText(tokens, k, 1, text), rule: german ? 'verb then speaker' : 'speaker then verb' } : null;
  }
  return null;
}

/** Tokens an apposition may run before its speech verb ("…, director of … at …, said"). */
const MAX_APPOSITION = 45;

/** The speech verb that closes an apposition starting at `from`: `, said`, `, told reporters`. */
function speechVerbAfterApposition(tokens: Token[], from: number): { index: number; length: number } | null {
  for (let k = from; k < Math.min(tokens.length, from + MAX_APPOSITION); k++) {
    const token = tokens[k]!;
    if (token.text === ';' || /^["“”„«»]$/.test(token.text)) return null;
    if (token.text !== ',') continue;
    let v = k + 1;
    for (let skipped = 0; skipped < 2 && tokens[v] && !speechVerbAt(tokens, v, 'after') && isAdverbLike(tokens[v]!); skipped++) v++;
    const length = speechVerbAt(tokens, v, 'after');
    if (length > 0) return { index: v, length };
  }
  return null;
}

/** A role, or a body that completes one ("Sprecher des | Stadtrats", "head of the | Guild"): an apposition may name its holder. */
function completesRole(phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'role' || (phrase.kind === 'name' && phrase.role !== null && /\b(?:des|der|of|for|the|at)$/iu.test(phrase.role));
}

const ACRONYM = /^\p{Lu}{2,}$/u;

/** Object pronouns after a quoting verb, as the subject pronoun they stand for. */
const QUOTED_OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['его', 'он'], ['её', 'она'], ['ее', 'она'], ['ihn', 'er'], ['sie', 'sie'], ['him', 'he'], ['her', 'she'], ['її', 'вона'], ['його', 'він'],
]);

/** Nouns for an outlet that German puts before its name: „die Nachrichtenagentur dpa“, „das Magazin „Stern““. */
const GERMAN_OUTLET_NOUNS: ReadonlySet<string> = new Set(['zeitung', 'nachrichtenagentur', 'agentur', 'magazin', 'sender', 'blatt', 'portal', 'wochenzeitung', 'tageszeitung']);
const GERMAN_OUTLET_ARTICLES: ReadonlySet<string> = new Set(['die', 'der', 'das']);
/** German news agencies that write their names in lower case. */
const LOWER_CASE_AGENCIES: ReadonlySet<string> = new Set(['dpa', 'afp', 'epd', 'kna', 'ddp', 'apa', 'sda']);

/**
 * „zitiert die „Süddeutsche Zeitung“ …“, „zitiert die Nachrichtenagentur dpa …“: the outlet that quotes,
 * its article, its noun and its name, before whom it quotes. How many tokens it takes at `index`, or 0.
 */
function germanOutletLengthAt(tokens: Token[], index: number): number {
  if (!GERMAN_OUTLET_ARTICLES.has(tokens[index]?.lower ?? '')) return 0;
  let k = index + 1;
  if (GERMAN_OUTLET_NOUNS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.text === '„') {
    const close = tokens.findIndex((token, at) => at > k && at <= k + 5 && token.text === '“');
    return close > k + 1 ? close + 1 - index : 0;
  }
  // A name after the noun: „die Nachrichtenagentur dpa“, „der Sender NDR“; the noun alone: „die Zeitung“.
  if (k > index + 1 && tokens[k]?.isWord && (ACRONYM.test(tokens[k]!.text) || LOWER_CASE_AGENCIES.has(tokens[k]!.text))) k++;
  return k > index + 1 ? k - index : 0;
}

/**
 * After a quoting verb, the one quoted, not the agency passing the words on, whichever comes first:
 * "— цитирует Путина ТАСС", "— цитирует ТАСС Путина". Agencies are written as acronyms.
 */
function quotedPerson(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  // "— цитирует его ТАСС", „zitiert ihn die Zeitung“: the person in focus, by an object pronoun.
  const object = tokens[index] ? QUOTED_OBJECT_PRONOUNS.get(tokens[index]!.lower) : undefined;
  if (object) {
    const token = tokens[index]!;
    return speakerPhrase({ kind: 'pronoun', name: null, role: null, honorific: false, head: object, start: token.start, end: token.end, next: index + 1 });
  }
  let start = index + (outletNamedAt(tokens, index) || germanOutletLengthAt(tokens, index));
  while (tokens[start] && ACRONYM.test(tokens[start]!.text)) start++;
  // "— цитирует РИА Новости замглавы МИД Андрея Климова", «адвоката компании Светлану Громову»: a role
  // (one the lexicon knows or not) and its complement before the name.
  if (tokens[start] && tokens[start]!.isWord && !tokens[start]!.isCapitalised) {
    const phrase = readSpeakerForward(tokens, start, text);
    // An acronym that ends the phrase is an outlet's or a body's, not the person quoted, unless a German
    // genitive makes it the body the role serves („einen Sprecher des ADAC“).
    const servesBody = phrase?.role !== null && phrase?.role !== undefined && /\s(?:des|der)$/u.test(phrase.role);
    return phrase?.kind === 'name' && (servesBody || !ACRONYM.test(tokens[phrase.next - 1]?.text ?? '')) ? { ...phrase, nameCase: 'accusative' } : null;
  }
  let end = start;
  while (tokens[end] && tokens[end]!.isWord && tokens[end]!.isCapitalised && !ACRONYM.test(tokens[end]!.text)) end++;
  if (end === start) return null;
  const phrase = readSpeakerForward(tokens.slice(0, end), start, text);
  return phrase?.kind === 'name' ? { ...phrase, nameCase: 'accusative' } : null;
}

/** Plural nouns for people who speak as a group, unnamed: "residents said", "team members say". */
const GROUP_OF_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'residents', 'members', 'officials', 'experts', 'analysts', 'critics', 'protesters', 'parents', 'students', 'teachers',
  'workers', 'neighbours', 'neighbors', 'organizers', 'organisers', 'volunteers', 'witnesses', 'doctors', 'nurses', 'fans',
  'voters', 'farmers', 'locals', 'lawmakers', 'investigators', 'advocates', 'scientists', 'researchers', 'economists',
  'villagers', 'families', 'employees', 'staff', 'supporters', 'opponents', 'activists', 'shoppers', 'players', 'coaches',
  'administrators', 'trustees', 'firefighters', 'paramedics', 'physicians', 'surgeons', 'negotiators', 'passengers', 'commuters',
  'tenants', 'landlords', 'patients', 'survivors', 'relatives', 'athletes', 'refugees', 'delegates', 'legislators', 'politicians',
  'observers', 'demonstrators', 'strikers', 'veterans', 'soldiers', 'pilots', 'drivers', 'miners', 'epidemiologists', 'educators',
]);
/** How many words a group's description may take before its verb ("team members dressed for a game say"). */
const GROUP_CUE_REACH = 8;

/** A group of people the page names by the words from `first` to `last`, with `next` the token after. */
function groupPhrase(first: Token, last: Token, next: number, text: string): SpeakerPhrase {
  return speakerPhrase({ kind: 'name', name: text.slice(first.start, last.end), role: null, honorific: false, head: last.lower, start: first.start, end: last.end, next, group: true });
}

/**
 * „sagten Anwohner“, „kritisierten die Experten“: a German plural verb, then a noun for people;
 * «— считают эксперты», «— говорят жители»: a Russian plural verb and a bare plural noun ending the
 * clause. The group speaks, by its noun; `read` is what was read after the verb at `from`.
 */
function groupAfterPluralVerb(verb: Token, read: SpeakerPhrase | null, tokens: Token[], from: number, text: string): SpeakerPhrase | null {
  const bareOrDie = tokens[from]?.isCapitalised || (tokens[from]?.lower === 'die' && tokens[from + 1]?.isCapitalised);
  if (GERMAN_SPEECH_VERBS.has(verb.lower) && /en$/u.test(verb.lower) && bareOrDie && read?.kind === 'role' && !read.name && read.role) {
    return { ...read, kind: 'name', name: read.role, group: true };
  }
  const plural = tokens[from];
  const endsClause = !tokens[from + 1] || !tokens[from + 1]!.isWord;
  if (/(?:ют|ят|ут|ат|ли)$/u.test(verb.lower) && plural && plural.text.length >= 5 && RUSSIAN_PLURAL_NOUN.test(plural.text) && endsClause) {
    return groupPhrase(plural, plural, from + 1, text);
  }
  return null;
}

/** Words that may stand before a group's noun in its phrase: "the", "some", "local", "many of the". */
const GROUP_MODIFIERS_REACH = 3;

/** "mayors", "lawyers": an English plural whose singular is a role; or a noun for a group of people. */
function isPluralOfPeople(token: Token): boolean {
  if (!/^\p{Script=Latin}+$/u.test(token.text)) return false;
  if (GROUP_OF_PEOPLE_NOUNS.has(token.lower)) return true;
  const singular = /[^s]s$/u.test(token.lower) ? token.lower.slice(0, -1) : null;
  return singular !== null && isRoleWord(singular);
}

/**
 * The group that is the subject of the English speech verb at `v`: a plural noun for people right
 * before it ("Critics called", "local doctors say", "the mayors said"), with the words that open its
 * phrase, at the start of a clause. Null where the noun is an object ("told residents").
 */
function groupSubjectBefore(tokens: Token[], v: number, text: string): SpeakerPhrase | null {
  const nounIndex = indexBeforeAdverbs(tokens, v);
  const noun = tokens[nounIndex];
  if (!noun || !noun.isWord || !isPluralOfPeople(noun)) return null;
  const clauseStart = (k: number): boolean => k < 0 || !tokens[k]!.isWord || CONJUNCTIONS_BEFORE_SUBJECT.has(tokens[k]!.lower);
  let first = nounIndex;
  // A capital only where it opens the clause ("Critics called", "Local doctors say").
  if (noun.isCapitalised && !clauseStart(nounIndex - 1)) return null;
  while (first > nounIndex - GROUP_MODIFIERS_REACH && !clauseStart(first - 1)) {
    const modifier = tokens[first - 1]!;
    if (modifier.isCapitalised ? !clauseStart(first - 2) : !isGroupModifier(modifier)) return null;
    first--;
  }
  if (!clauseStart(first - 1)) return null;
  return groupPhrase(tokens[first]!, noun, nounIndex + 1, text);
}

/**
 * A group in subject position at `start` ("The mayors had responded", "Local doctors say", "Hospital
 * administrators say", "Provincial Crown prosecutors argued"): up to three opening words, then a
 * plural noun for people, then the rest of the clause in lower case. A capitalised word before the
 * noun is a noun or a name that says whose people they are, wherever it stands.
 */
export function groupSubjectAt(tokens: Token[], start: number, text: string): SpeakerPhrase | null {
  for (let k = start; k < Math.min(tokens.length, start + GROUP_MODIFIERS_REACH + 1); k++) {
    const token = tokens[k]!;
    if (!token.isWord) return null;
    if (!isPluralOfPeople(token)) {
      if (!isGroupModifier(token) && !token.isCapitalised) return null;
      continue;
    }
    const after = tokens[k + 1];
    return after && after.isWord && !after.isCapitalised ? groupPhrase(tokens[start]!, token, k + 1, text) : null;
  }
  return null;
}

/** Lower-case words that open a group's phrase ("the", "some", "many", "other"). */
const GROUP_MODIFIERS: ReadonlySet<string> = new Set(['the', 'some', 'many', 'several', 'other', 'most', 'few', 'two', 'three', 'both', 'all']);

/** A word before a group's noun: a determiner or quantity, or an adjective by its ending ("local", "Ukrainian", "striking"). */
function isGroupModifier(token: Token): boolean {
  return GROUP_MODIFIERS.has(token.lower) || /(?:al|an|ic|ive|ing|ed)$/u.test(token.lower);
}

/**
 * `"Q," residents said.`, `"Q," team members dressed for a game say in unison`: lower-case words
 * that end in a plural noun for people, then a speech verb. The group, by the page's phrase.
 */
export function groupCueAfter(tokens: Token[], text: string): Cue | null {
  let i = 0;
  while (i < tokens.length && LEADING_PUNCTUATION.test(tokens[i]!.text)) i++;
  let noun = -1;
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const token = tokens[k]!;
    if (!token.isWord || token.isCapitalised) break;
    if (GROUP_OF_PEOPLE_NOUNS.has(token.lower)) noun = k;
  }
  if (noun < 0) return null;
  for (let k = noun + 1; k < Math.min(tokens.length, noun + GROUP_CUE_REACH); k++) {
    if (/^[.!?;]$/.test(tokens[k]!.text)) return null;
    const length = speechVerbAt(tokens, k, 'after');
    if (length === 0) continue;
    return { phrase: groupPhrase(tokens[i]!, tokens[noun]!, noun + 1, text), cue: cueText(tokens, k, length, text), rule: 'speaker then verb' };
  }
  return null;
}

/**
 * `"Q," officials said.` / `"Q," one diplomat told us.`: a speech verb right after the quote whose
 * speaker cannot be named. The quote is then nobody's we know, and must not inherit a speaker.
 */
export function hasUnnamedCue(tokens: Token[]): boolean {
  let i = 0;
  while (i < tokens.length && LEADING_PUNCTUATION.test(tokens[i]!.text)) i++;
  // "“Q!” was the response of one viewer": the words of someone the page does not name.
  if (['was', 'is', 'came'].includes(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'the' && SPEECH_OR_REACTION_NOUNS.has(tokens[i + 2]?.lower ?? '')) return true;
  if (INDEFINITE_DETERMINERS.has(tokens[i]?.lower ?? '')) return introducesSomeoneNew(tokens);
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const token = tokens[k]!;
    if (!token.isWord) return false;
    if (speechVerbAt(tokens, k, 'after') > 0) return true;
  }
  return false;
}

/**
 * `"Q," a reader, whose name was withheld, wrote on Friday.`: the words right after the quote bring
 * in someone new with an indefinite article, then speak, however long the apposition between.
 */
export function introducesSomeoneNew(tokens: Token[]): boolean {
  let i = 0;
  while (i < tokens.length && LEADING_PUNCTUATION.test(tokens[i]!.text)) i++;
  if (!INDEFINITE_DETERMINERS.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 16); k++) {
    if (/^[.!?;]$/.test(tokens[k]!.text)) return false;
    if (speechVerbAt(tokens, k, 'after') > 0) return true;
  }
  return false;
}

function isAdverbLike(token: Token): boolean {
  return token.isWord && !token.isCapitalised && (/ly$/.test(token.lower) || ['also', 'then', 'later', 'now', 'once', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'again', 'still', 'further', 'hat', 'hatte', 'ещё', 'также', 'тогда'].includes(token.lower));
}

/** Whom Russian words are told to, in the dative, before an outlet's name: «корреспонденту РИА Новости». */
const RECIPIENTS_OF_AN_OUTLET: ReadonlySet<string> = new Set([
  'корреспонденту', 'корреспондентам', 'журналисту', 'журналистам', 'репортерам', 'репортёрам', 'изданию', 'агентству',
  'телеканалу', 'газете', 'радиостанции', 'порталу',
]);

/** «— рассказала корреспонденту РИА Новости пенсионерка …»: the recipient and its outlet, skipped; how many tokens. */
function recipientLengthAt(tokens: Token[], index: number): number {
  if (!RECIPIENTS_OF_AN_OUTLET.has(tokens[index]?.lower ?? '')) return 0;
  const outlet = outletNamedAt(tokens, index + 1);
  return outlet > 0 ? 1 + outlet : 0;
}

/** «— сообщили РИА Новости в пресс-службе ведомства»: the outlet told, then the body that spoke; the outlet's length. */
function outletBeforePlace(tokens: Token[], index: number, text: string): number {
  const outlet = outletNamedAt(tokens, index);
  return outlet > 0 && locativeBodyAt(tokens, index + outlet, text) ? outlet : 0;
}

/**
 * "заявил журналистам Песков", "schrieb auf Twitter der Minister", "píše ve svém hodnocení server X":
 * up to four lower-case words between the verb and a speaker that ends the clause.
 */
const LOCATIVE_PREPOSITIONS = new Set(['в', 'во', 'на']);

/** Endings of Russian nouns in the oblique cases ("журналистам") and plurals ("эксперты": a group), which name no one person. */
const RUSSIAN_OBLIQUE = /(?:ам|ям|ом|ем|ым|им|ах|ях|ой|ей|ью|ии|ами|ями|ы|и)$/u;

/**
 * "— возмущается пенсионерка.", "— сказала москвичка": Russian names again the person in view by a
 * bare noun that ends the clause, with no article to show it is a description. A role for that person.
 */
function russianDescriptionAt(tokens: Token[], index: number): SpeakerPhrase | null {
  const noun = tokens[index];
  const after = tokens[index + 1];
  if (!noun || !noun.isWord || noun.isCapitalised || !/^\p{Script=Cyrillic}{5,}$/u.test(noun.text)) return null;
  if (RUSSIAN_OBLIQUE.test(noun.lower) || PRONOUNS_PERSON.has(noun.lower) || PRONOUNS_OTHER.has(noun.lower)) return null;
  if (after && !/^[.!?;]$/.test(after.text)) return null;
  return speakerPhrase({ kind: 'role', name: null, role: noun.text, honorific: false, head: noun.lower, start: noun.start, end: noun.end, next: index + 1, epithet: true });
}

/**
 * "— написал в своём телеграм-канале советник …", "— сказал в интервью ТАСС глава …": how many
 * tokens a Russian setting takes between the verb and the speaker (0 when there is none), the
 * outlet after it included.
 */
function settingLengthAt(tokens: Token[], index: number, text: string): number {
  // Settings chain: «на заседании в Совете Федерации Семёнов»; a body as the place, then the speaker.
  let end = index;
  for (let step = 0; step < 3; step++) {
    const setting = oneSettingLengthAt(tokens, end);
    const place = setting > 0 ? null : locativeBodyAt(tokens, end, text);
    const afterPlace = place ? tokens[place.next] : undefined;
    if (setting > 0) end += setting;
    else if (place && afterPlace?.isWord && (afterPlace.isCapitalised || isRoleToken(afterPlace))) end = place.next;
    else break;
  }
  return end - index;
}

function oneSettingLengthAt(tokens: Token[], index: number): number {
  if (!LOCATIVE_PREPOSITIONS.has(tokens[index]?.lower ?? '')) return 0;
  for (let k = index + 1; k < Math.min(tokens.length, index + 4); k++) {
    const token = tokens[k]!;
    if (!token.isWord || token.isCapitalised) return 0;
    if (SPEECH_SETTING_NOUNS.has(token.lower)) return k + 1 - index + outletNamedAt(tokens, k + 1);
  }
  return 0;
}

function skipOneObject(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  for (let k = index; k < Math.min(tokens.length, index + 5); k++) {
    const token = tokens[k]!;
    if (!token.isWord) return null;
    // "— сказал в интервью РИА Новости": the outlet after a setting is no speaker.
    if (SPEECH_SETTING_NOUNS.has(token.lower)) return null;
    // "sagte eine Anwohnerin": someone brought in by an indefinite is described, not named.
    if (INDEFINITE_DETERMINERS.has(token.lower)) return null;
    if (token.isCapitalised && k > index) {
      const read = readSpeakerForward(tokens, k, text);
      if (!read || read.kind !== 'name') return null;
      // "— сказали в Кремле": a body named after a locative preposition, in the prepositional case.
      const phrase: SpeakerPhrase = LOCATIVE_PREPOSITIONS.has(tokens[k - 1]!.lower) ? { ...read, nameCase: 'prepositional' } : read;
      const after = tokens[phrase.next];
      if (!after || /^[.,;!?]$/.test(after.text)) return phrase;
      // A two-part name of a publication or a firm: "Claret and Hugh", "Procter & Gamble".
      const second = tokens[phrase.next + 1];
      const end = tokens[phrase.next + 2];
      if (AND_WORDS.has(after.lower) && second?.isCapitalised && (!end || /^[.,;!?]$/.test(end.text))) {
        return { ...phrase, name: text.slice(phrase.start, second.end), end: second.end, next: phrase.next + 2 };
      }
      return null;
    }
    if (token.isCapitalised) return null;
  }
  return null;
}

/** Russian verbs of speech with no subject: "в документе говорится", "в заявлении отмечается". */
const IMPERSONAL_SPEECH_VERBS = new Set(['говорится', 'сказано', 'отмечается', 'подчеркивается', 'подчёркивается', 'указывается']);

/** A text named in the clause before tokens[v] ("В документе | говорится"), if any. */
function textInClause(tokens: Token[], v: number): SpeakerPhrase | null {
  for (let k = Math.max(0, v - 6); k < v; k++) {
    const document = textInPlace(tokens, k);
    if (document) return document;
  }
  return null;
}

/** Russian verbs by which an agency relays a person's words ("передает ТАСС слова Пескова"). */
const RELAY_VERBS = new Set(['передает', 'передаёт', 'приводит', 'приводят', 'передают']);
const RELAYED_WORDS = new Set(['слова', 'высказывание', 'заявление']);

/** What a quote "was" when the page gives no speaker's name: "was the response of one viewer". */
const SPEECH_OR_REACTION_NOUNS = new Set([...SPEECH_NOUNS, 'reaction', 'verdict', 'refrain', 'message', 'cry', 'slogan', 'headline', 'caption']);

const AND_WORDS = new Set(['and', '&', 'und', 'и', 'a', 'et']);

/** `"Q," smiled Putin.` — a short clause after a quote that ends in a comma, closed by a name: the name spoke. */
export function nameClosingShortClause(tokens: Token[], text: string, quoteEndsWithComma: boolean): Cue | null {
  let i = 0;
  while (i < tokens.length && LEADING_PUNCTUATION.test(tokens[i]!.text)) i++;
  const comma = quoteEndsWithComma || tokens[0]?.text === ',';
  if (!comma || !tokens[i] || tokens[i]!.isCapitalised) return null;
  const words = tokens.slice(i).filter((token) => token.isWord).length;
  if (words > 5) return null;
  // A speech verb here was read by `cueRightAfter`: if it named nobody, the page names nobody ("hieß es aus Regierungskreisen").
  if (tokens.some((_, k) => k >= i && (speechVerbAt(tokens, k, 'after') > 0 || isImpersonalReport(tokens, k)))) return null;
  for (let k = i + 1; k < tokens.length; k++) {
    if (!tokens[k]!.isCapitalised) continue;
    const phrase = readSpeakerForward(tokens, k, text);
    if (!phrase || phrase.kind !== 'name') return null;
    const after = tokens[phrase.next];
    return !after || /^[.!?]$/.test(after.text) ? { phrase, cue: null, rule: 'name closing a short clause' } : null;
  }
  return null;
}

/**
 * The cue before a quote in its sentence: `S said: "Q"` · `S said that "Q…"` · `according to S, "Q"` ·
 * `S called it "Q"` · headline `S: "Q"` · `Dazu sagte Scholz: „Q“`. `tokens` end right before the opening mark.
 */
export function cueBefore(tokens: Token[], text: string): Cue | null {
  for (let v = tokens.length - 1; v >= 0; v--) {
    const byPronoun = pronounSourceAt(tokens, v);
    if (byPronoun) return { phrase: byPronoun.phrase, cue: cueText(tokens, v, byPronoun.length, text), rule: 'according to' };
    const according = accordingToAt(tokens, v);
    // "Wen Tao sagte laut Staatsmedien: „…“", "Tao said, according to state media, …": the source of
    // the report; the verb's own subject speaks.
    if (according > 0 && speechVerbAt(tokens, tokens[v - 1]?.text === ',' ? v - 2 : v - 1, 'before') > 0) continue;
    if (according > 0) {
      // "Schmidt zufolge ist der Plan „…“": the one postposition names its speaker before it.
      const phrase = tokens[v]!.lower === 'zufolge'
        ? readSpeakerBackward(tokens, v, text, false)
        : sourceAfterAccordingTo(tokens, v, according, text);
      if (phrase) return { phrase, cue: cueText(tokens, v, according, text), rule: 'according to' };
      continue;
    }
    // "Arment’s insistence that “…”", "the Kremlin’s statement: “…”".
    if (SPEECH_NOUNS.has(tokens[v]!.lower) && tokens[v - 1]?.isPossessive) {
      const owner = readSpeakerBackward(tokens, v, text, false);
      if (owner && owner.kind !== 'pronoun') return { phrase: owner, cue: tokens[v]!.lower, rule: 'owner of the words' };
    }
    // "Aus dem Ministerium hieß es:", "In einer Erklärung des Amtes heißt es, …": the body named in the clause, or nobody.
    if (isImpersonalReport(tokens, v)) {
      const source = impersonalSource(tokens, 0, tokens.length, text);
      return source ? { phrase: source, cue: cueText(tokens, v, 1, text), rule: 'impersonal report' } : null;
    }
    // "Die Zeitung zitiert den Minister Jan Ott mit den Worten:", "The paper quoted Ott as saying:": its object spoke.
    if (QUOTING_VERBS.has(tokens[v]!.lower) && !tokens[v]!.isCapitalised) {
      const quoted = readSpeakerForward(tokens, v + 1, text);
      if (quoted && quoted.kind !== 'pronoun' && !quoted.institution) return { phrase: quoted, cue: cueText(tokens, v, 1, text), rule: 'verb then speaker before' };
    }
    const length = speechVerbAt(tokens, v, 'before');
    if (length === 0) continue;
    // "Ash was accused of “…”", "the plan was called “…”": the subject did not say the words.
    if (BEFORE_ONLY_VERBS.has(tokens[v]!.lower) && [v - 1, v - 2].some((k) => NAMING_PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? ''))) continue;
    // "She was told by Ivo Marten:": the agent of the passive spoke.
    const agent = agentOfPassive(tokens, v, text);
    if (agent) return { phrase: agent, cue: cueText(tokens, v, length, text), rule: 'verb then speaker before' };
    // «В Кремле заявили:», «В министерстве транспорта уточнили:»: the body after «в» spoke.
    if (isImpersonalPluralVerb(tokens[v])) {
      for (let k = Math.max(0, v - 8); k < v; k++) {
        const place = locativeBodyAt(tokens, k, text);
        // «В Минфине на запрос «Ъ» заявили»: a short adverbial between the body and its verb, no clause break.
        if (place && place.next <= v && v - place.next <= LOCATIVE_ADVERBIAL_TOKENS && !tokens.slice(place.next, v).some((token) => /^[,.;:!?\u2014]$/u.test(token.text))) {
          return { phrase: place, cue: cueText(tokens, v, length, text), rule: 'impersonal report' };
        }
      }
      // «Как отметили в Минздраве России, «…»»: the body after the verb.
      const after = locativeBodyAt(tokens, v + 1, text);
      if (after && /^[,:]$/u.test(tokens[after.next]?.text ?? '')) return { phrase: after, cue: cueText(tokens, v, length, text), rule: 'impersonal report' };
    }
    // "В документе говорится:": an impersonal verb; the text the clause names speaks for its author.
    if (IMPERSONAL_SPEECH_VERBS.has(tokens[v]!.lower)) {
      const document = textInClause(tokens, v);
      if (document) return { phrase: document, cue: cueText(tokens, v, length, text), rule: 'impersonal report' };
    }
    if (tokens[v]!.lower === 'saying' && tokens[v - 1]?.lower === 'as') {
      // "Ott, the minister, was quoted as saying:": the passive's subject spoke.
      if (tokens[v - 2]?.lower === 'quoted' && ENGLISH_PASSIVE_AUXILIARIES.has(tokens[v - 3]?.lower ?? '')) {
        const subject = readSpeakerBackward(tokens, v - 3, text);
        if (subject) return { phrase: subject, cue: 'quoted', rule: 'speaker and verb before' };
      }
      // "quoted Ott as saying": the quoting verb before it names the speaker.
      continue;
    }
    // "She aired her anger online, posting “…”": a participle after a comma speaks for the sentence's subject.
    if (tokens[v - 1]?.text === ',' && /ing$/u.test(tokens[v]!.lower)) {
      const subject = readSpeakerForward(tokens, firstClauseStart(tokens), text);
      if (subject && (subject.kind === 'name' || subject.kind === 'pronoun') && !subject.institution && subject.next < v) {
        return { phrase: subject, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before' };
      }
    }
    // "In a statement, it said the plan “…”", "They said: “…”": the body or group in focus speaks, and
    // what follows the verb is the reported clause's own subject, not an inverted speaker.
    const pronounSubject = bodyOrGroupPronounBefore(tokens, v);
    if (pronounSubject) return { phrase: pronounSubject, cue: cueText(tokens, v, length, text), rule: BODY_PRONOUNS.has(pronounSubject.head) ? 'body pronoun' : 'group pronoun' };
    // "Critics called the plan “…”", "Local doctors say the clinic is “…”": a group speaks, by the page's phrase.
    const group = groupSubjectBefore(tokens, v, text);
    if (group) return { phrase: group, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before' };
    // Inverted: "Dazu sagte Scholz:", "Then said the minister,". Not after "calling", "described": what
    // follows is the thing named ("calling the vote “…”").
    const after = BEFORE_ONLY_VERBS.has(tokens[v]!.lower) ? null : readSpeakerForward(tokens, v + length, text);
    const follower = after ? tokens[after.next] : undefined;
    const inverted = after && (!follower || /^[,:\u2014\u2013]$/.test(follower.text)) ? after : null;
    // „Auf die Frage, ob …, antwortete Keller:“: after a fronted clause the verb comes second and its
    // subject after it; what stands before the comma is the clause, not an apposition.
    if (inverted && follower && tokens[v - 1]?.text === ',') return { phrase: inverted, cue: cueText(tokens, v, length, text), rule: 'verb then speaker before' };
    // „Am Rande der Konferenz sagte er:“: a pronoun between the verb and the quote is its subject, the
    // verb second after an adverbial; the noun before the verb („Konferenz“) ends that adverbial.
    if (inverted?.kind === 'pronoun' && follower) return { phrase: inverted, cue: cueText(tokens, v, length, text), rule: 'verb then speaker before' };
    // „Am Ende fasste er zusammen:“: the separable verb's particle between the pronoun and the colon.
    const particle = after?.kind === 'pronoun' ? tokens[after.next] : undefined;
    if (particle && GERMAN_VERB_PARTICLES.has(particle.lower) && /^[,:]$/.test(tokens[after!.next + 1]?.text ?? '')) {
      return { phrase: after!, cue: cueText(tokens, v, length, text), rule: 'verb then speaker before' };
    }
    const before = readSpeakerBackward(tokens, v, text);
    // "Глава МИД Карл Ауэр в ходе встречи с Петровым отметил:": the name right before the verb is the
    // object of a preposition; the clause's subject speaks.
    if (before && !inverted && before.kind === 'name' && governedByPreposition(tokens, before)) {
      const subject = readSpeakerForward(tokens, firstClauseStart(tokens), text);
      if (subject && subject.next <= tokenIndexFrom(tokens, before.start) && subject.kind !== 'pronoun' && !governedByPreposition(tokens, subject)) {
        return { phrase: subject, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before' };
      }
    }
    // "mocked the prime minister for saying", "accused Ruiz of saying": whoever is blamed for the words said them.
    const blamed = /ing$/u.test(tokens[v]!.lower) && BLAME_LINKS.has(tokens[v - 1]?.lower ?? '') ? readSpeakerBackward(tokens, v - 1, text) : null;
    if (blamed && blamed.kind !== 'pronoun') return { phrase: blamed, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before', byObject: true };
    // "He recalled Tom Ash telling the crew:", "She remembers her mother saying:": a participle's own
    // subject, right before it, speaks, not whoever recalls it.
    const participleSubject = /ing$/u.test(tokens[v]!.lower) && tokens[v - 1]?.isWord ? before ?? possessedPersonBefore(tokens, v, text) : null;
    if (participleSubject && participleSubject.kind !== 'pronoun') return { phrase: participleSubject, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before' };
    // "…, said Ruiz had offered “…”": a name right after a speech verb is reported speech's subject; the
    // words are the reporter's, whose verb is further back.
    if (before?.kind === 'name' && isSpeechVerbToken(tokens[tokenIndexFrom(tokens, before.start) - 1])) continue;
    // "Nach Angaben des Kremls sagte Putin:": a name governed by a preposition is not the subject.
    if (before && !(inverted?.kind === 'name' && governedByPreposition(tokens, before))) {
      // "He said RCMP will maintain a presence and move to a “…”": a body's verb inside reported speech; the reporter speaks.
      const reporter = isBodyOrRole(before) && takesAnObject(tokens, v) ? openingSpeaker(tokens, v, text) : null;
      if (reporter) return reporter;
      return { phrase: before, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before' };
    }
    if (inverted) return { phrase: inverted, cue: cueText(tokens, v, length, text), rule: 'verb then speaker before' };
    const subject = subjectShortlyBefore(tokens, v, text);
    if (subject) return { phrase: subject, cue: cueText(tokens, v, length, text), rule: 'speaker and verb before' };
  }
  // Headline or interview style: "S: “Q”", or "S: Russia “must withdraw”" in a headline. Not a title in
  // title case, whose every word looks like a name ("Nurse Diagnosed with Cancer Writes Letter: ‘…’").
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon > 0) {
    // "'Neutral' Fact-Checker Ana Ruiz: '…'": a quoted term before the name describes it.
    const phrase = readSpeakerForward(tokens, afterLeadingTerm(tokens), text);
    if (phrase && phrase.kind === 'name' && phrase.next === colon && (!inTitleCase(tokens.slice(0, colon)) || holdsGivenName(phrase))) {
      return { phrase, cue: ':', rule: 'name and colon' };
    }
  }
  // "De Miranda evokes the mood in his introduction: “…”": a named subject introduces the quote with a colon.
  if (colon > 0 && colon === tokens.length - 1 && !inTitleCase(tokens.slice(0, colon))) {
    const subject = readSpeakerForward(tokens, firstClauseStart(tokens), text);
    const verb = subject ? tokens[subject.next] : undefined;
    // A verb is a word of letters: "Flight 370, one year later:" is a headline's name and number.
    if (subject && subject.kind === 'name' && verb && verb.isWord && !verb.isCapitalised && /^\p{L}/u.test(verb.text)) {
      // „Weitere Streiks schloss er nicht aus:“: German puts the object first; the pronoun after the verb is the subject.
      const after = tokens[subject.next + 1];
      if (after && PRONOUNS_PERSON.has(after.lower)) {
        return { phrase: speakerPhrase({ kind: 'pronoun', name: null, role: null, honorific: false, head: after.lower, start: after.start, end: after.end, next: subject.next + 2 }), cue: ':', rule: 'subject introduces with a colon' };
      }
      return { phrase: subject, cue: ':', rule: 'subject introduces with a colon' };
    }
  }
  return null;
}

/** Possessives that make a noun after them someone the page does not name: "his foreman", "her mother". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);

/** "her mother | saying", "his foreman | telling": a person by their relation, unnamed, right before `v`. */
function possessedPersonBefore(tokens: Token[], v: number, text: string): SpeakerPhrase | null {
  const noun = tokens[v - 1]!;
  const owner = tokens[v - 2];
  // A person's noun only: "He spent his career saying “…”" is his own words.
  if (noun.isCapitalised || !owner || !POSSESSIVE_DETERMINERS.has(owner.lower) || !(isRoleToken(noun) || PERSONAL_RELATIONS.has(noun.lower))) return null;
  return speakerPhrase({ kind: 'role', name: null, role: text.slice(owner.start, noun.end), honorific: false, head: noun.lower, start: owner.start, end: noun.end, next: v });
}

/** Short words a title in title case leaves in lower case ("with", "to", "of the"). */
const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'vs']);

/** "Fact-Checker David Emery": a name with a given name before its last word, a person's even in a title. */
function holdsGivenName(phrase: SpeakerPhrase): boolean {
  return phrase.name !== null && phrase.name.split(' ').slice(0, -1).some((word) => isGivenName(word));
}

/** Whether words are a title in title case: four words or more, every one capitalised but the short ones. */
function inTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.isWord && !TITLE_LOWER_WORDS.has(token.lower));
  return words.length >= 4 && words.every((token) => token.isCapitalised);
}

/** Words after which a pronoun opens a clause, as its subject ("and it said", "but they said"). */
const CONJUNCTIONS_BEFORE_SUBJECT: ReadonlySet<string> = new Set(['and', 'but', 'while', 'as', 'when', 'because', 'so', 'und', 'aber', 'и', 'но', 'а']);

/**
 * "it said", "they also said" right before the verb at `v`, as the subject of its clause (at the sentence's
 * start, after punctuation or after a conjunction; not an object: "told it", "about them"). A body
 * pronoun or group pronoun as SpeakerPhrase, or null.
 */
function bodyOrGroupPronounBefore(tokens: Token[], v: number): SpeakerPhrase | null {
  const i = indexBeforeAdverbs(tokens, v);
  const pronoun = tokens[i];
  if (!pronoun || !(BODY_PRONOUNS.has(pronoun.lower) || GROUP_PRONOUNS.has(pronoun.lower))) return null;
  const before = tokens[i - 1];
  if (before && before.isWord && !CONJUNCTIONS_BEFORE_SUBJECT.has(before.lower)) return null;
  return speakerPhrase({ kind: 'pronoun', name: null, role: null, honorific: false, head: pronoun.lower, start: pronoun.start, end: pronoun.end, next: i + 1 });
}

/** Verbs that report speech only with a clause ("maintained that …"); with an object they do something else ("maintain a presence"). */
const VERBS_SPEECH_ONLY_WITH_CLAUSE = new Set([
  'maintain', 'maintains', 'maintained', 'continue', 'continues', 'continued', 'report', 'reports', 'reported', 'post', 'posts',
  'posted', 'answer', 'answers', 'answered', 'state', 'states', 'stated', 'call', 'calls', 'called', 'note', 'notes', 'noted',
]);

/** Whether the verb at `v` is one of those and takes an object here, not speech. */
function takesAnObject(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  return VERBS_SPEECH_ONLY_WITH_CLAUSE.has(tokens[v]!.lower) && next !== undefined && next.isWord && next.lower !== 'that' && next.lower !== 'dass';
}

/** "… was told by Ivo Marten": the agent of a passive speech verb at tokens[v], who spoke; null for any other verb. */
function agentOfPassive(tokens: Token[], v: number, text: string): SpeakerPhrase | null {
  if (!ENGLISH_PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '') || tokens[v + 1]?.lower !== 'by') return null;
  const agent = readSpeakerForward(tokens, v + 2, text);
  return agent && agent.kind !== 'pronoun' ? agent : null;
}

/** Where a clause's words begin past a quoted term that opens it ("'Neutral' Ana Ruiz"): 0 when none does. */
function afterLeadingTerm(tokens: Token[]): number {
  if (!QUOTE_MARK.test(tokens[0]?.text ?? '')) return 0;
  for (let k = 1; k < Math.min(tokens.length, 6); k++) if (QUOTE_MARK.test(tokens[k]!.text)) return k + 1;
  return 0;
}

const QUOTE_MARK = /^["'“”„‘’«»‚]$/u;

/** A body ("the ministry", an acronym such as "RCMP") or a role, rather than a person named. */
function isBodyOrRole(phrase: SpeakerPhrase): boolean {
  return phrase.institution === true || phrase.kind === 'role' || (phrase.name !== null && (/^\p{Lu}{2,}$/u.test(phrase.name) || isOrganisationName(phrase.name)));
}

/** The person who opens the sentence with a speech verb before token `end` ("He said …", "Cole told reporters …"). */
function openingSpeaker(tokens: Token[], end: number, text: string): Cue | null {
  const start = firstClauseStart(tokens);
  const phrase = readSpeakerForward(tokens, start, text);
  if (!phrase || phrase.institution || (phrase.kind !== 'name' && phrase.kind !== 'pronoun')) return null;
  const length = phrase.next < end ? speechVerbAt(tokens, phrase.next, 'before') : 0;
  return length > 0 ? { phrase, cue: cueText(tokens, phrase.next, length, text), rule: 'speaker and verb before' } : null;
}

/** Prepositions and genitive articles: the name after one is an object or an owner, never the clause's subject. */
const GOVERNING_WORDS = new Set([
  'of', 'from', 'by', 'for', 'with', 'to', 'at', 'in', 'des', 'der', 'dem', 'den', 'von', 'vom', 'zum', 'zur', 'beim', 'bei',
  'laut', 'nach', 'für', 'mit', 'aus', 'gegenüber', 'über',
  'с', 'со', 'к', 'ко', 'от', 'у', 'для', 'о', 'об', 'при', 'перед', 'между', 'без', 'з', 'із', 'зі', 'до', 'від',
]);

function isSpeechVerbToken(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !token.isCapitalised && SPEECH_VERBS.has(token.lower);
}

function governedByPreposition(tokens: Token[], phrase: SpeakerPhrase): boolean {
  const previous = tokens[tokenIndexFrom(tokens, phrase.start) - 1];
  return previous !== undefined && previous.isWord && GOVERNING_WORDS.has(previous.lower);
}

/** "Путин в свою очередь назвал…", "Scholz selbst nannte…": the sentence's subject, a few words before its verb. */
function subjectShortlyBefore(tokens: Token[], verb: number, text: string): SpeakerPhrase | null {
  const phrase = readSpeakerForward(tokens, firstClauseStart(tokens), text);
  if (!phrase || phrase.next > verb || verb - phrase.next > 4) return null;
  for (let k = phrase.next; k < verb; k++) if (!tokens[k]!.isWord || tokens[k]!.isCapitalised) return null;
  return phrase;
}

/**
 * A cue later in the quote's sentence, after more words: `"Q" to hold up the plan, S said.` ·
 * `"Q" are to blame, according to S.` `tokens` start after the closing mark and end at the sentence end.
 */
export function cueLaterInSentence(tokens: Token[], text: string): Cue | null {
  for (let v = 0; v < tokens.length; v++) {
    if (tokens[v]!.text !== ',' && tokens[v]!.text !== '\u2014') continue;
    const sub = tokens.slice(v + 1);
    const cue = cueRightAfter(sub, text);
    if (cue && (sub.length <= cue.phrase.next + 6)) return { ...cue, rule: 'cue later in the sentence' };
    const source = sourceNamedAt(tokens, v + 1, text);
    if (source) return { phrase: source.phrase, cue: cueText(tokens, v + 1, source.length, text), rule: 'cue later in the sentence' };
  }
  return null;
}

/** A whole sentence that only attributes: "Marten said." after `"Q."`. */
export function attributionOnlySentence(tokens: Token[], text: string): Cue | null {
  // „Das sagte X am Dienstag in Y.“, «Об этом заявил X …»: the sentence points back at the quote, so
  // it attributes however long it runs.
  const sourceAt = wordsOfSourceAt(tokens);
  if (sourceAt > 0) {
    const source = readSpeakerForward(tokens, sourceAt, text);
    return source && source.kind === 'name' ? { phrase: source, cue: 'words of', rule: 'attribution-only sentence' } : null;
  }
  const identifiedAt = identifiedSpeakerAt(tokens);
  if (identifiedAt > 0) {
    const person = readSpeakerForward(tokens, identifiedAt, text);
    // A person's name of two words at least, then the sentence ends or describes them: never "That’s Ottawa".
    const closes = person ? !tokens[person.next]?.isWord : false;
    const named = person?.kind === 'name' && !person.institution && (person.name ?? '').includes(' ');
    return named && closes ? { phrase: person!, cue: null, rule: 'attribution-only sentence' } : null;
  }
  const back = pointsBackAt(tokens);
  if (back > 0) {
    const cue = cueRightAfter(tokens.slice(back), text) ?? describedBy(tokens, back, text);
    return cue && cue.phrase.kind !== 'pronoun' ? { ...cue, rule: 'attribution-only sentence' } : null;
  }
  const words = tokens.filter((token) => token.isWord).length;
  if (words === 0 || words > 8) return null;
  const cue = cueRightAfter(tokens, text);
  if (!cue) return null;
  // "Marten said at the time." attributes; "He said he would resign." reports something else.
  const rest = tokens.slice(cue.phrase.next + 1).filter((token) => token.isWord);
  const reportsMore = rest.some((token) => PRONOUNS_PERSON.has(token.lower) || PRONOUNS_OTHER.has(token.lower) || CLAUSE_WORDS.has(token.lower));
  return reportsMore ? null : { ...cue, rule: 'attribution-only sentence' };
}

/** Words that open a sentence about the quote before it: „Das sagte …“, «Об этом заявил …», «Так прокомментировал …». */
const POINTERS_BACK: readonly (readonly string[])[] = [
  ['das'], ['dies'], ['об', 'этом'], ['так'], ['это'],
  // "That is how Ana Ruiz describes it.", "So says Ana Ruiz."
  // ("That’s" reads as "that" with a possessive mark: the tokenizer cannot tell it from "is".)
  ['that', 'is', 'how'], ['that', 'how'], ['this', 'is', 'how'], ['so'],
];

/** Words that point back at the quote before: "That", "Those", "Such". */
const POINTER_WORDS: ReadonlySet<string> = new Set(['that', 'this', 'those', 'these', 'such']);
const POINTER_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
/** What the quote is called when the sentence after it names its source: "the message from", "the verdict of". */
const WORDS_NOUNS: ReadonlySet<string> = new Set([
  'words', 'word', 'message', 'verdict', 'view', 'views', 'assessment', 'warning', 'reaction', 'response', 'advice', 'plea',
  'promise', 'reply', 'answer', 'sentiment', 'take', 'opinion', 'conclusion', 'argument', 'position', 'prediction', 'appeal',
  'assurance', 'question', 'thinking', 'outlook',
]);
/** Lower-case words that may describe the noun: "the blunt message from", "the final word of". */
const WORDS_NOUN_MODIFIERS = 2;

/**
 * Where the source starts in a sentence that points back at the quote and names whose words they
 * are with no verb: "Those are the words of Ana Ruiz", "That was the blunt message from union
 * president Ana Ruiz", "The words are those of …"; 0 if it is no such sentence.
 */
function wordsOfSourceAt(tokens: Token[]): number {
  const lower = (k: number): string => tokens[k]?.lower ?? '';
  if (lower(0) === 'the' && WORDS_NOUNS.has(lower(1)) && POINTER_COPULAS.has(lower(2)) && lower(3) === 'those' && lower(4) === 'of') return 5;
  let k = pastPointerAndCopula(tokens, POINTER_WORDS);
  if (k === 0 || lower(k) !== 'the') return 0;
  k++;
  for (let modifiers = 0; modifiers < WORDS_NOUN_MODIFIERS && tokens[k]?.isWord && !tokens[k]!.isCapitalised && !WORDS_NOUNS.has(lower(k)); modifiers++) k++;
  if (!WORDS_NOUNS.has(lower(k))) return 0;
  if (['of', 'from', 'by'].includes(lower(k + 1))) return k + 2;
  // "Those were the first words Eileen Ward said to reporters": a relative clause names the source.
  return tokens[k + 1]?.isCapitalised ? k + 1 : 0;
}

/**
 * "That’s Marlene Fehr, who lives two doors down", "That was Tom Ash, the union's president": after
 * a quote-only paragraph, a sentence that only says who was speaking; where its person starts, or 0.
 */
function identifiedSpeakerAt(tokens: Token[]): number {
  const k = pastPointerAndCopula(tokens, SINGULAR_POINTER_WORDS);
  return k > 0 && tokens[k]?.isCapitalised ? k : 0;
}

const SINGULAR_POINTER_WORDS: ReadonlySet<string> = new Set(['that', 'this']);

/**
 * Where a sentence goes on after a pointer back and its copula ("That was …", "Those are …"), or 0.
 * "That’s" comes as one token: the tokenizer reads it as "that" with a possessive mark.
 */
function pastPointerAndCopula(tokens: Token[], pointers: ReadonlySet<string>): number {
  const first = tokens[0];
  if (!first || !pointers.has(first.lower)) return 0;
  return first.isPossessive ? 1 : POINTER_COPULAS.has(tokens[1]?.lower ?? '') ? 2 : 0;
}

/**
 * "That is how Ana Ruiz, who runs the diner, describes it", "… put it": after a pointer back, a
 * named subject and, past its apposition, a verb of speech or description.
 */
function describedBy(tokens: Token[], from: number, text: string): Cue | null {
  const phrase = readSpeakerForward(tokens, from, text);
  if (!phrase || phrase.kind !== 'name') return null;
  let v = phrase.next;
  if (tokens[v]?.text === ',') {
    while (v < Math.min(tokens.length, phrase.next + MAX_APPOSITION) && !(tokens[v]!.text === ',' && v > phrase.next)) v++;
    v++;
  }
  const verb = tokens[v];
  const describes = verb !== undefined && (SPEECH_VERBS.has(verb.lower) || BEFORE_ONLY_VERBS.has(verb.lower) || verb.lower === 'put' || verb.lower === 'puts');
  return describes ? { phrase, cue: verb.lower, rule: 'attribution-only sentence' } : null;
}

/** Whether a sentence opens by pointing back at the quote before it ("That is how …", „Das sagte …“). */
export function pointsBack(tokens: Token[]): boolean {
  return pointsBackAt(tokens) > 0 || wordsOfSourceAt(tokens) > 0 || identifiedSpeakerAt(tokens) > 0;
}

/** How many tokens of a pointer back open `tokens`, or 0. */
function pointsBackAt(tokens: Token[]): number {
  for (const pointer of POINTERS_BACK) {
    if (pointer.every((word, k) => tokens[k]?.lower === word)) return pointer.length;
  }
  return 0;
}

const CLAUSE_WORDS = new Set(['that', 'dass', 'что', 'how', 'why', 'what', 'whether', 'if', 'ob', 'wie', 'как', 'que', 'že']);

export const CLAUSE_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'once', 'since', 'although', 'though', 'despite', 'during',
  'as', 'for', 'with', 'by', 'from', 'under', 'over', 'following', 'speaking', 'asked', 'writing', 'to', 'if',
  'unlike', 'like', 'amid', 'among', 'across', 'without', 'through', 'throughout', 'within', 'because', 'until',
  'unless', 'whether', 'having', 'given', 'of', 'back', 'years', 'earlier', 'last', 'this', 'outside', 'inside', 'near',
  'behind', 'beyond', 'around', 'against', 'toward', 'towards', 'beside', 'between', 'along', 'across', 'upon', 'about',
  'nach', 'während', 'als', 'wenn', 'bei', 'im', 'am', 'vor', 'seit', 'в', 'после', 'на', 'при', 'во', 'перед', 'dans',
  // German and Russian subordinators: „Ob es dabei bleibe, ließ er offen“, «Когда начнётся ремонт, он не сказал».
  'ob', 'weil', 'obwohl', 'nachdem', 'bevor', 'sobald', 'falls', 'когда', 'если', 'хотя', 'пока', 'поскольку',
]);
const SENTENCE_ADVERBS = new Set([
  'but', 'and', 'so', 'still', 'however', 'meanwhile', 'yet', 'also', 'instead', 'later', 'now', 'then', 'aber',
  'doch', 'und', 'auch', 'dann', 'но', 'и', 'а', 'однако', 'mais', 'et', 'ale', 'a',
  // Russian keeps subject before verb after an opening adverb: «Ранее мэр Олег Гринько говорил …».
  'ранее', 'позже', 'позднее', 'затем', 'потом', 'впоследствии', 'вчера', 'сегодня', 'накануне', 'теперь', 'сейчас',
  'тогда', 'впрочем', 'также', 'кроме', 'того', 'между', 'тем',
]);

/**
 * Where a sentence's subject may start, best first: past "But", and past each comma or dash of an
 * opening clause ("From the deck of his boat, undergoing repairs, skipper Wade Bassi has…").
 */
export function subjectStarts(tokens: Token[], first = firstClauseStart(tokens)): number[] {
  const starts = [first];
  if (first === 0 || !CLAUSE_OPENERS.has(tokens[0]!.lower)) {
    if (!tokens[first] || !CLAUSE_OPENERS.has(tokens[first]!.lower)) return starts;
  }
  for (let k = first + 1; k < Math.min(tokens.length, 40); k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === '\u2014') starts.push(k + 1);
  }
  return starts;
}

/** Index of the token where a sentence's subject starts, past "But", "In 2013," and the like. */
export function firstClauseStart(tokens: Token[]): number {
  let i = datelineEnd(tokens);
  // "A spokesperson for …" opens with the English article, not with Czech "a" ("and").
  while (i < tokens.length && (SENTENCE_ADVERBS.has(tokens[i]!.lower) || tokens[i]!.text === ',') && !(tokens[i]!.text === 'A' && tokens[i + 1]?.isWord && !tokens[i + 1]!.isCapitalised)) i++;
  const afterGermanVerb = subjectAfterGermanVerb(tokens, i);
  if (afterGermanVerb >= 0) return afterGermanVerb;
  if (tokens[i] && CLAUSE_OPENERS.has(tokens[i]!.lower)) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 16); k++) {
      if (tokens[k]!.text === ',') return k + 1;
      // "Among those at the march was Amira Haddad, a teacher": the subject stands after the copula.
      if (INVERTING_COPULAS.has(tokens[k]!.lower) && tokens[k + 1]?.isWord && tokens[k + 1]!.isCapitalised) return k + 1;
    }
  }
  return i;
}

/** The copula of an opening phrase inverted before its subject ("Among the speakers was …"). */
const INVERTING_COPULAS: ReadonlySet<string> = new Set(['was', 'were']);
