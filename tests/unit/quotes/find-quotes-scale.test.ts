import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { splitSentences } from '../../../src/text/sentences';

/** A news-like page of about `bytes` characters: attributed quotes, carried quotes, prose and stray marks. */
function syntheticPage(bytes: number): string {
  const paragraphs = [
    'Deputy Minister Karla Veit arrived in the capital on Monday for two days of talks.',
    '“We expect the first convoy to cross the bridge before the end of the month,” Veit told reporters.',
    '“Nothing has been signed yet, and nothing will be signed in a hurry.”',
    'According to the Transport Ministry, “the repairs will cost more than the original estimate.”',
    'Analysts called the plan a “quiet admission of failure” and said the timing was odd.',
    'A stray “mark appears here and the sentence never closes it properly',
    '„Wir halten an dem Zeitplan fest“, sagte Sprecher Lukas Brandt am Abend.',
    '«Мы готовы обсуждать любые предложения», — заявил посол Андрей Козлов.',
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

function timeFindQuotes(text: string): { ms: number; count: number } {
  const started = performance.now();
  const quotes = findQuotes(text, { sentences: splitSentences(text), mentions: [], catalog: [] });
  return { ms: performance.now() - started, count: quotes.length };
}

describe('findQuotes at scale', () => {
  it('grows linearly with the text (a few MB)', () => {
    timeFindQuotes(syntheticPage(50_000)); // warm up the JIT
    const small = timeFindQuotes(syntheticPage(500_000));
    const large = timeFindQuotes(syntheticPage(2_000_000));
    expect(large.count).toBeGreaterThan(0);
    // Four times the text; quadratic work would take sixteen times as long.
    expect(large.ms).toBeLessThan(Math.max(10 * small.ms, 2000));
    expect(large.ms).toBeLessThan(30_000);
  }, 60_000);

  it('grows linearly on a page that is one long line (nothing may look back to a line start)', () => {
    const oneLine = (bytes: number) => syntheticPage(bytes).replace(/\n\n/g, ' ');
    timeFindQuotes(oneLine(50_000));
    const small = timeFindQuotes(oneLine(250_000));
    const large = timeFindQuotes(oneLine(1_000_000));
    expect(large.count).toBeGreaterThan(0);
    expect(large.ms).toBeLessThan(Math.max(10 * small.ms, 2000));
  }, 60_000);

  it('survives pathological input: thousands of unpaired marks and endless capitalised words', () => {
    const marks = '“ " « „ ‘ \' ’ '.repeat(40_000);
    const capitals = 'Alpha Beta Gamma Delta '.repeat(40_000);
    const text = `${marks}\n\n${capitals}said “the end of the test is here now.”`;
    const { ms, count } = timeFindQuotes(text);
    expect(count).toBeLessThanOrEqual(2);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
