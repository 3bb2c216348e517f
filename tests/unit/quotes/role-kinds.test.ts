import { describe, expect, it } from 'vitest';
import { quotesIn as quotes, speakersIn as who } from './quotes-in';

/**
 * A role named again in other words ("the political scientist" → "the expert"), and Russian roles
 * whose genitive complement stands between them and the name, in sentences of our own.
 */

describe('an expert named again as "the expert"', () => {
  it('EN: the political scientist is "the expert" a sentence on', () => {
    expect(who(['The political scientist Nora Lind expects little from the talks.', '"These summits are mostly theatre for voters at home," the expert said.'], 'en')).toEqual(['Nora Lind']);
  });

  it('DE: der Politologe ist „der Experte“', () => {
    expect(who(['Laut dem Politologen Jens Brack war das absehbar.', '„Solche Gipfel sind vor allem Bilder für das Publikum“, sagte der Experte.'], 'de')).toEqual(['Jens Brack']);
  });

  it('RU: политолог — это «эксперт», и имя дано в именительном падеже', () => {
    expect(who(['По словам политолога Ивана Соколова, итог был предсказуем.', '«Такие встречи — прежде всего символическая политика», — отметил эксперт.'], 'ru')).toEqual(['Иван Соколов']);
  });

  it('does not make a spokesman of an expert', () => {
    expect(who(['The political scientist Nora Lind expects little from the talks.', '"We will not comment on the talks at this stage," the spokesman said.'], 'en')).toEqual([null]);
  });
});

describe('a Russian role with its genitive complement before the name', () => {
  it('keeps the whole role: official representative of a government of a country', () => {
    const [quote] = quotes(['Официальный представитель правительства Австрии Анна Келлер заявила журналистам: «Мы сожалеем, что договориться не удалось».'], 'ru');
    expect([quote?.speaker, quote?.speakerRole]).toEqual(['Анна Келлер', 'Официальный представитель правительства Австрии']);
  });
});

describe('a role whose holder goes unnamed speaks for its body', () => {
  it('EN: "a spokesperson for the Austrian government" is the Austrian government, before or after the quote', () => {
    expect(who(['"We had hoped for more, but the door remains open," a spokesperson for the Austrian government said.'], 'en')).toEqual(['Austrian government']);
    expect(who(['A spokesperson for the Austrian government said: "We had hoped for more, but the door remains open."'], 'en')).toEqual(['Austrian government']);
  });

  it('EN: "an adviser to the Dutch foreign ministry"', () => {
    expect(who(['"We had hoped for more, but the door remains open," said an adviser to the Dutch foreign ministry.'], 'en')).toEqual(['Dutch foreign ministry']);
  });
});

describe('a role named again with its country', () => {
  it('EN: "the Swedish prime minister" is the prime minister the page named, though a president stands before him', () => {
    expect(
      who([
        'President Elena Vasquez met Prime Minister Oskar Lindqvist in Madrid, the first visit by a Swedish leader in years.',
        'Asked about the vote, the Swedish prime minister said: "Every option has to be on the table now."',
      ], 'en'),
    ).toEqual(['Oskar Lindqvist']);
  });
});

describe('a firm named by its name and then as "the company"', () => {
  it('EN: "Northgate Holdings … the company said"', () => {
    expect(who(['The builder, Northgate Holdings, said in a statement that work would start soon.', '"We are proud to invest in this town and its people," the company said.'], 'en')).toEqual(['Northgate Holdings']);
  });
});

describe('a Russian role with a long complement, named again by its head', () => {
  it('RU: «министр» is the minister of foreign affairs named two paragraphs before', () => {
    expect(
      who([
        'Министр иностранных дел Австрии Карл Ауэр отметил, что Вена изучает предложения.',
        'Тем временем в Брюсселе Ирина Волкова провела встречу с журналистами.',
        '«Мы готовы слушать, но решать будут другие», — написал министр в соцсетях.',
      ], 'ru'),
    ).toEqual(['Карл Ауэр']);
  });
});

describe('a capitalised description before a name at the start of a sentence', () => {
  it('EN: "Neighbour Tina Brooks" is Tina Brooks; "Mary Ann Lee" stays whole', () => {
    expect(who(['Neighbour Tina Brooks said she heard shouting. "It was terrifying. I called for help right away," Brooks said.'], 'en')).toEqual(['Tina Brooks']);
    expect(who(['Mary Ann Lee said: "It was terrifying. I called for help right away."'], 'en')).toEqual(['Mary Ann Lee']);
  });
});

describe('a role named just after, in the same paragraph', () => {
  it('EN: "The premier said … “…,” said Premier Doug Lawson"', () => {
    expect(who(['The premier said on Tuesday that the province would "do whatever it takes to keep them" in work. "We will not let these workers down," said Premier Dana Lowe.'], 'en')).toEqual(['Dana Lowe', 'Dana Lowe']);
  });

  it('EN: not from the next paragraph', () => {
    expect(who(['The premier said on Tuesday that the province would "do whatever it takes to keep them" in work.', 'Premier Dana Lowe was not at the meeting.'], 'en')).toEqual([null]);
  });
});

describe('a spokesperson nobody names speaks for the body named before the role', () => {
  it('EN, DE: "a Northgate spokesperson", "ein Northgate-Sprecher"; not a country\'s adjective', () => {
    expect(who(['"Nothing is signed yet," a Northgate spokesperson wrote in an email.'], 'en')).toEqual(['Northgate']);
    expect(who(['„Noch ist nichts unterschrieben, das dauert“, sagte ein Northgate-Sprecher.'], 'de')).toEqual(['Northgate']);
    expect(who(['"Nothing is signed yet," a Chinese spokesman said.'], 'en')).toEqual([null]);
  });

  it('EN: a spokesperson the page names is that person', () => {
    expect(who(['Northgate spokesperson Ana Ruiz declined to give details.', '"Nothing is signed yet," the Northgate spokesperson said.'], 'en')).toEqual(['Ana Ruiz']);
  });
});

describe('a head of state named again by another word, the origin telling two leaders apart', () => {
  it('EN, DE, RU: "the Brazilian leader" is the page\'s Brazilian president, not the other president in view', () => {
    expect(who(['Chilean President Rosa Vidal welcomed Brazilian President Marco Teles in Santiago.', '"Our friendship is stronger than ever before," the Brazilian leader said.'], 'en')).toEqual(['Marco Teles']);
    expect(who(['Die chilenische Präsidentin Rosa Vidal empfing den brasilianischen Präsidenten Marco Teles.', '„Unsere Freundschaft ist stärker als je zuvor“, sagte der brasilianische Staatschef.'], 'de')).toEqual(['Marco Teles']);
    expect(who(['Президент Чили Роза Видаль встретила президента Бразилии Марко Телеса.', '«Наша дружба крепка как никогда», — сказал бразильский лидер.'], 'ru')).toEqual(['Марко Телес']);
  });

  it('EN: no such leader named, so nobody, not the person in view', () => {
    expect(who(['Chilean President Rosa Vidal arrived in Lima on Monday.', '"Our friendship is stronger than ever before," the Brazilian leader said.'], 'en')).toEqual([null]);
  });
});


describe('a country named by its acronym agrees with its adjective', () => {
  it('RU: «Председатель КНР …» is «китайский лидер»', () => {
    expect(who(['Председатель КНР Ли Вэй прибыл в Лиму, где его встретил президент Перу Хосе Рамос.', '«Мы готовы и дальше работать вместе», — сказал китайский лидер.'], 'ru')).toEqual(['Ли Вэй']);
  });
});
