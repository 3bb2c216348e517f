import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';
import { authoredTextNoun } from '../../../src/quotes/authored-text';

/**
 * A statement, a report or a letter that speaks with no author named in the quote's clause: the body
 * the page has in view wrote it, in English, German and Russian. With no body in view, nobody.
 */
const who = speakersAndOpenings;

describe('a text speaks for the body in view', () => {
  it('EN: "the statement read", "the report said" name the body that issued it', () => {
    expect(
      who(['In a statement, the Port Authority said the new rules went further than any other port. “Our offer remains on the table, and it is a fair one,” the statement read.']),
    ).toEqual([['Port Authority', 'Our offer remains']]);
    expect(
      who(['The Interior Ministry released its yearly report on Monday. “The number of applications rose sharply in the second half,” the report said.']),
    ).toEqual([['Interior Ministry', 'The number of']]);
  });

  it('EN: with no body in view, a statement names nobody', () => {
    expect(who(['Nobody expected the news. “The plant will close at the end of the year,” the statement read.'])).toEqual([[null, 'The plant will']]);
  });

  it('DE: „heißt es in dem Bericht“, „In dem Bericht heißt es“ und „aus dem Ministerium“ nennen das Ministerium im Blick', () => {
    const intro = 'Das Innenministerium legte am Montag seinen Jahresbericht vor.';
    expect(who([`${intro} „Die Zahl der Anträge ist im zweiten Halbjahr deutlich gestiegen“, heißt es in dem Bericht.`], 'de')).toEqual([
      ['Innenministerium', 'Die Zahl der'],
    ]);
    expect(who([`${intro} Im Abschlussbericht heißt es: „Die Zahl der Anträge ist im zweiten Halbjahr deutlich gestiegen.“`], 'de')).toEqual([
      ['Innenministerium', 'Die Zahl der'],
    ]);
    expect(who([`${intro} „Die Zahl der Anträge ist im zweiten Halbjahr deutlich gestiegen“, hieß es aus dem Ministerium.`], 'de')).toEqual([
      ['Innenministerium', 'Die Zahl der'],
    ]);
  });

  it('RU: «говорится в документе», «в сообщении ведомства» называют ведомство в фокусе, с его родительным дополнением', () => {
    const intro = 'Министерство обороны выпустило сообщение в понедельник.';
    expect(who([`${intro} «Число заявлений заметно выросло за последний год», — говорится в документе.`], 'ru')).toEqual([
      ['Министерство обороны', 'Число заявлений заметно'],
    ]);
    expect(who([`${intro} «Число заявлений заметно выросло за последний год», — говорится в сообщении ведомства.`], 'ru')).toEqual([
      ['Министерство обороны', 'Число заявлений заметно'],
    ]);
    expect(who([`${intro} В документе говорится: «Число заявлений заметно выросло за последний год».`], 'ru')).toEqual([
      ['Министерство обороны', 'Число заявлений заметно'],
    ]);
  });
});

describe('the noun of a text, in its dictionary form', () => {
  it('reads German compounds and Russian prepositional forms', () => {
    expect(authoredTextNoun('Abschlussbericht')).toBe('bericht');
    expect(authoredTextNoun('Pressemitteilung')).toBe('mitteilung');
    expect(authoredTextNoun('заявлении')).toBe('заявление');
    expect(authoredTextNoun('документе')).toBe('документ');
    expect(authoredTextNoun('письме')).toBe('письмо');
    expect(authoredTextNoun('statement')).toBe('statement');
    expect(authoredTextNoun('Ministerium')).toBeNull();
  });
});

describe('a name before more than one apposition', () => {
  it('EN, DE: an age, then a relative clause or a description, before the speech verb', () => {
    expect(
      who(['The strike is in its second week. Dana Lowe, 54, who has led the union since 2019, said: “Every week we lose costs the city more than the rules would.”']),
    ).toEqual([['Dana Lowe', 'Every week we']]);
    expect(who(['Crowds gathered at the gate. Tom Ash, 61, a crane driver from the east side, said: “I did this job for thirty years and I am not done.”'])).toEqual([
      ['Tom Ash', 'I did this'],
    ]);
    expect(
      who(['Die Gewerkschaft streikt seit Montag. Tobias Lehnert, 54, der die Gewerkschaft seit 2019 führt, sagte: „Jede Woche kostet die Stadt mehr als die neuen Regeln.“'], 'de'),
    ).toEqual([['Tobias Lehnert', 'Jede Woche kostet']]);
  });
});
