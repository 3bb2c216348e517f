/**
 * A synthetic dossier for the bench: pages from many sites over a year, each with quotes in words of
 * made-up English-like, German-like and Cyrillic vocabularies; a share of the quotes re-quote an
 * earlier statement as outlets do (the same words, punctuation changed, cut short, a word changed,
 * or put in another speaker's mouth), so grouping has real work. Seeded: every run is the same record.
 */
import { STOP_WORDS } from '../src/dossier/search/stop-words';
import type { PageVisit, QuoteRecord } from '../src/dossier/types';
import { seededRandom } from '../tests/unit/hostile/synthetic-watchlist';

const LATIN_SYLLABLES = 'ka ro mi ten sal dor vin pe lu mar ost ri an bel cor da fen gra hol is jun kel lo mun nor pra qui res sta tu ul vel wes'.split(' ');
const GERMAN_SYLLABLES = 'über grü schä mö ßen lich keit ung stra wäh rend bür ger'.split(' ');
const CYRILLIC_SYLLABLES = 'ра во ми ён кой де ло ска жу ще ёт ни про пре сть ва'.split(' ');
const DAY = 86_400_000;
const START = Date.UTC(2025, 11, 1);

export interface SyntheticOptions {
  pages: number;
  quotesPerPage: number;
  seed?: number;
}

export function syntheticDossier({ pages, quotesPerPage, seed = 2026 }: SyntheticOptions) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const word = (syllables: readonly string[]) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(syllables)).join('');
  const vocabulary = [
    ...Array.from({ length: 6000 }, () => word(LATIN_SYLLABLES)),
    ...Array.from({ length: 800 }, () => word(GERMAN_SYLLABLES)),
    ...Array.from({ length: 1200 }, () => word(CYRILLIC_SYLLABLES)),
  ];
  // As in news prose: two words in five are function words ("the", "und", "что"); the rest Zipf-like,
  // a few content words everywhere and most rare.
  const functionWords = [...STOP_WORDS];
  const anyWord = () => (random() < 0.4 ? pick(functionWords) : vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]!);
  const name = () => `${word(LATIN_SYLLABLES)} ${word(LATIN_SYLLABLES)}`.replace(/\b\w/g, (c) => c.toUpperCase());
  const speakers = Array.from({ length: 400 }, (_, i) => ({ name: name(), entityId: i < 20 ? `entity-${i}` : null }));
  const entityIds = speakers.flatMap((speaker) => (speaker.entityId ? [speaker.entityId] : []));
  const sites = Array.from({ length: 300 }, () => `${word(LATIN_SYLLABLES)}.example`);
  const said: QuoteRecord[] = [];

  const freshQuote = (pageUrl: string): QuoteRecord => {
    const speaker = pick(speakers);
    const words = Array.from({ length: 8 + Math.floor(random() * 22) }, anyWord);
    const text = words.join(' ').replace(/^./, (c) => c.toUpperCase());
    return {
      pageUrl, text, speaker: speaker.name, speakerEntityId: speaker.entityId,
      aboutEntityIds: random() < 0.5 ? [pick(entityIds)] : [], confidence: 0.6 + random() * 0.4,
      sentence: `“${text},” ${speaker.name} said on ${word(LATIN_SYLLABLES)}.`,
    };
  };
  /** Another outlet's version of an earlier quote. */
  const requote = (pageUrl: string, earlier: QuoteRecord): QuoteRecord => {
    const words = earlier.text.split(' ');
    const variant = random();
    let text = earlier.text;
    let speaker = { name: earlier.speaker, entityId: earlier.speakerEntityId };
    if (variant < 0.25) text = `${earlier.text.toUpperCase()}!`;
    else if (variant < 0.5) text = `${words.slice(0, Math.max(5, words.length - 3)).join(' ')} …`;
    else if (variant < 0.75) text = words.map((w, i) => (i === words.length >> 1 ? anyWord() : w)).join(' ');
    else speaker = pick(speakers);
    return { ...earlier, pageUrl, text, speaker: speaker.name, speakerEntityId: speaker.entityId };
  };

  const visits: PageVisit[] = [];
  for (let p = 0; p < pages; p++) {
    const site = pick(sites);
    const url = `https://${site}/news/${p}-${word(LATIN_SYLLABLES)}`;
    const visited = START + Math.floor(random() * 365 * DAY);
    const quotes = Array.from({ length: quotesPerPage }, () =>
      (said.length > 0 && random() < 0.25 ? requote(url, pick(said)) : freshQuote(url)));
    said.push(...quotes.slice(0, 3));
    const mentionCounts: Record<string, number> = {};
    for (let m = 0; m < 1 + Math.floor(random() * 3); m++) mentionCounts[pick(entityIds)] = 1 + Math.floor(random() * 12);
    visits.push({
      page: {
        url, title: Array.from({ length: 8 }, anyWord).join(' '), site, byline: random() < 0.6 ? name() : null,
        published: random() < 0.7 ? new Date(visited - Math.floor(random() * 2 * DAY)).toISOString() : null,
        lang: pick(['en', 'de', 'ru']), firstVisit: visited, lastVisit: visited, mentionCounts,
      },
      quotes,
    });
  }
  return { visits, vocabulary, speakers, sites, entityIds };
}
