import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { splitSentences } from '../../../src/text/sentences';
import type { Mention, Quote } from '../../../src/analysis/types';
import type { Catalog, Entity } from '../../../src/catalog/entity';

function quotesOf(paragraphs: string[], options: { mentions?: Mention[]; catalog?: Catalog; lang?: string } = {}): Quote[] {
  const text = paragraphs.join('\n\n');
  return findQuotes(text, {
    sentences: splitSentences(text, options.lang),
    mentions: options.mentions ?? [],
    catalog: options.catalog ?? [],
    lang: options.lang ?? null,
  });
}

/** [speaker, first words] of every quote, for compact expectations. */
function who(paragraphs: string[], lang?: string): [string | null, string][] {
  return quotesOf(paragraphs, { lang }).map((quote) => [quote.speaker, quote.text.split(/\s+/).slice(0, 4).join(' ')]);
}

describe('findQuotes: attribution patterns', () => {
  it('"Q," said S', () => {
    const [quote] = quotesOf(['“The harvest will be late this year,” said Maria Okonkwo, a grain trader in Odesa.']);
    expect(quote).toMatchObject({ speaker: 'Maria Okonkwo', cue: 'said', text: 'The harvest will be late this year,' });
    expect(quote!.confidence).toBeGreaterThan(0.9);
  });

  it('"Q," S said', () => {
    expect(who(['“Nobody in this building expected the vote to pass,” Tomas Berg said.'])).toEqual([
      ['Tomas Berg', 'Nobody in this building'],
    ]);
  });

  it('S said: "Q"', () => {
    expect(who(['Helen Park said: “We will keep the border crossing open all winter.”'])).toEqual([
      ['Helen Park', 'We will keep the'],
    ]);
  });

  it('S said that "Q…" (a partial quote inside reported speech)', () => {
    expect(who(['Lena Vogt said that the new tariffs were “a tax on every family in the region” and would be fought.'])).toEqual([
      ['Lena Vogt', 'a tax on every'],
    ]);
  });

  it('according to S, "Q"', () => {
    expect(who(['According to the Foreign Ministry, “the talks were held in a constructive and frank atmosphere.”'])).toEqual([
      ['Foreign Ministry', 'the talks were held'],
    ]);
  });

  it('"Q," S added — and a second quote in the same paragraph keeps the speaker', () => {
    expect(
      who(['“We have seen no sign of a withdrawal,” Omar Haddad added. “The trucks are still moving every night.”']),
    ).toEqual([
      ['Omar Haddad', 'We have seen no'],
      ['Omar Haddad', 'The trucks are still'],
    ]);
  });

  it('headline style S: "Q"', () => {
    expect(who(['Grossi: “The plant cannot be left without power again”', 'The agency chief spoke in Vienna.'])).toEqual([
      ['Grossi', 'The plant cannot be'],
    ]);
  });

  it('headline style with words between the colon and the quote', () => {
    expect(who(['Halvorsen: the alliance “must double its spending on air defence”'])).toEqual([
      ['Halvorsen', 'must double its spending'],
    ]);
  });

  it('a sentence split by its attribution gives two quotes with the same speaker', () => {
    expect(who(['“The money is there,” said Paula Reyes, the budget chief, “but the will to spend it is not.”'])).toEqual([
      ['Paula Reyes', 'The money is there,'],
      ['Paula Reyes', 'but the will to'],
    ]);
  });

  it('drops a place of origin from a person’s name, not from a body’s', () => {
    expect(who(['In 2019, Senator Ruth Calder of Vermont called the bill “a gift to the largest polluters in the country.”'])).toEqual([
      ['Ruth Calder', 'a gift to the'],
    ]);
  });

  it('reads a capitalised description and an occupation before the name', () => {
    expect(who(['“I waited two years for a fix before going public,” Lisbon-based developer Rui Matos wrote in a blog post.'])).toEqual([
      ['Rui Matos', 'I waited two years'],
    ]);
  });

  it('takes the role apart from the name', () => {
    const [quote] = quotesOf(['“The schedule of the visit is being finalised,” Kremlin spokesman Dmitry Peskov told reporters.']);
    expect(quote).toMatchObject({ speaker: 'Dmitry Peskov', speakerRole: 'Kremlin spokesman', cue: 'told' });
    const [second] = quotesOf(['A truce now would mean “freezing the front where it stands,” warned US National Security Advisor Kirby.']);
    expect(second).toMatchObject({ speaker: 'Kirby', speakerRole: 'US National Security Advisor', cue: 'warned' });
  });

  it('reads a name after a lower-case description ("the veteran analyst Anna Brück")', () => {
    expect(who(['The summit is mostly for show and not about “a lasting settlement of the war,” says the veteran analyst Anna Brück.'])).toEqual([
      ['Anna Brück', 'a lasting settlement of'],
    ]);
  });

  it('the speaker of "S called it "Q"" is S, with an apposition in between', () => {
    expect(who(['Mr. Ferrand, the committee chairman, called the proposal “the most reckless budget in a generation.”'])).toEqual([
      ['Ferrand', 'the most reckless budget'],
    ]);
  });

  it('a name in apposition before the verb: "Q," her brother, Tomas Reyes, said', () => {
    expect(who(['“He never once complained about the long shifts,” his brother, Tomas Reyes, said in a statement.'])).toEqual([
      ['Tomas Reyes', 'He never once complained'],
    ]);
  });

  it('a role that serves a body, then the name in apposition: the person speaks, not the body', () => {
    const quotes = quotesOf([
      'The spokeswoman for the Harbour Authority, Lina Marsh, said: “The pier will stay closed all winter.”',
      'Die Sprecherin der Stadtverwaltung, Jana Roth, sagte: „Die Brücke bleibt bis zum Frühjahr gesperrt.“',
      '“Nobody asked the fishermen what they think,” the head of the Fishing Guild, Ivo Brandt, said.',
    ]);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerRole])).toEqual([
      ['Lina Marsh', 'spokeswoman for the Harbour Authority'],
      ['Jana Roth', 'Sprecherin der Stadtverwaltung'],
      ['Ivo Brandt', 'head of the Fishing Guild'],
    ]);
    // A body that stands alone before the apposition still speaks for itself.
    expect(who(['“We will appeal the ruling,” Northwind Shipping, the ferry operator, said.'])).toEqual([
      ['Northwind Shipping', 'We will appeal the'],
    ]);
  });

  it('a named subject introducing the quote with a colon', () => {
    expect(who(['Historian Mara Quist sums up the decade in her preface: “Every city wanted a skyline it could not afford.”'])).toEqual([
      ['Mara Quist', 'Every city wanted a'],
    ]);
  });

  it('reads past a long relative clause between the name and the verb', () => {
    expect(who(['Senator Ray Dolan, who voted against the bill twice and has long warned about the debt, said: “This plan borrows from our children.”'])).toEqual([
      ['Ray Dolan', 'This plan borrows from'],
    ]);
  });

  it('a quote over two paragraphs opened right after the verb is one quote', () => {
    const quotes = quotesOf([
      'Port director Lina Berger said “we will not give up on the new pier this year',
      '“and we will not give up on it next year either,” she added.',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Lina Berger', cue: 'added' });
  });

  it('a possessive speaker: "the ministry’s statement", "Lee’s insistence that"', () => {
    expect(who(['The ministers agreed to “expand trade in local currencies by next year,” according to the Kremlin’s statement.'])).toEqual([
      ['Kremlin', 'expand trade in local'],
    ]);
    expect(who(['Critics mocked Hanna Lee’s insistence that “any small farm can do this.”'])).toEqual([
      ['Hanna Lee', 'any small farm can'],
    ]);
  });

  it('"Q" and "Q," according to S: both quotes of one sentence share the cue', () => {
    expect(who(['The leaders want to “deepen cooperation in energy and transport” and “sign a number of new agreements,” according to a statement from the Kremlin.'])).toEqual([
      ['Kremlin', 'deepen cooperation in energy'],
      ['Kremlin', 'sign a number of'],
    ]);
  });

  it('a cue later in the sentence: "Q" to …, S said', () => {
    expect(who(['“It is hard to see what would change their minds” before the deadline, Rafael Soto said on Tuesday.'])).toEqual([
      ['Rafael Soto', 'It is hard to'],
    ]);
  });

  it('a question mark and an attribution after it', () => {
    expect(who(['“Who will pay for the repairs when the donors leave?” asked Ines Marlow, the mayor of the town.'])).toEqual([
      ['Ines Marlow', 'Who will pay for'],
    ]);
  });
});

describe('findQuotes: resolution across the page', () => {
  it('a surname resolves to the full name met earlier', () => {
    expect(
      who([
        'Economist Priya Natarajan has studied the sanctions for a decade.',
        '“The loopholes are bigger than the rules themselves,” Natarajan said.',
      ]),
    ).toEqual([['Priya Natarajan', 'The loopholes are bigger']]);
  });

  it('a middle initial is part of the full name, and a sentence-opening word is not', () => {
    expect(
      who([
        '“The deficit is not the story; the interest bill is,” said Laura K. Brandt, a fellow at a research group.',
        'Accordingly Brandt wants a new rule. Accordingly, she says, the rule must be simple.',
        '“Nobody reads a rule with forty exceptions,” Brandt said.',
      ]),
    ).toEqual([
      ['Laura K. Brandt', 'The deficit is not'],
      ['Laura K. Brandt', 'Nobody reads a rule'],
    ]);
  });

  it('"Mr" and a surname resolve to the full name', () => {
    expect(
      who(['President Leon Harlow arrived on Sunday.', '“We came to listen, not to lecture,” Mr Harlow said.']),
    ).toEqual([['Leon Harlow', 'We came to listen,']]);
  });

  it('a role resolves to the person who held it earlier', () => {
    expect(
      who([
        'Government spokeswoman Clara Jensen confirmed the date.',
        '“The delegation will be larger than last time,” the spokeswoman said.',
      ]),
    ).toEqual([['Clara Jensen', 'The delegation will be']]);
  });

  it('"he" is the person last in subject position', () => {
    expect(
      who([
        'Senator Ray Dolan, a veteran of the budget committee, voted against the bill.',
        '“This plan borrows from our children to pay for our dinner,” he said.',
      ]),
    ).toEqual([['Ray Dolan', 'This plan borrows from']]);
  });

  it('"she" skips a man in focus and finds the woman named before', () => {
    expect(
      who([
        'When Nadia Osei joined the lab, Viktor Hale was still running the machine alone. He rarely explained anything.',
        '“He kept the whole program in his head,” she said.',
      ]),
    ).toEqual([['Nadia Osei', 'He kept the whole']]);
  });

  it('a quote-only paragraph after an attributed quote takes the same speaker, with lower confidence', () => {
    const quotes = quotesOf([
      '“Our boats have been out for three weeks without a catch,” said fisherman Joao Pinto.',
      '“If this goes on, the harbour will be empty by spring.”',
    ]);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Joao Pinto', 'Joao Pinto']);
    expect(quotes[1]!.confidence).toBeLessThan(quotes[0]!.confidence);
    expect(quotes[1]!.cue).toBeNull();
  });

  it('a quote-only paragraph after a paragraph that names one earlier speaker is theirs', () => {
    expect(
      who([
        '“The river has never been this low in March,” says the ferryman Tane Hollis.',
        '“Our boats sit on the mud for half the day now,” says his neighbour Mere Walker.',
        'A photo caption about the harbour at dusk',
        'But for Hollis the change is personal, and it is getting worse every year.',
        '“My grandfather would not recognise this place any more.”',
      ]),
    ).toEqual([
      ['Tane Hollis', 'The river has never'],
      ['Mere Walker', 'Our boats sit on'],
      ['Tane Hollis', 'My grandfather would not'],
    ]);
  });

  it('a quote right after a sentence about a person is theirs', () => {
    expect(
      who(['Ada Kwame, who chaired the panel for years, once put the problem in a single line. “You cannot fix a leak by painting the ceiling.”']),
    ).toEqual([['Ada Kwame', 'You cannot fix a']]);
  });

  it('organisations and documents are speakers too', () => {
    expect(who(['“The exercises are purely defensive,” the Defence Ministry said in a statement.'])).toEqual([
      ['Defence Ministry', 'The exercises are purely'],
    ]);
    expect(who(['The draft law provides that operators must “store all records for at least three years.”'])).toEqual([
      ['draft law', 'store all records for'],
    ]);
  });

  it('a body is named with the words that qualify it, and an acronym keeps its complement’s case', () => {
    expect(who(['“The border will stay open to trade,” said the Finnish foreign ministry.'])).toEqual([
      ['Finnish foreign ministry', 'The border will stay'],
    ]);
    expect(who(['He said the ministry had warned that “the talks could collapse at any moment.”'])).toEqual([
      ['ministry', 'the talks could collapse'],
    ]);
    expect(who(['„Wir weisen diese Vorwürfe entschieden zurück“, erklärte das finnische Außenministerium.'], 'de')).toEqual([
      ['finnische Außenministerium', 'Wir weisen diese Vorwürfe'],
    ]);
    expect(who(['Die finnische Regierung teilte mit, die Gespräche seien „sehr offen und konstruktiv gewesen“.'], 'de')).toEqual([
      ['finnische Regierung', 'sehr offen und konstruktiv'],
    ]);
    expect(who(['«Мы открыты для переговоров без всяких условий», — говорится в заявлении МИД Финляндии.', 'Финляндия ждет ответа.'], 'ru')).toEqual([
      ['МИД Финляндии', 'Мы открыты для переговоров'],
    ]);
  });

  it('a body’s name may hold "on" and "and", a person’s name may not', () => {
    expect(who(['As the Select Committee on Energy and Climate has pointed out, the levy would be “paid twice by the same households”.'])).toEqual([
      ['Select Committee on Energy and Climate', 'paid twice by the'],
    ]);
    expect(who(['Lena Moor and Ivo Brandt said the reform was “a step backwards for every tenant”.'])).toEqual([
      ['Ivo Brandt', 'a step backwards for'],
    ]);
  });

  it('unknown is an answer: no speaker rather than a guess', () => {
    const quotes = quotesOf(['After the lecture, a voice from the back row asked: “Did anyone check the numbers twice?”']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: null, confidence: 0 });
  });

  it('a pull quote repeating a body quote is reported once', () => {
    const quotes = quotesOf([
      '“Nobody wins a trade war in the long run”',
      'The talks broke up early. “Nobody wins a trade war in the long run,” said Mei Tanaka, the trade envoy.',
    ]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Mei Tanaka');
  });

  it('a heading that repeats part of a quote takes its speaker', () => {
    const quotes = quotesOf([
      '“It is a warning from the sea. We have to listen to it,” says the elder Rangi Tane.',
      '‘We have to listen to it’',
    ]);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Rangi Tane', 'Rangi Tane']);
  });
});

describe('findQuotes: what is not speech', () => {
  it('drops quotes under four words (terms and scare quotes)', () => {
    expect(quotesOf(['Officials call it a “limitless partnership” and a “new era”.'])).toEqual([]);
  });

  it('drops title-like strings without a speaker', () => {
    expect(quotesOf(['Her paper, “Deep Currents Of The Northern Atlantic Shelf”, is still cited.'])).toEqual([]);
  });

  it('keeps short quotes when asked to', () => {
    const quotes = findQuotes('He called it a “limitless partnership”.', { sentences: [], mentions: [], catalog: [], minWords: 1 });
    expect(quotes.map((quote) => quote.text)).toEqual(['limitless partnership']);
  });

  it('a quote whose speakers the page does not name does not inherit the previous speaker: a group speaks by its phrase', () => {
    const quotes = quotesOf([
      '“The navy will keep patrolling the strait,” said Admiral Jonas Kerr.',
      '“Nobody here wants another incident at sea,” officials said.',
      '“Nobody here wants another incident in the harbour,” one official said.',
    ]);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Jonas Kerr', 'officials', null]);
  });

  it('never lets one stray mark swallow the page', () => {
    const quotes = quotesOf([
      'The minister left “without comment and the reporters waited.',
      '“The border stays open for grain,” said Anton Kral, the transport minister.',
    ]);
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([['Anton Kral', 'The border stays open for grain,']]);
  });
});

describe('findQuotes: German', () => {
  it('„Q“, sagte S · so S · erklärte der Sprecher', () => {
    expect(
      who(
        [
          'Regierungssprecher Jens Albrecht äußerte sich am Morgen.',
          '„Wir werden die Gespräche in Peking fortsetzen“, sagte Bundeskanzlerin Greta Lindqvist am Montag.',
          '„Eine Waffenruhe allein ist noch kein Frieden“, so Lindqvist.',
          '„Die Reise ist seit Wochen geplant und wird stattfinden“, erklärte der Regierungssprecher.',
          'Albrecht sagte: „Wir erwarten keine schnellen Ergebnisse von diesem Treffen.“',
        ],
        'de',
      ),
    ).toEqual([
      ['Greta Lindqvist', 'Wir werden die Gespräche'],
      ['Greta Lindqvist', 'Eine Waffenruhe allein ist'],
      ['Jens Albrecht', 'Die Reise ist seit'],
      ['Jens Albrecht', 'Wir erwarten keine schnellen'],
    ]);
  });

  it('a statement names its author in the genitive: „…“, heißt es in einer Erklärung des Ministeriums', () => {
    expect(who(['„Die Lieferungen werden wie vereinbart fortgesetzt“, heißt es in einer Erklärung des Wirtschaftsministeriums.'], 'de')).toEqual([
      ['Wirtschaftsministerium', 'Die Lieferungen werden wie'],
    ]);
  });

  it('a dative object after the name is not part of it; "von der" is', () => {
    expect(who(['„Ein Treffen ist in diesem Monat nicht geplant“, sagte Peskow der Nachrichtenagentur Interfax.'], 'de')).toEqual([
      ['Peskow', 'Ein Treffen ist in'],
    ]);
    expect(who(['„Europa wird die Ukraine nicht im Stich lassen“, sagte Kommissionschefin Ursula von der Leyen.'], 'de')).toEqual([
      ['Ursula von der Leyen', 'Europa wird die Ukraine'],
    ]);
  });

  it('a role with a genitive complement: Sprecher des Ministeriums Jan Ott', () => {
    const [quote] = quotesOf(['„Wir stehen zu allen unseren Zusagen“, sagte Sprecher des Ministeriums Jan Ott.'], { lang: 'de' });
    expect(quote).toMatchObject({ speaker: 'Jan Ott', speakerRole: 'Sprecher des Ministeriums' });
  });

  it('so der Kremlchef → the person named with that role', () => {
    expect(
      who(['Kremlchef Anatoli Borodin empfing die Delegation am Abend.', '„Unsere Türen bleiben für ernsthafte Vorschläge offen“, so der Kremlchef.'], 'de'),
    ).toEqual([['Anatoli Borodin', 'Unsere Türen bleiben für']]);
  });

  it('the subject after the verb, when the name before it is governed: Nach Angaben des Ministeriums sagte S', () => {
    expect(
      who(['Die Delegation traf am Dienstag Helga Brandner in Wien.', 'Nach Angaben des Ministeriums sagte Brandner: „Wir haben alle Vorschläge sorgfältig geprüft.“'], 'de'),
    ).toEqual([['Helga Brandner', 'Wir haben alle Vorschläge']]);
    // English word order keeps the subject first: "Putin told Xi:" is Putin's.
    expect(who(['Lena Ott met Jan Berg in Vienna.', 'Ott told Berg: “We have read every proposal with care.”'])).toEqual([
      ['Lena Ott', 'We have read every'],
    ]);
  });

  it('S zufolge before the quote: Brandner zufolge ist der Plan „…“', () => {
    expect(who(['Helga Brandner sprach in Wien.', 'Brandner zufolge ist der Plan „nicht mehr als eine Liste allgemeiner Prinzipien“.'], 'de')).toEqual([
      ['Helga Brandner', 'nicht mehr als eine'],
    ]);
  });

  it('er → the last person in subject position', () => {
    expect(
      who(['Außenminister Paul Reinholt traf seinen Amtskollegen in Ankara.', '„Wir haben offen über alle Streitfragen gesprochen“, sagte er danach.'], 'de'),
    ).toEqual([['Paul Reinholt', 'Wir haben offen über']]);
  });
});

describe('findQuotes: Russian', () => {
  it('«Q», — заявил S · сказал он · по словам S', () => {
    expect(
      who(
        [
          'Пресс-секретарь министерства Ольга Власова выступила на брифинге.',
          '«Мы готовы продолжать переговоры в любом формате», — заявила Власова журналистам.',
          'Глава делегации Игорь Семёнов прибыл в Женеву утром. «Никаких уступок по этому вопросу не будет», — сказал он.',
          'По словам Семёнова, «итоговый документ будет подписан до конца недели».',
        ],
        'ru',
      ),
    ).toEqual([
      ['Ольга Власова', 'Мы готовы продолжать переговоры'],
      ['Игорь Семёнов', 'Никаких уступок по этому'],
      ['Игорь Семёнов', 'итоговый документ будет подписан'],
    ]);
  });
});

describe('findQuotes: Russian names', () => {
  it('separates the role and its complement from the name (глава МИД России Сергей Орлов)', () => {
    const [quote] = quotesOf(['«Мы не видим причин менять позицию», — отметил глава МИД страны Сергей Орлов.'], { lang: 'ru' });
    expect(quote).toMatchObject({ speaker: 'Сергей Орлов', speakerRole: 'глава МИД страны', cue: 'отметил' });
  });

  it('она finds the woman even when a man was named after her', () => {
    expect(
      who(
        [
          'Представитель ведомства Анна Лебедева ответила на вопросы, а её коллега Павел Грачев промолчал.',
          '«Эти обвинения не имеют под собой никаких оснований», — сказала она.',
        ],
        'ru',
      ),
    ).toEqual([['Анна Лебедева', 'Эти обвинения не имеют']]);
  });

  it('a long role with acronyms and a lower-case complement before the name', () => {
    const [quote] = quotesOf(['«Мы не видим признаков подготовки к перемирию», — заявил координатор СНБ США по связям с прессой Марк Уэллс.'], { lang: 'ru' });
    expect(quote).toMatchObject({ speaker: 'Марк Уэллс', speakerRole: 'координатор СНБ США по связям с прессой' });
  });

  it('a role with a body in the genitive is not a name: добавил представитель Кремля', () => {
    const [quote] = quotesOf(['«Работа над документом продолжается», — добавил представитель ведомства Кремля.'], { lang: 'ru' });
    expect(quote!.speaker).not.toBe('Кремля');
  });

  it('the subject a few words before its verb: Путин в свою очередь назвал …', () => {
    expect(who(['Президент Олег Марков в свою очередь назвал итоги встречи «хорошей основой для дальнейшей работы».'], 'ru')).toEqual([
      ['Олег Марков', 'хорошей основой для дальнейшей'],
    ]);
  });

  it('after a quoting verb the one quoted speaks, not the agency: «…», — цитирует Маркова ТАСС', () => {
    expect(
      who(
        [
          'Президент Олег Марков и министр Ирина Белова прибыли в Казань.',
          '«Мы договорились о новых поставках зерна», — цитирует Маркова ТАСС.',
          '«Переговоры прошли в рабочей атмосфере», — цитирует РБК Белову.',
          '«Следующая встреча пройдет осенью», — сообщает Интерфакс.',
        ],
        'ru',
      ),
    ).toEqual([
      ['Олег Марков', 'Мы договорились о новых'],
      ['Ирина Белова', 'Переговоры прошли в рабочей'],
      ['Интерфакс', 'Следующая встреча пройдет осенью'],
    ]);
  });

  it('an outlet spoken to stands between the verb and the speaker: «…», — заявил РИА Новости Марков', () => {
    expect(
      who(
        [
          'Президент Олег Марков прибыл в Казань.',
          '«Мы договорились о новых поставках зерна», — заявил РИА Новости Марков.',
          '«Следующая встреча пройдет осенью», — сказал ТАСС Марков.',
          '«Следующая встреча пройдет в Казани», — сообщает ТАСС.',
        ],
        'ru',
      ),
    ).toEqual([
      ['Олег Марков', 'Мы договорились о новых'],
      ['Олег Марков', 'Следующая встреча пройдет осенью'],
      ['ТАСС', 'Следующая встреча пройдет в'],
    ]);
  });

  it('a name the page writes only in the genitive or accusative is given in the nominative', () => {
    expect(
      who(
        [
          'Переговоры продолжались пять часов.',
          'По словам Игоря Семёнова, «переговоры прошли в конструктивной атмосфере».',
          '«Мы ждем ответа от партнеров уже давно», — цитирует ТАСС Ирину Белову.',
        ],
        'ru',
      ),
    ).toEqual([
      ['Игорь Семёнов', 'переговоры прошли в конструктивной'],
      ['Ирина Белова', 'Мы ждем ответа от'],
    ]);
  });

  it('a declined name becomes the form the page names the speaker with', () => {
    expect(
      who(['На брифинге выступил Кремль: вопросы задавали многие.', '«Решение будет принято позже», — сообщили в Кремле.'], 'ru'),
    ).toEqual([['Кремль', 'Решение будет принято позже']]);
  });

  it('a generic plural subject is a group, by its own word, never the person before: «…», — считают эксперты', () => {
    const quotes = quotesOf(['Глава фонда Олег Петров выступил первым.', '«Рынок восстановится не раньше весны», — считают эксперты.'], { lang: 'ru' });
    expect(quotes.map((quote) => quote.speaker)).toEqual(['эксперты']);
  });
});

describe('findQuotes: links to watchlist entities', () => {
  const catalog: Entity[] = [
    {
      id: 'kirby', label: 'John Kirby', kind: 'person', aliases: ['John Kirby'], contextualAliases: ['Kirby'], cues: ['White House'],
      role: 'spokesman', colour: '#123456', notes: [],
    },
    {
      id: 'xi', label: 'Xi Jinping', kind: 'person', aliases: ['Xi Jinping'], contextualAliases: ['Xi'], cues: ['Beijing'],
      role: 'president', colour: '#654321', notes: [],
    },
  ];

  it('sets speakerEntityId from the speaker mention and aboutEntityIds from the quote and sentence', () => {
    const text = '“We do not think Xi Jinping will change course,” said John Kirby at the White House.';
    const mentions: Mention[] = [
      { entityId: 'xi', start: text.indexOf('Xi Jinping'), end: text.indexOf('Xi Jinping') + 10, text: 'Xi Jinping' },
      { entityId: 'kirby', start: text.indexOf('John Kirby'), end: text.indexOf('John Kirby') + 10, text: 'John Kirby' },
    ];
    const [quote] = findQuotes(text, { sentences: splitSentences(text), mentions, catalog });
    expect(quote).toMatchObject({ speaker: 'John Kirby', speakerEntityId: 'kirby', aboutEntityIds: ['xi'] });
  });

  it('links a surname speaker to an entity found elsewhere on the page', () => {
    const text = 'John Kirby spoke first.\n\n“The proposal is one-sided and tilted to Moscow,” Kirby said.';
    const mentions: Mention[] = [{ entityId: 'kirby', start: 0, end: 10, text: 'John Kirby' }];
    const [quote] = findQuotes(text, { sentences: splitSentences(text), mentions, catalog });
    expect(quote).toMatchObject({ speaker: 'John Kirby', speakerEntityId: 'kirby' });
  });

  it('leaves speakerEntityId null for speakers outside the watchlist', () => {
    const [quote] = quotesOf(['“Prices will fall by summer,” said Dana Whitfield.'], { catalog });
    expect(quote!.speakerEntityId).toBeNull();
  });
});
