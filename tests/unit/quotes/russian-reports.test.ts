import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './quotes-in';
import { NameRegistry } from '../../../src/quotes/name-registry';
import { tokenize } from '../../../src/quotes/tokens';
import { sentenceSubjects } from '../../../src/quotes/sentence-subjects';
import { blockStarts } from '../../../src/quotes/text-index';
import { splitSentences } from '../../../src/text/sentences';

/**
 * How Russian news introduces and names again its sources, in sentences of our own: a name in
 * apposition after an inverted verb, a body declined after a role, the outlet told before the body
 * that spoke, ministries by their short names, a verb's gender, an opening adverb.
 */
const who = (paragraphs: string[]) => speakersAndOpenings(paragraphs, 'ru');

describe('an inverted verb, then roles in apposition, then the name', () => {
  it('puts that person in focus for a role after the verb', () => {
    expect(
      who([
        'Депутаты внесли законопроект о шлемах для самокатов. Об этом сообщила автор инициативы, член комитета по транспорту Ольга Мельникова.',
        '«Число травм растет с каждым годом, и мы не можем закрывать на это глаза», — пояснила депутат.',
      ]),
    ).toEqual([['Ольга Мельникова', 'Число травм растет']]);
  });
});

describe('a body declined after a role holds no role', () => {
  it('never gives the body\'s genitive as the role\'s holder', () => {
    const speakers = who([
      'Депутаты Госдумы внесли законопроект о самокатах.',
      '«Число травм растет с каждым годом, и мы не можем закрывать на это глаза», — пояснил депутат.',
    ]).map(([speaker]) => speaker);
    expect(speakers).not.toContain('Госдумы');
    expect(speakers).not.toContain('Госдума');
  });
});

describe('the outlet told, then the body that spoke', () => {
  it('gives the body served by the press service, the body in view for «ведомство»', () => {
    expect(
      who([
        'В Минтрансе к инициативе отнеслись сдержанно.',
        '«Мы изучим документ, когда он поступит в министерство», — сообщили РИА Новости в пресс-службе ведомства.',
      ]),
    ).toEqual([['Минтранс', 'Мы изучим документ,']]);
  });
});

describe('a bare role after the verb agrees with the verb in gender', () => {
  it('a man\'s verb does not take the woman last named in that role', () => {
    expect(
      who([
        'Эксперт Центра городских исследований Наталья Белова поддержала идею. «В Европе такие правила давно работают», — заявила она.',
        'Как пояснил юрист Михаил Орлов, закон вступит в силу не раньше следующего года. «Нужно время, чтобы подготовить людей», — добавил эксперт.',
      ]),
    ).toEqual([
      ['Наталья Белова', 'В Европе такие'],
      ['Михаил Орлов', 'Нужно время, чтобы'],
    ]);
  });
});

describe('an opening adverb keeps the subject before the verb', () => {
  it('«Ранее …»: the subject is in focus for a description after the quote', () => {
    expect(
      who(['Ранее мэр города Олег Гринько говорил, что город готов ввести ограничения. «Безопасность детей для нас на первом месте», — написал градоначальник.']),
    ).toEqual([['Олег Гринько', 'Безопасность детей для']]);
  });
});

describe('whose a role is', () => {
  it('not the words of a headline above it: the origin a headline names is not the role\'s', () => {
    expect(
      who([
        'Москва готова обсуждать норвежские предложения',
        'Министр иностранных дел России Сергей Белов заявил, что Москва изучает предложения. «Мы готовы их обсуждать», — сказал министр.',
        'Глава МИД Норвегии Ола Нурдман отметил, что Осло не является стороной спора. «Мы не создавали этот кризис и не участвуем в нем», — сказал норвежский министр.',
      ]).map(([speaker]) => speaker),
    ).toEqual(['Сергей Белов', 'Ола Нурдман']);
  });

  it('a role in the genitive before a name in the nominative is not that person\'s', () => {
    const text = 'Советник главы Офиса президента Игорь Ветров написал, что план не имеет смысла. По словам политолога Ивана Соколова, это ошибка.';
    const registry = NameRegistry.fromTokens(tokenize(text, 0, text.length), text);
    expect(registry.resolveRole('президент', text.length)).toBeNull();
    expect(registry.resolveRole('советник', text.length)).toBeNull();
    expect(registry.resolveRole('политолог', text.length)).toBe('Иван Соколов');
  });
});

describe('a press service after an impersonal plural', () => {
  it('speaks for the body it serves, in the nominative, though a body of that name is in view in another case', () => {
    expect(
      who([
        'В Кремле также прокомментировали ситуацию.',
        '«Президент неоднократно говорил о готовности к урегулированию», — сообщили в пресс-службе Кремля.',
      ]).map(([speaker]) => speaker),
    ).toEqual(['Кремль']);
    expect(who(['«Президент неоднократно говорил о готовности к урегулированию», — сообщили в пресс-службе Кремля.']).map(([speaker]) => speaker)).toEqual(['Кремль']);
  });
});

describe('the correspondent of an outlet, told in the dative', () => {
  it('is passed with the outlet to the speaker after them', () => {
    expect(
      who(['«Наконец-то можно будет доехать до работы без пробок», — рассказала корреспонденту РИА Новости пенсионерка Галина Петрова.']).map(([speaker]) => speaker),
    ).toEqual(['Галина Петрова']);
  });
});

describe('a role in the dative', () => {
  it('names its holder in the nominative, the given name too', () => {
    expect(
      who([
        'Депутат Игорь Лебедев направил запрос министру здравоохранения Елене Сорокиной.',
        'Как отметила Сорокина, вопрос уже прорабатывается. «Люди не останутся без врачей», — подчеркнула министр.',
      ]),
    ).toEqual([['Елена Сорокина', 'Люди не останутся']]);
  });
});

describe('a subject that ends the sentence', () => {
  it('is whom «он» names next: the verb, then the role and the name', () => {
    const minister = 'Министр Максим Решетов рассказал об итогах переговоров. «Мы довольны результатом этой встречи», — сказал Решетов.';
    expect(who([minister, 'Китайскую делегацию возглавлял вице-премьер Лю Вэнь. Он назвал отношения двух стран «образцом добрососедства в новую эпоху».'])).toEqual([
      ['Максим Решетов', 'Мы довольны результатом'],
      ['Лю Вэнь', 'образцом добрососедства в'],
    ]);
    expect(who([minister, 'С ним не согласен директор института Сергей Ковалёв. «Процесс начался задолго до санкций», — отметил он.'])).toEqual([
      ['Максим Решетов', 'Мы довольны результатом'],
      ['Сергей Ковалёв', 'Процесс начался задолго'],
    ]);
  });

  it('not a role after a preposition', () => {
    expect(
      who(['Министр Максим Решетов встретился в Пекине с вице-премьером Лю Вэнем. «Мы довольны результатом этой встречи», — сказал он.']),
    ).toEqual([['Максим Решетов', 'Мы довольны результатом']]);
  });
});

describe('a body\'s name in the genitive after a role', () => {
  it('is the role\'s complement, adjectives too («Экономист Высшей школы экономики Анна Белова»)', () => {
    expect(
      who([
        'Экономист Высшей школы экономики Анна Белова считает, что выбор был вынужденным.',
        '«Это не столько выбор, сколько следствие санкций», — пояснила она.',
      ]),
    ).toEqual([['Анна Белова', 'Это не столько']]);
  });
});

describe('adverbs that open a sentence', () => {
  it('«Там пояснили», «Здесь считают» put no one in subject position', () => {
    const text = 'Решение приняли в министерстве. Там пояснили, что здание в аварийном состоянии. Здесь считают, что ремонт дорог.';
    const tokens = tokenize(text, 0, text.length);
    const subjects = sentenceSubjects(text, splitSentences(text, 'ru'), tokens, blockStarts(text));
    expect(subjects.map((subject) => subject.phrase.name)).not.toContain('Там');
    expect(subjects.map((subject) => subject.phrase.name)).not.toContain('Здесь');
  });
});

describe('names in quote marks inside the cue, and a role of several genitives', () => {
  it('the outlet told in quote marks before the speaker («сказал «Интерфаксу» адвокат …»)', () => {
    expect(who(['«Приговор чрезмерно суров и будет обжалован», — сказал «Интерфаксу» адвокат осужденного Марк Зильбер.'])).toEqual([['Марк Зильбер', 'Приговор чрезмерно суров']]);
  });

  it('a bank named in quote marks inside the role («экономист банка «Волга-Кредит» Мария Лунева»)', () => {
    expect(who(['«Рынок закладывал в цены сохранение ставки», — отмечает главный экономист банка «Волга-Кредит» Мария Лунева.'])).toEqual([
      ['Мария Лунева', 'Рынок закладывал в'],
    ]);
  });

  it('«заместитель министра иностранных дел»: «дел» is a genitive, not a past tense', () => {
    expect(who(['Как заявил ТАСС заместитель министра иностранных дел Георгий Ладин, «контакты с партнерами по этой теме ведутся ежедневно».'])).toEqual([
      ['Георгий Ладин', 'контакты с партнерами'],
    ]);
  });
});

describe('a bare role after the verb', () => {
  it('names the person in view, not whoever the page called so paragraphs back', () => {
    expect(
      who([
        'Депутат Антон Гореев выступил против законопроекта. «Закон в таком виде не работает», — сказал Гореев.',
        'Председатель комитета Ольга Мартынова предложила компромисс. «Мы готовы обсуждать сроки вступления в силу», — заявила она.',
        'Сомнения высказал и представитель фракции Илья Вершин. По мнению Вершина, жесткое регулирование ударит по отрасли. «Мы рискуем отрезать разработчиков от рынка», — отметил депутат.',
      ]).at(-1),
    ).toEqual(['Илья Вершин', 'Мы рискуем отрезать']);
  });
});

describe('a body in capitals after a role', () => {
  it('is whom the role serves, never the one who holds it («представитель правительства КНР»)', () => {
    const text = 'Документ представил специальный представитель правительства КНР по евразийским делам Чжоу Минхай.';
    const registry = NameRegistry.fromTokens(tokenize(text, 0, text.length), text);
    expect(registry.resolveRole('представитель', text.length)).not.toBe('КНР');
  });
});

describe('bodies and occupations of Russian news', () => {
  it('a body in the locative with a short adverbial before its verb, or after the verb («Как отметили в Минздраве, …»)', () => {
    expect(who(['В Минфине на запрос «Ъ» заявили, что «бюджет исполняется в соответствии с плановыми параметрами».'])).toEqual([
      ['Минфин', 'бюджет исполняется в'],
    ]);
    expect(who(['Как отметили в Минздраве России, «запасов вакцины достаточно для проведения дополнительной иммунизации».'])).toEqual([
      ['Минздрав России', 'запасов вакцины достаточно'],
    ]);
  });

  it('an occupation with its complement before the name («врач-инфекционист одной из московских больниц Елена …»)', () => {
    expect(who(['«За последние два года я видела больше случаев кори», — говорит врач-инфекционист одной из московских больниц Елена Гордеева.'])).toEqual([
      ['Елена Гордеева', 'За последние два'],
    ]);
  });

  it('a press release or a reply is the text of the body in view, never a speaker itself', () => {
    expect(
      who(['Правительство России документ в целом поддержало. «Правительство поддерживает концепцию законопроекта при условии его доработки», — говорится в официальном отзыве кабмина.']),
    ).not.toContainEqual(['отзыв', 'Правительство поддерживает концепцию']);
    expect(who(['«Инфляционное давление остается высоким», — говорится в пресс-релизе регулятора.'])).toEqual([[null, 'Инфляционное давление остается']]);
    expect(
      who(['Банк России в пятницу сохранил ключевую ставку. «Инфляционное давление остается высоким», — говорится в пресс-релизе регулятора.']),
    ).toEqual([['Банк России', 'Инфляционное давление остается']]);
  });
});

describe('the outlet told, then a role and an apposition', () => {
  it('«— сказал РИА Новости невролог, доктор медицинских наук Андрей …» is not the agency', () => {
    expect(who(['«Биомаркеры крови — очень перспективное направление», — сказал РИА Новости невролог, доктор медицинских наук Андрей Вишняков.'])).not.toContainEqual([
      'РИА Новости', 'Биомаркеры крови —',
    ]);
  });
});
