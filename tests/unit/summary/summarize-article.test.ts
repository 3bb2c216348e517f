import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/summary/summarize-article';
import { ALIASES, ARTICLE, mentionsOf, sentenceSpans, textOf } from './article-fixture';

const sentences = sentenceSpans(ARTICLE);
const mentions = mentionsOf(ARTICLE, ALIASES);

describe('summarizeArticle', () => {
  it('picks three to five of the page’s own sentences, in document order', () => {
    const summary = summarizeArticle(ARTICLE, sentences, mentions);

    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    for (const span of summary) expect(sentences).toContainEqual(span);
    const starts = summary.map((span) => span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('starts from the lead sentence, where news puts its gist', () => {
    const [first] = textOf(ARTICLE, summarizeArticle(ARTICLE, sentences, mentions));
    expect(first).toMatch(/^Chinese President Xi Jinping arrived in Moscow on Monday/);
  });

  it('never picks navigation, the headline, the byline, a caption, a newsletter prompt or a run-on', () => {
    const picked = textOf(ARTICLE, summarizeArticle(ARTICLE, sentences, mentions, { minSentences: 5, maxSentences: 5 }));

    expect(picked).toHaveLength(5);
    for (const sentence of picked) {
      expect(sentence).not.toMatch(/^(?:World|Xi arrives|By Example|Photo:|Sign up|Related|What is in|It is a long way)/);
      expect(sentence).toMatch(/[.!?]$/);
    }
  });

  it('treats every sentence of a caption block with a credit line as caption', () => {
    const caption =
      'Aid trucks wait at a border crossing near the front on Monday. Convoys have been held up there for several days in a row. Credit Example Photographer/Example Agency — Getty Images';
    const text = ARTICLE.replace('Photo: Xi Jinping and Vladimir Putin shake hands in the Kremlin (Reuters)', caption);
    const picked = textOf(text, summarizeArticle(text, sentenceSpans(text), mentionsOf(text, ALIASES), { maxSentences: 5, minSentences: 5 }));
    expect(picked).toHaveLength(5);
    expect(picked.join(' ')).not.toMatch(/Aid trucks|Convoys have been held up/);
  });

  it('takes a sentence that leans on the one before it only together with that one', () => {
    const sentencesOf = (leaningSecond: boolean) => {
      const lines = [
        'Xi Jinping arrived in Moscow on Monday for a state visit to Russia.',
        'Trade between the two countries grew to a record level last year.',
        'He was greeted in Moscow by an honour guard at the start of the state visit.',
        'The state visit to Moscow is due to end on Wednesday with several agreements.',
      ];
      if (leaningSecond) lines.splice(1, 0, lines.splice(2, 1)[0]!);
      const text = lines.join('\n\n');
      const options = { minSentences: 2, maxSentences: 2 };
      return textOf(text, summarizeArticle(text, sentenceSpans(text), mentionsOf(text, ALIASES), options));
    };

    // After a sentence that is not taken, "He" would point at nobody.
    const apart = sentencesOf(false);
    expect(apart[0]).toMatch(/^Xi Jinping arrived/);
    expect(apart.some((sentence) => sentence.startsWith('He was greeted'))).toBe(false);
    // Right after the lead, it reads on from it.
    expect(sentencesOf(true)).toEqual([
      'Xi Jinping arrived in Moscow on Monday for a state visit to Russia.',
      'He was greeted in Moscow by an honour guard at the start of the state visit.',
    ]);
  });

  it('skips a restatement of a sentence it has already picked', () => {
    const lead =
      'Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, his first trip to Russia since the invasion of Ukraine began.';
    const restated = `${ARTICLE}\n\nOn Monday Chinese President Xi Jinping arrived in Moscow for a three-day state visit, his first trip to Russia since the invasion began.`;
    const picked = textOf(
      restated,
      summarizeArticle(restated, sentenceSpans(restated), mentionsOf(restated, ALIASES), { minSentences: 5, maxSentences: 5 }),
    );

    expect(picked).toContain(lead);
    expect(picked.filter((sentence) => sentence.includes('three-day state visit'))).toHaveLength(1);
  });

  it('ranks a sentence naming watchlist entities above an otherwise equal one', () => {
    // The last two say the same thing, so only one is taken; the later one names watchlist entities.
    const text = [
      'Officials met in the capital on Tuesday to discuss the peace proposal and the ceasefire.',
      'The peace proposal was welcomed by some officials in the capital, who called for a ceasefire.',
      'The ceasefire proposal was criticised by other officials in the capital on the same day.',
      'Analysts said the peace proposal would freeze the front line, and diplomats said the ceasefire could wait.',
      'Kirby said the peace proposal would freeze the front line, and Putin said the ceasefire could wait.',
    ].join('\n\n');
    const spans = sentenceSpans(text);
    const withMentions = textOf(text, summarizeArticle(text, spans, mentionsOf(text, ALIASES), { minSentences: 4, maxSentences: 4 }));

    expect(withMentions.some((sentence) => sentence.startsWith('Kirby said'))).toBe(true);
    expect(withMentions.some((sentence) => sentence.startsWith('Analysts said'))).toBe(false);
  });

  it('takes more sentences from a longer article, never more than five', () => {
    const cities = ['Paris', 'Berlin', 'Warsaw', 'Rome', 'Madrid', 'Vienna', 'Prague', 'Budapest', 'Lisbon', 'Athens'];
    const reactions = cities.flatMap((city, i) => [
      `Officials in ${city} said on day ${i + 1} that they had read the paper and wanted more detail.`,
      `The government in ${city} asked its envoy to raise the proposal with Chinese diplomats.`,
      `Opposition parties in ${city} called the plan a gift to Moscow and urged a firm reply.`,
      `Newspapers in ${city} ran long commentaries on what the visit meant for Europe.`,
    ]);
    const long = [ARTICLE, ...reactions].join('\n\n');
    expect(summarizeArticle(long, sentenceSpans(long), mentionsOf(long, ALIASES))).toHaveLength(5);
  });

  it('returns what there is on a page with fewer prose sentences, and nothing on a page without', () => {
    const short = 'Home\n\nThe Kremlin confirmed the dates of the state visit on Friday afternoon.\n\nContact us';
    expect(textOf(short, summarizeArticle(short, sentenceSpans(short), []))).toEqual([
      'The Kremlin confirmed the dates of the state visit on Friday afternoon.',
    ]);
    expect(summarizeArticle('Home\n\nNews\n\nContact', sentenceSpans('Home\n\nNews\n\nContact'), [])).toEqual([]);
    expect(summarizeArticle('', [], [])).toEqual([]);
  });

  it('summarises German and Russian prose by the same rules', () => {
    const german = [
      'Chinas Staatschef Xi Jinping ist am Montag zu einem dreitägigen Staatsbesuch in Moskau eingetroffen.',
      'Foto: Xi und Putin im Kreml (dpa/Beispiel)',
      'Kremlchef Wladimir Putin empfing seinen Gast im Kreml und lobte die Beziehungen beider Länder.',
      'Peking hatte im Februar ein Positionspapier mit zwölf Punkten zum Krieg in der Ukraine vorgelegt.',
      'Die Putin-Regierung begrüßte das Papier, der Westen reagierte dagegen mit deutlicher Skepsis.',
    ].join('\n\n');
    const picked = textOf(german, summarizeArticle(german, sentenceSpans(german), []));
    expect(picked).toHaveLength(3);
    expect(picked[0]).toMatch(/^Chinas Staatschef/);
    expect(picked.join(' ')).not.toMatch(/Foto:/);

    const russian = [
      'Председатель КНР Си Цзиньпин прибыл в Москву с трёхдневным государственным визитом.',
      'Владимир Путин встретил гостя в Кремле и назвал отношения двух стран лучшими в истории.',
      'Подпишитесь на нашу рассылку, чтобы не пропустить главное.',
      'Стороны обсудили торговлю, энергетику и китайский план урегулирования на Украине.',
    ].join('\n\n');
    const pickedRussian = textOf(russian, summarizeArticle(russian, sentenceSpans(russian), []));
    expect(pickedRussian).toHaveLength(3);
    expect(pickedRussian.join(' ')).not.toMatch(/Подпишитесь/);
  });
});

describe('what counts as prose', () => {
  const lead = 'The two leaders met for talks in the Kremlin on Monday and agreed to meet again.';
  const summaryOf = (blocks: string[]) => {
    const text = blocks.join('\n\n');
    return textOf(text, summarizeArticle(text, sentenceSpans(text), [], { minSentences: 5, maxSentences: 5 }));
  };

  it('skips a sentence that the page repeats word for word, such as a banner in header and footer', () => {
    const banner = 'This edition of the site is tailored for readers in your country.';
    const picked = summaryOf([banner, lead, 'Trade and energy were also on the agenda for the second day.', banner]);
    expect(picked).toEqual([lead, 'Trade and energy were also on the agenda for the second day.']);
  });

  it('skips teasers that trail off and asides in brackets', () => {
    const picked = summaryOf([
      lead,
      'Ten things you never knew about the Kremlin and its many towers…',
      '(An earlier version of this article gave the wrong date for the meeting.)',
      'Trade and energy were also on the agenda for the second day.',
    ]);
    expect(picked).toEqual([lead, 'Trade and energy were also on the agenda for the second day.']);
  });
});

describe('captions and questions', () => {
  const lead = 'The two leaders met for talks in the Kremlin on Monday and agreed to meet again.';
  const second = 'Trade and energy were also on the agenda for the second day.';
  const summaryOf = (blocks: string[]) => {
    const text = blocks.join('\n\n');
    return textOf(text, summarizeArticle(text, sentenceSpans(text), [], { minSentences: 5, maxSentences: 5 }));
  };

  it('knows a caption by a credit glued to its last sentence', () => {
    const caption =
      'Workers repair a power cable under the street in Moscow this month. Water and salt had seeped into the tunnel.CreditCreditJane Example/The Example Times';
    expect(summaryOf([caption, lead, second])).toEqual([lead, second]);
  });

  it('does not mistake a bank called Credit for a credit line', () => {
    const bank = 'Credit Example Bank said on Tuesday that it would stop lending to Russian firms.';
    expect(summaryOf([lead, bank, second])).toEqual([lead, bank, second]);
  });

  it('leaves out the questions a page asks', () => {
    expect(summaryOf([lead, 'Where do relations between the two countries go from here?', second])).toEqual([lead, second]);
  });
});

describe('Chinese text', () => {
  it('counts Chinese sentences as prose by their characters, though they have no spaces', () => {
    const text = [
      '习近平主席周一抵达莫斯科，开始为期三天的国事访问。',
      '普京总统在克里姆林宫欢迎了他，两国领导人将讨论贸易和能源问题。',
      '中国上个月发表了关于政治解决乌克兰危机的立场文件。',
    ].join('\n\n');
    const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
    const spans = Array.from(segmenter.segment(text), ({ index, segment }) => ({ start: index, end: index + segment.trimEnd().length }))
      .filter((span) => span.end > span.start && text.slice(span.start, span.end).trim() !== '');
    expect(summarizeArticle(text, spans, [])).toHaveLength(3);
  });
});

describe('summarizeArticle on odd input', () => {
  it('gives the same summary whatever order the sentence spans come in', () => {
    const reversed = [...sentences].reverse();
    expect(summarizeArticle(ARTICLE, reversed, [...mentions].reverse())).toEqual(summarizeArticle(ARTICLE, sentences, mentions));
  });

  it('ignores spans past the end of the text and mentions outside every sentence', () => {
    const spans = [...sentences, { start: ARTICLE.length + 10, end: ARTICLE.length + 50 }];
    const stray = [{ entityId: 'xi', start: ARTICLE.length + 5, end: ARTICLE.length + 7, text: 'Xi' }];
    expect(summarizeArticle(ARTICLE, spans, [...mentions, ...stray])).toEqual(summarizeArticle(ARTICLE, sentences, mentions));
  });
});
