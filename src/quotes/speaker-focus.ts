/**
 * Who a page has in focus as it goes: the people last in subject position or last quoted, and what
 * the page says about their gender, so "he" and "she" find the right one.
 */
import type { Span } from '../text/span';
import { firstClauseStart } from './attribution-cues';
import { blockIndexOf, sentenceIndexAt, tokensIn } from './text-index';
import type { Token } from './tokens';
import { GENERAL_BODY_NOUNS } from './speech-lexicon';
import { genderOfGivenName } from './given-names';
import { nameKey } from './name-registry';

/** The pronoun that opens the sentence after the one holding `pos`, in the same paragraph. */
export function pronounOpeningNextSentence(pos: number, sentences: Span[], blocks: number[], allTokens: Token[]): string | null {
  const index = sentenceIndexAt(sentences, pos);
  return index < 0 ? null : wordOpeningSentenceAfter(index, pos, sentences, blocks, allTokens);
}

/**
 * The word (in lower case) that opens the clause of the sentence after sentences[index], if that one
 * is in the paragraph holding `pos`: "he", "she", „sie“ there are evidence of who the sentence was about.
 */
export function wordOpeningSentenceAfter(index: number, pos: number, sentences: Span[], blocks: number[], allTokens: Token[]): string | null {
  const following = sentences[index + 1];
  if (!following || blockIndexOf(blocks, following.start) !== blockIndexOf(blocks, pos)) return null;
  const tokens = tokensIn(allTokens, following.start, Math.min(following.end, following.start + 80));
  return tokens[firstClauseStart(tokens)]?.lower ?? null;
}

export type Gender = 'm' | 'f' | null;

/** Russian surnames mark gender (Власова, Ивановская are women; Семёнов, Песков are men); others say nothing. */
function genderOfRussianSurname(name: string): Gender {
  const surname = name.split(/\s+/).at(-1) ?? '';
  if (!/^[\u0400-\u04ff-]+$/u.test(surname)) return null;
  if (/(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(surname)) return 'f';
  if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(surname)) return 'm';
  return null;
}

export function genderOfPronoun(pronoun: string): Gender {
  if (pronoun === 'he' || pronoun === 'er' || pronoun === 'он' || pronoun === 'він') return 'm';
  // German "sie" is also "they", but a group has its own pronoun path: as one speaker it is "she".
  if (pronoun === 'she' || pronoun === 'sie' || pronoun === 'она' || pronoun === 'вона') return 'f';
  return null;
}

/** What the page says about each person's gender: the pronouns that follow them as subjects. */
export class GenderEvidence {
  private readonly counts = new Map<string, { m: number; f: number }>();

  add(name: string, pronoun: string): void {
    const gender = genderOfPronoun(pronoun);
    if (!gender) return;
    const count = this.counts.get(name) ?? { m: 0, f: 0 };
    count[gender]++;
    this.counts.set(name, count);
  }

  of(name: string): Gender {
    const count = this.counts.get(name);
    if (!count || count.m === count.f) return genderOfGivenName(name) ?? genderOfRussianSurname(name);
    return count.m > count.f ? 'm' : 'f';
  }
}

const NOBODY: ReadonlySet<string> = new Set();

/** Whether any word of `name` is among the name keys `keys` ("Sam Ode" is named by "Sam" or "Ode"). */
function namedBy(name: string, keys: ReadonlySet<string>): boolean {
  return keys.size > 0 && name.split(/\s+/).some((word) => keys.has(nameKey(word)));
}

/** How many of the people last in focus a pronoun is weighed against. */
const AMBIGUITY_WINDOW = 3;

/** The people last in focus, most recent last; "he" and "she" take the latest one that fits. */
export class RecentPeople {
  private readonly people: { name: string; pos: number }[] = [];

  add(name: string, pos: number): void {
    const index = this.people.findIndex((person) => person.name === name);
    // Subjects are taken in lazily, so an older mention may arrive after a newer one: keep the newest.
    if (index >= 0 && this.people[index]!.pos > pos) return;
    if (index >= 0) this.people.splice(index, 1);
    this.people.push({ name, pos });
    if (this.people.length > 6) this.people.shift();
  }

  /**
   * Whether "he" or "she" at `pos` could mean more than one of the last few people in focus: then
   * the latest is a guess among several, not the one person the page has in view.
   */
  isAmbiguous(pos: number, gender: Gender, genders: GenderEvidence, excluded: ReadonlySet<string> = NOBODY): boolean {
    const recent = this.people
      .filter((person) => person.pos < pos && !namedBy(person.name, excluded))
      .sort((a, b) => a.pos - b.pos)
      .slice(-AMBIGUITY_WINDOW);
    return recent.filter((person) => {
      const known = genders.of(person.name);
      return !gender || !known || known === gender;
    }).length > 1;
  }

  /** Where the page last had `name` in focus, or -1. */
  positionOf(name: string): number {
    return this.people.find((person) => person.name === name)?.pos ?? -1;
  }

  /** The latest person before `pos` whose gender fits, leaving out anyone whose name words are in `excluded`. */
  latest(pos: number, gender: Gender, genders: GenderEvidence, excluded: ReadonlySet<string> = NOBODY): string | null {
    const before = this.people.filter((person) => person.pos < pos && !namedBy(person.name, excluded)).sort((a, b) => a.pos - b.pos);
    for (let i = before.length - 1; i >= 0; i--) {
      const known = genders.of(before[i]!.name);
      if (!gender || !known || known === gender) return before[i]!.name;
    }
    return null;
  }
}

/** Bodies (or groups of people) last in subject position, most recent last: who "it", "the agency" or "they" name again. */
export class RecentNames {
  private readonly bodies: { name: string; pos: number }[] = [];

  add(name: string, pos: number): void {
    this.bodies.push({ name, pos });
    if (this.bodies.length > 8) this.bodies.shift();
  }

  /** The latest name before `pos`, with where it stands. */
  latestEntry(pos: number): { name: string; pos: number } | null {
    for (let i = this.bodies.length - 1; i >= 0; i--) if (this.bodies[i]!.pos < pos) return this.bodies[i]!;
    return null;
  }

  /** The latest body before `pos`; with a noun, one that the noun names ("the department"), or any for a general noun. */
  latest(pos: number, noun: string | null): string | null {
    for (let i = this.bodies.length - 1; i >= 0; i--) {
      const body = this.bodies[i]!;
      if (body.pos >= pos) continue;
      if (noun === null || GENERAL_BODY_NOUNS.has(noun) || namesBody(body.name, noun)) return body.name;
    }
    return null;
  }
}

/** Nouns for a person that tell their gender, as the pronoun that names them again. */
const PERSON_NOUN_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ...['husband', 'father', 'dad', 'son', 'brother', 'uncle', 'grandfather', 'man', 'boy', 'spokesman', 'businessman', 'chairman', 'congressman'].map((noun) => [noun, 'he'] as const),
  ...['wife', 'mother', 'mom', 'mum', 'daughter', 'sister', 'aunt', 'grandmother', 'woman', 'girl', 'spokeswoman', 'businesswoman', 'chairwoman', 'congresswoman'].map((noun) => [noun, 'she'] as const),
  ...['mann', 'vater', 'sohn', 'bruder', 'onkel', 'großvater', 'sprecher', 'anwohner', 'муж', 'отец', 'сын', 'брат', 'дядя'].map((noun) => [noun, 'er'] as const),
  ...['frau', 'mutter', 'tochter', 'schwester', 'tante', 'großmutter', 'sprecherin', 'anwohnerin', 'жена', 'мать', 'дочь', 'сестра', 'тётя'].map((noun) => [noun, 'sie'] as const),
]);

/** The pronoun a person noun takes ("husband" → "he", „Sprecherin“ → „sie“), or null when it does not tell. */
export function pronounOfPersonNoun(noun: string): string | null {
  return PERSON_NOUN_PRONOUNS.get(noun.toLowerCase()) ?? null;
}

/** Whether a noun names a body again: a word of its name, or a German compound's head ("Innenministerium" → "ministerium"). */
function namesBody(name: string, noun: string): boolean {
  return name.toLowerCase().split(/\s+/).some((word) => word === noun || (noun.length >= 6 && word.endsWith(noun)));
}

/**
 * A Russian past-tense verb agrees with its subject's gender: "Петров заявил", "Захарова заявила"
 * (also reflexive: "встретилась"). The pronoun that gender stands for, or null.
 */
export function pronounOfRussianVerb(verb: string): 'он' | 'она' | null {
  if (!/^[\u0400-\u04ff]+$/u.test(verb) || verb !== verb.toLowerCase()) return null;
  if (/[аяиеуыоі]ла(?:сь|ся)?$/u.test(verb)) return 'она';
  if (/[аяиеуыо]л(?:ся)?$/u.test(verb)) return 'он';
  // Ukrainian: "заявив", "сказав", "відповів" (he); "заявила" (she) is read above.
  if (/[аиіо]в(?:ся)?$/u.test(verb) && verb.length > 4) return 'он';
  return null;
}
