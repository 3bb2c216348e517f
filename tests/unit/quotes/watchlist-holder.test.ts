import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { splitSentences } from '../../../src/text/sentences';

/**
 * "the Russian president said" where the page names the watchlist's head of state only by name: the
 * watchlist's role line says who holds the role. Sentences of our own.
 */
function speakersWithWatchlist(paragraphs: string[], lang: string): [string | null, string][] {
  const text = paragraphs.join('\n\n');
  const mentions = compileMatcher(DEFAULT_CATALOG).findMentions(text);
  return findQuotes(text, { sentences: splitSentences(text, lang), mentions, catalog: DEFAULT_CATALOG, lang }).map((quote) => [
    quote.speaker,
    quote.text.split(/\s+/).slice(0, 3).join(' '),
  ]);
}

describe('a head of state named by role, never in that role on the page', () => {
  it('EN: "the Russian president", "the Kremlin leader" and "the Chinese leader" are the watchlist people who hold those roles', () => {
    expect(
      speakersWithWatchlist(
        [
          'Chinese leader Xi Jinping arrived in Moscow on Monday. Putin greeted his guest at the Kremlin.',
          '“Our two countries are working together for a fairer order,” the Russian president said as the talks began.',
          '“China is ready to stand with its neighbour in hard times,” the Chinese leader said.',
          '“We will keep our doors open to all who want peace,” the Kremlin leader added later.',
        ],
        'en',
      ),
    ).toEqual([
      ['Putin', 'Our two countries'],
      ['Xi Jinping', 'China is ready'],
      ['Putin', 'We will keep'],
    ]);
  });

  it('DE and RU: „der russische Präsident“, «российский лидер»', () => {
    expect(
      speakersWithWatchlist(
        [
          'Chinas Staatschef Xi Jinping ist in Moskau eingetroffen. Putin empfing seinen Gast im Kreml.',
          '„Unsere beiden Länder arbeiten gemeinsam für eine gerechtere Ordnung“, sagte der russische Präsident zu Beginn der Gespräche.',
        ],
        'de',
      ),
    ).toEqual([['Putin', 'Unsere beiden Länder']]);
    expect(
      speakersWithWatchlist(
        [
          'Председатель КНР Си Цзиньпин прибыл в Москву. В Кремле его встретил Путин.',
          '«Наши страны работают вместе ради более справедливого порядка», — заявил российский лидер в начале переговоров.',
        ],
        'ru',
      ),
    ).toEqual([['Путин', 'Наши страны работают']]);
  });

  it('not where the page names no such person: the role stays nobody\'s', () => {
    expect(
      speakersWithWatchlist(
        [
          'The summit opened in Vienna on Monday with Chinese leader Xi Jinping in attendance.',
          '“Our two countries are working together for a fairer order,” the Russian president said as the talks began.',
        ],
        'en',
      ),
    ).toEqual([[null, 'Our two countries']]);
  });
});
