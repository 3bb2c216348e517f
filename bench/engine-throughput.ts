/**
 * The engine in Node, without a browser: how many MB of page text per second sentences, mentions
 * and quotes take, over the corpus pages' visible text, and at 1 MB and 4 MB to show it is linear.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { compileMatcher } from '../src/matching/compile-matcher';
import { loadHtmlPage } from '../src/page/load-page';
import { findQuotes } from '../src/quotes/find-quotes';
import { splitSentences } from '../src/text/sentences';
import { buildTextModel } from '../src/text/text-model';

export interface EngineThroughput {
  pages: number;
  megabytes: number;
  sentencesMBps: number;
  mentionsMBps: number;
  quotesMBps: number;
  /** Sentences + mentions + quotes together. */
  totalMBps: number;
  /** Quotes over one long text of about 1 MB and 4 MB: equal rates mean linear time. */
  linearity: { megabytes: number; quotesMBps: number }[];
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function analyseTexts(texts: string[]) {
  const matcher = compileMatcher(DEFAULT_CATALOG);
  let sentencesMs = 0;
  let mentionsMs = 0;
  let quotesMs = 0;
  for (const text of texts) {
    let sentences: ReturnType<typeof splitSentences> = [];
    let mentions: ReturnType<typeof matcher.findMentions> = [];
    sentencesMs += time(() => (sentences = splitSentences(text)));
    mentionsMs += time(() => (mentions = matcher.findMentions(text)));
    quotesMs += time(() => findQuotes(text, { sentences, mentions, catalog: DEFAULT_CATALOG }));
  }
  return { sentencesMs, mentionsMs, quotesMs };
}

const mbps = (megabytes: number, ms: number) => megabytes / (ms / 1000);

export function measureEngineThroughput(corpusDir: string, pageLimit = Infinity): EngineThroughput {
  const names = readdirSync(corpusDir).filter((name) => existsSync(path.join(corpusDir, name, 'source.html'))).sort().slice(0, pageLimit);
  const texts = names.map((name) => buildTextModel(loadHtmlPage(readFileSync(path.join(corpusDir, name, 'source.html'), 'utf8')).document.body).text);
  const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
  analyseTexts(texts.slice(0, 10)); // warm the JIT, as a browser tab that has run before would be
  const { sentencesMs, mentionsMs, quotesMs } = analyseTexts(texts);
  const joined = texts.join('\n\n');
  const linearity = [1, 4].map((target) => {
    let long = joined;
    while (long.length < target * 1e6) long += `\n\n${joined}`;
    long = long.slice(0, target * 1e6);
    const sentences = splitSentences(long);
    const mentions = compileMatcher(DEFAULT_CATALOG).findMentions(long);
    const ms = time(() => findQuotes(long, { sentences, mentions, catalog: DEFAULT_CATALOG }));
    return { megabytes: target, quotesMBps: mbps(target, ms) };
  });
  return {
    pages: texts.length,
    megabytes,
    sentencesMBps: mbps(megabytes, sentencesMs),
    mentionsMBps: mbps(megabytes, mentionsMs),
    quotesMBps: mbps(megabytes, quotesMs),
    totalMBps: mbps(megabytes, sentencesMs + mentionsMs + quotesMs),
    linearity,
  };
}
