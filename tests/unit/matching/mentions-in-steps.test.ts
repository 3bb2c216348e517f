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
