/**
 * Russian reports whose source is a place, not a subject: «— сообщили в пресс-службе ведомства»,
 * «В Кремле заявили: …», «В областном министерстве транспорта уточнили». The verb is plural and
 * impersonal; the body stands after «в» in the prepositional case. This module reads that body and
 * gives it in the nominative («Министерство транспорта», «Кремль»); a press service speaks for the
 * body it serves, and a general noun («ведомство») for the body the page has in view.
 */
import type { Token } from './tokens';
import { speakerPhrase, type SpeakerPhrase } from './speaker-phrase';

/** Institution nouns in the prepositional case, with their nominative. */
const PREPOSITIONAL_BODIES: ReadonlyMap<string, string> = new Map([
  ['министерстве', 'министерство'], ['ведомстве', 'ведомство'], ['правительстве', 'правительство'],
  ['администрации', 'администрация'], ['мэрии', 'мэрия'], ['департаменте', 'департамент'], ['управлении', 'управление'],
  ['комитете', 'комитет'], ['компании', 'компания'], ['посольстве', 'посольство'], ['прокуратуре', 'прокуратура'],
  ['полиции', 'полиция'], ['суде', 'суд'], ['кремле', 'Кремль'], ['мид', 'МИД'], ['мвд', 'МВД'], ['минобороны', 'Минобороны'],
  ['минздраве', 'Минздрав'], ['минфине', 'Минфин'], ['генштабе', 'Генштаб'], ['штабе', 'штаб'], ['госдуме', 'Госдума'],
  ['думе', 'дума'], ['совбезе', 'Совбез'], ['совете', 'совет'], ['офисе', 'офис'], ['пентагоне', 'Пентагон'], ['белом', 'Белый'],
  // Ministries by their short names: «в Минтрансе», «в Минюсте»; those ending in a genitive do not decline.
  ['минтрансе', 'Минтранс'], ['минюсте', 'Минюст'], ['минтруде', 'Минтруд'], ['минстрое', 'Минстрой'], ['минспорте', 'Минспорт'],
  ['минсельхозе', 'Минсельхоз'], ['минпромторге', 'Минпромторг'], ['минэнерго', 'Минэнерго'], ['минкультуры', 'Минкультуры'],
  ['минцифры', 'Минцифры'], ['минприроды', 'Минприроды'], ['минпросвещения', 'Минпросвещения'], ['минобрнауки', 'Минобрнауки'],
  ['минэкономразвития', 'Минэкономразвития'],
]);

/** A press service speaks for the body in the genitive after it: «в пресс-службе министерства». */
const PRESS_SERVICES = new Set(['пресс-службе', 'пресс-центре', 'службе']);

/** Adjectives before the noun («в областном министерстве»): prepositional endings. */
const PREPOSITIONAL_ADJECTIVE = /^\p{Ll}+(?:ом|ем|ой|ей)$/u;

/** Genitive complements after the noun («министерстве транспорта», «МИД России»): at most three words. */
const GENITIVE = /^\p{L}+(?:а|я|ы|и|ов|ев|ей|ого|его|их|ых)$/u;

/** A capitalised surname («Семёнов», «Зорин») after the place is the speaker, not the place's genitive. */
const SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;

/** A past-tense verb («заявили», «уточнил»), which ends the body's name. */
const PAST_VERB = /л[аио]?(?:сь)?$/u;

/** Plural impersonal verbs of such reports: «сообщили», «заявили», «уточнили», «добавили», «отнеслись». */
export function isImpersonalPluralVerb(token: Token | undefined): boolean {
  return token !== undefined && /^[\u0400-\u04ff]+ли(?:сь)?$/u.test(token.lower) && token.lower.length > 4;
}

/** Prepositions shaped like a genitive («на», «за»): the start of an adverbial, never part of the body's name. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['на', 'за', 'для', 'из', 'по', 'при', 'со', 'во', 'до', 'у']);

/**
 * The body named after «в» at tokens[from], in the nominative, or null. A press service gives the body
 * it serves; «ведомство», «министерство» alone stay lower case, for the body in view to be found.
 */
export function locativeBodyAt(tokens: readonly Token[], from: number, text: string): SpeakerPhrase | null {
  const preposition = tokens[from];
  if (!preposition || (preposition.lower !== 'в' && preposition.lower !== 'во')) return null;
  let k = from + 1;
  while (tokens[k] && !tokens[k]!.isCapitalised && PREPOSITIONAL_ADJECTIVE.test(tokens[k]!.lower) && !PREPOSITIONAL_BODIES.has(tokens[k]!.lower)) k++;
  if (tokens[k] && PRESS_SERVICES.has(tokens[k]!.lower)) {
    const served = locativeBodyAt([preposition, ...tokens.slice(k + 1).map(asPrepositional)], 0, text);
    // Its tokens were read from index 1 of a copy that starts at tokens[k].
    return served ? { ...served, start: tokens[k]!.start, next: served.next + k } : null;
  }
  const noun = tokens[k];
  const nominative = noun ? PREPOSITIONAL_BODIES.get(noun.lower) : undefined;
  if (!noun || nominative === undefined) return null;
  // «Белом доме» is two words.
  let end = k + 1;
  const parts = [nominative];
  if (nominative === 'Белый') {
    if (tokens[end]?.lower !== 'доме') return null;
    parts.push('дом');
    end++;
  }
  while (end < Math.min(tokens.length, k + 4) && tokens[end]!.isWord && GENITIVE.test(tokens[end]!.lower) && !PAST_VERB.test(tokens[end]!.lower) && !PREPOSITIONS.has(tokens[end]!.lower) && !(tokens[end]!.isCapitalised && SURNAME.test(tokens[end]!.lower))) {
    parts.push(text.slice(tokens[end]!.start, tokens[end]!.end));
    end++;
  }
  const name = parts.join(' ');
  const named = parts.length > 1 || /^\p{Lu}/u.test(nominative);
  return speakerPhrase({
    kind: 'name', name: named ? name.charAt(0).toUpperCase() + name.slice(1) : name, role: null, honorific: false,
    head: nominative.toLowerCase(), start: noun.start, end: tokens[end - 1]!.end, next: end, institution: true,
  });
}

/**
 * After a press service the body is in the genitive («пресс-службе министерства»): read it as the
 * prepositional the table knows, by the noun's genitive ending.
 */
function asPrepositional(token: Token): Token {
  const genitive = GENITIVE_TO_PREPOSITIONAL.find(([ending]) => token.lower.endsWith(ending));
  if (!genitive) return token;
  const lower = token.lower.slice(0, -genitive[0].length) + genitive[1];
  return PREPOSITIONAL_BODIES.has(lower) ? { ...token, lower } : token;
}

const GENITIVE_TO_PREPOSITIONAL: readonly [string, string][] = [['ства', 'стве'], ['ции', 'ции'], ['ии', 'ии'], ['та', 'те'], ['ния', 'нии'], ['ля', 'ле']];
