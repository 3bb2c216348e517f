import { describe, expect, it } from 'vitest';
import { speakersIn as who } from './quotes-in';
import { nominativeOfName } from '../../../src/quotes/russian-name-case';

/** Russian and Ukrainian ways of naming a source, in sentences of our own. */

describe('Ukrainian', () => {
  it('reads its speech verbs and its "за словами", the name in the nominative', () => {
    expect(who(['«Ми не підемо на жодні поступки в цьому питанні», — заявив Вереський у зверненні.'], 'uk')).toEqual(['Вереський']);
    expect(who(['За словами Олега Вереського, «мир має бути справедливим для всіх сторін».'], 'uk')).toEqual(['Олег Вереський']);
  });

  it('knows its feminine roles and resolves "вона"', () => {
    expect(
      who([
        'Міністерка закордонних справ Австрії Хельга Бранднер провела переговори в Києві.',
        '«Ми готові допомагати й надалі, скільки буде потрібно», — сказала вона журналістам.',
      ], 'uk'),
    ).toEqual(['Хельга Бранднер']);
  });

  it('gives Ukrainian genitives their nominative', () => {
    expect(['Олега Вереського', 'Ірини Вереської', 'Олени Іванової', 'Андрія Мельника'].map((name) => nominativeOfName(name, 'genitive'))).toEqual([
      'Олег Вереський', 'Ірина Вереська', 'Олена Іванова', 'Андрій Мельник',
    ]);
  });
});

describe('Russian', () => {
  it('takes the clause\'s subject when the name before the verb is governed by a preposition', () => {
    expect(who(['Глава МИД Австрии Карл Ауэр в ходе встречи с Петровым отметил: «Австрия будет и дальше поддерживать диалог со всеми»'], 'ru')).toEqual(['Карл Ауэр']);
  });

  it('after a quoting verb, skips the agency and reads the role before the person, in the accusative', () => {
    expect(who(['«Мы не допустим эскалации ни при каких обстоятельствах», — цитирует РИА Новости замглавы МИД Андрея Климова.'], 'ru')).toEqual(['Андрей Климов']);
  });

  it('puts the subject of "Об этом сообщила …" in focus for the next "она"', () => {
    expect(
      who([
        'Об этом сообщила официальный представитель ведомства Анна Келлер. «Следует прекратить поставки немедленно», — сказала она в эфире.',
      ], 'ru'),
    ).toEqual(['Анна Келлер']);
  });
});
