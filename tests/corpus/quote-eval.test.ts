import { describe, expect, it } from 'vitest';
import { evaluateQuotes } from '../../scripts/eval-quotes';
import { DEV_DIR, SEED_DIR } from '../support/shared-data';

describe('quote attribution on the hand-labelled seed and dev pages', () => {
  it('reaches quote+speaker F1 ≥ 0.95', () => {
    const lines: string[] = [];
    const result = evaluateQuotes([SEED_DIR, DEV_DIR], { log: (line) => lines.push(line) });
    console.log(lines.join('\n'));
    expect(result.pages).toBe(11);
    expect(result.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});
