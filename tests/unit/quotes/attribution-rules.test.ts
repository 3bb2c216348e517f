import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_RULES, confidenceOfRule, fittedConfidence } from '../../../src/quotes/attribution-rules';
import { SURE_CONFIDENCE } from '../../../src/quotes/confidence';

describe('fitted confidence of an attribution rule', () => {
  it('stays near the prior for a rule seen a few times, and below it when the few were wrong', () => {
    const { prior } = ATTRIBUTION_RULES['role resolved'];
    expect(fittedConfidence('role resolved', 0, 0)).toBeLessThan(prior);
    expect(fittedConfidence('role resolved', 1, 1)).toBeGreaterThan(fittedConfidence('role resolved', 0, 1));
  });

  it('is cautious: the same share is surer on three hundred cases than on thirty', () => {
    const few = fittedConfidence('pronoun resolved', 29, 30);
    const many = fittedConfidence('pronoun resolved', 290, 300);
    expect(many).toBeGreaterThan(few);
    expect(many).toBeLessThan(290 / 300);
  });

  it('shows as sure only a rule right almost always on many cases', () => {
    expect(fittedConfidence('verb then speaker', 200, 200)).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
    expect(fittedConfidence('pronoun resolved', 27, 30)).toBeLessThan(SURE_CONFIDENCE);
  });

  it('every fitted rule has a confidence between 0 and 1, and "no speaker" has none', () => {
    for (const rule of Object.keys(ATTRIBUTION_RULES) as (keyof typeof ATTRIBUTION_RULES)[]) {
      expect(confidenceOfRule(rule)).toBeGreaterThanOrEqual(0);
      expect(confidenceOfRule(rule)).toBeLessThanOrEqual(1);
    }
    expect(confidenceOfRule('no speaker')).toBe(0);
  });
});
