/**
 * Reads who a speech cue points at: "said John Kirby", "Kremlin spokesman Dmitry Peskov said",
 * "erklärte der Kreml-Sprecher", "— заявил он". A phrase splits into a role ("Kremlin spokesman")
 * and a name ("Dmitry Peskov"); either may be missing.
 */
import type { Token } from './tokens';
import { pastAttachedPhrase } from './attached-phrase';
import { nominativeOfGermanNoun } from './german-noun-case';
import { pronounOfGermanArticle } from './german-role-gender';
import type { NameCase } from './russian-name-case';
import { tokenIndexFrom } from './text-index';
import { genderOfGivenName, isGivenName } from './given-names';
import {
  AUTHORED_TEXT_NOUNS,
  ADVERBS,
  DETERMINERS,
  HONORIFICS,
  HONORIFIC_PRONOUNS,
  INSTITUTION_NOUNS,
  isInstitutionNoun,
  NAME_ARTICLES,
  NAME_PARTICLES,
  particlesLeadToName,
  SPEECH_NOUNS,
  SPEECH_SETTING_NOUNS,
  SPEECH_VERBS,
  NOT_NAMES,
  quotedNameEnd,
  GERMAN_PERSON_NOUN,
  PRONOUNS_OTHER,
  PRONOUNS_PERSON,
  GROUP_NOUNS,
  isContraction,
  isFurnitureWord,
  INDEFINITE_DETERMINERS,
  isOrganisationName,
  isOrganisationWord,
  PERSONAL_RELATIONS,
  isRoleToken, isRoleWord,
  POSSESSIVE_PRONOUNS,
  withoutPlaceOfOrigin,
} from './speech-lexicon';

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'role';
  /** The name as written, honorifics and roles removed ("Dmitry Peskov", "Kremlin"); null for pronouns and bare roles. */
  name: string | null;
  role: string | null;
  /** The name came with "Mr", "Dr", "Frau"…: certainly a person. */
  honorific: boolean;
  /** A body or a text named by a common noun ("the government", "le projet de loi"). */
  institution?: boolean;
  /** Pronoun or role head, lower case ("he", "spokesman"). */
  head: string;
  start: number;
  end: number;
  /** Index of the first token after the phrase. */
  next: number;
  /** The case the grammar puts the name in, when it is not the nominative ("по словам Пескова"). */
  nameCase?: NameCase;
  /**
   * A description in place of a name ("the affable proprietor", "the soft-spoken Leeds native"):
   * feature writing's way of naming again the person it is about.
   */
  epithet?: boolean;
  /** The pronoun the phrase's grammar shows its person takes, where it does („die Politikerin“ → „sie“). */
  pronoun?: string;
  /** People who speak together and unnamed, by the page's own phrase ("residents", "team members"). */
  group?: boolean;
}

/**
 * A phrase with every field present, in one order, whichever reader made it: phrases then share one
 * shape, and the many rules that read them stay fast (objects of a dozen shapes slow every read).
 */
export function speakerPhrase(fields: SpeakerPhrase): SpeakerPhrase {
  return {
    kind: fields.kind, name: fields.name, role: fields.role, honorific: fields.honorific, institution: fields.institution,
    head: fields.head, start: fields.start, end: fields.end, next: fields.next,
    nameCase: fields.nameCase, epithet: fields.epithet, pronoun: fields.pronoun, group: fields.group,
  };
}

const MAX_PHRASE = 10;

function isInitial(token: Token): boolean {
  return token.text.endsWith('.') && /^(?:\p{Lu}\.)+$/u.test(token.text);
}

/** Links that the phrase readers only let into a body's name ("Committee on Intelligence and Security"). */
const BODY_LINK_WORDS = new Set(['on', 'and', '&', 'und']);

function isNameToken(token: Token): boolean {
  if (!token.isWord) return false;
  if (isInitial(token) || token.isPageSurname) return true;
  return token.isCapitalised && !NOT_NAMES.has(token.lower) && !isContraction(token.lower) && !isFurnitureWord(token);
}

/** "the affable owner" names again someone known; "a citizen" is someone new. */
const DEFINITE_DETERMINERS = new Set(['the', 'der', 'die', 'das', 'den', 'dem', 'this', 'that', 'этот', 'эта']);

/** Lower-case words that describe a person before their name ("cartoonist", "baker"), not verbs ("thanked", "meets"). */
function looksLikeDescription(token: Token): boolean {
  if (isRoleToken(token)) return true;
  return !/(?:ed|s)$/u.test(token.lower) && !NOT_NAMES.has(token.lower) && !SPEECH_VERBS.has(token.lower) && !COMMON_IRREGULAR_VERBS.has(token.lower);
}

/** Past tenses without "-ed" that put an object name after a subject: "Lee met Prime Minister Ann Cole". */
const COMMON_IRREGULAR_VERBS = new Set([
  'met', 'gave', 'took', 'made', 'sent', 'left', 'won', 'lost', 'beat', 'hit', 'led', 'let', 'brought', 'bought', 'caught',
  'fought', 'sought', 'taught', 'thought', 'felt', 'kept', 'held', 'heard', 'saw', 'knew', 'became', 'came', 'ran', 'sat',
  'stood', 'spoke', 'drove', 'rode', 'chose', 'struck', 'paid', 'meet', 'give', 'take', 'make', 'send', 'tell', 'ask',
  'join', 'visit', 'thank', 'call', 'urge', 'warn', 'invite', 'host', 'greet', 'replace', 'defeat', 'appoint', 'hire',
]);

/** Reads a speaker phrase that starts at `index` ("the renowned expert Alexander Gabuev", "he", "Mr Obama"). */
export function readSpeakerForward(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  // «— сказал «Интерфаксу» адвокат …»: the outlet told, in quote marks, stands before the speaker.
  let i = pastQuotedTerm(tokens, index);
  const first = tokens[i];
  if (!first || !first.isWord) return null;
  if (PRONOUNS_PERSON.has(first.lower)) return pronoun(first, i);
  if (PRONOUNS_OTHER.has(first.lower)) return null;
  // "her statement read", "his letter said": the words are the person's.
  const owner = POSSESSIVE_PRONOUNS.get(first.lower);
  if (owner && tokens[i + 1] && SPEECH_NOUNS.has(tokens[i + 1]!.lower)) return { ...pronoun(first, i + 1), head: owner };
  if (owner) {
    // "Her neighbour, Tom Ash, agreed": the relation names its holder in apposition; "his father
    // said" is someone the page does not name (a role nobody resolves).
    const relation = relationOfPossessor(tokens, i + 1, first, text);
    if (relation && !relation.institution) return relation;
  }
  if (introducesSomeoneUnnamed(tokens, i)) return null;
  let determiner = false;
  if (DETERMINERS.has(first.lower) && !first.isPossessive && !first.isPageSurname) {
    determiner = true;
    i++;
  }
  // "einer Erklärung des Außenministeriums", "a statement from the Kremlin": the body behind the words.
  // "a news release from": a noun before the statement's noun modifies it.
  if (tokens[i] && !tokens[i]!.isCapitalised && STATEMENT_MODIFIERS.has(tokens[i]!.lower) && SPEECH_NOUNS.has(tokens[i + 1]?.lower ?? '')) i++;
  const noun = tokens[i];
  const link = tokens[i + 1];
  if (noun && link && SPEECH_NOUNS.has(noun.lower) && ['des', 'der', 'of', 'from', 'by'].includes(link.lower)) {
    const owner = readSpeakerForward(tokens, link.lower === 'of' || link.lower === 'from' || link.lower === 'by' ? i + 2 : i + 1, text);
    if (owner && owner.kind === 'name' && owner.name && link.lower === 'des') {
      return { ...owner, name: owner.name.replace(/\S+$/u, nominativeOfGermanNoun) };
    }
    return owner;
  }
  // "the statement read", "the report said": a text speaks for its author.
  if (determiner && noun && !noun.isCapitalised && AUTHORED_TEXT_NOUNS.has(noun.lower) && link?.isWord && SPEECH_VERBS.has(link.lower)) {
    return institutionPhrase([noun], i + 1, text);
  }
  // "the teachers' union", "the nurses’ association": a body named by the people it is made of; "the
  // nurses’ union president, Carla Mendes", "nurses’ union president Carla Mendes": one who speaks for it.
  const members = membersBody(tokens, i, text);
  if (members && (determiner || (members.kind === 'name' && !members.institution))) return members;
  // „sagte die Mutter zweier Kinder“: a parent by their children's number, as "the mother of three".
  if (determiner && noun && link && GERMAN_PARENT_NOUNS.has(noun.lower) && GERMAN_COUNTS_GENITIVE.test(link.lower) && GERMAN_CHILDREN.has(tokens[i + 2]?.lower ?? '')) {
    const children = tokens[i + 2]!;
    return speakerPhrase({
      kind: 'role', name: null, role: text.slice(noun.start, children.end), honorific: false, head: noun.lower, start: first.start, end: children.end,
      next: i + 3, epithet: true, pronoun: pronounOfGermanArticle(first.lower) ?? undefined,
    });
  }
  const phrase: Token[] = [];
  let lowerBudget = determiner ? 3 : 0;
  for (; i < tokens.length && phrase.length < MAX_PHRASE; i++) {
    const token = tokens[i]!;
    if (!token.isWord) {
      if (token.text === '-' && phrase.length > 0) continue;
      // "главный экономист банка «Волга-Кредит» Мария Лунина": a body's name in quote marks completes the role.
      const past = phrase.length > 0 && inRoleComplement(phrase) ? pastQuotedTerm(tokens, i) : i;
      if (past > i && nameWithin(tokens, past, 5)) {
        i = past - 1;
        continue;
      }
      break;
    }
    if (isNameToken(token) || HONORIFICS.has(token.lower) || isRoleToken(token)) {
      phrase.push(token);
    } else if (phrase.length > 0 && germanOutletAhead(tokens, i)) {
      // "sagte eine Sprecherin der Deutschen Presse-Agentur": the outlet told, in the dative, is no part of the speaker.
      break;
    } else if (phrase.length > 0 && particlesLeadToName(tokens, i)) {
      phrase.push(token);
      if (NAME_ARTICLES.has(tokens[i + 1]!.lower)) phrase.push(tokens[++i]!);
    } else if (!token.isCapitalised && lowerBudget > 0 && !germanNounRead(first, phrase) && !PRONOUNS_PERSON.has(token.lower) && !NOT_NAMES.has(token.lower) && !SPEECH_VERBS.has(token.lower) && !ADVERBIAL_PREPOSITIONS.has(token.lower) && !roleThenFullName(phrase) && !AUXILIARIES.has(token.lower)) {
      lowerBudget--;
      phrase.push(token);
    } else if (!token.isCapitalised && !SPEECH_VERBS.has(token.lower) && !isRussianPastVerb(token.lower) && !ADVERBIAL_PREPOSITIONS.has(token.lower) && !SPEECH_SETTING_NOUNS.has(token.lower) && !germanVerbAfterNoun(first, phrase, token) && inRoleComplement(phrase) && nameWithin(tokens, i, 5)) {
      // "Глава делегации Игорь Семёнов", "Sprecher des Ministeriums Jan Ott": the role's complement.
      phrase.push(token);
    } else if (!token.isCapitalised && describesRussianName(phrase, tokens, i)) {
      // «Жительница Заволжского района Людмила Крылова»: a description the lexicon does not know, its genitive, then the name.
      phrase.push(token);
    } else if (!token.isCapitalised && !endsWithPersonName(phrase, tokens, i) && leadsToRole(tokens, i)) {
      // "Russian foreign minister Ivo Marten": lower-case words on the way to a role. Once a person
      // is named ("Senator Ana Ruiz met Prime Minister …"), a lower-case word is the sentence's verb.
      phrase.push(token);
    } else if (!token.isCapitalised && phrase.length === 0 && describesName(tokens, i)) {
      // "skipper Wade Bassi", "geophysicist Daniel Rothman": a lower-case description right before a name.
      phrase.push(token);
    } else if (!token.isCapitalised && phrase.length === 0 && !determiner && twoWordsDescribeName(tokens, i)) {
      // "veteran broadcaster Ellen Marsh": two words of description before the name.
      phrase.push(token, tokens[++i]!);
    } else if (!token.isCapitalised && !determiner && phrase.length === 1 && isNameToken(phrase[0]!) && !phrase[0]!.isPossessive && describesName(tokens, i) && looksLikeDescription(token)) {
      // "Leeds cartoonist Ann Cole": a place or a body, then the description, then the name.
      phrase.push(token);
    } else if (!token.isCapitalised && !determiner && phrase.length === 1 && isNameToken(phrase[0]!) && !phrase[0]!.isPossessive && twoWordsDescribeName(tokens, i)) {
      // "Liberal health critic Ann Cole", "Leeds city planner Ann Cole": two words of description.
      phrase.push(token, tokens[++i]!);
    } else {
      break;
    }
    // "St. Andrew's Lutheran Church", "St. John's": a saint's possessive is part of a place's name.
    if (token.isPossessive && !SAINTS.has(tokens[i - 1]?.lower ?? '')) {
      i++;
      break;
    }
  }
  const possessor = phrase.at(-1);
  if (possessor?.isPossessive && (isNameToken(possessor) || determiner)) {
    const relation = relationOfPossessor(tokens, i, phrase[0]!, text);
    if (relation) return relation;
  }
  // "Министерство обороны", "Министерство иностранных дел": a body's noun and its genitive complement.
  if (phrase.length === 1 && phrase[0]!.isCapitalised && /^\p{Script=Cyrillic}+$/u.test(phrase[0]!.text) && isOrganisationName(phrase[0]!.text)) {
    const complement = russianGenitiveComplement(tokens, i);
    if (complement > 0) return { ...institutionPhrase(tokens.slice(i - 1, i + complement), i + complement, text), head: phrase[0]!.lower };
  }
  const institution = institutionIn(phrase, i, text);
  if (institution && !phrase.some((token) => isNameToken(token) || isRoleToken(token))) return institution;
  // "the Chinese foreign ministry", "das russische Außenministerium": a determined phrase whose head is a body's noun.
  const head = phrase.at(-1);
  if (determiner && head && isInstitutionNoun(head.lower) && !phrase.some((token) => isRoleToken(token))) {
    return institutionPhrase(phrase, i, text);
  }
  // "the soft-spoken Leeds native", "the affable proprietor", then punctuation: a description of someone named before.
  const last = phrase.at(-1);
  // "the mother of three", "the father of two": a parent by their children's number.
  if (last && PARENT_NOUNS.has(last.lower) && tokens[i]?.lower === 'of' && COUNTS.test(tokens[i + 1]?.lower ?? '')) {
    phrase.push(tokens[i]!, tokens[i + 1]!);
    i += 2;
  }
  // A description ends at punctuation, a speech verb, or an adverbial after it ("sagte die 47-Jährige am Abend").
  // Only a description with no name in it: "The striker Ivo Marten was traded on Monday" is a sentence.
  // … or at the outlet told, in the dative („sagte der 61-Jährige den „Lübecker Nachrichten““).
  const closes = !tokens[i] || !tokens[i]!.isWord || SPEECH_VERBS.has(tokens[i]!.lower) || germanOutletAhead(tokens, i) ||
    (ADVERBIALS_AFTER_SPEAKER.has(tokens[i]!.lower) && !phrase.some((token) => token.isCapitalised && !GERMAN_PERSON_NOUN.test(compoundHead(token.lower)))) ||
    // „Der 34-jährige Kfz-Mechaniker hat …“: after a German noun, a lower-case word is the verb.
    (germanNounRead(first, phrase) && !tokens[i]!.isCapitalised && !GERMAN_GENITIVE_LINKS.has(tokens[i]!.lower) && tokens[i]!.lower !== 'der');
  const definite = determiner && DEFINITE_DETERMINERS.has(first.lower);
  // "The Chinese embassy in Ottawa said": a body's place, between its noun and the verb.
  const bodyPlaceCloses = !closes && last !== undefined && !last.isCapitalised && isOrganisationWord(last.lower) && tokens[i]?.lower !== 'and' && isSpeechVerbAfterPlace(tokens, i);
  // „sagte der Gewerkschafter“: German capitalises the description's noun; its ending shows a person.
  // „sagte die SPD-Politikerin“: a compound's head tells that it is a person.
  // „Der 34-jährige Kfz-Mechaniker hat …“: adjectives in lower case may stand before the noun.
  // A role keeps its adjectives for the role's reading („der russische Präsident“).
  const germanNounOnly = phrase.length === 1 || (phrase.length > 1 && !isRoleToken(last!) && phrase.slice(0, -1).every((token) => !token.isCapitalised));
  if (definite && closes && germanNounOnly && last?.isCapitalised && !last.isPageSurname && GERMAN_ARTICLES.has(first.lower) && GERMAN_PERSON_NOUN.test(compoundHead(last.lower)) && !isOrganisationWord(last.lower)) {
    return speakerPhrase({
      kind: 'role', name: null, role: joinTokens(phrase, text), honorific: false, head: last.lower, start: last.start, end: last.end, next: i, epithet: true,
      pronoun: pronounOfGermanArticle(first.lower) ?? undefined,
    });
  }
  // "the Swede said", "the Canadian added": a nationality names again the person in view.
  if (definite && closes && phrase.length === 1 && last?.isCapitalised && first.lower === 'the' && DEMONYMS.has(last.lower)) {
    return speakerPhrase({ kind: 'role', name: null, role: last.text, honorific: false, head: last.lower, start: phrase[0]!.start, end: last.end, next: i, epithet: true });
  }
  if (definite && (closes || bodyPlaceCloses) && last && !last.isCapitalised && !isRoleToken(last) && !NOT_NAMES.has(last.lower) && last.lower.length > 3 && !SPEECH_NOUNS.has(last.lower) && !isEnglishPastVerb(last.lower)) {
    // "the Toronto police", "the provincial health authority": a body, not a description of a person.
    if (isOrganisationWord(last.lower)) {
      const firstCapital = phrase.findIndex((token) => token.isCapitalised);
      return institutionPhrase(phrase.slice(firstCapital >= 0 ? firstCapital : 0), i, text);
    }
    // A plural or a group ("the residents", "the family") is no one person named again.
    if (GROUP_NOUNS.has(last.lower) || /[^s]s$/u.test(last.lower)) return null;
    // "a young family … The father told her": a bare relation is a relative of someone in view, not
    // that person described ("the proud father", "the father of two" are).
    const relative = phrase.length === 1 && PERSONAL_RELATIONS.has(last.lower);
    return speakerPhrase({
      kind: 'role', name: null, role: joinTokens(phrase, text), honorific: false, head: last.lower, start: phrase[0]!.start,
      end: last.end, next: i, epithet: !relative,
      // „die 41-Jährige“: the article shows the gender.
      pronoun: (GERMAN_ARTICLES.has(first.lower) ? pronounOfGermanArticle(first.lower) : null) ?? undefined,
    });
  }
  const body = bodyOfUnnamedRole(tokens, phrase, i, text);
  if (body) return body;
  // "Northgate police said", "Kiel city council": a place's name, then a body's lower-case noun.
  const bodyNoun = tokens[i];
  if (!determiner && phrase.length > 0 && phrase.length < 4 && phrase.every(isNameToken) && bodyNoun?.isWord && !bodyNoun.isCapitalised && isOrganisationWord(bodyNoun.lower) && !GROUP_NOUNS.has(bodyNoun.lower)) {
    return institutionPhrase([...phrase, bodyNoun], i + 1, text);
  }
  // Trailing lower-case words that are not roles belong to the sentence, not to the speaker.
  while (phrase.length > 0 && !isNameToken(phrase.at(-1)!) && !isRoleToken(phrase.at(-1)!)) {
    phrase.pop();
    i--;
  }
  const split = splitPhrase(phrase, i, text);
  // "the laid-back Leeds resident", "the 39-year-old founder of the shop": a role with a description
  // before it names again someone the page has in view, if no one was named in that role.
  if (split?.kind === 'role' && definite && phrase.length >= 2 && !isRoleToken(phrase[0]!)) return { ...split, epithet: true };
  return split;
}

/** Whether an attached phrase opens at `i` ("in Ottawa") and a speech verb follows it. */
function isSpeechVerbAfterPlace(tokens: Token[], i: number): boolean {
  const past = pastAttachedPhrase(tokens, i);
  return past > i + 1 && tokens[past] !== undefined && SPEECH_VERBS.has(tokens[past]!.lower);
}

/**
 * "a spokesperson for the German government", "an adviser to the Chinese foreign ministry": a role
 * whose holder goes unnamed, its body named by capitalised words and a lower-case noun. The body
 * speaks, as "a spokesman for the Foreign Ministry" gives the Foreign Ministry.
 */
function bodyOfUnnamedRole(tokens: Token[], phrase: Token[], next: number, text: string): SpeakerPhrase | null {
  let role = -1;
  for (let k = 0; k < phrase.length; k++) if (isRoleToken(phrase[k]!)) role = k;
  if (role < 0) return null;
  let k = role + 1;
  if (!phrase[k] || !BODY_OF_ROLE_LINKS.has(phrase[k]!.lower)) return null;
  while (phrase[k] && (BODY_OF_ROLE_LINKS.has(phrase[k]!.lower) || DETERMINERS.has(phrase[k]!.lower))) k++;
  const body = phrase.slice(k);
  if (!body[0]?.isCapitalised) return null;
  // Without a determiner before the role, the reader stopped at the capitalised words: the noun follows.
  let end = next;
  while (body.at(-1)!.isCapitalised && tokens[end]?.isWord && !tokens[end]!.isCapitalised && !SPEECH_VERBS.has(tokens[end]!.lower) && end < next + 2) body.push(tokens[end++]!);
  const firstLower = body.findIndex((token) => !token.isCapitalised);
  if (firstLower < 1 || body.slice(firstLower).some((token) => token.isCapitalised)) return null;
  while (body.length > firstLower + 1 && !isOrganisationWord(body.at(-1)!.lower)) {
    body.pop();
    end--;
  }
  return isOrganisationWord(body.at(-1)!.lower) ? institutionPhrase(body, Math.max(next, end), text) : null;
}

/**
 * After a possessive name ("Cole's", "Putin's"), who the relation names: "Cole's partner, Ivo Marten"
 * and "Putin's spokesman Dmitry Peskov" are the apposition; "Cole's dad" is a relative the page does
 * not name (a role nobody resolves). A speech noun ("Putin's statement") leaves the owner speaking: null.
 */
function tokenIndexOf(tokens: Token[], token: Token): number {
  return tokenIndexFrom(tokens, token.start);
}

function relationOfPossessor(tokens: Token[], index: number, phraseStart: Token, text: string): SpeakerPhrase | null {
  // "the Prime Minister’s Office", "the Governor’s Office": a possessive inside a body's own name.
  const bodyWord = tokens[index];
  if (bodyWord?.isWord && bodyWord.isCapitalised && phraseStart.isCapitalised && isOrganisationWord(bodyWord.lower)) {
    const end = pastNameOfBody(tokens, index + 1);
    return institutionPhrase(tokens.slice(tokenIndexOf(tokens, phraseStart), end), end, text);
  }
  let j = index;
  while (j < tokens.length && j < index + 4) {
    const word = tokens[j]!;
    // German capitalises the relation itself: "Ihr Mann", "Seine Sprecherin".
    const germanNoun = j === index && word.isCapitalised && (PERSONAL_RELATIONS.has(word.lower) || isRoleToken(word));
    if (!word.isWord || (word.isCapitalised && !germanNoun) || SPEECH_NOUNS.has(word.lower) || SPEECH_VERBS.has(word.lower) || NOT_NAMES.has(word.lower)) break;
    j++;
    // The relation's head noun ends it: "Cole's partner", "the province's health ministry"; a body's
    // noun may be followed by the role held in it ("the union's bargaining chair", "the nurses’ union president").
    if (isOrganisationWord(word.lower) && tokens[j]?.isWord && !tokens[j]!.isCapitalised && isRoleToken(tokens[j]!)) continue;
    if (isRoleToken(word) || PERSONAL_RELATIONS.has(word.lower) || isOrganisationWord(word.lower)) break;
  }
  if (j === index) return null;
  const relation = tokens[j - 1]!;
  const role = text.slice(phraseStart.start, relation.end);
  const appositionStart = tokens[j]?.text === ',' ? j + 1 : j;
  const named = tokens[appositionStart]?.isCapitalised ? readSpeakerForward(tokens, appositionStart, text) : null;
  if (named && named.kind === 'name' && !named.institution) return { ...named, role };
  // "the province's health ministry", "Cole's campaign": the owner's side speaks, named with its owner.
  // Any other noun ("the senator's professed admiration") is no one who speaks.
  if (!isRoleToken(relation) && !PERSONAL_RELATIONS.has(relation.lower)) {
    if (!isOrganisationWord(relation.lower) && !isInstitutionNoun(relation.lower)) return null;
    return institutionPhrase(tokens.slice(tokenIndexOf(tokens, phraseStart), j), j, text);
  }
  return speakerPhrase({ kind: 'role', name: null, role, honorific: false, head: relation.lower, start: phraseStart.start, end: relation.end, next: j });
}

/** "Britain's Ministry | of Defence": the index past "of" and the capitalised words that end a body's name. */
function pastNameOfBody(tokens: Token[], index: number): number {
  if (tokens[index]?.lower !== 'of' || !tokens[index + 1]?.isCapitalised) return index;
  let end = index + 1;
  while (end < Math.min(tokens.length, index + 5) && tokens[end]!.isWord && tokens[end]!.isCapitalised && !tokens[end - 1]!.isPossessive) end++;
  return end;
}

/** Heads of a German outlet's name: "Presse-Agentur", "Süddeutsche Zeitung", "der Sender", "das Magazin". */
const GERMAN_OUTLET_HEADS = ['agentur', 'zeitung', 'sender', 'magazin', 'rundfunk', 'fernsehen', 'blatt', 'portal'];
/** How many words of an outlet's name are read for its head. */
const OUTLET_NAME_REACH = 3;

/** "der Deutschen Presse-Agentur", "dem „Tagesspiegel“", "den „Lübecker Nachrichten“": an outlet in the dative after a speaker. */
function germanOutletAhead(tokens: Token[], index: number): boolean {
  const article = tokens[index]!.lower;
  if (article !== 'der' && article !== 'dem' && article !== 'den') return false;
  if (tokens[index + 1]?.text === '„') return true;
  for (let k = index + 1; k <= index + OUTLET_NAME_REACH && k < tokens.length && tokens[k]!.isWord && tokens[k]!.isCapitalised; k++) {
    const lower = tokens[k]!.lower;
    if (GERMAN_OUTLET_HEADS.some((head) => lower.endsWith(head))) return true;
  }
  return false;
}

/** German indefinite articles: „eine Anwohnerin“ brings in someone new, described and not named. */
const GERMAN_INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['ein', 'eine', 'einer', 'einen', 'einem']);
/** Russian "one of …": «один из жителей», «одна из участниц». */
const RUSSIAN_ONE_OF: ReadonlySet<string> = new Set(['один', 'одна', 'одно', 'одни']);

/**
 * „Eine Anwohnerin sagte“, «Одна из жительниц сказала»: an indefinite description brings in someone
 * the page does not name. German capitalises the noun and Russian the numeral at a sentence's start,
 * so without this they read as names.
 */
function introducesSomeoneUnnamed(tokens: Token[], index: number): boolean {
  const first = tokens[index]!;
  const next = tokens[index + 1];
  if (RUSSIAN_ONE_OF.has(first.lower)) return next?.lower === 'из';
  if (!GERMAN_INDEFINITE_ARTICLES.has(first.lower) || !next?.isWord || !next.isCapitalised || isRoleToken(next)) return false;
  const after = tokens[index + 2];
  return !after || !after.isWord || !after.isCapitalised;
}

/** Longest aside in brackets after a subject: a party, a state, an age ("(CDU)", "(D-Ore.)", "(52)"). */
const MAX_ASIDE_TOKENS = 6;

/** The index after a short bracketed aside at `index`, or `index` when there is none. */
export function pastBracketedAside(tokens: Token[], index: number): number {
  if (tokens[index]?.text !== '(') return index;
  for (let k = index + 1; k < Math.min(tokens.length, index + MAX_ASIDE_TOKENS + 1); k++) {
    if (tokens[k]!.text === ')') return k + 1;
    if (tokens[k]!.text === '(') return index;
  }
  return index;
}

/**
 * A role in subject position that names its holder in apposition: "the director of operations for
 * the clinic, Jeff Malone, says" is Jeff Malone, in that role. Otherwise the role itself.
 */
export function withApposedName(tokens: Token[], phrase: SpeakerPhrase, text: string, endsClause = false): SpeakerPhrase {
  if (phrase.kind !== 'role' && !(phrase.kind === 'name' && phrase.role !== null)) return phrase;
  // A name read with its role ("der Sprecher des Stadtrats") takes only an apposition right after it.
  const reach = phrase.kind === 'role' ? 15 : 1;
  for (let k = phrase.next; k < Math.min(tokens.length, phrase.next + reach); k++) {
    const token = tokens[k]!;
    if (token.text !== ',') {
      if (!token.isWord) return phrase;
      continue;
    }
    // "Ihr Mann, ein pensionierter Kranführer,": an indefinite apposition describes; it names no one.
    if (INDEFINITE_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return phrase;
    const named = readSpeakerForward(tokens, k + 1, text);
    // In subject position the apposition closes with a comma; after a speech verb it may end the sentence.
    // "Bernd Vogelsang (CDU),": a party in brackets is an aside inside the apposition.
    const after = tokens[named ? pastBracketedAside(tokens, named.next) : -1];
    const closed = after ? after.text === ',' || (endsClause && /^[.;!?]$/.test(after.text)) : endsClause;
    // The apposition may describe the holder too: "The moderator, veteran broadcaster Ellen Marsh,".
    const described = named?.role != null && /^[\p{Ll}\s-]+$/u.test(named.role);
    if (named && named.kind === 'name' && !named.institution && (named.role === null || described) && closed) {
      return { ...named, role: text.slice(phrase.start, tokens[k - 1]!.end), next: named.next };
    }
    return phrase;
  }
  return phrase;
}

/** Determiners that open a description in German, whose nouns are capitalised ("die Sprecherin der Stadt, …"). */
const GERMAN_DETERMINERS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'ein', 'eine', 'einer']);

/**
 * A description, then the name of whom it describes: after a speech verb ("said one of the organizers,
 * Ana Ruiz.") or in subject position ("Another parent, Jordan Ives, said…", «Один из жителей, Игорь
 * Семёнов, сказал…»). The description is no role the lexicon knows, so only its shape counts: a few
 * words to a comma, then a person's name that closes the sentence, or, as a subject, a comma and a verb.
 */
export function nameAfterDescription(tokens: Token[], from: number, text: string, asSubject = false): SpeakerPhrase | null {
  const opener = tokens[from];
  if (!opener) return null;
  const determined = DETERMINERS.has(opener.lower) || INDEFINITE_DETERMINERS.has(opener.lower);
  if (asSubject && !determined) return null;
  // German capitalises the description's nouns („eine der Organisatorinnen“): after a determiner they are no name.
  const capitalsAllowed = INDEFINITE_DETERMINERS.has(opener.lower) || GERMAN_DETERMINERS.has(opener.lower);
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const token = tokens[k]!;
    if (token.text === ',') {
      if (k === from) return null;
      const named = readSpeakerForward(tokens, k + 1, text);
      if (!named || named.kind !== 'name' || named.institution) return null;
      const after = tokens[named.next];
      const verb = tokens[named.next + 1];
      const closes = asSubject ? after?.text === ',' && verb?.isWord === true && !verb.isCapitalised : !after || !after.isWord;
      return closes ? { ...named, role: text.slice(opener.start, tokens[k - 1]!.end) } : null;
    }
    const sentenceStart = asSubject && k === from;
    if (!token.isWord || (token.isCapitalised && !capitalsAllowed && !sentenceStart)) return null;
  }
  return null;
}

/** The index of the token before `index`, past up to two adverbs ("she also said", "it later told"). */
export function indexBeforeAdverbs(tokens: Token[], index: number): number {
  let i = index - 1;
  for (let skipped = 0; skipped < 2 && i >= 0; skipped++) {
    const token = tokens[i]!;
    if (token.isWord && !token.isCapitalised && (ADVERBS.has(token.lower) || /ly$/.test(token.lower))) i--;
    else break;
  }
  return i;
}

/** Reads a speaker phrase that ends just before `index` ("… Mr Hale | said", "he | added"). */
export function readSpeakerBackward(tokens: Token[], index: number, text: string, skipAdverbs = true): SpeakerPhrase | null {
  let i = skipAdverbs ? indexBeforeAdverbs(tokens, index) : index - 1;
  const last = tokens[i];
  // "Mr. Warner, the Virginia Democrat, called …": read the name before the apposition.
  if (last && last.text === ',') return speakerBeforeApposition(tokens, i, text, 0);
  if (!last || !last.isWord) return null;
  if (PRONOUNS_PERSON.has(last.lower)) return pronoun(last, i + 1);
  // German capitalises every noun: a body's noun is one after a nominative determiner ("die russische Regierung").
  if (isInstitutionNoun(last.lower) && (!last.isCapitalised || modifiersAfterDeterminer(tokens, i, NOMINATIVE_DETERMINERS) !== null)) {
    // "le projet de loi | prévoit", "the government | said".
    let k = i;
    while (k - 2 >= 0 && NAME_PARTICLES.has(tokens[k - 1]!.lower) && INSTITUTION_NOUNS.has(tokens[k - 2]!.lower)) k -= 2;
    return institutionPhrase(tokens.slice(modifiersAfterDeterminer(tokens, k, DETERMINERS) ?? k, i + 1), i + 1, text);
  }
  // "What the commission described as …", "the agency | called": a body named by a lower-case noun after "the".
  if (!last.isCapitalised && isOrganisationWord(last.lower) && !GROUP_NOUNS.has(last.lower)) {
    const from = modifiersAfterDeterminer(tokens, i, DEFINITE_BODY_DETERMINERS);
    if (from !== null) return institutionPhrase(tokens.slice(from, i + 1), i + 1, text);
    // "Northgate police | said": a place's or a body's name before the noun, no article.
    let start = i;
    while (start > 0 && isNameToken(tokens[start - 1]!) && i - start < 4) start--;
    if (start < i && (start === 0 || !tokens[start - 1]!.isWord || !tokens[start - 1]!.isCapitalised)) return institutionPhrase(tokens.slice(start, i + 1), i + 1, text);
  }
  if (PRONOUNS_OTHER.has(last.lower)) return null;
  const end = i + 1;
  const phrase: Token[] = [];
  for (; i >= 0 && phrase.length < MAX_PHRASE; i--) {
    const token = tokens[i]!;
    if (!token.isWord) {
      if (token.text === '-' && phrase.length > 0) continue;
      break;
    }
    if (token.isPossessive && phrase.length > 0) break;
    if (isNameToken(token) || HONORIFICS.has(token.lower) || isRoleToken(token)) {
      phrase.unshift(token);
    } else if (!token.isCapitalised && phrase.length > 0 && particlesLeadToName(tokens, NAME_ARTICLES.has(token.lower) ? i - 1 : i) && i > 0 && (isNameToken(tokens[i - 1]!) || isRoleToken(tokens[i - 1]!) || NAME_PARTICLES.has(tokens[i - 1]!.lower))) {
      phrase.unshift(token);
    } else if (!token.isCapitalised && phrase.length > 0 && isRoleToken(phrase[0]!) && !NOT_NAMES.has(token.lower) && !DETERMINERS.has(token.lower) && phrase.length < 6 && (isNameToken(tokens[i - 1] ?? token) || isRoleWord(tokens[i - 1]?.text ?? ''))) {
      // "White House press secretary": a lower-case word inside a role.
      phrase.unshift(token);
    } else if (GERMAN_GENITIVE_LINKS.has(token.lower) && phrase.length > 0 && i > 0 && isRoleToken(tokens[i - 1]!)) {
      // „ein Sprecher des Ministeriums | sagte“: the role and the body it serves, as read forward.
      phrase.unshift(token);
    } else {
      break;
    }
  }
  while (phrase.length > 0 && (NAME_PARTICLES.has(phrase[0]!.lower) || NAME_ARTICLES.has(phrase[0]!.lower))) phrase.shift();
  // „Ihr Mann Karl Auer | sagte“: a capitalised possessive opens a relation, read as one forward.
  if (phrase[0] && tokens[i] && POSSESSIVE_PRONOUNS.has(tokens[i]!.lower)) {
    const relation = readSpeakerForward(tokens, i, text);
    if (relation && relation.next === end) return relation;
  }
  if (phrase.length > 0 && i >= 0 && introducesSomeoneUnnamed(tokens, i)) return null;
  // „Die Epidemiologin | fügte hinzu“: German capitalises a description's noun too; after its article
  // it is read as it is after the verb („sagte die Epidemiologin“), a person described, not a name.
  if (phrase.length === 1 && tokens[i] && GERMAN_ARTICLES.has(tokens[i]!.lower)) {
    const description = readSpeakerForward(tokens, i, text);
    if (description?.kind === 'role' && description.epithet && description.next === end) return description;
  }
  phrase.unshift(...russianRoleBefore(tokens, i));
  return splitPhrase(phrase, end, text);
}

/** Appositions a name may stand before: "Dana Lowe, 54, a nurse from the east side, said". */
const MAX_APPOSITIONS = 2;

/** The speaker before the apposition that ends at the comma tokens[comma]. */
function speakerBeforeApposition(tokens: Token[], comma: number, text: string, depth: number): SpeakerPhrase | null {
  // Up to a relative clause long: "Senator Ray Dolan, who voted against the bill twice, said".
  for (let k = comma - 1; k >= Math.max(0, comma - 25); k--) {
    const token = tokens[k]!;
    if (token.text === ',') {
      const before = k > 0 && tokens[k + 1]?.isWord ? readSpeakerBackward(tokens, k, text, false) : null;
      // "her mother, Fiona Reyes, said": the name is the apposition itself.
      const apposition = readSpeakerForward(tokens, k + 1, text);
      const named = apposition && apposition.kind === 'name' && apposition.next === comma && !apposition.institution ? apposition : null;
      if (before && before.kind !== 'role') {
        // "the spokesman for the National Security Council, John Kirby, said": the body completes a role; the apposition names who holds it.
        const role = named && roleCompletedBy(tokens, before, text);
        return role ? { ...named!, role } : before;
      }
      // "Lowe, 54, who has led the union since 2019, said": an age or a second apposition before this one.
      if (!named && !before && depth + 1 < MAX_APPOSITIONS && k > 0) return speakerBeforeApposition(tokens, k, text, depth + 1);
      return named ?? before;
    }
    // "Ana Ruiz, D-N.Y., said": an abbreviation's full stop belongs to the apposition.
    const abbreviationStop = token.text === '.' && k > 0 && tokens[k - 1]!.isWord && tokens[k - 1]!.end === token.start;
    // "the MPP for Norbridge East–Kettle Creek": a dash joining two words, no space either side, is part of a name.
    const joiningDash = token.text === '\u2013' && tokens[k - 1]?.end === token.start && tokens[k + 1]?.start === token.end;
    if (!token.isWord && token.text !== '-' && !abbreviationStop && !joiningDash) return null;
  }
  return null;
}

/**
 * "Официальный представитель правительства Германии Анна Келлер": a Russian role's complement stands
 * in the genitive between the role and the name, so reading back from the name passes it. The role
 * and its complement ending at tokens[last], when a role word stands at most four genitives back.
 */
function russianRoleBefore(tokens: Token[], last: number): Token[] {
  const role = russianRoleIndexBefore(tokens, last);
  if (role < 0) return [];
  let start = role;
  // "официальный представитель", "первый заместитель": the role's own adjectives and role words.
  while (start > 0 && tokens[start - 1]!.isWord && (isRoleToken(tokens[start - 1]!) || /(?:ый|ий|ой)$/u.test(tokens[start - 1]!.lower))) start--;
  return tokens.slice(start, last + 1);
}

/**
 * The index of a Russian role at most four words back from tokens[last], only its genitive
 * complement between ("представитель министерства", "МИД России", "министр иностранных дел
 * Австрии"), or -1.
 */
export function russianRoleIndexBefore(tokens: Token[], last: number): number {
  for (let k = last; k >= Math.max(0, last - 3); k--) {
    const token = tokens[k]!;
    if (!token.isWord || !/^[\u0400-\u04ff-]+$/u.test(token.text)) return -1;
    if (isRoleToken(token)) return k;
    // Plurals end in -ых, -их, or in no ending at all.
    if (/^\p{Lu}{2,}$/u.test(token.text)) continue;
    if (!/(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ых|их)$/u.test(token.lower) && !GENITIVE_PLURALS_WITHOUT_ENDING.has(token.lower)) return -1;
  }
  return -1;
}

/** Genitive plurals with no ending that stand in roles' complements: "министр иностранных дел", "командующий сил". */
const GENITIVE_PLURALS_WITHOUT_ENDING = new Set(['дел', 'сил', 'войск', 'служб', 'стран']);

/** Words that join a role to the body it serves: "spokesman for the …", "Sprecherin der …", "head of …". */
const ROLE_LINKS = new Set(['for', 'of', 'at', 'the', 'des', 'der', 'von', 'vom', 'beim', 'bei', 'de', 'du', 'la', 'del']);

/**
 * When `phrase` is the complement of a role ("[spokesman for the] National Security Council"), the
 * whole role as written; otherwise null. At most two link words stand between the role and the body.
 */
function roleCompletedBy(tokens: Token[], phrase: SpeakerPhrase, text: string): string | null {
  let p = tokenIndexFrom(tokens, phrase.start);
  if (p <= 0) return null;
  let links = 0;
  while (p - 1 >= 0 && links < 2 && ROLE_LINKS.has(tokens[p - 1]!.lower)) {
    p--;
    links++;
  }
  const role = tokens[p - 1];
  if (links === 0 || !role || !role.isWord || !isRoleToken(role)) return null;
  return text.slice(role.start, phrase.end);
}

/**
 * Where the words that qualify a body's noun start, right after its determiner: "the [Chinese foreign]
 * ministry", "die [russische] Regierung". Null when no determiner stands at most three words back, so
 * "he said the ministry" keeps "ministry" alone.
 */
function modifiersAfterDeterminer(tokens: Token[], noun: number, determiners: ReadonlySet<string>): number | null {
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k--) {
    const token = tokens[k]!;
    if (!token.isWord || token.isPossessive) return null;
    if (determiners.has(token.lower)) return k + 1;
  }
  return null;
}

/** Determiners that make a lower-case body's noun a particular body: "the commission", "die Kommission". */
const DEFINITE_BODY_DETERMINERS: ReadonlySet<string> = new Set(['the', 'die', 'das']);

/** Determiners of a subject: not "der"/"des", which also open genitives ("Sprecherin der Regierung"). */
const NOMINATIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une']);

/** "the bill", "le projet de loi": a body or a text as speaker, named by its noun. */
function institutionIn(phrase: Token[], next: number, text: string): SpeakerPhrase | null {
  const first = phrase.findIndex((token) => !token.isCapitalised && INSTITUTION_NOUNS.has(token.lower));
  if (first < 0) return null;
  let last = first;
  while (last + 2 < phrase.length && NAME_PARTICLES.has(phrase[last + 1]!.lower) && INSTITUTION_NOUNS.has(phrase[last + 2]!.lower)) last += 2;
  return institutionPhrase(phrase.slice(first, last + 1), next, text);
}

function institutionPhrase(words: Token[], next: number, text: string): SpeakerPhrase {
  return speakerPhrase({
    kind: 'name', name: joinTokens(words, text), role: null, honorific: false, head: words.at(-1)!.lower,
    start: words[0]!.start, end: words.at(-1)!.end, next, institution: true,
  });
}

/** Nouns for a person of a nation, as news names a player or a leader again ("the Swede", "the Ukrainian"). */
const DEMONYMS: ReadonlySet<string> = new Set([
  'american', 'canadian', 'russian', 'ukrainian', 'belarusian', 'georgian', 'chinese', 'japanese', 'korean', 'german',
  'austrian', 'frenchman', 'frenchwoman', 'briton', 'brit', 'englishman', 'scot', 'irishman', 'welshman', 'swede', 'finn',
  'dane', 'norwegian', 'pole', 'czech', 'slovak', 'hungarian', 'swiss', 'dutchman', 'italian', 'spaniard', 'australian',
  'latvian', 'lithuanian', 'estonian', 'kazakh', 'indian', 'brazilian', 'mexican',
]);

/** Abbreviations of "Saint" that begin a place's name. */
const SAINTS: ReadonlySet<string> = new Set(['st', 'st.', 'saint', 'ste', 'ste.']);

/** "teachers' union" at `index`: a plural noun, its possessive mark, then a body's noun. */
function membersBody(tokens: Token[], index: number, text: string): SpeakerPhrase | null {
  const members = tokens[index];
  const mark = tokens[index + 1];
  if (!members?.isWord || members.isCapitalised || !/s$/u.test(members.lower) || !mark || !/^['’]$/u.test(mark.text) || mark.start !== members.end) return null;
  const body = tokens[index + 2];
  if (!body?.isWord || body.isCapitalised || !isOrganisationWord(body.lower)) return null;
  return relationOfPossessor(tokens, index + 2, members, text);
}

/** Whether the phrase so far ends in a role and its complement, with no proper name after the role yet. */
function inRoleComplement(phrase: Token[]): boolean {
  for (let k = phrase.length - 1; k >= 0; k--) {
    const token = phrase[k]!;
    if (isRoleToken(token)) return true;
    if (token.isCapitalised && !/^\p{Lu}{2,}$/u.test(token.text) && !isCyrillicGenitiveNoun(token)) return false;
  }
  return false;
}

/** Irregular English past tenses that stand after a subject ("The decision came after …"). */
const IRREGULAR_PAST_VERBS: ReadonlySet<string> = new Set([
  'came', 'went', 'took', 'made', 'gave', 'held', 'left', 'began', 'found', 'stood', 'fell', 'rose', 'grew', 'spoke',
  'broke', 'chose', 'drove', 'flew', 'knew', 'threw', 'brought', 'bought', 'caught', 'fought', 'sought', 'sent', 'spent',
  'kept', 'slept', 'felt', 'meant', 'built', 'lost', 'paid', 'laid', 'ran', 'sat', 'won', 'met', 'saw', 'got', 'hit', 'led',
]);

/**
 * A description ends in a noun ("the affable proprietor"), never in a past tense: "The decision came
 * after …", "The vote passed on …" are a subject and its verb.
 */
function isEnglishPastVerb(word: string): boolean {
  return IRREGULAR_PAST_VERBS.has(word) || /[^e]ed$/u.test(word);
}

/** Words that may follow a speaker: an adverbial of time or place ("said the minister on Monday", „sagte sie am Abend“). */
const ADVERBIALS_AFTER_SPEAKER = new Set([
  'on', 'at', 'in', 'during', 'after', 'before', 'outside', 'yesterday', 'today', 'earlier', 'later', 'last', 'this',
  'am', 'im', 'beim', 'bei', 'nach', 'vor', 'auf', 'gestern', 'heute', 'später', 'zuvor', 'bereits',
  // „sagte die Rentnerin mit leiser Stimme“, „sagte der Minister gegenüber Journalisten“, „… dazu“.
  'mit', 'gegenüber', 'dazu', 'weiter', 'damals', 'außerdem', 'anschließend', 'abschließend', 'zudem', 'jedoch', 'nun', 'noch',
]);

/** German definite articles. */
const GERMAN_ARTICLES = new Set(['der', 'die', 'den', 'dem']);

/**
 * Whether a German phrase has read its noun: after „die Wegener“, „der Minister“ a lower-case word is
 * a verb or an adverb („die Wegener eigentlich erweitern wollte“), never more of the description, whose
 * adjectives stand before the noun („die frühere Ministerin“).
 */
function germanNounRead(first: Token, phrase: readonly Token[]): boolean {
  return GERMAN_ARTICLES.has(first.lower) && phrase.some((token) => token.isCapitalised);
}

/**
 * „Die Grünen-Abgeordnete hält den Fragebogen …“: after the noun, a German role's complement opens
 * with a genitive („der Sprecher des Ministeriums Jan Ott“); any other lower-case word is the verb.
 */
function germanVerbAfterNoun(first: Token, phrase: readonly Token[], token: Token): boolean {
  return germanNounRead(first, phrase) && !GERMAN_GENITIVE_LINKS.has(token.lower) && token.lower !== 'der' && !/(?:en|er|es)$/u.test(token.lower);
}

/** The word after a compound's last hyphen ("spd-politikerin" → "politikerin"), or the word. */
function compoundHead(lower: string): string {
  return lower.slice(lower.lastIndexOf('-') + 1);
}

/** Parents a description counts the children of: "the mother of three". */
const PARENT_NOUNS = new Set(['mother', 'father', 'mom', 'dad', 'grandmother', 'grandfather', 'parent']);
const COUNTS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u;
const GERMAN_PARENT_NOUNS = new Set(['mutter', 'vater', 'großmutter', 'großvater']);
/** German numerals in the genitive: „zweier“, „dreier“. */
const GERMAN_COUNTS_GENITIVE = /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)er$/u;
const GERMAN_CHILDREN = new Set(['kinder', 'söhne', 'töchter', 'enkel']);

/** Nouns that modify a statement's noun: "a news release", "a press statement", "a written reply". */
const STATEMENT_MODIFIERS = new Set(['news', 'press', 'media', 'written', 'joint', 'official', 'emailed', 'prepared']);

/**
 * Prepositions that open an adverbial, never a role's complement: „ein Sprecher des Amts auf Anfrage“,
 * „der Minister am Dienstag“. German capitalises the noun after them, which reads like a name.
 */
const ADVERBIAL_PREPOSITIONS = new Set(['auf', 'am', 'im', 'in', 'bei', 'beim', 'nach', 'gegenüber', 'laut', 'vor', 'mit', 'zu', 'zum', 'zur']);

/** Genitive endings of Russian nouns and adjectives: обороны, юстиции, иностранных (дел), финансов, развития. */
const RUSSIAN_GENITIVE = /(?:ы|и|а|я|ого|его|ых|их|ов|ев|ей|ел|ий)$/u;

/** How many lower-case genitives follow at tokens[from…] (at most three), none of them a verb. */
function russianGenitiveComplement(tokens: Token[], from: number): number {
  let k = from;
  while (k < Math.min(tokens.length, from + 3)) {
    const token = tokens[k]!;
    if (!token.isWord || token.isCapitalised || !/^\p{Script=Cyrillic}+$/u.test(token.text)) break;
    const genitive = GENITIVES_LIKE_PAST_VERBS.has(token.lower) || (RUSSIAN_GENITIVE.test(token.lower) && !isRussianPastVerb(token.lower));
    if (!genitive || SPEECH_VERBS.has(token.lower)) break;
    k++;
  }
  return k - from;
}

/** "заявил", "сообщила", "встретились": a Russian past-tense verb ends the subject, never a role's complement. */
const RUSSIAN_PAST_VERB = /^[\u0400-\u04ff]+[аяиеуыо]л(?:а|и|о)?(?:сь|ся)?$/u;
/** Genitives shaped like a past tense: "дел" in "министр иностранных дел". */
const GENITIVES_LIKE_PAST_VERBS: ReadonlySet<string> = new Set(['дел']);

function isRussianPastVerb(lower: string): boolean {
  return RUSSIAN_PAST_VERB.test(lower) && !GENITIVES_LIKE_PAST_VERBS.has(lower);
}

/**
 * "секретарь Совета безопасности Республики Олег Зорин": a Russian role's complement is in the
 * genitive, capitalised words and lower-case ones alike, so a capitalised genitive noun (Совета, Кремля,
 * Госдумы) does not end the complement. A given name ("Мария") is a person's, never the complement's.
 */
function isCyrillicGenitiveNoun(token: Token): boolean {
  // Adjectives of a body's name in the genitive too: «Высшей школы экономики», «Российской академии наук».
  return /^[\u0400-\u04ff-]{4,}$/u.test(token.text) && /(?:а|я|ы|и|ого|его|ой|ей|ых|их)$/u.test(token.lower) && !isGivenName(token.text);
}

/**
 * Whether the lower-case word at `index` continues a Russian description of a person named right after
 * it: a capitalised word or two that are no given name («Жительница Заволжского»), a genitive, then a
 * given name within two words.
 */
function describesRussianName(phrase: Token[], tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (phrase.length === 0 || phrase.length > 2 || !/^\p{Script=Cyrillic}+$/u.test(token.text) || !RUSSIAN_GENITIVE.test(token.lower)) return false;
  if (phrase.some((word) => isGivenName(word.text) || !/^\p{Script=Cyrillic}+$/u.test(word.text))) return false;
  for (let k = index + 1; k < Math.min(tokens.length, index + 3); k++) {
    if (!tokens[k]!.isWord) return false;
    if (tokens[k]!.isCapitalised) return isGivenName(tokens[k]!.text) && tokens[k + 1]?.isCapitalised === true;
  }
  return false;
}

/** How many words a quoted name inside a speaker's phrase may hold («Волга-Кредит», «Новые люди»). */
const QUOTED_TERM_WORDS = 3;

/** The index after a short quoted name that opens at `index` («Интерфаксу», «Волга-Кредит») with a word after it; `index` itself where there is none. */
function pastQuotedTerm(tokens: Token[], index: number): number {
  const close = quotedNameEnd(tokens, index, QUOTED_TERM_WORDS);
  return close >= 0 && tokens[close + 1]?.isWord ? close + 1 : index;
}

/** Whether a name token follows within `distance` lower-case words. */
function nameWithin(tokens: Token[], index: number, distance: number): boolean {
  for (let k = index; k < Math.min(tokens.length, index + distance + 1); k++) {
    const token = tokens[k]!;
    // "банка «Волга-Кредит» Мария Лунина": a body's quoted name on the way.
    const past = token.isWord ? k : pastQuotedTerm(tokens, k);
    if (past > k) {
      k = past - 1;
      continue;
    }
    if (!token.isWord) return false;
    if (token.isCapitalised) return isNameToken(token);
  }
  return false;
}

/**
 * "глава МИД России Сергей Лавров": in Russian the role's capitalised complement (МИД, России)
 * precedes the name; a person's name is its last two words, or three with a patronymic.
 */
export function trimToPersonName(tokens: Token[]): Token[] {
  if (tokens.length < 3) return tokens;
  if (tokens.every((token) => /^[\u0400-\u04ff.-]+$/u.test(token.text))) return keepPersonName(tokens);
  // "Neighbour Tina Brooks", "Shopper Ian Bell" at a sentence's start: a capitalised description,
  // then a given name. A given name first ("Mary Ann Lee") is all name.
  // "Prominent Canadian Ana Ruiz": two such words when both read as adjectives; "Te Aru Robert Tane"
  // is one name.
  for (let given = 1; given <= Math.min(2, tokens.length - 2); given++) {
    if (!isGivenName(tokens[given]!.text)) continue;
    const described = tokens.slice(0, given).every((word) => !isGivenName(word.text) && !HONORIFICS.has(word.lower) && !word.isPossessive && /^\p{Lu}\p{Ll}+$/u.test(word.text) && (given === 1 || ADJECTIVE_ENDING.test(word.lower)));
    return described ? tokens.slice(given) : tokens;
  }
  return tokens;
}

/** Endings of English adjectives and nationalities: "Prominent", "Canadian", "Veteran", "Local". */
const ADJECTIVE_ENDING = /(?:ent|ant|ian|an|ese|ish|ic|al|ive|ous|ary|ed|ful)$/u;

/** The last two words of a run, or three with a patronymic or a middle initial. */
export function keepPersonName(tokens: Token[]): Token[] {
  const middle = tokens.at(-2)!;
  const keep = /(?:вич|вна|ична)$/u.test(middle.lower) || isInitial(middle) ? 3 : 2;
  return tokens.slice(-keep);
}

function describesName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (NOT_NAMES.has(token.lower) || PRONOUNS_OTHER.has(token.lower) || token.lower.length < 3) return false;
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  return next !== undefined && isNameToken(next) && !isInitial(next) && afterNext !== undefined && isNameToken(afterNext);
}

/** "veteran broadcaster | Ellen Marsh", "health critic | Ann Cole": two lower-case words of description at `index`, then a name. */
function twoWordsDescribeName(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return looksLikeDescription(tokens[index]!) && next !== undefined && !next.isCapitalised && looksLikeDescription(next) && describesName(tokens, index + 1);
}

/** Auxiliaries and modals: a verb, never a word of a description ("said the plan | would …"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'would', 'will', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were',
  'does', 'did', 'do', 'hat', 'hatte', 'ist', 'war', 'wird', 'würde', 'kann', 'könne', 'sei', 'habe', 'werde',
]);

/** „Die Vorsitzende Mira Hansen | hielt dagegen“: a role and two words of a name; a lower-case word after is the verb. */
function roleThenFullName(phrase: Token[]): boolean {
  const [role, given, family] = phrase.slice(-3);
  return family !== undefined && isRoleToken(role!) && isNameToken(given!) && isNameToken(family) && !isRoleToken(given!) && !isRoleToken(family);
}

/**
 * A phrase that already names a person: a role, an honorific or a known given name, then a name
 * ("Senator Ruiz", "Ana Ruiz"). Two capitalised words alone may be a body ("Harbour Board press
 * secretary …") and go on.
 */
function endsWithPersonName(phrase: Token[], tokens: Token[], index: number): boolean {
  const last = phrase.at(-1);
  const before = phrase.at(-2);
  if (!last || !before || !isNameToken(last) || isRoleToken(last)) return false;
  if (isRoleToken(before) || HONORIFICS.has(before.lower) || genderOfGivenName(`${before.text} ${last.text}`) !== null) return true;
  // "Xi Jinping met Russian President …": a capitalised word between the lower-case word and the
  // role starts a new person's phrase.
  return isNameToken(before) && tokens[index + 1] !== undefined && tokens[index + 1]!.isCapitalised && !isRoleToken(tokens[index + 1]!);
}

/** "press secretary", "national security adviser": lower-case words that lead to a role word. */
function leadsToRole(tokens: Token[], index: number): boolean {
  for (let k = index; k < Math.min(tokens.length, index + 3); k++) {
    const token = tokens[k]!;
    if (!token.isWord || NOT_NAMES.has(token.lower)) return false;
    if (isRoleToken(token)) return true;
  }
  return false;
}

function pronoun(token: Token, next: number): SpeakerPhrase {
  return speakerPhrase({ kind: 'pronoun', name: null, role: null, honorific: false, head: token.lower, start: token.start, end: token.end, next: next + 1 });
}

function joinTokens(tokens: Token[], text: string): string {
  if (tokens.length === 0) return '';
  const raw = text.slice(tokens[0]!.start, tokens.at(-1)!.end);
  return raw.replace(/[’']s$/u, '').replace(/\s+/g, ' ');
}

/** Links between a role and the body it belongs to: "founder of", "spokesman for", "analyst at". */
const BODY_OF_ROLE_LINKS = new Set(['of', 'for', 'at', 'to', 'the']);
const PLACE_OF_ORIGIN_LINKS: ReadonlySet<string> = new Set(['from', 'aus', 'из']);

function splitPhrase(phrase: Token[], next: number, text: string): SpeakerPhrase | null {
  if (phrase.length === 0) return null;
  let lastRole = -1;
  for (let k = 0; k < phrase.length; k++) if (isRoleToken(phrase[k]!)) lastRole = k;
  let roleEnd = lastRole + 1;
  // The role's lower-case complement ("Глава делегации", "Sprecher des Ministeriums") belongs to the role.
  while (lastRole >= 0 && roleEnd < phrase.length && !phrase[roleEnd]!.isCapitalised) roleEnd++;
  let nameTokens = phrase.slice(roleEnd);
  let roleTokens = phrase.slice(0, roleEnd);
  // "New Zealand Department of Conservation": without a role word, the trailing capitalised run is the name.
  if (lastRole < 0) {
    let firstName = phrase.length;
    const inName = (token: Token): boolean =>
      isNameToken(token) || HONORIFICS.has(token.lower) || NAME_PARTICLES.has(token.lower) || NAME_ARTICLES.has(token.lower) || BODY_LINK_WORDS.has(token.lower);
    while (firstName > 0 && inName(phrase[firstName - 1]!)) firstName--;
    nameTokens = phrase.slice(firstName);
    roleTokens = phrase.slice(0, firstName);
  }
  let honorific = false;
  let honorificPronoun: string | undefined;
  while (nameTokens.length > 0 && (HONORIFICS.has(nameTokens[0]!.lower) || NAME_PARTICLES.has(nameTokens[0]!.lower))) {
    honorific ||= HONORIFICS.has(nameTokens[0]!.lower);
    honorificPronoun ??= HONORIFIC_PRONOUNS.get(nameTokens[0]!.lower);
    nameTokens.shift();
  }
  const start = phrase[0]!.start;
  const end = phrase.at(-1)!.end;
  // "Sprecher der Nordwind Energie GmbH": a firm's or body's name ends in its kind; no word of it is a person's.
  const namesBody = nameTokens.length > 0 && isOrganisationWord(nameTokens.at(-1)!.lower);
  if (nameTokens.length > 0 && nameTokens.some(isNameToken) && !namesBody) {
    // After a role's complement ("Sprecher des Ministeriums Jan Ott"), its capitalised head is not part of the name.
    const complement = roleEnd > lastRole + 1 && nameTokens.length >= 3;
    const trimmed = complement ? keepPersonName(nameTokens) : trimToPersonName(nameTokens);
    if (trimmed.length < nameTokens.length) {
      roleTokens = phrase.slice(0, phrase.indexOf(trimmed[0]!));
      nameTokens = trimmed;
    }
  }
  const role = roleTokens.length > 0 ? joinTokens(roleTokens, text) : null;
  // "представитель Кремля", "глава МИД": a role's genitive or acronym complement names a body, not a person.
  if (nameTokens.length === 1 && lastRole >= 0 && /[\u0400-\u04ff]/u.test(nameTokens[0]!.text) && (/^\p{Lu}{2,}$/u.test(nameTokens[0]!.text) || /(?:я|ии|ы)$/u.test(nameTokens[0]!.lower))) {
    return speakerPhrase({ kind: 'role', name: null, role: joinTokens(phrase, text), honorific: false, head: phrase[lastRole]!.lower, start, end, next });
  }
  // "the founder of Brightline Press", "a spokesman for the Foreign Ministry": the role's holder is
  // unnamed here; the capitalised words after the link are the body the role belongs to. So are they
  // after a place of origin ("A teacher from Laval said", „ein Arzt aus Kassel“): where the holder comes from.
  const link = roleTokens.at(-1)?.lower;
  const bodyOfRole = link !== undefined && BODY_OF_ROLE_LINKS.has(link) && (namesBody || (nameTokens.length <= 2 && nameTokens.some((token) => isOrganisationWord(token.lower))));
  if (lastRole >= 0 && link && (bodyOfRole || PLACE_OF_ORIGIN_LINKS.has(link))) {
    return speakerPhrase({ kind: 'role', name: null, role: joinTokens(phrase, text), honorific: false, head: phrase[lastRole]!.lower, start, end, next });
  }
  if (nameTokens.length === 0 || !nameTokens.some(isNameToken)) {
    if (lastRole < 0) return null;
    return speakerPhrase({ kind: 'role', name: null, role, honorific, head: phrase[lastRole]!.lower, start, end, next });
  }
  let name = withoutPlaceOfOrigin(joinTokens(nameTokens, text));
  // "ein Sprecher des Verteidigungsministeriums": the body is named in the nominative, as a reader looks it up.
  if (link !== undefined && GERMAN_GENITIVE_LINKS.has(link) && name === joinTokens(nameTokens, text) && /^[\p{Script=Latin} -]+$/u.test(name)) {
    name = name.replace(/\S+$/u, nominativeOfGermanNoun);
  }
  return speakerPhrase({ kind: 'name', name, role, honorific, head: nameTokens.at(-1)!.lower, start: nameTokens[0]!.start, end, next, ...(honorificPronoun && { pronoun: honorificPronoun }) });
}

const GERMAN_GENITIVE_LINKS = new Set(['des', 'eines']);
