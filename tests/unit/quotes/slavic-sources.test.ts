import { describe, expect, it } from 'vitest';
import { quotesIn, speakersAndOpenings, speakersIn as who } from './quotes-in';
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

describe('Russian: what stands between the verb and the speaker, and a bare role', () => {
  const ru = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'ru');

  it('passes a setting after the verb («в своём телеграм-канале», «в интервью РИА Новости»), and never takes its outlet for the speaker', () => {
    expect(ru(['В Киеве итоги встречи назвали предсказуемыми. «Мы и не ждали ничего другого», — написал в своём телеграм-канале советник главы офиса Олег Мартынов.'])).toEqual([
      ['Олег Мартынов', 'Мы и не'],
    ]);
    expect(ru(['Итоги встречи обсуждали весь день. «Мы и не ждали ничего другого от этой встречи», — сказал в интервью РИА Новости.'])).toEqual([
      [null, 'Мы и не'],
    ]);
  });

  it('a bare role after the verb names again the person the paragraph is about («— подчеркнула дипломат», «— сказал парламентарий»)', () => {
    expect(
      ru(['Официальный представитель МИД Анна Келлер заявила, что Москва открыта для диалога. «Наши предложения остаются в силе», — подчеркнула дипломат.']),
    ).toEqual([['Анна Келлер', 'Наши предложения остаются']]);
    expect(
      ru(['Депутат Павел Орлов обвинил соседей в срыве переговоров. «Они снова пытаются диктовать нам условия», — сказал парламентарий в интервью РИА Новости.']),
    ).toEqual([['Павел Орлов', 'Они снова пытаются']]);
  });

  it('the source of «по словам …» is in focus, so «добавил он» is that person', () => {
    expect(
      ru(['По словам пресс-секретаря министерства Карла Ауэра, новый раунд может состояться в мае. «Мы не теряем надежды на договорённость», — добавил он.']),
    ).toEqual([['Карл Ауэр', 'Мы не теряем']]);
  });
});

describe('an outlet quotes someone', () => {
  it('RU, DE, EN: by an object pronoun («— цитирует его ТАСС», „zitiert sie die Zeitung“, "Reuters quoted him as saying")', () => {
    expect(speakersAndOpenings(['Глава комитета Игорь Семёнов выступил в понедельник. «Мы не допустим срыва сроков строительства», — цитирует его ТАСС.'], 'ru')).toEqual([
      ['Игорь Семёнов', 'Мы не допустим'],
    ]);
    expect(speakersAndOpenings(['Die Ministerin Lea Brandt sprach in Kiel. „Wir werden den Hafen ausbauen, ob es allen gefällt oder nicht“, zitiert sie die Zeitung.'], 'de')).toEqual([
      ['Lea Brandt', 'Wir werden den'],
    ]);
    expect(speakersAndOpenings(['Ivo Marten spoke in Ottawa. “We will not back down on this, not now and not ever,” Reuters quoted him as saying.'], 'en')).toEqual([
      ['Ivo Marten', 'We will not'],
    ]);
    expect(speakersAndOpenings(['Ivo Marten spoke in Ottawa. “We will not back down on this, not now and not ever,” the Daily Northgate quoted Ana Ruiz as saying.'], 'en')).toEqual([
      ['Ana Ruiz', 'We will not'],
    ]);
  });

  it('RU: a source the agency does not name is no one, never the agency («— сообщил РИА Новости источник в правительстве»)', () => {
    expect(speakersAndOpenings(['Игорь Семёнов выступил в понедельник. «Решение будет принято до конца недели», — сообщил РИА Новости источник в правительстве.'], 'ru')).toEqual([
      [null, 'Решение будет принято'],
    ]);
  });
});

describe('Russian: a quote interrupted by its cue between dashes', () => {
  it('takes the speaker from «…, — сказал Семёнов, — …» inside the marks, and a pronoun there must fit', () => {
    expect(
      speakersAndOpenings(['Игорь Семёнов выступил в понедельник, Анна Келлер тоже. «Мы готовы к переговорам, — сказал Семёнов, — но не на этих условиях и не сейчас».'], 'ru'),
    ).toEqual([['Игорь Семёнов', 'Мы готовы к']]);
    expect(speakersAndOpenings(['Анна Келлер выступила. «Мы готовы к переговорам, — сказал он, — но не на этих условиях».'], 'ru')).toEqual([[null, 'Мы готовы к']]);
  });

  it('gives the quote’s words without the cue, its place on the page as it stands', () => {
    const text = 'Игорь Семёнов выступил в понедельник. «Мы готовы к переговорам, — сказал Семёнов, — но не на этих условиях».';
    const [quote] = quotesIn([text], 'ru');
    expect(quote!.text).toBe('Мы готовы к переговорам, но не на этих условиях');
    expect(text.slice(quote!.start, quote!.end)).toBe('Мы готовы к переговорам, — сказал Семёнов, — но не на этих условиях');
  });
});

describe('Russian: a body as the place of an impersonal report', () => {
  const ru = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'ru');

  it('«В Кремле заявили:», «— сообщили в пресс-службе министерства обороны» name the body, in the nominative', () => {
    expect(ru(['В Кремле заявили: «Мы не видим для этого никаких оснований».'])).toEqual([['Кремль', 'Мы не видим']]);
    expect(ru(['Учения начались в понедельник. «Учения пройдут по плану и в срок», — сообщили в пресс-службе министерства обороны.'])).toEqual([
      ['Министерство обороны', 'Учения пройдут по'],
    ]);
  });

  it('«в ведомстве», «в пресс-службе ведомства» name the body the page has in view, also one met as such a place', () => {
    expect(ru(['В областном министерстве транспорта уточнили, что подрядчик уже выбран. «Контракт подписан, техника на месте», — сообщили в пресс-службе ведомства.'])).toEqual([
      ['Министерство транспорта', 'Контракт подписан, техника'],
    ]);
    expect(ru(['В МИД России сообщили, что ответ будет. «Мы не видим для этого никаких оснований», — добавили в ведомстве.'])).toEqual([
      ['МИД России', 'Мы не видим'],
    ]);
  });
});

describe('Russian: a place between the verb and the speaker', () => {
  it('«— заявил на заседании в Совете Федерации Семёнов» is Семёнов, never the declined place', () => {
    expect(speakersAndOpenings(['Игорь Семёнов выступил. «Мы не допустим срыва сроков строительства», — заявил на заседании в Совете Федерации Семёнов.'], 'ru')).toEqual([
      ['Игорь Семёнов', 'Мы не допустим'],
    ]);
    expect(speakersAndOpenings(['Игорь Семёнов выступил. «Мы не допустим срыва сроков строительства», — заявил в Совете Федерации Семёнов.'], 'ru')).toEqual([
      ['Игорь Семёнов', 'Мы не допустим'],
    ]);
  });
});

describe('Russian: outlets, quoted people and unnamed sources', () => {
  const who = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'ru');

  it('an outlet in guillemets between the verb and the speaker («Как сообщил «Интерфаксу» глава …», «— сказал «Известиям» депутат …»)', () => {
    expect(
      who([
        'Пресс-секретарь губернатора Олег Тарасов заявил, что область готова к программе.',
        'Как сообщил «Интерфаксу» глава комитета по бюджету Игорь Белов, поправки рассмотрят осенью. «Сроки сжатые, но мы успеем», — отметил депутат.',
      ]),
    ).toEqual([['Игорь Белов', 'Сроки сжатые, но']]);
    expect(who(['«Сроки сжатые, но мы обязательно успеем», — сказал «Известиям» депутат Игорь Белов.'])).toEqual([['Игорь Белов', 'Сроки сжатые, но']]);
  });

  it('«цитирует ТАСС адвоката компании Светлану Громову»: a role the lexicon does not know, then the name in the accusative', () => {
    expect(who(['«Мы будем добиваться справедливости в суде», — цитирует ТАСС адвоката компании Светлану Громову.'])).toEqual([
      ['Светлана Громова', 'Мы будем добиваться'],
    ]);
  });

  it('«собеседник агентства», «источник»: an unnamed source’s words are nobody’s, not the person in focus', () => {
    for (const cue of ['сказал агентству собеседник в правительстве', 'сказал собеседник агентства в правительстве', 'сообщил источник в министерстве']) {
      expect(who([`Глава района Пётр Зуев выступил на сессии. «Решение не окончательное, обсуждение продолжится на следующей неделе», — ${cue}.`])).toEqual([
        [null, 'Решение не окончательное,'],
      ]);
    }
  });
});

describe('Russian: descriptions, groups and texts', () => {
  const who = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'ru');

  it('a description the lexicon does not know, its genitive, then the name («Жительница Заволжского района Людмила Крылова»)', () => {
    expect(quotesIn(['Жительница Заволжского района Людмила Крылова рассказала, что контейнеры не вывозили две недели. «Я тридцать лет плачу за всё вовремя», — сказала она.'], 'ru').map((quote) => [quote.speaker, quote.speakerRole])).toEqual([
      ['Людмила Крылова', null],
    ]);
  });

  it('a bare noun after the verb names again the person in view («— возмущается пенсионерка»)', () => {
    expect(who(['Пенсионер Игорь Семёнов рассказал, что лифт не работает месяц. «Я тридцать лет плачу за всё вовремя. А мне говорят — потерпите», — возмущается пенсионер.'])).toEqual([
      ['Игорь Семёнов', 'Я тридцать лет'],
    ]);
    expect(who(['«Я тридцать лет плачу за всё вовремя», — сказал журналистам.'])).toEqual([[null, 'Я тридцать лет']]);
  });

  it('a plural after the verb is a group, not the person before («— считают эксперты»)', () => {
    expect(who(['Депутат Ирина Павлова выступила на сессии. «Контейнерные площадки переполнены неделями», — считают эксперты.'])).toEqual([
      ['эксперты', 'Контейнерные площадки переполнены'],
    ]);
  });

  it('a text’s owner named in guillemets after a genitive chain («говорится в сообщении пресс-службы компании «…»»)', () => {
    expect(who(['«Оператор выполняет свои обязательства в полном объёме», — говорится в сообщении пресс-службы компании «Северный Путь».'])).toEqual([
      ['Северный Путь', 'Оператор выполняет свои'],
    ]);
  });
});
