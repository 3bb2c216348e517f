/**
 * The people and bodies in subject position, sentence by sentence: who a pronoun, a quote-only
 * paragraph or a cue-less quote most likely belongs to.
 */
import type { Span } from '../text/span';
import { CLAUSE_OPENERS, firstClauseStart, groupSubjectAt, sourceNamedAt, subjectStarts } from './attribution-cues';
import { pastAttachedPhrase } from './attached-phrase';
import { nameAfterDescription, pastBracketedAside, readSpeakerBackward, readSpeakerForward, speakerPhrase, withApposedName, type SpeakerPhrase } from './speaker-phrase';
import { displacedSubject, holderAfterCopula } from './displaced-subject';
import { PARTICLE_VERBS, PRONOUNS_PERSON, SPEECH_VERBS, isRoleToken, outletLengthAt, saysSilent } from './speech-lexicon';
import { blockIndexOf, tokenIndexFrom, tokensIn } from './text-index';
import type { Token } from './tokens';
import { partitionPoint } from '../text/partition-point';
import { pronounOfRussianVerb, wordOpeningSentenceAfter } from './speaker-focus';
import { isImpersonalPluralVerb, locativeBodyAt } from './russian-locative-source';
import { pronounOfGermanRole } from './german-role-gender';
import { isCaption } from './captions';

export interface Subject {
  pos: number;
  sentenceStart: number;
  phrase: SpeakerPhrase;
  /** The pronoun that opens the next sentence of the paragraph ("he", "she"), evidence of gender. */
  nextPronoun: string | null;
  /** The subject reports speech ("Ruth Okafor said the plan was rushed"): the page's current speaker. */
  speaks: boolean;
  /** Two people as one subject ("Tore Lind and Ada Berg"), as a speaker names them. */
  group?: string;
  /** The pronoun a Russian verb's gender stands for ("Петров заявил" → "он"): evidence of gender. */
  verbPronoun?: string | null;
  /** The pronoun a German role's ending or article stands for („Ministerin Lea Brandt“ → „sie“): evidence of gender. */
  rolePronoun?: string | null;
  /**
   * The pronoun that opens the speech the subject reports ("Delorme said she wants …"): most often
   * the subject again, so a hint of gender, though too weak to be evidence ("she said he was hurt").
   */
  reportedPronoun?: string | null;
  /** The sentence says the subject did not speak ("Lee did not respond to a request for comment"). */
  silent?: boolean;
  /** What follows the name shows a person ("Aroha, who …", "Lee, 15, …"), though one word alone may be anything. */
  person?: boolean;
  /**
   * The subject is someone the page does not name ("One of the pharmacists, who asked not to be named,
   * said"): the pronoun that tells their gender ("she"), or "" where nothing does.
   */
  unnamedPronoun?: string;
}

/** A subject with every field present, in one order: all subjects share one shape, fast to read. */
function subjectOf(fields: Subject): Subject {
  return {
    pos: fields.pos, sentenceStart: fields.sentenceStart, phrase: fields.phrase, nextPronoun: fields.nextPronoun, speaks: fields.speaks,
    group: fields.group, verbPronoun: fields.verbPronoun, rolePronoun: fields.rolePronoun, reportedPronoun: fields.reportedPronoun,
    silent: fields.silent, person: fields.person, unnamedPronoun: fields.unnamedPronoun,
  };
}

/** "One of the pharmacists", „Eine der Angestellten“, «Одна из продавщиц»: the words and the gender they show. */
const ONE_OF_A_GROUP: readonly { one: string; of: ReadonlySet<string>; pronoun: string }[] = [
  { one: 'one', of: new Set(['of']), pronoun: '' },
  { one: 'einer', of: new Set(['der', 'von']), pronoun: 'er' },
  { one: 'eine', of: new Set(['der', 'von']), pronoun: 'sie' },
  { one: 'один', of: new Set(['из']), pronoun: 'он' },
  { one: 'одна', of: new Set(['из']), pronoun: 'она' },
];

/** English pronouns, possessives included, by the gender they show ("declined to give her name"). */
const ENGLISH_GENDER_PRONOUNS = new Map([['he', 'he'], ['him', 'he'], ['his', 'he'], ['she', 'she'], ['her', 'she']]);

/**
 * A sentence opening with one of a group ("One of the pharmacists, who asked not to be named, told
 * reporters she …"): someone the page does not name, whom "she said" after it means. Null otherwise.
 */
function oneOfAGroup(tokens: Token[], start: number, text: string): { phrase: SpeakerPhrase; pronoun: string } | null {
  const first = tokens[start];
  const pattern = first ? ONE_OF_A_GROUP.find((entry) => entry.one === first.lower) : undefined;
  if (!first || !pattern || !pattern.of.has(tokens[start + 1]?.lower ?? '')) return null;
  let head = start + 2;
  while (head < Math.min(tokens.length, start + 5) && tokens[head]!.isWord && tokens[head + 1]?.isWord) head++;
  const noun = tokens[head];
  if (!noun?.isWord) return null;
  // "One of them, retired teacher Ana Ruiz, said": the apposition names her.
  if (tokens[head + 1]?.text === ',') {
    const apposed = readSpeakerForward(tokens, head + 2, text) ?? nameAfterDescription(tokens, head + 2, text, true);
    if (apposed?.kind === 'name') return null;
  }
  let pronoun = pattern.pronoun;
  for (let k = head + 1; !pronoun && k < tokens.length; k++) pronoun = ENGLISH_GENDER_PRONOUNS.get(tokens[k]!.lower) ?? '';
  const phrase: SpeakerPhrase = speakerPhrase({ kind: 'role', name: null, role: null, honorific: false, head: noun.lower, start: first.start, end: noun.end, next: head + 1 });
  return { phrase, pronoun };
}

/**
 * Russian openers that govern a noun in the prepositional or instrumental, not a clause: «В Кремле …».
 * The word after one is declined («Кремле»); a body there is read by locativeBodyAt, in the nominative.
 */
const PREPOSITIONS_OPENING: ReadonlySet<string> = new Set(['в', 'во', 'на', 'при', 'перед']);

/** Determiners that bring in someone new: "One senior diplomat …", „Ein Mitarbeiter …“. */
const NEW_PERSON_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'ein', 'eine', 'einer']);

/** Clauses by which a source keeps their name back. */
const ANONYMITY = new RegExp(
  [
    String.raw`\b(?:asked not to be (?:named|identified)|spoke on (?:the )?condition of anonymity|declined to be (?:named|identified)|(?:was )?not authori[sz]ed to speak|requested anonymity`,
    // "who did not want to give his name", "asked that her name not be used", "declined to give her full name"
    String.raw`|(?:did not|didn['’]t) want (?:to give (?:his|her|their) (?:full )?name|to be (?:named|identified)|(?:his|her|their) (?:full )?name)|asked that (?:his|her|their) (?:full )?name not be|(?:declined|refused) to give (?:his|her|their) (?:full |last )?name`,
    String.raw`|wished to remain anonymous|wanted to remain anonymous)\b|anonym bleiben|nicht namentlich genannt`,
  ].join(''),
  'iu',
);

/**
 * "One senior diplomat, who asked not to be named, said …": a role brought in with a request to stay
 * unnamed. Whom "the diplomat said" after it means is that person, whose name the page withholds.
 */
function unnamedOnRequest(tokens: Token[], start: number, text: string, sentence: Span): { phrase: SpeakerPhrase; pronoun: string } | null {
  const first = tokens[start];
  if (!first || !NEW_PERSON_DETERMINERS.has(first.lower) || !ANONYMITY.test(text.slice(sentence.start, sentence.end))) return null;
  for (let head = start + 1; head < Math.min(tokens.length, start + 6) && tokens[head]!.isWord; head++) {
    // "One longtime patient, who …", "Another evacuee, who …": the noun before the clause is the role.
    const endsNoun = !tokens[head]!.isCapitalised && (tokens[head + 1]?.text === ',' || tokens[head + 1]?.lower === 'who');
    if (!isRoleToken(tokens[head]!) && !endsNoun) continue;
    if (tokens[head + 1]?.isWord && tokens[head + 1]!.isCapitalised) return null;
    let pronoun = '';
    for (let k = head + 1; !pronoun && k < tokens.length; k++) pronoun = ENGLISH_GENDER_PRONOUNS.get(tokens[k]!.lower) ?? '';
    const noun = tokens[head]!;
    return { phrase: speakerPhrase({ kind: 'role', name: null, role: null, honorific: false, head: noun.lower, start: first.start, end: noun.end, next: head + 1 }), pronoun };
  }
  return null;
}

/**
 * ", she added." / ", Kowal said.": a person right before the speech verb at `v`, after a comma, the
 * verb ending the sentence; the one who reports what the sentence said before the comma.
 */
function reporterClosing(tokens: Token[], v: number, text: string): SpeakerPhrase | null {
  const after = tokens[v + 1];
  if (after && !/^[.!?]$/.test(after.text)) return null;
  const phrase = readSpeakerBackward(tokens, v, text, false);
  if (!phrase || (phrase.kind !== 'pronoun' && phrase.kind !== 'name') || phrase.institution) return null;
  return tokens[tokenIndexFrom(tokens, phrase.start) - 1]?.text === ',' ? phrase : null;
}

/** Relative pronouns that refer to a person only (", who", ", который"); German „der“, „die“ also refer to things. */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'который', 'которая']);

/** "Aroha, who is recovering, said", "Lee, 15, said": a relative for people, or an age, right after the subject. */
function followedByPersonClue(tokens: Token[], next: number): boolean {
  if (tokens[next]?.text !== ',') return false;
  const after = tokens[next + 1];
  return after !== undefined && (PERSON_RELATIVES.has(after.lower) || (/^\d{1,2}$/u.test(after.text) && tokens[next + 2]?.text === ','));
}

/** The gender a Russian subject's verb shows, among the few words after the subject ("Петров вчера заявил"). */
function verbPronounAfter(tokens: Token[], next: number): string | null {
  for (let k = next; k < Math.min(tokens.length, next + 3); k++) {
    const token = tokens[k]!;
    if (!token.isWord) return null;
    const pronoun = pronounOfRussianVerb(token.text);
    if (pronoun) return pronoun;
  }
  return null;
}

/** Words that may open reported speech before its subject: "said that she", „sagte, dass sie“, «сказал, что он». */
const SPEECH_COMPLEMENTISERS: ReadonlySet<string> = new Set(['that', 'dass', 'что', 'що']);

/** The person pronoun that opens the speech after a speech verb ("said she wants", "sagte, sie werde"), if one does. */
function pronounOpeningSpeech(tokens: Token[], start: number): string | null {
  let k = start;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k] && SPEECH_COMPLEMENTISERS.has(tokens[k]!.lower)) k++;
  const token = tokens[k];
  return token && PRONOUNS_PERSON.has(token.lower) ? token.lower : null;
}

const AND_WORDS = new Set(['and', 'und', 'и', '&']);

/** Words that open a sentence whose subject follows its verb: "Об этом сообщила …", "Dazu sagte …", "Так заявил …". */
const INVERSION_OPENERS = new Set(['об', 'о', 'как', 'так', 'это', 'dazu', 'darauf', 'daraufhin', 'außerdem', 'zudem', 'später', 'danach', 'zuvor', 'про', 'як', 'також']);

/** Words that may stand between a subject and its speech verb: "has said", "later told", "also says". */
const BEFORE_VERB = new Set(['has', 'had', 'have', 'was', 'is', 'also', 'later', 'then', 'again', 'still', 'hat', 'hatte', 'ещё', 'также', 'тоже']);

/**
 * Whether the subject that ends before token `next` governs a speech verb: right after it ("Okafor
 * said"), after an apposition ("Okafor, the council member, said") or after a phrase attached to it
 * ("Ode with the health authority says").
 */
function speechVerbFollows(tokens: Token[], next: number): boolean {
  return speechVerbIndexAfter(tokens, next) >= 0;
}

/** The index of the speech verb that follows a subject ending at `next`, past an apposition; -1 if none. */
function speechVerbIndexAfter(tokens: Token[], next: number): number {
  let k = next;
  if ((tokens[k]?.text === ',' || tokens[k]?.text === '\u2014') && isSpeechVerb(tokens[k + 1])) {
    // The apposition was read with the subject: "the director, Jeff Malone, | says".
    k++;
  } else if (tokens[k]?.text === ',' || tokens[k]?.text === '\u2014') {
    // An apposition: its closing comma, then the verb.
    let close = k + 1;
    while (close < Math.min(tokens.length, k + 25) && tokens[close]!.text !== ',' && tokens[close]!.text !== '\u2014') close++;
    k = close + 1;
  } else {
    k = pastAttachedPhrase(tokens, k);
  }
  const start = k;
  while (tokens[k] && tokens[k]!.isWord && (BEFORE_VERB.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower)) && k < start + 2) k++;
  return isSpeechVerb(tokens[k]) ? k : -1;
}

/**
 * Whether a subject surely names someone, so that the speech verb after it is theirs: a full name, a
 * name with its role, or a name with an age ("Sandhu, 34, says"). One capitalised word may be any
 * sentence's opening ("Somehow, the family will manage, adds Lee").
 */
function namesSomeone(phrase: SpeakerPhrase, tokens: Token[], next: number): boolean {
  if (phrase.kind !== 'name' || phrase.institution || !phrase.name) return false;
  return phrase.name.includes(' ') || phrase.role !== null || phrase.honorific || (tokens[next]?.text === ',' && /^\d{1,3}$/u.test(tokens[next + 1]?.text ?? ''));
}


/** «В Минтрансе заявили», «В Минтрансе к инициативе отнеслись сдержанно»: the plural verb within a few lower-case words. */
function impersonalVerbSoonAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (isImpersonalPluralVerb(tokens[k])) return true;
    if (!tokens[k]!.isWord || tokens[k]!.isCapitalised) return false;
  }
  return false;
}

function isSpeechVerb(verb: Token | undefined): boolean {
  return verb !== undefined && verb.isWord && !verb.isCapitalised && (SPEECH_VERBS.has(verb.lower) || PARTICLE_VERBS.has(verb.lower));
}

/**
 * Groups in subject position, sentence by sentence ("The mayors had responded."): whom "they" may
 * name again. Apart from the people, whose focus a group does not take.
 */
export function groupSubjects(text: string, sentences: Span[], allTokens: Token[]): { name: string; pos: number }[] {
  const groups: { name: string; pos: number }[] = [];
  for (const sentence of sentences) {
    const tokens = tokensIn(allTokens, sentence.start, Math.min(sentence.end, sentence.start + 80));
    const group = groupSubjectAt(tokens, firstClauseStart(tokens), text);
    if (group?.name) groups.push({ name: group.name, pos: group.start });
  }
  return groups;
}

/**
 * The people in subject position, sentence by sentence, for the sentences that start before `until`:
 * who opens the sentence ("Senator Jane Roe, a Republican, …"), and who a speech verb there names
 * ("…, said Ivo Marten").
 */
export function sentenceSubjects(text: string, sentences: Span[], allTokens: Token[], blocks: number[], until = text.length): Subject[] {
  const subjects: Subject[] = [];
  const captions = new Map<number, boolean>();
  for (let s = 0; s < sentences.length && sentences[s]!.start < until; s++) {
    const sentence = sentences[s]!;
    // A photo caption's people are in the picture, not in the story's focus.
    const block = blockIndexOf(blocks, sentence.start);
    if (!captions.has(block)) captions.set(block, isCaption(text, blocks[block]!, blocks[block + 1] ?? text.length));
    if (captions.get(block)) continue;
    subjectsOfSentence(text, sentences, s, allTokens, blocks, subjects);
  }
  return subjects;
}

/**
 * The subjects of sentence `s`, added to `subjects`. A function of its own, apart from the loop over
 * the page: the engine recompiles a function whole when one of its rare rules first runs, and a
 * short loop is cheap to recompile.
 */
function subjectsOfSentence(text: string, sentences: Span[], s: number, allTokens: Token[], blocks: number[], subjects: Subject[]): void {
  const sentence = sentences[s]!;
  const first = text[sentence.start];
  const tokens = tokensIn(allTokens, sentence.start, Math.min(sentence.end, sentence.start + 600));
  const nextPronoun = wordOpeningSentenceAfter(s, sentence.start, sentences, blocks, allTokens);
  // Headings and captions without a full stop name things; they do not put anyone in focus.
  const ended =
    /[.!?…"”»“']\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end)) ||
    /["“„«]/.test(text.slice(sentence.start, sentence.end));
  // The speech verb of the sentence's own subject ("Sandhu, 34, | says her father …"): no inversion.
  const subjectVerb = ended && first && !/["“”„«»‘’'‚]/.test(first) ? openingSubjects(tokens, sentence, text, nextPronoun, subjects) : -1;
  // "Among those who spoke was Ana Ruiz", "It was Ana Ruiz who…", "…was moved by Ana Ruiz": in focus
  // too, though not in subject position; only where the sentence put no one else there.
  const subjectFound = subjects.at(-1)?.sentenceStart === sentence.start;
  const displaced = ended && !subjectFound ? displacedSubject(tokens, text) : null;
  if (displaced) {
    const speaks = tokens.slice(displaced.next, displaced.next + 10).some(isSpeechVerb);
    subjects.push(subjectOf({ pos: displaced.start, sentenceStart: sentence.start, phrase: displaced, nextPronoun, speaks }));
  }
  reportingSubjects(tokens, sentence, text, subjectVerb, subjects);
}

/**
 * The subjects a sentence opens with, added to `subjects`: its subject, a clause's, the source it
 * cites, or someone it leaves unnamed. Returns the index of the subject's speech verb, or -1.
 */
function openingSubjects(tokens: Token[], sentence: Span, text: string, nextPronoun: string | null, subjects: Subject[]): number {
  // "Once Ruiz arrived, Marten gave her…": the subordinate clause's subject is in focus too.
  if (tokens[0] && CLAUSE_OPENERS.has(tokens[0].lower) && !PREPOSITIONS_OPENING.has(tokens[0].lower)) {
    const inner = readSpeakerForward(tokens, 1, text);
    if (inner && inner.kind === 'name') subjects.push(subjectOf({ pos: inner.start, sentenceStart: sentence.start, phrase: inner, nextPronoun: null, speaks: false }));
  }
  // «В министерстве транспорта уточнили, что …»: a body in the prepositional, then an impersonal plural verb.
  const place = locativeBodyAt(tokens, 0, text);
  if (place && impersonalVerbSoonAfter(tokens, place.next)) {
    subjects.push(subjectOf({ pos: place.start, sentenceStart: sentence.start, phrase: place, nextPronoun, speaks: true }));
  }
  // "По словам Карла Ауэра, …", "According to Ana Ruiz, …": the source of reported speech is in focus.
  const clauseStart = firstClauseStart(tokens);
  const source = sourceNamedAt(tokens, clauseStart, text);
  if (source && source.phrase.kind === 'name' && !source.phrase.institution) {
    subjects.push(subjectOf({ pos: source.phrase.start, sentenceStart: sentence.start, phrase: source.phrase, nextPronoun, speaks: true }));
  }
  const unnamed = oneOfAGroup(tokens, clauseStart, text) ?? unnamedOnRequest(tokens, clauseStart, text, sentence);
  if (unnamed) {
    subjects.push(subjectOf({ pos: unnamed.phrase.start, sentenceStart: sentence.start, phrase: unnamed.phrase, nextPronoun, speaks: false, unnamedPronoun: unnamed.pronoun || (nextPronoun ?? '') }));
    // "One senior diplomat, who asked not to be named, | said Ruiz had …": the verb is the unnamed person's.
    return speechVerbIndexAfter(tokens, unnamed.phrase.next);
  }
  return namedSubject(tokens, clauseStart, sentence, text, nextPronoun, subjects);
}

/** The sentence's subject, where its subject position names someone; the index of their speech verb, or -1. */
function namedSubject(tokens: Token[], clauseStart: number, sentence: Span, text: string, nextPronoun: string | null, subjects: Subject[]): number {
  for (const start of subjectStarts(tokens, clauseStart)) {
    const read = readSpeakerForward(tokens, start, text);
    const described = read ? withApposedName(tokens, read, text) : nameAfterDescription(tokens, start, text, true);
    const phrase = described && holderAfterCopula(tokens, described.next, described, text) || described;
    // "Landrat Stefan Vogel (CDU) steht …", "Sen. Ana Ruiz (D-Ore.) said": the party in brackets is an aside.
    const next = phrase ? pastBracketedAside(tokens, phrase.next) : 0;
    const after = phrase ? tokens[next] : undefined;
    // A subject is followed by its verb or an apposition, not by more of a noun phrase; after its
    // verb („Anders sieht das Lena Hoffmeister.“) it may end the sentence.
    const inverted = start > 0 && tokens[start - 1]!.isWord && !tokens[start - 1]!.isCapitalised;
    const endsInverted = inverted && after !== undefined && /^[.!?]$/.test(after.text);
    if (!phrase || (after && after.isWord && after.isCapitalised) || (after && !after.isWord && after.text !== ',' && after.text !== '\u2014' && !endsInverted)) continue;
    const partner = phrase.kind === 'name' && !phrase.institution && AND_WORDS.has(after?.lower ?? '') ? readSpeakerForward(tokens, next + 1, text) : null;
    if (partner && partner.kind === 'name' && !partner.institution) {
      // "Tore Lind and Ada Berg said": two people who speak as one; "they" names them again.
      const group = `${phrase.name} and ${partner.name}`;
      subjects.push(subjectOf({ pos: phrase.start, sentenceStart: sentence.start, phrase, nextPronoun, speaks: speechVerbFollows(tokens, partner.next), group }));
      return -1;
    }
    const verb = speechVerbIndexAfter(tokens, next);
    subjects.push(subjectOf({
      pos: phrase.start, sentenceStart: sentence.start, phrase, nextPronoun, speaks: verb >= 0,
      verbPronoun: verbPronounAfter(tokens, next),
      rolePronoun: pronounOfGermanRole(phrase, text),
      reportedPronoun: verb >= 0 ? pronounOpeningSpeech(tokens, verb + 1) : null,
      silent: saysSilent(text.slice(phrase.end, Math.min(sentence.end, phrase.end + 120))),
      person: phrase.kind === 'name' && followedByPersonClue(tokens, next),
    }));
    return namesSomeone(phrase, tokens, next) ? verb : -1;
  }
  return -1;
}

/**
 * Reported speech names its speaker in subject position too: "…, said Ivo Marten, who follows the
 * port", and after an opening adverbial with no subject before the verb: "Об этом сообщила Анна
 * Келлер", "Dazu sagte die Ministerin Lea Brandt". Speakers of the sentence's verbs, but `subjectVerb`.
 */
function reportingSubjects(tokens: Token[], sentence: Span, text: string, subjectVerb: number, subjects: Subject[]): void {
  for (let v = 1; v < tokens.length; v++) {
    const token = tokens[v]!;
    if (!token.isWord || token.isCapitalised || !SPEECH_VERBS.has(token.lower) || v === subjectVerb) continue;
    const inverted = tokens[v - 1]!.text === ',' || (v <= 3 && INVERSION_OPENERS.has(tokens[0]!.lower) && tokens.slice(1, v).every((word) => word.isWord && !word.isCapitalised));
    // «Как сообщил «Интерфаксу» глава комитета …»: the outlet told stands between the verb and the speaker.
    const read = inverted ? readSpeakerForward(tokens, v + 1 + outletLengthAt(tokens, v + 1), text) : null;
    // «Об этом сообщила автор инициативы, член комитета Ольга Мельникова»: the name in apposition to the role.
    // "Her husband, Marc, works nights, she added.": the reporter closes the sentence, before the verb.
    const closing = read ? null : reporterClosing(tokens, v, text);
    const phrase = read ? withApposedName(tokens, read, text, true) : closing;
    if (!phrase || (subjects.at(-1)?.pos ?? -1) >= phrase.start) continue;
    if (phrase.kind === 'name') {
      subjects.push(subjectOf({ pos: phrase.start, sentenceStart: sentence.start, phrase, nextPronoun: null, speaks: true, rolePronoun: pronounOfGermanRole(phrase, text) }));
    } else if ((tokens[v - 1]!.text === ',' || closing) && subjects.at(-1)?.sentenceStart === sentence.start && !subjects.at(-1)!.speaks) {
      // „Die Gemeinde verspiele ihre Glaubwürdigkeit, kritisierte die 41-Jährige.“: what opens the
      // sentence is the subject of the words reported; the one who reports them, named again by a
      // pronoun or a description, is who the page has in view.
      subjects[subjects.length - 1] = subjectOf({ pos: phrase.start, sentenceStart: sentence.start, phrase, nextPronoun: null, speaks: true });
    }
  }
}

export function lastSubjectBetween(subjects: Subject[], from: number, to: number, skipPronouns = false): Subject | null {
  const low = partitionPoint(subjects, (subject) => subject.sentenceStart < to);
  for (let i = low - 1; i >= 0 && subjects[i]!.sentenceStart >= from; i--) {
    if (!skipPronouns || subjects[i]!.phrase.kind !== 'pronoun') return subjects[i]!;
  }
  return null;
}

/** The last subject between `from` and `to` that reports speech: who a quote-only paragraph after it continues. */
export function lastSpeakerBetween(subjects: Subject[], from: number, to: number): Subject | null {
  const low = partitionPoint(subjects, (subject) => subject.sentenceStart < to);
  for (let i = low - 1; i >= 0 && subjects[i]!.sentenceStart >= from; i--) {
    if (subjects[i]!.speaks) return subjects[i]!;
  }
  return null;
}
