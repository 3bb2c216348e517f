/** The matcher in steps: the same mentions as in one piece, even with another pass running between its steps. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';

const text = Array.from({ length: 400 }, (_, i) => `Xi Jinping and Vladimir Putin spoke on day ${i}; Putin left first.`).join(' ');

describe('findMentionsInSteps', () => {
  it('pauses many times on a dense text and finds what findMentions finds', () => {
    const matcher = compileMatcher(DEFAULT_CATALOG);
    const steps = matcher.findMentionsInSteps(text);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(step.value).toEqual(matcher.findMentions(text));
    expect(step.value).toHaveLength(1200);
  });

  it('keeps its place when another pass of the same matcher runs while it pauses', () => {
    const matcher = compileMatcher(DEFAULT_CATALOG);
    const steps = matcher.findMentionsInSteps(text);
    let step = steps.next();
    for (; !step.done; step = steps.next()) expect(matcher.findMentions('Putin met Xi Jinping.')).toHaveLength(2);
    expect(step.value).toEqual(matcher.findMentions(text));
  });
});

describe('the prefilter over a long text with few names', () => {
  const filler = (length: number) => 'the delegation waited in the hall while '.repeat(Math.ceil(length / 40)).slice(0, length);
  /** Names placed across the prefilter's windows (64 KB) and their ends, with and without blank lines to cut at. */
  const longText = (blockBreaks: boolean) => {
    let text = '';
    const places = [10, 65_530, 65_536, 131_070, 200_000, 262_140];
    for (const place of places) {
      text += filler(place - text.length);
      text += ' Vladimir Putin, ';
    }
    text += filler(20_000);
    return blockBreaks ? text.replace(/hall while /g, (match, offset: number) => (offset % 5_000 < 40 ? 'hall.\n\n' + match.slice(5) : match)) : text;
  };

  it.each([false, true])('finds every name, also across window ends (blank lines: %s), pausing between windows', (blockBreaks) => {
    const text = longText(blockBreaks);
    const matcher = compileMatcher(DEFAULT_CATALOG);
    const steps = matcher.findMentionsInSteps(text);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const expected = [...text.matchAll(/Vladimir Putin/g)].map((found) => found.index);
    expect(expected).toHaveLength(6);
    expect(step.value.map((mention) => mention.start)).toEqual(expected);
    // A step per window at least: about 280 KB of text, four windows or more.
    expect(pauses).toBeGreaterThanOrEqual(4);
  });
});
