import type { Mention, Span } from '../../../src/analysis/types';

/**
 * A news report written for these tests (facts of March 2023, our own words), laid out as the text
 * model lays out a page: blocks separated by blank lines, with the furniture a real page carries —
 * navigation, a headline, a byline, a photo caption, a newsletter prompt and related links.
 */
export const ARTICLE = [
  'World\nEurope\nAsia',
  'Xi arrives in Moscow for talks with Putin',
  'By Example Staff Reporter',
  'Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, his first trip to Russia since the invasion of Ukraine began.',
  'Photo: Xi Jinping and Vladimir Putin shake hands in the Kremlin (Reuters)',
  'Russian President Vladimir Putin welcomed his guest at the Kremlin and praised the relationship between the two countries as stronger than ever. The two leaders were expected to discuss trade, energy and the war in Ukraine over an informal dinner.',
  'Beijing has presented itself as a neutral party in the conflict. Last month it published a twelve-point position paper calling for a ceasefire and peace talks, although the paper did not ask Russia to withdraw its troops from Ukraine.',
  'Sign up for our daily newsletter.',
  'In Washington, White House national security spokesman John Kirby said the United States would oppose any call for a ceasefire that left Russian forces on Ukrainian land. Kirby told reporters that such a truce would only give Moscow time to regroup and would lock in its territorial gains.',
  'Western officials are also watching for signs that Beijing might supply weapons to Moscow. China has denied any plan to do so, and officials in Beijing say the visit is about friendship, cooperation and peace.',
  'The visit comes days after the International Criminal Court issued an arrest warrant for Putin over the deportation of children from occupied parts of Ukraine. Moscow rejected the warrant as meaningless, and Beijing urged the court to respect the immunity of heads of state.',
  'Analysts say the trip shows how much Moscow now depends on Beijing, whose purchases of Russian oil and gas have helped to soften the effect of Western sanctions. Trade between the two countries reached a record level last year, driven largely by energy.',
  'Ukrainian President Volodymyr Zelensky has said he is ready to talk to Xi, but no call between the two men has been announced. Kyiv has welcomed some points of the Chinese paper while rejecting any settlement that would leave its territory under occupation.',
  'The talks in Moscow are due to end on Wednesday with the signing of several agreements on economic cooperation. A joint statement on the war in Ukraine is also expected, according to officials familiar with the preparations.',
  'He also plans to meet the Russian prime minister.',
  'It is a long way from the moment, more than a decade ago, when the two leaders first met as heads of state and began to describe each other as close friends, and since then they have met dozens of times in Moscow, in Beijing and at summits around the world, exchanging gifts, birthday greetings and promises of a partnership without limits that critics in Washington and in Brussels have long regarded with suspicion and unease.',
  'Related\nWhat is in China\'s twelve-point paper?\nHow sanctions changed Russia\'s oil trade',
].join('\n\n');

/** Sentence spans by Intl.Segmenter within each block, trimmed, as the engine's splitter gives them. */
export function sentenceSpans(text: string): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    for (const { segment, index } of segmenter.segment(block[0])) {
      const start = block.index + index + (segment.length - segment.trimStart().length);
      const end = block.index + index + segment.trimEnd().length;
      if (end > start) spans.push({ start, end });
    }
  }
  return spans;
}

/** A stand-in for the matcher: every occurrence of each alias, as mentions of its entity. */
export function mentionsOf(text: string, aliases: Record<string, readonly string[]>): Mention[] {
  const mentions: Mention[] = [];
  for (const [entityId, names] of Object.entries(aliases)) {
    for (const name of names) {
      for (const match of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
        const start = match.index;
        // A longer alias of any entity at the same place wins ("Xi Jinping" over "Xi").
        if (mentions.some((m) => start >= m.start && start < m.end)) continue;
        mentions.push({ entityId, start, end: start + name.length, text: name });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export const ALIASES = {
  xi: ['President Xi Jinping', 'Xi Jinping', 'Xi'],
  putin: ['President Vladimir Putin', 'Vladimir Putin', 'Putin'],
  kirby: ['John Kirby', 'Kirby'],
  'twelve-point-paper': ['twelve-point position paper', 'Chinese paper'],
} as const;

export function textOf(text: string, spans: readonly Span[]): string[] {
  return spans.map(({ start, end }) => text.slice(start, end));
}
